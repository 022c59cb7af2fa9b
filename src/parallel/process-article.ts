import path from 'node:path'
import { fileStamp, type CacheEntry, type ExtractionCache, type KeptBody } from '../cache/extraction-cache.js'
import { cleanArticle } from '../clean/clean-article.js'
import type { Diagnostic } from '../model/diagnostic.js'
import { extractReports, type ExtractResult } from '../extract/extract-reports.js'
import type { Article } from '../ingest/article.js'
import { contentHash, MAX_ARTICLE_BYTES, readArticle, relative, type ReadOptions } from '../ingest/read-articles.js'
import { readRegularFile } from '../read-regular-file.js'
import { seedsPath } from '../ingest/seeds-path.js'
import type { Knowledge } from '../knowledge/knowledge.js'

/** One article file through ingest, clean and extract (or the cache). */
export interface ProcessedArticle {
  /** The cleaned article, or `null` when ingest refused the file. */
  article: Article | null
  /** Ingest's diagnostics for the file. */
  diagnostics: Diagnostic[]
  extracted: ExtractResult | null
  fromCache: boolean
  /** The body the cache kept with the entry (src/pipeline.ts renders it again unless its key is still the same), or `null`. */
  body: KeptBody | null
}

/**
 * An unchanged file (same path, same bytes, same id) whole from the cache, without parsing it
 * again: that is most of a rebuild after adding one article. `null` on a miss.
 */
export function processFromCache(file: string, cache: ExtractionCache, options: ReadOptions): ProcessedArticle | null {
  if (cache.size === 0) return null
  const hit = cache.recall?.(file) ?? readFromCache(file, cache)
  // A day after the day of the build is refused by ingest: let ingest say so (SALVO_TODAY can move back).
  if (hit === null || (options.today !== undefined && hit.article.date > options.today)) return null
  // The same file read as part of another seeds folder (`--seeds .` after `--seeds seeds`) has another id, which the reports carry.
  if (hit.article.id !== seedsPath(file, options.seedsDir ?? path.dirname(file))) return null
  return { article: hit.article, diagnostics: hit.diagnostics, extracted: hit.result, fromCache: true, body: hit.body ?? null }
}

/** The cache's entry for the file's path and bytes, or `null`; a cache that can `recall` is told what the file was before it was read. */
function readFromCache(file: string, cache: ExtractionCache): CacheEntry | null {
  const stamp = cache.remember === undefined ? null : fileStamp(file)
  const read = readRegularFile(file, MAX_ARTICLE_BYTES)
  if (!('bytes' in read)) return null // ingest says why
  const hit = cache.get(relative(file), contentHash(read.bytes))
  if (hit !== null && stamp !== null) cache.remember?.(file, stamp, hit)
  return hit
}

/** Ingest → clean → extract for one file. */
export async function processArticle(file: string, knowledge: Knowledge, options: ReadOptions): Promise<ProcessedArticle> {
  const read = await readArticle(file, options)
  if (read.article === null) return { article: null, diagnostics: read.diagnostics, extracted: null, fromCache: false, body: null }
  const article = cleanArticle(read.article)
  return { article, diagnostics: read.diagnostics, extracted: extractReports(article, knowledge), fromCache: false, body: null }
}

/** Files a thread claims at a time: enough to make claiming cheap, few enough that the threads finish together. */
const CLAIM = 8

/**
 * Processes files of `files` claimed from the shared counter `next` until none are left,
 * and returns each result with its file's index. Every thread runs this on the same
 * `files` and `next`, so each file is processed once, by whichever thread claims it.
 */
export async function processClaimed(files: string[], next: Int32Array, knowledge: Knowledge, options: ReadOptions): Promise<[number, ProcessedArticle][]> {
  const done: [number, ProcessedArticle][] = []
  for (let start = Atomics.add(next, 0, CLAIM); start < files.length; start = Atomics.add(next, 0, CLAIM)) {
    for (const [offset, file] of files.slice(start, start + CLAIM).entries()) done.push([start + offset, await processArticle(file, knowledge, options)])
  }
  return done
}
