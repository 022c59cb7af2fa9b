import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { filesUnder } from '../../src/files-under.js'
import { runPipeline } from '../../src/pipeline.js'
import { resolveSiteSettings } from '../../src/publish/site-settings.js'
import { renderOutputs } from '../../src/render/render-outputs.js'
import { escapeXml } from '../../src/render/write-atom.js'
import { safeSlug } from '../../src/safe-slug.js'
import { siteData } from '../../src/site/site-data.js'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, type BuiltSite, timelineOf } from '../helpers/build-fixture.js'
import { checkAtom, readAtom } from '../helpers/check-atom.js'
import { checkXml } from '../helpers/check-xml.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

const SITE_URL = 'https://example.org/salvo/'
const JSON_FEED_SCHEMA = 'test/fixtures/feeds/jsonfeed-1.1.schema.json'

interface JsonFeed {
  version: string
  title: string
  home_page_url?: string
  feed_url?: string
  items: { id: string; url: string; title: string; content_html: string; date_published: string; date_modified: string; tags: string[] }[]
}

/**
 * seeds/ plus a corrections file: two corrections that apply and one whose event does not exist;
 * and an article naming a base the gazetteer lacks, for a site page (and feed) keyed by its name.
 */
function seedsWithCorrections(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-feeds-seeds-'))
  cpSync('seeds', dir, { recursive: true })
  writeFileSync(
    path.join(dir, '2023-10-24-drones-attack-zaytun-ridge-base.md'),
    `---
title: "Drones Attack Zaytun Ridge Base"
source: "Test Wire"
url: "https://example.org/test-wire/zaytun-ridge"
date: 2023-10-24
---
Two drones attacked the Zaytun Ridge base on Monday, U.S. officials said.
`,
  )
  writeFileSync(
    path.join(dir, 'corrections.yaml'),
    `
- target: {event: 2023-10-18-al-tanf-attack}
  note: "The Pentagon later put the injured at 24 across both bases."
  reason: "Context from later reporting."
- target: {event: 2023-09-01-nowhere-attack}
  note: "Nothing to attach to."
  reason: "A correction whose event does not exist is not published."
- target: {event: 2023-10-27-eastern-syria-us-strike}
  set: {site: green-village}
  reason: "The strikes hit near al-Omar."
`,
  )
  return dir
}

const validateJsonFeed = async (): Promise<(data: unknown) => boolean> => {
  const schema = JSON.parse(await readFile(JSON_FEED_SCHEMA, 'utf8')) as object
  return new Ajv2020.default({ allErrors: true }).compile(schema)
}

