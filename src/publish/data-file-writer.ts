import { rm } from 'node:fs/promises'
import type { TimelineData } from '../model/timeline-data.js'
import { runWorker } from '../parallel/run-worker.js'
import { commitDataFile, stagedDataFile, writeDataFile } from './write-data-file.js'

/** What the data file's worker is given (data-file-worker.ts). */
export interface DataFileJob {
  file: string
  data: TimelineData
}

/** Its answer: `staged` when the file is written to its staged name; otherwise the build writes it itself. */
export type DataFileReply = { staged: true } | { staged: false; reason: string }

/**
 * Articles from which the data file is written on a worker thread of its own. Below this, copying the data to the
 * thread and starting it cost about as much as writing the file here.
 */
export const DATA_FILE_WORKER_ARTICLES = 2000

/** A build's data file, being written: `commit` puts it in place, `discard` drops it. Call one of them. */
export interface DataFileWriter {
  /** Renames the written file over the data file; writes it here instead if the worker could not. */
  commit(): Promise<void>
  /** Leaves the data file as it was, and removes what the worker wrote. */
  discard(): Promise<void>
}

/**
 * Starts writing a build's data file as soon as the pipeline has made it, for the build to `commit` where it
 * used to write it (after the pages, so a failed render still leaves the last data file). On a large site it is
 * written on a worker thread of its own (data-file-worker.ts), on the core the main thread leaves idle while it
 * lays out and renders the pages; the worker ends once done, so its copy of the data does not stay in memory
 * while Eleventy renders. When the worker fails (a full disk, say), `commit` writes the file here, where the
 * failure is reported as any write's (output-error.ts). The bytes are the same either way (`writeDataFile`).
 */
export function startDataFile(file: string, data: TimelineData, workerArticles = DATA_FILE_WORKER_ARTICLES): DataFileWriter {
  const staging: Promise<boolean> =
    data.articles.length < workerArticles
      ? Promise.resolve(false)
      : runWorker<DataFileReply>(new URL('./data-file-worker.ts', import.meta.url), { file, data } satisfies DataFileJob).then(
          (reply) => reply.staged,
          () => false,
        )
  return {
    async commit() {
      if (await staging) await commitDataFile(file)
      else await writeDataFile(file, data)
    },
    async discard() {
      if (await staging) await rm(stagedDataFile(file), { force: true })
    },
  }
}
