import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { filesUnder } from '../files-under.js'
import { pageFingerprints, type PageFingerprints } from './page-fingerprint.js'
import { PROJECT_ROOT } from '../project-root.js'
import type { SiteSettings } from '../render/site-links.js'
import { PAGE_TYPES, viewOf } from '../site/page-types.js'
import type { Timeline } from '../site/timeline.js'
import { readManifestFile, untouched } from './touched-pages.js'
import { writeFileAtomic } from './write-file-atomic.js'

/** One page (or search shard) of the last build: what it was made from, and the file it left, to tell it was not touched since. */
export interface PageRecord {
  fingerprint: string
  size: number
  mtimeMs: number
}

/** What the last successful build into an output folder rendered: kept in the page cache, never in the site. */
export interface PageManifest {
  /** The output folder, absolute: manifests of folders that no longer exist are pruned. */
  outDir: string
  /** The rendering version (templates, the code that configures Eleventy, the lockfile, the hosting settings). */
  version: string
  /** Keyed by output file, `/`-separated, relative to the output folder: `events/x/index.html`. */
  pages: Record<string, PageRecord>
  /** The search index's shards, by key (`''` for the main bundle). */
  search: Record<string, PageRecord>
}

export interface PagePlan {
  /** The timeline as Eleventy sees it: each paged list holds only the items whose page must be rendered. */
  timeline: Timeline
  /** Pages to render, as output files. */
  render: string[]
  /** Pages to take unchanged from the output folder, as output files. */
  reuse: string[]
  /** The fingerprint of every paged page, by output file. */
  fingerprints: Map<string, string>
  /** The day of each page that has one (events and articles), by output file: how the search index is sharded. */
  days: Map<string, string>
  /** The pages the search index reads (those marked `data-pagefind-body`), as output files, sorted. */
  searchable: string[]
}

/**
 * Code that shapes every page besides the templates: Eleventy's configuration, the link rewriting it applies,
 * and the page types, whose URLs and titles are code (their data builders' output is in each page's fingerprint).
 */
const RENDER_CODE = [
  'eleventy.config.js',
  'src/publish/configure-eleventy.ts',
  'src/publish/add-page-templates.ts',
  'src/render/site-links.ts',
  'src/site/page-type.ts',
  'src/site/page-types.ts',
  'package-lock.json',
]
/** The page types' modules, hashed with RENDER_CODE. */
const PAGE_TYPES_DIR = path.join('src', 'site', 'pages')

/** `/events/x/` → `events/x/index.html`; `/404.html` → `404.html`. */
export function fileOfUrl(url: string): string {
  const trimmed = url.replace(/^\/+/, '')
  return trimmed === '' || trimmed.endsWith('/') ? `${trimmed}index.html` : trimmed
}

/**
 * The rendering version: a hash of the templates, the code that configures Eleventy, the
 * lockfile (Eleventy's version) and the hosting settings. Pages of another version are never reused.
 */
export function renderVersion(templatesDir: string, site: SiteSettings): string {
  const hash = createHash('sha256').update(JSON.stringify(site))
  for (const file of filesUnder(templatesDir)) hash.update(path.relative(templatesDir, file)).update(readFileSync(file))
  for (const file of RENDER_CODE) {
    const full = path.join(PROJECT_ROOT, file)
    if (existsSync(full)) hash.update(file).update(readFileSync(full))
  }
  for (const full of filesUnder(path.join(PROJECT_ROOT, PAGE_TYPES_DIR))) hash.update(path.relative(PROJECT_ROOT, full)).update(readFileSync(full))
  return hash.digest('hex').slice(0, 16)
}

/** The value at a dotted path of the timeline (`views.feeds.all`, `events.length`). */
export function valueAt(timeline: Timeline, dotted: string): unknown {
  let value: unknown = timeline
  for (const key of dotted.split('.')) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key]
  return value
}

/** A copy of the timeline with the list at `dotted` replaced; everything else is shared, not copied. */
export function withValueAt(timeline: Timeline, dotted: string, replacement: unknown): Timeline {
  const set = (node: unknown, keys: string[]): unknown => {
    const [key, ...rest] = keys
    if (key === undefined) return replacement
    const record = node as Record<string, unknown>
    return { ...record, [key]: set(record[key], rest) }
  }
  return set(timeline, dotted.split('.')) as Timeline
}