describe('the JSON Feed 1.1 schema and the Atom checker catch what is wrong', () => {
  it('rejects a JSON Feed without items, an item without content, a bad date and an unknown key', async () => {
    const validate = await validateJsonFeed()
    const good = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', content_text: 'x', date_published: '2023-10-30T00:00:00Z' }] }
    expect(validate(good)).toBe(true)
    expect(validate({ ...good, _salvo: { any: 'extension' } })).toBe(true)
    expect(validate({ version: good.version, title: 'T' })).toBe(false)
    expect(validate({ ...good, items: [{ id: '1' }] })).toBe(false)
    expect(validate({ ...good, items: [{ id: '1', content_text: 'x', date_published: '30 October 2023' }] })).toBe(false)
    expect(validate({ ...good, version: 'https://jsonfeed.org/version/1' })).toBe(false)
    expect(validate({ ...good, home_url: 'https://example.org/' })).toBe(false)
  })

  // fast-xml-parser's validator lets every character through, so checkXml adds XML 1.0's Char production (§2.2).
  it.each([
    ['a C0 control', '\u0001'],
    ['ESC', '\u001b'],
    ['NUL', '\u0000'],
    ['a vertical tab', '\u000b'],
    ['U+FFFE', '\ufffe'],
    ['U+FFFF', '\uffff'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', '\udfff'],
    ['a reference to a C0 control', '&#1;'],
    ['a hex reference to ESC', '&#x1B;'],
  ])('checkXml refuses %s in text and attributes, which the validator alone accepts', (_, bad) => {
    for (const xml of [`<a>x${bad}y</a>`, `<a b="x${bad}y"/>`]) {
      expect(XMLValidator.validate(xml)).toBe(true)
      expect(checkXml(xml)[0]).toMatch(/^Not well-formed XML: .*not an XML 1\.0 character\.$/)
    }
  })

  it('checkXml accepts what XML 1.0 allows: tab, line breaks, characters beyond U+FFFF, references to allowed characters', () => {
    expect(checkXml('<a b="\t">x\ty\r\nz \u{1F600} \ud7ff \ue000 \ufffd &#9; &#xA; &#65;</a>')).toEqual([])
    expect(checkXml('<a><b></a>')[0]).toMatch(/^Not well-formed XML/)
  })

  it('escapeXml drops every character XML 1.0 forbids and keeps the rest', () => {
    expect(escapeXml('a\u0000b\u0001c\u001bd\u000be\u000cf\ufffeg\uffffh\ud800i\udfffj')).toBe('abcdefghij')
    expect(escapeXml('tab\tLF\nCR\r \u{1F600} \u0085 \u202e <&>"\'')).toBe('tab\tLF\nCR\r \u{1F600} \u0085 \u202e &lt;&amp;&gt;&quot;&apos;')
  })

  it('rejects Atom that is not well-formed or lacks required elements', () => {
    const good =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x:1</id><title>T</title><updated>2023-10-30T00:00:00Z</updated><link rel="self" href="/f.atom"/><author><name>A</name></author><entry><id>urn:x:2</id><title>E</title><updated>2023-10-30T00:00:00Z</updated><link href="/e/"/></entry></feed>'
    expect(checkAtom(good)).toEqual([])
    expect(checkAtom(good.replace('<title>E</title>', '<title>E & F</title>'))[0]).toMatch(/Not well-formed/)
    expect(checkAtom(good.replace('<updated>2023-10-30T00:00:00Z</updated><link href', '<link href'))).toEqual([
      '<entry> 1 has 0 <updated> elements; RFC 4287 requires exactly one.',
    ])
    expect(checkAtom(good.replace('2023-10-30T00:00:00Z', '2023-10-30'))).toEqual(['<feed> <updated> "2023-10-30" is not an RFC 3339 date-time.'])
    expect(checkAtom(good.replace('<author><name>A</name></author>', ''))).toEqual(['<entry> 1 has no author, and neither has the feed.'])
    expect(checkAtom(good.replace('<id>urn:x:1</id>', '<id>feed-1</id>'))).toEqual(['<feed> <id> "feed-1" is not an absolute IRI.'])
    expect(checkAtom(good.replace('xmlns="http://www.w3.org/2005/Atom"', ''))).toEqual(['<feed> is not in the Atom namespace http://www.w3.org/2005/Atom.'])
  })
})

describe('feeds of a build with a site URL and corrections', () => {
  let site: BuiltSite
  let timeline: Timeline
  const atom = async (key: string) => site.read(`feeds/${key}.atom`)
  const json = async (key: string) => JSON.parse(await site.read(`feeds/${key}.json`)) as JsonFeed
  beforeAll(async () => {
    site = await buildFixture(seedsWithCorrections(), { site: { siteUrl: SITE_URL } })
    timeline = timelineOf(site)
  })

  const keys = (): string[] => ['events', 'corrections', ...timeline.views.feeds.sites.map((f) => f.key), ...timeline.views.feeds.groups.map((f) => f.key)]

  it('has one feed for everything, one per site, one per group and one of corrections, in both formats', () => {
    expect(timeline.views.feeds.sites.map((f) => f.key)).toEqual(timeline.views.places.map((p) => `sites/${p.slug}`))
    expect(timeline.views.feeds.groups.map((f) => f.key)).toEqual(timeline.views.groups.map((g) => `groups/${g.slug}`))
    expect(timeline.views.feeds.groups.length).toBeGreaterThan(0)
    const files = site.result.files ?? []
    for (const key of keys()) expect(files).toEqual(expect.arrayContaining([`feeds/${key}.atom`, `feeds/${key}.json`]))
  })

  it('every Atom feed is well-formed and has what RFC 4287 requires', async () => {
    for (const key of keys()) expect(checkAtom(await atom(key)), key).toEqual([])
  })

  it('every XML file of the build is well-formed XML 1.0: each feed and the sitemap', async () => {
    const xml = filesUnder(path.join(site.dir, '_site')).filter((f) => /\.(atom|xml)$/.test(f))
    expect(xml.map((f) => path.relative(path.join(site.dir, '_site'), f))).toEqual(
      expect.arrayContaining(['sitemap.xml', 'feeds/events.atom', 'feeds/corrections.atom']),
    )
    expect(xml).toHaveLength(keys().length + 1)
    for (const file of xml) expect(checkXml(await readFile(file, 'utf8')), file).toEqual([])
  })

  it('every JSON Feed validates against the JSON Feed 1.1 schema', async () => {
    const validate = await validateJsonFeed()
    for (const key of keys()) {
      const feed = await json(key)
      expect(validate(feed), `${key}: ${JSON.stringify((validate as unknown as { errors: unknown }).errors)}`).toBe(true)
    }
  })

  it('the feed of everything has an entry per event, linked absolutely, with the same ids in both formats', async () => {
    const a = readAtom(await atom('events'))
    const j = await json('events')
    expect(a.entries.map((e) => e.link).sort()).toEqual(timeline.events.map((e) => `${SITE_URL}events/${e.id}/`).sort())
    expect(j.items.map((i) => i.url)).toEqual(a.entries.map((e) => e.link))
    expect(j.items.map((i) => i.id)).toEqual(a.entries.map((e) => e.id))
    for (const id of a.entries.map((e) => e.id)) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(a.links).toEqual(
      expect.arrayContaining([
        { rel: 'self', href: `${SITE_URL}feeds/events.atom` },
        { rel: 'alternate', href: SITE_URL },
      ]),
    )
    expect(j.feed_url).toBe(`${SITE_URL}feeds/events.json`)
    expect(j.home_page_url).toBe(SITE_URL)
  })

  it('dates every entry by the articles that reported it, and the feed by its latest entry: never by the clock', async () => {
    const a = readAtom(await atom('events'))
    const days = new Map(timeline.articles.map((art) => [art.path, art.date]))
    for (const event of timeline.events) {
      const entry = a.entries.find((e) => e.link === `${SITE_URL}events/${event.id}/`)
      const reported = event.reports.map((r) => days.get(r.article) ?? '').sort()
      expect(entry?.updated, event.id).toBe(`${[...reported, event.dateEnd].sort().at(-1)}T00:00:00Z`)
      expect(entry?.published, event.id).toBe(`${reported[0]}T00:00:00Z`)
    }
    const latestArticle = timeline.articles
      .map((art) => art.date)
      .sort()
      .at(-1)
    expect(a.updated).toBe(`${latestArticle}T00:00:00Z`)
    // Newest first.
    const updated = a.entries.map((e) => e.link)
    expect(updated[0]).toContain('2023-10-30')
    // Newest first by `updated` all the way down, in every feed of events (src/render/build-feeds.ts).
    for (const key of keys().filter((k) => k !== 'corrections')) {
      const days = readAtom(await atom(key)).entries.map((e) => e.updated)
      expect(days, key).toEqual([...days].sort().reverse())
    }
    expect(new Set(a.entries.map((e) => e.updated)).size).toBeGreaterThan(2)
  })

  it('a site’s feed holds exactly its events, and a group’s feed the events naming it', async () => {
    for (const place of timeline.views.places) {
      const entries = readAtom(await atom(`sites/${place.slug}`))
        .entries.map((e) => e.link)
        .sort()
      const expected = timeline.events.filter((e) => e.location !== null && (e.location.id ?? '') !== '' && e.location.id === place.slug)
      if (expected.length > 0) expect(entries, place.slug).toEqual(expected.map((e) => `${SITE_URL}events/${e.id}/`).sort())
      expect(entries.length, place.slug).toBeGreaterThan(0)
      // A place is keyed by its gazetteer id, or for a place the gazetteer lacks, by the slug of its name (src/render/event-entry.ts).
      const atPlace = timeline.events.filter((e) => e.location !== null && (e.location.id ?? safeSlug(e.location.name)) === place.slug)
      expect(entries, place.slug).toEqual(atPlace.map((e) => `${SITE_URL}events/${e.id}/`).sort())
    }
    // A place without a gazetteer id is among them (the Zaytun Ridge base), so the check above covers both kinds.
    expect(timeline.events.filter((e) => e.location !== null && e.location.id === null).map((e) => e.location?.name)).toEqual(['Zaytun Ridge base'])
    for (const group of timeline.views.groups) {
      const items = (await json(`groups/${group.slug}`)).items.map((i) => i.url).sort()
      expect(items, group.slug).toEqual(
        timeline.events
          .filter((e) => e.actors.includes(group.name))
          .map((e) => `${SITE_URL}events/${e.id}/`)
          .sort(),
      )
    }
  })

  it('the corrections feed has the applied corrections, newest first, with their reasons, and not the one that found no event', async () => {
    const applied = timeline.corrections.filter((c) => c.result === 'applied')
    expect(applied).toHaveLength(2)
    const a = readAtom(await atom('corrections'))
    expect(a.entries).toHaveLength(2)
    expect(a.entries[0]?.content).toContain('The strikes hit near al-Omar.')
    expect(a.entries[0]?.content).toMatch(/location: .*→ .*Green Village/)
    expect(a.entries[1]?.content).toContain('24 across both bases')
    expect(a.entries[1]?.link).toBe(`${SITE_URL}events/2023-10-18-al-tanf-attack/`)
    expect(await atom('corrections')).not.toContain('Nothing to attach to')
    const j = await json('corrections')
    expect(j.items.map((i) => i.id)).toEqual(a.entries.map((e) => e.id))
  })

  it('pages name their feeds: every page the feed of everything, a site or group page its own', async () => {
    expect(await site.read('index.html')).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Salvo: All events (Atom)" href="/salvo/feeds/events.atom">`,
    )
    const place = timeline.views.places[0]
    const html = await site.read(`sites/${place?.slug}/index.html`)
    expect(html).toContain(`href="/salvo/feeds/sites/${place?.slug}.atom"`)
    expect(html).toContain(`type="application/feed+json" title="Salvo: Events at ${place?.name} (JSON Feed)" href="/salvo/feeds/sites/${place?.slug}.json"`)
  })
})

