import { createHash } from 'node:crypto'
import { lstatSync, readFileSync } from 'node:fs'
import type { ExtractionCache } from '../cache/extraction-cache.js'
import { keyFor, keyOf } from '../cache/extraction-cache.js'
import { cleanArticle } from '../clean/clean-article.js'
import type { Diagnostic } from '../diagnostic.js'
import { extractReports, type ExtractResult } from '../extract/extract-reports.js'
import type { Article } from '../ingest/article.js'
import { readArticle, relative, type ReadOptions } from '../ingest/read-articles.js'
import type { Knowledge } from '../knowledge/knowledge.js'

/** One article file through ingest, clean and extract (or the cache). */
export interface ProcessedArticle {
  /** The cleaned article, or `null` when ingest refused the file. */
  article: Article | null
  /** Ingest's diagnostics for the file. */
  diagnostics: Diagnostic[]
  extracted: ExtractResult | null
  /** The cache key used, for pruning; `null` without a cache or an article. */
  cacheKey: string | null
  fromCache: boolean
}

/**
 * Ingest → clean → extract for one file, reading and filling the cache when there is one.
 * An unchanged file (same path, same bytes) comes whole from the cache, without being
 * parsed again: that is most of a rebuild after adding one article.
 */
export async function processArticle(file: string, knowledge: Knowledge, cache: ExtractionCache | null, options: ReadOptions): Promise<ProcessedArticle> {
  if (cache !== null && lstatSync(file).isFile()) {
    const rel = relative(file)
    const hit = await cache.get(rel, createHash('sha256').update(readFileSync(file)).digest('hex'))
    // A day after the day of the build is refused by ingest: let ingest say so (SALVO_TODAY can move back).
    if (hit !== null && (options.today === undefined || hit.article.date <= options.today)) {
      return { article: hit.article, diagnostics: hit.diagnostics, extracted: hit.result, cacheKey: keyOf(hit.article), fromCache: true }
    }
  }
  const read = await readArticle(file, options)
  if (read.article === null) return { article: null, diagnostics: read.diagnostics, extracted: null, cacheKey: null, fromCache: false }
  const article = cleanArticle(read.article)
  const extracted = extractReports(article, knowledge)
  if (cache) await cache.put({ article, diagnostics: read.diagnostics, result: extracted })
  return { article, diagnostics: read.diagnostics, extracted, cacheKey: cache ? keyFor(article.path, article.hash) : null, fromCache: false }
}
