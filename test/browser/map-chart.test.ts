// The map and the chart in a real Chromium, with JavaScript off, on real builds of synthetic corpora: one of
// 600 articles over two years with regions among its places (the map at scale, the chart by week), and one
// of a week. Labels are measured where the browser draws them, in its own font.
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../scripts/bench/generate-corpus.js'
import { buildFixture, timelineOf, type BuiltSite } from '../helpers/build-fixture.js'
import { launchChromium } from '../helpers/chromium.js'
import { serveSite, type ServedSite } from '../helpers/serve-site.js'

const SHOTS = 'test-results'

interface Rect {
  text: string
  left: number
  top: number
  right: number
  bottom: number
}
interface Disc {
  title: string
  x: number
  y: number
  r: number
}

/** Builds `count` synthetic articles with `options` into a served site. */
async function servedCorpus(count: number, options: Parameters<typeof generateCorpus>[3]): Promise<{ site: BuiltSite; served: ServedSite }> {
  const seeds = path.join(await mkdtemp(path.join(tmpdir(), 'salvo-map-')), 'seeds')
  await generateCorpus(seeds, count, undefined, options)
  const site = await buildFixture(seeds)
  return { site, served: await serveSite(path.join(site.dir, '_site')) }
}

/** Pairs of boxes that overlap by more than half a pixel. */
function overlaps(boxes: Rect[]): string[] {
  const found: string[] = []
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) found.push(`"${a.text}" | "${b.text}"`)
  return found
}

/** Labels that reach into a circle by more than half a pixel. */
function intoCircles(boxes: Rect[], discs: Disc[]): string[] {
  return boxes.flatMap((b) =>
    discs.flatMap((d) => {
      const dx = Math.max(b.left - d.x, 0, d.x - b.right)
      const dy = Math.max(b.top - d.y, 0, d.y - b.bottom)
      return Math.hypot(dx, dy) < d.r - 0.5 ? [`"${b.text}" | circle "${d.title}"`] : []
    }),
  )
}

