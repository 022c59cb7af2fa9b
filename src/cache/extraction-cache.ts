import { createHash } from 'node:crypto'
import { constants, statSync } from 'node:fs'
import { lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { ExtractResult } from '../extract/extract-reports.js'
import type { Article } from '../ingest/article.js'
import type { Diagnostic } from '../model/diagnostic.js'
import { isCacheEntry } from './is-cache-entry.js'
import { writeChunksTo } from './write-chunks.js'

/** What one article's entry holds: the cleaned article and ingest's diagnostics, so an unchanged file is not parsed again, and its extraction. */
export interface CacheEntry {
  article: Article
  diagnostics: Diagnostic[]
  result: ExtractResult
  /** The article's body as the pipeline last rendered it, so an article whose events did not change is not rendered again. Absent until then. */
  body?: KeptBody
}

/**
 * An article's rendered body (src/render/render-article-body.ts) and the key of what it was rendered from besides
 * the article: the rendering code's version and the events as the body shows them (`articleBodyKey`). The
 * pipeline uses `html` only when the key it would render with is `key`.
 */
export interface KeptBody {
  key: string
  html: string
}

/**
 * Ingest and extraction results on disk, keyed by each file's path and content hash, in
 * a folder per extractor version (which covers the ingest and clean code). A hit returns
 * exactly what ingest, clean and extraction would; deleting the folder at any time
 * changes nothing but time.
 *
 * The entries of a version are one file, `entries.jsonl`: a line per entry, its key, a
 * tab and the entry as JSON. Opening reads the file once; an entry is parsed only when
 * a file asks for it. `save` appends new entries (and entries put again, whose later line
 * wins), or, when some on disk were not used (a file changed or went), a line cannot be
 * read or replaced lines pile up, writes the used ones to a new file and renames it over
 * the old. A line cut short by a killed build is not an entry: the
 * next build treats it as a miss and writes the file afresh.
 *
 * The cache never fails a build nor holds one up. A line that parses but is not an entry
 * of the shape the stages read (`isCacheEntry`) is a miss. So is every entry when the
 * file cannot be read: a folder or a FIFO where the file should be, a cache folder that
 * is a file, no permission. Saving into a folder that cannot take the file is skipped,
 * and `save` says why.
 */
export interface ExtractionCache {
  /** Entries on disk when the cache was opened. */
  readonly size: number
  /** The entry for a file's path (as `Article.path`) and content hash (as `Article.hash`), if any. */
  get(path: string, hash: string): CacheEntry | null
  /**
   * The entry last got for `file` (its path as given to ingest), when the file is still the one that entry was read
   * from: same device, inode, size, modification and change times as `stat` said just before it was read. Only a
   * cache that stays in memory between builds knows (resident-cache.ts); `null` otherwise, and the file is read.
   */
  recall?(file: string): CacheEntry | null
  /** Tells the cache that `file`, as `stat` saw it before it was read, gave `entry` (see `recall`). */
  remember?(file: string, stat: FileStamp, entry: CacheEntry): void
  /** Keeps an entry for `save` to write: a new one, or one got and changed (a body rendered again), which replaces it. The last put for an article wins. */
  put(entry: CacheEntry): void
  /**
   * Writes the entries put, drops those neither got nor put since opening, and removes other versions' folders.
   * Never throws: when the cache cannot be written, `problem` says why, as a sentence, and the build goes on without.
   */
  save(): Promise<{ written: number; removed: number; problem: string | null }>
}

/** What tells a file from the same file changed or replaced, short of reading it: see `ExtractionCache.recall`. */
export interface FileStamp {
  dev: number
  ino: number
  size: number
  mtimeMs: number
  ctimeMs: number
}

/** The stamp of a file, or `null` when it cannot be looked at. */
export function fileStamp(file: string): FileStamp | null {
  try {
    const { dev, ino, size, mtimeMs, ctimeMs } = statSync(file)
    return { dev, ino, size, mtimeMs, ctimeMs }
  } catch {
    return null
  }
}

/** `true` when two stamps are of the same file, unchanged. */
export const sameStamp = (a: FileStamp, b: FileStamp): boolean =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs

/** The file holding a version's entries, inside its folder. */
export const ENTRIES_FILE = 'entries.jsonl'

/** The cache key of a file: its path (as `Article.path`) and content hash (as `Article.hash`). */
const keyFor = (articlePath: string, hash: string): string => createHash('sha256').update(articlePath).update('\0').update(hash).digest('hex').slice(0, 32)

/** The cache key of an article. */
const keyOf = (article: Article): string => keyFor(article.path, article.hash)

/** The cache key of a file by its path (as `Article.path`) and content hash (as `Article.hash`), or of an article, as `entries.jsonl` names it. */
export const cacheKey = (entry: { path: string; hash: string }): string => keyFor(entry.path, entry.hash)

/** An entry's line in `entries.jsonl`: its key, a tab, the entry as JSON and a newline. */
export const entryLine = (entry: CacheEntry): string => `${keyOf(entry.article)}\t${JSON.stringify(entry)}\n`

const KEY = /^[0-9a-f]{32}$/
const TAB = 9
const NEWLINE = 10

/**
 * Where each entry's line sits in the file's bytes; later lines win. `unreadable` counts lines that are not
 * `key<TAB>…<LF>`; `superseded`, lines a later line of the same key replaced.
 */
function indexLines(bytes: Buffer): { lines: Map<string, { start: number; end: number }>; unreadable: number; superseded: number } {
  const lines = new Map<string, { start: number; end: number }>()
  let unreadable = 0
  let superseded = 0
  for (let start = 0; start < bytes.length;) {
    const newline = bytes.indexOf(NEWLINE, start)
    const end = newline === -1 ? bytes.length : newline + 1
    const key = bytes.toString('latin1', start, start + 32)
    if (newline !== -1 && bytes[start + 32] === TAB && KEY.test(key)) {
      if (lines.has(key)) superseded++
      lines.set(key, { start, end })
    } else unreadable++
    start = end
  }
  return { lines, unreadable, superseded }
}

/**
 * Replaced lines the file may hold before `save` writes it afresh: an entry put again (an article whose body was
 * rendered again) is appended, and its old line stays until then. Up to an eighth of the entries, and never fewer
 * than a hundred lines, which cost a build nothing to skip.
 */
const mayReplace = (entries: number): number => Math.max(100, entries / 8)

/** Opens a FIFO without waiting for its other end, so a FIFO in the cache cannot hold up a build; a regular file ignores it. */
const NO_WAIT = constants.O_NONBLOCK ?? 0

/**
 * The bytes of the entries file; `usable` is false when something is there but is not a
 * regular file that can be read (a folder, a FIFO, a device, no permission, a loop of
 * links), which `save` then replaces. An absent file is an empty cache.
 */
async function readEntries(file: string): Promise<{ bytes: Buffer; usable: boolean }> {
  const none = Buffer.alloc(0)
  try {
    const handle = await open(file, constants.O_RDONLY | NO_WAIT)
    try {
      // Checked on the open file, not the path, so nothing can be swapped in between.
      if (!(await handle.stat()).isFile()) return { bytes: none, usable: false }
      return { bytes: await handle.readFile(), usable: true }
    } finally {
      await handle.close()
    }
  } catch (error) {
    return { bytes: none, usable: (error as NodeJS.ErrnoException).code === 'ENOENT' }
  }
}

/** A failed file operation as the end of a sentence: `EACCES on .cache/x`. */
const said = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException
  return e.code !== undefined && e.path !== undefined ? `${e.code} on ${e.path}` : String(e.message ?? error)
}

