import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compareEvents, type TimelineEvent } from '../../src/model/event.js'
import { stableJson } from '../../src/model/stable-json.js'
import { placeKey } from '../../src/model/place-key.js'
import { eventsCsv } from '../../src/render/events-csv.js'
import { eventsGeoJson } from '../../src/render/events-geojson.js'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, type BuiltSite, timelineOf } from '../helpers/build-fixture.js'
import { launchChromium } from '../helpers/chromium.js'
import { problemsDuring } from '../helpers/problems-during.js'
import { resultHrefs } from '../helpers/result-hrefs.js'
import { serveSite, type ServedSite } from '../helpers/serve-site.js'

/** Six weeks of the development corpus: enough sites, weapons and days for a range and two facets to narrow one another. */
const CORPUS = 'test/fixtures/dev/2023-oct-nov'

/** What the filter promises, restated here from the records: the event's days meet the range, and it has each chosen value. */
interface Choice {
  from?: string
  to?: string
  site?: string
  weapon?: string
  status?: string
}
const matches = (e: TimelineEvent, c: Choice): boolean =>
  (c.from === undefined || e.dateEnd >= c.from) &&
  (c.to === undefined || e.date <= c.to) &&
  (c.site === undefined || (e.location !== null && placeKey(e.location) === c.site)) &&
  (c.weapon === undefined || e.weapons.includes(c.weapon)) &&
  (c.status === undefined || (e.type !== 'statement' && e.status === c.status))

