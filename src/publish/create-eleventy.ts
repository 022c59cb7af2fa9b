import Eleventy from '@11ty/eleventy'
import { configureEleventy } from './configure-eleventy.js'
import type { SiteSettings } from './site-settings.js'

export interface CreateEleventyOptions {
  /** Eleventy's input folder, e.g. `templates`. */
  templatesDir: string
  /** Where Eleventy writes the pages: a build's staging folder. */
  outDir: string
  /** Where the site will be hosted: its path prefix goes to Eleventy, the rest to `configureEleventy`. */
  site: SiteSettings
}

/**
 * The one way Salvo makes an Eleventy: `eleventy.config.js`, then the hosting settings on top of it
 * (configure-eleventy.ts), writing once and quietly. `npm run build`, `npm start` (whose every rebuild is a
 * build, build-site.ts) and the tests' sample site all render through it, so they cannot drift apart.
 * It renders the timeline handed over by `handTimelineToEleventy`.
 */
export function createEleventy(options: CreateEleventyOptions): Eleventy {
  return new Eleventy(options.templatesDir, options.outDir, {
    configPath: 'eleventy.config.js',
    quietMode: true,
    pathPrefix: options.site.pathPrefix,
    config: configureEleventy(options.site),
  })
}
