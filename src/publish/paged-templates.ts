import type { Timeline } from '../site/timeline.js'

/**
 * A template that makes one page per item of a list in the timeline (Eleventy pagination,
 * `size: 1`), and everything its pages read. A page is re-rendered only when its item or
 * something it `reads` changed (src/publish/page-plan.ts), so `reads` must name every other
 * `timeline.…` value the template, its page layout (`_includes/pages/`), `base.njk` and the macros print: a test
 * (test/publish/incremental.test.ts) reads the templates and fails when one is missing.
 */
export interface PagedTemplate {
  /** The template's file name in `templates/`, without `.njk`. */
  template: string
  /** Where its pagination reads the list, as in its front matter after `timeline.`, e.g. `views.events`. */
  source: string
  /** The page's URL, as the template's permalink makes it (`templates/<template>.11tydata.js`). */
  url: (item: unknown) => string
  /** Other values of the timeline its pages print, as paths after `timeline.`. */
  reads: string[]
  /** A record its pages look up by their item's key, e.g. `views.articles` by the article's slug. */
  lookup?: { path: string; key: (item: unknown) => string }
  /** `true` for a page the template marks `data-pagefind-body`, so the search index reads only those; none when absent. */
  searchable?: (item: unknown) => boolean
  /** The day (`YYYY-MM-DD`, or `YYYY-MM`) a page is filed under in the search index's shards (src/publish/search-shards.ts); pages without one go in the main bundle. */
  day?: (item: unknown) => string
}

const urlField = (item: unknown): string => (item as { url: string }).url
const slugOf = (item: unknown): string => (item as { slug: string }).slug
const always = (): boolean => true
/** The first page of an outlet, site or group: the one its template marks for the search index (`{% if not x.pager.previous %}`). */
const firstPage = (item: unknown): boolean => !(item as { pager: { previous: unknown } | null }).pager?.previous

/** Every paginated template. Single pages (the map, the data page, the filter index…) are always rendered: there are few of them. */
export const PAGED_TEMPLATES: PagedTemplate[] = [
  { template: 'index', source: 'views.home', url: urlField, reads: ['views.summary', 'views.chart', 'events.length', 'views.siteFeed'] },
  { template: 'articles', source: 'views.articleIndex', url: urlField, reads: ['views.siteFeed'] },
  { template: 'event', source: 'views.events', url: urlField, reads: ['views.locator', 'views.siteFeed'], searchable: always, day: (item) => (item as { date: { datetime: string } }).date.datetime },
  { template: 'article', source: 'articles', url: (item) => `/articles/${slugOf(item)}/`, reads: ['views.siteFeed'], lookup: { path: 'views.articles', key: slugOf }, searchable: always, day: (item) => (item as { date: string }).date },
  { template: 'outlet', source: 'views.outletPages', url: urlField, reads: ['views.siteFeed'], searchable: firstPage },
  { template: 'place', source: 'views.placePages', url: urlField, reads: ['views.locator', 'views.siteFeed'], searchable: firstPage },
  { template: 'group', source: 'views.groupPages', url: urlField, reads: ['views.siteFeed'], searchable: firstPage },
  { template: 'facet', source: 'views.facetPages', url: urlField, reads: ['views.siteFeed'] },
]

/** The value at a dotted path of the timeline (`views.feeds.all`, `events.length`). */
export function valueAt(timeline: Timeline, dotted: string): unknown {
  let value: unknown = timeline
  for (const key of dotted.split('.')) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key]
  return value
}

/** A copy of the timeline with the list at `dotted` replaced; everything else is shared, not copied. */
export function withValueAt(timeline: Timeline, dotted: string, replacement: unknown): Timeline {
  const set = (node: unknown, keys: string[]): unknown => {
    const [key, ...rest] = keys
    if (key === undefined) return replacement
    const record = node as Record<string, unknown>
    return { ...record, [key]: set(record[key], rest) }
  }
  return set(timeline, dotted.split('.')) as Timeline
}
