import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../project-root.js'
import { importGraph } from './import-graph.js'

const SRC = path.join(PROJECT_ROOT, 'src')

/**
 * Where extraction starts, in `src/`: a cache entry holds what these modules, and every module they import,
 * make of an article. The worker is started by its URL, not imported, so it is named here; so is this module.
 */
export const EXTRACTION_ENTRIES = ['parallel/process-articles.ts', 'parallel/article-worker.ts', 'knowledge/load-knowledge.ts', 'cache/extractor-version.ts']

/** The code an extraction result depends on: every module reachable from `EXTRACTION_ENTRIES`, sorted. */
export const extractionCode = (): string[] => importGraph(EXTRACTION_ENTRIES.map((entry) => path.join(SRC, entry)))

/**
 * The extractor's version: a hash of its code (`extractionCode`, found from the imports, so a module
 * extraction starts to use is hashed without anyone listing it), of the knowledge data (`knowledgeHash`)
 * and of the lockfile (chrono-node and remark versions). Cached extraction results are valid only for
 * the same version.
 */
export function extractorVersion(knowledgeHash: string): string {
  const hash = createHash('sha256').update(knowledgeHash)
  for (const file of extractionCode()) hash.update(path.relative(SRC, file)).update(readFileSync(file))
  const lock = path.join(PROJECT_ROOT, 'package-lock.json')
  if (existsSync(lock)) hash.update(readFileSync(lock))
  return hash.digest('hex').slice(0, 16)
}
