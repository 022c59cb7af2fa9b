import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../src/model/event.js'
import { buildFeeds } from '../../src/render/build-feeds.js'
import { siteData } from '../../src/site/site-data.js'
import type { Timeline } from '../../src/site/timeline.js'

describe('a correction is worded the same on its event page and in the corrections feed', () => {
  it('calls a note an “Editor’s note”, with the typographic apostrophe, and spells a change `field: from → to`', async () => {
    const [first] = JSON.parse(await readFile('test/fixtures/sample-events.json', 'utf8')) as TimelineEvent[]
    if (first === undefined) throw new Error('test/fixtures/sample-events.json has no events.')
    const event: TimelineEvent = {
      ...first,
      corrections: [{ kind: 'note', reason: 'Later figures.', line: 4, changes: [{ field: 'status', from: '"claimed"', to: '"confirmed"' }], note: 'n' }],
    }
    const { views } = siteData({ schemaVersion: 1, articles: [], events: [event], corrections: [], diagnostics: [] })
    expect(views.events[0]?.corrections[0]).toMatchObject({ label: 'Editor’s note', changes: ['status: "claimed" → "confirmed"'] })
    const timeline: Timeline = {
      schemaVersion: 1,
      articles: [],
      events: [event],
      diagnostics: [],
      views,
      corrections: [{ line: 4, kind: 'note', reason: 'Later figures.', target: `event ${event.id}`, result: 'applied', events: [event.id] }],
    }
    const entry = buildFeeds(timeline).find((f) => f.view.key === 'corrections')?.entries[0]
    expect(entry?.title).toBe(`Editor’s note: ${event.summary}`)
    expect(entry?.html).toContain('<code>status: &quot;claimed&quot; → &quot;confirmed&quot;</code>')
  })
})
