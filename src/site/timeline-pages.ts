import { paginateTimeline } from '../render/paginate.js'
import type { EventEntry, TimelinePart } from '../render/site-views.js'

/** A record's pages (a place's, a group's, a facet's): one per page of its timeline, each with the page's URL and title. */
export function withTimelinePages<T extends { url: string; pageTitle: string; description: string }>(record: T, entries: EventEntry[]): (T & TimelinePart)[] {
  return paginateTimeline(entries, record.url).map((p) => ({
    ...record,
    url: p.url,
    ...(p.pager === null ? {} : { pageTitle: `${record.pageTitle} (${p.label})`, description: `${record.description} ${p.pager.summary}: ${p.label}.` }),
    timeline: p.timeline,
    pager: p.pager,
  }))
}
