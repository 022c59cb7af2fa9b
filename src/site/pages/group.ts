import type { GroupPage, TimelinePart } from '../../render/site-views.js'
import type { PageType } from '../page-type.js'
import { withTimelinePages } from '../timeline-pages.js'

/** One or more pages per group groups.yaml knows: the events naming it, over time, and its feeds. */
export const groupPage: PageType<'groupPages', (GroupPage & TimelinePart)[], GroupPage & TimelinePart> = {
  template: 'group',
  alias: 'group',
  view: 'groupPages',
  source: 'views.groupPages',
  build: (context) => context.views.groups.flatMap((g) => withTimelinePages(g, context.groupEntries.get(g.name) ?? [])),
  url: (group) => group.url,
  title: (group) => group.pageTitle,
  description: (group) => group.description,
  reads: ['views.siteFeed', 'views.dataAsOf'],
  /** Its first page only, as its layout marks it (`{% if not group.pager.previous %}`). */
  searchable: (group) => !group.pager?.previous,
}
