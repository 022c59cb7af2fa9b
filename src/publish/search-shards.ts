import { createHash } from 'node:crypto'

/** Pages a shard of the search index should hold on average, at least: fewer shards load faster, smaller ones rebuild faster. */
export const SHARD_PAGES = 1000

/**
 * Shard lengths tried, shortest first, in half-months (the 1st to the 15th, the 16th to the
 * end): calendar-aligned, so a page's shard changes only when the length does.
 */
const PERIODS = [1, 2, 4, 6, 8, 12, 24, 48, 96, 192, 384, 768, 1536, 3072]

/** One Pagefind bundle of the search index. */
export interface SearchShard {
  /** `''` for the main bundle; otherwise the shard's first day, `YYYY-MM-DD`. */
  key: string
  /** Its folder in the site: `pagefind` for the main bundle, `pagefind/shards/<key>/` for the others. */
  dir: string
  /** The pages it indexes, as output files (`articles/x/index.html`), sorted. */
  files: string[]
}

/** `2023-10-16` (or `2023-10`) → half-months since year 0: 2023-10-01 to 15 is one, 16 to 31 the next. */
const halfMonthIndex = (day: string): number =>
  (Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1) * 2 + (Number(day.slice(8, 10) || '1') >= 16 ? 1 : 0)
/** The first day of a half-month: `2023-10-16`. */
const firstDayOf = (index: number): string => {
  const month = Math.floor(index / 2)
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-${index % 2 === 0 ? '01' : '16'}`
}

/**
 * Splits the pages the search index covers into shards by the day of their event or
 * publication, so a rebuild after adding an article indexes again only the shards whose
 * pages changed. Shards span whole calendar periods (half a month, 1, 2, 3, 4, 6, 12…
 * months), the shortest whose shards hold at least `target` pages on average; pages
 * without a day (sites, groups, outlets) and, on a small site, every page, go in the main
 * bundle. The plan depends only on the pages, so a build from scratch gives the same shards.
 */
export function planSearchShards(files: string[], days: ReadonlyMap<string, string>, target = SHARD_PAGES): SearchShard[] {
  const dated = files.filter((file) => /^\d{4}-\d{2}(-\d{2})?$/.test(days.get(file) ?? ''))
  const main: SearchShard = { key: '', dir: 'pagefind', files: [] }
  if (dated.length <= target) return [{ ...main, files: [...files].sort() }]
  const indexes = dated.map((file) => halfMonthIndex(days.get(file) ?? ''))
  const length = PERIODS.find((halves) => dated.length / new Set(indexes.map((i) => Math.floor(i / halves))).size >= target) ?? PERIODS.at(-1) ?? 1
  const shards = new Map<string, SearchShard>()
  const datedSet = new Set(dated)
  for (const [i, file] of dated.entries()) {
    const key = firstDayOf(Math.floor((indexes[i] ?? 0) / length) * length)
    const shard = shards.get(key) ?? { key, dir: `pagefind/shards/${key}`, files: [] }
    shard.files.push(file)
    shards.set(key, shard)
  }
  main.files = files.filter((file) => !datedSet.has(file))
  return [main, ...[...shards.values()].sort((a, b) => a.key.localeCompare(b.key))].map((shard) => ({ ...shard, files: [...shard.files].sort() }))
}

/**
 * What a shard is made from: its pages' fingerprints (src/publish/page-plan.ts) and `version` (the rendering
 * version, which covers Pagefind's). Made before the pages are rendered, so every page needs a fingerprint.
 */
export function shardFingerprint(shard: SearchShard, version: string, pageFingerprints: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(version).update(shard.key)
  for (const file of shard.files) {
    const fingerprint = pageFingerprints.get(file)
    if (fingerprint === undefined)
      throw new Error(
        `The search index would read ${file}, which is not a page of a page type; only those are searchable (PageType.searchable, src/site/pages/).`,
      )
    hash.update(file).update('\0').update(fingerprint).update('\0')
  }
  return hash.digest('hex').slice(0, 32)
}
