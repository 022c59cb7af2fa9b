// A worker thread that builds the search index (build-search-index.ts), so that driving
// Pagefind's process does not wait on the main thread, busy writing feeds and data meanwhile.
// Started at the beginning of a build, it loads its code and empties the trash of the last
// swap (swap-into-place.ts) while the pipeline runs, then waits for the one job it is given.
import { parentPort, workerData } from 'node:worker_threads'
import { buildSearchIndex, type SearchIndexJob } from './build-search-index.js'
import { emptyTrash } from './swap-into-place.js'

const { trash } = (workerData ?? {}) as { trash?: string | null }
try {
  if (typeof trash === 'string') emptyTrash(trash)
} catch {
  // The trash is only tidied: whatever is left, a later build removes.
}

parentPort?.once('message', (job: SearchIndexJob) => {
  void buildSearchIndex(job.siteDir, job.options).then((result) => parentPort?.postMessage(result))
})
