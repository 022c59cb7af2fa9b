import { safeSlug } from '../safe-slug.js'
import type { EventStatus, EventType } from '../model/report.js'
import { compareEvents, type TimelineEvent } from '../model/event.js'
import type { ArticleRecord } from '../model/timeline-data.js'
import { drawDailyChart } from './draw-chart.js'
import { drawBaseMap } from './draw-map.js'
import { changeText, CORRECTION_LABELS, countryLink, formatCasualties, formatCount, makeNaming, plural, statusBadge, statusLabel, toEntry, TYPE_LABELS, type RenderKnowledge } from './event-entry.js'
import { formatDay, formatMonth, formatSpan } from './format-date.js'
import { groupBy } from './group-by.js'
import { remember } from './remember.js'
import { countEntries, groupTimeline } from './group-timeline.js'
import { anchorFor, quotePassages } from './quote-anchors.js'
import { ARTICLE_INDEX_PAGE, chunk, makePagers, OUTLET_PAGE_ARTICLES, pageUrl, paginateTimeline } from './paginate.js'
import { shortTitle } from './short-title.js'
import { EVENT_COLUMNS } from './event-columns.js'
import { RECORD_FIELDS } from './record-fields.js'
import { FEED_ENTRIES, type ArticleExtra, type ArticleIndexPage, type CountedLink, type EventEntry, type EventPage, type FacetPage, type FeedView, type GroupPage, type HomePage, type OutletPage, type OutletPageView, type PlacePage, type SiteViews, type Summary, type TimelinePart } from './site-views.js'

const CLAIMANT_KINDS: Record<string, string> = {
  militia: 'militia',
  'us-official': 'U.S. official',
  'host-government': 'host government',
  'local-security': 'local security source',
  media: 'the outlet itself',
}
const PRECISION: Record<string, string> = { site: 'a named site', area: 'a town or area', country: 'a whole country' }

/** Feed order: newest first (last day, then first day), then id. */
function newestFirst(a: TimelineEvent, b: TimelineEvent): number {
  return b.dateEnd.localeCompare(a.dateEnd) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id)
}

/** A feed's paths from its key, e.g. `sites/al-tanf` → `/feeds/sites/al-tanf.atom` and `.json`, and its events (the feed holds the newest FEED_ENTRIES of them). */
function feedView(key: string, title: string, description: string, page: string, events: TimelineEvent[]): FeedView {
  return { key, title, description, page, atom: `/feeds/${key}.atom`, json: `/feeds/${key}.json`, events: [...events].sort(newestFirst).map((e) => e.id) }
}

/** One report as its outlet's page compares it: `order` numbers every report in timeline order. */
interface ReportRow {
  order: number
  event: TimelineEvent
  /** What the report said. */
  status: EventStatus
}

const byLabel = <T extends { label: string }>(a: T, b: T): number => a.label.localeCompare(b.label, 'en')

/** Sums a count over events that give it: `44`, `44–50`, or `not reported`. */
function sumCounts(counts: (TimelineEvent['killed'])[]): string {
  const given = counts.filter((c) => c !== null)
  if (given.length === 0) return 'not reported'
  return formatCount({ min: given.reduce((s, c) => s + c.min, 0), max: given.reduce((s, c) => s + c.max, 0) })
}

/** A record's pages: one per page of its timeline, each with the page's URL and title. */
function withTimelinePages<T extends { url: string; pageTitle: string; description: string }>(record: T, entries: EventEntry[]): (T & TimelinePart)[] {
  return paginateTimeline(entries, record.url).map((p) => ({
    ...record,
    url: p.url,
    ...(p.pager === null ? {} : { pageTitle: `${record.pageTitle} (${p.label})`, description: `${record.description} ${p.pager.summary}: ${p.label}.` }),
    timeline: p.timeline,
    pager: p.pager,
  }))
}

/**
 * The render stage: from the articles and merged events, every list, page record, figure,
 * chart and map the site shows. Pure and deterministic: same input, same output, no clock.
 */
