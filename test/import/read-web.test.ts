// The readers behind `npm run add` for the web, by table: page metadata and where each value
// came from, the day a date value names, wire credits, the text of a page, what a file is, and
// the three feed formats. The command end to end is in test/editorial/add-web.test.ts.
import { readFile } from 'node:fs/promises'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { pageKind } from '../../src/import/decode-page.js'
import { findWireOrigin } from '../../src/import/find-wire-origin.js'
import { blocksToBody, contentBlocks } from '../../src/import/page-text.js'
import { readFeed } from '../../src/import/read-feed.js'
import { readPage } from '../../src/import/read-page.js'
import { dayOf, readPageMetadata } from '../../src/import/read-page-metadata.js'
import { normalizeFrontMatter } from '../../src/ingest/normalize-front-matter.js'

const doc = (head: string, body = ''): Document =>
  (parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`) as unknown as { document: Document }).document

describe('dayOf: the day a date value names, in its own offset', () => {
  it.each([
    ['2023-11-17T23:30:00-05:00', '2023-11-17', Date.parse('2023-11-18T04:30:00Z')],
    ['2023-11-17T02:00:00+03:00', '2023-11-17', Date.parse('2023-11-16T23:00:00Z')],
    ['2023-11-17T02:00:00+0300', '2023-11-17', Date.parse('2023-11-16T23:00:00Z')],
    ['2023-11-17', '2023-11-17', null],
    ['2023-11-17 14:05', '2023-11-17', null],
    ['Fri, 17 Nov 2023 14:05:00 +0300', '2023-11-17', null],
    ['November 17, 2023', '2023-11-17', null],
  ])('%s → %s', (written, day, instant) => {
    expect(dayOf(written)).toEqual({ day, instant })
  })
  it.each(['2023-02-30T10:00:00Z', 'yesterday', '1700000000', 'Tue, 17 Nov 2023', ''])('reads no day from "%s"', (written) => {
    expect(dayOf(written)).toBeNull()
  })
})

describe('readPageMetadata: each value with where it was read', () => {
  it('prefers JSON-LD, then OpenGraph and article tags, then microdata, then the page itself', () => {
    const meta = readPageMetadata(
      doc(
        `<title>Headline | Outlet</title><meta property="og:title" content="OG headline"><meta property="og:site_name" content="OG Outlet">
         <meta property="article:published_time" content="2023-10-02T10:00:00Z"><link rel="canonical" href="/a/b">
         <script type="application/ld+json">{"@graph":[{"@type":"Organization","@id":"#org","name":"LD Outlet"},{"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2023-10-01T10:00:00+03:00","author":[{"name":"A One"},{"name":"B Two"}],"publisher":{"@id":"#org"}}]}</script>`,
      ),
      'https://outlet.example/x/y?z=1#frag',
    )
    expect(meta.title).toEqual({ value: 'LD headline', from: 'JSON-LD headline' })
    expect(meta.source).toEqual({ value: 'OG Outlet', from: 'og:site_name' })
    expect(meta.author).toEqual({ value: 'A One and B Two', from: 'JSON-LD author' })
    expect(meta.url).toEqual({ value: 'https://outlet.example/a/b', from: '<link rel="canonical">' })
    expect(meta.days.map((d) => [d.day, d.from])).toEqual([
      ['2023-10-01', 'JSON-LD datePublished'],
      ['2023-10-02', 'article:published_time'],
    ])
    expect(meta.articleType?.value).toBe('NewsArticle')
  })

  it('falls back to the <title> without the outlet, <meta name="author"> and the fetched address, and reads no publisher of a page that is no article', () => {
    const meta = readPageMetadata(
      doc(
        `<title>Drone hits base – Gulf Ledger</title><meta name="author" content="Jane Roe"><script type="application/ld+json">{"@type":"WebPage","publisher":{"name":"Other"}}</script>`,
        '<h1>One</h1><h1>Two</h1>',
      ),
      'https://gulfledger.example/a',
    )
    expect(meta.title).toEqual({ value: 'Drone hits base – Gulf Ledger', from: 'the <title> element' })
    expect(readPageMetadata(doc('<title>Drone hits base – Gulf Ledger</title><meta property="og:site_name" content="Gulf Ledger">'), null).title?.value).toBe(
      'Drone hits base',
    )
    expect(meta.source).toBeNull()
    expect(meta.author).toEqual({ value: 'Jane Roe', from: '<meta name="author">' })
    expect(meta.url).toEqual({ value: 'https://gulfledger.example/a', from: 'the address it was fetched from' })
    expect(meta.articleType).toBeNull()
  })

  it('names what it could not use, and never takes a javascript: canonical or an author that is a URL', () => {
    const meta = readPageMetadata(
      doc(
        `<script type="application/ld+json">{not json</script><meta property="article:published_time" content="soon"><link rel="canonical" href="javascript:alert(1)"><meta property="article:author" content="https://x.example/jane">`,
      ),
      null,
    )
    expect(meta.warnings).toEqual([
      'A JSON-LD block of the page is not valid JSON, so its metadata was not read.',
      'The page\'s article:published_time "soon" is not a date Salvo can read, so it was not used.',
    ])
    expect(meta.url).toBeNull()
    expect(meta.author).toBeNull()
    expect(meta.days).toEqual([])
  })
})

describe('findWireOrigin: the agency of syndicated copy, from the text', () => {
  it.each([
    ['BEIRUT (AP) — Rockets hit.', null, 'Local Paper', 'Associated Press'],
    ['BAGHDAD, Nov 2 (Reuters) - Rockets hit.', null, 'Local Paper', 'Reuters'],
    ['Rockets hit the base on Monday.', 'By The Associated Press', 'Local Paper', 'Associated Press'],
    ['BEIRUT (AFP) — Rockets hit.', null, 'AFP', null],
    ['BAGHDAD (Gulf Ledger) — Rockets hit.', null, 'Local Paper', null],
    ['Rockets hit (AP) the base.', null, 'Local Paper', null],
  ])('%s (byline %s, outlet %s) → %s', (body, byline, outlet, expected) => {
    expect(findWireOrigin(body, byline, outlet)?.value.source ?? null).toBe(expected)
  })
})

describe('the text of a page', () => {
  it('keeps paragraphs, marks captions, makes headings and list items, drops images and scripts, and escapes Markdown syntax', () => {
    const root = doc(
      '',
      '<div><figure><img src="a.jpg"><figcaption>Smoke over the base.</figcaption></figure><h3>Update, 10:15</h3><p>First <b>bold</b>\n  line<br>second line</p><p>1. Not a list.</p><ul><li>Item</li></ul><script>x()</script>Loose text</div>',
    ).body
    expect(blocksToBody(contentBlocks(root))).toBe(
      'Caption: Smoke over the base.\n\n## Update, 10:15\n\nFirst bold line\nsecond line\n\n\\1. Not a list.\n\n- Item\n\nLoose text\n',
    )
  })

  it('leaves the cookie banner, share bar, related stories and comments of a page out', async () => {
    const page = readPage(await readFile('test/fixtures/add-html/cookie-banner.html', 'utf8'), null)
    expect(page.body).toContain('A one-way attack drone struck al-Tanf garrison')
    for (const furniture of ['cookies', 'Share on', 'Related stories', 'Comments', 'Post a comment']) expect(page.body).not.toContain(furniture)
    expect(page.body.split('\n\n').length).toBeGreaterThanOrEqual(4)
  })
})

describe('pageKind', () => {
  it.each([
    ['<!DOCTYPE html><html>', '', 'html'],
    ['<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">', '', 'feed'],
    ['<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', 'text/xml', 'feed'],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', 'application/json', 'feed'],
    ['{"a": 1}', 'application/json', 'other'],
    ['%PDF-1.4', 'application/pdf', 'other'],
    ['<p>no doctype</p>', 'text/html', 'html'],
  ])('%s (%s) is %s', (text, mediaType, kind) => {
    expect(pageKind(text, mediaType)).toBe(kind)
  })
})

describe('readFeed', () => {
  it('reads RSS, Atom and JSON Feed items into one shape', async () => {
    const rss = readFeed(await readFile('test/fixtures/add-feeds/gulf-ledger.rss', 'utf8'))
    const atom = readFeed(await readFile('test/fixtures/add-feeds/desert-wire.atom', 'utf8'))
    const json = readFeed(await readFile('test/fixtures/add-feeds/euphrates-monitor.json', 'utf8'))
    if ('problem' in rss || 'problem' in atom || 'problem' in json) throw new Error('a fixture feed was not read')
    expect(rss.items.map((i) => [i.title, i.url, i.date, i.content !== null, i.summary !== null])).toEqual([
      ['Rockets fall inside Ain al-Asad air base', 'https://gulfledger.example/2023/11/02/rockets-ain-al-asad/', 'Thu, 02 Nov 2023 14:20:00 +0300', true, true],
      ['Drone attack on Harir base injures U.S. troops', 'https://gulfledger.example/2023/11/10/harir-drone', 'Fri, 10 Nov 2023 09:00:00 +0300', false, true],
      ['Untitled draft', null, null, false, false],
    ])
    expect(atom.items[0]).toMatchObject({
      title: 'Drone downed near Erbil air base',
      author: 'Sam Reporter',
      date: '2023-10-26T19:05:00+03:00',
      dateFrom: '<published>',
    })
    expect(atom.items[1]?.url).toBe('https://desertwire.example/2023/10/24/tanf-rockets/')
    expect(json.items[1]?.content).toMatch(/^<p>Drones targeted the base at al-Omar oil field.*<\/p><p>The official said/)
  })

  it('says why a text is no feed', () => {
    expect(readFeed('<html><body>hello</body></html>')).toEqual({
      problem: expect.stringMatching(/^it is not an RSS, Atom or JSON Feed document Salvo can read/),
    })
  })
})

describe('the metadataFrom field at the ingest boundary', () => {
  const base = { title: 'T', source: 'S', url: 'https://x.example/', date: '2023-10-24' }
  const ctx = { file: 'seeds/x.md', matter: '', firstLine: 2 }
  it('accepts where each field was read, and leaves it out of the metadata', () => {
    const { meta, diagnostics } = normalizeFrontMatter({ ...base, metadataFrom: { source: 'og:site_name', date: 'JSON-LD datePublished' } }, ctx)
    expect(diagnostics).toEqual([])
    expect(meta).not.toHaveProperty('metadataFrom')
  })
  it.each([[['og:site_name']], ['og:site_name'], [{ source: 3 }]])('warns, and reads the article, when it is not field: "where" lines (%j)', (metadataFrom) => {
    const { meta, diagnostics } = normalizeFrontMatter({ ...base, metadataFrom }, ctx)
    expect(meta?.title).toBe('T')
    expect(diagnostics.map((d) => [d.field, d.severity, d.code])).toEqual([['metadataFrom', 'warning', 'field-not-text']])
  })
})
