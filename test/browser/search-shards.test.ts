import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, type BuiltSite, timelineOf } from '../helpers/build-fixture.js'
import { launchChromium } from '../helpers/chromium.js'
import { resultHrefs } from '../helpers/result-hrefs.js'
import { serveSite, type ServedSite } from '../helpers/serve-site.js'

/** The seeds with two held-out corpora: enough months of articles to shard the index when shards are small. */
function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-shards-'))
  for (const from of ['seeds', 'test/fixtures/unseen', 'test/fixtures/unseen-2'])
    cpSync(from, dir, { recursive: true, filter: (file) => !/README|\.yaml$/.test(path.basename(file)) })
  return dir
}

describe('a search index in shards, in Chromium', () => {
  let browser: Browser
  let site: BuiltSite
  let served: ServedSite
  let timeline: Timeline
  let shards: string[]
  beforeAll(async () => {
    browser = await launchChromium()
    // Shards of at least 8 pages on average: the same code that splits 10,000 articles by month splits these few.
    site = await buildFixture(corpus(), { build: { searchShardPages: 8 } })
    expect(site.result.ok).toBe(true)
    timeline = timelineOf(site)
    shards = (JSON.parse(await site.read('pagefind/shards.json')) as { shards: string[] }).shards
    served = await serveSite(path.join(site.dir, '_site'))
  }, 120_000)
  afterAll(async () => {
    await served?.close()
    await browser?.close()
  })

  it('splits the index into shards by period beside the main bundle', () => {
    expect(shards.length).toBeGreaterThan(1)
    for (const key of shards) expect(key).toMatch(/^\d{4}-\d{2}-(01|16)$/)
    expect(site.log.join('\n')).toMatch(new RegExp(`search index of ${site.result.searchPages} pages in ${shards.length + 1} shards`))
  })

  it('finds pages in every shard, filters across them, and counts each page once', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // With words, so that Pagefind runs: filters alone list events from the filter page's data instead (public/search.js).
    // A statement shows no status, so the status filter does not find it.
    const confirmedEvents = timeline.events.filter((e) => e.status === 'confirmed' && e.type !== 'statement')
    // The index holds an event's summary and quoted sentences, not its badges: search a word most of them use, and
    // expect exactly the confirmed events whose text has it.
    const words = (e: (typeof confirmedEvents)[number]): string[] => `${e.summary} ${e.reports.map((r) => r.quote).join(' ')}`.toLowerCase().split(/[^a-z]+/)
    const word = 'the'
    await page.goto(`${served.origin}/search/?q=${word}&status=Confirmed`)
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status-line')?.textContent ?? ''))
    const hrefs = await resultHrefs(page)
    const confirmed = confirmedEvents.map((e) => `/events/${e.id}/`)
    const withWord = confirmed.filter((_, i) => words(confirmedEvents[i]!).includes(word))
    // Each page once, every one a confirmed event, and every confirmed event whose quoted text has the word (others may
    // have it in other text the index holds, such as a merge reason).
    expect(withWord.length).toBeGreaterThan(1)
    expect(new Set(hrefs).size).toBe(hrefs.length)
    expect(hrefs.filter((h) => !confirmed.includes(h))).toEqual([])
    expect(withWord.filter((h) => !hrefs.includes(h))).toEqual([])
    // Confirmed events from more than one month: the results came from more than one shard.
    expect(new Set(confirmedEvents.map((e) => e.date.slice(0, 7))).size).toBeGreaterThan(1)
    // A word from an article in the latest shard, and one from the main bundle's pages (an outlet page).
    const latest = timeline.articles.filter((a) => a.date >= (shards.at(-1) ?? '')).at(-1)
    await page.goto(`${served.origin}/search/?q=${encodeURIComponent(latest?.title.split(' ').slice(0, 4).join(' ') ?? '')}`)
    await page.locator(`#search-results a[href="/articles/${latest?.slug}/"]`).first().waitFor()
    // An outlet page has no day, so the main bundle holds it; its name is all the page gives the index. The outlet
    // with the fewest articles, so its page is not crowded out of the results by theirs.
    const articlesOf = (slug: string): number => timeline.articles.filter((a) => a.sourceSlug === slug).length
    const outlet = [...timeline.views.outlets].sort((a, b) => articlesOf(a.slug) - articlesOf(b.slug))[0]
    expect(outlet).toBeDefined()
    await page.goto(`${served.origin}/search/?q=${encodeURIComponent(outlet?.name ?? '')}`)
    await page.locator(`#search-results a[href="/sources/${outlet?.slug}/"]`).first().waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