/**
 * Decides which pages of the page types (src/site/page-types.ts) to render and which to take from the
 * last build's output. A page is reused only when the rendering version is the same,
 * its item, what it looks up and everything else it reads (`PageType.reads`) hash the same, and its
 * file in `outDir` is the one that build wrote. Without a manifest every page is rendered. `fingerprintOf` is
 * `npm start`'s, which remembers the fingerprints of the pages of its last build (page-fingerprint.ts). `isUntouched`
 * says whether a page's file is still the one its record describes: by default it looks (`untouched`); a build has
 * its worker look while the pipeline runs (`touchedPages`).
 */
export function planPages(
  timeline: Timeline,
  version: string,
  previous: PageManifest | null,
  outDir: string,
  fingerprintOf: PageFingerprints = pageFingerprints(),
  isUntouched: (file: string, record: PageRecord) => boolean = (file, record) => untouched(path.join(outDir, file), record),
): PagePlan {
  const usable = previous !== null && previous.version === version ? previous.pages : {}
  const render: string[] = []
  const reuse: string[] = []
  const fingerprints = new Map<string, string>()
  const days = new Map<string, string>()
  const searchable: string[] = []
  let planned = timeline
  for (const type of PAGE_TYPES) {
    const items = valueAt(timeline, type.source)
    if (!Array.isArray(items))
      throw new Error(
        `The page type ${type.template} (src/site/pages/${type.template}.ts) makes its pages from timeline.${type.source}, which is not a list; make its source name the list its build makes.`,
      )
    const shared = createHash('sha256')
      .update(version)
      .update(type.template)
      .update(JSON.stringify(type.reads.map((read) => valueAt(timeline, read)) ?? null))
      .digest('hex')
    const view = viewOf(type, timeline)
    const kept: unknown[] = []
    for (const item of items) {
      const file = fileOfUrl(type.url(item))
      const looked = type.lookup === undefined ? null : type.lookup(item, view)
      const fingerprint = fingerprintOf(shared, item, looked)
      fingerprints.set(file, fingerprint)
      if (type.day !== undefined) days.set(file, type.day(item))
      if (type.searchable?.(item) === true) searchable.push(file)
      const record = usable[file]
      if (record !== undefined && record.fingerprint === fingerprint && isUntouched(file, record)) {
        reuse.push(file)
      } else {
        render.push(file)
        kept.push(item)
      }
    }
    if (kept.length < items.length) planned = withValueAt(planned, type.source, kept)
  }
  return { timeline: planned, render, reuse, fingerprints, days, searchable: searchable.sort() }
}

/** The manifest file for an output folder: one per folder, so builds into different folders do not mix. */
export function manifestFile(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, `${createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16)}.json`)
}

/** The last build's manifest for `outDir`, or `null` when there is none or it cannot be read (then every page is rendered). */
export async function readManifest(file: string): Promise<PageManifest | null> {
  return (await readManifestFile(file)).manifest
}

/**
 * Records every paged page of a finished build as it lies in `builtDir`, the staging folder
 * (the swap renames it to `outDir`, which keeps sizes and modification times). A page linked
 * from the last build is the same file as before, so its record is carried over; a copied one
 * is a new file, so it is looked at again.
 */
export function manifestOf(
  plan: PagePlan,
  build: { previous: PageManifest | null; copied: string[]; version: string; builtDir: string; outDir: string; search: Record<string, PageRecord> },
): PageManifest {
  const { previous, version, builtDir, search } = build
  const linked = new Set(plan.reuse)
  for (const file of build.copied) linked.delete(file)
  const pages: Record<string, PageRecord> = {}
  for (const file of [...plan.fingerprints.keys()].sort()) {
    const before = linked.has(file) ? previous?.pages[file] : undefined
    if (before !== undefined) {
      pages[file] = before
      continue
    }
    const info = statSync(path.join(builtDir, file))
    pages[file] = { fingerprint: plan.fingerprints.get(file) ?? '', size: info.size, mtimeMs: info.mtimeMs }
  }
  return { outDir: path.resolve(build.outDir), version, pages, search }
}

/**
 * Writes the manifest through a temporary file, so a killed build leaves the old one or the
 * new one, and removes the manifests of output folders that no longer exist.
 */
export async function writeManifest(file: string, manifest: PageManifest): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(manifest))
  const dir = path.dirname(file)
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json') || path.join(dir, name) === file) continue
    const other = await readManifest(path.join(dir, name))
    if (other === null || !existsSync(other.outDir)) await rm(path.join(dir, name), { force: true })
  }
}
