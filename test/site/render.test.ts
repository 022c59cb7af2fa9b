import { load } from 'cheerio'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { labelDate, formatSpan } from '../../src/render/format-date.js'
import { quotePassages } from '../../src/render/quote-anchors.js'
import { shortTitle } from '../../src/render/short-title.js'
import type { TimelineEvent } from '../../src/model/event.js'
import type { Timeline } from '../../src/site/timeline.js'
import { buildSample, renderTimeline, SAMPLE_EVENTS, sampleTimeline } from '../helpers/build-sample.js'
import type { BuiltSite } from '../helpers/build-fixture.js'

describe('dates as the site writes them', () => {
  it.each([
    ['2023-10-22', '2023-10-22', 'day', 'Sunday 22 October 2023', '2023-10-22', null],
    ['2023-10-16', '2023-10-22', 'range', '16–22 October 2023', '2023-10-16', 'some day in this span'],
    ['2023-10-30', '2023-11-02', 'range', '30 October – 2 November 2023', '2023-10-30', 'some day in this span'],
    ['2023-10-01', '2023-10-31', 'month', 'October 2023', '2023-10', 'some day in this month'],
    ['2024-01-01', '2024-01-01', 'day', 'Monday 1 January 2024', '2024-01-01', null],
  ] as const)('%s…%s (%s) reads "%s"', (start, end, precision, text, datetime, note) => {
    expect(labelDate(start, end, precision)).toEqual({ text, datetime, precision, note })
  })

  it('spells a span across years in full', () => {
    expect(formatSpan('2023-12-30', '2024-01-02')).toBe('30 December 2023 – 2 January 2024')
  })
})

describe('page titles', () => {
  it('are cut at a word to fit 70 characters with " · Salvo"', () => {
    const cut = shortTitle('Intelligence shows Iranian-backed militias are ready to ramp up their attacks against U.S. forces')
    expect(cut.length).toBeLessThanOrEqual(62)
    expect(cut).toBe('Intelligence shows Iranian-backed militias are ready to ramp…')
    expect(shortTitle('Tower 22')).toBe('Tower 22')
  })
})

describe('quoted passages', () => {
  const event = (id: string, spans: [number, number][]): TimelineEvent => ({
    id,
    type: 'attack',
    date: '2023-10-27',
    dateEnd: '2023-10-27',
    datePrecision: 'day',
    location: null,
    weapons: [],
    actors: [],
    killed: null,
    injured: null,
    status: 'reported',
    disputed: false,
    grade: 'single-source',
    independentSources: 1,
    summary: id,
    mergeReasons: [],
    reports: spans.map(([start, end]) => ({
      article: 'seeds/a.md',
      source: 'X',
      quote: '',
      start,
      end,
      claimant: 'X',
      claimantKind: 'media',
      status: 'reported',
      killed: null,
      injured: null,
      dateText: null,
      saidOn: '2023-10-24',
      denies: null,
      origin: 'X',
    })),
  })
  it('join overlapping and identical spans into one mark that links to every event', () => {
    expect(
      quotePassages('seeds/a.md', [
        event('a', [[10, 50]]),
        event('b', [[10, 50]]),
        event('c', [
          [40, 90],
          [100, 120],
        ]),
      ]),
    ).toEqual([
      { anchor: 'q-10', start: 10, end: 90, events: ['a', 'b', 'c'] },
      { anchor: 'q-100', start: 100, end: 120, events: ['c'] },
    ])
  })
  it('ignore reports from other articles', () => {
    expect(quotePassages('seeds/b.md', [event('a', [[10, 50]])])).toEqual([])
  })
})

/**
 * The sample's Oct. 22 event with two more reports, written for this test: a claim of deaths, which CENTCOM's denial
 * of the casualties contradicts, and a denial that the attack happened, which the other reports contradict.
 */
