// A worker thread that builds the search index (build-search-index.ts), so that driving
// Pagefind's process does not wait on the main thread, busy writing feeds and data meanwhile.
// Started at the beginning of a build, it loads its code while the pipeline runs, then waits
// for the one job it is given.
import { parentPort } from 'node:worker_threads'
import { buildSearchIndex, type SearchIndexJob } from './build-search-index.js'

parentPort?.once('message', (job: SearchIndexJob) => {
  void buildSearchIndex(job.siteDir, job.options).then((result) => parentPort?.postMessage(result))
})