describe('feeds of a build without a site URL', () => {
  it('link to the site root with the path prefix, and leave out the addresses JSON Feed wants absolute', async () => {
    const site = await buildFixture('seeds', { site: { pathPrefix: '/salvo/' } })
    expect(checkAtom(await site.read('feeds/events.atom'))).toEqual([])
    const a = readAtom(await site.read('feeds/events.atom'))
    for (const entry of a.entries) expect(entry.link).toMatch(/^\/salvo\/events\/[^/]+\/$/)
    const feed = JSON.parse(await site.read('feeds/events.json')) as JsonFeed
    expect(feed.feed_url).toBeUndefined()
    expect(feed.home_page_url).toBeUndefined()
    expect(feed.items[0]?.url).toMatch(/^\/salvo\/events\//)
    expect((await validateJsonFeed())(feed)).toBe(true)
  })
})

/** Characters XML 1.0 forbids, as ingest might let them through: C0 controls, U+FFFE/U+FFFF, a lone low and a lone high surrogate. */
const FORBIDDEN = '\u0000\u0001\u0008\u000b\u000c\u001b\u001f\ufffe\uffff\udfff\ud800'
/** The fields of the timeline that feeds and the sitemap print as text or as a link. */
const PRINTED = new Set([
  'title',
  'summary',
  'description',
  'label',
  'name',
  'quote',
  'source',
  'claimant',
  'note',
  'reason',
  'text',
  'pageTitle',
  'placeDetail',
  'casualties',
  'url',
  'page',
])
/** `value` with FORBIDDEN after the first character of every printed string, at any depth. */
function poison(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return PRINTED.has(key) && value !== '' ? `${value.slice(0, 1)}${FORBIDDEN}${value.slice(1)}` : value
  if (Array.isArray(value)) return value.map((item) => poison(item, key))
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]))
  return value
}
/** The XML files among the outputs, by path. */
const xmlOf = (files: { path: string; content: string }[]): Record<string, string> =>
  Object.fromEntries(files.filter((f) => /\.(atom|xml)$/.test(f.path)).map((f) => [f.path, f.content]))
