// A corpus large enough that every long list runs over several pages (the seeds fit on
// one): no page over the 300 KB budget, every link and anchor good, every event and
// article reachable from the home page by links alone, as a reader without JavaScript.
import { mkdtemp, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../scripts/bench/generate-corpus.js'
import { buildFixture, timelineOf, type BuiltSite } from '../helpers/build-fixture.js'
import { checkLinks, listPages, urlOf } from '../helpers/check-links.js'
import { FEED_ENTRIES } from '../../src/render/site-views.js'
import { HOME_FIRST_PAGE_ENTRIES } from '../../src/render/paginate.js'

const PAGE_BUDGET = 300 * 1024

describe('a site of 1,000 synthetic articles, in pages', () => {
  let site: BuiltSite
  let root: string
  let pages: string[]
  beforeAll(async () => {
    const seeds = path.join(await mkdtemp(path.join(tmpdir(), 'salvo-scale-')), 'seeds')
    await generateCorpus(seeds, 1000)
    site = await buildFixture(seeds)
    root = path.join(site.dir, '_site')
    pages = await listPages(root)
  }, 120_000)

  it('cuts the long lists into pages', () => {
    expect(pages).toContain('pages/2/index.html')
    expect(pages).toContain('newest-first/pages/2/index.html')
    expect(pages).toContain('articles/pages/2/index.html')
    expect(pages.some((p) => /^sources\/[^/]+\/pages\/2\/index\.html$/.test(p))).toBe(true)
    expect(pages.some((p) => /^(status|types|countries)\/[^/]+\/pages\/2\/index\.html$/.test(p))).toBe(true)
  })

  it('keeps every page under 300 KB', async () => {
    const sizes = await Promise.all(pages.map(async (p) => ({ page: p, bytes: (await stat(path.join(root, p))).size })))
    expect(sizes.filter((s) => s.bytes > PAGE_BUDGET)).toEqual([])
  })

  it('keeps the home page and newest first, with what they load, under 100 KB: their first page holds only the newest or oldest events', async () => {
    // What a browser fetches for them (test/browser/site.test.ts measures it on the seeds): the page, the stylesheet, the scripts and the icon.
    const assets = ['style.css', 'search.js', 'hide-context.js', 'favicon.svg']
    const bytes = async (files: string[]): Promise<number> =>
      (await Promise.all(files.map(async (f) => (await stat(path.join(root, f))).size))).reduce((a, b) => a + b, 0)
    for (const home of ['index.html', 'newest-first/index.html']) {
      expect(await bytes([home, ...assets]), home).toBeLessThanOrEqual(100 * 1024)
      expect(load(await readFile(path.join(root, home), 'utf8'))('.timeline .entry').length, home).toBeLessThanOrEqual(HOME_FIRST_PAGE_ENTRIES)
    }
  })

  it('has no broken link or anchor', async () => {
    const { broken } = await checkLinks(root)
    expect(broken).toEqual([])
  })

  it('reaches every event and article from the home page by links', async () => {
    const seen = new Set(['/'])
    const queue = ['/']
    while (queue.length > 0) {
      const url = queue.shift() ?? '/'
      const file = path.join(root, url, 'index.html')
      const $ = load(await readFile(file, 'utf8').catch(() => ''))
      $('a[href^="/"]').each((_, a) => {
        const target = new URL(a.attribs.href ?? '/', 'http://site').pathname
        if (target.endsWith('/') && !seen.has(target)) {
          seen.add(target)
          queue.push(target)
        }
      })
    }
    const events = pages.filter((p) => p.startsWith('events/')).map(urlOf)
    const articles = pages.filter((p) => /^articles\/[^/]+\/index\.html$/.test(p) && p !== 'articles/pages/index.html').map(urlOf)
    expect(events.length).toBeGreaterThan(200)
    expect(events.filter((u) => !seen.has(u))).toEqual([])
    expect(articles.filter((u) => !seen.has(u))).toEqual([])
  })

  it('links each page of the home timeline to the next, and shows every event once across them', async () => {
    const hrefs: string[] = []
    let url: string | undefined = '/'
    while (url !== undefined) {
      const $ = load(await readFile(path.join(root, url, 'index.html'), 'utf8'))
      hrefs.push(
        ...$('.timeline .entry__title a')
          .map((_, a) => a.attribs.href)
          .get(),
      )
      url = $('.pager-list a[rel=next]').attr('href')
    }
    const events = pages.filter((p) => p.startsWith('events/')).map(urlOf)
    expect(hrefs.sort()).toEqual(events.sort())
  })

  it('keeps each feed of events to its most recently reported events, the same number however long the timeline, while the open data holds them all', async () => {
    const timeline = timelineOf(site)
    const articleDay = new Map(timeline.articles.map((a) => [a.path, a.date]))
    // An event is as new as the latest article reporting it (or its last day, if later).
    const reported = new Map(
      timeline.events.map((e) => [`/events/${e.id}/`, [e.dateEnd, ...e.reports.map((r) => articleDay.get(r.article) ?? '')].sort().at(-1) ?? '']),
    )
    const records = JSON.parse(await readFile(path.join(root, 'data', 'events.json'), 'utf8')) as { id: string; location: { id: string | null } | null }[]
    expect(records).toHaveLength(timeline.events.length)
    expect(records.length).toBeGreaterThan(FEED_ENTRIES * 3)
    const feed = JSON.parse(await readFile(path.join(root, 'feeds', 'events.json'), 'utf8')) as { items: { url: string; date_modified: string }[] }
    const atom = await readFile(path.join(root, 'feeds', 'events.atom'), 'utf8')
    expect(feed.items).toHaveLength(FEED_ENTRIES)
    expect(atom.match(/<entry>/g)).toHaveLength(FEED_ENTRIES)
    // Newest first, and no event left out was reported later than the least recent one in.
    const inFeed = feed.items.map((i) => new URL(i.url, 'http://site').pathname)
    const days = inFeed.map((u) => reported.get(u) ?? '')
    expect(days).toEqual([...days].sort().reverse())
    expect([...reported].filter(([u, day]) => !inFeed.includes(u) && day > (days.at(-1) ?? ''))).toEqual([])
    // A site's feed holds its events up to the same number.
    for (const slug of new Set(records.flatMap((e) => (e.location?.id ? [e.location.id] : [])))) {
      const items = (JSON.parse(await readFile(path.join(root, 'feeds', 'sites', `${slug}.json`), 'utf8')) as { items: unknown[] }).items
      expect(items.length, slug).toBe(Math.min(FEED_ENTRIES, records.filter((e) => e.location?.id === slug).length))
    }
    expect((await stat(path.join(root, 'feeds', 'events.atom'))).size).toBeLessThan(PAGE_BUDGET)
  })
})
