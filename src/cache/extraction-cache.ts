import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { appendFile, lstat, mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ExtractResult } from '../extract/extract-reports.js'
import type { Article } from '../ingest/article.js'
import type { Diagnostic } from '../model/diagnostic.js'
import { isCacheEntry } from './is-cache-entry.js'

/** What one article's entry holds: the cleaned article and ingest's diagnostics, so an unchanged file is not parsed again, and its extraction. */
export interface CacheEntry {
  article: Article
  diagnostics: Diagnostic[]
  result: ExtractResult
}

/**
 * Ingest and extraction results on disk, keyed by each file's path and content hash, in
 * a folder per extractor version (which covers the ingest and clean code). A hit returns
 * exactly what ingest, clean and extraction would; deleting the folder at any time
 * changes nothing but time.
 *
 * The entries of a version are one file, `entries.jsonl`: a line per entry, its key, a
 * tab and the entry as JSON. Opening reads the file once; an entry is parsed only when
 * a file asks for it. `save` appends new entries, or, when some on disk were not used
 * (a file changed or went) or a line cannot be read, writes the used ones to a new file
 * and renames it over the old. A line cut short by a killed build is not an entry: the
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
  /** Keeps an entry for `save` to write. */
  put(entry: CacheEntry): void
  /**
   * Writes the entries put, drops those neither got nor put since opening, and removes other versions' folders.
   * Never throws: when the cache cannot be written, `problem` says why, as a sentence, and the build goes on without.
   */
  save(): Promise<{ written: number; removed: number; problem: string | null }>
}

/** The file holding a version's entries, inside its folder. */
export const ENTRIES_FILE = 'entries.jsonl'

/** The cache key of a file: its path (as `Article.path`) and content hash (as `Article.hash`). */
const keyFor = (articlePath: string, hash: string): string => createHash('sha256').update(articlePath).update('\0').update(hash).digest('hex').slice(0, 32)

/** The cache key of an article. */
const keyOf = (article: Article): string => keyFor(article.path, article.hash)

const KEY = /^[0-9a-f]{32}$/
const TAB = 9
const NEWLINE = 10

/** Where each entry's line sits in the file's bytes; later lines win. `unreadable` counts lines that are not `key<TAB>…<LF>`. */
function indexLines(bytes: Buffer): { lines: Map<string, { start: number; end: number }>; unreadable: number } {
  const lines = new Map<string, { start: number; end: number }>()
  let unreadable = 0
  for (let start = 0; start < bytes.length;) {
    const newline = bytes.indexOf(NEWLINE, start)
    const end = newline === -1 ? bytes.length : newline + 1
    const key = bytes.toString('latin1', start, start + 32)
    if (newline !== -1 && bytes[start + 32] === TAB && KEY.test(key)) lines.set(key, { start, end })
    else unreadable++
    start = end
  }
  return { lines, unreadable }
}

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
  const { lines, unreadable } = indexLines(bytes)
  const used = new Set<string>()
  const added = new Map<string, string>()
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
      const key = keyOf(entry.article)
      added.set(key, `${key}\t${JSON.stringify(entry)}\n`)
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
        const fresh = [...added.entries()].filter(([key]) => !used.has(key)).map(([, line]) => line)
        const stale = [...lines.keys()].filter((key) => !used.has(key)).length
        removed += stale
        if (stale === 0 && broken === 0) {
          if (fresh.length > 0) await appendFile(file, fresh.join(''), { flag: constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NO_WAIT })
          return { written: fresh.length, removed, problem: null }
        }
        const kept = [...lines.entries()].filter(([key]) => used.has(key) && !added.has(key)).map(([, line]) => bytes.subarray(line.start, line.end))
        await writeFile(temporary, Buffer.concat([...kept, ...[...added.values()].map((line) => Buffer.from(line))]))
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
