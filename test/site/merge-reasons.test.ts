import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, timelineOf, type BuiltSite } from '../helpers/build-fixture.js'

/** The isolates (FSI, PDI) the event page puts around the outlets and titles in a reason. */
const ISOLATES = /[\u2068\u2069]/g

const BREITBART = 'Breitbart News, “Iran-Backed Iraqi Militias Target U.S. Troops to Support Hamas”'

/** The seeds, with two editors' merges: one of a single article's event, one of an event two articles report. */
const CORRECTIONS = `
- target: {event: 2023-10-22-us-central-command-statement}
  mergeInto: {event: 2023-10-22-ain-al-asad-attack}
  reason: "CENTCOM's denial is about the Ain al-Asad attack."
- target: {event: 2023-10-23-us-officials-statement}
  mergeInto: {event: 2023-10-23-john-kirby-statement}
  reason: "The officials are Kirby's briefing."
`

describe('"Why these reports are one event" on the event pages', () => {
  let site: BuiltSite
  let timeline: Timeline
  /** The reasons an event page lists, as a reader reads them (isolates are invisible). */
  const reasonsOn = async (id: string): Promise<{ shown: string[]; raw: string[] }> => {
    const $ = load(await site.read(`events/${id}/index.html`))
    const raw = $('section[aria-labelledby="merge-title"] li')
      .map((_, li) => $(li).text())
      .get()
    return { raw, shown: raw.map((line) => line.replace(ISOLATES, '')) }
  }

  beforeAll(async () => {
    const seeds = path.join(mkdtempSync(path.join(tmpdir(), 'salvo-reasons-')), 'seeds')
    cpSync('seeds', seeds, { recursive: true })
    writeFileSync(path.join(seeds, 'corrections.yaml'), CORRECTIONS)
    site = await buildFixture(seeds)
    timeline = timelineOf(site)
  })

  it('name every article by its outlet and title, never by a file, and never say a line twice', async () => {
    const named = timeline.articles.map((a) => `${a.source}, “${a.title}”`)
    let pages = 0
    for (const event of timeline.events) {
      const { shown } = await reasonsOn(event.id)
      expect(shown, event.id).toEqual(event.mergeReasons)
      if (shown.length === 0) continue
      pages++
      expect(new Set(shown).size, `${event.id}: ${shown.join(' | ')}`).toBe(shown.length)
      for (const line of shown) {
        expect(line).not.toMatch(/\.(md|txt)\b|seeds\/|\/tmp\/|salvo-reasons/)
        expect(
          named.some((name) => line.includes(name)),
          line,
        ).toBe(true)
      }
    }
    expect(pages).toBeGreaterThanOrEqual(2)
  })

  it("say once why six sentences of one article are one attack, and name the article an editor's merge brought", async () => {
    const { shown, raw } = await reasonsOn('2023-10-22-ain-al-asad-attack')
    expect(shown).toEqual([
      `${BREITBART}, reports the same type of event (attack) at the same place (Ain al-Asad Air Base) on the same day, 2023-10-22.`,
      `${BREITBART}, names no base for this attack on 2023-10-22, but the same article places that day's attack at Ain al-Asad Air Base.`,
      `Merged by an editor from 2023-10-22-us-central-command-statement (${BREITBART}): CENTCOM's denial is about the Ain al-Asad attack.`,
    ])
    // The outlet and the title are isolated, as <bdi> isolates them elsewhere: a right-to-left override in one cannot reverse the sentence.
    expect(raw[0]).toMatch(/^\u2068Breitbart News\u2069, “\u2068Iran-Backed Iraqi Militias Target U\.S\. Troops to Support Hamas\u2069”, reports/)
  })

  it("name each article an editor's merge of a statement two outlets quoted brought", async () => {
    const { shown } = await reasonsOn('2023-10-23-john-kirby-statement')
    const merged = shown.find((line) => line.startsWith('Merged by an editor from 2023-10-23-us-officials-statement ('))
    const sources = timeline.events.find((e) => e.id === '2023-10-23-john-kirby-statement')?.reports.map((r) => r.source)
    expect(new Set(sources)).toEqual(new Set(['Attention to the Unseen', 'The Conservatives Post']))
    expect(merged).toMatch(/\(Attention to the Unseen, “[^”]+”; The Conservatives Post, “[^”]+”\): The officials are Kirby's briefing\.$/)
  })
})
