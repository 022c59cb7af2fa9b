import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { load } from 'cheerio'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildFixture, type BuiltSite } from '../helpers/build-fixture.js'
import { checkLinks, listPages, urlOf } from '../helpers/check-links.js'
import { crawlSite } from '../helpers/crawl-site.js'
import { serveSite, type ServedSite } from '../helpers/serve-site.js'

const SITE_URL = 'https://example.org/salvo/'
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"

describe('hosted in a subfolder: npm run build -- --site-url https://example.org/salvo/', () => {
  let site: BuiltSite
  let served: ServedSite
  let root: string
  beforeAll(async () => {
    site = await buildFixture('seeds', { site: { siteUrl: SITE_URL } })
    root = path.join(site.dir, '_site')
    served = await serveSite(root, { prefix: '/salvo/' })
  })
  afterAll(async () => {
    await served?.close()
  })

  it('has no broken link when a static server serves it at /salvo/ and a crawler follows every link', async () => {
    const { fetched, broken } = await crawlSite(`${served.origin}/salvo/`)
    expect(broken).toEqual([])
    const paths = fetched.map((u) => new URL(u).pathname)
    expect(paths.length).toBeGreaterThan((await listPages(root)).length - 5)
    for (const needed of ['/salvo/style.css', '/salvo/search.js', '/salvo/data/events.csv', '/salvo/feeds/events.atom', '/salvo/data/'])
      expect(paths).toContain(needed)
    expect(paths.every((p) => p.startsWith('/salvo/'))).toBe(true)
    // What search.js leads to and loads on demand is there too, and its links hold up.
    expect((await fetch(`${served.origin}/salvo/pagefind/pagefind.js`)).status).toBe(200)
    expect((await crawlSite(`${served.origin}/salvo/search/`)).broken).toEqual([])
  })

  it('serves its 404 page for an address that does not exist, with links that work from there', async () => {
    const response = await fetch(`${served.origin}/salvo/no/such/page/`)
    expect(response.status).toBe(404)
    const $ = load(await response.text())
    expect($('h1').text()).toBe('Page not found')
    expect($('main a').attr('href')).toBe('/salvo/')
    expect($('link[rel=canonical]').length).toBe(0)
  })

  it('lists every page in sitemap.xml with its absolute address, and names the sitemap in robots.txt', async () => {
    const xml = await site.read('sitemap.xml')
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(xml) as {
      urlset: { '@_xmlns': string; url: { loc: string }[] }
    }
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const locs = parsed.urlset.url.map((u) => u.loc)
    const pages = (await listPages(root)).filter((p) => p !== '404.html' && !p.startsWith('pagefind/'))
    expect([...locs].sort()).toEqual(pages.map((p) => SITE_URL + urlOf(p).slice(1)).sort())
    for (const loc of locs.slice(0, 10)) expect((await fetch(loc.replace('https://example.org', served.origin))).status).toBe(200)
    expect(await site.read('robots.txt')).toBe(`User-agent: *\nAllow: /\nSitemap: ${SITE_URL}sitemap.xml\n`)
  })

  it('gives every page a canonical link, Open Graph and description tags, and the Content-Security-Policy', async () => {
    const descriptions = new Map<string, string>()
    for (const page of (await listPages(root)).filter((p) => !p.startsWith('pagefind/'))) {
      const $ = load(await readFile(path.join(root, page), 'utf8'))
      const expected = SITE_URL + urlOf(page).slice(1)
      expect($('meta[http-equiv="Content-Security-Policy"]').attr('content'), page).toBe(CSP)
      const description = $('meta[name=description]').attr('content') ?? ''
      expect(description.length, page).toBeGreaterThan(30)
      // Escaped once, not twice: "FDD's", never "FDD&#39;s".
      expect(`${$('head > title').text()} ${description}`, page).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i)
      expect($('meta[property="og:description"]').attr('content'), page).toBe(description)
      expect($('meta[property="og:title"]').attr('content'), page).toBe(
        $('head > title')
          .text()
          .replace(/ · Salvo$/, ''),
      )
      expect($('meta[property="og:type"]').attr('content')).toBe('website')
      if (page === '404.html') {
        expect($('link[rel=canonical]').length).toBe(0)
        continue
      }
      expect($('link[rel=canonical]').attr('href'), page).toBe(expected)
      expect($('meta[property="og:url"]').attr('content'), page).toBe(expected)
      if (page.startsWith('events/')) descriptions.set(page, description)
    }
    // Each event page describes its own event.
    expect(new Set(descriptions.values()).size).toBe(descriptions.size)
  })
})

describe('a build without the prefix, served in a subfolder', () => {
  it('is caught by the crawler: its root-relative links leave the subfolder', async () => {
    const site = await buildFixture('seeds')
    const served = await serveSite(path.join(site.dir, '_site'), { prefix: '/salvo/' })
    try {
      const { broken } = await crawlSite(`${served.origin}/salvo/`)
      expect(broken.length).toBeGreaterThan(5)
      expect(broken[0]?.problem).toMatch(/HTTP 404/)
    } finally {
      await served.close()
    }
  })
})

describe('relative links: npm run build -- --relative', () => {
  let site: BuiltSite
  let root: string
  beforeAll(async () => {
    site = await buildFixture('seeds', { site: { relative: true } })
    root = path.join(site.dir, '_site')
  })

  it('writes no root-relative URL in any page, and folder links end in index.html', async () => {
    const problems: string[] = []
    for (const page of (await listPages(root)).filter((p) => !p.startsWith('pagefind/'))) {
      const $ = load(await readFile(path.join(root, page), 'utf8'))
      $('[href], [src], form[action]').each((_, el) => {
        const url = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? ''
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) return
        if (url.startsWith('/')) problems.push(`${page}: ${url} is root-relative`)
        if (/(^|\/)(\.\.)?$|\/(#|\?)/.test(url.split(/[#?]/)[0] ?? '') && !url.split(/[#?]/)[0]?.endsWith('.html'))
          problems.push(`${page}: ${url} links a folder`)
      })
    }
    expect(problems).toEqual([])
  })

  it('has no broken link or anchor, read as files', async () => {
    const { checked, broken } = await checkLinks(root)
    expect(checked).toBeGreaterThan(500)
    expect(broken).toEqual([])
  })

  it('links the feeds relative to each feed file', async () => {
    const xml = await site.read('feeds/sites/al-tanf.atom')
    expect(xml).toContain('<link rel="alternate" type="text/html" href="../../sites/al-tanf/index.html"/>')
    expect(xml).toContain('href="../../events/2023-10-18-al-tanf-attack/index.html"')
  })
})
