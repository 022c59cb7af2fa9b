import type { TimelineData } from '../model/timeline-data.js'
import type { Timeline } from '../site/timeline.js'
import type { SiteSettings } from './site-settings.js'
import { writeDataFile } from './write-data-file.js'
import { writeSiteFiles } from './write-site-files.js'

export interface SiteOutputsOptions {
  /** The build's staging folder. */
  staging: string
  /** Every page of the new site, rendered or reused, as output files: the sitemap lists them. */
  pages: string[]
  /** The site's data, views included. */
  timeline: Timeline
  /** The pipeline's data, as the data file holds it. */
  data: TimelineData
  dataFile: string
  site: SiteSettings
}

/**
 * The build's site-outputs step: what a build writes besides the pages and the search index. Into the staging
 * folder, the feeds, open data, robots.txt and, with a site URL, the sitemap (write-site-files.ts); and the
 * pipeline's data file. `npm run build` and every rebuild of `npm start` write them all. Returns the site's
 * files written, sorted.
 */
export async function writeSiteOutputs(options: SiteOutputsOptions): Promise<string[]> {
  const files = await writeSiteFiles(options.staging, options.pages, options.timeline, options.site)
  await writeDataFile(options.dataFile, options.data)
  return files
}
