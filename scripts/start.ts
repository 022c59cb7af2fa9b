// npm start: build the site, serve it with live reload, and build it again when an article, a correction, a knowledge
// file, a template or a file in public/ changes. Every rebuild is a build like `npm run build` (src/publish/build-site.ts):
// only changed articles are re-extracted and only pages whose data changed are rendered, while the feeds, /data/, the
// sitemap and the search index are written afresh; the new site replaces the served one whole. A change to
// eleventy.config.js or a template is rendered too (render-pages.ts); one to Salvo's own code needs a restart.
//
// The edit path: when only articles were added or saved, the pages the build rendered go into the served folder as
// soon as they are rendered, one file at a time (publish-pages.ts), and the open pages reload then; the same build
// goes on to write the feeds, data files, sitemap and search index and swaps the whole site in, so once it is done
// the served folder is what `npm run build` makes. Anything else reloads after the swap. Between builds this process
// keeps the extraction cache in memory (resident-cache.ts), so a rebuild reads and parses no cache file and, once the
// watcher is ready, looks only at the article files the watcher named (a check after each build finds what it
// missed); and the last build's site views and page fingerprints (src/rebuild-memo.ts, page-fingerprint.ts), so it
// makes and hashes again only those of records that changed.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import EleventyDevServer from '@11ty/eleventy-dev-server'
import { watch } from 'chokidar'
import { escapeTerminalLines } from '../src/escape-terminal.js'
import { residentCache } from '../src/cache/resident-cache.js'
import { rebuildMemo } from '../src/rebuild-memo.js'
import { pipelineMemo } from '../src/pipeline-memo.js'
import { pageFingerprints } from '../src/publish/page-fingerprint.js'
import { cachedKnowledge } from '../src/knowledge/cached-knowledge.js'
import { DEFAULT_DATA_DIR, KnowledgeError } from '../src/knowledge/load-knowledge.js'
import { warmExtractor } from '../src/parallel/warm-extractor.js'
import { buildSite, defaultBuildOptions, type BuildOptions, type BuildResult, type PagesReady } from '../src/publish/build-site.js'
import { DEFAULT_PATHS, extractionCacheIn, knowledgeCacheIn, pageCacheIn } from '../src/publish/default-paths.js'
import { explainFilesystemError } from '../src/publish/output-error.js'
import { takeOutputLock } from '../src/publish/output-lock.js'
import { onlyArticleEdits } from '../src/publish/only-article-edits.js'
import { outputPlace } from '../src/publish/output-place.js'
import { publishPages } from '../src/publish/publish-pages.js'
import { buildDay } from './build-day.js'
import { readCommandLine } from './command-line.js'
import { printDiagnostics } from '../src/publish/report-build.js'
import { plural } from '../src/render/event-entry.js'

const USAGE = `Usage: npm start -- [options]
Builds the site, serves it with live reload, and builds it again when an article, ${DEFAULT_PATHS.seeds}/corrections.yaml,
a file in src/data/, a template or a file in public/ changes.

  --port N       the port to serve on (default: 8080, or the next free one)
  --seeds DIR    the articles (default: ${DEFAULT_PATHS.seeds})
  --out DIR      the site (default: ${DEFAULT_PATHS.out})
  --data FILE    the timeline as one JSON file (default: ${DEFAULT_PATHS.data})
  --cache DIR    extraction results, the checked knowledge and the last build's pages (default: ${DEFAULT_PATHS.cache})
  --help         this text`

const { values } = readCommandLine(USAGE, () =>
  parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      seeds: { type: 'string', default: DEFAULT_PATHS.seeds },
      out: { type: 'string', default: DEFAULT_PATHS.out },
      data: { type: 'string', default: DEFAULT_PATHS.data },
      cache: { type: 'string', default: DEFAULT_PATHS.cache },
    },
  }),
)
// Lines name changed files and quote articles and errors: their control characters are shown, never sent (src/escape-terminal.ts).
const log = (line: string): void => void process.stderr.write(escapeTerminalLines(line) + '\n')

