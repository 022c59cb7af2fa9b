import type { TimelineData } from '../model/timeline-data.js'
import type { BaseMapSource } from '../render/draw-map.js'
import type { RenderKnowledge } from '../render/event-entry.js'
import { PAGE_TYPES, type PageViews } from './page-types.js'
import { siteContext, type MapKnowledge } from './site-context.js'
import type { Timeline } from './timeline.js'
import { rebuildMemo, type RebuildMemo } from '../rebuild-memo.js'

/**
 * The site step: from the pipeline's data file, everything Eleventy lays out, namely the shared views
 * (site-context.ts) and each page type's view (page-types.ts). Pure and deterministic: the same data and
 * knowledge give the same views, with no clock and no disk. `drawings` gives the base maps, drawn afresh by default;
 * a build passes the ones its page cache kept (src/publish/base-map-cache.ts), which are the same. `npm run build` and `npm start` call it;
 * `npm run check` and `npm run extract` never do.
 *
 * `memo` is what `npm start` keeps of the last build's site step (src/rebuild-memo.ts): the records equal to the last
 * build's are its objects, and the views made from the same records are its views, so the same views again. The
 * timeline returned holds those records, which the page plan (src/publish/page-plan.ts) tells apart by identity.
 */
export function siteData(
  data: TimelineData,
  knowledge: RenderKnowledge & MapKnowledge = {},
  drawings?: BaseMapSource,
  memo: RebuildMemo = rebuildMemo(),
): Timeline {
  memo.begin((knowledge as { hash?: unknown }).hash ?? knowledge)
  const kept: TimelineData = {
    ...data,
    articles: data.articles.map((a) => memo.same('article', a.path, a)),
    events: data.events.map((e) => memo.same('event', e.id, e)),
  }
  const context = siteContext(kept, knowledge, drawings, memo)
  const pages = Object.fromEntries(PAGE_TYPES.map((type) => [type.view, type.build(context)])) as PageViews
  return { ...kept, views: { ...context.views, ...pages } }
}