export function buildViews(articles: ArticleRecord[], unsorted: TimelineEvent[], knowledge: RenderKnowledge = {}): SiteViews {
  const naming = makeNaming(knowledge)
  const events = [...unsorted].sort(compareEvents)
  const day = remember(formatDay)
  // A group has a page only when groups.yaml knows it (corrections refuse other actors; this keeps a stray one from making a page or a dead link).
  const groupNames = knowledge.groups === undefined ? null : new Set(knowledge.groups.map((g) => g.name))
  const knownGroup = (name: string): boolean => groupNames === null || groupNames.has(name)
  const entries = events.map((e) => {
    const entry = toEntry(e, naming)
    return entry.groups.every((g) => knownGroup(g.label)) ? entry : { ...entry, groups: entry.groups.filter((g) => knownGroup(g.label)) }
  })
  const entryOf = new Map(entries.map((e) => [e.id, e]))
  /** An event's entry, which holds its date label and record badge: every page that names the event uses them. */
  const entryFor = (e: TimelineEvent): EventEntry => {
    const entry = entryOf.get(e.id)
    if (entry === undefined) throw new Error(`No entry for event ${e.id}: entries are made from the same list.`)
    return entry
  }
  const entriesFor = (list: TimelineEvent[]): EventEntry[] => list.map((e) => entryOf.get(e.id)).filter((e) => e !== undefined)
  const articleByPath = new Map(articles.map((a) => [a.path, a]))
  const attacks = events.filter((e) => e.type === 'attack')

  // Figures and chart.
  const dayCounts = new Map<string, number>()
  for (const e of attacks) if (e.datePrecision === 'day') dayCounts.set(e.date, (dayCounts.get(e.date) ?? 0) + 1)
  const summary: Summary = {
    attacks: attacks.length,
    sites: new Set(attacks.flatMap((e) => (e.location === null ? [] : [naming.placeSlug(e.location)]))).size,
    days: dayCounts.size,
    injured: sumCounts(attacks.map((e) => e.injured)),
    killed: sumCounts(attacks.map((e) => e.killed)),
    span: attacks.length === 0 ? null : `${formatDay(attacks.map((e) => e.date).sort()[0] ?? '')} – ${formatDay(attacks.map((e) => e.dateEnd).sort().at(-1) ?? '')}`,
    contextEvents: events.length - attacks.length,
    outlets: new Set(articles.map((a) => a.sourceSlug)).size,
    articles: articles.length,
    undatedInChart: attacks.length - [...dayCounts.values()].reduce((a, b) => a + b, 0),
  }

  // Maps: one big map, one small locator shared by event and site pages.
  const base = drawBaseMap({ width: 640, height: 560, margin: 24, resolution: '50m', digits: 1 })
  const small = drawBaseMap({ width: 200, height: 176, margin: 8, resolution: '110m', digits: 0 })
  const locate = (location: TimelineEvent['location']): { x: number; y: number } | null =>
    location === null || location.lat === null || location.lon === null ? null : small.project(location.lon, location.lat)

  // Places.
  const byPlace = groupBy(events.filter((e) => e.location !== null), (e) => (e.location === null ? [] : [naming.placeSlug(e.location)]))
  const placeEntries = new Map<string, EventEntry[]>()
  const places: PlacePage[] = [...byPlace.entries()].map(([slug, list]) => {
    const location = list[0]?.location ?? null
    if (location === null) throw new Error('A place group without a location: groupBy keyed it by location, so this cannot happen.')
    placeEntries.set(slug, entriesFor(list))
    const counts = countEntries(entriesFor(list))
    return {
      slug,
      pageTitle: shortTitle(location.name),
      description: `Events at ${location.name}${location.country === null ? '' : `, ${location.country}`}: ${counts}, by day, each with its quoted sources.`,
      feed: feedView(`sites/${slug}`, `Events at ${location.name}`, `The events at ${location.name} most recently reported (up to ${FEED_ENTRIES}), newest first.`, `/sites/${slug}/`, list),
      url: `/sites/${slug}/`,
      name: location.name,
      country: countryLink(location.country),
      admin1: location.admin1,
      precision: PRECISION[location.precision] ?? location.precision,
      coordinates: location.lat === null || location.lon === null ? null : `${location.lat.toFixed(3)}° N, ${location.lon.toFixed(3)}° E`,
      attacks: list.filter((e) => e.type === 'attack').length,
      counts,
      locator: locate(location),
    }
  }).sort((a, b) => (a.country?.label ?? '').localeCompare(b.country?.label ?? '', 'en') || a.name.localeCompare(b.name, 'en'))

  const markers = places
    .flatMap((p) => {
      const location = byPlace.get(p.slug)?.[0]?.location
      if (location === undefined || location === null || location.lat === null || location.lon === null || location.precision === 'country') return []
      const { x, y } = base.project(location.lon, location.lat)
      const r = p.attacks === 0 ? 3 : Math.round((4 + 5 * Math.sqrt(p.attacks)) * 10) / 10
      const label = `${p.name}${p.country === null ? '' : `, ${p.country.label}`}: ${p.attacks === 0 ? `no attacks; ${p.counts.replace(/^0 attacks, /, '')}` : p.counts}`
      return [{ x, y, r, url: p.url, name: p.name, attacks: p.attacks, label }]
    })
    // Big markers first, so small ones are drawn on top and stay clickable.
    .sort((a, b) => b.r - a.r || a.name.localeCompare(b.name, 'en'))

  // Groups.
  const byGroup = groupBy(events, (e) => e.actors.filter(knownGroup))
  const groupEntries = new Map<string, EventEntry[]>()
  const groups: GroupPage[] = [...byGroup.entries()].map(([name, list]) => {
    const slug = naming.groupSlug(name)
    groupEntries.set(name, entriesFor(list))
    const counts = countEntries(entriesFor(list))
    return {
      slug,
      pageTitle: shortTitle(name),
      description: `Events naming ${name}: ${counts}, by day, each with its quoted sources.`,
      feed: feedView(`groups/${slug}`, `Events naming ${name}`, `The events whose reports name ${name} most recently reported (up to ${FEED_ENTRIES}), newest first.`, `/groups/${slug}/`, list),
      url: `/groups/${slug}/`,
      name,
      counts,
    }
  }).sort((a, b) => a.name.localeCompare(b.name, 'en'))

  // Facets: country, weapon, status, month, type.
  const facetKinds: { id: string; title: string; kind: string; keys: (e: TimelineEvent) => string[]; url: (key: string) => string; label: (key: string) => string; order?: string[] }[] = [
    { id: 'countries', title: 'Countries', kind: 'Country', keys: (e) => (e.location?.country == null ? [] : [e.location.country]), url: (k) => `/countries/${safeSlug(k)}/`, label: (k) => k },
    { id: 'weapons', title: 'Weapons', kind: 'Weapon', keys: (e) => e.weapons, url: (k) => `/weapons/${k}/`, label: (k) => naming.weaponLabel(k) },
    { id: 'status', title: 'Status', kind: 'Status', keys: (e) => [e.status], url: (k) => `/status/${k}/`, label: (k) => statusLabel(k as EventStatus), order: ['confirmed', 'claimed', 'denied', 'reported'] },
    { id: 'months', title: 'Months', kind: 'Month', keys: (e) => [e.date.slice(0, 7)], url: (k) => `/months/${k}/`, label: (k) => formatMonth(k), order: [...new Set(events.map((e) => e.date.slice(0, 7)))] },
    { id: 'types', title: 'Kinds of event', kind: 'Kind', keys: (e) => [e.type], url: (k) => `/types/${k}/`, label: (k) => TYPE_LABELS[k as EventType], order: ['attack', 'us-strike', 'statement', 'other'] },
  ]
  const facetPages: (FacetPage & TimelinePart)[] = []
  const browse: SiteViews['browse'] = []
  for (const kind of facetKinds) {
    const grouped = groupBy(events, kind.keys)
    const keys = [...grouped.keys()].sort((a, b) => (kind.order === undefined ? kind.label(a).localeCompare(kind.label(b), 'en') : kind.order.indexOf(a) - kind.order.indexOf(b)))
    const links: CountedLink[] = []
    for (const key of keys) {
      const list = grouped.get(key) ?? []
      const counts = countEntries(entriesFor(list))
      const facet: FacetPage = { url: kind.url(key), pageTitle: shortTitle(`${kind.kind}: ${kind.label(key)}`), description: `${kind.kind}: ${kind.label(key)}. ${counts[0]?.toUpperCase()}${counts.slice(1)}, by day, each with its quoted sources.`, kind: kind.kind, title: kind.label(key), counts }
      facetPages.push(...withTimelinePages(facet, entriesFor(list)))
      links.push({ label: kind.label(key), url: kind.url(key), count: list.length })
    }
    browse.push({ id: kind.id, title: kind.title, links })
  }
  browse.push(
    { id: 'sites', title: 'Sites and places', links: places.map((p) => ({ label: p.name, url: p.url, count: byPlace.get(p.slug)?.length ?? 0 })) },
    { id: 'groups', title: 'Groups', links: groups.map((g) => ({ label: g.name, url: g.url, count: byGroup.get(g.name)?.length ?? 0 })) },
  )

  // Each article's events in timeline order, found in one pass: scanning every event per article is quadratic in the corpus.
  const eventsOfArticle = groupBy(events, (e) => [...new Set(e.reports.map((r) => r.article))])
  // Passages, for links from reports to the marks on article pages.
  const passagesOf = new Map(articles.map((a) => [a.path, quotePassages(a.path, eventsOfArticle.get(a.path) ?? [])]))
  const outletLink = (article: ArticleRecord | undefined, source: string): { label: string; url: string } =>
    ({ label: source, url: `/sources/${article?.sourceSlug ?? safeSlug(source)}/` })

  // The home timeline, in pages, in both orders; each event's day is found on the oldest-first pages.
  const home: HomePage[] = []
  const dayUrl = new Map<string, string>()
  const backOf = new Map<string, string>()
  for (const [order, url, title, other] of [['oldest', '/', 'Timeline of attacks', { label: 'Newest first', url: '/newest-first/' }], ['newest', '/newest-first/', 'Timeline of attacks, newest first', { label: 'Oldest first', url: '/' }]] as const) {
    for (const p of paginateTimeline(entries, url, order)) {
      home.push({ url: p.url, order, title: p.pager === null ? title : `${title}, ${p.label}`, first: p.number === 1, otherOrder: other, months: p.timeline, pager: p.pager })
      if (order !== 'oldest') continue
      for (const day of p.timeline.flatMap((m) => m.days)) {
        if (!dayUrl.has(day.id)) dayUrl.set(day.id, `${p.url}#${day.id}`)
        for (const e of [...day.attacks, ...day.context]) if (!backOf.has(e.id)) backOf.set(e.id, `${p.url}#${day.id}`)
      }
    }
  }
  const chart = drawDailyChart(dayCounts, (d) => dayUrl.get(`d-${d}`) ?? `/#d-${d}`)

  // Event pages.
  const eventPages: EventPage[] = events.map((event, i) => {
    const entry = entryFor(event)
    const neighbour = (e: TimelineEvent | undefined): { label: string; url: string } | null =>
      e === undefined ? null : { label: `${e.summary} (${entryFor(e).date.text})`, url: `/events/${e.id}/` }
    const location = event.location
    const casualties = formatCasualties(event.killed, event.injured)
    return {
      ...entry,
      pageTitle: shortTitle(`${event.summary}, ${day(event.date)}`),
      description: `${event.summary}, ${entry.date.text}${location?.country ? `, ${location.country}` : ''}. ${entry.status.label}${event.disputed ? ' (reports disagree)' : ''}${casualties === null ? '' : `; ${casualties}`}. ${entry.sources[0]?.toUpperCase()}${entry.sources.slice(1)}, each quoted.`,
      killed: event.killed === null ? 'not stated' : event.killed.max === 0 ? 'none' : formatCount(event.killed),
      injured: event.injured === null ? 'not stated' : event.injured.max === 0 ? 'none' : formatCount(event.injured),
      placeDetail: location === null ? null : [[location.admin1, location.country].filter((x) => x !== null).join(', '), PRECISION[location.precision]].filter((x) => x).join(' · '),
      reports: event.reports.map((r) => {
        const article = articleByPath.get(r.article)
        const anchor = anchorFor(passagesOf.get(r.article) ?? [], r.start, r.end)
        return {
          outlet: outletLink(article, r.source),
          article: { label: article?.title ?? r.article, url: `/articles/${article?.slug ?? ''}/${anchor === null ? '' : `#${anchor}`}` },
          published: article === undefined ? { text: 'unknown', datetime: '' } : { text: day(article.date), datetime: article.date },
          claimant: r.claimant,
          claimantKind: CLAIMANT_KINDS[r.claimantKind] ?? r.claimantKind,
          status: statusBadge(r.status),
          figures: formatCasualties(r.killed, r.injured),
          quote: r.quote,
        }
      }),
      mergeReasons: event.mergeReasons,
      corrections: (event.corrections ?? []).map((c) => ({
        label: CORRECTION_LABELS[c.kind],
        reason: c.reason,
        changes: c.changes.map(changeText),
        note: c.note,
        where: `seeds/corrections.yaml, line ${c.line}`,
      })),
      outlets: [...new Map(event.reports.map((r) => { const l = outletLink(articleByPath.get(r.article), r.source); return [l.url, l] as const })).values()].sort(byLabel),
      previous: neighbour(events[i - 1]),
      next: neighbour(events[i + 1]),
      back: backOf.get(event.id) ?? '/#timeline-title',
      locator: locate(location),
    }
  })

  // Articles and outlets.
  const articleExtras: Record<string, ArticleExtra> = {}
  for (const a of articles) {
    const passages = passagesOf.get(a.path)?.length ?? 0
    articleExtras[a.slug] = {
      pageTitle: shortTitle(a.title),
      description: `${a.title}, ${a.source}, ${day(a.date)}: the article as scraped, ${passages === 0 ? 'from which no event was taken' : `with the ${plural(passages, 'passage')} the timeline quotes highlighted`}.`,
      outlet: outletLink(a, a.source),
      published: day(a.date),
      events: (eventsOfArticle.get(a.path) ?? []).map((e) => ({ label: `${e.summary}, ${entryFor(e).date.text}`, url: `/events/${e.id}/` })),
      passages,
    }
  }
  const outletPages: OutletPageView[] = []
  // Each article's reports with their events, numbered in timeline order and, within an event, in its reports' order.
  const reportRows = events.flatMap((event) => event.reports.map((r) => ({ event, status: r.status, article: r.article })))
  const reportsOf = groupBy(reportRows.map((row, order) => ({ ...row, order })), (row) => [row.article])
  const rowsOf = (list: ArticleRecord[]): ReportRow[] => list.flatMap((a) => reportsOf.get(a.path) ?? [])
  /** The reports that `list`'s articles made, as rows against each event's record, and those events, in timeline order. */
  const compare = (list: ArticleRecord[]): { reported: TimelineEvent[]; comparison: OutletPageView['comparison'] } => {
    const rows = rowsOf(list).sort((x, y) => x.order - y.order)
    const reported = [...new Set(rows.map((row) => row.event))]
    const comparison = rows.map(({ event: e, status }) => {
      const entry = entryFor(e)
      return { event: { label: e.summary, url: `/events/${e.id}/` }, date: entry.date.text, said: statusBadge(status), record: entry.status, agrees: status === e.status }
    })
    return { reported, comparison }
  }
  const articlesOf = groupBy(articles, (a) => [a.sourceSlug])
  const outlets: OutletPage[] = [...articlesOf.entries()].map(([slug, list]) => {
    // Only counted here: each page of the outlet lays its own rows out.
    const rows = rowsOf(list)
    const agree = rows.filter((r) => r.status === r.event.status).length
    const confirmedLater = rows.filter((r) => r.status !== 'confirmed' && r.event.status === 'confirmed').length
    return {
      slug,
      pageTitle: shortTitle(list[0]?.source ?? slug),
      description: `${list[0]?.source ?? slug}: ${plural(list.length, 'article')} and how its ${plural(rows.length, 'report')} compare with the timeline’s record.`,
      url: `/sources/${slug}/`,
      name: list[0]?.source ?? slug,
      articleCount: list.length,
      reportCount: rows.length,
      comparisonSummary: rows.length === 0
        ? 'No events were taken from this outlet’s articles.'
        : `${plural(agree, 'report')} of ${rows.length} gave the status the event has on the timeline; ${rows.length - agree} did not${confirmedLater > 0 ? `, of which ${confirmedLater} ${confirmedLater === 1 ? 'was' : 'were'} confirmed by another report` : ''}.`,
    }
  }).sort((a, b) => a.name.localeCompare(b.name, 'en'))
  for (const outlet of outlets) {
    // An outlet's articles in runs, each page with the reports and events of its own articles.
    const runs = chunk(articlesOf.get(outlet.slug) ?? [], OUTLET_PAGE_ARTICLES)
    const labels = runs.map((run, i) => `Articles ${i * OUTLET_PAGE_ARTICLES + 1}–${i * OUTLET_PAGE_ARTICLES + run.length}`)
    const pagers = makePagers(outlet.url, labels, `${outlet.name}’s articles`)
    runs.forEach((run, i) => {
      const { reported, comparison } = compare(run)
      const pager = pagers[i] ?? null
      outletPages.push({
        ...outlet,
        url: pageUrl(outlet.url, i + 1),
        ...(pager === null ? {} : { pageTitle: `${outlet.pageTitle} (${labels[i]})`, description: `${outlet.description} ${pager.summary}: ${labels[i]}.` }),
        articles: run.map((a) => ({ title: a.title, url: `/articles/${a.slug}/`, date: day(a.date), datetime: a.date, original: a.original?.source ?? null })),
        comparison,
        timeline: groupTimeline(entriesFor(reported)),
        pager,
      })
    })
  }

  // The index of every article, oldest first, in pages.
  const articleRuns = chunk(articles, ARTICLE_INDEX_PAGE)
  const articleLabels = articleRuns.map((run) => (run.length === 0 ? '' : formatSpan(run[0]?.date ?? '', run.at(-1)?.date ?? '')))
  const articlePagers = makePagers('/articles/', articleLabels, 'the articles')
  const articleIndex: ArticleIndexPage[] = articleRuns.map((run, i) => ({
    url: pageUrl('/articles/', i + 1),
    title: articlePagers[i] === null ? 'Articles' : `Articles, ${articleLabels[i]}`,
    articles: run.map((a) => ({ title: a.title, url: `/articles/${a.slug}/`, source: a.source, date: articleExtras[a.slug]?.published ?? day(a.date), datetime: a.date })),
    pager: articlePagers[i] ?? null,
  }))

  const allFeed = feedView('events', 'All events', `The events most recently reported (up to ${FEED_ENTRIES}), newest first, each with its status and quoted sources; every event is in the open data, /data/events.json.`, '/', events)
  return {
    summary,
    chart,
    home,
    events: eventPages,
    articles: articleExtras,
    articleIndex,
    outlets,
    places,
    groups,
    outletPages,
    placePages: places.flatMap((p) => withTimelinePages(p, placeEntries.get(p.slug) ?? [])),
    groupPages: groups.flatMap((g) => withTimelinePages(g, groupEntries.get(g.name) ?? [])),
    facetPages,
    browse,
    map: { width: base.width, height: base.height, shapes: base.shapes, markers },
    siteFeed: { title: allFeed.title, atom: allFeed.atom, json: allFeed.json },
    locator: { width: small.width, height: small.height, shapes: small.shapes },
    feeds: {
      all: allFeed,
      corrections: feedView('corrections', 'Corrections', 'Every correction editors applied to the timeline, with its reason and what it changed.', '/', []),
      sites: places.map((p) => p.feed),
      groups: groups.map((g) => g.feed),
    },
    data: {
      recordFields: RECORD_FIELDS,
      csvColumns: EVENT_COLUMNS.map(({ name, description }) => ({ name, description })),
      events: events.length,
      located: events.filter((e) => e.location?.lat != null && e.location.lon != null).length,
      feedEntries: FEED_ENTRIES,
    },
    search: {
      statuses: (['confirmed', 'claimed', 'denied', 'reported'] as const).filter((s) => events.some((e) => e.status === s)).map((s) => statusLabel(s)),
      sites: [...new Set(places.map((p) => p.name))].sort((a, b) => a.localeCompare(b, 'en')),
      groups: groups.map((g) => g.name),
    },
  }
}
