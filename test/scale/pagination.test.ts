// A corpus large enough that every long list runs over several pages (the seeds fit on
// one): no page over the 300 KB budget, every link and anchor good, every event and
// article reachable from the home page by links alone, as a reader without JavaScript.
import { mkdtemp, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../scripts/bench/generate-corpus.js'
import { buildFixture, type BuiltSite } from '../helpers/build-fixture.js'
import { checkLinks, listPages, urlOf } from '../helpers/check-links.js'

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
      hrefs.push(...$('.timeline .entry__title a').map((_, a) => a.attribs.href).get())
      url = $('.pager-list a[rel=next]').attr('href')
    }
    const events = pages.filter((p) => p.startsWith('events/')).map(urlOf)
    expect(hrefs.sort()).toEqual(events.sort())
  })
})
