import { lstatSync, opendirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { makeFolder } from './make-folder.js'
import { OutputError, shownPath } from './output-error.js'
import type { OutputPlace } from './output-place.js'

/**
 * The file that marks a folder as made by Salvo. A build replaces or removes only a folder that holds it,
 * or an empty one: never a folder of someone's files that `--out` (or `_site.building`, `_site.previous`)
 * happens to name. It is published with the site, since it must travel with the folder (a marker in the
 * cache would be lost with the cache, and `--no-cache` has none); its bytes are fixed, so builds stay
 * byte-identical, and it says nothing a reader of the site could misuse.
 */
export const MARKER_FILE = '.salvo-site'

/** The marker's content: for whoever finds the file, on disk or on the web. */
export const MARKER_TEXT =
  'This folder is a site built by Salvo. Each build replaces it whole, so files added to it by hand are lost. Salvo replaces or removes only folders that hold this file.\n'

/** What a path holds, as far as Salvo may replace or remove it: nothing, an empty folder, a folder Salvo made, or anything else (files of someone's, a file, a symbolic link). */
export type FolderOwner = 'none' | 'empty' | 'salvo' | 'other'

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code

/** Who made `dir`, never following a symbolic link. */
export function ownerOf(dir: string): FolderOwner {
  try {
    if (!lstatSync(dir).isDirectory()) return 'other'
  } catch (error) {
    if (code(error) === 'ENOENT') return 'none'
    throw error
  }
  try {
    if (lstatSync(path.join(dir, MARKER_FILE)).isFile()) return 'salvo'
  } catch (error) {
    if (code(error) !== 'ENOENT') throw error
  }
  const listing = opendirSync(dir)
  try {
    return listing.readSync() === null ? 'empty' : 'other'
  } finally {
    listing.closeSync()
  }
}

/** The refusal for a folder beside the output that Salvo needs the name of, but did not make. */
function inTheWay(dir: string): OutputError {
  return new OutputError(
    `${shownPath(dir)} is in the way: Salvo uses a folder of that name while it builds, but this one is not a folder Salvo made (it has no ${MARKER_FILE} file), so nothing was built and nothing was deleted; rename or delete it yourself, or choose another folder with --out.`,
  )
}

/**
 * Refuses, with a sentence naming the folder and the fix, to build into `place` unless Salvo may replace its
 * folder and remove what a build leaves beside it: each must be missing, empty, or marked as Salvo's.
 */
export function checkOutputFolders(place: OutputPlace): void {
  if (ownerOf(place.folder) === 'other') {
    const named = place.named
    const linked = path.resolve(named) === place.folder ? '' : ` (a link to ${shownPath(place.folder)}/)`
    throw new OutputError(
      `${named}/${linked} holds files Salvo did not make (it has no ${MARKER_FILE} file), and a build replaces its output folder whole, so nothing was built and nothing was deleted; choose a new or empty folder with --out, or delete ${named}/ yourself. If it holds only a site an earlier version of Salvo built, \`touch ${path.join(named, MARKER_FILE)}\` marks it as Salvo's.`,
    )
  }
  for (const dir of [place.staging, place.previous]) if (ownerOf(dir) === 'other') throw inTheWay(dir)
}

/** Removes everything in the Salvo folder `dir` but its marker: a removal cut short (a kill, a crash) still leaves a folder Salvo knows it may remove. */
export function emptySalvoFolder(dir: string): void {
  for (const name of readdirSync(dir)) if (name !== MARKER_FILE) rmSync(path.join(dir, name), { recursive: true, force: true, maxRetries: 3 })
}

/** Removes `dir`, its marker last, if Salvo made it or it is empty; refuses anything else with an OutputError, and leaves it. */
export function removeSalvoFolder(dir: string): void {
  const owner = ownerOf(dir)
  if (owner === 'other') throw inTheWay(dir)
  if (owner === 'none') return
  emptySalvoFolder(dir)
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
}

/** Makes `dir` anew, marked as Salvo's, for a build to fill; what an earlier build left there is removed first (removeSalvoFolder). */
export function makeSalvoFolder(dir: string): void {
  removeSalvoFolder(dir)
  makeFolder(dir)
  try {
    writeFileSync(path.join(dir, MARKER_FILE), MARKER_TEXT)
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}
