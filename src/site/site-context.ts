import { compareEvents, type EventGrade, type TimelineEvent } from '../model/event.js'
import { GRADE_RULES, gradeLabel } from '../merge/grade.js'
import type { EventStatus, EventType } from '../model/report.js'
import type { ArticleRecord, TimelineData } from '../model/timeline-data.js'
import { drawAttackChart, type AttackChart } from '../render/draw-chart.js'
import { dataAsOf } from '../render/data-as-of.js'
import { baseMapOf, drawBaseMapData, type BaseMap, type BaseMapSource, type BaseMapSpec } from '../render/draw-map.js'
import {
  agreesWithRecord,
  countryLink,
  formatCount,
  makeNaming,
  plural,
  showsStatus,
  statusLabel,
  toEntry,
  TYPE_LABELS,
  type Naming,
  type RenderKnowledge,
} from '../render/event-entry.js'
import { EVENT_COLUMNS } from '../render/event-columns.js'
import { formatDay, formatMonth } from '../render/format-date.js'
import { groupBy } from '../render/group-by.js'
import { countEntries } from '../render/group-timeline.js'
import { HOME_FIRST_PAGE_ENTRIES, paginateTimeline, TIMELINE_PAGE_ENTRIES, type TimelinePageData } from '../render/paginate.js'
import { quotePassages, type QuotePassage } from '../render/quote-anchors.js'
import { RECORD_FIELDS } from '../render/record-fields.js'
import { remember } from '../render/remember.js'
import { shortTitle } from '../render/short-title.js'
import {
  FEED_ENTRIES,
  type CountedLink,
  type DataPage,
  type EventEntry,
  type FeedLinks,
  type FeedView,
  type GroupPage,
  type Link,
  type LocatorView,
  type OutletPage,
  type PlacePage,
  type SearchFilters,
  type SiteFeeds,
  type Summary,
} from '../render/site-views.js'
import { safeSlug } from '../safe-slug.js'
import { browseFilter, type BrowseFilter, type FilterFacetSource } from './browse-filter.js'
import { methodsView, type MethodsView } from './methods-view.js'
import { rebuildMemo, type RebuildMemo } from '../rebuild-memo.js'

/** What the site shows of a place's precision: `a named site`, `a town or area`, `a whole country`. */
export const PRECISION: Record<string, string> = { site: 'a named site', area: 'a town or area', country: 'a whole country' }

/** The views every kind of page may print, or the single pages (the filter index, the data page…) lay out. */
export interface SharedViews {
  summary: Summary
  chart: AttackChart | null
  outlets: OutletPage[]
  places: PlacePage[]
  groups: GroupPage[]
  /** The filter index: each kind of facet with its values. */
  browse: { id: string; title: string; links: CountedLink[] }[]
  /** The filter form of /browse/ and the events it filters (written to `browse/events.json`). */
  filter: BrowseFilter
  locator: LocatorView
  feeds: SiteFeeds
  /** The links to the feed of all events, which every page but a site's or a group's advertises: not the feed itself, which changes with every event. */
  siteFeed: FeedLinks
  data: DataPage
  search: SearchFilters
  /** What the timeline covers, for the about page: `null` without campaign knowledge. */
  about: AboutView | null
  /** The methods page: status meanings, grades, precision and this build's counts. */
  methods: MethodsView
  /** How current the data is, for every page's footer: the latest publication day among the articles (never the clock); `null` without articles. */
  dataAsOf: { text: string; datetime: string } | null
}

/** The campaign as the about page states it, and how many reports it set aside. */
export interface AboutView {
  subject: string
  start: string
  /** `null` while the campaign goes on. */
  end: string | null
  region: string
  /** Reports dated or placed outside the campaign, set aside by this build. */
  setAside: number
}

/** What the map pages know of a gazetteer place beyond what its events carry (src/data/gazetteer.yaml). */
export interface MapKnowledge {
  places?: { id: string; shortName?: string; radiusKm?: number }[]
}