describe('the map and the chart in a browser, without JavaScript', () => {
  let browser: Browser
  let scale: { site: BuiltSite; served: ServedSite }
  let week: { site: BuiltSite; served: ServedSite }

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true })
    scale = await servedCorpus(600, { days: 730, areas: true })
    week = await servedCorpus(40, { days: 7 })
    browser = await launchChromium()
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
    await scale?.served.close()
    await week?.served.close()
  })

  const open = async (origin: string, url: string, width: number): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(origin + url)
    expect(response?.status(), url).toBe(200)
    return page
  }

  /** What the map shows at this width: its visible layer's labels and circles, the key's circles, and sizes. */
  const readMap = (page: Page) =>
    page.evaluate(() => {
      // checkVisibility() does not see an SVG group hidden by display: none; the computed style up the tree does.
      const shown = (el: Element | null): boolean => el === null || (getComputedStyle(el).display !== 'none' && shown(el.parentElement))
      const rect = (el: Element, text: string) => {
        const b = el.getBoundingClientRect()
        return { text, left: b.left, top: b.top, right: b.right, bottom: b.bottom }
      }
      const disc = (el: Element) => {
        const b = el.getBoundingClientRect()
        return {
          title: el.closest('a')?.getAttribute('aria-label') ?? '',
          href: el.closest('a')?.getAttribute('href') ?? '',
          x: (b.left + b.right) / 2,
          y: (b.top + b.bottom) / 2,
          r: b.width / 2,
        }
      }
      const svg = document.querySelector('.map__svg') as SVGSVGElement
      const layers = Array.from(svg.querySelectorAll('.map__layer')).filter(shown)
      return {
        layers: layers.map((l) => l.getAttribute('class')),
        svg: rect(svg, 'map'),
        labels: layers.flatMap((l) => Array.from(l.querySelectorAll('text')).map((t) => rect(t, t.textContent ?? ''))),
        circles: layers.flatMap((l) => Array.from(l.querySelectorAll('circle')).map(disc)),
        key: Array.from(document.querySelectorAll('.map__key-circles'))
          .filter(shown)
          .flatMap((k) =>
            Array.from(k.querySelectorAll('circle')).map((c, i) => ({
              ...disc(c),
              value: Number(k.querySelectorAll('text')[i]?.textContent?.match(/^\d+/)?.[0]),
            })),
          ),
        scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }
    })

  for (const width of [360, 1440]) {
    it(`draws the map at ${width} px: one layer, every circle labelled, no label on another label or a circle, circles on the key's scale`, async () => {
      const timeline = timelineOf(scale.site)
      const busiest = timeline.views.maps.filter((m) => m.month !== null).sort((a, b) => b.places.length - a.places.length)[0]
      for (const url of ['/map/', busiest?.url ?? '/map/']) {
        const page = await open(scale.served.origin, url, width)
        const map = await readMap(page)
        expect(map.layers, url).toHaveLength(1)
        expect(map.scroll, url).toBeLessThanOrEqual(0)
        // As wide as the page lets it be, up to 56rem: not a fixed 640 px.
        expect(map.svg.right - map.svg.left, url).toBeCloseTo(width === 360 ? 328 : 896, 0)
        expect(overlaps(map.labels), url).toEqual([])
        expect(intoCircles(map.labels, map.circles), url).toEqual([])
        for (const label of map.labels) {
          expect(label.left, `${label.text} on ${url}`).toBeGreaterThanOrEqual(map.svg.left - 0.5)
          expect(label.right, `${label.text} on ${url}`).toBeLessThanOrEqual(map.svg.right + 0.5)
        }
        // Each circle is labelled: its link holds its label.
        const labelled = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.map__svg .map__layer'))
            .filter((l) => l.checkVisibility())
            .flatMap((l) => Array.from(l.querySelectorAll('a')).filter((a) => a.querySelector('circle') && !a.querySelector('text')?.textContent)),
        )
        expect(labelled, url).toEqual([])
        // Circle area ∝ attacks, on the key's scale: r² per attack is the same for the key and for every single place.
        const perAttack = (r: number, n: number): number => (r * r) / n
        const unit = perAttack(map.key[0]?.r ?? 0, map.key[0]?.value ?? 1)
        expect(map.key.length, url).toBeGreaterThan(0)
        for (const k of map.key) expect(perAttack(k.r, k.value) / unit).toBeCloseTo(1, 1)
        const singles = map.circles.filter((c) => c.href.startsWith('/sites/') && /: \d+ attacks?/.test(c.title))
        expect(singles.length, url).toBeGreaterThan(0)
        for (const c of singles) expect(perAttack(c.r, Number(c.title.match(/: (\d+) attacks?/)?.[1])) / unit, c.title).toBeCloseTo(1, 1)
        await page.screenshot({ path: path.join(SHOTS, `map${url === '/map/' ? '' : '-month'}-${width}.png`), fullPage: true })
        await page.context().close()
      }
    })
  }

  it('draws a region as an area, labelled, and groups of places as one circle whose link lists them under the map', async () => {
    const page = await open(scale.served.origin, '/map/', 1440)
    const areas = await page.locator('.map__svg path.map__area').count()
    expect(areas).toBeGreaterThan(0)
    const areaLabels = await page.locator('.map__layer--3 .map__label--area').allTextContents()
    expect(areaLabels.length).toBeGreaterThan(0)
    const group = page.locator('.map__layer--3 a[href^="#g3-"]').first()
    const target = (await group.getAttribute('href')) ?? ''
    await group.click()
    expect(new URL(page.url()).hash).toBe(target)
    const item = page.locator(`li${target}`)
    expect(await item.isVisible()).toBe(true)
    expect(await item.locator('a[href^="/sites/"]').count()).toBeGreaterThan(1)
    await page.context().close()
  })

  /** The chart's visible labels (the axis shown at this width, and the scale's), its box and the page's sideways scroll. */
  const readChart = (page: Page) =>
    page.evaluate(() => {
      const svg = document.querySelector('.chart__svg') as SVGSVGElement
      const box = svg.getBoundingClientRect()
      const shown = (el: Element | null): boolean => el === null || (getComputedStyle(el).display !== 'none' && shown(el.parentElement))
      return {
        svg: { left: box.left, right: box.right },
        axes: Array.from(svg.querySelectorAll('.chart__ticks')).filter(shown).length,
        labels: Array.from(svg.querySelectorAll('.chart__label'))
          .filter(shown)
          .map((t) => {
            const b = t.getBoundingClientRect()
            return { text: t.textContent ?? '', left: b.left, top: b.top, right: b.right, bottom: b.bottom }
          }),
        bars: svg.querySelectorAll('.chart__bar').length,
        rows: document.querySelectorAll('.chart__data tbody tr').length,
        heading: document.querySelector('.chart figcaption strong')?.textContent ?? '',
        scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }
    })

  for (const [name, which, unit] of [
    ['a week', () => week, 'day'],
    ['two years', () => scale, 'week'],
  ] as const) {
    it(`draws the chart of ${name} by ${unit} at 360, 800 and 1,440 px with no axis labels touching, whole on a phone, with its table`, async () => {
      const { site, served } = which()
      const chart = timelineOf(site).views.chart
      expect(chart?.unit).toBe(unit)
      if (name === 'a week') expect(chart?.days).toBeGreaterThanOrEqual(5)
      if (name === 'two years') expect(chart?.days).toBeGreaterThan(600)
      for (const width of [360, 800, 1440]) {
        const page = await open(served.origin, '/', width)
        const seen = await readChart(page)
        expect(seen.heading).toBe(`Attacks per ${unit}.`)
        expect(seen.axes).toBe(1)
        expect(seen.scroll, `${width} px`).toBeLessThanOrEqual(0)
        expect(seen.labels.length, `${width} px`).toBeGreaterThanOrEqual(3)
        expect(overlaps(seen.labels), `${width} px`).toEqual([])
        const ticks = seen.labels.slice(1)
        for (const [i, t] of ticks.entries()) if (i > 0) expect(t.left - (ticks[i - 1]?.right ?? 0), `${t.text} at ${width} px`).toBeGreaterThan(4)
        for (const label of seen.labels) {
          expect(label.left, `${label.text} at ${width} px`).toBeGreaterThanOrEqual(seen.svg.left - 0.5)
          expect(label.right, `${label.text} at ${width} px`).toBeLessThanOrEqual(seen.svg.right + 0.5)
        }
        expect(seen.rows).toBe(seen.bars)
        await page.locator('.chart').screenshot({ path: path.join(SHOTS, `chart-${name.replace(' ', '-')}-${width}.png`) })
        await page.context().close()
      }
    })
  }

  it('breaks no accessibility rule on the maps and an outlet’s table at scale, in either theme', async () => {
    const timeline = timelineOf(scale.site)
    const month = timeline.views.maps.find((m) => m.month !== null)?.url ?? '/map/'
    const outlet = timeline.views.outletPages.find((o) => o.comparison.length > 0)?.url ?? '/sources/'
    const found: string[] = []
    for (const [url, width, dark] of [
      ['/map/', 360, false],
      ['/map/', 1280, true],
      [month, 1280, false],
      [month, 360, true],
      [outlet, 360, false],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' })
      const page = await context.newPage()
      await page.goto(scale.served.origin + url)
      for (const v of (await new AxeBuilder({ page }).analyze()).violations)
        found.push(`${url} ${dark ? 'dark' : 'light'} ${width}: ${v.id} (${v.nodes.length})`)
      await context.close()
    }
    expect(found).toEqual([])
  }, 240_000)

  it('serves a favicon that every page names, so no page asks for a missing /favicon.ico', async () => {
    const page = await open(week.served.origin, '/', 1280)
    const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href))
    expect(icons.map((u) => new URL(u).pathname)).toEqual(['/favicon.ico', '/favicon.svg'])
    for (const icon of [...icons, `${week.served.origin}/favicon.ico`]) {
      const response = await page.request.get(icon)
      expect(response.status(), icon).toBe(200)
      expect((await response.body()).length).toBeGreaterThan(100)
    }
    await page.context().close()
  })

  it('shows an outlet’s claims against the record on a phone without cutting a column or squeezing an event’s name into a narrow column', async () => {
    const outlet = timelineOf(scale.site).views.outletPages.find((o) => o.comparison.length > 3)
    const page = await open(scale.served.origin, outlet?.url ?? '/sources/', 360)
    const seen = await page.evaluate(() => {
      const table = document.querySelector('table.compare') as HTMLTableElement
      const lineHeight = Number.parseFloat(getComputedStyle(document.querySelector('.compare__event a') as Element).lineHeight)
      return {
        scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        overflow: (table.parentElement as HTMLElement).scrollWidth - (table.parentElement as HTMLElement).clientWidth,
        cells: Array.from(table.querySelectorAll('tbody td'))
          .map((td) => td.getBoundingClientRect().right)
          .filter((right) => right > window.innerWidth).length,
        // The event's cell spans the row, and its name runs across it.
        narrowest: Math.min(
          ...Array.from(table.querySelectorAll('.compare__event')).map((td) => td.getBoundingClientRect().width / table.getBoundingClientRect().width),
        ),
        tallest: Math.max(...Array.from(table.querySelectorAll('.compare__event a')).map((a) => a.getBoundingClientRect().height / lineHeight)),
        labels: Array.from(table.querySelectorAll('tbody tr:first-child td[data-label]')).map((td) => getComputedStyle(td, '::before').content),
      }
    })
    expect(seen.scroll).toBeLessThanOrEqual(0)
    expect(seen.overflow).toBeLessThanOrEqual(0)
    expect(seen.cells).toBe(0)
    expect(seen.narrowest).toBeGreaterThan(0.95)
    expect(seen.tallest).toBeLessThanOrEqual(3.2)
    expect(seen.labels).toEqual(['"This outlet"', '"On the timeline"'])
    await page.screenshot({ path: path.join(SHOTS, 'outlet-360.png'), fullPage: true })
    await page.context().close()
  })
})
