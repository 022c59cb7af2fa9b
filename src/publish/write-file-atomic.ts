import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes `file` through a temporary sibling and a rename, so readers never see half a file: `content`
 * as it is, or whatever `content(handle)` writes to the open temporary file. A failed write removes
 * the temporary file and leaves `file` as it was.
 */
export async function writeFileAtomic(file: string, content: string | ((handle: FileHandle) => Promise<void>)): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.tmp-${process.pid}`
  try {
    const handle = await open(temporary, 'w')
    try {
      if (typeof content === 'string') await handle.writeFile(content)
      else await content(handle)
    } finally {
      await handle.close()
    }
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
