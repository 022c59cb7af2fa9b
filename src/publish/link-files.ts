import { copyFileSync, linkSync, mkdirSync } from 'node:fs'
import path from 'node:path'

/**
 * Puts `files` (relative paths) of the folder `from` into the folder `to` as hard links, or
 * copies where links are refused. Used to carry unchanged pages and search shards from the
 * published site into the staging folder: builds write new files into staging, never into a
 * published file, so a link shares bytes no build will change, and removing
 * the old folder after the swap leaves them in the new one. (So nothing may write pages in
 * place: `npm start` rebuilds through a staging folder too, and one build at a time holds the
 * output folder's lock.) Synchronous: thousands of tiny calls are several times faster than through
 * the promise API's thread pool. Returns the files that had to be copied.
 */
export function linkFiles(from: string, to: string, files: string[]): string[] {
  const made = new Set<string>()
  const copied: string[] = []
  for (const file of files) {
    const target = path.join(to, file)
    const dir = path.dirname(target)
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true })
      made.add(dir)
    }
    try {
      linkSync(path.join(from, file), target)
    } catch {
      copyFileSync(path.join(from, file), target)
      copied.push(file)
    }
  }
  return copied
}
