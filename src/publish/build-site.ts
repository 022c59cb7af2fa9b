import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { escapeTerminal } from '../escape-terminal.js'
import type { Diagnostic } from '../model/diagnostic.js'
import { cachedKnowledge } from '../knowledge/cached-knowledge.js'
import type { OpenCache } from '../cache/resident-cache.js'
import { runPipeline } from '../pipeline.js'
import type { PipelineMemo } from '../pipeline-memo.js'
import { siteData } from '../site/site-data.js'
import type { Timeline } from '../site/timeline.js'
import type { RebuildMemo } from '../rebuild-memo.js'
import type { PageFingerprints } from './page-fingerprint.js'
import { cachedBaseMaps } from './base-map-cache.js'
import { commitBuild } from './commit-build.js'
import { DEFAULT_PATHS, extractionCacheIn, knowledgeCacheIn, pageCacheIn } from './default-paths.js'
import { startSearchIndex, type SearchIndexer } from './index-search.js'
import { explainFilesystemError } from './output-error.js'
import { takeOutputLock, type OutputLock } from './output-lock.js'
import { checkOutputFolders, emptySalvoFolder, makeSalvoFolder, MARKER_FILE, ownerOf, removeSalvoFolder } from './output-marker.js'
import { outputPlace, type OutputPlace } from './output-place.js'
import { phaseTimer, type PhaseTimer } from './phase-timer.js'
import { planBuild, type PlanBuildOptions } from './plan-build.js'
import { manifestFile } from './page-plan.js'
import { renderBatches } from './render-batches.js'
import { renderPages } from './render-pages.js'
import { acceptEntries, reportPipeline, reportSite } from './report-build.js'
import { relative } from '../ingest/read-articles.js'
import { reusePages } from './reuse-pages.js'
import { defaultSiteSettings, type SiteSettings } from './site-settings.js'
import { startBuildWorkers, type BuildWorkers } from './build-workers.js'
import { startDataFile } from './data-file-writer.js'
import { recoverInterruptedSwap } from './swap-into-place.js'
import { writeSiteOutputs } from './write-site-outputs.js'

export interface BuildOptions {
  /** Folder of articles. Default `seeds`. */
  seedsDir: string
  /** Where the finished site goes. Default `_site`. */
  outDir: string
  /** Where the pipeline's data file goes. Default `build/timeline.json`. */
  dataFile: string
  /** Fail on warnings too (CI uses this). */
  strict: boolean
  /** Prints progress lines; defaults to stderr. */
  log: (line: string) => void
  /** Extraction cache folder, or `null` to re-extract every article. Default `.cache/salvo/extract`. */
  cacheDir: string | null
  /** How to open the extraction cache: from disk by default; `npm start` keeps it in memory between builds (src/cache/resident-cache.ts). */
  openCache?: OpenCache
  /** What `npm start` keeps of its last build's site views, to make again only those of changed records (src/rebuild-memo.ts); a build of its own makes every view. */
  viewMemo?: RebuildMemo
  /** What `npm start` keeps of its last build's pipeline, to make again only what an edit changed (src/pipeline-memo.ts); a build of its own starts from an empty one. */
  pipelineMemo?: PipelineMemo
  /** The fingerprints of `npm start`'s last build's pages, by the views they were made from (page-fingerprint.ts). */
  pageFingerprints?: PageFingerprints
  /** The most pages one Eleventy run renders (render-batches.ts); default `RENDER_BATCH_PAGES`. */
  renderBatchPages?: number
  /** Where the knowledge files are kept once read and checked, so a build with unchanged files does not parse them again; `null` reads them every build. Default `.cache/salvo/knowledge`. */
  knowledgeCacheDir: string | null
  /** Where the record of each build's pages is kept, so a rebuild renders only pages whose data changed; `null` renders every page. Default `.cache/salvo/pages`. */
  pageCacheDir: string | null
  /** Where the site will be hosted: site URL, path prefix, relative links. Default: at a domain's root, no site URL. */
  site: SiteSettings
  /** Eleventy's input folder. Default `templates`. */
  templatesDir: string
  /** The day of the build (`YYYY-MM-DD`) for refusing future publication days; `null` skips that check. */
  today: string | null
  /** Pages per shard of the search index, at least, on average (src/publish/search-shards.ts); tests lower it to get shards from a few articles. */
  searchShardPages?: number
  /** Pages each of two Pagefind services must have to index before a second is started (build-search-index.ts, SECOND_SERVICE_PAGES); tests lower it. */
  secondSearchServicePages?: number
  /** How long to wait for another build into the same `outDir` to finish, in milliseconds (output-lock.ts). Default 5 minutes. */
  lockWaitMs: number
  /** The lock on `outDir` when the caller holds it already (`npm start` holds it for as long as it serves); without one the build takes it, and lets it go when done. */
  outputLock?: OutputLock
  /**
   * Called once the pages this build rendered are in the staging folder (the unchanged pages may still be being linked
   * in beside them), before the feeds, data files, sitemap and search index are written and the folder is swapped in;
   * the build waits for it, then goes on. `npm start` puts an edited
   * article's pages in the served folder here and reloads the open pages (publish-pages.ts). When it is given, the
   * data file is written after it, not beside the pages, so that nothing else holds up the pages.
   */
  onPages?: (pages: PagesReady) => Promise<void>
}

