import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { openExtractionCache } from '../cache/extraction-cache.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import { processArticle, processFromCache, type ProcessedArticle } from './process-article.js'

/** Below this many files to extract (cache misses), threads cost more than they save (measured on 2 cores: 1,000 articles 2.4 s on one thread, 3.9 s on two; 10,000 articles 14.3 s and 12.4 s). */
export const WORKER_THRESHOLD = 4000

/** What a worker is given: plain data only. */
export interface WorkerInput {
  files: string[]
  dataDir: string
  today: string | null
}

export interface ProcessOptions {
  knowledge: Knowledge
  cacheDir: string | null
  /** The extractor version, naming the cache folder. */
  version: string
  today: string | null
  /** Threads to use, this one included; default: one per core, up to 4, when enough files miss the cache. 1 runs everything on this thread. */
  threads?: number
}

/**
 * Runs ingest, clean and extract over every file, in file order. Unchanged files come
 * from the cache, looked up here; the rest are shared between this thread and worker
 * threads when there are enough of them to pay for the threads (each worker loads tsx
 * and the knowledge files itself), so a rebuild after adding one article starts none. Then the cache keeps the new results
 * and drops entries no file used.
 */
export async function processArticles(files: string[], options: ProcessOptions): Promise<ProcessedArticle[]> {
  const read = options.today ? { today: options.today } : {}
  const cache = options.cacheDir ? await openExtractionCache(options.cacheDir, options.version) : null
  const results: (ProcessedArticle | null)[] = files.map((file) => (cache === null ? null : processFromCache(file, cache, read)))
  const missed = files.filter((_, i) => results[i] === null)
  const threads = options.threads ?? (missed.length >= WORKER_THRESHOLD ? Math.min(4, availableParallelism()) : 1)
  let fresh: ProcessedArticle[]
  if (threads <= 1 || missed.length <= 1 || options.knowledge.dir === null) {
    fresh = []
    for (const file of missed) fresh.push(await processArticle(file, options.knowledge, read))
  } else {
    // This thread takes the first share, as it has the code and knowledge loaded; workers take the others.
    const size = Math.ceil(missed.length / threads)
    const [own = [], ...others] = Array.from({ length: threads }, (_, i) => missed.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0)
    const pending = others.map((chunk) => runWorker({ files: chunk, dataDir: options.knowledge.dir ?? '', today: options.today }))
    for (const p of pending) p.catch(() => undefined) // awaited below; a failure is reported there
    fresh = []
    for (const file of own) fresh.push(await processArticle(file, options.knowledge, read))
    for (const part of await Promise.all(pending)) fresh.push(...part)
  }
  let next = 0
  const all = results.map((result) => result ?? fresh[next++] ?? missing())
  if (cache !== null) {
    for (const p of fresh) if (p.article !== null && p.extracted !== null) cache.put({ article: p.article, diagnostics: p.diagnostics, result: p.extracted })
    await cache.save()
  }
  return all
}

function missing(): never {
  throw new Error('A worker returned fewer results than the files it was given: each file should give exactly one.')
}

/**
 * An ES-module worker that registers tsx's loader, then loads the TypeScript worker
 * module: Node 20 cannot start a worker from a .ts file, nor apply `--import` hooks in one.
 */
const TSX_API = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href
const BOOTSTRAP = new URL(`data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(TSX_API)}; register(); await import(${JSON.stringify(new URL('./article-worker.ts', import.meta.url).href)});`)}`)

/** Starts one worker and waits for its results. */
function runWorker(input: WorkerInput): Promise<ProcessedArticle[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { workerData: input })
    worker.once('message', (results: ProcessedArticle[]) => resolve(results))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`An article worker stopped with exit code ${code}.`))
    })
  })
}
