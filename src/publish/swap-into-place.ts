import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { OutputError } from './output-error.js'
import { ownerOf, removeSalvoFolder } from './output-marker.js'
import { outputPlace } from './output-place.js'

/**
 * Undoes a swap that was cut between its two renames (only SIGKILL or a power cut can do that): the output
 * folder moved aside to `<folder>.previous`, the new one not yet renamed in. Puts the previous output back,
 * if Salvo made it (output-marker.ts): a folder of someone's that happens to have that name stays where it is.
 * `target` is the output folder as the user named it; a symbolic link is followed (output-place.ts). Every
 * command that reads the output runs this first, holding its lock (build-site.ts, through which `npm start`
 * builds before it serves).
 */
export async function recoverInterruptedSwap(target: string): Promise<void> {
  const { folder, previous } = outputPlace(target)
  if (!existsSync(folder) && ownerOf(previous) === 'salvo') renameSync(previous, folder)
}

/**
 * Replaces the output folder `target` with the finished folder `built`: the old output is moved aside,
 * the new one renamed in, and the old one removed. Both renames are on the same file system, so the output
 * is never half-written. They run back to back, synchronously, so no JavaScript (a SIGINT or SIGTERM
 * handler included) runs between them; if the process is killed in that instant, `recoverInterruptedSwap`
 * (run by the next build) restores the old output. (Linux's `renameat2(RENAME_EXCHANGE)` would close the gap
 * but is not reachable from Node; a symbolic link swapped in one rename would turn `_site/` into a link,
 * which copies, uploads and servers treat differently from a folder.)
 *
 * When `target` is a symbolic link, the folder it points to is replaced and the link is kept. Only a folder
 * Salvo made, or an empty one, is replaced or removed (output-marker.ts); anything else is an OutputError.
 *
 * With a `trash` folder on the same file system, the old output is moved there instead of removed, for
 * `emptyTrash` to remove while the next build runs its pipeline (removing 25,000 files takes half a second;
 * most of them are hard links to the new output, so the trash costs little disk). Elsewhere it is removed at once.
 */
export async function swapIntoPlace(built: string, target: string, trash: string | null = null): Promise<void> {
  const place = outputPlace(target)
  const { folder, previous } = place
  await recoverInterruptedSwap(target)
  if (ownerOf(built) !== 'salvo')
    throw new Error(
      `The finished site ${built} is not marked as Salvo's (output-marker.ts), so it was not swapped in: the build should have made it with makeSalvoFolder.`,
    )
  removeSalvoFolder(previous)
  const replacing = ownerOf(folder)
  if (replacing === 'other')
    throw new OutputError(
      `${place.named}/ was changed while the site was built and is no longer a folder Salvo made, so it was not replaced; move what is in it, then build again.`,
    )
  if (replacing !== 'none') renameSync(folder, previous)
  try {
    renameSync(built, folder)
  } catch (error) {
    if (replacing !== 'none') renameSync(previous, folder)
    throw error
  }
  // The new output is in place: from here on, a failure only leaves the old one behind for a later build to remove.
  if (replacing === 'none') return
  try {
    if (trash !== null) {
      mkdirSync(trash, { recursive: true })
      if (statSync(trash).dev === statSync(previous).dev) {
        renameSync(previous, path.join(trash, `site-${process.pid}-${randomUUID()}`))
        return
      }
    }
    // Synchronously: about twice as fast as the promise version on a folder of 25,000 files, and nothing else is waiting.
    rmSync(previous, { recursive: true, force: true })
  } catch {
    // `previous` stays; the next build's swap removes it first.
  }
}

/** What `swapIntoPlace` puts in the trash: `site-<pid>-<uuid>`. Nothing else there is removed. */
const TRASHED = /^site-\d+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Removes what `swapIntoPlace` moved to `trash`, as far as it can: safe to run at any time, and to interrupt; what is left, a later build removes. */
export function emptyTrash(trash: string): void {
  if (!existsSync(trash)) return
  for (const entry of readdirSync(trash)) {
    if (!TRASHED.test(entry)) continue
    try {
      rmSync(path.join(trash, entry), { recursive: true, force: true, maxRetries: 3 })
    } catch {
      // A file held open (an editor, a virus scanner): the next build tries again.
    }
  }
}
