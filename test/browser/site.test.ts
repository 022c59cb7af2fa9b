import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, type BuiltSite, timelineOf } from '../helpers/build-fixture.js'
import { launchChromium } from '../helpers/chromium.js'
import { problemsDuring } from '../helpers/problems-during.js'
import { resultHrefs } from '../helpers/result-hrefs.js'
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
    timeline = timelineOf(site)
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
      filter: timeline.views.facetPages[0]?.url ?? '/browse/',
      browse: '/browse/',
      map: '/map/',
      data: '/data/',
      methods: '/methods/',
      search: '/search/?q=drone',
      'not found': '/404.html',
    }
  })
  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  const open = async (url: string, options: { width?: number; javaScript?: boolean; dark?: boolean } = {}): Promise<Page> => {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      javaScriptEnabled: options.javaScript ?? true,
      colorScheme: options.dark ? 'dark' : 'light',
    })
    const page = await context.newPage()
    const response = await page.goto(served.origin + url)
    expect(response?.status(), url).toBe(url === '/404.html' ? 200 : 200)
    // The search page fills in its results with JavaScript: wait for them.
    if (url.startsWith('/search/?') && options.javaScript !== false) await page.locator('#search-results li').first().waitFor()
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

  describe('remembers the hide-context choice from page to page', () => {
    const KEY = 'salvo:hide-context'
    /** Notes, as the parser adds the first context lane to the page, whether it is already hidden: before it can be drawn. */
    const watchFirstLane = (): void => {
      const w = window as unknown as { firstLane: string | null }
      w.firstLane = null
      new MutationObserver((_, observer) => {
        const lane = document.querySelector('.lane--context')
        if (lane === null) return
        w.firstLane = getComputedStyle(lane).display
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
    }
    const firstLane = (page: Page): Promise<string | null> => page.evaluate(() => (window as unknown as { firstLane: string | null }).firstLane)
    const hidden = async (page: Page): Promise<boolean> => !(await page.locator('.lane--context').first().isVisible())
    const otherPage = (): string =>
      timeline.views.places.find((p) => timeline.events.some((e) => e.type !== 'attack' && e.location?.name === p.name))?.url ?? '/newest-first/'

    it('hides context on the next page, before its timeline is drawn, and shows it again once unchecked', async () => {
      const context = await browser.newContext()
      await context.addInitScript(watchFirstLane)
      const page = await context.newPage()
      const problems = await problemsDuring(page, async () => {
        await page.goto(served.origin + '/')
        expect(await firstLane(page)).not.toBe('none')
        await page.locator('#hide-context').check()
        expect(await hidden(page)).toBe(true)

        // Another kind of page with the box: the choice holds, and the lane was never drawn.
        await page.goto(served.origin + otherPage())
        await expect(page.locator('#hide-context').isChecked()).resolves.toBe(true)
        expect(await hidden(page)).toBe(true)
        expect(await firstLane(page)).toBe('none')
        await page.goto(served.origin + '/newest-first/')
        expect(await firstLane(page)).toBe('none')
        await expect(page.locator('#hide-context').isChecked()).resolves.toBe(true)

        // Showing it again is remembered too.
        await page.locator('#hide-context').uncheck()
        await page.goto(served.origin + '/')
        await expect(page.locator('#hide-context').isChecked()).resolves.toBe(false)
        expect(await firstLane(page)).not.toBe('none')
        expect(await hidden(page)).toBe(false)
      })
      expect(problems).toEqual([])
      await context.close()
    })

    it('takes a choice made in another tab', async () => {
      const context = await browser.newContext()
      const [one, two] = [await context.newPage(), await context.newPage()]
      await one.goto(served.origin + '/')
      await two.goto(served.origin + otherPage())
      await two.locator('#hide-context').check()
      await one.waitForFunction(() => (document.getElementById('hide-context') as HTMLInputElement).checked)
      expect(await hidden(one)).toBe(true)
      await context.close()
    })

    it('still hides with the box alone, on each page, where storage is refused', async () => {
      const context = await browser.newContext()
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The user denied storage.', 'SecurityError')
          },
        })
      })
      const page = await context.newPage()
      const problems = await problemsDuring(page, async () => {
        await page.goto(served.origin + '/')
        await page.locator('#hide-context').check()
        expect(await hidden(page)).toBe(true)
        await page.goto(served.origin + '/newest-first/')
        await expect(page.locator('#hide-context').isChecked()).resolves.toBe(false)
        expect(await hidden(page)).toBe(false)
      })
      expect(problems).toEqual([])
      await context.close()
    })

    it('without JavaScript, every page starts as it always has, context shown, whatever was remembered', async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        storageState: { cookies: [], origins: [{ origin: served.origin, localStorage: [{ name: KEY, value: 'hide' }] }] },
      })
      const page = await context.newPage()
      await page.goto(served.origin + '/')
      await expect(page.locator('#hide-context').isChecked()).resolves.toBe(false)
      expect(await hidden(page)).toBe(false)
      await context.close()
    })
  })

  it('shows a statement with a neutral label, not in the colours of a confirmed status', async () => {
    const page = await open('/')
    const statement = page.locator('.entry--statement .badge').first()
    await expect(statement.textContent()).resolves.toBe('“ Statement')
    const confirmed = page.locator('.badge--confirmed').first()
    const colours = (l: typeof statement): Promise<string[]> =>
      l.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor, getComputedStyle(el).borderTopColor])
    const [neutral, green] = [await colours(statement), await colours(confirmed)]
    for (const i of [0, 1, 2]) expect(neutral[i]).not.toBe(green[i])
    await page.context().close()
  })

  it('reaches every link and control of the home page with Tab alone, in order, each with a visible focus style', async () => {
    const page = await open('/')
    const focusable = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('a[href], input, button, select, textarea, summary, [tabindex]:not([tabindex="-1"])'))
        // What a reader can reach: rendered, and not inside a closed <details>.
        .filter((el) => el.checkVisibility())
        .map((el) => el.outerHTML.slice(0, 120)),
    )
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

  it.each([
    ['light', false],
    ['dark', true],
  ] as const)('has no axe-core violations on any page type in the %s theme', async (_, dark) => {
    const failures: string[] = []
    for (const [name, url] of Object.entries(pageTypes)) {
      {
        const page = await open(url, { dark })
        await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')))
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
        for (const v of result.violations)
          failures.push(`${name} (${dark ? 'dark' : 'light'}) ${url}: ${v.id} ${v.help} [${v.nodes.map((n) => n.target.join(' ')).join('; ')}]`)
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
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => resolve(total), 500)
        }),
    )
    expect(shift).toBeLessThan(0.01)
    await page.context().close()
  })

  it('transfers the home page with all its assets in under 100 KB, loading nothing of the search index', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    let bytes = 0
    const urls: string[] = []
    // Every request, answered or not: a response whose body could not be read is not counted in `urls`.
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    page.on(
      'response',
      (response) =>
        void response.body().then(
          (body) => {
            bytes += body.length
            urls.push(response.url())
          },
          () => undefined,
        ),
    )
    await page.goto(served.origin + '/', { waitUntil: 'networkidle' })
    expect(urls.some((u) => u.endsWith('/style.css'))).toBe(true)
    expect(urls.some((u) => u.endsWith('/search.js'))).toBe(true)
    expect(urls.filter((u) => u.includes('/pagefind/'))).toEqual([])
    expect(requested).toContain(`${served.origin}/`)
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([])
    expect(bytes).toBeGreaterThan(5_000)
    expect(bytes).toBeLessThanOrEqual(100 * 1024)
    await context.close()
  })

  it('searches from the box on any page, with results that lead to the event', async () => {
    const page = await open('/map/')
    const problems = await problemsDuring(page, async () => {
      await page.getByRole('searchbox', { name: 'Search events and articles' }).fill('Tanf')
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/search\/\?q=Tanf$/)
      await page.locator('#search-results li').first().waitFor()
    })
    expect(problems).toEqual([])
    await expect(page.locator('#search-status-line').textContent()).resolves.toMatch(/^\d+ results? for “Tanf”/)
    const tanf = timeline.events.find((e) => e.location?.id === 'al-tanf')
    const result = page.locator(`#search-results a[href="/events/${tanf?.id}/"]`)
    await expect(result.count()).resolves.toBe(1)
    await expect(page.locator('#search-results mark').first().textContent()).resolves.toMatch(/tanf/i)
    await result.click()
    expect(new URL(page.url()).pathname).toBe(`/events/${tanf?.id}/`)
    await page.context().close()
  })

  it('finds a thing where it lives, not through the words another page repeats: event names, merge reasons', async () => {
    const search = async (query: string): Promise<string[]> => {
      const page = await open('/search/')
      await page.fill('#search-query', query)
      await page.waitForFunction(() => /results? for|No results/.test(document.getElementById('search-status-line')?.textContent ?? ''))
      const hrefs = await resultHrefs(page)
      await page.context().close()
      return hrefs
    }
    // An event's name is its page's heading, and also the label of the links to it from every article that reports it.
    const reported = timeline.events.find((e) => e.reports.length > 1) ?? timeline.events[0]
    const byName = await search(`"${reported?.summary}"`)
    expect(byName).toContain(`/events/${reported?.id}/`)
    expect(byName.filter((href) => !href.startsWith('/events/'))).toEqual([])
    // Every merged event explains itself in the same words: they are for reading, not for finding.
    expect(timeline.events.some((e) => e.mergeReasons.some((r) => r.includes('the same type of event')))).toBe(true)
    expect(await search('"the same type of event"')).toEqual([])
  })

  it('narrows a search by status, site and group, with the values event pages mark for Pagefind', async () => {
    const page = await open('/search/?q=attack')
    const hrefs = async (): Promise<string[]> => (await resultHrefs(page)).sort()
    const settle = async (): Promise<void> => {
      await page.waitForFunction(
        () =>
          !/Searching/.test(document.getElementById('search-status-line')?.textContent ?? '') &&
          !/^Type/.test(document.getElementById('search-status-line')?.textContent ?? ''),
      )
    }
    const matching = (keep: (e: Timeline['events'][number]) => boolean): string[] =>
      timeline.events
        .filter(keep)
        .map((e) => `/events/${e.id}/`)
        .sort()

    await page.fill('#search-query', '')
    await page.selectOption('#search-status', 'Confirmed')
    await page.waitForURL(/status=Confirmed/)
    await settle()
    // A statement shows no status, so no status finds it.
    expect(await hrefs()).toEqual(matching((e) => e.status === 'confirmed' && e.type !== 'statement'))

    await page.selectOption('#search-status', '')
    const place = timeline.views.places.find((p) => p.attacks > 1) ?? timeline.views.places[0]
    await page.selectOption('#search-site', place?.name ?? '')
    await page.waitForURL(/site=/)
    await settle()
    expect(await hrefs()).toEqual(matching((e) => e.location?.name === place?.name))

    await page.selectOption('#search-site', '')
    const group = timeline.views.groups[0]
    await page.selectOption('#search-group', group?.name ?? '')
    await page.waitForURL(/group=/)
    await settle()
    expect(await hrefs()).toEqual(matching((e) => e.actors.includes(group?.name ?? '')))
    await page.context().close()
  })

  it('without JavaScript, the search box leads to the filter pages, which say the words were not searched', async () => {
    const page = await open('/', { javaScript: false })
    await page.getByRole('searchbox', { name: 'Search events and articles' }).fill('Tanf')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/browse\/\?q=Tanf#not-searched$/)
    await expect(page.locator('h1').textContent()).resolves.toBe('Filter the timeline')
    await expect(page.locator('#not-searched').isVisible()).resolves.toBe(true)
    const search = await open('/search/', { javaScript: false })
    await expect(search.locator('#search-status-line a[href="/browse/"]').count()).resolves.toBe(1)
    await page.context().close()
    await search.context().close()
  })

  it('breaks no rule of its Content-Security-Policy on any page type, and no script fails', async () => {
    const found: string[] = []
    for (const [name, url] of Object.entries(pageTypes)) {
      const context = await browser.newContext()
      const page = await context.newPage()
      for (const problem of await problemsDuring(page, async () => {
        await page.goto(served.origin + url, { waitUntil: 'networkidle' })
      }))
        found.push(`${name}: ${problem}`)
      await context.close()
    }
    expect(found).toEqual([])
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
    for (const [name, url] of [
      ['home', '/'],
      ['event', pageTypes.event ?? '/'],
      ['search', pageTypes.search ?? '/search/'],
    ] as const) {
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
