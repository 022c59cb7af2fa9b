import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { indexShards, listInOrder } from '../../src/publish/build-search-index.js'
import type { SearchShard } from '../../src/publish/search-shards.js'
import { hashTree } from '../helpers/hash-tree.js'

// tmpfs (and btrfs) list a folder in the order its entries were made, and Pagefind numbers pages in the
// order it finds them, so there the same pages made in another order gave another index. ext4 lists by
// name hash, where the order of making cannot show: the test works in tmpfs when the machine has one.
const scratchRoot = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()

const PAGES = Array.from({ length: 24 }, (_, i) => `articles/2023-11-${String(i + 1).padStart(2, '0')}-report/index.html`)

/** A site of article pages made in the order `order` gives, as a build (render order) or a rebuild (linked, then rendered) might. */
function siteMadeIn(order: string[]): string {
  const dir = mkdtempSync(path.join(scratchRoot, 'salvo-search-order-'))
  for (const file of order) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    const title = path.basename(path.dirname(file))
    writeFileSync(path.join(dir, file), `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Rockets struck the base on ${title.slice(0, 10)}; drones were shot down.</p></main></body></html>\n`)
  }
  return dir
}

describe('the order pages are made in', () => {
  it('changes no byte of the search index', async () => {
    const shard: SearchShard = { key: '', dir: 'pagefind', files: [...PAGES].sort() }
    // Sorted; reversed; and most first with a few made last, as a rebuild links the unchanged pages while Eleventy renders the new ones.
    const orders = [PAGES, [...PAGES].reverse(), [...PAGES.filter((_, i) => i % 7 !== 3), ...PAGES.filter((_, i) => i % 7 === 3)]]
    const trees: Record<string, string>[] = []
    for (const order of orders) {
      const dir = siteMadeIn(order)
      listInOrder(dir, [shard])
      await indexShards(dir, [shard])
      trees.push(await hashTree(path.join(dir, 'pagefind')))
      rmSync(dir, { recursive: true, force: true })
    }
    expect(Object.keys(trees[0] ?? {}).some((file) => file.endsWith('.pf_fragment'))).toBe(true)
    expect(trees[1]).toEqual(trees[0])
    expect(trees[2]).toEqual(trees[0])
  }, 60_000)
})
