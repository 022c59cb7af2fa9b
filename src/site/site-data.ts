import type { TimelineData } from '../model/timeline-data.js'
import type { BaseMapSource } from '../render/draw-map.js'
import type { RenderKnowledge } from '../render/event-entry.js'
import { PAGE_TYPES, type PageViews } from './page-types.js'
import { siteContext, type MapKnowledge } from './site-context.js'
import type { Timeline } from './timeline.js'

/**
 * The site step: from the pipeline's data file, everything Eleventy lays out, namely the shared views
 * (site-context.ts) and each page type's view (page-types.ts). Pure and deterministic: the same data and
 * knowledge give the same views, with no clock and no disk. `drawings` gives the base maps, drawn afresh by default;
 * a build passes the ones its page cache kept (src/publish/base-map-cache.ts), which are the same. `npm run build` and `npm start` call it;
 * `npm run check` and `npm run extract` never do.
 */
export function siteData(data: TimelineData, knowledge: RenderKnowledge & MapKnowledge = {}, drawings?: BaseMapSource): Timeline {
  const context = siteContext(data, knowledge, drawings)
  const pages = Object.fromEntries(PAGE_TYPES.map((type) => [type.view, type.build(context)])) as PageViews
  return { ...data, views: { ...context.views, ...pages } }
}
