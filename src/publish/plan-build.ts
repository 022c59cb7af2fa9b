import type { Timeline } from '../site/timeline.js'
import { planSearchIndex, shareShards, type SearchIndexPlan } from './build-search-index.js'
import { manifestFile, planPages, renderVersion, type PageManifest, type PagePlan } from './page-plan.js'
import { readManifestFile } from './touched-pages.js'
import type { PageFingerprints } from './page-fingerprint.js'
import type { SearchShard } from './search-shards.js'
import type { SiteSettings } from './site-settings.js'

export interface PlanBuildOptions {
  /** The site's data, views included (src/site/site-data.ts). */
  timeline: Timeline
  templatesDir: string
  site: SiteSettings
  /** The published site, whose unchanged pages and search shards the build takes. */
  outDir: string
  /** The build's staging folder, where the new site is made. */
  staging: string
  /** Where the last build's record of its pages is kept, or `null` to render every page and index every shard. */
  pageCacheDir: string | null
  /** Pages per search shard, at least, on average (search-shards.ts); tests lower it. */
  searchShardPages?: number
  /** Pages each of two Pagefind services must have to index before a second is started (build-search-index.ts); tests lower it. */
  secondSearchServicePages?: number
  /** `npm start`'s fingerprints, kept from its last build (page-fingerprint.ts); a build of its own makes every one. */
  pageFingerprints?: PageFingerprints
  /**
   * The pages of the last build's manifest whose files in `outDir` were touched since, as the build's worker found
   * while the pipeline ran (`touchedPages`), with the stamp of the manifest it read; the plan looks at each page itself
   * when the answer is missing or of another manifest.
   */
  touched?: Promise<{ stamp: string | null; touched: string[] } | null>
}

/** What a build will do: which pages it renders and which it takes from the last build, and the same for the search index. */
export interface BuildPlan {
  /** The rendering version (page-plan.ts): pages and shards of another version are never reused. */
  version: string
  /** Where this build's record of its pages goes, or `null` without a page cache. */
  manifest: string | null
  /** The last build's record for the same output folder, or `null`. */
  previous: PageManifest | null
  pages: PagePlan
  search: SearchIndexPlan
  /** The changed shards, shared between the Pagefind services that index them: one, or two on a large build. */
  searchParts: SearchShard[][]
}

/**
 * The build's plan step: from the fingerprint of every page (its data, what else its template reads, the rendering
 * version) and the last build's record, which pages to render and which to take unchanged from `outDir`; which
 * search shards to index and which to take; and how many Pagefind services index them. Reads only the record.
 */
export async function planBuild(options: PlanBuildOptions): Promise<BuildPlan> {
  const version = renderVersion(options.templatesDir, options.site)
  const manifest = options.pageCacheDir === null ? null : manifestFile(options.pageCacheDir, options.outDir)
  const { manifest: previous, stamp } = manifest === null ? { manifest: null, stamp: null } : await readManifestFile(manifest)
  // The worker's answer if it is in; if not, the plan looks at each page itself rather than wait.
  const checked = options.touched === undefined ? null : await Promise.race([options.touched, new Promise<null>((resolve) => setImmediate(resolve, null))])
  const touched = checked !== null && checked.stamp !== null && checked.stamp === stamp ? new Set(checked.touched) : null
  // Without the worker's answer, `planPages` looks at each page itself (`untouched`).
  const pages = planPages(
    options.timeline,
    version,
    previous,
    options.outDir,
    options.pageFingerprints,
    touched === null ? undefined : (file) => !touched.has(file),
  )
  const search = planSearchIndex(options.staging, {
    pages: pages.searchable,
    version,
    fingerprints: pages.fingerprints,
    days: pages.days,
    previous: previous === null || previous.version !== version ? null : { outDir: options.outDir, shards: previous.search },
    ...(options.searchShardPages !== undefined ? { shardPages: options.searchShardPages } : {}),
  })
  return { version, manifest, previous, pages, search, searchParts: shareShards(search.changed, 2, options.secondSearchServicePages) }
}