/** One value of a facet (a country, a weapon, a status, a month, a kind of event) and its events. */
export interface FacetValue {
  /** The value as its page's address names it: `iraq`, `drone`, `confirmed`, `2023-10`, `attack`. */
  key: string
  /** `Country`, `Weapon`, `Status`, `Month`, `Kind`. */
  kind: string
  /** The value as the site names it: `Iraq`, `Drone`, `Confirmed`, `October 2023`, `Attack`. */
  label: string
  /** Its page: `/countries/iraq/`. */
  url: string
  /** In timeline order. */
  events: TimelineEvent[]
}

/** One report as its outlet's pages compare it: `order` numbers every report in timeline order. */
export interface ReportRow {
  order: number
  event: TimelineEvent
  /** What the report said. */
  status: EventStatus
  /** Its article's path. */
  article: string
}

/**
 * What every page type builds from, made once per build: the data in timeline order, each event's
 * timeline entry, lookups between articles, events and passages, and the shared views.
 */
export interface SiteContext {
  /** The data's articles, in publication order. */
  articles: ArticleRecord[]
  /** The data's events, in timeline order (`compareEvents`). */
  events: TimelineEvent[]
  naming: Naming
  /** Each event as a line of a timeline, in timeline order, naming only the groups groups.yaml knows. */
  entries: EventEntry[]
  /** An event's entry, which holds its date label and record badge: every page that names the event uses them. */
  entryFor: (event: TimelineEvent) => EventEntry
  entriesFor: (events: TimelineEvent[]) => EventEntry[]
  /** `22 October 2023`, remembered: thousands of pages spell the same few hundred days. */
  day: (day: string) => string
  articleByPath: Map<string, ArticleRecord>
  /** Each article's events in timeline order, by article path. */
  eventsOfArticle: Map<string, TimelineEvent[]>
  /** The passages of each article that reports quote, by article path: the marks its page shows and event pages link to. */
  passagesOf: Map<string, QuotePassage[]>
  /** The link to an article's outlet (or, without the article, to the outlet named `source`). */
  outletLink: (article: ArticleRecord | undefined, source: string) => Link
  /** Where a place falls on the locator map, or `null` without coordinates. */
  locate: (location: TimelineEvent['location']) => { x: number; y: number } | null
  /** The home timeline in pages, oldest first (from `/`) and newest first (from `/newest-first/`). */
  homeTimeline: { oldest: TimelinePageData[]; newest: TimelinePageData[] }
  /** Each event's day on the home timeline, by event id: the oldest-first page that holds it, with the day's fragment. */
  backOf: Map<string, string>
  /** Each place's events as timeline entries, by place slug. */
  placeEntries: Map<string, EventEntry[]>
  /** Each group's events as timeline entries, by group name. */
  groupEntries: Map<string, EventEntry[]>
  /** Every value of every facet, kind by kind, in the filter index's order. */
  facets: FacetValue[]
  /** Each outlet's articles in publication order, by outlet slug. */
  articlesOf: Map<string, ArticleRecord[]>
  /** The reports `articles` made, with their events, in the order of their articles. */
  reportRowsOf: (articles: ArticleRecord[]) => ReportRow[]
  /** A gazetteer place's short name and, for an area, how far it reaches, by id: what the map pages draw by. Empty without knowledge. */
  gazetteer: Map<string, { shortName?: string; radiusKm?: number }>
  /** A base map to draw on (src/render/draw-map.ts), from the build's source of drawings: the same map whichever it is. */
  baseMap: (spec: BaseMapSpec) => BaseMap
  /** The last build's views, where a page type's view of one item is made from the same inputs (src/rebuild-memo.ts); empty in a build of its own. */
  memo: RebuildMemo
  views: SharedViews
}

/** The small locator map that event and site pages share (the big maps are the map pages', src/site/pages/map.ts). */
export const LOCATOR_MAP: BaseMapSpec = { width: 200, height: 176, margin: 8, resolution: '110m', digits: 0 }

/** Feed order: newest first (last day, then first day), then id. */
function newestFirst(a: TimelineEvent, b: TimelineEvent): number {
  return b.dateEnd.localeCompare(a.dateEnd) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id)
}

