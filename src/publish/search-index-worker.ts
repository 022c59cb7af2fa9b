// A worker thread for the search index (build-search-index.ts), so that driving Pagefind's
// process does not wait on the main thread, busy rendering pages and writing feeds and data
// meanwhile. The first a build starts, at its beginning, loads its code and empties the trash
// of the last swap (swap-into-place.ts) while the pipeline runs; then, while Eleventy renders,
// it links the pages and search shards the build reuses into the new site (`link`), and once
// every page is there, indexes the changed shards (`index`) with a Pagefind service of its own,
// as does a second worker on a large build.
import { parentPort, workerData } from 'node:worker_threads'
import * as pagefind from 'pagefind'
import { indexShards, linkUnchangedShards, type SearchWorkerReply, type SearchWorkerRequest } from './build-search-index.js'
import { linkFiles } from './link-files.js'
import { emptyTrash } from './swap-into-place.js'
import { pagefindDeath, watchPagefindService } from './watch-pagefind-service.js'

// A Pagefind service that dies (of a full disk, say) fails the request that waits on it, rather than leave it waiting forever.
watchPagefindService(pagefind.close)

const { trash } = (workerData ?? {}) as { trash?: string | null }
try {
  if (typeof trash === 'string') emptyTrash(trash)
} catch {
  // The trash is only tidied: whatever is left, a later build removes.
}

/** Does what a request asks. */
async function answer(request: SearchWorkerRequest): Promise<SearchWorkerReply> {
  if (request.kind === 'index') {
    await indexShards(request.siteDir, request.shards)
    return { done: true }
  }
  const copied = linkFiles(request.pages.from, request.siteDir, request.pages.files)
  await linkUnchangedShards(request.siteDir, request.unchanged)
  return { copied }
}

// Each request gets one reply, a failure included: the build's request reports it.
parentPort?.on('message', (request: SearchWorkerRequest) => {
  void answer(request)
    .catch((error: unknown): SearchWorkerReply => ({ error: pagefindDeath() ?? (error instanceof Error ? error.stack ?? error.message : String(error)) }))
    .then((reply) => parentPort?.postMessage(reply))
})
