import { startWorker } from '../parallel/run-worker.js'
import type { SearchIndexPlan } from './build-search-index.js'
import type { SearchShard } from './search-shards.js'

/**
 * The jobs a build gives its worker threads (build-worker.ts): file work that would otherwise wait on the main
 * thread, busy running the pipeline, rendering pages and writing feeds meanwhile.
 */
export type BuildWorkerJob =
  /** The pages of the manifest in `manifest` whose files in `outDir` were touched since that build (`touchedPages` in page-plan.ts). */
  | { job: 'touched-pages'; manifest: string; outDir: string }
  /** Removes what the last swap moved to `trash` (swap-into-place.ts), as far as it can; never fails. */
  | { job: 'empty-trash'; trash: string }
  /** Hard-links `files` (output files) of the site `from` into `to`, or copies them where links are refused (link-files.ts). */
  | { job: 'link-pages'; from: string; to: string; files: string[] }
  /** Hard-links the search shards that did not change from the last build's site into `siteDir`. */
  | { job: 'link-shards'; siteDir: string; unchanged: SearchIndexPlan['unchanged'] }
  /** Indexes `shards` of the site in `siteDir` with the worker's own Pagefind service (their pages must all be there). */
  | { job: 'index-shards'; siteDir: string; shards: SearchShard[] }

/** The worker's answer to a job: the pages it had to copy (`link-pages`), done (the others), or what went wrong. */
export type BuildWorkerReply = { copied: string[] } | { stamp: string | null; touched: string[] } | { done: true } | { error: string }

/** A worker thread of a build, doing one job at a time in the order given. */
export interface BuildWorker {
  /** The pages of a manifest whose served files were touched since, and the manifest's stamp (page-plan.ts, `touchedPages`). */
  touchedPages(manifest: string, outDir: string): Promise<{ stamp: string | null; touched: string[] }>
  emptyTrash(trash: string): Promise<void>
  /** Resolves with the files that had to be copied, not linked. */
  linkPages(pages: { from: string; to: string; files: string[] }): Promise<{ copied: string[] }>
  linkShards(siteDir: string, unchanged: SearchIndexPlan['unchanged']): Promise<void>
  indexShards(siteDir: string, shards: SearchShard[]): Promise<void>
  /** Ends the thread, whatever it is doing. Safe to call more than once. */
  stop(): Promise<void>
}

/**
 * Starts a build's worker thread. Start it early: it loads its code while the main thread works. `stop` it in
 * any case. A job that fails rejects its promise; the worker stays up for the next.
 */
function startBuildWorker(): BuildWorker {
  const worker = startWorker<BuildWorkerJob, BuildWorkerReply>(new URL('./build-worker.ts', import.meta.url))
  const run = (job: BuildWorkerJob): Promise<BuildWorkerReply> =>
    worker.run(job).then((reply) => {
      if ('error' in reply) throw new Error(reply.error)
      return reply
    })
  return {
    touchedPages: async (manifest, outDir) => {
      const reply = await run({ job: 'touched-pages', manifest, outDir })
      return 'touched' in reply ? reply : { stamp: null, touched: [] }
    },
    emptyTrash: async (trash) => void (await run({ job: 'empty-trash', trash })),
    linkPages: async (pages) => {
      const reply = await run({ job: 'link-pages', ...pages })
      return { copied: 'copied' in reply ? reply.copied : [] }
    },
    linkShards: async (siteDir, unchanged) => void (await run({ job: 'link-shards', siteDir, unchanged })),
    indexShards: async (siteDir, shards) => void (await run({ job: 'index-shards', siteDir, shards })),
    stop: () => worker.stop(),
  }
}

/** A build's worker threads: the one it starts with, and those a large build adds for more Pagefind services (index-search.ts). */
export interface BuildWorkers {
  first: BuildWorker
  /** Every worker started, the first first. */
  all(): [BuildWorker, ...BuildWorker[]]
  /** Starts workers until there are `count`, so that they load their code while the pages render. */
  grow(count: number): void
  /** Stops every worker. Safe to call more than once. */
  stop(): Promise<void>
}

/** Starts a build's first worker thread; `grow` adds more. */
export function startBuildWorkers(): BuildWorkers {
  const first = startBuildWorker()
  const workers: [BuildWorker, ...BuildWorker[]] = [first]
  return {
    first,
    all: () => [...workers],
    grow(count) {
      while (workers.length < count) workers.push(startBuildWorker())
    },
    stop: async () => void (await Promise.all(workers.map((worker) => worker.stop()))),
  }
}
