import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENTRIES_FILE } from '../../src/cache/extraction-cache.js'
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
/** The keys of every entry on disk, as `version/key`. */
const entries = (cache: string): string[] =>
  readdirSync(cache).flatMap((v) => readdirSync(path.join(cache, v)).flatMap((f) => readFileSync(path.join(cache, v, f), 'utf8').split('\n').filter((l) => l !== '').map((l) => `${v}/${l.slice(0, 32)}`)))
const entriesFile = (cache: string): string => {
  const [version] = readdirSync(cache)
  return path.join(cache, version ?? '', ENTRIES_FILE)
}

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

  it('serves a symbolic link to an article in the seeds folder from the cache like any file', async () => {
    const { seeds, cache } = workspace()
    // The listing skips dot-files, so the article is read only through the link.
    const name = '2023-10-24-white-house-iran-aiding-attacks.md'
    renameSync(path.join(seeds, name), path.join(seeds, `.${name}`))
    symlinkSync(path.join(seeds, `.${name}`), path.join(seeds, name))
    const cold = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    const warm = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(cold.counts).toMatchObject({ articles: 5, extracted: 5, cached: 0 })
    expect(warm.counts).toMatchObject({ articles: 5, extracted: 0, cached: 5 })
    expect(stableJson(warm.timeline)).toBe(stableJson(cold.timeline))
  })

  it('appends the entry of an added article and leaves the others’ bytes as they were', async () => {
    const { seeds, cache } = workspace()
    const added = path.join(seeds, '2023-10-24-white-house-iran-aiding-attacks.md')
    const text = readFileSync(added)
    rmSync(added)
    await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    const before = readFileSync(entriesFile(cache))
    writeFileSync(added, text)
    const after = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(after.counts).toMatchObject({ extracted: 1, cached: 4 })
    expect(readFileSync(entriesFile(cache)).subarray(0, before.length).equals(before)).toBe(true)
    expect(entries(cache)).toHaveLength(5)
  })

  it('treats a damaged cache as missing entries: a build cut short mid-write, garbage, an older layout', async () => {
    const { seeds, cache } = workspace()
    const cold = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    const file = entriesFile(cache)
    const whole = readFileSync(file)
    const expected = stableJson(cold.timeline)
    // The last entry cut short, as by a killed build: that article misses, the others hit, and the file is whole again after.
    truncateSync(file, whole.length - 100)
    const cut = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(cut.counts).toMatchObject({ extracted: 1, cached: 4 })
    expect(stableJson(cut.timeline)).toBe(expected)
    expect(entries(cache)).toHaveLength(5)
    expect((await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })).counts).toMatchObject({ extracted: 0, cached: 5 })
    // A line whose JSON is damaged, and lines of garbage.
    const lines = readFileSync(file, 'utf8').split('\n')
    lines[0] = `${lines[0]?.slice(0, 40)}not json}`
    writeFileSync(file, [...lines.slice(0, -1), 'garbage', '\u0000\u0001', ''].join('\n'))
    const damaged = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(damaged.counts).toMatchObject({ extracted: 1, cached: 4 })
    expect(stableJson(damaged.timeline)).toBe(expected)
    expect(entries(cache)).toHaveLength(5)
    // Not a cache at all; then a folder of the layout before entries.jsonl, one JSON file per entry.
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0x0a]))
    expect(stableJson((await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })).timeline)).toBe(expected)
    rmSync(file)
    mkdirSync(path.join(path.dirname(file), 'nested'))
    writeFileSync(path.join(path.dirname(file), '0123456789abcdef0123456789abcdef.json'), '{"article":')
    const old = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(old.counts).toMatchObject({ extracted: 5, cached: 0 })
    expect(stableJson(old.timeline)).toBe(expected)
    expect(readdirSync(path.dirname(file))).toEqual([ENTRIES_FILE])
  })
})
