import { createHash } from 'node:crypto'
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { articleSlug } from './article-slug.js'
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js'
import type { Article, Paragraph } from './article.js'
import { blankControls, hasVisibleText, withoutControls } from './control-characters.js'
import { findMarkdownHazard } from './find-markdown-hazard.js'
import { normalizeFrontMatter, normalizeDay } from './normalize-front-matter.js'
import { MAX_PARAGRAPH_CHARS, parseBody } from './parse-body.js'
import { isFrontMatterProblem, parseFrontMatter } from './parse-front-matter.js'
import { seedsPath } from './seeds-path.js'
import { describeFileError, describeKind, kindOf, readRegularFile } from '../read-regular-file.js'

/** Articles larger than this are refused: no news article is this long, and it bounds memory. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024

/** Options of the ingest stage. */
export interface ReadOptions {
  /** The day of the build, `YYYY-MM-DD`: publication days after it are refused. */
  today?: string
  /** The seeds folder the file is in, which its id (`Article.id`) is made from; default the file's own folder. */
  seedsDir?: string
}

export interface ReadResult {
  /** Articles that passed the boundary, sorted by path. */
  articles: Article[]
  diagnostics: Diagnostic[]
}

const ARTICLE_FILE = /\.(md|txt)$/i

/**
 * Lists `*.md` and `*.txt` files under `dir`, sorted, skipping dot-files. Each real
 * folder is walked once, however many links lead to it (two links to `.` would
 * otherwise make the walk exponential); a link that leaves `dir`, a folder that cannot
 * be read and an article that is not a regular file (a named pipe, a device) are
 * skipped with a diagnostic.
 */
export async function listArticleFiles(dir: string, diagnostics: Diagnostic[]): Promise<string[]> {
  let realRoot: string
  try {
    realRoot = await realpath(dir)
  } catch (error) {
    diagnostics.push({
      file: relative(dir),
      line: null,
      field: 'file',
      code: 'folder-unreadable',
      severity: 'error',
      message:
        (error as NodeJS.ErrnoException | null)?.code === 'ENOENT'
          ? 'The seeds folder does not exist. Create it and put the articles in it, or name the folder that holds them with --seeds.'
          : `The seeds folder cannot be read: ${describeFileError(error)}.`,
    })
    return []
  }
  const found: string[] = []
  const walked = new Set<string>()
  const skip = (full: string, code: DiagnosticCode, message: string): void => {
    diagnostics.push({ file: relative(full), line: null, field: 'file', code, severity: 'error', message })
  }
  const walk = async (current: string, real: string): Promise<void> => {
    if (walked.has(real)) return
    walked.add(real)
    let entries
    try {
      entries = (await readdir(current, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    } catch (error) {
      skip(current, 'folder-unreadable', `This folder cannot be read, so the articles in it were skipped: ${describeFileError(error)}.`)
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const full = path.join(current, entry.name)
      let target = path.join(real, entry.name)
      let stats
      try {
        if (entry.isSymbolicLink()) {
          const resolved = await realpath(full).catch(() => null)
          const inside = resolved !== null && (resolved === realRoot || resolved.startsWith(realRoot + path.sep))
          if (!inside) {
            skip(
              full,
              'link-outside-seeds',
              `This is a symbolic link to ${resolved === null ? 'a missing file, or to itself' : 'a file outside the seeds folder'}, so it was skipped. Copy the article into the seeds folder instead of linking to it.`,
            )
            continue
          }
          target = resolved
        }
        stats = entry.isSymbolicLink() ? await stat(target) : entry
      } catch (error) {
        skip(full, 'file-refused', `This entry cannot be read, so it was skipped: ${describeFileError(error)}.`)
        continue
      }
      if (stats.isDirectory()) await walk(full, target)
      else if (!ARTICLE_FILE.test(entry.name)) continue
      else if (stats.isFile()) found.push(full)
      else
        skip(
          full,
          'file-refused',
          `This is ${entry.isSymbolicLink() ? 'a link to ' : ''}${describeKind(kindOf(stats))}, so it was skipped. Save the article as an ordinary file.`,
        )
    }
  }
  await walk(dir, realRoot)
  return found
}

/** A path from the working directory with `/` separators, as diagnostics show it in the terminal (the data names files by `seedsPath`). */
export function relative(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/')
}

/** Decodes bytes as UTF-8, refusing binary files and invalid sequences. */
function decode(bytes: Buffer): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: 'The file is empty. Add front matter and the article text, or delete the file.' }
  if (bytes.includes(0)) return { problem: 'The file contains NUL bytes: it is binary, not text. Save the article as UTF-8 text.' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) }
  } catch {
    return { problem: 'The file is not valid UTF-8 text. Re-save it with UTF-8 encoding.' }
  }
}

