import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { load, type CheerioAPI } from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../src/site/timeline.js'
import { buildFixture, type BuiltSite, timelineOf } from '../helpers/build-fixture.js'
import { listPages } from '../helpers/check-links.js'

/** The pages of the seeds build, read as a visitor's HTML, checked against the pipeline's own data file. */
describe('pages of the seeds build', () => {
  let site: BuiltSite
  let timeline: Timeline
  const page = async (file: string): Promise<CheerioAPI> => load(await site.read(file))
  beforeAll(async () => {
    site = await buildFixture('seeds')
    timeline = timelineOf(site)
  })

  it('has attacks and context events to show (extraction ran)', () => {
    expect(timeline.events.filter((e) => e.type === 'attack').length).toBeGreaterThan(3)
    expect(timeline.events.some((e) => e.type !== 'attack')).toBe(true)
  })

  it('home: summary figures count what the timeline holds', async () => {
    const $ = await page('index.html')
    const stat = (label: string): string =>
      $('.stats div')
        .filter((_, d) => $(d).find('dt').text() === label)
        .find('dd')
        .text()
    const attacks = timeline.events.filter((e) => e.type === 'attack')
    expect(stat('Attacks')).toBe(String(attacks.length))
    expect(stat('Sites attacked')).toBe(String(new Set(attacks.map((e) => e.location?.id)).size))
    expect(stat('Days with attacks')).toBe(String(new Set(attacks.filter((e) => e.datePrecision === 'day').map((e) => e.date)).size))
    expect($('.chart svg rect.chart__bar').length).toBe(new Set(attacks.map((e) => e.date)).size)
  })

  it('home: every event once, oldest first, attacks in the main lane and the rest in the context lane', async () => {
    const $ = await page('index.html')
    const hrefs = $('.timeline .entry__title a')
      .map((_, a) => $(a).attr('href'))
      .get()
    expect(new Set(hrefs)).toEqual(new Set(timeline.events.map((e) => `/events/${e.id}/`)))
    expect(hrefs).toHaveLength(timeline.events.length)
    const days = $('.day__title time')
      .map((_, t) => $(t).attr('datetime'))
      .get()
    expect(days).toEqual([...days].sort())
    const contextIds = $('.lane--context .entry__title a')
      .map((_, a) => $(a).attr('href'))
      .get()
    expect(contextIds.sort()).toEqual(
      timeline.events
        .filter((e) => e.type !== 'attack')
        .map((e) => `/events/${e.id}/`)
        .sort(),
    )
    expect($('input#hide-context[type=checkbox]').length).toBe(1)
    expect($('label[for=hide-context]').text()).toMatch(/Hide context/)
  })

  it('newest first: the same entries in reverse order', async () => {
    const oldest = (await page('index.html'))('.timeline .entry__title a')
      .map((_, a) => a.attribs.href)
      .get()
    const $ = await page('newest-first/index.html')
    const days = $('.day__title time')
      .map((_, t) => $(t).attr('datetime'))
      .get()
    expect(days).toEqual([...days].sort().reverse())
    expect(
      new Set(
        $('.timeline .entry__title a')
          .map((_, a) => a.attribs.href)
          .get(),
      ),
    ).toEqual(new Set(oldest))
    expect($('.order a').attr('href')).toBe('/')
  })

  it('home: a badge says each status in words, and says so when reports disagree; a statement says only that it is one', async () => {
    const $ = await page('index.html')
    for (const event of timeline.events) {
      const entry = $(`.entry:has(a[href="/events/${event.id}/"])`)
      const badges = entry.find('.badge').text()
      if (event.type === 'statement') {
        expect(entry.find('.entry__status').text()).toBe('“ Statement')
        expect(entry.find('.badge').attr('class')).toBe('badge badge--statement')
      } else {
        expect(badges).toContain(event.status[0]?.toUpperCase() + event.status.slice(1))
        expect(badges.includes('Reports disagree')).toBe(event.disputed)
      }
      expect(entry.find('.facts').text()).toContain(`${event.reports.length} report`)
    }
    // The seeds hold no dispute since a denial of the toll stopped counting as one; the sample build checks the badge (render.test.ts).
    expect(timeline.events.some((e) => e.type !== 'statement')).toBe(true)
  })

  it('statements carry no status where a reader sees them: timelines, event pages, filters, outlets, search filters and feeds', async () => {
    const statements = timeline.events.filter((e) => e.type === 'statement')
    expect(statements.length).toBeGreaterThan(0)
    // The data keeps a statement's status; only what readers are shown changes.
    expect(statements.some((e) => e.status === 'confirmed')).toBe(true)
    const statusWord = /confirmed|claimed|denied|reported|disagree/i
    const isStatement = new Set(statements.map((e) => `/events/${e.id}/`))

    // Every timeline entry of a statement, on every page that lists one.
    let entries = 0
    for (const file of await listPages(path.join(site.dir, '_site'))) {
      const $ = await page(file)
      $('.timeline .entry').each((_, li) => {
        const href = $(li).find('.entry__title a').attr('href') ?? ''
        if (!isStatement.has(href)) return
        entries++
        expect($(li).find('.entry__status').text(), `${file}: ${href}`).toBe('“ Statement')
        expect($(li).find('.badge--confirmed, .badge--disputed, .kind').length, `${file}: ${href}`).toBe(0)
      })
      // An outlet compares each report's status with the record, but a statement's row has only its neutral label.
      $('table.compare tbody tr').each((_, tr) => {
        if (!isStatement.has($(tr).find('a').attr('href') ?? '')) return
        expect($(tr).find('td').eq(2).text() + $(tr).find('td').eq(3).text(), file).toBe('“ Statement“ Statement')
      })
    }
    expect(entries).toBeGreaterThanOrEqual(statements.length * 3)

    for (const event of statements) {
      const $ = await page(`events/${event.id}/index.html`)
      expect($('.event__status').text()).toBe('“ Statement')
      expect($('.event__status').attr('data-pagefind-filter')).toBeUndefined()
      expect($('meta[name=description]').attr('content')).not.toMatch(statusWord)
      $('.report__claim .badge').each((_, b) => void expect($(b).text()).toBe('“ Statement'))
      expect($('.report__claim .badge').length).toBe(event.reports.length)
      expect($('.badge--confirmed, .badge--claimed, .badge--denied, .badge--reported, .badge--disputed').length).toBe(0)
    }
    // Attacks keep their status badge and its search filter.
    const attack = timeline.events.find((e) => e.type === 'attack' && e.status === 'confirmed')
    const attackPage = await page(`events/${attack?.id}/index.html`)
    expect(attackPage('.event__status .badge--confirmed').text()).toBe('✓ Confirmed')
    expect(attackPage('.event__status').attr('data-pagefind-filter')).toBe('status:Confirmed')

    // Statements are under their kind, not under a status.
    const kind = await page('types/statement/index.html')
    expect(kind('.timeline .entry').length).toBe(statements.length)
    for (const status of ['confirmed', 'claimed', 'denied', 'reported']) {
      const file = `status/${status}/index.html`
      const listed = timeline.events.filter((e) => e.type !== 'statement' && e.status === status)
      if (listed.length === 0) continue
      const $ = await page(file)
      const hrefs = $('.timeline .entry__title a')
        .map((_, a) => a.attribs.href)
        .get()
      expect(
        hrefs.filter((h) => isStatement.has(h)),
        file,
      ).toEqual([])
      expect(hrefs.length, file).toBe(listed.length)
    }
    const browse = await page('browse/index.html')
    const confirmedCount = browse('a[href="/status/confirmed/"]').parent().text()
    expect(confirmedCount).toContain(String(timeline.events.filter((e) => e.type !== 'statement' && e.status === 'confirmed').length))

    // Feeds: neither format calls a statement confirmed, in its text or its tags.
    const json = JSON.parse(await site.read('feeds/events.json')) as { items: { url: string; content_html: string; summary?: string; tags: string[] }[] }
    const fed = json.items.filter((item) => [...isStatement].some((href) => item.url.endsWith(href)))
    expect(fed.length).toBeGreaterThan(0)
    for (const item of fed) {
      expect(item.content_html).toContain('<strong>Statement</strong> · ')
      expect(item.content_html.replace(/<blockquote>.*?<\/blockquote>/g, '')).not.toMatch(statusWord)
      expect(item.summary ?? '').not.toMatch(statusWord)
      expect(item.tags).toEqual(['statement'])
    }
    const atom = (await site.read('feeds/events.atom')).split('<entry>').filter((e) => [...isStatement].some((href) => e.includes(`${href}"`)))
    expect(atom.length).toBe(fed.length)
    for (const entry of atom) {
      expect(entry).toContain('term="statement"')
      expect(entry).not.toContain('term="confirmed"')
      expect(entry.replace(/&lt;blockquote&gt;.*?&lt;\/blockquote&gt;/g, '')).not.toMatch(/Confirmed/)
    }
  })

  it('event page: every report with its outlet, article, day, claim and exact sentence, linked to the mark in the article', async () => {
    for (const event of timeline.events) {
      const $ = await page(`events/${event.id}/index.html`)
      expect($('h1').text()).toBe(event.summary)
      const reports = $('.report')
      expect(reports.length).toBe(event.reports.length)
      for (const [i, report] of event.reports.entries()) {
        const li = reports.eq(i)
        const article = timeline.articles.find((a) => a.path === report.article)
        expect(li.find('blockquote').text()).toBe(report.quote)
        expect(li.find('.report__source a').first().attr('href')).toBe(`/sources/${article?.sourceSlug}/`)
        const href = li.find('.report__source a').eq(1).attr('href') ?? ''
        expect(href).toMatch(new RegExp(`^/articles/${article?.slug}/#q-\\d+$`))
        expect(li.find('time').attr('datetime')).toBe(article?.date)
        expect(li.find('.report__claim').text()).toContain(report.claimant)
        const target = await page(`articles/${article?.slug}/index.html`)
        expect(target(`#${href.split('#')[1]}`).text()).toContain(report.quote)
      }
      if (event.location?.lat != null) expect($('figure.locator svg circle').length).toBe(2)
    }
  })

  it('event page: previous and next lead through the events of its own kind, in timeline order, and say which kind', async () => {
    const nouns: Record<string, string> = { attack: 'attack', 'us-strike': 'U.S. strike', statement: 'statement', other: 'other event' }
    const kinds = new Set(timeline.events.map((e) => e.type))
    expect(kinds.size).toBeGreaterThan(1)
    for (const kind of kinds) {
      // The timeline's order, as the site step sorted it, kept to this kind.
      const order = timeline.views.events.filter((e) => e.type === kind).map((e) => e.url)
      // Walk forward from the first with Next alone, then back from the last with Previous alone.
      const walked: string[] = [order[0] ?? '']
      for (;;) {
        const $ = await page(`${walked.at(-1)?.slice(1)}index.html`)
        expect($('nav.pager').attr('aria-label')).toBe(`Previous and next ${nouns[kind]}`)
        const next = $('a[rel=next]')
        if (next.length === 0) break
        expect(next.find('.pager__dir').text()).toBe(`Next ${nouns[kind]} →`)
        walked.push(next.attr('href') ?? '')
      }
      expect(walked, kind).toEqual(order)
      const back: string[] = [order.at(-1) ?? '']
      for (;;) {
        const $ = await page(`${back.at(-1)?.slice(1)}index.html`)
        const previous = $('a[rel=prev]')
        if (previous.length === 0) break
        expect(previous.find('.pager__dir').text()).toBe(`← Previous ${nouns[kind]}`)
        back.push(previous.attr('href') ?? '')
      }
      expect(back.reverse(), kind).toEqual(order)
    }
  })

  it('article page: the passages used are marked and link to their events; furniture is collapsed with reasons', async () => {
    const article = timeline.articles.find((a) => a.events.length > 0 && a.setAside.length > 0)
    expect(article).toBeDefined()
    const $ = await page(`articles/${article?.slug}/index.html`)
    const linked = new Set(
      $('.body mark + a.to-event, .body a.to-event')
        .map((_, a) => a.attribs.href)
        .get(),
    )
    expect(linked).toEqual(new Set(article?.events.map((id) => `/events/${id}/`)))
    expect($('.body mark').length).toBeGreaterThan(0)
    const details = $('details.set-aside')
    expect(details.attr('open')).toBeUndefined()
    expect(details.find('li').length).toBe(article?.setAside.length)
    expect(details.text()).toContain(article?.setAside[0]?.reason)
    expect($('.body').text()).not.toContain(article?.setAside[0]?.text.split('\n')[0])
  })

  it('outlet page: its articles, and each report it made against the event it fed', async () => {
    const outlet = timeline.views.outletPages.find((o) => o.comparison.length > 0 && o.pager === null)
    const $ = await page(`sources/${outlet?.slug}/index.html`)
    expect($('h1').text()).toBe(outlet?.name)
    expect($('.articles li').length).toBe(outlet?.articles.length)
    expect($('table.compare tbody tr').length).toBe(outlet?.comparison.length)
  })

  it('site and group pages: the events there, by day', async () => {
    const sites = new Map<string, number>()
    for (const e of timeline.events) if (e.location?.id) sites.set(e.location.id, (sites.get(e.location.id) ?? 0) + 1)
    for (const [id, count] of sites) {
      const $ = await page(`sites/${id}/index.html`)
      expect($('.timeline .entry').length).toBe(count)
    }
    for (const name of new Set(timeline.events.flatMap((e) => e.actors))) {
      const group = timeline.views.groups.find((g) => g.name === name)
      const $ = await page(`groups/${group?.slug}/index.html`)
      expect($('.timeline .entry').length).toBe(timeline.events.filter((e) => e.actors.includes(name)).length)
    }
  })

  it('map: in each layer, a circle per place or group of places, its area proportional to its attacks, labelled, linking to the place', async () => {
    const $ = await page('map/index.html')
    expect($('svg path.land--focus').length).toBe(3)
    expect($('svg .map__layer').length).toBe(4)
    const attacked = new Map<string, number>()
    for (const e of timeline.events) if (e.type === 'attack' && e.location?.id) attacked.set(e.location.id, (attacked.get(e.location.id) ?? 0) + 1)
    const layer = $('svg .map__layer--3')
    const markers = layer
      .find('a')
      .filter((_, a) => $(a).find('circle').length === 1)
      .map((_, a) => ({
        href: a.attribs.href ?? '',
        r: Number($(a).find('circle').attr('r')),
        label: a.attribs['aria-label'] ?? '',
        text: $(a).find('text').text(),
      }))
      .get()
    // Every circle is labelled; a single place links to its page, a group to its list under the map.
    for (const m of markers) expect(m.text).not.toBe('')
    for (const m of markers.filter((m) => m.href.startsWith('#'))) expect($(`li[id="${m.href.slice(1)}"]`).length).toBe(1)
    const single = markers.filter((m) => m.href.startsWith('/sites/'))
    for (const m of single) {
      const n = attacked.get(m.href.slice('/sites/'.length, -1)) ?? 0
      if (n > 0) expect(m.label).toMatch(new RegExp(`: ${n} attacks?`))
    }
    // Area ∝ attacks: r² / attacks is the same for every circle of one place.
    const ratios = single.flatMap((m) => {
      const n = attacked.get(m.href.slice('/sites/'.length, -1)) ?? 0
      return n > 0 ? [(m.r * m.r) / n] : []
    })
    for (const ratio of ratios) expect(ratio / (ratios[0] ?? 1)).toBeCloseTo(1, 1)
  })

  it('map: a map for each month, linked from that month’s page, and each month’s map linking the others', async () => {
    const months = timeline.views.facetPages.filter((f) => f.kind === 'Month')
    expect(months.length).toBeGreaterThan(0)
    for (const month of months) {
      const key = month.url.split('/')[2]
      const $ = await page(`months/${key}/index.html`)
      expect($(`a[href="/map/${key}/"]`).length).toBe(1)
      const map = await page(`map/${key}/index.html`)
      expect(map('h1').text()).toBe(`Map of attacks, ${month.title}`)
      expect(map(`.map__months [aria-current="page"]`).text()).toBe(month.title)
      expect(map(`.kicker a[href="${month.url}"]`).length).toBe(1)
    }
  })

  it('filters: a page per country, weapon, status and month, each listing only matching events', async () => {
    const $ = await page('browse/index.html')
    for (const prefix of ['/countries/', '/weapons/', '/status/', '/months/', '/sites/', '/groups/'])
      expect($(`a[href^="${prefix}"]`).length).toBeGreaterThan(0)
    const status = await page('status/reported/index.html')
    expect(status('.timeline .entry').length).toBe(timeline.events.filter((e) => e.status === 'reported').length)
    status('.timeline .badge:not(.badge--disputed)').each((_, b) => void expect(status(b).text()).toContain('Reported'))
    const iraq = await page('countries/iraq/index.html')
    expect(iraq('.timeline .entry').length).toBe(timeline.events.filter((e) => e.location?.country === 'Iraq').length)
  })

  it('uses no inline script or style, only the external search script (and, beside the hide-context box, its own), and only root-relative internal links', async () => {
    for (const [file, scripts] of [
      ['index.html', ['/search.js|defer', '/hide-context.js|']],
      ['map/index.html', ['/search.js|defer']],
      ['browse/index.html', ['/search.js|defer', '/browse.js|defer']],
      [`events/${timeline.events[0]?.id}/index.html`, ['/search.js|defer']],
      [`sites/${timeline.views.places[0]?.slug}/index.html`, ['/search.js|defer', '/hide-context.js|']],
    ] as const) {
      const html = await site.read(file)
      expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i)
      const $ = load(html)
      expect(
        $('script')
          .map(
            (_, s) =>
              `${s.attribs.src}|${Object.keys(s.attribs)
                .filter((a) => a !== 'src')
                .join(' ')}${$(s).text()}`,
          )
          .get(),
        file,
      ).toEqual(scripts)
      $('a[href]').each((_, a) => void expect(a.attribs.href).toMatch(/^(\/|#|https?:)/))
    }
    // Not deferred, and before the timeline: the remembered choice is set before a lane of it is parsed.
    const home = await site.read('index.html')
    expect(home.indexOf('<script src="/hide-context.js"></script>')).toBeGreaterThan(home.indexOf('id="hide-context"'))
    expect(home.indexOf('<script src="/hide-context.js"></script>')).toBeLessThan(home.indexOf('class="timeline"'))
  })

  it('is deterministic: a second build writes the same data file', async () => {
    const again = await buildFixture('seeds')
    expect(await readFile(path.join(again.dir, 'timeline.json'), 'utf8')).toBe(await readFile(path.join(site.dir, 'timeline.json'), 'utf8'))
    expect(await again.read('index.html')).toBe(await site.read('index.html'))
  })
})
