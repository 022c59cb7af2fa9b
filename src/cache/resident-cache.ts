import { appendFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import {
  cacheKey,
  ENTRIES_FILE,
  entryLine,
  fileStamp,
  openExtractionCache,
  sameStamp,
  type CacheEntry,
  type ExtractionCache,
  type FileStamp,
} from './extraction-cache.js'

/** Opens the extraction cache for each build of one process; see `residentCache`. */
export type OpenCache = (dir: string, version: string) => Promise<ExtractionCache>

/**
 * The extraction cache of a process that builds again and again (`npm start`): the first build opens the cache on
 * disk as every build does (extraction-cache.ts); the entries it uses stay in memory, parsed, and every later build
 * of the same folder and extractor version looks them up there instead of reading and parsing `entries.jsonl`
 * again, which at 10,000 articles is most of a rebuild's pipeline. A hit is the entry the disk would give.
 *
 * A later build takes an article file's entry without reading the file when the file is as it was just before it
 * was last read (same device, inode, size, modification and change times: an edit, even one that keeps the size
 * and sets the old modification time back, moves the change time); otherwise it reads the file and looks its bytes
 * up, as every build does.
 *
 * Each later build keeps in memory only the entries it used or put, as a build's save keeps on disk, and appends
 * what it put to `entries.jsonl`, so the cache on disk stays warm for the next process. It leaves the entries it
 * no longer uses there: a key names an article's path and bytes, so an old entry is never taken for a new file,
 * and the next `npm run build` drops them when it saves. A new extractor version (a knowledge file changed) or
 * another folder opens the disk again.
 *
 * Entries are shared between builds: the stages must not change what a hit gives them, as they must not change a
 * cached article today (the incremental tests compare a rebuild with a build from scratch).
 */
export function residentCache(): OpenCache {
  let kept: Kept | null = null
  return async (dir, version) => {
    if (kept === null || kept.dir !== dir || kept.version !== version) {
      const disk = await openExtractionCache(dir, version)
      const state: Kept = { dir, version, entries: new Map(), stamps: new Map() }
      kept = state
      return remembering(disk, state)
    }
    return fromMemory(kept)
  }
}

/** What stays in memory between builds, for one cache folder and extractor version. */
interface Kept {
  dir: string
  version: string
  /** The entries the last build used or put, by key. */
  entries: Map<string, CacheEntry>
  /** Each article file as it was just before it was last read, and the key of the entry it gave: a build that finds it the same takes the entry without reading it (`ExtractionCache.recall`). */
  stamps: Map<string, { stamp: FileStamp; key: string }>
}

/** Tells `kept` that `file`, as `stamp` saw it, gave `entry`. */
const rememberIn = (kept: Kept, file: string, stamp: FileStamp, entry: CacheEntry): void => void kept.stamps.set(file, { stamp, key: cacheKey(entry.article) })

/** The disk cache, remembering every entry it gives or is given, and what each file was. */
function remembering(disk: ExtractionCache, kept: Kept): ExtractionCache {
  const { entries } = kept
  return {
    size: disk.size,
    remember: (file, stamp, entry) => rememberIn(kept, file, stamp, entry),
    get(articlePath, hash) {
      const entry = disk.get(articlePath, hash)
      if (entry !== null) entries.set(cacheKey({ path: articlePath, hash }), entry)
      return entry
    },
    put(entry) {
      entries.set(cacheKey(entry.article), entry)
      disk.put(entry)
    },
    save: () => disk.save(),
  }
}

/** A build's view of the entries the last build left in memory; `save` keeps the ones used or put, and appends those put to the disk. */
function fromMemory(kept: Kept): ExtractionCache {
  const { entries, dir, version } = kept
  const used = new Map<string, CacheEntry>()
  const added = new Map<string, CacheEntry>()
  return {
    size: entries.size,
    recall(file) {
      const last = kept.stamps.get(file)
      const now = last === undefined ? null : fileStamp(file)
      if (last === undefined || now === null || !sameStamp(last.stamp, now)) return null
      const entry = entries.get(last.key) ?? null
      if (entry !== null) used.set(last.key, entry)
      return entry
    },
    remember: (file, stamp, entry) => rememberIn(kept, file, stamp, entry),
    get(articlePath, hash) {
      const key = cacheKey({ path: articlePath, hash })
      const entry = entries.get(key) ?? null
      if (entry !== null) used.set(key, entry)
      return entry
    },
    put(entry) {
      added.set(cacheKey(entry.article), entry)
    },
    async save() {
      const removed = [...entries.keys()].filter((key) => !used.has(key) && !added.has(key)).length
      entries.clear()
      for (const [key, entry] of [...used, ...added]) entries.set(key, entry)
      if (added.size === 0) return { written: 0, removed, problem: null }
      const folder = path.join(dir, version)
      try {
        await mkdir(folder, { recursive: true })
        await appendFile(path.join(folder, ENTRIES_FILE), [...added.values()].map(entryLine).join(''))
        return { written: added.size, removed, problem: null }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        return {
          written: 0,
          removed,
          problem: `The extraction cache in ${dir} could not be saved (${reason}), so the next build extracts these articles again. Make it a folder Salvo can write to, or delete it.`,
        }
      }
    },
  }
}
