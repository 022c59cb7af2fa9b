import type { Timeline } from '../site/timeline.js'
import type { DataFileWriter } from './data-file-writer.js'
import type { SiteSettings } from './site-settings.js'
import { writeSiteFiles } from './write-site-files.js'

export interface SiteOutputsOptions {
  /** The build's staging folder. */
  staging: string
  /** Every page of the new site, rendered or reused, as output files: the sitemap lists them. */
  pages: string[]
  /** The site's data, views included. */
  timeline: Timeline
  /** The pipeline's data file, started when the pipeline made it (data-file-writer.ts): put in place here. */
  dataFile: DataFileWriter
  site: SiteSettings
}

/**
 * The build's site-outputs step: what a build writes besides the pages and the search index. Into the staging
 * folder, the feeds, open data, robots.txt and, with a site URL, the sitemap (write-site-files.ts); and the
 * pipeline's data file, put in place here (on a large site a worker thread wrote it meanwhile: data-file-writer.ts).
 * `npm run build` and every rebuild of `npm start` write them all. Returns the site's files written, sorted.
 */
export async function writeSiteOutputs(options: SiteOutputsOptions): Promise<string[]> {
  const files = await writeSiteFiles(options.staging, options.pages, options.timeline, options.site)
  await options.dataFile.commit()
  return files
}
