import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** Pages a shard of the search index should hold on average, at least: fewer shards load faster, smaller ones rebuild faster. */
export const SHARD_PAGES = 1000

/** Shard lengths tried, in months, shortest first: calendar-aligned, so a page's shard moves only when the length changes. */
const PERIODS = [1, 2, 3, 4, 6, 12, 24, 48, 96, 192, 384, 768, 1536]

/** One Pagefind bundle of the search index. */
export interface SearchShard {
  /** `''` for the main bundle; otherwise the shard's first month, `YYYY-MM`. */
  key: string
  /** Its folder in the site: `pagefind` for the main bundle, `pagefind/shards/<key>` for the others. */
  dir: string
  /** The pages it indexes, as output files (`articles/x/index.html`), sorted. */
  files: string[]
}

/** `2023-10` → months since year 0. */
const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
const monthOf = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`

/**
 * Splits the pages the search index covers into shards by the month of their event or
 * publication, so a rebuild after adding an article indexes again only the shards whose
 * pages changed. Shards span whole calendar periods (1, 2, 3, 4, 6, 12… months), the
 * shortest whose shards hold at least `target` pages on average; pages without a month
 * (sites, groups, outlets) and, on a small site, every page, go in the main bundle. The
 * plan depends only on the pages, so a build from scratch gives the same shards.
 */
export function planSearchShards(files: string[], months: ReadonlyMap<string, string>, target = SHARD_PAGES): SearchShard[] {
  const dated = files.filter((file) => /^\d{4}-\d{2}$/.test(months.get(file) ?? ''))
  const main: SearchShard = { key: '', dir: 'pagefind', files: [] }
  if (dated.length <= target) return [{ ...main, files: [...files].sort() }]
  const indexes = dated.map((file) => monthIndex(months.get(file) ?? ''))
  const length = PERIODS.find((months) => dated.length / new Set(indexes.map((i) => Math.floor(i / months))).size >= target) ?? PERIODS.at(-1) ?? 1
  const shards = new Map<string, SearchShard>()
  const datedSet = new Set(dated)
  for (const [i, file] of dated.entries()) {
    const key = monthOf(Math.floor((indexes[i] ?? 0) / length) * length)
    const shard = shards.get(key) ?? { key, dir: `pagefind/shards/${key}`, files: [] }
    shard.files.push(file)
    shards.set(key, shard)
  }
  main.files = files.filter((file) => !datedSet.has(file))
  return [main, ...[...shards.values()].sort((a, b) => a.key.localeCompare(b.key))].map((shard) => ({ ...shard, files: [...shard.files].sort() }))
}

/**
 * What a shard is made from: its pages' fingerprints (src/publish/page-plan.ts), or the bytes
 * of a page that has none, and `version` (the rendering version, which covers Pagefind's).
 */
export function shardFingerprint(shard: SearchShard, version: string, pageFingerprints: ReadonlyMap<string, string>, siteDir: string): string {
  const hash = createHash('sha256').update(version).update(shard.key)
  for (const file of shard.files) {
    hash.update(file).update('\0').update(pageFingerprints.get(file) ?? createHash('sha256').update(readFileSync(path.join(siteDir, file))).digest('hex')).update('\0')
  }
  return hash.digest('hex').slice(0, 32)
}
