import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** Lists files under `dir`, recursively, sorted by name at each level: for hashing a folder's contents in a stable order. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
}
