import type { SharedViews, SiteContext } from './site-context.js'

/**
 * A value a page prints besides its own item, as its templates name it after `timeline.`: a shared view
 * (`views.siteFeed`) or the number of events. A page is rendered again when its item or one of these
 * changed (src/publish/page-plan.ts), so a page type lists every one that its layout, `base.njk` and the
 * macros print. The type admits only what every build has; test/publish/incremental.test.ts reads the
 * templates and fails when one is left out.
 */
export type SiteRead = `views.${keyof SharedViews}` | 'events.length'

/**
 * A kind of page, whole: its layout, what it is made from, its pages' URLs and titles, what else they
 * print, and how search files them. Eleventy makes one page per item (src/publish/add-page-templates.ts);
 * a rebuild renders only the pages whose item or reads changed (src/publish/page-plan.ts). The registry,
 * src/site/page-types.ts, lists every page type.
 *
 * `Key` names its view, `View` is what `build` makes and `Item` one page's item: for most page types the
 * view is the list of items; the article page's items are the data's articles and its view what each
 * page looks up beside its article. Its functions are methods, so the registry can list page types of
 * different items as one list of `PageType`.
 */
export interface PageType<Key extends string = string, View = unknown, Item = unknown> {
  /** Its layout, `templates/_includes/pages/<template>.njk`; Eleventy knows its pages as `<template>.njk`. */
  template: string
  /** What the layout calls a page's item: `event` in `{{ event.summary }}`. */
  alias: string
  /** Where the site data keeps what `build` makes: `events` is `timeline.views.events`. */
  view: Key
  /** Makes the view from the shared context, once per build. Everything a page prints of its own comes from here. */
  build(context: SiteContext): View
  /** The list of items, one page each, as a path after `timeline.`: its own view, or the data's articles. */
  source: `views.${Key}` | 'articles'
  /** What a page finds in the view besides its item, when the item is not in the view itself (the article page's title, links and counts). */
  lookup?(item: Item, view: View): unknown
  /** The page's address, root-relative, ending in `/`: `/events/<id>/`. */
  url(item: Item): string
  /** Its `<title>`, before ` · Salvo`; at most `MAX_TITLE` characters (src/render/short-title.ts). */
  title(item: Item, view: View): string
  /** Its meta description: one sentence. */
  description(item: Item, view: View): string
  /** Everything its pages print besides their item and what they look up. */
  reads: readonly SiteRead[]
  /** `true` for a page the search index reads: its layout marks it `data-pagefind-body`. None when absent. */
  searchable?(item: Item): boolean
  /** The day (`YYYY-MM-DD`, or `YYYY-MM`) search files a page under, in its shards (src/publish/search-shards.ts); without one, the main bundle. */
  day?(item: Item): string
}