/** What `BuildOptions.onPages` is told: where the new site is being made, and the pages this build rendered. */
export interface PagesReady {
  staging: string
  /** The HTML files Eleventy wrote, sorted, `/`-separated, relative to `staging`: every page whose content may have changed. */
  rendered: string[]
}

export interface BuildResult {
  ok: boolean
  diagnostics: Diagnostic[]
  articles: number
  events: number
  /** Articles extracted afresh by this build, and taken unchanged from the extraction cache. */
  extraction: { extracted: number; cached: number }
  /** Pages in the site: rendered by this build, or taken unchanged from the last one. */
  pages: number
  /** Pages this build rendered. */
  rendered?: number
  /** Feeds, data files, robots.txt and sitemap written beside the pages, e.g. `feeds/events.atom`. */
  files?: string[]
  /** Pages in the search index. */
  searchPages?: number
  /** The search index's shards, how many this build indexed (the others were unchanged), how many of those it started while Eleventy still rendered, and the Pagefind services that indexed them. */
  searchShards?: { total: number; indexed: number; early: number; services: number }
  /** What the site was built from, views included (the data file leaves them out). */
  timeline?: Timeline
}

export const defaultBuildOptions: BuildOptions = {
  seedsDir: DEFAULT_PATHS.seeds,
  outDir: DEFAULT_PATHS.out,
  dataFile: DEFAULT_PATHS.data,
  strict: false,
  log: (line) => process.stderr.write(line + '\n'),
  cacheDir: extractionCacheIn(DEFAULT_PATHS.cache),
  knowledgeCacheDir: knowledgeCacheIn(DEFAULT_PATHS.cache),
  pageCacheDir: pageCacheIn(DEFAULT_PATHS.cache),
  site: defaultSiteSettings,
  templatesDir: DEFAULT_PATHS.templates,
  today: null,
  lockWaitMs: 5 * 60_000,
}

/** Where a build leaves the output it replaced, for the next build to remove: in the page cache, or nowhere without one. */
const trashFolder = (options: BuildOptions): string | null => (options.pageCacheDir === null ? null : path.join(options.pageCacheDir, 'trash'))

/**
 * Removes a failed build's staging folder, if it is the one the build made (output-marker.ts). When one
 * template throws, Eleventy's other page writes are still landing, so a single removal can race them:
 * remove until the folder stays gone.
 */
async function removeStaging(staging: string): Promise<void> {
  if (ownerOf(staging) === 'other') return
  for (let attempt = 0; attempt < 20 && existsSync(staging); attempt++) {
    // Its marker last: a build killed meanwhile leaves a folder the next one knows it may remove.
    emptySalvoFolder(staging)
    await new Promise((resolve) => setTimeout(resolve, 50))
    if (readdirSync(staging).every((name) => name === MARKER_FILE)) removeSalvoFolder(staging)
  }
}

