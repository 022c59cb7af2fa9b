import { mkdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../src/timeline.js'
import { buildFixture, type BuiltSite } from '../helpers/build-fixture.js'
import { launchChromium } from '../helpers/chromium.js'
import { serveSite, type ServedSite } from '../helpers/serve-site.js'

const SHOTS = 'test-results'

/** The seeds build in a real Chromium, served over HTTP as a static host would. */
describe('the site in a browser', () => {
  let site: BuiltSite
  let served: ServedSite
  let browser: Browser
  let timeline: Timeline
  let pageTypes: Record<string, string>

  beforeAll(async () => {
    site = await buildFixture('seeds')
    timeline = JSON.parse(await readFile(path.join(site.dir, 'timeline.json'), 'utf8')) as Timeline
    served = await serveSite(path.join(site.dir, '_site'))
    browser = await launchChromium()
    await mkdir(SHOTS, { recursive: true })
    const disputed = timeline.events.find((e) => e.disputed) ?? timeline.events[0]
    const article = timeline.articles.find((a) => a.events.length > 0)
    pageTypes = {
      home: '/',
      'newest first': '/newest-first/',
      event: `/events/${disputed?.id}/`,
      article: `/articles/${article?.slug}/`,
      outlet: `/sources/${article?.sourceSlug}/`,
      sources: '/sources/',
      articles: '/articles/',
      site: `/sites/${timeline.views.places[0]?.slug}/`,
      sites: '/sites/',
      group: timeline.views.groups[0]?.url ?? '/groups/',
      groups: '/groups/',
      filter: timeline.views.facets[0]?.url ?? '/browse/',
      browse: '/browse/',
      map: '/map/',
      'not found': '/404.html',
    }
  })
  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  const open = async (url: string, options: { width?: number; javaScript?: boolean; dark?: boolean } = {}): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? true, colorScheme: options.dark ? 'dark' : 'light' })
    const page = await context.newPage()
    const response = await page.goto(served.origin + url)
    expect(response?.status(), url).toBe(url === '/404.html' ? 200 : 200)
    return page
  }

  it('walks home → event → article → outlet and back the same way, with JavaScript off', async () => {
    const page = await open('/', { javaScript: false })
    const event = timeline.events.find((e) => e.reports.length > 1) ?? timeline.events[0]
    await page.click(`.timeline a[href="/events/${event?.id}/"]`)
    expect(new URL(page.url()).pathname).toBe(`/events/${event?.id}/`)
    await expect(page.locator('h1').textContent()).resolves.toBe(event?.summary)
    await page.locator('.report__source a').nth(1).click()
    const articleUrl = new URL(page.url())
    expect(articleUrl.pathname).toMatch(/^\/articles\//)
    // The link lands on the marked passage.
    expect(await page.locator(`mark${articleUrl.hash}`).count()).toBe(1)
    await page.locator('.kicker a').first().click()
    expect(new URL(page.url()).pathname).toMatch(/^\/sources\//)
    await page.goBack()
    expect(new URL(page.url()).pathname).toBe(articleUrl.pathname)
    await page.goBack()
    expect(new URL(page.url()).pathname).toBe(`/events/${event?.id}/`)
    await page.goBack()
    expect(new URL(page.url()).pathname).toBe('/')
    await page.context().close()
  })

  it('walks home → site → event and back', async () => {
    const page = await open('/', { javaScript: false })
    const link = page.locator('.timeline .facts a[href^="/sites/"]').first()
    const siteHref = await link.getAttribute('href')
    await link.click()
    expect(new URL(page.url()).pathname).toBe(siteHref)
    const eventLink = page.locator('.timeline .entry__title a').first()
    const eventHref = await eventLink.getAttribute('href')
    await eventLink.click()
    expect(new URL(page.url()).pathname).toBe(eventHref)
    expect(await page.locator(`.facts a[href="${siteHref}"]`).count()).toBeGreaterThan(0)
    await page.goBack()
    expect(new URL(page.url()).pathname).toBe(siteHref)
    await page.goBack()
    expect(new URL(page.url()).pathname).toBe('/')
    await page.context().close()
  })

  it('hides the context lane with the checkbox alone, without JavaScript', async () => {
    const page = await open('/', { javaScript: false })
    const context = page.locator('.lane--context').first()
    await expect(context.isVisible()).resolves.toBe(true)
    await page.locator('#hide-context').focus()
    await page.keyboard.press('Space')
    await expect(context.isVisible()).resolves.toBe(false)
    await expect(page.locator('.lane--attacks').first().isVisible()).resolves.toBe(true)
    await page.context().close()
  })

  it('reaches every link and control of the home page with Tab alone, in order, each with a visible focus style', async () => {
    const page = await open('/')
    const focusable = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('a[href], input, button, select, textarea, summary, [tabindex]:not([tabindex="-1"])'))
        // What a reader can reach: rendered, and not inside a closed <details>.
        .filter((el) => el.checkVisibility())
        .map((el) => el.outerHTML.slice(0, 120)))
    const reached: string[] = []
    for (let i = 0; i < focusable.length + 5; i++) {
      await page.keyboard.press('Tab')
      const active = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (el === null || el === document.body) return null
        const style = getComputedStyle(el)
        return { html: el.outerHTML.slice(0, 120), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 }
      })
      if (active === null) break
      expect(active.outline, `focus style on ${active.html}`).toBe(true)
      if (reached.at(-1) !== active.html) reached.push(active.html)
      if (reached.length === focusable.length) break
    }
    expect(reached).toEqual(focusable)
    await page.context().close()
  })

  it.each([['light', false], ['dark', true]] as const)('has no axe-core violations on any page type in the %s theme', async (_, dark) => {
    const failures: string[] = []
    for (const [name, url] of Object.entries(pageTypes)) {
      {
        const page = await open(url, { dark })
        await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')))
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
        for (const v of result.violations) failures.push(`${name} (${dark ? 'dark' : 'light'}) ${url}: ${v.id} ${v.help} [${v.nodes.map((n) => n.target.join(' ')).join('; ')}]`)
        await page.context().close()
      }
    }
    expect(failures).toEqual([])
  })

  it('fits a 360 px screen without sideways scrolling, and keeps its layout once loaded', async () => {
    for (const url of Object.values(pageTypes)) {
      const page = await open(url, { width: 360 })
      const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
      expect(scrollWidth, url).toBeLessThanOrEqual(clientWidth)
      await page.context().close()
    }
    const page = await open('/')
    const shift = await page.evaluate(() => new Promise<number>((resolve) => {
      let total = 0
      new PerformanceObserver((list) => { for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value }).observe({ type: 'layout-shift', buffered: true })
      setTimeout(() => resolve(total), 500)
    }))
    expect(shift).toBeLessThan(0.01)
    await page.context().close()
  })

  it('transfers the home page with all its assets in under 100 KB', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    let bytes = 0
    const urls: string[] = []
    page.on('response', (response) => void response.body().then((body) => { bytes += body.length; urls.push(response.url()) }, () => undefined))
    await page.goto(served.origin + '/', { waitUntil: 'networkidle' })
    expect(urls.some((u) => u.endsWith('/style.css'))).toBe(true)
    expect(bytes).toBeGreaterThan(5_000)
    expect(bytes).toBeLessThanOrEqual(100 * 1024)
    await context.close()
  })

  it('prints without navigation or controls', async () => {
    const page = await open('/')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.nav').isVisible()).resolves.toBe(false)
    await expect(page.locator('#hide-context').isVisible()).resolves.toBe(false)
    await expect(page.locator('.timeline').isVisible()).resolves.toBe(true)
    await page.context().close()
  })

  it('saves screenshots of home and an event page at 1280 and 360 px', async () => {
    for (const [name, url] of [['home', '/'], ['event', pageTypes.event ?? '/']] as const) {
      for (const width of [1280, 360]) {
        for (const dark of [false, true]) {
          const page = await open(url, { width, dark })
          const file = path.join(SHOTS, `${name}-${width}${dark ? '-dark' : ''}.png`)
          await page.screenshot({ path: file, fullPage: true })
          // The first screenful too: what the README shows (docs/site.png is a copy, made on purpose).
          if (width === 1280) await page.screenshot({ path: file.replace('.png', '-top.png') })
          expect((await stat(file)).size).toBeGreaterThan(10_000)
          await page.context().close()
        }
      }
    }
  })
})
