import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
/** The code an extraction result depends on: change any of it and cached results are stale. */
const CODE_DIRS = ['ingest', 'clean', 'extract', 'knowledge']

/** Lists files under `dir`, sorted, recursively. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
}

/**
 * The extractor's version: a hash of its code (ingest, clean, extract, knowledge),
 * of the knowledge data (`knowledgeHash`) and of the lockfile (chrono-node and
 * remark versions). Cached extraction results are valid only for the same version.
 */
export function extractorVersion(knowledgeHash: string): string {
  const hash = createHash('sha256').update(knowledgeHash)
  for (const file of CODE_DIRS.flatMap((d) => filesUnder(path.join(SRC, d)))) hash.update(path.relative(SRC, file)).update(readFileSync(file))
  const lock = path.join(SRC, '..', 'package-lock.json')
  if (existsSync(lock)) hash.update(readFileSync(lock))
  return hash.digest('hex').slice(0, 16)
}
