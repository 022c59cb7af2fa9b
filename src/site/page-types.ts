import type { PageType } from './page-type.js'
import { articlePage } from './pages/article.js'
import { articlesPage } from './pages/articles.js'
import { eventPage } from './pages/event.js'
import { facetPage } from './pages/facet.js'
import { groupPage } from './pages/group.js'
import { indexPage } from './pages/index.js'
import { mapPage } from './pages/map.js'
import { outletPage } from './pages/outlet.js'
import { placePage } from './pages/place.js'
import type { Timeline } from './timeline.js'

/** The page types, each with its own item type: PageViews is read from this list. */
const REGISTRY = [indexPage, articlesPage, eventPage, articlePage, outletPage, placePage, groupPage, facetPage, mapPage] as const

/**
 * Every kind of page that Eleventy makes one page per item of. A page type is its module in
 * `src/site/pages/`, its layout in `templates/_includes/pages/` and its line here; Eleventy's
 * templates (src/publish/add-page-templates.ts), the site's views (site-data.ts) and what a
 * rebuild renders again (src/publish/page-plan.ts) all come from this list. The single pages
 * (the filter index, the data page…) are plain templates: there are few of them.
 */
export const PAGE_TYPES: readonly PageType[] = REGISTRY

/** What the page types add to the site's views: each one's view under its name. */
export type PageViews = { [P in (typeof REGISTRY)[number] as P['view']]: ReturnType<P['build']> }

/** A page type's view in the site data: `timeline.views.<view>`. */
export function viewOf(type: PageType, timeline: Timeline): unknown {
  return timeline.views[type.view as keyof PageViews]
}
