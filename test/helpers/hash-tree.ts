import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** Every file under `root` (relative path with `/` separators) with the SHA-256 of its bytes, sorted by path. */
export async function hashTree(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
  const hashes: Record<string, string> = {}
  for (const file of files)
    hashes[file] = createHash('sha256')
      .update(await readFile(path.join(root, file)))
      .digest('hex')
  return hashes
}
