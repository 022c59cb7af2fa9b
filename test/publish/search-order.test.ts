import { mkdirSync, mkdtempSync, opendirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { indexShards } from '../../src/publish/build-search-index.js'
import type { SearchShard } from '../../src/publish/search-shards.js'
import { hashTree } from '../helpers/hash-tree.js'
import { SCRATCH_ROOT } from '../helpers/scratch-root.js'

// Why the order pages are made in could change the search index: indexShard in src/publish/build-search-index.ts.

const days = Array.from({ length: 16 }, (_, i) => `2023-11-${String(i + 1).padStart(2, '0')}`)
/** Article and event pages in two top folders, as a shard of a real build holds, and a page a level deeper. */
const PAGES = [
  ...days.map((day) => `articles/${day}-report/index.html`),
  ...days.map((day) => `events/${day}-attack/index.html`),
  ...days.slice(0, 4).map((day) => `groups/g-${day}/pages/2/index.html`),
]

/** A folder's entries in the order the file system lists them (readdirSync sorts them). */
function listing(folder: string): string[] {
  const dir = opendirSync(folder)
  const names: string[] = []
  try {
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) names.push(entry.name)
  } finally {
    dir.closeSync()
  }
  return names
}

/** A site of `PAGES` made in the order `order` gives, as a build (render order) or a rebuild (linked, then rendered) might. */
function siteMadeIn(order: string[]): string {
  const dir = mkdtempSync(path.join(SCRATCH_ROOT, 'salvo-search-order-'))
  for (const file of order) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    const title = path.basename(path.dirname(file))
    writeFileSync(
      path.join(dir, file),
      `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Rockets struck the base on ${title.slice(0, 10)}; drones were shot down.</p></main></body></html>\n`,
    )
  }
  return dir
}

describe('the order pages are made in', () => {
  it('changes no byte of the search index', async (context) => {
    const shard: SearchShard = { key: '', dir: 'pagefind', files: [...PAGES].sort() }
    // Sorted; reversed; and most first with a few made last, as a rebuild links the unchanged pages while Eleventy renders the new ones.
    const orders = [PAGES, [...PAGES].reverse(), [...PAGES.filter((_, i) => i % 7 !== 3), ...PAGES.filter((_, i) => i % 7 === 3)]]
    const dirs = orders.map(siteMadeIn)
    try {
      const listed = dirs.map((dir) => listing(path.join(dir, 'articles')).join(' '))
      // Where folders list by name (ext4's hash, NTFS, APFS), the order of making never shows, and this test would prove nothing.
      if (listed[0] === listed[1]) context.skip(`${SCRATCH_ROOT} lists a folder by its names, not by when its entries were made`)
      const trees: Record<string, string>[] = []
      for (const dir of dirs) {
        await indexShards(dir, [shard])
        trees.push(await hashTree(path.join(dir, 'pagefind')))
      }
      expect(Object.keys(trees[0] ?? {}).filter((file) => file.endsWith('.pf_fragment'))).toHaveLength(PAGES.length)
      expect(trees[1]).toEqual(trees[0])
      expect(trees[2]).toEqual(trees[0])
      // The folder of links Pagefind read from is gone: the site holds its pages and the index, nothing else.
      for (const dir of dirs) expect(readdirSync(dir).sort()).toEqual(['articles', 'events', 'groups', 'pagefind'])
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
