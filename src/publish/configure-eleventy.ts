import type { UserConfig } from '@11ty/eleventy'
import type { Timeline } from '../site/timeline.js'
import { pageRelativeUrl, type SiteSettings } from '../render/site-links.js'
import { addPageTemplates } from './add-page-templates.js'

/** What the templates know of the hosting: the site URL for canonical links and Open Graph. */
interface SiteData {
  /** Absolute, ending in `/`, or `null`. */
  url: string | null
  relative: boolean
}

/** Where eleventy.config.js finds the timeline: set by a build while Eleventy renders (`npm start` rebuilds by building). */
const HANDOFF = Symbol.for('salvo.timeline')

/**
 * Gives Eleventy the timeline to render (read by `loadTimeline` in eleventy.config.js), or
 * takes it back with `null`. Frozen at the top, so Eleventy's data cascade takes it as it is
 * instead of deep-copying every plain object in it.
 */
export function handTimelineToEleventy(timeline: Timeline | null): void {
  const global = globalThis as unknown as Record<symbol, unknown>
  if (timeline === null) delete global[HANDOFF]
  else global[HANDOFF] = Object.freeze({ ...timeline })
}

/**
 * The templates of the page types (add-page-templates.ts), and Eleventy settings that depend on
 * where the site is hosted, applied on top of
 * `eleventy.config.js` (which stays free of project code). The path prefix itself goes to
 * Eleventy as `pathPrefix`, where the HTML `<base>` plugin adds it to every URL in the HTML;
 * relative mode instead rewrites every root-relative URL relative to its page.
 */
export function configureEleventy(settings: SiteSettings): (config: UserConfig) => void {
  return (config) => {
    const site: SiteData = { url: settings.siteUrl, relative: settings.relative }
    addPageTemplates(config)
    config.addGlobalData('site', site)
    if (settings.relative) {
      // As a plugin: Eleventy sets up its HTML transformer after this callback, before plugins run.
      config.addPlugin((eleventyConfig) => {
        eleventyConfig.htmlTransformer.addUrlTransform('html', function (this: { url?: string }, url: string) {
          return typeof this.url === 'string' ? pageRelativeUrl(url.trim(), this.url) : url
        })
      })
    }
  }
}
