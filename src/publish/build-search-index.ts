// How a build makes the search index of the pages in `siteDir` (index-search.ts, driving Pagefind from the build's
// worker threads, build-worker.ts): a main Pagefind bundle in `pagefind/` and, on a large site, shards by period in
// `pagefind/shards/<first day>/`, which `public/search.js` merges at search time (listed in
// `pagefind/shards.json`). `planSearchIndex` before rendering; `linkUnchangedShards` takes the shards whose pages
// did not change from the published site; `indexShards` indexes the others once the pages are rendered;
// `recordSearchIndex` records the result. Only `options.pages` are read: those marked `data-pagefind-body` (events,
// articles, and the headings of the first page of each site, group and outlet). Pagefind computes result URLs at
// search time from where a bundle is served, so the index works at any path prefix. The same pages give the same
// bytes, sharded the same way, whichever process indexed a shard (checked by the reproducibility and search-shards
// tests).
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { linkFiles } from './link-files.js'
import type { PageRecord } from './page-plan.js'
import { untouched } from './touched-pages.js'
import { planSearchShards, shardFingerprint, SHARD_PAGES, type SearchShard } from './search-shards.js'

/** Pagefind's own ready-made interfaces: Salvo ships a small search page of its own (`public/search.js`), so these are never loaded. */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
]

/** The list of shards `public/search.js` merges into the main bundle, in the main bundle's folder. */
const SHARDS_FILE = 'pagefind/shards.json'

/** How many paths one Pagefind glob lists: its glob parser refuses patterns of several hundred kilobytes. */
const GLOB_FILES = 1500

/**
 * How shards are indexed, for their fingerprints: a shard indexed another way is indexed again, not reused.
 * 2: Pagefind reads the pages from a folder of links made for it in sorted order (`indexShard`).
 */
const INDEXING_VERSION = 2

/** A shard of the last build: what it was made from, and its entry file as that build left it. */
export type ShardRecord = PageRecord

export interface SearchIndexOptions {
  /** The pages to index (those marked `data-pagefind-body`), as output files. */
  pages: string[]
  /** The rendering version and each page's fingerprint (src/publish/page-plan.ts): what a shard is made from. */
  version: string
  fingerprints: ReadonlyMap<string, string>
  /** Each event's and article's day, by output file: how pages are sharded. */
  days: ReadonlyMap<string, string>
  /** The published site and its shards' records, to take unchanged shards from it; `null` indexes every shard. */
  previous: { outDir: string; shards: Record<string, ShardRecord> } | null
  /** Pages a shard holds on average, at least (tests lower it). */
  shardPages?: number
}

export interface SearchIndexResult {
  /** Pages in the index, all shards together. */
  pages: number
  /** Shards indexed by this build, and all shards. */
  indexed: number
  shards: number
  /** Every shard's record, by key, for the next build. */
  records: Record<string, ShardRecord>
}

