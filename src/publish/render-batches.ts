import { PAGE_TYPES } from '../site/page-types.js'
import type { Timeline } from '../site/timeline.js'
import { fileOfUrl, valueAt, withValueAt } from './page-plan.js'

/**
 * The most pages one Eleventy run renders. Eleventy keeps every page it renders in memory until its run ends (about
 * 45 KB a page here, twice the page's size): rendering 12,000 pages (10,000 articles) in one run, the heap held
 * 515 MB alive near its end, against 180 MB once it was over. In runs of this many, about 180 MB of pages are alive
 * at a time, and with the smaller heap growth `npm run build` asks of Node (package.json, `--heap-growing-percent`)
 * a run's pages are collected before the heap grows far past them. Together they took the cold build at 10,000
 * articles from a peak of 1,121–1,235 MiB to 945–950 MiB (BENCHMARKS.md, peak memory); runs alone did not lower it,
 * the heap growth alone less. Each run costs an Eleventy start of a few tenths of a second: three more at 10,000 articles.
 */
export const RENDER_BATCH_PAGES = 4_000

/** One Eleventy run's share of a build's pages: the planned timeline with each page type's list cut to the run's items, and their files. */
export interface RenderBatch {
  timeline: Timeline
  expected: string[]
}

/**
 * The planned timeline (page-plan.ts: each page type's list holds the items to render) in runs of at most `size`
 * pages, page types in the registry's order and each list in its order; with `rank`, pages of a lower rank first
 * (a stable sort: the build ranks them by search shard, so a shard's pages are done early and Pagefind can index it
 * while the next run renders). A page prints only its item and the views it reads, never another page type's list
 * (an incremental build already cuts those lists), so a page is the same bytes whichever run renders it. The single
 * pages (about, search…) are rendered by every run, the same each time.
 */
export function renderBatches(timeline: Timeline, expected: string[], size = RENDER_BATCH_PAGES, rank?: (file: string) => number): RenderBatch[] {
  const lists = PAGE_TYPES.map((type) => ({ type, items: valueAt(timeline, type.source) as unknown[] }))
  if (lists.reduce((sum, { items }) => sum + items.length, 0) <= size) return [{ timeline, expected }]
  const pages = lists.flatMap(({ type, items }) => items.map((item) => ({ source: type.source, item, file: fileOfUrl(type.url(item)) })))
  if (rank !== undefined) {
    const ranks = new Map(pages.map(({ file }) => [file, rank(file)]))
    pages.sort((a, b) => (ranks.get(a.file) ?? 0) - (ranks.get(b.file) ?? 0))
  }
  const batches: RenderBatch[] = []
  for (let start = 0; start < pages.length; start += size) {
    const run = pages.slice(start, start + size)
    const taken = new Map<string, unknown[]>()
    for (const { source, item } of run) {
      const list = taken.get(source) ?? []
      list.push(item)
      taken.set(source, list)
    }
    batches.push({
      timeline: lists.reduce((t, { type }) => withValueAt(t, type.source, taken.get(type.source) ?? []), timeline),
      expected: run.map((p) => p.file),
    })
  }
  return batches
}
