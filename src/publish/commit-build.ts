import { manifestOf, writeManifest } from './page-plan.js'
import type { BuildPlan } from './plan-build.js'
import type { OutputLock } from './output-lock.js'
import type { ShardRecord } from './build-search-index.js'
import { swapIntoPlace } from './swap-into-place.js'

export interface CommitBuildOptions {
  plan: BuildPlan
  /** The reused pages that had to be copied, not linked (reuse-pages.ts). */
  copied: string[]
  /** Every search shard's record (index-search.ts). */
  shards: Record<string, ShardRecord>
  /** The finished site, marked as Salvo's (output-marker.ts). */
  staging: string
  outDir: string
  /** The lock on `outDir` this build holds. */
  lock: OutputLock
  /** Where the replaced site goes, for the next build to remove, or `null` to remove it at once (swap-into-place.ts). */
  trash: string | null
}

/**
 * The build's commit step: records the finished site's pages and shards for the next build, then, still holding
 * the output folder's lock, swaps the staging folder in for `outDir`. The record goes first, while a failure
 * still leaves `outDir` as it was: the swap keeps every file's size and modification time, and after it
 * nothing is left to fail.
 */
export async function commitBuild(options: CommitBuildOptions): Promise<void> {
  const { plan, staging, outDir } = options
  if (plan.manifest !== null) {
    const { previous, version } = plan
    await writeManifest(plan.manifest, manifestOf(plan.pages, { previous, copied: options.copied, version, builtDir: staging, outDir, search: options.shards }))
  }
  options.lock.verify()
  await swapIntoPlace(staging, outDir, options.trash)
}