/** The extraction cache, kept in memory between rebuilds and told of the watcher's events (src/cache/resident-cache.ts). */
const cache = residentCache()
/** What every build of this server shares; the day is taken at each build. */
const options: Partial<BuildOptions> = {
  seedsDir: values.seeds,
  outDir: values.out,
  dataFile: values.data,
  cacheDir: extractionCacheIn(values.cache),
  // Kept in memory between rebuilds: a rebuild parses no cache file (src/cache/resident-cache.ts), and, once the watcher
  // is ready, looks only at the article files it reported.
  openCache: cache,
  // And what the pipeline made of them: merge makes again only the events of changed reports (src/pipeline-memo.ts).
  pipelineMemo: pipelineMemo(),
  // Likewise the site views and the pages' fingerprints: a rebuild makes and hashes again only those of changed records.
  viewMemo: rebuildMemo(),
  pageFingerprints: pageFingerprints(),
  knowledgeCacheDir: knowledgeCacheIn(values.cache),
  pageCacheDir: pageCacheIn(values.cache),
}

// 1. The output folder is this server's for as long as it runs: it takes the folder's lock, which a build into the same
//    folder finds and refuses to wait for, and lets it go however it stops, Ctrl+C included (src/publish/output-lock.ts).
//    Then a full build, so the served folder is complete before anything is served; like every build, it first puts
//    back an output that a killed build left moved aside (recoverInterruptedSwap).
let build: (log: (line: string) => void, onPages?: BuildOptions['onPages']) => Promise<BuildResult>
try {
  const outputLock = await takeOutputLock(outputPlace(values.out), { command: 'start', waitMs: defaultBuildOptions.lockWaitMs, log })
  build = (say, onPages) => buildSite({ ...options, today: buildDay(), log: say, outputLock, ...(onPages === undefined ? {} : { onPages }) })
  const first = await build(log)
  if (!first.ok) process.exit(1)
  // That build took every unchanged article from the cache, so the extractor's code has not run in this process:
  // run it once now, before serving, rather than in the first edit's rebuild (src/parallel/warm-extractor.ts).
  await warmExtractor(values.seeds, cachedKnowledge(undefined, knowledgeCacheIn(values.cache)))
} catch (error) {
  // The output folder or the disk under it: one sentence with the path and the fix (src/publish/output-error.ts).
  const problem = explainFilesystemError(error, values.out)
  log(
    error instanceof KnowledgeError
      ? `Salvo: a knowledge file is malformed, so nothing was built.\n  ${error.message}`
      : problem !== null
        ? `Salvo: ${problem.message}`
        : String(error),
  )
  process.exit(1)
}

// 2. Serve the output folder as it is at each request, with Eleventy's live-reload script in every page. Each build
//    replaces the folder whole (swap-into-place.ts), so a page is never served half-written.
const server = EleventyDevServer.getServer('salvo', values.out, {
  logger: { info: log, log, error: log },
  messageOnStart: () => false,
})
server.serve(Number(values.port))
await server.ready()

// 3. Build again when what the site is made from changes, one build at a time; a change that comes during a build
//    starts another once it is done. A build that fails leaves the served site as it was.
/** What the site is made from: the articles and corrections, the knowledge, the templates and Eleventy's configuration, the static files. */
const watched = [values.seeds, DEFAULT_DATA_DIR, DEFAULT_PATHS.templates, 'eleventy.config.js', 'public']
  .filter((dir) => existsSync(dir))
  .map((dir) => path.resolve(dir))
/** An editor's swap, backup and lock files (`.x.md.swp`, `x.md~`, `.#x.md`), which change as one types: never a reason to build. */
const EDITOR_FILE = /^\.|~$|\.sw[a-p]$/
/**
 * How long to wait after a change for others that come with it (a "save all", a checkout), in milliseconds. An editor's
 * save by rename reaches chokidar as one event (its `atomic` option joins an unlink and an add), and every
 * millisecond here is one more before the page shows an edit.
 */