/** The files of a shard's folder in `siteDir`, relative to `siteDir`; the main bundle's folder without the other shards. */
async function shardFiles(siteDir: string, shard: SearchShard): Promise<string[]> {
  const entries = await readdir(path.join(siteDir, shard.dir), { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((file) => shard.key !== '' || !(file.startsWith('pagefind/shards/') || file === SHARDS_FILE))
}

/** `true` when the shard is made from the same pages as the last build's, and its entry file in `outDir` is the one that build recorded. */
function unchanged(outDir: string, shard: SearchShard, record: ShardRecord | undefined, fingerprint: string): boolean {
  return record !== undefined && record.fingerprint === fingerprint && untouched(path.join(outDir, shard.dir, 'pagefind-entry.json'), record)
}

/**
 * Globs that list `files` for Pagefind, each at most `GLOB_FILES` long: `articles/{a,b}/index.html`.
 * One folder per glob, so Pagefind walks only that folder. Paths come from the slug function
 * (letters, digits, `-`, `.`, `/`), which mean nothing in a glob.
 */
export function globsFor(files: string[]): string[] {
  const groups = new Map<string, string[]>()
  const literal: string[] = []
  for (const file of files) {
    if (!/^[\w./-]+$/.test(file))
      throw new Error(`The page ${file} has a character Pagefind's globs would misread; pages are named by src/safe-slug.ts, which should not allow it.`)
    const match = /^([^/]+)\/(.+)\/index\.html$/.exec(file)
    if (match === null) {
      literal.push(file)
      continue
    }
    const [, folder = '', middle = ''] = match
    groups.set(folder, [...(groups.get(folder) ?? []), middle])
  }
  const globs = [...literal]
  for (const [folder, middles] of groups) {
    for (let i = 0; i < middles.length; i += GLOB_FILES) {
      const chunk = middles.slice(i, i + GLOB_FILES)
      globs.push(chunk.length === 1 ? `${folder}/${chunk[0]}/index.html` : `${folder}/{${chunk.join(',')}}/index.html`)
    }
  }
  return globs
}

/**
 * Where a shard's pages are linked for Pagefind to read (`indexShard`): a folder of the staging folder of its
 * own, so no other shard's removal touches it; `~` is in no page's path (src/safe-slug.ts; globsFor checks).
 */
const readingFolder = (siteDir: string, shard: SearchShard): string => path.join(siteDir, `~search-${shard.key === '' ? 'main' : shard.key}`)

/**
 * Indexes one shard's pages with Pagefind (its Node API, offline) into `siteDir/<shard.dir>`.
 *
 * Pagefind numbers a bundle's pages in the order it finds them walking their folders, which is the order
 * the file system lists them; and on tmpfs, btrfs or XFS that order depends on when and where each entry
 * was made. A first build makes pages in render order, a rebuild links most of them while Eleventy renders
 * the rest, so the same pages gave different bytes. Pagefind therefore reads the shard's pages from a
 * folder of hard links made for it in sorted order, new and holding nothing else, whose listing depends
 * only on the pages' names; it is removed once Pagefind has read them, and with the staging folder if
 * the build fails. (ext4 lists by a hash of the names seeded per file system, and NTFS and APFS by name, so
 * there the order was already fixed on one machine; across machines it may still differ: README,
 * "Atomic and reproducible".)
 */
async function indexShard(siteDir: string, shard: SearchShard): Promise<void> {
  const { index, errors } = await pagefind.createIndex({})
  if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  const reading = readingFolder(siteDir, shard)
  try {
    linkFiles(siteDir, reading, shard.files) // sorted (SearchShard.files)
    // Pagefind reads the files itself, from globs that list them: faster than being sent each page. It takes each page's URL from its path under `reading`, as under `siteDir`.
    for (const glob of globsFor(shard.files)) {
      const added = await index.addDirectory({ path: reading, glob })
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`)
    }
  } finally {
    await rm(reading, { recursive: true, force: true })
  }
  const written = await index.writeFiles({ outputPath: path.join(siteDir, shard.dir) })
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  await Promise.all(UNUSED_UI_FILES.map((file) => rm(path.join(siteDir, shard.dir, file), { force: true })))
}

/** The search index a build makes: its shards, what each is made from, and which must be indexed again. */
export interface SearchIndexPlan {
  siteDir: string
  shards: SearchShard[]
  /** Each shard's fingerprint, by key. */
  fingerprints: Map<string, string>
  /** The shards whose pages changed since the last build, to index once the pages are in `siteDir`. */
  changed: SearchShard[]
  /** The shards to take from the last build's site, `from`, as they are. */
  unchanged: { from: string; shards: SearchShard[] }
}

/**
 * Plans the search index of `siteDir` (how a build makes it: at the top of this file): shards, fingerprints, and which shards did not
 * change since the last build. It needs the pages' fingerprints, not the pages, so a build makes it before rendering.
 */
export function planSearchIndex(siteDir: string, options: SearchIndexOptions): SearchIndexPlan {
  const shards = planSearchShards(options.pages, options.days, options.shardPages ?? SHARD_PAGES)
  const fingerprints = new Map(shards.map((shard) => [shard.key, shardFingerprint(shard, `${options.version}/${INDEXING_VERSION}`, options.fingerprints)]))
  const previous = options.previous
  const changed: SearchShard[] = []
  const kept: SearchShard[] = []
  for (const shard of shards) {
    if (previous !== null && unchanged(previous.outDir, shard, previous.shards[shard.key], fingerprints.get(shard.key) ?? '')) kept.push(shard)
    else changed.push(shard)
  }
  return { siteDir, shards, fingerprints, changed, unchanged: { from: previous?.outDir ?? siteDir, shards: kept } }
}

/** Links the unchanged shards of a plan (`SearchIndexPlan.unchanged`) from the last build's site into the new one, `siteDir`. */
export async function linkUnchangedShards(siteDir: string, unchanged: SearchIndexPlan['unchanged']): Promise<void> {
  for (const shard of unchanged.shards) linkFiles(unchanged.from, siteDir, await shardFiles(unchanged.from, shard))
}

/**
 * Indexes `shards` of the site in `siteDir` with this thread's Pagefind service, together (the service works on
 * them in parallel), then stops the service, so a finished build leaves nothing running. Writing a bundle leaves
 * the other files of its folder alone, so the shards inside the main bundle's folder are safe.
 */
export async function indexShards(siteDir: string, shards: SearchShard[]): Promise<void> {
  const indexing = shards.map((shard) => indexShard(siteDir, shard))
  try {
    const outcomes = await Promise.allSettled(indexing)
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')
    if (failed !== undefined) throw failed.reason
  } finally {
    await pagefind.close()
  }
}

/**
 * Pages a second Pagefind service must have to index before it pays for its thread. One service keeps
 * little more than one core busy however many shards it is given, so two index a large site faster on two
 * cores (`npm run bench` measures it), but a rebuild's few changed pages are done before a thread has started.
 */
export const SECOND_SERVICE_PAGES = 2000

/**
 * Splits the changed shards of a plan between `services` Pagefind services, largest first to the least
 * loaded, or leaves them in one part when a part would index fewer than `minPages` pages.
 * Which service indexes a shard changes nothing in its bytes.
 */
export function shareShards(shards: SearchShard[], services: number, minPages = SECOND_SERVICE_PAGES): SearchShard[][] {
  const parts: { pages: number; shards: SearchShard[] }[] = Array.from({ length: services }, () => ({ pages: 0, shards: [] }))
  for (const shard of [...shards].sort((a, b) => b.files.length - a.files.length || a.key.localeCompare(b.key))) {
    const lightest = parts.reduce((a, b) => (b.pages < a.pages ? b : a))
    lightest.pages += shard.files.length
    lightest.shards.push(shard)
  }
  const used = parts.filter((part) => part.shards.length > 0)
  return used.length > 1 && Math.min(...used.map((part) => part.pages)) >= minPages ? used.map((part) => part.shards) : [shards]
}

/** Records a finished index: each shard's entry file, for the next build; the list of shards `search.js` merges; and the pages indexed. */
export async function recordSearchIndex(plan: SearchIndexPlan): Promise<SearchIndexResult> {
  const { siteDir, shards, fingerprints } = plan
  const records: Record<string, ShardRecord> = {}
  let pages = 0
  for (const shard of shards) {
    const file = path.join(siteDir, shard.dir, 'pagefind-entry.json')
    const info = await stat(file)
    records[shard.key] = { fingerprint: fingerprints.get(shard.key) ?? '', size: info.size, mtimeMs: info.mtimeMs }
    const entry = JSON.parse(await readFile(file, 'utf8')) as { languages: Record<string, { page_count: number }> }
    pages += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
  }
  await writeFile(path.join(siteDir, SHARDS_FILE), JSON.stringify({ shards: shards.filter((s) => s.key !== '').map((s) => s.key) }) + '\n')
  return { pages, indexed: plan.changed.length, shards: shards.length, records }
}
