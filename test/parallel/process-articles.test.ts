import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPipeline } from '../../src/pipeline.js'
import { stableJson } from '../../src/model/stable-json.js'

describe('ingest and extract on worker threads', () => {
  it('give byte-identical output to one thread, with and without the cache', async () => {
    const one = await runPipeline({ seedsDir: 'seeds', cacheDir: null, threads: 1 })
    const two = await runPipeline({ seedsDir: 'seeds', cacheDir: null, threads: 2 })
    expect(stableJson(two.timeline)).toBe(stableJson(one.timeline))
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'salvo-par-')), 'cache')
    const seeds = path.join(path.dirname(cache), 'seeds')
    cpSync('seeds', seeds, { recursive: true })
    const cold = await runPipeline({ seedsDir: seeds, cacheDir: cache, threads: 2 })
    const warm = await runPipeline({ seedsDir: seeds, cacheDir: cache, threads: 2 })
    expect(cold.counts.cached).toBe(0)
    expect(warm.counts.cached).toBe(5)
    expect(stableJson(warm.timeline.events)).toBe(stableJson(cold.timeline.events))
  })
})
