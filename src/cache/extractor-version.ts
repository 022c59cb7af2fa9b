import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { filesUnder } from '../files-under.js'
import { PROJECT_ROOT } from '../project-root.js'

const SRC = path.join(PROJECT_ROOT, 'src')
/** The code an extraction result depends on, folders and files: change any of it and cached results are stale. */
const CODE_DIRS = ['ingest', 'clean', 'extract', 'knowledge', 'cache']
const CODE_FILES = ['diagnostic.ts', 'read-regular-file.ts', 'read-yaml-file.ts', 'safe-slug.ts']

/**
 * The extractor's version: a hash of its code (ingest, clean, extract, knowledge, the
 * modules of `src/` they use, and the cache's own, which shapes an entry), of the knowledge data
 * (`knowledgeHash`) and of the lockfile (chrono-node and remark versions). Cached
 * extraction results are valid only for the same version.
 */
export function extractorVersion(knowledgeHash: string): string {
  const hash = createHash('sha256').update(knowledgeHash)
  for (const file of [...CODE_DIRS.flatMap((d) => filesUnder(path.join(SRC, d))), ...CODE_FILES.map((f) => path.join(SRC, f))]) hash.update(path.relative(SRC, file)).update(readFileSync(file))
  const lock = path.join(SRC, '..', 'package-lock.json')
  if (existsSync(lock)) hash.update(readFileSync(lock))
  return hash.digest('hex').slice(0, 16)
}
