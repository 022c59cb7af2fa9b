import { recordSearchIndex, type SearchIndexResult } from './build-search-index.js'
import type { BuildPlan } from './plan-build.js'
import type { BuildWorker } from './build-workers.js'

/**
 * The build's index step: once every page is in the staging folder, Pagefind indexes the changed search shards in
 * its own process, one per worker thread given (`plan.searchParts`: one, or two on a large build), while the main
 * thread writes the feeds and data; then the index is recorded (build-search-index.ts). Await it: a failure
 * meanwhile does not count as unhandled.
 */
export function indexSearch(workers: [BuildWorker, ...BuildWorker[]], plan: BuildPlan): Promise<SearchIndexResult> {
  const { search, searchParts } = plan
  // Settled, not all: when one worker fails, the other's Pagefind finishes writing before the staging folder is removed.
  const indexing = Promise.allSettled(searchParts.map((shards, i) => (workers[i] ?? workers[0]).indexShards(search.siteDir, shards))).then((outcomes) => {
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')
    if (failed !== undefined) throw failed.reason
    return recordSearchIndex(search)
  })
  indexing.catch(() => undefined)
  return indexing
}
