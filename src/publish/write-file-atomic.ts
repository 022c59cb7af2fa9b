import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Writes `content` to `file` through a temporary sibling and a rename, so readers never see half a file. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.tmp-${process.pid}`
  await writeFile(temporary, content)
  await rename(temporary, file)
}
