import { createHash } from 'node:crypto'
import path from 'node:path'
import { articleSlug } from '../ingest/article-slug.js'
import { isFrontMatterProblem, parseFrontMatter } from '../ingest/parse-front-matter.js'
import { listArticleFiles, MAX_ARTICLE_BYTES } from '../ingest/read-articles.js'
import { readRegularFile } from '../read-regular-file.js'

/** What a new seed file has in common with the files already in the seeds folder. Paths as `displayPath` gives them. */
export interface SeedOverlap {
  /** `true` when the target file itself exists. */
  targetExists: boolean
  /** Other files whose names give the same page address (e.g. the same name as `.txt`): the build would skip one. */
  sameName: string[]
  /** Files with the same URL (ignoring the scheme, `www.`, a trailing `/` and a `#fragment`). */
  sameUrl: string[]
  /** Files whose body has the same text once runs of spaces and line breaks are collapsed. */
  sameText: string[]
}

/** A URL reduced to what identifies the page: `https://www.x.com/a/#top` and `http://x.com/a` are the same. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url.trim())
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`
  } catch {
    return url.trim()
  }
}

/** SHA-256 of a body with Unicode normalized and every run of whitespace (including no-break spaces) made one space. */
export function textKey(body: string): string {
  return createHash('sha256').update(body.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex')
}

/** The URL and body of an existing seed, read leniently: a broken file is compared as far as it can be. */
function urlAndBody(file: string, raw: string): { url: string | null; body: string } {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (/\.txt$/i.test(file)) return { url: null, body: text.slice(text.indexOf('\n') + 1) }
  // Parsed as ingest parses it (YAML only): a seed never chooses how it is read.
  const parsed = parseFrontMatter(text)
  if (parsed === null || isFrontMatterProblem(parsed)) return { url: null, body: text }
  const data = parsed.data
  const url: unknown = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).url : undefined
  return { url: typeof url === 'string' ? url : null, body: parsed.content }
}

/**
 * Compares a new seed (`target`, its URL and body) with every `*.md` and `*.txt`
 * file under `seedsDir` (dot-files skipped, as ingest skips them). The target file
 * itself is left out of the comparison: replacing it is not a duplicate.
 */
export async function findDuplicates(
  seedsDir: string,
  candidate: { target: string; url: string | null; body: string },
  displayPath: (file: string) => string,
): Promise<SeedOverlap> {
  const overlap: SeedOverlap = { targetExists: false, sameName: [], sameUrl: [], sameText: [] }
  // The files ingest would read, walked as ingest walks them (dot-files, pipes and link cycles left out); its diagnostics are the build's to give.
  const files = await listArticleFiles(seedsDir, [])
  const target = path.resolve(candidate.target)
  const slug = articleSlug(target)
  const url = candidate.url === null ? null : urlKey(candidate.url)
  const text = textKey(candidate.body)
  for (const file of files) {
    if (path.resolve(file) === target) {
      overlap.targetExists = true
      continue
    }
    if (articleSlug(file) === slug) overlap.sameName.push(displayPath(file))
    const read = readRegularFile(file, MAX_ARTICLE_BYTES)
    if (!('bytes' in read)) continue
    const existing = urlAndBody(file, read.bytes.toString('utf8'))
    if (url !== null && existing.url !== null && urlKey(existing.url) === url) overlap.sameUrl.push(displayPath(file))
    if (textKey(existing.body) === text) overlap.sameText.push(displayPath(file))
  }
  return overlap
}
