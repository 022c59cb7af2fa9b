import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, timelineOf } from '../helpers/build-fixture.js'
import { launchChromium } from '../helpers/chromium.js'
import { NEWEST_ARCHIVED, NEWEST_DAY, NEWEST_URL, readerCorpus } from '../helpers/reader-corpus.js'
import { serveSite, type ServedSite } from '../helpers/serve-site.js'

/** What a page's furniture says: none of it may open or fill a search excerpt. */
const FURNITURE = [
  '✓',
  '◆',
  '✕',
  '○',
  'What the reports say',
  'according to',
  'Original:',
  'Archived copy:',
  'Back to the timeline',
  'Why these reports are one event',
]

/** Search excerpts and printed addresses, in Chromium, on a build whose newest article has an archived copy. */
describe('search excerpts and printed addresses in a browser', () => {
  let served: ServedSite
  let browser: Browser
  let timeline: Timeline
  beforeAll(async () => {
    const site = await buildFixture(readerCorpus())
    timeline = timelineOf(site)
    served = await serveSite(path.join(site.dir, '_site'))
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  it("draws an event's excerpts from its summary and sentences, never from its furniture, and keeps its date and filters", async () => {
    const page = await browser.newPage()
    await page.goto(`${served.origin}/search/`)
    // A string, not a function: the test runner would rewrite the dynamic import in a function's source.
    const queries = ['drone', 'drones', 'Tanf', 'rockets', 'attack', 'confirmed', 'militia']
    const results = (await page.evaluate(`(async () => {
      const pagefind = await import('${served.origin}/pagefind/pagefind.js')
      const found = []
      for (const q of ${JSON.stringify(queries)}) for (const r of (await pagefind.search(q)).results) found.push({ q, ...(await r.data()) })
      return found
    })()`)) as { q: string; url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }[]
    await page.close()
    const events = results.filter((r) => r.url.startsWith('/events/'))
    expect(events.length).toBeGreaterThan(10)
    for (const r of events) {
      const text = r.excerpt.replace(/<\/?mark>/g, '')
      for (const word of FURNITURE) expect(text, `${r.q} → ${r.url}: ${text}`).not.toContain(word)
      expect(r.meta.kind, r.url).toBe('Event')
      expect(r.meta.date, r.url).toMatch(/\d{4}$/)
      const event = timeline.events.find((e) => r.url === `/events/${e.id}/`)
      if (event !== undefined && event.type !== 'statement') expect(r.filters.status, r.url).toHaveLength(1)
    }
    // "confirmed" is a badge on nearly every page; only a sentence that says it may find it now.
    const quoted = (id: string): string =>
      timeline.events
        .find((e) => `/events/${e.id}/` === id)
        ?.reports.map((x) => x.quote)
        .join(' ') ?? ''
    for (const r of events.filter((x) => x.q === 'confirmed')) expect(quoted(r.url).toLowerCase(), r.url).toMatch(/confirm/)
  })

  it("prints each report's original and archived addresses after their links", async () => {
    const newest = timeline.articles.find((a) => a.date === NEWEST_DAY)
    const event = timeline.events.find((e) => e.reports.some((r) => r.article === newest?.path))
    const page = await browser.newPage()
    await page.goto(`${served.origin}/events/${event?.id}/`)
    await page.emulateMedia({ media: 'print' })
    const after = await page.$$eval('.report__links a', (links) => links.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]))
    expect(after.map(([href]) => href)).toEqual(expect.arrayContaining([NEWEST_URL, NEWEST_ARCHIVED]))
    for (const [, content] of after) expect(content).toMatch(/^" \(" attr\(href\) "\)"$|https?:\/\//)
    await page.emulateMedia({ media: 'screen' })
    const onScreen = await page.$$eval('.report__links a', (links) => links.map((a) => getComputedStyle(a, '::after').content))
    expect(new Set(onScreen)).toEqual(new Set(['none']))
    await page.close()
  })
})
