// A worker thread of a build (build-workers.ts): it does the jobs the build gives it, one at a time, so that
// file work and driving Pagefind's process do not wait on the main thread. A build starts one at its beginning,
// which looks at every page the last build recorded for the plan (`touched-pages`) and empties the trash of the last
// swap while the pipeline runs (`empty-trash`), links the pages and search
// shards the build reuses into the new site while Eleventy renders (`link-pages`, `link-shards`), and once every
// page is there, indexes the changed shards (`index-shards`) with a Pagefind service of its own, as does a second
// worker on a large build.
import { parentPort } from 'node:worker_threads'
import * as pagefind from 'pagefind'
import { indexShards, linkUnchangedShards } from './build-search-index.js'
import { linkFiles } from './link-files.js'
import { touchedPages } from './touched-pages.js'
import type { BuildWorkerJob, BuildWorkerReply } from './build-workers.js'
import { emptyTrash } from './swap-into-place.js'
import { pagefindDeath, watchPagefindService } from './watch-pagefind-service.js'

// A Pagefind service that dies (of a full disk, say) fails the job that waits on it, rather than leave it waiting forever.
watchPagefindService(pagefind.close)

/** Does a job. */
async function run(job: BuildWorkerJob): Promise<BuildWorkerReply> {
  switch (job.job) {
    case 'touched-pages':
      return touchedPages(job.manifest, job.outDir)
    case 'empty-trash':
      try {
        emptyTrash(job.trash)
      } catch {
        // The trash is only tidied: whatever is left, a later build removes.
      }
      return { done: true }
    case 'link-pages':
      return { copied: linkFiles(job.from, job.to, job.files) }
    case 'link-shards':
      await linkUnchangedShards(job.siteDir, job.unchanged)
      return { done: true }
    case 'index-shards':
      await indexShards(job.siteDir, job.shards)
      return { done: true }
  }
}

// Each job gets one reply, a failure included: the build's call for it reports it.
parentPort?.on('message', (job: BuildWorkerJob) => {
  void run(job)
    .catch((error: unknown): BuildWorkerReply => ({ error: pagefindDeath() ?? (error instanceof Error ? (error.stack ?? error.message) : String(error)) }))
    .then((reply) => parentPort?.postMessage(reply))
})
