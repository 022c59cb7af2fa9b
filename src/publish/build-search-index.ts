import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { startWorker } from '../parallel/run-worker.js'
import { linkFiles } from './link-files.js'
import { untouched, type PageRecord } from './page-plan.js'
import { planSearchShards, shardFingerprint, SHARD_PAGES, type SearchShard } from './search-shards.js'

/** Pagefind's own ready-made interfaces: Salvo ships a small search page of its own (`public/search.js`), so these are never loaded. */
const UNUSED_UI_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-highlight.js',
]

/** The list of shards `public/search.js` merges into the main bundle, in the main bundle's folder. */
export const SHARDS_FILE = 'pagefind/shards.json'

/** Files linked between two turns of the event loop. */
const LINK_CHUNK = 500

/** How many paths one Pagefind glob lists: its glob parser refuses patterns of several hundred kilobytes. */
const GLOB_FILES = 1500

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
    if (!/^[\w./-]+$/.test(file)) throw new Error(`The page ${file} has a character Pagefind's globs would misread; pages are named by src/safe-slug.ts, which should not allow it.`)
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

/** Indexes one shard's pages with Pagefind (its Node API, offline) into `siteDir/<shard.dir>`. */
async function indexShard(siteDir: string, shard: SearchShard): Promise<void> {
  const { index, errors } = await pagefind.createIndex({})
  if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  // Pagefind reads the files itself, from globs that list them: faster than being sent each page.
  for (const glob of globsFor(shard.files)) {
    const added = await index.addDirectory({ path: siteDir, glob })
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`)
  }
  const written = await index.writeFiles({ outputPath: path.join(siteDir, shard.dir) })
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  await Promise.all(UNUSED_UI_FILES.map((file) => rm(path.join(siteDir, shard.dir, file), { force: true })))
}

/** A search index half made: the shards planned, the unchanged ones linked from the last build, the changed ones still to index. */
export interface PreparedSearchIndex {
  siteDir: string
  shards: SearchShard[]
  /** Each shard's fingerprint, by key. */
  fingerprints: Map<string, string>
  /** The shards to index once their pages are in `siteDir`. */
  changed: SearchShard[]
}

/**
 * Plans the search index of `siteDir` (see `buildSearchIndex`) and links the shards whose pages did not change
 * since the last build from the published site. It needs the pages' fingerprints, not the pages: a build runs it
 * while Eleventy renders.
 */
export async function prepareSearchIndex(siteDir: string, options: SearchIndexOptions): Promise<PreparedSearchIndex> {
  const shards = planSearchShards(options.pages, options.days, options.shardPages ?? SHARD_PAGES)
  const fingerprints = new Map(shards.map((shard) => [shard.key, shardFingerprint(shard, options.version, options.fingerprints, siteDir)]))
  const changed: SearchShard[] = []
  const previous = options.previous
  for (const shard of shards) {
    if (previous === null || !unchanged(previous.outDir, shard, previous.shards[shard.key], fingerprints.get(shard.key) ?? '')) {
      changed.push(shard)
      continue
    }
    const files = await shardFiles(previous.outDir, shard)
    for (let i = 0; i < files.length; i += LINK_CHUNK) {
      linkFiles(previous.outDir, siteDir, files.slice(i, i + LINK_CHUNK))
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  return { siteDir, shards, fingerprints, changed }
}

/** Indexes the changed shards of a prepared index, together (Pagefind's service works on them in parallel), once every page is in its folder. */
export async function finishSearchIndex(prepared: PreparedSearchIndex): Promise<SearchIndexResult> {
  const { siteDir, shards, fingerprints, changed } = prepared
  const records: Record<string, ShardRecord> = {}
  const indexing = changed.map((shard) => indexShard(siteDir, shard))
  try {
    const outcomes = await Promise.allSettled(indexing)
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')
    if (failed !== undefined) throw failed.reason
    for (const shard of shards) {
      const info = await stat(path.join(siteDir, shard.dir, 'pagefind-entry.json'))
      records[shard.key] = { fingerprint: fingerprints.get(shard.key) ?? '', size: info.size, mtimeMs: info.mtimeMs }
    }
  } finally {
    // The service is a child process: stop it, so a finished build leaves nothing running; but not under shards it is still indexing.
    await Promise.allSettled(indexing)
    await pagefind.close()
  }
  await writeFile(path.join(siteDir, SHARDS_FILE), JSON.stringify({ shards: shards.filter((s) => s.key !== '').map((s) => s.key) }) + '\n')
  let pages = 0
  for (const shard of shards) {
    const entry = JSON.parse(await readFile(path.join(siteDir, shard.dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }
    pages += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
  }
  return { pages, indexed: changed.length, shards: shards.length, records }
}

/**
 * Builds the search index of the built pages in `siteDir`: a main Pagefind bundle in
 * `pagefind/` and, on a large site, shards by period in `pagefind/shards/<first day>/`, which
 * `public/search.js` merges at search time (listed in `pagefind/shards.json`). A shard whose
 * pages did not change since the last build is taken from the published site instead of
 * indexed again. It reads only `options.pages`: those marked `data-pagefind-body` (events,
 * articles, and the headings of the first page of each site, group and outlet). Pagefind computes result URLs at search
 * time from where a bundle is served, so the index works at any path prefix. The same
 * pages give the same bytes, sharded the same way (checked by the reproducibility tests).
 * Writing a bundle leaves the other files of its folder alone, so the shards inside the main bundle's folder are safe.
 */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions): Promise<SearchIndexResult> {
  return finishSearchIndex(await prepareSearchIndex(siteDir, options))
}

/** What the search index worker is given, while Eleventy renders: where the site is built, the index's options, and the last build's pages to link into it. */
export interface SearchIndexJob {
  siteDir: string
  options: SearchIndexOptions
  /** Pages of the last build, in `from`, that this one reuses as they are. */
  reuse: { from: string; files: string[] }
}

/** The search index worker's requests, in order: `prepare` once, then `finish` once every page is rendered. */
export type SearchWorkerRequest = { kind: 'prepare'; job: SearchIndexJob } | { kind: 'finish' }

/** A worker thread that builds the search index beside the main thread (search-index-worker.ts). */
export interface SearchIndexWorker {
  /** Links the reused pages and the unchanged shards into the site's folder; answers with the pages that had to be copied, not linked. */
  prepare(job: SearchIndexJob): Promise<{ copied: string[] }>
  /** Once every page is in the site's folder: indexes the changed shards and writes the list of shards. */
  finish(): Promise<SearchIndexResult>
  stop(): Promise<void>
}

/**
 * Starts a worker thread for the search index: Pagefind does the indexing in its own
 * process, and the worker keeps the messages to it flowing while this thread is busy.
 * Start it early (it loads its code meanwhile, and empties `trash`: see swapIntoPlace);
 * `prepare` it while Eleventy renders, `finish` it after, and `stop` it in any case.
 */
export function startSearchIndexWorker(trash: string | null): SearchIndexWorker {
  const worker = startWorker<SearchWorkerRequest, unknown>(new URL('./search-index-worker.ts', import.meta.url), { trash })
  return {
    prepare: (job) => worker.run({ kind: 'prepare', job }) as Promise<{ copied: string[] }>,
    finish: () => worker.run({ kind: 'finish' }) as Promise<SearchIndexResult>,
    stop: () => worker.stop(),
  }
}
