import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import Eleventy from '@11ty/eleventy'
import { formatDiagnostic, type Diagnostic } from '../diagnostic.js'
import { runPipeline } from '../pipeline.js'
import { timelineData, type Timeline } from '../timeline.js'
import { planSearchIndex, recordSearchIndex, shareShards, startSearchIndexWorker, type SearchIndexWorker } from './build-search-index.js'
import { configureEleventy, handTimelineToEleventy } from './configure-eleventy.js'
import { defaultSiteSettings, type SiteSettings } from './site-settings.js'
import { explainFilesystemError } from './output-error.js'
import { takeOutputLock, type OutputLock } from './output-lock.js'
import { checkOutputFolders, emptySalvoFolder, makeSalvoFolder, MARKER_FILE, ownerOf, removeSalvoFolder } from './output-marker.js'
import { outputPlace, type OutputPlace } from './output-place.js'
import { recoverInterruptedSwap, swapIntoPlace } from './swap-into-place.js'
import { writeDataFile } from './write-data-file.js'
import { writeSiteFiles } from './write-site-files.js'
import { manifestFile, manifestOf, planPages, readManifest, renderVersion, writeManifest } from './page-plan.js'

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
}

export interface BuildResult {
  ok: boolean
  diagnostics: Diagnostic[]
  articles: number
  events: number
  /** Pages in the site: rendered by this build, or taken unchanged from the last one. */
  pages: number
  /** Pages this build rendered. */
  rendered?: number
  /** Feeds, data files, robots.txt and sitemap written beside the pages, e.g. `feeds/events.atom`. */
  files?: string[]
  /** Pages in the search index. */
  searchPages?: number
  /** The search index's shards, how many this build indexed (the others were unchanged), and the Pagefind services that indexed them. */
  searchShards?: { total: number; indexed: number; services: number }
  /** What the site was built from, views included (the data file leaves them out). */
  timeline?: Timeline
}

/** Wall time of each phase of a build, for the summary line: `pipeline 4.1 s, pages 6.0 s, …`. Never written into the site. */
function phaseTimer(): { lap: (name: string) => void; summary: () => string } {
  const laps: [string, number][] = []
  let last = performance.now()
  return {
    lap(name) {
      const now = performance.now()
      laps.push([name, now - last])
      last = now
    },
    summary: () => laps.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', '),
  }
}

export const defaultBuildOptions: BuildOptions = {
  seedsDir: 'seeds',
  outDir: '_site',
  dataFile: 'build/timeline.json',
  strict: false,
  log: (line) => process.stderr.write(line + '\n'),
  cacheDir: '.cache/salvo/extract',
  pageCacheDir: '.cache/salvo/pages',
  site: defaultSiteSettings,
  templatesDir: 'templates',
  today: null,
  lockWaitMs: 5 * 60_000,
}

/** Where a build leaves the output it replaced, for the next build to remove: in the page cache, or nowhere without one. */
const trashFolder = (options: BuildOptions): string | null => (options.pageCacheDir === null ? null : path.join(options.pageCacheDir, 'trash'))

/** The HTML pages Eleventy wrote, as output files relative to `dir` (`events/x/index.html`). */
function writtenPages(written: unknown, dir: string): Set<string> {
  const results = (Array.isArray(written) ? written.flat(3) : []) as { outputPath?: unknown }[]
  return new Set(results.flatMap((r) => (typeof r.outputPath === 'string' && r.outputPath.endsWith('.html') ? [path.relative(dir, r.outputPath).split(path.sep).join('/')] : [])))
}

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
  const { log } = options
  log(`Salvo: reading articles from ${options.seedsDir}/ …`)
  const timer = phaseTimer()
  // Started now, so it has loaded its code by the time the pages are there to index; meanwhile it removes the last build's old output.
  // A large build adds a second (see shareShards).
  const searchWorkers: SearchWorkers = [startSearchIndexWorker(trashFolder(options))]
  const stopDropping = dropPassthroughRejections()
  try {
    return await build(options, place, lock, timer, searchWorkers)
  } finally {
    await Promise.all(searchWorkers.map((worker) => worker.stop()))
    stopDropping()
  }
}

