import { GRADE_RULES } from '../../src/merge/grade.js'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { load, type CheerioAPI } from 'cheerio'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { EVENT_COLUMNS } from '../../src/render/event-columns.js'
import { formatDay } from '../../src/render/format-date.js'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, type BuiltSite, timelineOf } from '../helpers/build-fixture.js'
import { listPages } from '../helpers/check-links.js'
import { BAD_ARCHIVED_FILE, BAD_ARCHIVED_LINE, NEWEST_ARCHIVED, NEWEST_DAY, NEWEST_URL, readerCorpus } from '../helpers/reader-corpus.js'

/** Text as a reader sees it: runs of white space as one space, trimmed. */
const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** The methods page, the footer's "data as of", the event page's original and archived links, and what search indexes, on a real build. */
describe('the methods page, data as of, sources on the web and the search index', () => {
  let site: BuiltSite
  let timeline: Timeline
  let root: string
  const page = async (file: string): Promise<CheerioAPI> => load(await site.read(file))
  beforeAll(async () => {
    site = await buildFixture(readerCorpus())
    timeline = timelineOf(site)
    root = path.join(site.dir, '_site')
  })

  it('links the methods page, and says how current the data is, in the footer of every page of every type', async () => {
    // The latest article's day, which is not the day this test runs: the footer must not read the clock.
    expect(
      timeline.articles
        .map((a) => a.date)
        .sort()
        .at(-1),
    ).toBe(NEWEST_DAY)
    expect(new Date().toISOString().slice(0, 10)).not.toBe(NEWEST_DAY)
    const pages = (await listPages(root)).filter((p) => !p.startsWith('pagefind/'))
    // Every page type and single page is among them.
    for (const file of ['index.html', 'methods/index.html', 'about/index.html', 'map/index.html', 'browse/index.html', 'search/index.html', '404.html'])
      expect(pages).toContain(file)
    for (const prefix of ['events/', 'articles/', 'sources/', 'sites/', 'groups/', 'months/', 'newest-first/'])
      expect(
        pages.some((p) => p.startsWith(prefix)),
        prefix,
      ).toBe(true)
    for (const file of pages) {
      const $ = await page(file)
      expect($('footer a[href="/methods/"]').text(), file).toBe('How this timeline is made')
      const asOf = $('footer time')
      expect(asOf.attr('datetime'), file).toBe(NEWEST_DAY)
      expect(asOf.text(), file).toBe('3 February 2024')
      expect(squeeze($('footer').text()), file).toContain('Data as of 3 February 2024')
    }
  })

  it('explains statuses, precision, merging, corrections and limits under their headings', async () => {
    const $ = await page('methods/index.html')
    expect($('h1').text()).toBe('How this timeline is made')
    expect($('title').text()).toBe('How this timeline is made · Salvo')
    expect(
      $('main h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual([
      'On this page',
      'Read by a machine',
      'What the statuses mean',
      'Grades',
      'How days and places are made precise',
      'How reports are merged, and how editors correct them',
      'What the timeline covers',
      'Known limits',
      'This build',
    ])
    expect(
      $('#statuses + dl dt')
        .map((_, dt) => squeeze($(dt).text()))
        .get(),
    ).toEqual(['✓ Confirmed', '◆ Claimed', '✕ Denied', '○ Reported'])
    // The grades, in the order they are tried, each with its rule, as the grade table states them.
    expect(
      $('#grades dl dt')
        .map((_, dt) => squeeze($(dt).text()))
        .get(),
    ).toEqual(GRADE_RULES.map((g) => g.label))
    expect(
      $('#grades dl dd')
        .map((_, dd) => squeeze($(dd).text()))
        .get(),
    ).toEqual(GRADE_RULES.map((g) => g.rule))
    // The precision figures count this build's events.
    const day = timeline.events.filter((e) => e.datePrecision === 'day').length
    expect(squeeze($('section[aria-labelledby=precision]').text())).toContain(`${day} to the day`)
    expect($('section[aria-labelledby=merging] code').text()).toBe('corrections.yaml')
  })

  it("states the campaign's scope as src/data/campaign.yaml gives it", async () => {
    const campaign = parse(await readFile('src/data/campaign.yaml', 'utf8')) as { subject: string; start: string; end?: string; region: string[] }
    const scope = squeeze((await page('methods/index.html'))('section[aria-labelledby=scope]').text())
    expect(scope).toContain(campaign.subject)
    expect(scope).toContain(`began on ${formatDay(String(campaign.start))}`)
    expect(scope).toContain(campaign.end === undefined ? 'goes on' : `ended on ${formatDay(String(campaign.end))}`)
    for (const country of campaign.region) expect(scope).toContain(country)
    const setAside = timeline.diagnostics.filter((d) => d.code === 'outside-campaign').length
    expect(scope).toContain(`set aside ${setAside} report`)
  })

  it("counts this build's articles, events, errors, warnings and corrections from its own diagnostics", async () => {
    const $ = await page('methods/index.html')
    const figures = Object.fromEntries(
      $('.terms--figures div')
        .map((_, div) => [[$(div).find('dt').text(), Number($(div).find('.terms__count').text())]])
        .get() as [string, number][],
    )
    const severity = (s: string): number => timeline.diagnostics.filter((d) => d.severity === s).length
    expect(figures).toEqual({
      'Articles read': timeline.articles.length,
      'Events published': timeline.events.length,
      Errors: severity('error'),
      Warnings: severity('warning'),
      'Reports outside the campaign': timeline.diagnostics.filter((d) => d.code === 'outside-campaign').length,
      'Corrections applied': 1,
      'Warnings accepted by an editor': 0,
    })
    // The corpus has an error (the bad `archived`) and a warning (the article without a url), so the counts are not all 0.
    expect(figures.Errors).toBeGreaterThanOrEqual(1)
    expect(figures.Warnings).toBeGreaterThanOrEqual(1)
    expect(timeline.corrections.map((c) => c.result)).toEqual(['applied', 'no-target'])
    expect(squeeze($('.terms--figures').text())).toContain('1 more in the file applied to no event.')
    expect(squeeze($('section[aria-labelledby=build]').text())).toContain('Data as of 3 February 2024')
  })

  it('refuses an `archived` that is not an http(s) address, naming the file, its line and field, and the fix', () => {
    const problem = site.result.diagnostics.find((d) => d.code === 'archived-invalid')
    expect(problem).toMatchObject({ line: BAD_ARCHIVED_LINE, field: 'archived', severity: 'error' })
    expect(problem?.file.endsWith(`/${BAD_ARCHIVED_FILE}`)).toBe(true)
    expect(problem?.message).toMatch(/^The `archived` "javascript:alert\(1\)" is not an http\(s\) address .*starting with https:\/\/.*or remove the line\.$/)
    expect(timeline.articles.some((a) => a.path.endsWith(BAD_ARCHIVED_FILE))).toBe(false)
  })

  it("links each report's original address and, where saved, its archived copy beside Salvo's copy", async () => {
    const newest = timeline.articles.find((a) => a.date === NEWEST_DAY)
    expect(newest).toMatchObject({ url: NEWEST_URL, archived: NEWEST_ARCHIVED })
    const event = timeline.events.find((e) => e.reports.some((r) => r.article === newest?.path))
    expect(event).toBeDefined()
    const $ = await page(`events/${event?.id}/index.html`)
    const report = $('.report').filter((_, li) => $(li).find(`a[href^="/articles/${newest?.slug}/"]`).length > 0)
    expect(report.length).toBe(1)
    const links = report.find('.report__links a')
    expect(links.map((_, a) => [[$(a).attr('href'), $(a).attr('rel'), $(a).text()]]).get()).toEqual([
      [NEWEST_URL, 'external', 'example.org'],
      [NEWEST_ARCHIVED, 'external', 'web.archive.org'],
    ])
    expect(squeeze(report.find('.report__links').text())).toBe('Original: example.org · Archived copy: web.archive.org')
    // A seed has a url and no archived copy: its report links the original only. An article without a url gets no line.
    const seeded = timeline.events.find((e) => e.id === '2023-10-18-al-tanf-attack')
    const $seeded = await page(`events/${seeded?.id}/index.html`)
    for (const li of $seeded('.report').toArray()) {
      const article = timeline.articles.find((a) => $seeded(li).find(`a[href^="/articles/${a.slug}/"]`).length > 0)
      expect(
        $seeded(li)
          .find('.report__links a')
          .map((_, a) => $seeded(a).attr('href'))
          .get(),
      ).toEqual(article?.url ? [article.url] : [])
    }
    // The article page shows the archived copy too.
    const $article = await page(`articles/${newest?.slug}/index.html`)
    expect($article(`dd a[href="${NEWEST_ARCHIVED}"]`).length).toBe(1)
  })

  it('gives the print stylesheet the addresses of those links', async () => {
    const css = await readFile(path.join(root, 'style.css'), 'utf8')
    const print = css.slice(css.indexOf('@media print {'))
    expect(print).toMatch(/\.report__links a\[href\^="http"\]::after[^{]*\{[^}]*content: " \(" attr\(href\) "\)"/)
  })

  it('writes "data as of" into every published data file whose format has room for it, and leaves the others parseable', async () => {
    const geojson = JSON.parse(await site.read('data/events.geojson')) as { type: string; dataAsOf: string }
    expect(geojson).toMatchObject({ type: 'FeatureCollection', dataAsOf: NEWEST_DAY })
    expect((JSON.parse(await site.read('browse/events.json')) as { dataAsOf: string }).dataAsOf).toBe(NEWEST_DAY)
    for (const feed of ['events', 'corrections', 'sites/al-tanf']) {
      const json = JSON.parse(await site.read(`feeds/${feed}.json`)) as { _salvo: { data_as_of: string } }
      expect(json._salvo.data_as_of, feed).toBe(NEWEST_DAY)
      const atom = await site.read(`feeds/${feed}.atom`)
      expect(atom.split('\n').slice(0, 3), feed).toEqual([
        '<?xml version="1.0" encoding="utf-8"?>',
        `<!-- Data as of ${NEWEST_DAY}: the latest publication day among the articles Salvo read. -->`,
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
      ])
    }
    // No room in these: a bare array of records, and RFC 4180 CSV whose first line is its header.
    expect(Array.isArray(JSON.parse(await site.read('data/events.json')))).toBe(true)
    expect((await site.read('data/events.csv')).split('\r\n')[0]).toBe(EVENT_COLUMNS.map((c) => c.name).join(','))
  })

  it("indexes an event's summary, sentences and corrections for search, never its furniture, and keeps its filters and metadata", async () => {
    const events = (await listPages(root)).filter((p) => /^events\/[^/]+\/index\.html$/.test(p))
    expect(events.length).toBe(timeline.events.length)
    for (const file of events) {
      const $ = await page(file)
      const body = $('[data-pagefind-body]')
      expect(body.length, file).toBe(1)
      // What Pagefind reads: the body without what is marked ignored, and without the elements it skips itself.
      const indexed = body.clone()
      indexed.find('[data-pagefind-ignore], svg, nav, form, script').remove()
      const text = squeeze(indexed.text())
      const kept = [
        body.find('h1').text(),
        ...body
          .find('.report__quote, .corrections')
          .map((_, el) => $(el).text())
          .get(),
      ].map(squeeze)
      expect(text.startsWith(kept[0] ?? '-'), file).toBe(true)
      let rest = text
      for (const part of kept) rest = rest.replace(part, '')
      expect(squeeze(rest), `${file} indexes more than its summary, sentences and corrections`).toBe('')
      for (const furniture of ['What the reports say', 'according to', 'Reports disagree', 'Back to the timeline', 'Original:'])
        expect(text, file).not.toContain(furniture)
      // Filters and metadata sit on ignored elements, which Pagefind still reads them from.
      expect(body.find('[data-pagefind-meta="kind:Event"]').length, file).toBe(1)
      expect(body.find('[data-pagefind-meta="date"]').length, file).toBe(1)
      const event = timeline.events.find((e) => file === `events/${e.id}/index.html`)
      if (event?.type !== 'statement') expect(body.find('[data-pagefind-filter^="status:"]').length, file).toBe(1)
      if (event?.location) expect(body.find('[data-pagefind-filter="site"]').length, file).toBe(1)
    }
  })
})
