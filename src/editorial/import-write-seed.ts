import { copyFile, constants, link, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Diagnostic } from '../model/diagnostic.js'
import { readArticle, type ReadOptions } from '../ingest/read-articles.js'

/** Why a seed was not written: it exists (and `overwrite` was off), or ingest would not accept it. */
export type WriteSeedResult = { written: true } | { written: false; exists: true } | { written: false; exists: false; diagnostics: Diagnostic[] }

const isCode = (error: unknown, code: string): boolean => (error as NodeJS.ErrnoException | null)?.code === code

/**
 * Writes a seed file whole, never half: the content goes to a hidden temporary
 * sibling (dot-files are skipped by ingest), which the real ingest reads first; it
 * (with `readOptions`, as the build will read it) and is then moved into place,
 * replacing an existing file only with `overwrite`. Without it, an existing file is
 * never touched, even one created a moment ago.
 */
export async function writeSeed(file: string, content: string, overwrite: boolean, readOptions: ReadOptions = {}): Promise<WriteSeedResult> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file, '.md')}.add-${process.pid}.md`)
  await writeFile(temporary, content, { flag: 'wx' })
  try {
    const check = await readArticle(temporary, readOptions)
    if (check.article === null) return { written: false, exists: false, diagnostics: check.diagnostics }
    if (overwrite) {
      await rename(temporary, file)
      return { written: true }
    }
    try {
      await link(temporary, file) // fails if `file` exists: no window between the check and the write
    } catch (error) {
      if (isCode(error, 'EEXIST')) return { written: false, exists: true }
      try {
        await copyFile(temporary, file, constants.COPYFILE_EXCL) // a file system without hard links
      } catch (copyError) {
        if (isCode(copyError, 'EEXIST')) return { written: false, exists: true }
        throw copyError
      }
    }
    return { written: true }
  } finally {
    await rm(temporary, { force: true })
  }
}
