import { copyFile, mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/**
 * Puts `files` (output files, `/`-separated: `articles/x/index.html`) of a build's staging folder into the served
 * output folder `outDir` before the build has finished, each through a temporary sibling and a rename, so a reader
 * gets the old page or the new one, never half of one. `npm start` does this on its edit path (scripts/start.ts), to
 * show an edited article's pages at once; the build then goes on and swaps in the whole staging folder, whose pages
 * are these same bytes (swap-into-place.ts), so the result is still exactly what `npm run build` makes.
 *
 * A file is renamed over, never written into: the last build's pages may be hard links shared with the staging
 * folder (link-files.ts), and a rename leaves their bytes alone. The page cache records the served files' sizes and
 * modification times (page-plan.ts): a page put here no longer matches its record, so should the build fail after
 * this, the next build renders that page again.
 */
export async function publishPages(staging: string, outDir: string, files: readonly string[]): Promise<void> {
  const made = new Set<string>()
  for (const file of files) {
    const target = path.join(outDir, file)
    const dir = path.dirname(target)
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true })
      made.add(dir)
    }
    const temporary = `${target}.tmp-${process.pid}`
    try {
      await copyFile(path.join(staging, file), temporary)
      await rename(temporary, target)
    } catch (error) {
      await rm(temporary, { force: true })
      throw error
    }
  }
}
