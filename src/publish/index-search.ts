import { recordSearchIndex, type SearchIndexResult } from './build-search-index.js'
import type { BuildPlan } from './plan-build.js'
import type { BuildWorker } from './build-workers.js'
import type { SearchShard } from './search-shards.js'

/** The build's index step, started before the pages are all rendered (`startSearchIndex`). */
export interface SearchIndexer {
  /**
   * Starts indexing each changed shard whose pages are all in `present` (files in the staging folder), if it has not
   * started yet. Called between Eleventy runs, so Pagefind indexes those shards on the other core while the next run renders.
   */
  pagesReady(present: ReadonlySet<string>): void
  /** Once every page is in the staging folder: indexes the shards not started yet, waits for all, and records the index. Await it. */
  finish(): Promise<SearchIndexResult>
  /** Waits until no shard is being indexed, whatever the outcome: before a failed build removes its staging folder. */
  settle(): Promise<void>
  /** How many shards started before the last page was rendered. */
  early(): number
}

/**
 * The build's index step: Pagefind indexes the changed search shards in its own process, one service per worker
 * thread given, each shard on its part's worker (`plan.searchParts`: one part, or two on a large build). A shard
 * whose pages are rendered while more runs of Eleventy are to come starts at once (`pagesReady`); the rest start once
 * every page is there (`finish`), while the main thread writes the feeds and data; then the index is recorded
 * (build-search-index.ts). Which worker, and when, changes nothing in a shard's bytes: Pagefind reads its pages from
 * a folder made for it in sorted order.
 */
export function startSearchIndex(workers: [BuildWorker, ...BuildWorker[]], plan: BuildPlan): SearchIndexer {
  const { search, searchParts } = plan
  const started = new Set<string>()
  const jobs: Promise<void>[] = []
  let early = 0
  const index = (worker: BuildWorker, shards: SearchShard[]): void => {
    if (shards.length === 0) return
    for (const shard of shards) started.add(shard.key)
    const job = worker.indexShards(search.siteDir, shards)
    job.catch(() => undefined) // awaited in `finish` or `settle`
    jobs.push(job)
  }
  const waiting = (): SearchShard[] => search.changed.filter((shard) => !started.has(shard.key))
  const partOf = new Map(searchParts.flatMap((shards, part) => shards.map((shard) => [shard.key, part] as const)))
  const inParts = (shards: SearchShard[]): SearchShard[][] => searchParts.map((_, part) => shards.filter((shard) => partOf.get(shard.key) === part))
  return {
    pagesReady(present) {
      // Each on its planned worker: two services beside Eleventy did better than one (BENCHMARKS.md, "The search index while the pages render").
      const ready = waiting().filter((shard) => shard.files.every((file) => present.has(file)))
      early += ready.length
      for (const [i, shards] of inParts(ready).entries()) index(workers[i] ?? workers[0], shards)
    },
    finish() {
      for (const [i, shards] of inParts(waiting()).entries()) index(workers[i] ?? workers[0], shards)
      // Settled, not all: when one worker fails, the other's Pagefind finishes writing before the staging folder is removed.
      const indexing = Promise.allSettled(jobs).then((outcomes) => {
        const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')
        if (failed !== undefined) throw failed.reason
        return recordSearchIndex(search)
      })
      indexing.catch(() => undefined)
      return indexing
    },
    settle: () => Promise.allSettled(jobs).then(() => undefined),
    early: () => early,
  }
}
