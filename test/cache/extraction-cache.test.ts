import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractorVersion } from '../../src/cache/extractor-version.js'
import { DEFAULT_DATA_DIR, loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import { runPipeline } from '../../src/pipeline.js'
import { stableJson } from '../../src/publish/stable-json.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-cache-'))
  cpSync('seeds', path.join(dir, 'seeds'), { recursive: true })
  return { seeds: path.join(dir, 'seeds'), cache: path.join(dir, 'cache') }
}
const entries = (cache: string): string[] => readdirSync(cache).flatMap((v) => readdirSync(path.join(cache, v)).map((f) => `${v}/${f}`))

describe('the extraction cache', () => {
  const knowledge = shippedKnowledge()

  it('hits for unchanged articles, and the output is byte-identical with, without and after deleting the cache', async () => {
    const { seeds, cache } = workspace()
    const cold = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(cold.counts).toMatchObject({ extracted: 5, cached: 0 })
    const warm = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(warm.counts).toMatchObject({ extracted: 0, cached: 5 })
    const none = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: null })
    rmSync(cache, { recursive: true })
    const rebuilt = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(rebuilt.counts.extracted).toBe(5)
    const json = stableJson(cold.timeline)
    for (const other of [warm, none, rebuilt]) expect(stableJson(other.timeline)).toBe(json)
  })

  it('misses for an article whose content changed, and only for it', async () => {
    const { seeds, cache } = workspace()
    await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    const file = path.join(seeds, '2023-10-24-white-house-iran-aiding-attacks.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('White House communications official', 'Rockets hit al-Tanf on Monday, U.S. officials said.\n\nWhite House communications official'))
    const after = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(after.counts).toMatchObject({ extracted: 1, cached: 4 })
    expect(after.timeline.events.map((e) => e.id)).toContain('2023-10-23-al-tanf-attack')
  })

  it('misses for every article when the extractor changes (its data files), and prunes the old version', async () => {
    const { seeds, cache } = workspace()
    await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    const before = readdirSync(cache)
    const data = mkdtempSync(path.join(tmpdir(), 'salvo-data-'))
    cpSync(DEFAULT_DATA_DIR, data, { recursive: true })
    appendFileSync(path.join(data, 'weapons.yaml'), '\n# an edit\n')
    const edited = loadKnowledge(data)
    expect(extractorVersion(edited.hash)).not.toBe(extractorVersion(knowledge.hash))
    const after = await runPipeline({ seedsDir: seeds, knowledge: edited, cacheDir: cache })
    expect(after.counts).toMatchObject({ extracted: 5, cached: 0 })
    expect(readdirSync(cache)).toHaveLength(1)
    expect(readdirSync(cache)).not.toEqual(before)
  })

  it('prunes the entry of a deleted article', async () => {
    const { seeds, cache } = workspace()
    await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(entries(cache)).toHaveLength(5)
    rmSync(path.join(seeds, '2023-10-24-white-house-iran-aiding-attacks.md'))
    writeFileSync(path.join(seeds, 'notes.yaml'), '') // not an article: no entry
    await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(entries(cache)).toHaveLength(4)
  })
})