/** A file's content hash (`Article.hash`): what the extraction cache keys an unchanged file by. */
export const contentHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** Reads one file into an `Article`, or diagnostics saying why it cannot be used. */
export async function readArticle(file: string, options: ReadOptions = {}): Promise<{ article: Article | null; diagnostics: Diagnostic[] }> {
  const rel = relative(file)
  // Synchronous on purpose: for thousands of small files it is several times faster than awaiting each (no handle round-trips).
  const read = readRegularFile(file, MAX_ARTICLE_BYTES)
  if (!('bytes' in read))
    return { article: null, diagnostics: [{ file: rel, line: null, field: 'file', code: 'file-refused', severity: 'error', message: refusal(read) }] }
  const bytes = read.bytes
  const decoded = decode(bytes)
  if ('problem' in decoded)
    return { article: null, diagnostics: [{ file: rel, line: null, field: 'file', code: 'file-not-text', severity: 'error', message: decoded.problem }] }
  const raw = decoded.text.replace(/\r\n?/g, '\n')
  const hash = contentHash(bytes)
  const names = { rel, id: seedsPath(file, options.seedsDir ?? path.dirname(file)), slug: articleSlug(file) }
  return /\.txt$/i.test(file) ? readText(names, raw, hash) : readMarkdown(names, raw, hash, options)
}

/** Why a file was not read, as a sentence with the fix. */
function refusal(read: Exclude<ReturnType<typeof readRegularFile>, { bytes: Buffer }>): string {
  switch (read.refused) {
    case 'too-large':
      return `The file is ${(read.size / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article, so it was skipped unread. Check that it is a single article, and cut the page furniture.`
    case 'not-a-file':
      return `This is ${describeKind(read.kind)}, not a regular file, so it was skipped unread. Save the article as an ordinary file.`
    case 'unreadable':
      return `The file cannot be read, so it was skipped: ${read.reason}.`
  }
}

/** What a file is called: its real path from the working directory (for diagnostics), its id and its page slug. */
interface FileNames {
  rel: string
  id: string
  slug: string
}

function readMarkdown({ rel, id, slug }: FileNames, raw: string, hash: string, options: ReadOptions): { article: Article | null; diagnostics: Diagnostic[] } {
  const parsed = parseFrontMatter(raw)
  if (parsed === null) {
    return {
      article: null,
      diagnostics: [
        {
          file: rel,
          line: 1,
          field: 'front matter',
          code: 'front-matter-missing',
          severity: 'error',
          message:
            'The file has no front matter. Start it with a `---` line, then `title:`, `source:`, `url:` and `date:` lines, then `---` (or import it with `npm run add`).',
        },
      ],
    }
  }
  if (isFrontMatterProblem(parsed))
    return {
      article: null,
      diagnostics: [{ file: rel, line: parsed.line, field: 'front matter', code: 'front-matter-invalid', severity: 'error', message: parsed.message }],
    }
  const bodyLine = raw.slice(0, parsed.bodyStart).split('\n').length
  const { meta, diagnostics } = normalizeFrontMatter(parsed.data, {
    file: rel,
    matter: parsed.matter,
    fieldLines: parsed.fieldLines,
    firstLine: 2,
    ...(options.today ? { today: options.today } : {}),
  })
  if (meta === null) return { article: null, diagnostics }
  // Control characters become spaces: offsets into the body stay right, and no feed or terminal receives them.
  const body = blankControls(parsed.content)
  if (body.trim() === '') {
    diagnostics.push({
      file: rel,
      line: bodyLine,
      field: 'body',
      code: 'body-empty',
      severity: 'error',
      message: 'The article has no text after the front matter. Paste the article body below the closing `---`.',
    })
    return { article: null, diagnostics }
  }
  const paragraphs = readBody(rel, body, bodyLine, diagnostics)
  if (paragraphs === null) return { article: null, diagnostics }
  return { article: { path: rel, id, slug, ...meta, body, bodyLine, paragraphs, hash }, diagnostics }
}

/**
 * The body's paragraphs and sentences, or `null` (with a diagnostic) when the text goes
 * past a bound on what Markdown parsing may cost (`findMarkdownHazard`): one article
 * must never stall or crash the build.
 */
function readBody(rel: string, body: string, bodyLine: number, diagnostics: Diagnostic[]): Paragraph[] | null {
  const hazard = findMarkdownHazard(body, bodyLine)
  if (hazard !== null) {
    diagnostics.push({ file: rel, line: hazard.line, field: 'body', code: 'body-too-complex', severity: 'error', message: hazard.message })
    return null
  }
  let paragraphs: Paragraph[]
  try {
    paragraphs = parseBody(body, bodyLine)
  } catch (error) {
    // The bounds above should make this unreachable; if a construct they miss overflows the stack, the article still costs only itself.
    if (!(error instanceof RangeError)) throw error
    diagnostics.push({
      file: rel,
      line: bodyLine,
      field: 'body',
      code: 'body-too-complex',
      severity: 'error',
      message: 'The article text nests too deeply to be read, so the article was skipped. Remove the deep runs of quote marks, list markers or brackets.',
    })
    return null
  }
  for (const p of paragraphs.filter((x) => x.end - x.start > MAX_PARAGRAPH_CHARS)) {
    diagnostics.push({
      file: rel,
      line: p.line,
      field: 'body',
      code: 'paragraph-too-long',
      severity: 'warning',
      message: `A paragraph of ${p.end - p.start} characters, over the ${MAX_PARAGRAPH_CHARS} limit, is shown but not read for events. Break it into paragraphs with blank lines if it is article text.`,
    })
  }
  return paragraphs
}

