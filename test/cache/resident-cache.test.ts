// Issue 21, edit to page: under `npm start` the resident extraction cache takes an article file no watcher event
// named as it was, without looking at it (src/cache/resident-cache.ts), and `check` finds what changed with no event.
// Each case edits the articles as an editor (or something the watcher misses) would, tells the cache what a watcher
// would have told it, and compares the pipeline's result with a build from scratch, byte for byte.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../scripts/bench/generate-corpus.js'
import { residentCache, type ResidentCache } from '../../src/cache/resident-cache.js'
import type { Knowledge } from '../../src/knowledge/knowledge.js'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import { runPipeline, type PipelineResult } from '../../src/pipeline.js'
import { pipelineMemo } from '../../src/pipeline-memo.js'
import { SCRATCH_ROOT } from '../helpers/scratch-root.js'

describe('the resident cache under a file watcher', () => {
  let dir: string
  let seeds: string
  let knowledge: Knowledge
  let files: string[]

  beforeAll(async () => {
    dir = mkdtempSync(path.join(SCRATCH_ROOT, 'salvo-resident-cache-'))
    seeds = path.join(dir, 'seeds')
    await generateCorpus(seeds, 12)
    knowledge = loadKnowledge()
    files = readdirSync(seeds)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => path.join(seeds, f))
  }, 120_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const bytes = (result: PipelineResult): string => JSON.stringify({ timeline: result.timeline, diagnostics: result.diagnostics })
  const fresh = async (): Promise<string> => bytes(await runPipeline({ seedsDir: seeds, knowledge, cacheDir: null, today: '2024-06-01', threads: 0 }))
  /** A cache and memo as `npm start` keeps them, its first build done and its watcher ready. */
  async function started(): Promise<{ cache: ResidentCache; build: () => Promise<string> }> {
    const cache = residentCache()
    const memo = pipelineMemo()
    const cacheDir = mkdtempSync(path.join(dir, 'cache-'))
    const build = async (): Promise<string> =>
      bytes(await runPipeline({ seedsDir: seeds, knowledge, cacheDir, openCache: cache, memo, today: '2024-06-01', threads: 0 }))
    // The first build of an empty cache extracts every file; the second takes each from the cache and remembers what it was.
    expect(await build()).toBe(await fresh())
    expect(await build()).toBe(await fresh())
    cache.trustEvents()
    expect(cache.check()).toEqual([])
    return { cache, build }
  }
  const retitle = (file: string, title: string): void => writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${title}"`))

  it('reads a file the watcher named, and again after, until it is looked at unchanged', async () => {
    const { cache, build } = await started()
    const file = files[0] ?? ''
    const original = readFileSync(file, 'utf8')
    try {
      retitle(file, 'Saved once')
      cache.changed(file)
      expect(await build()).toBe(await fresh())
      // No event now: the file changed at the last build, which extracted it afresh and did not remember what it was.
      expect(await build()).toBe(await fresh())
      retitle(file, 'Saved twice')
      cache.changed(file)
      expect(await build()).toBe(await fresh())
      expect(cache.check()).toEqual([])
    } finally {
      writeFileSync(file, original)
    }
  }, 120_000)

  it('takes a file no event named as it was, and check finds it; after an event for a folder, or once the watcher failed, looks at every file', async () => {
    const { cache, build } = await started()
    const [one, two, three] = files as [string, string, string]
    const originals = [one, two, three].map((f) => readFileSync(f, 'utf8'))
    try {
      const before = await fresh()
      retitle(one, 'Changed behind the watcher')
      // Trusted: the change is not seen yet; the build is the one of the files as they were.
      expect(await build()).toBe(before)
      expect(cache.check()).toEqual([one])
      expect(await build()).toBe(await fresh())
      expect(cache.check()).toEqual([])

      retitle(two, 'Changed with only its folder named')
      cache.changed(seeds, true)
      expect(await build()).toBe(await fresh())
      // The check after that build trusts events again.
      expect(cache.check()).toEqual([])

      cache.distrust()
      retitle(three, 'Changed once the watcher failed')
      expect(await build()).toBe(await fresh())
    } finally {
      ;[one, two, three].forEach((f, i) => writeFileSync(f, originals[i] ?? ''))
    }
  }, 120_000)

  it('looks at an article reached through a symbolic link, whose events name its target', async () => {
    // The target under a name that is no article's, so only the link is listed as one.
    const target = path.join(seeds, 'kept', 'linked-article.orig')
    const linked = path.join(seeds, 'zz-linked.md')
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, readFileSync(files[3] ?? '', 'utf8').replace(/^url: .*$/m, 'url: https://example.org/linked'))
    symlinkSync(target, linked)
    try {
      const { cache, build } = await started()
      expect(await fresh()).toContain('zz-linked')
      retitle(target, 'Changed through its target')
      cache.changed(target)
      expect(await build()).toBe(await fresh())
    } finally {
      rmSync(linked, { force: true })
      rmSync(path.dirname(target), { recursive: true, force: true })
    }
  }, 120_000)
})
