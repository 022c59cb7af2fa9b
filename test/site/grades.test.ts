import { load, type CheerioAPI } from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'
import { GRADE_RULES } from '../../src/merge/grade.js'
import type { TimelineEvent } from '../../src/model/event.js'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, timelineOf, type BuiltSite } from '../helpers/build-fixture.js'

/** A wire story, four republications of it with small edits, and two independent stories of the same attack (test/merge/find-copies.test.ts). */
const FIXTURE = 'test/fixtures/wire-copies'

describe('grades and independent sources, in a real build of a wire story and its copies', () => {
  let site: BuiltSite
  let timeline: Timeline
  let attack: TimelineEvent
  const page = async (file: string): Promise<CheerioAPI> => load(await site.read(file))
  /** The text of the `dd` beside the `dt` named `term` in `$`'s facts lists. */
  const fact = ($: CheerioAPI, scope: string, term: string): string =>
    $(`${scope} .facts div`)
      .filter((_, d) => $(d).find('dt').text() === term)
      .find('dd')
      .text()
      .replace(/\s+/g, ' ')
      .replace(/[\u2068\u2069]/g, '')
      .trim()

  beforeAll(async () => {
    site = await buildFixture(FIXTURE)
    expect(site.result.ok, site.log.join('\n')).toBe(true)
    timeline = timelineOf(site)
    const told = timeline.events.filter((e) => e.type === 'attack' && e.reports.some((r) => r.article.endsWith('-independent-a.md')))
    expect(told).toHaveLength(1)
    attack = told[0] as TimelineEvent
  })

  it('counts the wire story and its four copies as one source, and each independent story as one more', () => {
    const outlets = new Set(attack.reports.map((r) => r.source))
    expect(outlets.size).toBeGreaterThanOrEqual(6)
    expect(attack.independentSources).toBe(3)
    expect(new Set(attack.reports.map((r) => r.origin))).toEqual(
      new Set(['Gulf Wire (synthetic)', 'Kurdistan Daily Review (synthetic)', 'Desert Policy Monitor (synthetic)']),
    )
    expect(attack.grade).toBe('several-outlets')
    const copies = timeline.articles.filter((a) => a.copy !== null)
    expect(copies.map((a) => a.path.replace(/^seeds\/2024-01-09-harir-drone-/, '')).sort()).toEqual([
      'local-line.md',
      'new-headline.md',
      'reworded.md',
      'trimmed.md',
    ])
  })

  it('the event page shows the grade in words, its rule, and which articles are copies of whose story', async () => {
    const $ = await page(`events/${attack.id}/index.html`)
    const grade = $('.event .facts--full .grade')
    expect(grade.text()).toBe('Several independent outlets')
    expect(grade.hasClass('grade--several-outlets')).toBe(true)
    expect(fact($, '.event', 'Grade')).toBe(`Several independent outlets ${GRADE_RULES.find((r) => r.id === 'several-outlets')?.rule}`)
    expect(fact($, '.event', 'Sources')).toMatch(/^\d+ reports from \d+ outlets; 3 independent sources: /)
    const copies = $('.event .copies li')
      .map((_, li) =>
        $(li)
          .text()
          .replace(/[\u2068\u2069]/g, ''),
      )
      .get()
    expect(copies).toContain(
      "Prairie Ledger (synthetic) republished Gulf Wire (synthetic)’s story “Drone attack hits Harir air base in Iraq's Kurdistan region” (100% of the wording the same): counted as Gulf Wire (synthetic).",
    )
    expect(copies.find((c) => c.startsWith('Mountain Post'))).toContain('(75% of the wording the same)')
    expect(copies).toHaveLength(new Set(attack.reports.filter((r) => r.origin !== r.source).map((r) => r.article)).size)
  })

  it('every timeline entry shows its grade as a word, and an event told only by copies is a single source', async () => {
    const $ = await page('index.html')
    for (const event of timeline.events) {
      const entry = $(`.timeline .entry:has(a[href="/events/${event.id}/"])`)
      expect(fact($, `.timeline .entry:has(a[href="/events/${event.id}/"])`, 'Grade'), event.id).toBe(GRADE_RULES.find((r) => r.id === event.grade)?.label)
      expect(entry.find('.grade').attr('class'), event.id).toBe(`grade grade--${event.grade}`)
    }
    const copiesOnly = timeline.events.filter((e) => e.reports.length > 1 && e.reports.every((r) => r.origin === 'Gulf Wire (synthetic)'))
    for (const event of copiesOnly) expect(event.grade, event.id).toBe('single-source')
  })

  it('the open data carries the grade and the independent sources, in JSON, CSV and GeoJSON', async () => {
    const json = JSON.parse(await site.read('data/events.json')) as TimelineEvent[]
    expect(json.find((e) => e.id === attack.id)).toMatchObject({ grade: 'several-outlets', independentSources: 3 })
    const [header, ...rows] = (await site.read('data/events.csv')).trim().split('\r\n')
    const columns = header?.split(',') ?? []
    const row = rows.map((r) => r.split(',')).find((cells) => cells[0] === attack.id) ?? []
    expect(row[columns.indexOf('grade')]).toBe('several-outlets')
    expect(row[columns.indexOf('independent_sources')]).toBe('3')
    const geo = JSON.parse(await site.read('data/events.geojson')) as { features: { id: string; properties: Record<string, unknown> }[] }
    expect(geo.features.find((f) => f.id === attack.id)?.properties).toMatchObject({ grade: 'several-outlets', independent_sources: 3 })
  })

  it('grade is a facet: a page for each grade, a section of /browse/, and a control of the combined filter', async () => {
    const $grade = await page('grades/several-outlets/index.html')
    expect($grade('h1').text()).toContain('Several independent outlets')
    expect($grade(`a[href="/events/${attack.id}/"]`).length).toBeGreaterThan(0)
    const $browse = await page('browse/index.html')
    expect($browse('#browse-grades').text()).toBe('Grades')
    expect(
      $browse('select#filter-by-grade option')
        .map((_, o) => $browse(o).attr('value'))
        .get(),
    ).toContain('several-outlets')
    const filter = JSON.parse(await site.read('browse/events.json')) as { events: { id: string; values: Record<string, string[]> }[] }
    expect(filter.events.find((e) => e.id === attack.id)?.values.grade).toEqual(['several-outlets'])
  })
})