/** A `.txt` article: the first line is the title; the date comes from a `YYYY-MM-DD` file-name prefix. */
function readText({ rel, id, slug }: FileNames, raw: string, hash: string): { article: Article | null; diagnostics: Diagnostic[] } {
  const newline = raw.indexOf('\n')
  const title = withoutControls(newline === -1 ? raw : raw.slice(0, newline)).trim()
  const body = newline === -1 ? '' : blankControls(raw.slice(newline + 1))
  const prefix = /^(\d{4}-\d{2}-\d{2})/.exec(path.basename(rel))
  const day = prefix ? normalizeDay(prefix[1]) : null
  const fix = 'Import it with `npm run add -- <file> --source … --url … --date YYYY-MM-DD` to give it front matter.'
  if (!hasVisibleText(title) || body.trim() === '') {
    return {
      article: null,
      diagnostics: [
        {
          file: rel,
          line: 1,
          field: 'title',
          code: 'txt-no-title',
          severity: 'error',
          message: `A .txt article needs its title on the first line and its text below. ${fix}`,
        },
      ],
    }
  }
  if (day === null || !('day' in day)) {
    return {
      article: null,
      diagnostics: [
        {
          file: rel,
          line: null,
          field: 'date',
          code: 'txt-no-date',
          severity: 'error',
          message: `This .txt article carries no publication date, so its relative dates cannot be resolved; it was skipped. ${fix}`,
        },
      ],
    }
  }
  const diagnostics: Diagnostic[] = [
    {
      file: rel,
      line: null,
      field: 'front matter',
      code: 'txt-no-metadata',
      severity: 'warning',
      message: `This .txt article carries no metadata: the outlet is unknown and the date was taken from the file name. ${fix}`,
    },
  ]
  const paragraphs = readBody(rel, body, 2, diagnostics)
  if (paragraphs === null) return { article: null, diagnostics }
  const article: Article = {
    path: rel,
    id,
    slug,
    title,
    source: 'Unknown outlet',
    url: null,
    archived: null,
    date: day.day,
    author: null,
    original: null,
    dateInferred: true,
    dateNote: 'Taken from the file name; the file carries no metadata.',
    body,
    bodyLine: 2,
    paragraphs,
    hash,
  }
  return { article, diagnostics }
}

/**
 * Keeps one article per content, page address and URL, in file order: the same
 * bytes twice are skipped with a warning, two files that give one page address
 * are an error, one URL twice is a warning. `read` holds each file's result.
 * A diagnostic names its own file by its real path; its message names the other
 * article by its id, as the data does, since the message goes into the data file.
 */
export function keepDistinct(read: { article: Article | null; diagnostics: Diagnostic[] }[], diagnostics: Diagnostic[] = []): ReadResult {
  const articles: Article[] = []
  const byHash = new Map<string, string>()
  const byUrl = new Map<string, string>()
  const bySlug = new Map<string, string>()
  for (const result of read) {
    diagnostics.push(...result.diagnostics)
    const article = result.article
    if (article === null) continue
    const sameBytes = byHash.get(article.hash)
    if (sameBytes) {
      diagnostics.push({
        file: article.path,
        line: null,
        field: 'file',
        code: 'duplicate-file',
        severity: 'warning',
        message: `This file is an exact copy of ${sameBytes}, so it was skipped. Delete one of the two.`,
      })
      continue
    }
    const sameSlug = bySlug.get(article.slug)
    if (sameSlug) {
      diagnostics.push({
        file: article.path,
        line: null,
        field: 'file',
        code: 'duplicate-slug',
        severity: 'error',
        message: `This file's name gives the same page address (${article.slug}) as ${sameSlug}, so it was skipped. Rename one of them.`,
      })
      continue
    }
    if (article.url !== null) {
      const sameUrl = byUrl.get(article.url)
      if (sameUrl)
        diagnostics.push({
          file: article.path,
          line: 2,
          field: 'url',
          code: 'duplicate-url',
          severity: 'warning',
          message: `This article has the same url as ${sameUrl}. If it is the same article, delete one; if it is a republication, give this copy its own url and name the first in \`original:\`.`,
        })
      else byUrl.set(article.url, article.id)
    }
    byHash.set(article.hash, article.id)
    bySlug.set(article.slug, article.id)
    articles.push(article)
  }
  return { articles, diagnostics }
}

/**
 * The ingest stage: reads every `*.md` and `*.txt` under `seedsDir` into typed
 * articles. A bad file costs only itself: it is skipped with a diagnostic.
 */
export async function readArticles(seedsDir: string, options: ReadOptions = {}): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = []
  const files = await listArticleFiles(seedsDir, diagnostics)
  const read = []
  for (const file of files) read.push(await readArticle(file, { ...options, seedsDir }))
  return keepDistinct(read, diagnostics)
}
