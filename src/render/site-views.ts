import type { EventGrade } from '../model/event.js'
import type { EventStatus, EventType } from '../model/report.js'
import type { MapShape } from './draw-map.js'
import type { DateLabel } from './format-date.js'

/** The parts of the site's views that more than one kind of page uses (src/site/site-context.ts); each page type's own are in its module, src/site/pages/. Templates only loop and print (STYLE.md: templates are dumb). */

/** A link as a template prints it: root-relative `url`, so a later `--path-prefix` can rewrite it. */
export interface Link {
  label: string
  url: string
}

/** A link with how many events it leads to. */
export interface CountedLink extends Link {
  count: number
}

/** How a status is shown: a word and a shape, so colour is never the only signal. */
export interface StatusBadge {
  /** The status, or `statement` for a statement, which is shown with no status (`showsStatus`); also the badge's CSS modifier. */
  id: EventStatus | 'statement'
  /** `Confirmed`, `Claimed`, `Denied` or `Reported`; `Statement` for a statement. */
  label: string
  /** A glyph drawn beside the word (hidden from screen readers). */
  icon: string
  /** `true` when the reports of the event disagree on whether it happened (the event's `disputed`). */
  disputed: boolean
  /** Said when disputed, e.g. `Reports disagree on whether it happened: 1 report denies it, 2 say it did (1 confirmed, 1 claimed).` */
  note: string | null
}

/** One event as a line of a timeline. */
export interface EventEntry {
  id: string
  /** `/events/<id>/`. */
  url: string
  type: EventType
  /** `Attack`, `U.S. strike`, `Statement` or `Other`. */
  typeLabel: string
  /** `true` for everything but attacks: drawn in the secondary lane. */
  context: boolean
  /** The kind printed before the badge: `U.S. strike`, `Other`; `null` for an attack (the main lane's kind) and a statement (its badge says it). */
  kind: string | null
  date: DateLabel
  summary: string
  place: { name: string; url: string; country: Link | null } | null
  weapons: Link[]
  groups: Link[]
  /** Who claimed it, from militia reports, e.g. `['Islamic Resistance in Iraq']`. */
  claimedBy: string[]
  /** E.g. `20 injured`, `none killed, 1–3 injured`; `null` when no report gives a figure. */
  casualties: string | null
  status: StatusBadge
  /** How well sourced (src/merge/grade.ts): the grade, also the CSS modifier, and its label, `Several independent outlets`. */
  grade: { id: EventGrade; label: string }
  /** E.g. `3 reports from 2 independent outlets`, or, when some outlets copy another's story, `3 reports from 3 outlets; 2 independent sources`. */
  sources: string
  reportCount: number
}

/** The events of one day (or one span, or one month for vaguer dates), in two lanes. */
export interface DayGroup {
  /** Fragment id, e.g. `d-2023-10-22`. */
  id: string
  heading: DateLabel
  attacks: EventEntry[]
  context: EventEntry[]
}

export interface MonthGroup {
  /** Fragment id, e.g. `m-2023-10`. */
  id: string
  /** `October 2023`. */
  label: string
  /** E.g. `7 attacks, 3 other events`. */
  counts: string
  days: DayGroup[]
}

/** Links between the pages of a list too long for one page (BENCHMARKS.md: no page over 300 KB). */
export interface Pager {
  /** The navigation landmark's name, e.g. `Pages of the timeline`. */
  label: string
  /** `Page 2 of 8`. */
  summary: string
  /** Every page, labelled by what it holds (`October 2023`, `Articles 401–800`); `current` marks this one. */
  pages: (Link & { current: boolean })[]
  previous: Link | null
  next: Link | null
}

/** One page of a timeline that may run over several pages. */
export interface TimelinePart {
  timeline: MonthGroup[]
  /** `null` when the whole timeline fits on this page. */
  pager: Pager | null
}

export interface Summary {
  attacks: number
  sites: number
  days: number
  /** E.g. `44`, `44–50`, or `not reported`. */
  injured: string
  killed: string
  /** E.g. `16 October 2023 – 30 October 2023`, or `null` with no attacks. */
  span: string | null
  contextEvents: number
  outlets: number
  articles: number
  /** Attacks left out of the daily chart because their date is a span or a month. */
  undatedInChart: number
}

export interface OutletPage {
  slug: string
  pageTitle: string
  description: string
  url: string
  name: string
  articleCount: number
  reportCount: number
  /** One sentence on how the outlet's reports compare with the events' records. */
  comparisonSummary: string
}

/** What every page listing one place's or one group's events starts with. */
export interface ListPageHead {
  slug: string
  pageTitle: string
  description: string
  /** The feeds of the events listed. */
  feed: FeedView
  url: string
  name: string
}

/** A site, town or area with events: its page lists them over time. */
export interface PlacePage extends ListPageHead {
  country: Link | null
  admin1: string | null
  /** `a named site`, `a town or area`, `a whole country`. */
  precision: string
  coordinates: string | null
  attacks: number
  /** E.g. `3 attacks, 1 other event`. */
  counts: string
  locator: { x: number; y: number } | null
}

export interface GroupPage extends ListPageHead {
  counts: string
}

export interface LocatorView {
  width: number
  height: number
  shapes: MapShape[]
}

/** A feed in its two formats, as pages link to it. */
export interface FeedLinks {
  /** E.g. `Events at Al-Tanf Garrison`. */
  title: string
  /** `/feeds/<key>.atom`. */
  atom: string
  /** `/feeds/<key>.json` (JSON Feed 1.1). */
  json: string
}

/**
 * Entries a feed of events holds: its newest, by the day of the latest article reporting each (what feed
 * readers sort by, so a new report of an old event comes back to the top). Feed readers fetch a feed again and
 * again, so it stays the same size as the timeline grows (every event of a large corpus made a feed of
 * megabytes); every event is in the open data (`/data/events.json`) and on its page.
 */
export const FEED_ENTRIES = 50

/** One feed: what it follows, and which events are in it. The publish step writes it in both formats. */
export interface FeedView extends FeedLinks {
  /** Path under `/feeds/` without extension: `events`, `corrections`, `sites/al-tanf`, `groups/kataib-hezbollah`. */
  key: string
  /** One sentence for the feed's subtitle. */
  description: string
  /** The page the feed follows, e.g. `/sites/al-tanf/`. */
  page: string
  /** Ids of its events, newest first (the feed holds the `FEED_ENTRIES` most recently reported); empty for the corrections feed, whose entries are the applied corrections. */
  events: string[]
}

export interface SiteFeeds {
  all: FeedView
  corrections: FeedView
  sites: FeedView[]
  groups: FeedView[]
}

/** A column or field of the open data, for the Data page. */
export interface DataField {
  name: string
  description: string
}

/** The Data page: the downloads and how to read them. */
export interface DataPage {
  /** Every field of an event record (`events.json`), from the JSON Schema's top level. */
  recordFields: DataField[]
  /** The columns of `events.csv`, in order; `events.geojson` uses the same names. */
  csvColumns: DataField[]
  events: number
  /** Events with coordinates: the features of `events.geojson`. */
  located: number
  /** Events a feed holds at most: its newest. */
  feedEntries: number
}

/** The values the search page offers as filters; each is exactly the text an event page marks with `data-pagefind-filter`. */
export interface SearchFilters {
  statuses: string[]
  sites: string[]
  groups: string[]
}