/** Opens the cache of one extractor version under `dir`; a file that cannot be read is an empty cache. */
export async function openExtractionCache(dir: string, version: string): Promise<ExtractionCache> {
  const folder = path.join(dir, version)
  const file = path.join(folder, ENTRIES_FILE)
  const { bytes, usable } = await readEntries(file)
  const { lines, unreadable, superseded } = indexLines(bytes)
  const used = new Set<string>()
  const added = new Map<string, CacheEntry>()
  let broken = unreadable + (usable ? 0 : 1)

  return {
    size: lines.size,
    get(articlePath, hash) {
      const key = keyFor(articlePath, hash)
      const line = lines.get(key)
      if (line === undefined) return null
      let entry: unknown
      try {
        entry = JSON.parse(bytes.toString('utf8', line.start + 33, line.end))
      } catch {
        entry = null
      }
      if (!isCacheEntry(entry, articlePath, hash)) {
        broken++
        return null
      }
      used.add(key)
      return entry
    },
    put(entry) {
      added.set(keyOf(entry.article), entry)
    },
    async save() {
      let removed = 0
      const temporary = `${file}.tmp-${process.pid}`
      try {
        // The version's folder is the cache's own: something else at its name (a file, a link) goes. The cache folder is
        // the user's: if it is a file, mkdir fails and nothing is saved.
        if (
          !(await lstat(folder).then(
            (info) => info.isDirectory(),
            () => true,
          ))
        )
          await rm(folder, { force: true })
        await mkdir(folder, { recursive: true })
        for (const other of await readdir(dir, { withFileTypes: true })) {
          if (other.name !== version) {
            await rm(path.join(dir, other.name), { recursive: true, force: true })
            removed++
          }
        }
        // Anything else in the folder (an older layout's files, a killed build's temporary file) goes.
        for (const name of await readdir(folder)) {
          if (name !== ENTRIES_FILE) {
            await rm(path.join(folder, name), { recursive: true, force: true })
            removed++
          }
        }
        // Each new entry's line, made as it is written: at 100,000 articles the lines together are most of a gigabyte.
        const fresh = (function* () {
          for (const entry of added.values()) yield entryLine(entry)
        })()
        const stale = [...lines.keys()].filter((key) => !used.has(key) && !added.has(key)).length
        removed += stale
        const replaced = superseded + [...added.keys()].filter((key) => lines.has(key)).length
        if (stale === 0 && broken === 0 && replaced <= mayReplace(lines.size)) {
          if (added.size > 0) await writeChunksTo(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NO_WAIT, fresh)
          return { written: added.size, removed, problem: null }
        }
        const kept = [...lines.entries()].filter(([key]) => used.has(key) && !added.has(key)).map(([, line]) => bytes.subarray(line.start, line.end))
        await writeChunksTo(
          temporary,
          'w',
          (function* () {
            yield* kept
            yield* fresh
          })(),
        )
        // A folder, say, cannot be renamed over.
        if (!usable) await rm(file, { recursive: true, force: true })
        // Another build saving the same cache at this moment may have removed the temporary file: its entries stand instead.
        await rename(temporary, file).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error
        })
        return { written: added.size, removed, problem: null }
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined)
        return {
          written: 0,
          removed,
          problem: `The extraction cache in ${dir} could not be saved (${said(error)}), so the next build extracts these articles again. Make it a folder Salvo can write to, or delete it.`,
        }
      }
    },
  }
}