const SETTLE_MS = 50
let timer: NodeJS.Timeout | undefined
const changed = new Set<string>()
let running: Promise<void> = Promise.resolve()
const rebuild = (file: string): void => {
  changed.add(file)
  clearTimeout(timer)
  timer = setTimeout(() => {
    const files = [...changed].sort()
    changed.clear()
    running = running.then(() => rebuildFor(files))
  }, SETTLE_MS)
}

/**
 * Builds again after `files` changed, prints what an editor acts on (the diagnostics, or why it failed) and one summary
 * line, and reloads the open pages: on the edit path as soon as the changed pages are in the served folder, otherwise
 * once the new site is swapped in.
 */
async function rebuildFor(files: string[]): Promise<void> {
  const reason = files.length === 1 ? files[0] : `${files.length} files`
  /** How many pages the edit path put in the served folder before the build was done, once it has. */
  let shown: number | null = null
  const showPages = async ({ staging, rendered }: PagesReady): Promise<void> => {
    await publishPages(staging, values.out, rendered)
    server.reload({ files })
    shown = rendered.length
  }
  try {
    // Quietly: of what a build says, the diagnostics are printed here, and the rest is in the summary line.
    const result = await build(() => undefined, onlyArticleEdits(files, values.seeds) ? showPages : undefined)
    buildMissed()
    printDiagnostics(log, result.diagnostics)
    const { extracted, cached } = result.extraction
    const rendered = result.rendered ?? result.pages
    const counts = `${result.articles} articles, ${result.events} events`
    log(
      `Salvo: ${reason} changed: re-extracted ${plural(extracted, 'article')} (${cached} from the cache); ${counts}; rendered ${rendered} of ${result.pages} pages${shown === null ? '' : ' (shown at once)'}, and the feeds, data files and search index.`,
    )
    if (shown === null) server.reload({ files })
  } catch (error) {
    const problem = explainFilesystemError(error, values.out)
    const message = problem !== null ? problem.message : error instanceof Error ? error.message : String(error)
    log(
      shown === null
        ? `Salvo: ${reason} changed, but the rebuild failed, so the site stays as it was. ${message}`
        : `Salvo: ${reason} changed and its pages are shown, but the rest of the rebuild failed, so the feeds, data files and search index stay as they were until the next build. ${message}`,
    )
  }
}
/**
 * The safety net under the watcher's events, which the build trusts for the article files (src/cache/resident-cache.ts):
 * looks at every article file the last build used and builds again for any that changed with no event, which the
 * next build then reads. Run once the watcher is ready (a save during the first build has no event) and after each
 * build, once its pages are shown.
 */
function buildMissed(): void {
  const missed = cache.check()
  if (missed.length === 0) return
  log(`Salvo: ${missed.length === 1 ? `${missed[0]} changed` : `${missed.length} articles changed`} with no word from the file watcher; building again.`)
  for (const file of missed) rebuild(path.relative('.', file))
}
// chokidar, not fs.watch: Node 20's recursive fs.watch on Linux stops seeing a file once an editor saves it by
// replacing it (writing a new file and renaming it over the old), as many do.
const watcher = watch(watched, { ignoreInitial: true, ignored: (file) => !watched.includes(file) && EDITOR_FILE.test(path.basename(file)) })
  .on('all', (event, file) => {
    // Told at once, not when the build starts: a build under way that already took this file's entry leaves it marked for the next.
    cache.changed(file, event === 'addDir' || event === 'unlinkDir')
    rebuild(path.relative('.', file))
  })
  .on('error', (error) => {
    cache.distrust()
    log(`Salvo: changes can no longer be watched, so the site is not rebuilt; restart npm start. ${error instanceof Error ? error.message : String(error)}`)
  })
// Until chokidar has read the folders, a save is missed: say "serving" only once an edit will be seen.
await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
// From now on a build looks only at the article files the watcher named; what changed before it was ready, the check finds.
cache.trustEvents()
buildMissed()

log(
  `Salvo: serving at ${server.getServerUrl('localhost')} (Ctrl+C to stop). Edit an article, a correction, a knowledge file or a template and the page reloads.`,
)
