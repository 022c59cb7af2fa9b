import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, type BuiltSite, timelineOf } from '../helpers/build-fixture.js'
import { launchChromium } from '../helpers/chromium.js'
import { problemsDuring } from '../helpers/problems-during.js'
import { serveSite, type ServedSite } from '../helpers/serve-site.js'

describe('the site in Chromium, hosted in a subfolder and opened from disk', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  describe('served at /salvo/ (npm run build -- --site-url https://example.org/salvo/)', () => {
    let site: BuiltSite
    let served: ServedSite
    let timeline: Timeline
    beforeAll(async () => {
      site = await buildFixture('seeds', { site: { siteUrl: 'https://example.org/salvo/' } })
      timeline = timelineOf(site)
      served = await serveSite(path.join(site.dir, '_site'), { prefix: '/salvo/' })
    })
    afterAll(async () => {
      await served?.close()
    })

    it('searches with Pagefind under the prefix, and its results lead to the event', async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      const event = timeline.events.find((e) => e.location?.id === 'al-tanf')
      const problems = await problemsDuring(page, async () => {
        await page.goto(`${served.origin}/salvo/`)
        await page.getByRole('searchbox', { name: 'Search events and articles' }).fill('Tanf')
        await page.keyboard.press('Enter')
        await page.waitForURL(`${served.origin}/salvo/search/?q=Tanf`)
        await page.locator(`#search-results a[href="/salvo/events/${event?.id}/"]`).click()
        await page.waitForURL(`${served.origin}/salvo/events/${event?.id}/`)
      })
      expect(problems).toEqual([])
      await expect(page.locator('h1').textContent()).resolves.toBe(event?.summary)
      // The stylesheet came from under the prefix too.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.masthead') ?? document.body).borderBottomStyle)).toBe('solid')
      await context.close()
    })
  })

  describe('opened from disk (npm run build -- --relative)', () => {
    let site: BuiltSite
    let timeline: Timeline
    beforeAll(async () => {
      site = await buildFixture('seeds', { site: { relative: true } })
      timeline = timelineOf(site)
    })

    it('opens index.html over file://, styled, walks to an event and back, and on to another page', async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      const home = pathToFileURL(path.join(site.dir, '_site', 'index.html')).href
      const event = timeline.views.events[0]
      const problems = await problemsDuring(page, async () => {
        await page.goto(home)
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('.masthead') ?? document.body).borderBottomStyle)).toBe('solid')
        await page.locator(`.timeline a[href="events/${event?.id}/index.html"]`).click()
        await page.waitForURL(pathToFileURL(path.join(site.dir, '_site', 'events', event?.id ?? '', 'index.html')).href)
        await expect(page.locator('h1').textContent()).resolves.toBe(event?.summary)
        await page.goBack()
        expect(page.url()).toBe(home)
        await page.getByRole('link', { name: 'Map', exact: true }).click()
        await page.waitForURL(/\/map\/index\.html$/)
        await page.getByRole('link', { name: 'Timeline', exact: true }).click()
        await page.waitForURL(home)
      })
      expect(problems).toEqual([])
      await context.close()
    })
  })
})
