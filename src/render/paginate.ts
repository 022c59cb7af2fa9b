import { formatDay, formatMonth } from './format-date.js'
import { countEntries, groupTimeline } from './group-timeline.js'
import { groupBy } from './group-by.js'
import type { EventEntry, MonthGroup, Pager } from './site-views.js'

/**
 * Events on one timeline page: few enough that a page stays well under the page-size
 * budget (BENCHMARKS.md), whatever the size of the corpus.
 */
export const TIMELINE_PAGE_ENTRIES = 150
/**
 * Events on the first page of the home timeline, in either order, which also carries the figures and the chart: few
 * enough that the page with its stylesheet and script stays under 100 KB (BENCHMARKS.md). The pages after it, and
 * the month pages linked from /browse/, hold the rest.
 */
export const HOME_FIRST_PAGE_ENTRIES = 20
/** Lines of the /articles/ index on one page (about 0.3 KB each). */
export const ARTICLE_INDEX_PAGE = 400
/** An outlet's articles on one of its pages, with the reports and events they gave. */
export const OUTLET_PAGE_ARTICLES = 40

/**
 * The URL of page `n` (from 1) of a list whose first page is `base`: `/sites/x/`, `/sites/x/pages/2/`.
 * Two levels down, so it can never be an article's own address (`/articles/<slug>/`).
 */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}pages/${n}/`
}

/** Splits items into runs of consecutive items with the same key. */
function runs<T>(items: T[], key: (item: T) => string): T[][] {
  const out: T[][] = []
  for (const item of items) {
    const last = out.at(-1)
    if (last !== undefined && key(last[0] as T) === key(item)) last.push(item)
    else out.push([item])
  }
  return out
}

/**
 * Cuts entries (in the order given) into pages of at most `limit`, the first of at most `firstLimit`: whole months
 * when they fit, else whole days, else a day in slices. Consecutive months share a page while they fit.
 */
function splitTimeline(entries: EventEntry[], limit = TIMELINE_PAGE_ENTRIES, firstLimit = limit): EventEntry[][] {
  const pages: EventEntry[][] = []
  let current: EventEntry[] = []
  const limitNow = (): number => (pages.length === 0 ? firstLimit : limit)
  const add = (run: EventEntry[]): void => {
    if (current.length > 0 && current.length + run.length > limitNow()) {
      pages.push(current)
      current = []
    }
    current.push(...run)
  }
  for (const month of runs(entries, (e) => e.date.datetime.slice(0, 7))) {
    if (month.length <= limitNow()) {
      add(month)
      continue
    }
    for (const day of runs(month, (e) => `${e.date.precision}-${e.date.text}`)) {
      if (day.length <= limitNow()) add(day)
      else
        for (let i = 0; i < day.length;) {
          const size = limitNow()
          add(day.slice(i, i + size))
          i += size
        }
    }
  }
  if (current.length > 0) pages.push(current)
  return pages
}

/** `October 2023` when a page holds exactly one whole month, else its first and last day: `17 October 2023 – 2 November 2023`. */
function rangeLabel(chunk: EventEntry[], wholeMonths: Map<string, number>): string {
  const days = chunk.map((e) => e.date.datetime).sort()
  const first = days[0] ?? ''
  const last = days.at(-1) ?? ''
  const month = first.slice(0, 7)
  if (month === last.slice(0, 7) && wholeMonths.get(month) === chunk.length) return formatMonth(month)
  // An event known only to its month has the month as its datetime (`2023-11`).
  const label = (datetime: string): string => (datetime.length === 7 ? formatMonth(datetime) : formatDay(datetime))
  return first === last ? label(first) : `${label(first)} – ${label(last)}`
}

/** The links between the pages of one list; `null` when the list fits on one page. */
export function makePagers(base: string, labels: string[], noun: string): (Pager | null)[] {
  if (labels.length <= 1) return labels.map(() => null)
  const links = labels.map((label, i) => ({ label, url: pageUrl(base, i + 1) }))
  return links.map((_, i) => ({
    label: `Pages of ${noun}`,
    summary: `Page ${i + 1} of ${links.length}`,
    pages: links.map((l, j) => ({ ...l, current: i === j })),
    previous: links[i - 1] ?? null,
    next: links[i + 1] ?? null,
  }))
}

/** One page of a paginated timeline. */
export interface TimelinePageData {
  /** The page's URL: `base` for the first, `base/pages/2/` after. */
  url: string
  /** 1-based. */
  number: number
  /** The span of days it covers, e.g. `October 2023`. */
  label: string
  timeline: MonthGroup[]
  pager: Pager | null
}

/**
 * A timeline cut into pages under `base`, the first holding at most `firstLimit` entries. Months split across
 * pages keep their whole count in their heading. Newest first reverses the pages as well as their entries, and
 * is cut from its own first page, the newest entries.
 */
export function paginateTimeline(
  entries: EventEntry[],
  base: string,
  order: 'oldest' | 'newest' = 'oldest',
  limit = TIMELINE_PAGE_ENTRIES,
  firstLimit = limit,
): TimelinePageData[] {
  const byMonth = groupBy(entries, (e) => [e.date.datetime.slice(0, 7)])
  const monthCounts = new Map([...byMonth].map(([month, list]) => [month, countEntries(list)]))
  const wholeMonths = new Map([...byMonth].map(([month, list]) => [month, list.length]))
  // Each page's entries stay in timeline order (groupTimeline lays a newest-first page out in reverse).
  const ordered =
    order === 'newest' ? splitTimeline([...entries].reverse(), limit, firstLimit).map((chunk) => chunk.reverse()) : splitTimeline(entries, limit, firstLimit)
  if (ordered.length === 0) ordered.push([])
  const labels = ordered.map((chunk) => (chunk.length === 0 ? '' : rangeLabel(chunk, wholeMonths)))
  const pagers = makePagers(base, labels, 'the timeline')
  return ordered.map((chunk, i) => ({
    url: pageUrl(base, i + 1),
    number: i + 1,
    label: labels[i] ?? '',
    timeline: groupTimeline(chunk, order, monthCounts),
    pager: pagers[i] ?? null,
  }))
}

/** Cuts a list into pages of `size` items (at least one page, maybe empty). */
export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out.length === 0 ? [[]] : out
}