describe('a build where the reports disagree', () => {
  let page: ReturnType<typeof load>
  let home: ReturnType<typeof load>
  beforeAll(async () => {
    const events = JSON.parse(await readFile(SAMPLE_EVENTS, 'utf8')) as TimelineEvent[]
    const event = events.find((e) => e.id === '2023-10-22-ain-al-asad-attack')
    const [centcom, claim] = event?.reports ?? []
    if (event === undefined || centcom === undefined || claim === undefined) throw new Error('The sample has no Oct. 22 event at Ain al-Asad.')
    event.reports.push(
      { ...claim, quote: 'The group said its drones had killed three Americans.', killed: { min: 3, max: 3 } },
      { ...centcom, quote: 'A Pentagon spokesman said no attack on the base took place.', status: 'denied', denies: 'occurrence' },
    )
    Object.assign(event, { status: 'confirmed', disputed: true, killed: { min: 3, max: 3 } })
    const dir = await mkdtemp(path.join(tmpdir(), 'salvo-dispute-'))
    await renderTimeline(await sampleTimeline('seeds', events), path.join(dir, 'timeline.json'), path.join(dir, '_site'))
    page = load(await readFile(path.join(dir, '_site/events/2023-10-22-ain-al-asad-attack/index.html'), 'utf8'))
    home = load(await readFile(path.join(dir, '_site/index.html'), 'utf8'))
  })

  it('says what they disagree on: whether it happened, in the status note and badge; the casualties, in a note of its own', () => {
    const status = page('.event__status').text()
    expect(status).toContain('Reports disagree on whether it happened: 1 report denies it, 4 say it did (2 confirmed, 2 claimed).')
    expect(status).toContain('Reports disagree on the casualties: U.S. Central Command denies them.')
    expect(home('.entry:has(a[href="/events/2023-10-22-ain-al-asad-attack/"]) .badge').text()).toContain('Reports disagree')
  })

  it('says on each denying report what it denies', () => {
    expect(page('.report:has(blockquote:contains("no attack on the base took place")) .report__claim').text()).toContain('denies that it happened')
    expect(page('.report:has(blockquote:contains("denied claims")) .report__claim').text()).toContain('denies the casualties')
    expect(page('.report__claim:contains("denies")').length).toBe(2)
  })
})

/** A report quoting a run-in heading and a link, as live threads and imported pages are written: the marks are not shown. */
describe('a quote written with Markdown marks', () => {
  let page: ReturnType<typeof load>
  const quote = '**5/** **Rumalyn, Fri 9 Aug.** A one-way drone hit the base, [CENTCOM said](https://example.org/x) in a *brief* note.'
  beforeAll(async () => {
    const events = JSON.parse(await readFile(SAMPLE_EVENTS, 'utf8')) as TimelineEvent[]
    const event = events.find((e) => e.id === '2023-10-22-ain-al-asad-attack')
    const first = event?.reports[0]
    if (event === undefined || first === undefined) throw new Error('The sample has no Oct. 22 event at Ain al-Asad.')
    event.reports[0] = { ...first, quote }
    const dir = await mkdtemp(path.join(tmpdir(), 'salvo-marks-'))
    await renderTimeline(await sampleTimeline('seeds', events), path.join(dir, 'timeline.json'), path.join(dir, '_site'))
    page = load(await readFile(path.join(dir, '_site/events/2023-10-22-ain-al-asad-attack/index.html'), 'utf8'))
  })

  it('shows the words of the quote on the event page (the view the feeds quote too), without the marks', () => {
    const shown = '5/ Rumalyn, Fri 9 Aug. A one-way drone hit the base, CENTCOM said in a brief note.'
    expect(
      page('.report__quote')
        .map((_, q) => page(q).text())
        .get(),
    ).toContain(shown)
    expect(page('.report__quote').text()).not.toMatch(/\*|\]\(/)
  })
})

