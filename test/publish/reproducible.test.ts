import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildSite } from '../../src/publish/build-site.js'
import { resolveSiteSettings } from '../../src/publish/site-settings.js'
import { hashTree } from '../helpers/hash-tree.js'

const site = resolveSiteSettings({ siteUrl: 'https://example.org/salvo/' })

/** A build of seeds/ into a fresh folder with its own extraction cache (or none), as a second machine would run it. */
async function freshBuild(cache: boolean): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'salvo-repro-'))
  const result = await buildSite({
    outDir: path.join(dir, '_site'),
    dataFile: path.join(dir, 'timeline.json'),
    cacheDir: cache ? path.join(dir, 'cache') : null,
    site,
    log: () => undefined,
  })
  expect(result.ok).toBe(true)
  return hashTree(path.join(dir, '_site'))
}

describe('reproducible builds', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('two builds of the same input, in different folders and on different days, are byte-identical, search index included', async () => {
    const first = await freshBuild(false)
    // Years later by the clock, with a cache: nothing in the output may depend on either.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-07-04T23:59:30Z') })
    const second = await freshBuild(true)
    vi.useRealTimers()
    expect(Object.keys(first).length).toBeGreaterThan(100)
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['pagefind/pagefind-entry.json', 'sitemap.xml', 'feeds/events.atom', 'data/events.csv']))
    expect(Object.keys(first).filter((f) => f.startsWith('pagefind/fragment/')).length).toBeGreaterThan(10)
    expect(second).toEqual(first)
  })
})

describe('pages rendered in several Eleventy runs', () => {
  it('are the same bytes as pages rendered in one run: every page, the single pages and the search index', async () => {
    const build = async (renderBatchPages?: number): Promise<Record<string, string>> => {
      const dir = await mkdtemp(path.join(tmpdir(), 'salvo-batches-'))
      const result = await buildSite({
        outDir: path.join(dir, '_site'),
        dataFile: path.join(dir, 'timeline.json'),
        cacheDir: null,
        site,
        log: () => undefined,
        ...(renderBatchPages === undefined ? {} : { renderBatchPages }),
      })
      expect(result.ok).toBe(true)
      return hashTree(path.join(dir, '_site'))
    }
    const whole = await build()
    // Seven pages a run: dozens of runs, each cutting page types' lists in the middle.
    const inRuns = await build(7)
    expect(Object.keys(whole).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(50)
    expect(inRuns).toEqual(whole)
  })
})
