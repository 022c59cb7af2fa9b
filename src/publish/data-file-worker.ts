// A worker thread that writes a build's data file (data-file-writer.ts) to its staged name, while the main thread
// goes on to lay out and render the site: on a large site, serializing the timeline took the main thread most of a
// second that nothing else could use (BENCHMARKS.md). It answers once, then ends, and its copy of the data with it.
import { parentPort, workerData } from 'node:worker_threads'
import type { DataFileJob, DataFileReply } from './data-file-writer.js'
import { stageDataFile } from './write-data-file.js'

const job = workerData as DataFileJob
const reply: DataFileReply = await stageDataFile(job.file, job.data).then(
  () => ({ staged: true }),
  (error: unknown) => ({ staged: false, reason: error instanceof Error ? error.message : String(error) }),
)
parentPort?.postMessage(reply)
