// A worker thread that builds the search index (build-search-index.ts), so that driving
// Pagefind's process does not wait on the main thread, busy rendering pages and writing
// feeds and data meanwhile. Started at the beginning of a build, it loads its code and
// empties the trash of the last swap (swap-into-place.ts) while the pipeline runs. Then,
// while Eleventy renders, it links the pages and search shards the build reuses into the
// new site (`prepare`), and indexes the changed shards once every page is there (`finish`).
import { parentPort, workerData } from 'node:worker_threads'
import { finishSearchIndex, prepareSearchIndex, type PreparedSearchIndex, type SearchWorkerRequest } from './build-search-index.js'
import { linkFiles } from './link-files.js'
import { emptyTrash } from './swap-into-place.js'

const { trash } = (workerData ?? {}) as { trash?: string | null }
try {
  if (typeof trash === 'string') emptyTrash(trash)
} catch {
  // The trash is only tidied: whatever is left, a later build removes.
}

// A failure rejects, unhandled, which ends the thread with the error: the build's `prepare` or `finish` reports it.
let prepared: Promise<PreparedSearchIndex> | null = null
parentPort?.on('message', (request: SearchWorkerRequest) => {
  if (request.kind === 'prepare') {
    const { siteDir, options, reuse } = request.job
    const copied = linkFiles(reuse.from, siteDir, reuse.files)
    prepared = prepareSearchIndex(siteDir, options)
    void prepared.then(() => parentPort?.postMessage({ copied }))
    return
  }
  if (prepared === null) throw new Error('The search index worker was asked to finish an index it was never given: call prepare first.')
  void prepared.then(finishSearchIndex).then((result) => parentPort?.postMessage(result))
})
