import { realpathSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { writeChunksTo } from './write-chunks.js'
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
 * Under a file watcher (`trustEvents`), it does not even look at the file: a file no event named since it was last
 * looked at is taken as it was. Only files the watcher reports by their own path are taken so (not one reached
 * through a symbolic link, whose target's events name the target), and never after an event for a folder, until a
 * full `check`. The watcher's events can be missed (a full inotify queue, a network file system, the time before it
 * was ready), so `check` looks at every file the last build used, as a build without a watcher does, and says which
 * changed with no event: `npm start` runs it once the watcher is ready and after every build, and builds again for
 * those files. So a change no event reported is built one build late, never lost, where a build that trusted no
 * events would still have missed it until something else changed.
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
export interface ResidentCache extends OpenCache {
  /**
   * From now on, takes a file no `changed` call named as it was when it was last looked at, without looking at it.
   * Call it once the watcher is ready, then `check`, which finds what changed before.
   */
  trustEvents(): void
  /** A watcher's event for `file` (any path form); `folder` for an event of a folder, after which nothing is trusted until the next `check`. */
  changed(file: string, folder?: boolean): void
  /** The watcher failed: from now on every build looks at every file again, as without a watcher. */
  distrust(): void
  /**
   * Looks at every article file the last build used (`stat`) and returns those that changed since they were looked
   * at with no event naming them: a watcher missed them. They are marked changed, so the next build reads them.
   */
  check(): string[]
}

export function residentCache(): ResidentCache {
  let kept: Kept | null = null
  const events: Events = { trusting: false, lost: false, folder: false, marked: new Set() }
  const open: OpenCache = async (dir, version) => {
    if (kept === null || kept.dir !== dir || kept.version !== version) {
      const disk = await openExtractionCache(dir, version)
      const state: Kept = { dir, version, entries: new Map(), stamps: new Map() }
      kept = state
      return remembering(disk, state)
    }
    return fromMemory(kept, events)
  }
  return Object.assign(open, {
    trustEvents() {
      events.trusting = true
    },
    changed(file: string, folder = false) {
      events.marked.add(path.resolve(file))
      if (folder) events.folder = true
    },
    distrust() {
      events.lost = true
    },
    check(): string[] {
      const missed: string[] = []
      const marked = new Set<string>()
      for (const [file, last] of kept?.stamps ?? []) {
        if (last.resolved !== null && events.marked.has(last.resolved)) {
          marked.add(last.resolved)
          continue
        }
        const now = fileStamp(file)
        if (now === null || !sameStamp(last.stamp, now)) {
          // A file reached through a link is looked at by every build anyway: it needs no mark.
          if (last.resolved !== null) marked.add(last.resolved)
          missed.push(file)
        }
      }
      // Every file was looked at after any folder's event; the marks of files no build uses are dropped (a file without a stamp is read anyway).
      events.marked = marked
      events.folder = false
      return missed
    },
  })
}

/** What the watcher said since each file was last looked at (`ResidentCache`). */
interface Events {
  /** The watcher is ready: its events are trusted, unless it failed (`lost`) or named a folder since the last check. */
  trusting: boolean
  lost: boolean
  folder: boolean
  /** Files an event named since they were last looked at, as absolute paths. */
  marked: Set<string>
}

/** What stays in memory between builds, for one cache folder and extractor version. */
interface Kept {
  dir: string
  version: string
  /** The entries the last build used or put, by key. */
  entries: Map<string, CacheEntry>
  /**
   * Each article file the last build used, as it was just before it was last read, and the key of the entry it gave:
   * a build that finds it the same takes the entry without reading it (`ExtractionCache.recall`). `resolved` is its
   * absolute path, as the watcher names it, when that is its real path; `null` for a file reached through a link.
   */
  stamps: Map<string, { stamp: FileStamp; key: string; resolved: string | null }>
}

/** The file's absolute path when no symbolic link leads to it (a watcher's events name it so), else `null`. */
function ownPath(file: string): string | null {
  const resolved = path.resolve(file)
  try {
    return realpathSync.native(file) === resolved ? resolved : null
  } catch {
    return null
  }
}

/** Tells `kept` that `file`, as `stamp` saw it, gave `entry`. */
const rememberIn = (kept: Kept, file: string, stamp: FileStamp, entry: CacheEntry): void =>
  void kept.stamps.set(file, { stamp, key: cacheKey(entry.article), resolved: ownPath(file) })

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

/**
 * A build's view of the entries the last build left in memory; `save` keeps the ones used or put, and appends those
 * put to the disk, and forgets the files this build did not use (`check` looks at the rest).
 */
function fromMemory(kept: Kept, events: Events): ExtractionCache {
  const { entries, dir, version } = kept
  const used = new Map<string, CacheEntry>()
  const added = new Map<string, CacheEntry>()
  /** The files this build took an entry for. */
  const looked = new Set<string>()
  const trusted = events.trusting && !events.lost && !events.folder
  return {
    size: entries.size,
    recall(file) {
      const last = kept.stamps.get(file)
      if (last === undefined) return null
      if (!trusted || last.resolved === null || events.marked.has(last.resolved)) {
        // Looked at now: an event from here on marks it again, for the next build.
        if (last.resolved !== null) events.marked.delete(last.resolved)
        const now = fileStamp(file)
        if (now === null || !sameStamp(last.stamp, now)) {
          // Read again below, and remembered anew if its bytes give an entry; until then never taken unread.
          kept.stamps.delete(file)
          return null
        }
      }
      const entry = entries.get(last.key) ?? null
      if (entry !== null) {
        used.set(last.key, entry)
        looked.add(file)
      }
      return entry
    },
    remember: (file, stamp, entry) => {
      rememberIn(kept, file, stamp, entry)
      looked.add(file)
    },
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
      for (const file of kept.stamps.keys()) if (!looked.has(file)) kept.stamps.delete(file)
      if (added.size === 0) return { written: 0, removed, problem: null }
      const folder = path.join(dir, version)
      try {
        await mkdir(folder, { recursive: true })
        await writeChunksTo(
          path.join(folder, ENTRIES_FILE),
          'a',
          (function* () {
            for (const entry of added.values()) yield entryLine(entry)
          })(),
        )
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
