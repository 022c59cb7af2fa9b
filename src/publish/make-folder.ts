import { mkdirSync } from 'node:fs'
import path from 'node:path'

/**
 * Makes the folder `dir` and any folder above it that is missing, as `mkdir -p` does, but fails with the
 * real reason: Node's recursive mkdir says ENOENT where the folder above is read-only (EROFS) or not
 * writable (EACCES), which would send the user looking for a missing folder. A folder already there is fine.
 */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return
    if (code !== 'ENOENT' || path.dirname(dir) === dir) throw error
    makeFolder(path.dirname(dir))
    makeFolder(dir)
  }
}
