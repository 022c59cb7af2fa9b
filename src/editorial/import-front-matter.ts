import { Document, Scalar } from 'yaml'
import type { ArticleMeta } from '../ingest/normalize-front-matter.js'

/**
 * Writes an article's metadata as a front-matter block, `---` to `---` with a final
 * newline, in the README's field order (title, source, url, archived, date, author, original,
 * dateInferred, dateNote, then `metadataFrom`: where each field was read, for an article
 * imported from a web page or a feed). Text values are double-quoted by the `yaml` package, so
 * colons, quote marks and `#` in a title are safe; the date is an unquoted
 * `YYYY-MM-DD`. Absent optional fields are left out. `comments` (without their `#`)
 * are kept as comment lines at the top, as the seeds use them for provenance.
 */
export function formatFrontMatter(meta: ArticleMeta, comments: readonly string[] = [], metadataFrom: Readonly<Record<string, string>> = {}): string {
  const date = new Scalar(meta.date)
  date.type = Scalar.PLAIN
  const fields: [string, unknown][] = [
    ['title', meta.title],
    ['source', meta.source],
    ['url', meta.url],
    ['archived', meta.archived],
    ['date', date],
    ['author', meta.author],
    ['original', meta.original && (meta.original.url === null ? { source: meta.original.source } : { source: meta.original.source, url: meta.original.url })],
    ['dateInferred', meta.dateInferred ? true : null],
    ['dateNote', meta.dateNote],
    ['metadataFrom', Object.keys(metadataFrom).length === 0 ? null : new Map(Object.entries(metadataFrom))],
  ]
  const doc = new Document(new Map(fields.filter(([, value]) => value !== null)))
  const yaml = doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })
  const header = comments.map((line) => `#${line}\n`).join('')
  return `---\n${header}${yaml}---\n`
}