/** A feed's paths from its key, e.g. `sites/al-tanf` → `/feeds/sites/al-tanf.atom` and `.json`, and its events (the feed holds the newest FEED_ENTRIES of them). */
function feedView(key: string, title: string, description: string, page: string, events: TimelineEvent[]): FeedView {
  return { key, title, description, page, atom: `/feeds/${key}.atom`, json: `/feeds/${key}.json`, events: [...events].sort(newestFirst).map((e) => e.id) }
}

/** Sums a count over events that give it: `44`, `44–50`, or `not reported`. */
function sumCounts(counts: TimelineEvent['killed'][]): string {
  const given = counts.filter((c) => c !== null)
  if (given.length === 0) return 'not reported'
  return formatCount({ min: given.reduce((s, c) => s + c.min, 0), max: given.reduce((s, c) => s + c.max, 0) })
}

/**
 * The shared half of the site step: from the data file's contents, everything more than one kind
 * of page uses. Pure and deterministic: same input, same output, no clock. `memo` gives the views of
 * unchanged events and articles that an earlier build made (src/rebuild-memo.ts): the same views.
 */
export function siteContext(
  data: Pick<TimelineData, 'articles' | 'events'> & Partial<Pick<TimelineData, 'diagnostics' | 'corrections'>>,
  knowledge: RenderKnowledge & MapKnowledge = {},
  drawings: BaseMapSource = drawBaseMapData,
  memo: RebuildMemo = rebuildMemo(),
): SiteContext {
  const baseMap = (spec: BaseMapSpec): BaseMap => baseMapOf(drawings(spec))
  const { articles } = data
  const naming = makeNaming(knowledge)
  const events = [...data.events].sort(compareEvents)
  const day = remember(formatDay)
  // A group has a page only when groups.yaml knows it (corrections refuse other actors; this keeps a stray one from making a page or a dead link).
  const groupNames = knowledge.groups === undefined ? null : new Set(knowledge.groups.map((g) => g.name))
  const knownGroup = (name: string): boolean => groupNames === null || groupNames.has(name)
  // Made from the event alone (and the knowledge, which the memo's version fixes).
  const entries = events.map((e) =>
    memo.kept('entry', e.id, [e], () => {
      const entry = toEntry(e, naming)
      return entry.groups.every((g) => knownGroup(g.label)) ? entry : { ...entry, groups: entry.groups.filter((g) => knownGroup(g.label)) }
    }),
  )
  const entryOf = new Map(entries.map((e) => [e.id, e]))
  const entryFor = (e: TimelineEvent): EventEntry => {
    const entry = entryOf.get(e.id)
    if (entry === undefined) throw new Error(`No entry for event ${e.id}: entries are made from the same list.`)
    return entry
  }
  const entriesFor = (list: TimelineEvent[]): EventEntry[] => list.map((e) => entryOf.get(e.id)).filter((e) => e !== undefined)
  const articleByPath = new Map(articles.map((a) => [a.path, a]))
  const attacks = events.filter((e) => e.type === 'attack')

  // Figures.
  const dayCounts = new Map<string, number>()
  for (const e of attacks) if (e.datePrecision === 'day') dayCounts.set(e.date, (dayCounts.get(e.date) ?? 0) + 1)
  const summary: Summary = {
    attacks: attacks.length,
    sites: new Set(attacks.flatMap((e) => (e.location === null ? [] : [naming.placeSlug(e.location)]))).size,
    days: dayCounts.size,
    injured: sumCounts(attacks.map((e) => e.injured)),
    killed: sumCounts(attacks.map((e) => e.killed)),
    span:
      attacks.length === 0
        ? null
        : `${formatDay(attacks.map((e) => e.date).sort()[0] ?? '')} – ${formatDay(
            attacks
              .map((e) => e.dateEnd)
              .sort()
              .at(-1) ?? '',
          )}`,
    contextEvents: events.length - attacks.length,
    outlets: new Set(articles.map((a) => a.sourceSlug)).size,
    articles: articles.length,
    undatedInChart: attacks.length - [...dayCounts.values()].reduce((a, b) => a + b, 0),
  }

  const small = baseMap(LOCATOR_MAP)
  const locate = (location: TimelineEvent['location']): { x: number; y: number } | null =>
    location === null || location.lat === null || location.lon === null ? null : small.project(location.lon, location.lat)

  // Places.
  const byPlace = groupBy(
    events.filter((e) => e.location !== null),
    (e) => (e.location === null ? [] : [naming.placeSlug(e.location)]),
  )
  const placeEntries = new Map<string, EventEntry[]>()
  const places: PlacePage[] = [...byPlace.entries()]
    .map(([slug, list]) => {
      const location = list[0]?.location ?? null
      if (location === null) throw new Error('A place group without a location: groupBy keyed it by location, so this cannot happen.')
      const listed = entriesFor(list)
      placeEntries.set(slug, listed)
      const counts = countEntries(listed)
      return {
        slug,
        pageTitle: shortTitle(location.name),
        description: `Events at ${location.name}${location.country === null ? '' : `, ${location.country}`}: ${counts}, by day, each with its quoted sources.`,
        feed: feedView(
          `sites/${slug}`,
          `Events at ${location.name}`,
          `The events at ${location.name} most recently reported (up to ${FEED_ENTRIES}), newest first.`,
          `/sites/${slug}/`,
          list,
        ),
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
    })
    .sort((a, b) => (a.country?.label ?? '').localeCompare(b.country?.label ?? '', 'en') || a.name.localeCompare(b.name, 'en'))

  // Groups.
  const byGroup = groupBy(events, (e) => e.actors.filter(knownGroup))
  const groupEntries = new Map<string, EventEntry[]>()
  const groups: GroupPage[] = [...byGroup.entries()]
    .map(([name, list]) => {
      const slug = naming.groupSlug(name)
      const listed = entriesFor(list)
      groupEntries.set(name, listed)
      const counts = countEntries(listed)
      return {
        slug,
        pageTitle: shortTitle(name),
        description: `Events naming ${name}: ${counts}, by day, each with its quoted sources.`,
        feed: feedView(
          `groups/${slug}`,
          `Events naming ${name}`,
          `The events whose reports name ${name} most recently reported (up to ${FEED_ENTRIES}), newest first.`,
          `/groups/${slug}/`,
          list,
        ),
        url: `/groups/${slug}/`,
        name,
        counts,
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))

  // Facets: country, weapon, status, grade, month, type, site, group. One entry each: its section of the filter index (/browse/), its pages
  // (unless it has a page type of its own), and, with `filter`, its control in the filter form there, which any combination narrows.
  const placeNames = new Map(places.map((p) => [p.slug, p.name]))
  const facetKinds: {
    id: string
    title: string
    kind: string
    keys: (e: TimelineEvent) => string[]
    url: (key: string) => string
    label: (key: string) => string
    order?: string[]
    /** `false` when the values have pages of their own page type (sites, groups): no facet page is made for them. */
    pages?: false
    /** The control of the filter form on /browse/ (public/browse.js): its name in the query, its label, and its option for "any". */
    filter?: { param: string; label: string; any: string }
  }[] = [
    {
      id: 'countries',
      title: 'Countries',
      kind: 'Country',
      keys: (e) => (e.location?.country == null ? [] : [e.location.country]),
      url: (k) => `/countries/${safeSlug(k)}/`,
      label: (k) => k,
      filter: { param: 'country', label: 'Country', any: 'any country' },
    },
    {
      id: 'weapons',
      title: 'Weapons',
      kind: 'Weapon',
      keys: (e) => e.weapons,
      url: (k) => `/weapons/${k}/`,
      label: (k) => naming.weaponLabel(k),
      filter: { param: 'weapon', label: 'Weapon', any: 'any weapon' },
    },
    {
      id: 'status',
      title: 'Status',
      kind: 'Status',
      // A statement shows no status, so no status page lists it: its kind's page does.
      keys: (e) => (showsStatus(e.type) ? [e.status] : []),
      url: (k) => `/status/${k}/`,
      label: (k) => statusLabel(k as EventStatus),
      order: ['confirmed', 'claimed', 'denied', 'reported'],
      filter: { param: 'status', label: 'Status', any: 'any status' },
    },
    {
      id: 'grades',
      title: 'Grades',
      kind: 'Grade',
      keys: (e) => [e.grade],
      url: (k) => `/grades/${k}/`,
      label: (k) => gradeLabel(k as EventGrade),
      order: GRADE_RULES.map((rule) => rule.id),
      filter: { param: 'grade', label: 'Grade', any: 'any grade' },
    },
    {
      id: 'months',
      title: 'Months',
      kind: 'Month',
      keys: (e) => [e.date.slice(0, 7)],
      url: (k) => `/months/${k}/`,
      label: (k) => formatMonth(k),
      order: [...new Set(events.map((e) => e.date.slice(0, 7)))],
      // No control: the form's date range does this, to the day.
    },
    {
      id: 'types',
      title: 'Kinds of event',
      kind: 'Kind',
      keys: (e) => [e.type],
      url: (k) => `/types/${k}/`,
      label: (k) => TYPE_LABELS[k as EventType],
      order: ['attack', 'us-strike', 'statement', 'other'],
      filter: { param: 'type', label: 'Kind of event', any: 'any kind' },
    },
    {
      id: 'sites',
      title: 'Sites and places',
      kind: 'Site or place',
      keys: (e) => (e.location === null ? [] : [naming.placeSlug(e.location)]),
      url: (k) => `/sites/${k}/`,
      label: (k) => placeNames.get(k) ?? k,
      order: places.map((p) => p.slug),
      pages: false,
      filter: { param: 'site', label: 'Site or place', any: 'any site or place' },
    },
    {
      id: 'groups',
      title: 'Groups',
      kind: 'Group',
      keys: (e) => e.actors.filter(knownGroup),
      url: (k) => `/groups/${naming.groupSlug(k)}/`,
      label: (k) => k,
      order: groups.map((g) => g.name),
      pages: false,
      filter: { param: 'group', label: 'Group', any: 'any group' },
    },
  ]
  const facets: FacetValue[] = []
  const browse: SharedViews['browse'] = []
  const filterSources: FilterFacetSource[] = []
  for (const kind of facetKinds) {
    const grouped = groupBy(events, kind.keys)
    const keys = [...grouped.keys()].sort((a, b) =>
      kind.order === undefined ? kind.label(a).localeCompare(kind.label(b), 'en') : kind.order.indexOf(a) - kind.order.indexOf(b),
    )
    const values = keys.map((key) => ({ key, kind: kind.kind, label: kind.label(key), url: kind.url(key), events: grouped.get(key) ?? [] }))
    if (kind.pages !== false) facets.push(...values)
    browse.push({ id: kind.id, title: kind.title, links: values.map((v) => ({ label: v.label, url: v.url, count: v.events.length })) })
    if (kind.filter !== undefined) filterSources.push({ ...kind, filter: kind.filter, values })
  }

  // Each article's events in timeline order, found in one pass: scanning every event per article is quadratic in the corpus.
  const eventsOfArticle = groupBy(events, (e) => [...new Set(e.reports.map((r) => r.article))])
  const passagesOf = new Map(
    articles.map((a) => {
      const reported = eventsOfArticle.get(a.path) ?? []
      return [a.path, memo.kept('passages', a.path, reported, () => quotePassages(a.path, reported))]
    }),
  )
  const outletLink = (article: ArticleRecord | undefined, source: string): Link => ({
    label: source,
    url: `/sources/${article?.sourceSlug ?? safeSlug(source)}/`,
  })

  // The home timeline, in pages, in both orders; each event's day is found on the oldest-first pages.
  const homeTimeline = {
    oldest: paginateTimeline(entries, '/', 'oldest', TIMELINE_PAGE_ENTRIES, HOME_FIRST_PAGE_ENTRIES),
    newest: paginateTimeline(entries, '/newest-first/', 'newest', TIMELINE_PAGE_ENTRIES, HOME_FIRST_PAGE_ENTRIES),
  }
  const dayUrl = new Map<string, string>()
  const backOf = new Map<string, string>()
  for (const p of homeTimeline.oldest) {
    for (const d of p.timeline.flatMap((m) => m.days)) {
      if (!dayUrl.has(d.id)) dayUrl.set(d.id, `${p.url}#${d.id}`)
      for (const e of [...d.attacks, ...d.context]) if (!backOf.has(e.id)) backOf.set(e.id, `${p.url}#${d.id}`)
    }
  }
  const chart = drawAttackChart(dayCounts, (d) => dayUrl.get(`d-${d}`) ?? `/#d-${d}`)

  // Outlets: each one's reports, numbered in timeline order and, within an event, in its reports' order.
  const reportRows = events.flatMap((event) => event.reports.map((r) => ({ event, status: r.status, article: r.article })))
  const reportsOf = groupBy(
    reportRows.map((row, order) => ({ ...row, order })),
    (row) => [row.article],
  )
  const reportRowsOf = (list: ArticleRecord[]): ReportRow[] => list.flatMap((a) => reportsOf.get(a.path) ?? [])
  const articlesOf = groupBy(articles, (a) => [a.sourceSlug])
  const outlets: OutletPage[] = [...articlesOf.entries()]
    .map(([slug, list]) => {
      // Only counted here: each page of the outlet lays its own rows out.
      const rows = reportRowsOf(list)
      const differ = rows.filter((r) => !agreesWithRecord(r.event, r.status))
      const agree = rows.length - differ.length
      const confirmedLater = differ.filter((r) => r.event.status === 'confirmed').length
      const name = list[0]?.source ?? slug
      return {
        slug,
        pageTitle: shortTitle(name),
        description: `${name}: ${plural(list.length, 'article')} and how its ${plural(rows.length, 'report')} compare with the timeline’s record.`,
        url: `/sources/${slug}/`,
        name,
        articleCount: list.length,
        reportCount: rows.length,
        comparisonSummary:
          rows.length === 0
            ? 'No events were taken from this outlet’s articles.'
            : `${plural(agree, 'report')} of ${rows.length} gave the status the event has on the timeline; ${rows.length - agree} did not${confirmedLater > 0 ? `, of which ${confirmedLater} ${confirmedLater === 1 ? 'was' : 'were'} confirmed by another report` : ''}.`,
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))

  const allFeed = feedView(
    'events',
    'All events',
    `The events most recently reported (up to ${FEED_ENTRIES}), newest first, each with its status and quoted sources; every event is in the open data, /data/events.json.`,
    '/',
    events,
  )
  const asOf = dataAsOf(articles)
  const views: SharedViews = {
    summary,
    chart,
    outlets,
    places,
    groups,
    browse,
    filter: browseFilter(filterSources, events, entryFor),
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
    about:
      knowledge.campaign === undefined
        ? null
        : {
            subject: knowledge.campaign.subject,
            start: formatDay(knowledge.campaign.start),
            end: knowledge.campaign.end === null ? null : formatDay(knowledge.campaign.end),
            region:
              knowledge.campaign.region.length > 1
                ? `${knowledge.campaign.region.slice(0, -1).join(', ')} and ${knowledge.campaign.region.at(-1)}`
                : (knowledge.campaign.region[0] ?? ''),
            setAside: (data.diagnostics ?? []).filter((d) => d.code === 'outside-campaign').length,
          },
    methods: methodsView(data),
    dataAsOf: asOf === null ? null : { text: formatDay(asOf), datetime: asOf },
    search: {
      statuses: (['confirmed', 'claimed', 'denied', 'reported'] as const)
        .filter((s) => events.some((e) => showsStatus(e.type) && e.status === s))
        .map((s) => statusLabel(s)),
      sites: [...new Set(places.map((p) => p.name))].sort((a, b) => a.localeCompare(b, 'en')),
      groups: groups.map((g) => g.name),
    },
  }
  return {
    articles,
    events,
    naming,
    entries,
    entryFor,
    entriesFor,
    day,
    articleByPath,
    eventsOfArticle,
    passagesOf,
    outletLink,
    locate,
    homeTimeline,
    backOf,
    placeEntries,
    groupEntries,
    facets,
    articlesOf,
    reportRowsOf,
    gazetteer: new Map((knowledge.places ?? []).map(({ id, shortName, radiusKm }) => [id, { shortName, radiusKm }])),
    baseMap,
    memo,
    views,
  }
}