/** The files without their ids: a correction's is named after its reason, which was poisoned too. */
const withoutIds = (xml: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(xml).map(([file, content]) => [file, content.replace(/<id>urn:uuid:[^<]*<\/id>/g, '<id/>')]))

describe('feeds of data that holds characters XML 1.0 forbids', () => {
  it('stay well-formed when the timeline hands the writers control characters in every title, outlet, quote and link', async () => {
    // Past ingest, which strips these characters itself: the writers must not depend on it.
    const timeline = siteData((await runPipeline({ seedsDir: seedsWithCorrections(), cacheDir: null })).timeline, shippedKnowledge())
    const settings = resolveSiteSettings({ siteUrl: SITE_URL })
    const pages = ['/', ...timeline.views.events.map((e) => e.url), ...timeline.articles.map((a) => `/articles/${a.slug}/`)]
    const clean = renderOutputs(timeline, settings, pages)
    const poisoned = renderOutputs(
      poison(timeline) as Timeline,
      settings,
      pages.map((p) => poison(p, 'page') as string),
    )
    // The writers were given the characters: the JSON Feed, which escapes them, shows them.
    expect(poisoned.find((f) => f.path === 'feeds/events.json')?.content).toContain('\\u001b')
    expect(poisoned.find((f) => f.path === 'feeds/corrections.json')?.content).toContain('\\u0001')
    const xml = xmlOf(poisoned)
    expect(Object.keys(xml)).toEqual(expect.arrayContaining(['sitemap.xml', 'feeds/events.atom', 'feeds/corrections.atom']))
    expect(readAtom(xml['feeds/corrections.atom'] ?? '').entries.length).toBeGreaterThan(0)
    for (const [file, content] of Object.entries(xml)) expect(file.endsWith('.atom') ? checkAtom(content) : checkXml(content), file).toEqual([])
    // Only the forbidden characters went: everything else is as the clean data wrote it.
    expect(withoutIds(xml)).toEqual(withoutIds(xmlOf(clean)))
  })

  it('a real build whose article has control characters in its title, outlet and body writes only well-formed XML', async () => {
    const seeds = mkdtempSync(path.join(tmpdir(), 'salvo-feeds-seeds-'))
    cpSync('seeds', seeds, { recursive: true })
    writeFileSync(
      path.join(seeds, '2023-10-24-drones-attack-zaytun-ridge-base.md'),
      `---
title: "Drones\\e]0;owned\\a Attack \\x01Zaytun\\x0b Ridge\\uFFFE Base"
source: "Test\\x1b[31m Wire\\x7f\\x9b"
url: "https://example.org/test-wire/zaytun-ridge"
date: 2023-10-24
---
Two drones\u0001 attacked the Zaytun\u001b[2J Ridge base on Monday,\u000b U.S. officials said.
`,
    )
    const site = await buildFixture(seeds, { site: { siteUrl: SITE_URL } })
    expect(site.result.ok, site.log.join('\n')).toBe(true)
    const xml = filesUnder(path.join(site.dir, '_site')).filter((f) => /\.(atom|xml)$/.test(f))
    expect(xml.length).toBeGreaterThan(3)
    for (const file of xml) expect(checkXml(await readFile(file, 'utf8')), file).toEqual([])
  })
})
