import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, rm, writeFile, rename } from 'node:fs/promises'
import path from 'node:path'
import type { ExtractResult } from '../extract/extract-reports.js'
import type { Article } from '../ingest/article.js'
import type { Diagnostic } from '../diagnostic.js'

/** What one article's entry holds: the cleaned article and ingest's diagnostics, so an unchanged file is not parsed again, and its extraction. */
export interface CacheEntry {
  article: Article
  diagnostics: Diagnostic[]
  result: ExtractResult
}

/**
 * Ingest and extraction results on disk, one JSON file per article, keyed by the file's
 * path and content hash, in a folder per extractor version (which covers the ingest and
 * clean code). A hit returns exactly what ingest, clean and extraction would; deleting
 * the folder at any time changes nothing but time.
 */
export interface ExtractionCache {
  /** The entry for a file's path (as `Article.path`) and content hash (as `Article.hash`), if any. */
  get(path: string, hash: string): Promise<CacheEntry | null>
  put(entry: CacheEntry): Promise<void>
  /** Removes entries not used since the cache was opened (nor listed in `alsoUsed`, keys other processes used), and folders of other versions. */
  prune(alsoUsed?: Iterable<string>): Promise<number>
}

/** The cache key of a file: its path (as `Article.path`) and content hash (as `Article.hash`). */
export const keyFor = (articlePath: string, hash: string): string => createHash('sha256').update(articlePath).update('\0').update(hash).digest('hex').slice(0, 32)

/** The cache key of an article. */
export const keyOf = (article: Article): string => keyFor(article.path, article.hash)

export async function openExtractionCache(dir: string, version: string): Promise<ExtractionCache> {
  const folder = path.join(dir, version)
  await mkdir(folder, { recursive: true })
  const used = new Set<string>()
  return {
    async get(articlePath, hash) {
      const key = keyFor(articlePath, hash)
      used.add(key)
      try {
        const entry = JSON.parse(await readFile(path.join(folder, `${key}.json`), 'utf8')) as Partial<CacheEntry>
        return entry.article && entry.diagnostics && entry.result ? (entry as CacheEntry) : null
      } catch {
        return null
      }
    },
    async put(entry) {
      const key = keyOf(entry.article)
      used.add(key)
      const file = path.join(folder, `${key}.json`)
      const temporary = `${file}.tmp-${process.pid}`
      await writeFile(temporary, JSON.stringify(entry))
      await rename(temporary, file)
    },
    async prune(alsoUsed = []) {
      for (const key of alsoUsed) used.add(key)
      let removed = 0
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && entry.name !== version) {
          await rm(path.join(dir, entry.name), { recursive: true, force: true })
          removed++
        }
      }
      for (const name of await readdir(folder)) {
        if (!used.has(name.replace(/\.json$/, ''))) {
          await rm(path.join(folder, name), { force: true })
          removed++
        }
      }
      return removed
    },
  }
}