/** The hand-written sample covers what the seeds do not: a span, an unknown place, figures, one sentence feeding two events. */
describe('the sample build', () => {
  let site: BuiltSite
  let timeline: Timeline
  beforeAll(async () => {
    timeline = await sampleTimeline()
    site = await buildSample()
  })

  it('quotes the seeds exactly at the offsets it gives', async () => {
    const { readArticles } = await import('../../src/ingest/read-articles.js')
    const bodies = new Map((await readArticles('seeds')).articles.map((a) => [a.path, a.body]))
    for (const e of timeline.events) for (const r of e.reports) expect(bodies.get(r.article)?.slice(r.start, r.end)).toBe(r.quote)
  })

  it('heads a span with its days and says it is a span; an event without a place says so', async () => {
    const $ = load(await site.read('index.html'))
    const span = $('#d-2023-10-16-range')
    expect(span.text()).toContain('16–22 October 2023')
    expect(span.text()).toContain('some day in this span')
    expect($('.entry:has(a[href="/events/2023-10-16-attack/"]) .facts').text()).toContain('Wherenot stated')
  })

  it("says the day a source spoke where it is neither the day of the event nor the article's day, and only there", async () => {
    // The sample's al-Tanf report (article of 24 October, attack of 18 October) was said on 23 October.
    const $ = load(await site.read('events/2023-10-18-al-tanf-attack/index.html'))
    expect($('.report__claim').text()).toContain('said on 23 October 2023')
    expect($('.report__claim time').attr('datetime')).toBe('2023-10-23')
    const other = load(await site.read('events/2023-10-22-ain-al-asad-attack/index.html'))
    expect(other('.report__claim').text()).not.toContain('said on')
  })

  it('says "Reports disagree" only where one report denies what another says happened: a denial of the casualties is none', async () => {
    const $ = load(await site.read('index.html'))
    for (const event of timeline.events.filter((e) => e.type !== 'statement')) {
      const badges = $(`.entry:has(a[href="/events/${event.id}/"]) .badge`).text()
      expect(badges.includes('Reports disagree'), event.id).toBe(event.disputed)
    }
    // CENTCOM denies the casualties of Oct. 22, not the attack, which the other reports tell: no dispute (the dispute build below has one).
    expect(timeline.events.filter((e) => e.disputed).map((e) => e.id)).toEqual([])
  })

  it('says on the event page what a report denies', async () => {
    const $ = load(await site.read('events/2023-10-22-ain-al-asad-attack/index.html'))
    const centcom = $('.report:has(blockquote:contains("denied claims"))')
    expect(centcom.find('.report__claim').text()).toContain('denies the casualties')
    expect(centcom.find('.badge').text()).toContain('Confirmed')
    expect($('.report__claim:contains("denies")').length).toBe(1)
    expect($('.event__status').text()).not.toContain('disagree')
  })

  it('sums casualty figures over attacks', async () => {
    const $ = load(await site.read('index.html'))
    expect($('.stats div:has(dt:contains("Injured")) dd').text()).toBe('44')
    expect($('.stats div:has(dt:contains("Killed")) dd').text()).toBe('0')
  })

  it('marks a sentence that feeds two events once, linking to both', async () => {
    const $ = load(await site.read('articles/2023-10-30-iran-backed-militias-continue-to-attack-us-bases/index.html'))
    const mark = $('mark:contains("One of the attacks targeted the Omar Oil Field")')
    expect(mark.length).toBe(1)
    const links = mark
      .nextAll('a.to-event')
      .map((_, a) => a.attribs.href)
      .get()
      .slice(0, 2)
    expect(links.sort()).toEqual(['/events/2023-10-27-ain-al-asad-attack/', '/events/2023-10-27-green-village-attack/'])
  })

  it('shows why reports were merged, and each report’s own figures', async () => {
    const $ = load(await site.read('events/2023-10-22-ain-al-asad-attack/index.html'))
    expect($('.reasons li').length).toBe(2)
    expect($('.report').eq(2).find('.report__claim').text()).toContain('none killed')
  })
})
