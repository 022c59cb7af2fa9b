import { existsSync } from 'node:fs'
import path from 'node:path'

/** An article file, as ingest lists them (src/ingest/read-articles.ts): `*.md` or `*.txt`, not a dot-file. */
const ARTICLE = /^[^.].*\.(md|txt)$/i

/**
 * `true` when every file of a change that `npm start` saw is an article in `seedsDir` that is still there (one added,
 * or saved again): the change its edit path handles, showing the changed pages before the rest of the build
 * (scripts/start.ts, publish-pages.ts). A removed article, the corrections, a knowledge file, a template or a file
 * in `public/` take the whole build first, as `npm run build` does, and reload after the swap. `files` are as
 * chokidar named them, relative to the working directory or absolute.
 */
export function onlyArticleEdits(files: readonly string[], seedsDir: string): boolean {
  const seeds = path.resolve(seedsDir)
  return (
    files.length > 0 &&
    files.every((file) => {
      const full = path.resolve(file)
      return full.startsWith(seeds + path.sep) && ARTICLE.test(path.basename(full)) && existsSync(full)
    })
  )
}
