import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { generateCorpus } from '../../scripts/bench/generate-corpus.js'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildFixture } from '../helpers/build-fixture.js'
import { globsFor, shareShards } from '../../src/publish/build-search-index.js'
import { hashTree } from '../helpers/hash-tree.js'
import { planSearchShards } from '../../src/publish/search-shards.js'

/** `n` article pages published on `day`. */
const articles = (day: string, n: number): [string, string][] => Array.from({ length: n }, (_, i) => [`articles/${day}-a${i}/index.html`, day])

describe('planning the search index shards', () => {
  it('keeps a small site in one bundle', () => {
    const days = new Map(articles('2023-10-20', 5))
    const files = [...days.keys(), 'sources/x/index.html']
    expect(planSearchShards(files, days, 10)).toEqual([{ key: '', dir: 'pagefind', files: [...files].sort() }])
  })

  it('splits by the shortest calendar period that fills shards, and keeps undated pages in the main bundle', () => {
    const days = new Map([...articles('2023-10-02', 6), ...articles('2023-10-20', 6), ...articles('2023-11-03', 6), ['events/x/index.html', '2023-11']])
    const files = [...days.keys(), 'sources/x/index.html', 'sites/index.html']
    // Half-months hold 6 or 7 pages: enough for 5 a shard.
    const halves = planSearchShards(files, days, 5)
    expect(halves.map((s) => [s.key, s.dir, s.files.length])).toEqual([
      ['', 'pagefind', 2],
      ['2023-10-01', 'pagefind/shards/2023-10-01', 6],
      ['2023-10-16', 'pagefind/shards/2023-10-16', 6],
      ['2023-11-01', 'pagefind/shards/2023-11-01', 7],
    ])
    // Months hold 12 and 7: 9.5 on average.
    expect(planSearchShards(files, days, 9).map((s) => s.key)).toEqual(['', '2023-10-01', '2023-11-01'])
    // Two-month periods are September–October and November–December (9.5 again); quarters put both months in one shard.
    expect(planSearchShards(files, days, 15).map((s) => s.key)).toEqual(['', '2023-10-01'])
    // Every page in exactly one shard, and the same plan whatever the order of the input.
    expect(halves.flatMap((s) => s.files).sort()).toEqual([...files].sort())
    expect(planSearchShards([...files].reverse(), days, 5)).toEqual(halves)
  })
})

describe('sharing the shards between Pagefind services', () => {
  const shard = (key: string, pages: number) => ({
    key,
    dir: key === '' ? 'pagefind' : `pagefind/shards/${key}`,
    files: Array.from({ length: pages }, (_, i) => `articles/${key}-${i}/index.html`),
  })

  it('gives the largest shard first to the least loaded service, and keeps one service when the other would have too little', () => {
    const shards = [shard('', 40), shard('2023-10-01', 900), shard('2023-10-16', 700), shard('2023-11-01', 500), shard('2023-11-16', 300)]
    expect(shareShards(shards, 2, 100).map((part) => part.map((s) => s.key))).toEqual([
      ['2023-10-01', '2023-11-16', ''],
      ['2023-10-16', '2023-11-01'],
    ])
    // A rebuild's two changed shards: the main bundle's 40 pages are not worth a thread.
    expect(shareShards([shards[0]!, shards[1]!], 2, 100)).toEqual([[shards[0], shards[1]]])
    expect(shareShards([shards[1]!], 2, 1)).toEqual([[shards[1]]])
    expect(shareShards([], 2, 1)).toEqual([[]])
  })

  it('gives the same site, byte for byte, whether one Pagefind service indexes every shard or two share them, and whether shards start while pages render', async () => {
    const seeds = path.join(await mkdtemp(path.join(tmpdir(), 'salvo-services-')), 'seeds')
    await generateCorpus(seeds, 150)
    const one = await buildFixture(seeds, { build: { searchShardPages: 20 } })
    const two = await buildFixture(seeds, { build: { searchShardPages: 20, secondSearchServicePages: 1 } })
    expect(one.result.searchShards?.total).toBeGreaterThan(3)
    expect(one.result.searchShards?.services).toBe(1)
    expect(two.result.searchShards?.services).toBe(2)
    expect(await hashTree(path.join(two.dir, '_site'))).toEqual(await hashTree(path.join(one.dir, '_site')))
    // Rendered in runs of 40 pages, shard by shard: a shard whose pages are done is indexed while the next run renders.
    const early = await buildFixture(seeds, { build: { searchShardPages: 20, secondSearchServicePages: 1, renderBatchPages: 40 } })
    expect(one.result.searchShards?.early).toBe(0)
    expect(early.result.searchShards?.early).toBeGreaterThan(1)
    expect(await hashTree(path.join(early.dir, '_site'))).toEqual(await hashTree(path.join(one.dir, '_site')))
  }, 180_000)
})

describe('globs for Pagefind', () => {
  it('lists pages folder by folder, in chunks, and refuses a name a glob would misread', () => {
    const many = Array.from({ length: 3001 }, (_, i) => `articles/a${i}/index.html`)
    const globs = globsFor([...many, 'events/e/index.html', 'sites/index.html'])
    expect(globs[0]).toBe('sites/index.html')
    // 1,500 paths a glob: two globs, and the last page alone.
    expect(globs.filter((g) => g.startsWith('articles/{'))).toHaveLength(2)
    expect(globs).toContain('events/e/index.html')
    expect(globs).toContain('articles/a3000/index.html')
    expect(() => globsFor(['articles/a{b}/index.html'])).toThrow(/misread/)
  })
})

describe('the pages the search index reads', () => {
  it('are exactly the pages marked data-pagefind-body (PageType.searchable agrees with the templates)', async () => {
    const site = await buildFixture('seeds')
    const root = path.join(site.dir, '_site')
    const entries = await readdir(root, { recursive: true, withFileTypes: true })
    let marked = 0
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith('.html') && (await readFile(path.join(entry.parentPath, entry.name), 'utf8')).includes('data-pagefind-body'))
        marked++
    }
    expect(marked).toBeGreaterThan(20)
    // Pagefind counts the pages it indexed: a marked page the build did not give it would be missing.
    expect(site.result.searchPages).toBe(marked)
  }, 60_000)
})
