import { availableParallelism } from 'node:os'
import type { ExtractionCache } from '../cache/extraction-cache.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import { processArticle, processClaimed, processFromCache, type ProcessedArticle } from './process-article.js'
import { runWorker } from './run-worker.js'

/**
 * Below this many files to extract (cache misses), threads cost more than they save: a worker pays for its
 * modules, the knowledge, its own JIT warm-up and copying results back. Measured with the bundled commands on
 * 2 cores (`npm run bench`), a few thousand files take as long on two threads as on one, with more CPU; only
 * large corpora gain.
 */
export const WORKER_THRESHOLD = 4000

/** What a worker is given: plain data, and the counter the threads claim files with. */
export interface WorkerInput {
  /** Every file to process: the threads claim them in turn from `next`. */
  files: string[]
  /** Index in `files` of the next file no thread has claimed: one integer, shared by all threads. */
  next: Int32Array
  dataDir: string
  today: string | null
  /** The seeds folder, which the articles' ids are made from (`ReadOptions.seedsDir`); default each file's own folder. */
  seedsDir?: string
}

export interface ProcessOptions {
  knowledge: Knowledge
  /** The extraction cache, opened for this extractor's version; its caller saves it (src/pipeline.ts, once the bodies are rendered). `null` extracts every file. */
  cache: ExtractionCache | null
  today: string | null
  /** The seeds folder the files are in, which their ids are made from; default each file's own folder. */
  seedsDir?: string
  /** Threads to use, this one included; default: one per core, up to 4, when enough files miss the cache. 1 runs everything on this thread. */
  threads?: number
}

/**
 * Runs ingest, clean and extract over every file, in file order. Unchanged files come
 * from the cache, looked up here; the rest are shared between this thread and worker
 * threads when there are enough of them to pay for the threads (each worker loads its
 * code and the knowledge files itself), so a rebuild after adding one article starts none.
 * The new results are put in the cache, for its caller to save.
 */
export async function processArticles(files: string[], options: ProcessOptions): Promise<ProcessedArticle[]> {
  const read = { ...(options.today ? { today: options.today } : {}), ...(options.seedsDir !== undefined ? { seedsDir: options.seedsDir } : {}) }
  const { cache } = options
  const results: (ProcessedArticle | null)[] = files.map((file) => (cache === null ? null : processFromCache(file, cache, read)))
  const missed = files.filter((_, i) => results[i] === null)
  const threads = options.threads ?? (missed.length >= WORKER_THRESHOLD ? Math.min(4, availableParallelism()) : 1)
  let fresh: ProcessedArticle[]
  if (threads <= 1 || missed.length <= 1 || options.knowledge.dir === null) {
    fresh = []
    for (const file of missed) fresh.push(await processArticle(file, options.knowledge, read))
  } else {
    // Every thread, this one included (it has the code and the knowledge loaded), claims files from a shared
    // counter until none are left: a thread that starts late or runs slow takes fewer. Results go back by index.
    const input: WorkerInput = {
      files: missed,
      next: new Int32Array(new SharedArrayBuffer(4)),
      dataDir: options.knowledge.dir ?? '',
      today: options.today,
      ...(options.seedsDir !== undefined ? { seedsDir: options.seedsDir } : {}),
    }
    const pending = Array.from({ length: threads - 1 }, () => runWorker<[number, ProcessedArticle][]>(new URL('./article-worker.ts', import.meta.url), input))
    for (const p of pending) p.catch(() => undefined) // awaited below; a failure is reported there
    const own = await processClaimed(input.files, input.next, options.knowledge, read)
    fresh = new Array<ProcessedArticle>(missed.length)
    for (const [index, result] of [own, ...(await Promise.all(pending))].flat()) fresh[index] = result
  }
  let next = 0
  const all = results.map((result) => result ?? fresh[next++] ?? missing())
  if (cache !== null)
    for (const p of fresh) if (p.article !== null && p.extracted !== null) cache.put({ article: p.article, diagnostics: p.diagnostics, result: p.extracted })
  return all
}

function missing(): never {
  throw new Error('A file to extract came back without a result: every claimed file should give exactly one.')
}
