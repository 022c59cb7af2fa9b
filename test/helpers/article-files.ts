import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every article file (`.md` or `.txt`) under `dir`, at any depth, in directory order. */
export const articleFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? articleFiles(full) : /\.(md|txt)$/i.test(name) ? [full] : []
  })
