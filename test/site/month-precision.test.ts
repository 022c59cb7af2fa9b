// An event known only to its month has the month as its datetime (`2023-11`). A list holding one beside events of
// another month (a site's page, the timeline) once crashed the whole build, labelling its page range
// ("2023-11" is not a YYYY-MM-DD day). The articles are written for this test.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPipeline } from '../../src/pipeline.js'
import { siteData } from '../../src/site/site-data.js'
import { paginateTimeline } from '../../src/render/paginate.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

const article = (date: string, title: string, body: string): string =>
  `---\ntitle: "${title}"\nsource: "Desert Wire"\nurl: "https://desertwire.example/${date}"\ndate: ${date}\n---\n${body}\n`

describe('an event known only to its month', () => {
  it('sits in a list beside events of another month, and the list is labelled by month and day', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-month-'))
    writeFileSync(
      path.join(dir, '2023-12-10-tanf-november.md'),
      article('2023-12-10', 'Attacks on al-Tanf in November', 'Drones struck the al-Tanf garrison in November 2023, a U.S. official said.'),
    )
    writeFileSync(
      path.join(dir, '2023-12-04-tanf-rockets.md'),
      article('2023-12-04', 'Rockets at al-Tanf', 'Rockets hit the al-Tanf garrison on Saturday, a U.S. official said.'),
    )
    const knowledge = shippedKnowledge()
    const { timeline } = await runPipeline({ seedsDir: dir, knowledge, cacheDir: null })
    expect(timeline.events.map((e) => [e.date, e.datePrecision])).toEqual([
      ['2023-11-01', 'month'],
      ['2023-12-02', 'day'],
    ])
    const site = siteData(timeline, knowledge)
    const pages = site.views.placePages.filter((p) => p.url.startsWith('/sites/al-tanf/'))
    expect(pages.map((p) => p.timeline.flatMap((m) => m.days.flatMap((d) => d.attacks.map((e) => e.date.datetime))))).toEqual([['2023-11', '2023-12-02']])
    // The label a second page would carry, as the range of what this one holds.
    const entries = pages[0]?.timeline.flatMap((m) => m.days.flatMap((d) => d.attacks)) ?? []
    expect(paginateTimeline(entries, '/sites/al-tanf/', 'oldest', 2)[0]?.label).toBe('November 2023 – 2 December 2023')
  })
})
