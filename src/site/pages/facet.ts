import { countEntries } from '../../render/group-timeline.js'
import { shortTitle } from '../../render/short-title.js'
import type { Link, TimelinePart } from '../../render/site-views.js'
import type { PageType } from '../page-type.js'
import { withTimelinePages } from '../timeline-pages.js'

/** A filtered view: every event of one country, weapon, status, grade, month or type. */
export interface FacetPage {
  url: string
  pageTitle: string
  description: string
  /** `Country`, `Weapon`, … */
  kind: string
  title: string
  counts: string
  /** A month's map (src/site/pages/map.ts); `null` for the other facets. */
  map: Link | null
}

/** One or more pages per value of a facet, each a timeline of its events; the filter index (/browse/) links them. */
export const facetPage: PageType<'facetPages', (FacetPage & TimelinePart)[], FacetPage & TimelinePart> = {
  template: 'facet',
  alias: 'facet',
  view: 'facetPages',
  source: 'views.facetPages',
  build: (context) =>
    context.facets.flatMap((value) => {
      const entries = context.entriesFor(value.events)
      const counts = countEntries(entries)
      const facet: FacetPage = {
        url: value.url,
        pageTitle: shortTitle(`${value.kind}: ${value.label}`),
        description: `${value.kind}: ${value.label}. ${counts[0]?.toUpperCase()}${counts.slice(1)}, by day, each with its quoted sources.`,
        kind: value.kind,
        title: value.label,
        counts,
        map: value.kind === 'Month' ? { label: `Map of ${value.label}`, url: `/map/${value.key}/` } : null,
      }
      return withTimelinePages(facet, entries)
    }),
  url: (facet) => facet.url,
  title: (facet) => facet.pageTitle,
  description: (facet) => facet.description,
  reads: ['views.siteFeed', 'views.dataAsOf'],
}
