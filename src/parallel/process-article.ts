import type { ExtractionCache } from '../cache/extraction-cache.js'
import { keyOf } from '../cache/extraction-cache.js'
import { cleanArticle } from '../clean/clean-article.js'
import type { Diagnostic } from '../diagnostic.js'
import { extractReports, type ExtractResult } from '../extract/extract-reports.js'
import type { Article } from '../ingest/article.js'
import { readArticle, type ReadOptions } from '../ingest/read-articles.js'
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

/** Ingest → clean → extract for one file, reading and filling the cache when there is one. */
export async function processArticle(file: string, knowledge: Knowledge, cache: ExtractionCache | null, options: ReadOptions): Promise<ProcessedArticle> {
  const read = await readArticle(file, options)
  if (read.article === null) return { article: null, diagnostics: read.diagnostics, extracted: null, cacheKey: null, fromCache: false }
  const article = cleanArticle(read.article)
  const hit = cache ? await cache.get(article) : null
  const extracted = hit ?? extractReports(article, knowledge)
  if (cache && !hit) await cache.put(article, extracted)
  return { article, diagnostics: read.diagnostics, extracted, cacheKey: cache ? keyOf(article) : null, fromCache: hit !== null }
}
