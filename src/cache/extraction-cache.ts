import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, rm, writeFile, rename } from 'node:fs/promises'
import path from 'node:path'
import type { ExtractResult } from '../extract/extract-reports.js'
import type { Article } from '../ingest/article.js'

/**
 * Extraction results on disk, one JSON file per article, keyed by the article's
 * path and content hash, in a folder per extractor version. A hit returns exactly
 * what extraction would; deleting the folder at any time changes nothing but time.
 */
export interface ExtractionCache {
  get(article: Article): Promise<ExtractResult | null>
  put(article: Article, result: ExtractResult): Promise<void>
  /** Removes entries not used since the cache was opened (nor listed in `alsoUsed`, keys other processes used), and folders of other versions. */
  prune(alsoUsed?: Iterable<string>): Promise<number>
}

/** The cache key of an article: its path and content hash. */
export const keyOf = (article: Article): string => createHash('sha256').update(article.path).update('\0').update(article.hash).digest('hex').slice(0, 32)

export async function openExtractionCache(dir: string, version: string): Promise<ExtractionCache> {
  const folder = path.join(dir, version)
  await mkdir(folder, { recursive: true })
  const used = new Set<string>()
  return {
    async get(article) {
      const key = keyOf(article)
      used.add(key)
      try {
        return JSON.parse(await readFile(path.join(folder, `${key}.json`), 'utf8')) as ExtractResult
      } catch {
        return null
      }
    },
    async put(article, result) {
      const key = keyOf(article)
      used.add(key)
      const file = path.join(folder, `${key}.json`)
      const temporary = `${file}.tmp-${process.pid}`
      await writeFile(temporary, JSON.stringify(result))
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