/** The build's search index workers: the one it starts with, and a second a large build adds. */
type SearchWorkers = [SearchIndexWorker, ...SearchIndexWorker[]]

async function build(options: BuildOptions, place: OutputPlace, lock: OutputLock, timer: ReturnType<typeof phaseTimer>, searchWorkers: SearchWorkers): Promise<BuildResult> {
  const { log } = options
  const { timeline, diagnostics, counts } = await runPipeline({ seedsDir: options.seedsDir, cacheDir: options.cacheDir, ...(options.today ? { today: options.today } : {}) })
  timer.lap('pipeline')
  for (const d of diagnostics) if (d.severity !== 'info') log(`  ${formatDiagnostic(d)}`)
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length
  const notes = diagnostics.length - errors - warnings
  log(`Salvo: extracted ${counts.extracted} article${counts.extracted === 1 ? '' : 's'}${counts.cached > 0 ? ` (${counts.cached} unchanged, from the cache)` : ''}; ${counts.corrections} correction${counts.corrections === 1 ? '' : 's'} applied.`)
  log(`Salvo: ${counts.articles} articles, ${counts.events} events; ${errors} errors, ${warnings} warnings${notes > 0 ? `, ${notes} notes (sentences read and set aside; \`npm run extract\` lists them)` : ''}.`)
  if (options.strict && errors + warnings > 0) {
    log('Salvo: stopped because --strict treats every error and warning as fatal; _site/ was left as it was.')
    return { ok: false, diagnostics, articles: counts.articles, events: counts.events, pages: 0 }
  }

  const { staging } = place
  // Marked as Salvo's from the start, so that what a killed build leaves here is known to be removable.
  makeSalvoFolder(staging)
  const { site } = options
  // Pages whose data did not change since the last build into outDir are taken from it, not rendered again.
  const version = renderVersion(options.templatesDir, site)
  const manifest = options.pageCacheDir === null ? null : manifestFile(options.pageCacheDir, options.outDir)
  const previous = manifest === null ? null : await readManifest(manifest)
  const plan = planPages(timeline, version, previous, options.outDir)
  try {
    const searchPlan = planSearchIndex(staging, {
      pages: plan.searchable, version, fingerprints: plan.fingerprints, days: plan.days,
      previous: previous === null || previous.version !== version ? null : { outDir: options.outDir, shards: previous.search },
      ...(options.searchShardPages !== undefined ? { shardPages: options.searchShardPages } : {}),
    })
    const [first] = searchWorkers
    // While Eleventy renders the changed pages, the search worker links the unchanged ones, and the unchanged search shards, from outDir.
    const linking = first.link(searchPlan, { from: options.outDir, files: plan.reuse })
    linking.catch(() => undefined) // awaited below; this only keeps a failure from counting as unhandled meanwhile
    const parts = shareShards(searchPlan.changed, 2, options.secondSearchServicePages)
    for (let i = searchWorkers.length; i < parts.length; i++) searchWorkers.push(startSearchIndexWorker(null))
    const rendered = await renderPages(options.templatesDir, staging, site, plan.timeline)
    const unwritten = plan.render.filter((file) => !rendered.has(file))
    if (unwritten.length > 0) throw new Error(`Eleventy did not write ${unwritten.slice(0, 3).join(', ')}${unwritten.length > 3 ? ` and ${unwritten.length - 3} more` : ''}: a permalink in templates/*.11tydata.js and its url in src/publish/paged-templates.ts disagree.`)
    const { copied } = await linking
    const pages = rendered.size + plan.reuse.length
    timer.lap('pages')
    // Pagefind indexes the changed shards in its own process (or two), driven from the workers, while this thread writes the feeds, open data and the data file.
    // Settled, not all: when one worker fails, the other's Pagefind finishes writing before the staging folder is removed.
    const searching = Promise.allSettled(parts.map((shards, i) => (searchWorkers[i] ?? first).index(staging, shards))).then((outcomes) => {
      const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')
      if (failed !== undefined) throw failed.reason
      return recordSearchIndex(searchPlan)
    })
    searching.catch(() => undefined) // awaited below; this only keeps a failure from counting as unhandled meanwhile
    let files: string[]
    try {
      files = await writeSiteFiles(staging, [...rendered, ...plan.reuse], timeline, site)
      await writeDataFile(options.dataFile, timelineData(timeline))
    } finally {
      await searching.catch(() => undefined)
    }
    const search = await searching
    timer.lap('feeds, data file and search index')
    // Before the swap, which keeps every file's size and modification time: after it, nothing is left to fail.
    if (manifest !== null) await writeManifest(manifest, manifestOf(plan, { previous, copied, version, builtDir: staging, outDir: options.outDir, search: search.records }))
    lock.verify()
    await swapIntoPlace(staging, options.outDir, trashFolder(options))
    timer.lap('swap')
    const feeds = files.filter((f) => f.startsWith('feeds/')).length
    const hosting = site.relative ? 'with page-relative links' : `for ${site.siteUrl ?? `the path ${site.pathPrefix}`}`
    const reused = plan.reuse.length > 0 ? ` (${rendered.size} rendered, ${plan.reuse.length} unchanged since the last build)` : ''
    const shards = search.shards > 1 ? ` in ${search.shards} shards${search.indexed < search.shards ? ` (${search.indexed} re-indexed)` : ''}` : ''
    log(`Salvo: wrote ${pages} pages${reused}, ${feeds} feeds, ${files.length - feeds} other files and a search index of ${search.pages} pages${shards} to ${options.outDir}/, ${hosting}.`)
    log(`Salvo: took ${timer.summary()}.`)
    if (site.siteUrl === null) log('Salvo: no site URL (--site-url or SALVO_SITE_URL), so there is no sitemap.xml and no canonical links, and feed links are relative.')
    return { ok: true, diagnostics, articles: counts.articles, events: counts.events, pages, rendered: rendered.size, files, searchPages: search.pages, searchShards: { total: search.shards, indexed: search.indexed, services: parts.length }, timeline }
  } catch (error) {
    // A worker may still be linking into the staging folder: stop them first.
    await Promise.all(searchWorkers.map((worker) => worker.stop()))
    await removeStaging(staging)
    throw error
  }
}

/**
 * Renders the pages of `timeline` (as planned: only the paged items that changed) with
 * Eleventy into `staging`, and returns the HTML files it wrote. The timeline goes to
 * eleventy.config.js in memory (see loadTimeline there). Eleventy and the pages it holds
 * are let go when this returns, before the build writes feeds and data.
 *
 * What Eleventy prints (a template's error, with its stack) is printed once it is done, unless it
 * failed for a file system reason (a full disk): then the build's one sentence says it (output-error.ts).
 */
async function renderPages(templatesDir: string, staging: string, site: SiteSettings, timeline: Timeline): Promise<Set<string>> {
  const eleventy = new Eleventy(templatesDir, staging, { configPath: 'eleventy.config.js', quietMode: true, pathPrefix: site.pathPrefix, config: configureEleventy(site) })
  const printers = { log: console.log, info: console.info, warn: console.warn, error: console.error }
  const said: [keyof typeof printers, unknown[]][] = []
  const keep = (type: keyof typeof printers) => (...args: unknown[]): void => void said.push([type, args])
  // Eleventy's logger (src/Util/ConsoleLogger.js), which its types leave out, prints through the console it is given.
  const { logger } = eleventy as unknown as { logger: { overrideLogger(console: typeof printers): void } }
  logger.overrideLogger({ log: keep('log'), info: keep('info'), warn: keep('warn'), error: keep('error') })
  handTimelineToEleventy(timeline)
  let failure: unknown = null
  try {
    return writtenPages(await eleventy.write(), staging)
  } catch (error) {
    failure = error
    throw error
  } finally {
    handTimelineToEleventy(null)
    if (failure === null || explainFilesystemError(failure, staging) === null) for (const [type, args] of said) printers[type](...args)
    said.length = 0
  }
}
