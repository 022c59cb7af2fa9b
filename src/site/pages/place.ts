import type { PlacePage, TimelinePart } from '../../render/site-views.js'
import type { PageType } from '../page-type.js'
import { withTimelinePages } from '../timeline-pages.js'

/** One or more pages per site, town or area: its facts, a locator map, and its events over time. */
export const placePage: PageType<'placePages', (PlacePage & TimelinePart)[], PlacePage & TimelinePart> = {
  template: 'place',
  alias: 'place',
  view: 'placePages',
  source: 'views.placePages',
  build: (context) => context.views.places.flatMap((p) => withTimelinePages(p, context.placeEntries.get(p.slug) ?? [])),
  url: (place) => place.url,
  title: (place) => place.pageTitle,
  description: (place) => place.description,
  reads: ['views.locator', 'views.siteFeed', 'views.dataAsOf'],
  /** Its first page only, as its layout marks it (`{% if not place.pager.previous %}`). */
  searchable: (place) => !place.pager?.previous,
}
