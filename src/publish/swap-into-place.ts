import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'

/**
 * Undoes a swap that was interrupted between its two renames: `target` moved aside to
 * `target.previous` but the new folder not yet renamed in. Puts the previous output back.
 */
export async function recoverInterruptedSwap(target: string): Promise<void> {
  const previous = `${target}.previous`
  if (!existsSync(target) && existsSync(previous)) await rename(previous, target)
}

/**
 * Replaces the folder `target` with the finished folder `built`: the old output is
 * moved aside, the new one renamed in, and the old one removed. Both renames are on
 * the same file system, so `target` is never half-written; if the process dies between
 * them, `recoverInterruptedSwap` (run by the next build) restores the old output.
 *
 * With a `trash` folder on the same file system, the old output is moved there instead
 * of removed, for `emptyTrash` to remove while the next build runs its pipeline (removing
 * 25,000 files takes half a second; most of them are hard links to the new output, so
 * the trash costs little disk). Elsewhere it is removed at once.
 */
export async function swapIntoPlace(built: string, target: string, trash: string | null = null): Promise<void> {
  const previous = `${target}.previous`
  await recoverInterruptedSwap(target)
  await rm(previous, { recursive: true, force: true })
  if (existsSync(target)) await rename(target, previous)
  await rename(built, target)
  // The new output is in place: from here on, a failure only leaves the old one behind for a later build to remove.
  if (!existsSync(previous)) return
  try {
    if (trash !== null) {
      mkdirSync(trash, { recursive: true })
      if (statSync(trash).dev === statSync(previous).dev) {
        await rename(previous, path.join(trash, `site-${process.pid}-${randomUUID()}`))
        return
      }
    }
    // Synchronously: about twice as fast as the promise version on a folder of 25,000 files, and nothing else is waiting.
    rmSync(previous, { recursive: true, force: true })
  } catch {
    // `previous` stays; the next build's swap removes it first.
  }
}

/** Removes what `swapIntoPlace` moved to `trash`, as far as it can: safe to run at any time, and to interrupt; what is left, a later build removes. */
export function emptyTrash(trash: string): void {
  if (!existsSync(trash)) return
  for (const entry of readdirSync(trash)) {
    try {
      rmSync(path.join(trash, entry), { recursive: true, force: true, maxRetries: 3 })
    } catch {
      // A file held open (an editor, a virus scanner): the next build tries again.
    }
  }
}
