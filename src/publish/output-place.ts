import { lstatSync, readlinkSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { OutputError, shownPath } from './output-error.js'

/** Where a build publishes: the folder its swap replaces, and the folders Salvo keeps beside it. */
export interface OutputPlace {
  /** The output folder as the user named it (`--out`), for messages: `_site`, `/srv/www/salvo`. */
  named: string
  /**
   * The folder the swap replaces, absolute, with symbolic links resolved: the output folder itself, or,
   * when `--out` is a link (to a web root, say), the folder it points to, so the link stays a link.
   */
  folder: string
  /** `<folder>.building`: where a build makes the next site. */
  staging: string
  /** `<folder>.previous`: where the old site waits during the swap, for a moment. */
  previous: string
  /** `<folder>.lock`: a folder held by the one build or server using `folder` (output-lock.ts). */
  lock: string
}

/** `true` when the error is Node's "no such file or directory". */
const missing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT'

/** `file` with every symbolic link in it resolved, as far as it exists: a link to a folder not made yet resolves to that folder. */
function resolveLinks(file: string, hops = 0): string {
  if (hops > 40) throw new OutputError(`${shownPath(file)} is a loop of symbolic links (ELOOP), so nothing was built; point the link at a real folder.`)
  try {
    return realpathSync.native(file)
  } catch (error) {
    if (!missing(error)) throw error
  }
  const parent = path.dirname(file)
  const here = parent === file ? file : path.join(resolveLinks(parent, hops), path.basename(file))
  let target: string
  try {
    if (!lstatSync(here).isSymbolicLink()) return here
    target = readlinkSync(here)
  } catch (error) {
    if (missing(error)) return here // made by the build
    throw error
  }
  return resolveLinks(path.resolve(path.dirname(here), target), hops + 1)
}

/**
 * Where a build into `outDir` publishes. Refuses, with an OutputError, a place no build may replace:
 * a file, or the root of a file system. Whether Salvo made the folder is output-marker.ts's question.
 */
export function outputPlace(outDir: string): OutputPlace {
  const named = outDir.length > 1 ? outDir.replace(/\/+$/, '') : outDir
  const folder = resolveLinks(path.resolve(outDir))
  if (folder === path.parse(folder).root)
    throw new OutputError(
      `--out ${named} is the root of a file system, and each build replaces its output folder whole, so nothing was built; choose a folder of its own, such as --out _site.`,
    )
  try {
    if (!lstatSync(folder).isDirectory())
      throw new OutputError(`--out ${named} is a file, not a folder, so nothing was built; choose a new or empty folder with --out, or move the file.`)
  } catch (error) {
    if (!missing(error)) throw error
  }
  return { named, folder, staging: `${folder}.building`, previous: `${folder}.previous`, lock: `${folder}.lock` }
}
