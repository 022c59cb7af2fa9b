import type { BuildPlan } from './plan-build.js'
import type { BuildWorker } from './build-workers.js'

/**
 * The build's reuse step: on a worker thread, while the main thread renders the pages that changed, hard-links the
 * pages that did not, and the search shards that did not, from the published site `outDir` into the staging
 * folder (link-files.ts). Resolves with the pages that had to be copied instead (their records are made afresh).
 * Await it: a failure meanwhile does not count as unhandled.
 */
export function reusePages(worker: BuildWorker, plan: BuildPlan, outDir: string): Promise<{ copied: string[] }> {
  const pages = worker.linkPages({ from: outDir, to: plan.search.siteDir, files: plan.pages.reuse })
  const shards = worker.linkShards(plan.search.siteDir, plan.search.unchanged)
  const reusing = Promise.all([pages, shards]).then(([linked]) => linked)
  reusing.catch(() => undefined)
  return reusing
}
