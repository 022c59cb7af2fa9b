// A worker thread that builds the search index (build-search-index.ts), so that driving
// Pagefind's process does not wait on the main thread, busy writing feeds and data meanwhile.
import { parentPort, workerData } from 'node:worker_threads'
import { buildSearchIndex, type SearchIndexOptions } from './build-search-index.js'

const input = workerData as { siteDir: string; options: SearchIndexOptions }
parentPort?.postMessage(await buildSearchIndex(input.siteDir, input.options))