/**
 * Eleventy 3.1.7 starts copying `public/` before it renders, and listens for the copy's outcome only
 * once every page is written: when both fail (a full disk), the copy's rejection goes unhandled, and Node
 * would end the build with a stack trace before it removed its staging folder. While a build runs, that
 * rejection is dropped: Eleventy's own rejection, which the build reports, is the same failure.
 */
function dropPassthroughRejections(): () => void {
  const drop = (reason: unknown): void => {
    if (!/Passthrough/.test((reason as Error | null)?.name ?? '')) throw reason
  }
  process.on('unhandledRejection', drop)
  return () => void process.off('unhandledRejection', drop)
}

/**
 * Runs the pipeline and builds the whole site into a temporary folder: Eleventy's pages
 * (only those whose data changed, the rest taken from `outDir`), then feeds, open data,
 * sitemap and the data file, while a worker thread builds the search index beside them.
 * That folder replaces `outDir` only when every step succeeded; a failed or interrupted
 * build leaves `outDir` as it was.
 *
 * One build at a time per output folder (output-lock.ts), and only into a folder Salvo made,
 * an empty one or a new one (output-marker.ts). A file system failure (a full disk, a
 * read-only folder, no permission) is thrown as an OutputError: one sentence with the path and the fix.
 */
export async function buildSite(partial: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const options = { ...defaultBuildOptions, ...partial }
  try {
    const place = outputPlace(options.outDir)
    const lock = options.outputLock ?? (await takeOutputLock(place, { command: 'build', waitMs: options.lockWaitMs, log: options.log }))
    try {
      await recoverInterruptedSwap(options.outDir)
      checkOutputFolders(place)
      return await buildLocked(options, place, lock)
    } finally {
      if (lock !== options.outputLock) lock.release()
    }
  } catch (error) {
    throw explainFilesystemError(error, options.outDir) ?? error
  }
}

/** `buildSite`, holding the output folder's lock. */
async function buildLocked(options: BuildOptions, place: OutputPlace, lock: OutputLock): Promise<BuildResult> {
  options.log(`Salvo: reading articles from ${options.seedsDir}/ …`)
  const timer = phaseTimer()
  // Started now, so it has loaded its code by the time there are pages to link and index; meanwhile it removes the last build's old output.
  const workers = startBuildWorkers()
  // First, so the plan has it when the pipeline is done: which of the last build's pages were touched in the output
  // folder since (page-plan.ts). A failure only means the plan looks at each page itself.
  const manifest = options.pageCacheDir === null ? null : manifestFile(options.pageCacheDir, options.outDir)
  const touched = manifest === null ? Promise.resolve(null) : workers.first.touchedPages(manifest, options.outDir).catch(() => null)
  const trash = trashFolder(options)
  if (trash !== null) workers.first.emptyTrash(trash).catch(() => undefined) // only tidying: what is left, a later build removes
  const stopDropping = dropPassthroughRejections()
  try {
    return await build(options, place, lock, timer, workers, touched)
  } finally {
    await workers.stop()
    stopDropping()
  }
}