/** The hrefs of the filter's list, in the order shown, and the first day of each. */
const listed = async (page: Page): Promise<{ hrefs: string[]; days: string[] }> => ({
  hrefs: await page.locator('#filter-results .result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
  days: await page.locator('#filter-results time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? '')),
})

/** Clicks a download button and returns the file's name and text, as the browser saved it. */
const downloaded = async (page: Page, button: string): Promise<{ name: string; text: string }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  const file = await download.path()
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') }
}

describe('the filter on /browse/ in Chromium: a date range and facets combined, in date order, downloaded as the open data', () => {
  let site: BuiltSite
  let served: ServedSite
  let browser: Browser
  let timeline: Timeline
  /** A site, a weapon and a range that each leave out events the others keep. */
  let choice: Required<Pick<Choice, 'from' | 'to' | 'site' | 'weapon'>>
  let expected: TimelineEvent[]

  beforeAll(async () => {
    site = await buildFixture(CORPUS)
    timeline = timelineOf(site)
    served = await serveSite(path.join(site.dir, '_site'))
    browser = await launchChromium()
    // The site and weapon with the most events together such that the range, from after the first of them, and each facet narrow the list.
    const pairs = new Map<string, TimelineEvent[]>()
    for (const e of timeline.events)
      if (e.location !== null) for (const w of e.weapons) pairs.set(`${placeKey(e.location)} ${w}`, [...(pairs.get(`${placeKey(e.location)} ${w}`) ?? []), e])
    const count = (c: Choice): number => timeline.events.filter((e) => matches(e, c)).length
    const narrow = [...pairs]
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
      .flatMap(([key, together]) => {
        const [siteKey = '', weapon = ''] = key.split(' ')
        const first = together[0]
        const later = together.find((e) => first !== undefined && e.date > first.dateEnd)
        const last = together.at(-1)
        if (later === undefined || last === undefined) return []
        const c = { from: later.date, to: last.dateEnd, site: siteKey, weapon }
        const n = count(c)
        const { from, to, site: where, weapon: what } = c
        return n >= 2 && n < count({ site: where, weapon: what }) && n < count({ from, to, site: where }) && n < count({ from, to, weapon: what }) ? [c] : []
      })[0]
    if (narrow === undefined) throw new Error(`${CORPUS} has no site, weapon and range that each narrow the others' list.`)
    choice = narrow
    expected = timeline.events.filter((e) => matches(e, choice))
  })
  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  const open = async (url: string, options: { javaScript?: boolean; dark?: boolean; width?: number } = {}): Promise<Page> => {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScript ?? true,
      colorScheme: options.dark === true ? 'dark' : 'light',
      viewport: { width: options.width ?? 1280, height: 900 },
      acceptDownloads: true,
    })
    const page = await context.newPage()
    await page.goto(served.origin + url)
    return page
  }
  /** Waits until the status line reports what the list now holds. */
  const settled = (page: Page): Promise<unknown> =>
    page.waitForFunction(() => /match|Choose dates/.test(document.getElementById('filter-status-line')?.textContent ?? ''))

  it('the choice is narrow: the range and each facet leave out events the others keep', () => {
    expect(expected.length).toBeGreaterThanOrEqual(2)
    expect(expected.length).toBeLessThan(timeline.events.filter((e) => matches(e, { site: choice.site, weapon: choice.weapon })).length)
    expect(expected.length).toBeLessThan(timeline.events.filter((e) => matches(e, { from: choice.from, to: choice.to, site: choice.site })).length)
    expect(expected.length).toBeLessThan(timeline.events.filter((e) => matches(e, { from: choice.from, to: choice.to, weapon: choice.weapon })).length)
  })

  it('lists exactly the events within a range at a site with a weapon, in date order, and keeps the choice in the address', async () => {
    const page = await open('/browse/')
    const problems = await problemsDuring(page, async () => {
      await settled(page)
      await page.getByLabel('From').fill(choice.from)
      await page.getByLabel('To').fill(choice.to)
      await page.getByLabel('Site or place').selectOption(choice.site)
      await page.getByLabel('Weapon', { exact: true }).selectOption(choice.weapon)
      await page.waitForURL(/weapon=/)
    })
    expect(problems).toEqual([])
    const shown = await listed(page)
    expect(shown.hrefs).toEqual(expected.map((e) => `/events/${e.id}/`))
    expect(shown.days).toEqual([...shown.days].sort())
    expect(expected).toEqual([...expected].sort(compareEvents))
    await expect(page.locator('#filter-status-line').textContent()).resolves.toMatch(
      new RegExp(`^${expected.length} of ${timeline.events.length} events match, in date order: from `),
    )
    const address = new URL(page.url()).searchParams
    expect(Object.fromEntries(address)).toEqual({ from: choice.from, to: choice.to, site: choice.site, weapon: choice.weapon })

    // The address alone gives the same list: a link to a filtered view can be shared.
    const again = await open(`/browse/?${address}`)
    await again.locator('#filter-results li').first().waitFor()
    expect((await listed(again)).hrefs).toEqual(shown.hrefs)
    await expect(again.getByLabel('Weapon', { exact: true }).inputValue()).resolves.toBe(choice.weapon)

    // Clear empties the form, the list and the address.
    await again.getByRole('button', { name: 'Clear' }).click()
    await again.waitForURL(`${served.origin}/browse/`)
    await expect(again.locator('#filter-results').isVisible()).resolves.toBe(false)
    await again.context().close()
    await page.context().close()
  })

  it('lists facets alone in date order too, and says so when nothing matches or the range runs backwards', async () => {
    const status = timeline.events.some((e) => e.type !== 'statement' && e.status === 'reported') ? 'reported' : 'confirmed'
    const page = await open(`/browse/?status=${status}&weapon=${choice.weapon}`)
    await page.locator('#filter-results li').first().waitFor()
    const want = timeline.events.filter((e) => matches(e, { status, weapon: choice.weapon }))
    expect((await listed(page)).hrefs).toEqual(want.map((e) => `/events/${e.id}/`))

    await page.getByLabel('From').fill(choice.to)
    await page.getByLabel('To').fill(choice.from)
    await expect(page.locator('#filter-status-line').textContent()).resolves.toMatch(/is after the last.*no event can match/)
    await expect(page.locator('#filter-results').isVisible()).resolves.toBe(false)
    await expect(page.getByRole('button', { name: 'Download CSV' }).isDisabled()).resolves.toBe(true)
    await page.context().close()
  })

  it('downloads the listed events as CSV and GeoJSON: the rows and features of the published files, with their columns', async () => {
    const query = new URLSearchParams(choice)
    const page = await open(`/browse/?${query}`)
    await page.locator('#filter-results li').first().waitFor()
    const csv = await downloaded(page, 'Download CSV')
    // What was chosen, in the form's order.
    expect(csv.name).toBe(`salvo-events-from-${choice.from}-to-${choice.to}-weapon-${choice.weapon}-site-${choice.site}.csv`)
    // Byte for byte what the build writes for exactly these events: the published columns, cells and order.
    expect(csv.text).toBe(eventsCsv(expected, timeline.articles))
    const published = await site.read('data/events.csv')
    expect(csv.text.split('\r\n')[0]).toBe(published.split('\r\n')[0])
    expect(csv.text.split('\r\n').length).toBe(expected.length + 2)

    const geo = await downloaded(page, 'Download GeoJSON')
    expect(geo.name).toBe(csv.name.replace(/\.csv$/, '.geojson'))
    const parsed = JSON.parse(geo.text) as { type: string; dataAsOf?: string; features: { id: string; properties: Record<string, unknown> }[] }
    const publishedGeo = JSON.parse(await site.read('data/events.geojson')) as typeof parsed
    // The download is the published file cut to the listed events: its "data as of" day comes along.
    expect(publishedGeo.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(geo.text).toBe(stableJson({ ...eventsGeoJson(expected, timeline.articles), dataAsOf: publishedGeo.dataAsOf }))
    expect(parsed.type).toBe('FeatureCollection')
    expect(parsed.features.map((f) => f.id)).toEqual(expected.filter((e) => e.location?.lat != null && e.location.lon != null).map((e) => e.id))
    for (const feature of parsed.features) expect(Object.keys(feature.properties)).toEqual(Object.keys(publishedGeo.features[0]?.properties ?? {}))
    await expect(page.locator('#filter-download-status').textContent()).resolves.toMatch(/^Saved salvo-events-.*\.geojson: \d+ events?/)
    await page.context().close()
  })

  it('downloads every event, as published, before anything is chosen', async () => {
    const page = await open('/browse/')
    await settled(page)
    await expect(page.locator('#filter-results').isVisible()).resolves.toBe(false)
    const csv = await downloaded(page, 'Download CSV')
    expect(csv.name).toBe('salvo-events.csv')
    expect(csv.text).toBe(await site.read('data/events.csv'))
    await page.context().close()
  })

  it('offers every facet of the filter index that has a control, with the same values as the index links', async () => {
    const page = await open('/browse/')
    await settled(page)
    const sections = timeline.views.browse.map((s) => s.links.map((l) => ({ value: l.url.split('/').at(-2), label: l.label })))
    for (const facet of timeline.views.filter.facets) {
      expect(sections, facet.param).toContainEqual(facet.options.map((o) => ({ value: o.value, label: o.label })))
      const options = await page.locator(`select[name="${facet.param}"] option`).evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value))
      expect(options, facet.param).toEqual(['', ...facet.options.map((o) => o.value)])
    }
    expect(timeline.views.filter.facets.map((f) => f.param)).toEqual(expect.arrayContaining(['site', 'group', 'weapon', 'status', 'type', 'country']))
    await page.context().close()
  })

  it('with filters alone, the search page lists events in date order, and leads to the same choice here', async () => {
    const page = await open('/search/?status=Reported')
    await page.waitForFunction(() => /in date order|No events/.test(document.getElementById('search-status-line')?.textContent ?? ''))
    const want = timeline.events.filter((e) => matches(e, { status: 'reported' }))
    expect(await resultHrefs(page)).toEqual(want.slice(0, 50).map((e) => `/events/${e.id}/`))
    await page.locator('#search-status-line a').click()
    await page.waitForURL(`${served.origin}/browse/?status=reported`)
    await page.locator('#filter-results li').first().waitFor()
    expect((await listed(page)).hrefs).toEqual(want.map((e) => `/events/${e.id}/`))
    await page.context().close()
  })

  it('without JavaScript, the page is the filter index as before, and words sent to it say they were not searched', async () => {
    const page = await open('/browse/', { javaScript: false })
    await expect(page.locator('#filter').isVisible()).resolves.toBe(false)
    await expect(page.locator('#not-searched').isVisible()).resolves.toBe(false)
    const links = timeline.views.browse.flatMap((s) => s.links.map((l) => l.url))
    expect(await page.locator('.browse a').evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(links)

    // The box in the header, typed into here: the words arrive, and the page says what became of them.
    await page.getByRole('searchbox', { name: 'Search events and articles' }).fill('Tanf')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${served.origin}/browse/?q=Tanf#not-searched`)
    await expect(page.locator('#not-searched').isVisible()).resolves.toBe(true)
    await expect(page.locator('#not-searched').textContent()).resolves.toMatch(
      /^Your words were not searched: search runs in the browser, so it needs JavaScript/,
    )
    await expect(page.locator('.browse a').first().isVisible()).resolves.toBe(true)

    // The search page's own form does the same.
    const search = await open('/search/', { javaScript: false })
    await search.getByLabel('Words to find').fill('drone')
    await search.getByRole('button', { name: 'Search', exact: true }).last().click()
    await search.waitForURL(/\/browse\/\?q=drone&status=&site=&group=#not-searched$/)
    await expect(search.locator('#not-searched').isVisible()).resolves.toBe(true)
    await search.context().close()
    await page.context().close()
  })

  it('with JavaScript, an address with words (made without it) goes on to the search page', async () => {
    const page = await open('/browse/?q=Tanf#not-searched')
    await page.waitForURL(`${served.origin}/search/?q=Tanf`)
    await page.locator('#search-results li').first().waitFor()
    await page.context().close()
  })

  it('breaks no accessibility rule, filtered, in either theme, and fits 360 px', async () => {
    const failures: string[] = []
    for (const dark of [false, true]) {
      const page = await open(`/browse/?${new URLSearchParams(choice)}`, { dark })
      await page.locator('#filter-results li').first().waitFor()
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
      for (const v of result.violations) failures.push(`${dark ? 'dark' : 'light'}: ${v.id} ${v.help} [${v.nodes.map((n) => n.target.join(' ')).join('; ')}]`)
      await page.context().close()
    }
    expect(failures).toEqual([])
    const narrow = await open(`/browse/?${new URLSearchParams(choice)}`, { width: 360 })
    await narrow.locator('#filter-results li').first().waitFor()
    const [scrollWidth, clientWidth] = await narrow.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth ?? 0)
    await narrow.context().close()
  })
})

describe('the filter under a path prefix (npm run build -- --site-url https://example.org/salvo/)', () => {
  let site: BuiltSite
  let served: ServedSite
  let browser: Browser
  beforeAll(async () => {
    site = await buildFixture('seeds', { site: { siteUrl: 'https://example.org/salvo/' } })
    served = await serveSite(path.join(site.dir, '_site'), { prefix: '/salvo/' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  it('loads its events and the open data from under the prefix, and links there', async () => {
    const timeline = timelineOf(site)
    const attacks = timeline.events.filter((e) => e.type === 'attack')
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    const problems = await problemsDuring(page, async () => {
      await page.goto(`${served.origin}/salvo/browse/?type=attack`)
      await page.locator('#filter-results li').first().waitFor()
    })
    expect(problems).toEqual([])
    expect((await listed(page)).hrefs).toEqual(attacks.map((e) => `/salvo/events/${e.id}/`))
    const csv = await downloaded(page, 'Download CSV')
    expect(csv.text).toBe(eventsCsv(attacks, timeline.articles))
    await context.close()
  })
})
