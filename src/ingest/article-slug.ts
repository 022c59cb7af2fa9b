import path from 'node:path'
import { safeSlug } from '../safe-slug.js'

/**
 * The page slug of an article file: its name without `.md` or `.txt`, through `safeSlug`, so
 * `seeds/2023-10-24-u.s.-bases.md` is the page `2023-10-24-us-bases`. Ingest names pages by it, and
 * the importer checks a new file's name against it: two files with one slug cannot both be published.
 */
export function articleSlug(file: string): string {
  return safeSlug(path.basename(file).replace(/\.(md|txt)$/i, ''))
}