/** The build itself: pipeline, then plan → reuse → render → index → commit, each step in a file of its own. */
async function build(
  options: BuildOptions,
  place: OutputPlace,
  lock: OutputLock,
  timer: PhaseTimer,
  workers: BuildWorkers,
  touched: PlanBuildOptions['touched'],
): Promise<BuildResult> {
  const { log, site, outDir } = options
  const knowledge = cachedKnowledge(undefined, options.knowledgeCacheDir)
  const {
    timeline: data,
    diagnostics,
    counts,
  } = await runPipeline({
    seedsDir: options.seedsDir,
    knowledge,
    cacheDir: options.cacheDir,
    ...(options.openCache === undefined ? {} : { openCache: options.openCache }),
    ...(options.pipelineMemo === undefined ? {} : { memo: options.pipelineMemo }),
    onCacheProblem: (problem) => log(`Salvo: ${escapeTerminal(problem)}`),
    ...(options.today ? { today: options.today } : {}),
  })
  timer.lap('pipeline')
  const { errors, warnings } = reportPipeline(log, diagnostics, counts)
  const found = { diagnostics, articles: counts.articles, events: counts.events, extraction: { extracted: counts.extracted, cached: counts.cached } }
  if (options.strict && errors + warnings > 0) {
    log(`Salvo: stopped because --strict treats every error and warning as fatal; ${options.outDir.replace(/\/+$/, '')}/ was left as it was.`)
    const acceptable = acceptEntries(diagnostics, path.join(options.seedsDir, 'corrections.yaml'))
    if (acceptable.length > 0)
      log(
        `Salvo: fix each as its line says; or, for a warning you have checked and mean to keep, acknowledge it in ${relative(path.join(options.seedsDir, 'corrections.yaml'))} (the reason goes in the audit trail):\n${acceptable.join('\n')}`,
      )
    return { ok: false, ...found, pages: 0 }
  }
  const { staging } = place
  // Marked as Salvo's from the start, so that what a killed build leaves here is known to be removable.
  makeSalvoFolder(staging)
  // Written beside the site's layout and rendering, on a large site (data-file-writer.ts); put in place after the pages.
  // With `onPages`, only once the pages are out: handing the data to its worker costs the main thread time.
  let dataFile = options.onPages === undefined ? startDataFile(options.dataFile, data) : null
  let indexer: SearchIndexer | undefined
  try {
    // The base maps as the page cache kept them: drawn again only when their code or world-atlas changed.
    const timeline = siteData(data, knowledge, cachedBaseMaps(options.pageCacheDir === null ? null : path.join(options.pageCacheDir, 'maps')), options.viewMemo)
    const plan = await planBuild({ ...options, timeline, staging, touched })
    workers.grow(plan.searchParts.length)
    const reusing = reusePages(workers.first, plan, outDir)
    const { timeline: planned, render: expected } = plan.pages
    // In runs of at most RENDER_BATCH_PAGES pages, so Eleventy holds one run's pages at a time; the pages of the search
    // shards to index first, shard by shard, so that Pagefind indexes each shard done while the next run renders.
    const search = startSearchIndex(workers.all(), plan)
    indexer = search
    const shardOf = new Map(plan.search.changed.flatMap((shard, i) => shard.files.map((file) => [file, i] as const)))
    const batches = renderBatches(planned, expected, options.renderBatchPages, (file) => shardOf.get(file) ?? plan.search.changed.length)
    const rendered = new Set<string>()
    for (const [i, batch] of batches.entries()) {
      const run = await renderPages({
        templatesDir: options.templatesDir,
        staging,
        site,
        timeline: batch.timeline,
        version: plan.version,
        expected: batch.expected,
      })
      for (const file of run) rendered.add(file)
      if (i < batches.length - 1) search.pagesReady(rendered)
    }
    if (options.onPages !== undefined) {
      // As soon as they are rendered: the pages shown are those, while the worker goes on linking the unchanged ones.
      await options.onPages({ staging, rendered: [...rendered].sort() })
      timer.lap('pages shown')
    }
    const { copied } = await reusing
    const pages = [...rendered, ...plan.pages.reuse]
    timer.lap('pages')
    dataFile ??= startDataFile(options.dataFile, data)
    const indexing = search.finish()
    // The feeds, open data and data file are written while Pagefind indexes; a failure of either is thrown once both have stopped writing.
    const files = await writeSiteOutputs({ staging, pages, timeline, dataFile, site }).finally(() => indexing.catch(() => undefined))
    const indexed = await indexing
    timer.lap('feeds, data file and search index')
    await commitBuild({ plan, copied, shards: indexed.records, staging, outDir, lock, trash: trashFolder(options) })
    timer.lap('swap')
    reportSite(log, { outDir, site, rendered: rendered.size, reused: plan.pages.reuse.length, files, search: indexed, took: timer.summary() })
    const searchShards = { total: indexed.shards, indexed: indexed.indexed, early: search.early(), services: plan.searchParts.length }
    return { ok: true, ...found, pages: pages.length, rendered: rendered.size, files, searchPages: indexed.pages, searchShards, timeline }
  } catch (error) {
    // Pagefind may still be writing a shard started early, and a worker linking into the staging folder: let the one
    // finish, then stop the other.
    await indexer?.settle()
    await workers.stop()
    await removeStaging(staging)
    await dataFile?.discard()
    throw error
  }
}
