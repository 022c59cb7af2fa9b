import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENTRIES_FILE, openExtractionCache } from '../../src/cache/extraction-cache.js'
import { isCacheEntry } from '../../src/cache/is-cache-entry.js'
import { extractorVersion } from '../../src/cache/extractor-version.js'
import { DEFAULT_DATA_DIR, loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import { runPipeline } from '../../src/pipeline.js'
import type { Article } from '../../src/ingest/article.js'
import { stableJson } from '../../src/model/stable-json.js'
import { buildFixture } from '../helpers/build-fixture.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-cache-'))
  cpSync('seeds', path.join(dir, 'seeds'), { recursive: true })
  return { seeds: path.join(dir, 'seeds'), cache: path.join(dir, 'cache') }
}
/** The keys of every entry on disk, as `version/key`. */
const entries = (cache: string): string[] =>
  readdirSync(cache).flatMap((v) =>
    readdirSync(path.join(cache, v)).flatMap((f) =>
      readFileSync(path.join(cache, v, f), 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => `${v}/${l.slice(0, 32)}`),
    ),
  )
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
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'White House communications official',
        'Rockets hit al-Tanf on Monday, U.S. officials said.\n\nWhite House communications official',
      ),
    )
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
    // An article whose events the added one changed is appended again with its new body: its later line wins.
    expect(new Set(entries(cache)).size).toBe(5)
    expect((await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })).counts).toMatchObject({ extracted: 0, cached: 5 })
  })

  it('keeps each article’s rendered body, and renders it again only when its events change as it shows them', async () => {
    const { seeds, cache } = workspace()
    const cold = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    // Every kept body replaced by a marker of its article: a body read from the cache shows its marker.
    const file = entriesFile(cache)
    const marked = (line: string): string => {
      const [key, json] = line.split('\t')
      const entry = JSON.parse(json ?? '') as { article: Article; body?: { key: string; html: string } }
      expect(entry.body?.html).toBe(cold.timeline.articles.find((a) => a.path === entry.article.id)?.html)
      return `${key}\t${JSON.stringify({ ...entry, body: { ...entry.body, html: `<p>kept ${entry.article.id}</p>` } })}`
    }
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => (line === '' ? line : marked(line)))
        .join('\n'),
    )
    const warm = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    for (const a of warm.timeline.articles) expect(a.html).toBe(`<p>kept ${a.path}</p>`)
    // A correction renames an event: the articles that report it show its new name in their links, so their bodies are rendered again.
    const event = cold.timeline.events.find((e) => e.reports.length > 0 && cold.timeline.articles.some((a) => !a.events.includes(e.id)))
    expect(event).toBeDefined()
    writeFileSync(path.join(seeds, 'corrections.yaml'), `- target: {event: ${event?.id}}\n  set: {summary: "A renamed event"}\n  reason: "A test."\n`)
    const renamed = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(renamed.counts).toMatchObject({ extracted: 0, cached: 5 })
    const fresh = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: null })
    for (const a of renamed.timeline.articles) {
      if (a.events.includes(event?.id ?? '')) {
        expect(a.html).toContain('A renamed event')
        expect(a.html).toBe(fresh.timeline.articles.find((f) => f.path === a.path)?.html)
      } else expect(a.html).toBe(`<p>kept ${a.path}</p>`)
    }
    // And the next run reads the bodies rendered then.
    const again = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(again.timeline.articles.map((a) => a.html)).toEqual(renamed.timeline.articles.map((a) => a.html))
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

/** A pipeline run, or a failure if it takes longer than `ms`: a cache file that makes a read wait forever fails the test instead of hanging it. */
async function within<T>(ms: number, run: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The run took over ${ms} ms: the cache made it wait.`)), ms)
  })
  try {
    return await Promise.race([run, late])
  } finally {
    clearTimeout(timer)
  }
}

/** A regular file, a folder, or something else (a FIFO, a link). */
const kindOf = (file: string): string => {
  const info = lstatSync(file)
  return info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other'
}

describe('the extraction cache never fails a build', () => {
  const knowledge = shippedKnowledge()
  /** A workspace with a warm cache, and the timeline every later run must give. */
  async function warmed() {
    const space = workspace()
    const cold = await runPipeline({ seedsDir: space.seeds, knowledge, cacheDir: space.cache })
    return { ...space, file: entriesFile(space.cache), expected: stableJson(cold.timeline) }
  }
  /** Each line of the entries file as its key and parsed entry. */
  const readLines = (file: string): { key: string; entry: Record<string, any> }[] =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => ({ key: l.slice(0, 32), entry: JSON.parse(l.slice(33)) as Record<string, any> }))

  // Each breaks one field the stages after the cache read, in an entry that still parses.
  const wrongShapes: [string, (entry: Record<string, any>) => void][] = [
    [
      'the article is not an object',
      (e) => {
        e.article = [e.article]
      },
    ],
    [
      'the title is a number',
      (e) => {
        e.article.title = 7
      },
    ],
    [
      'the source is missing',
      (e) => {
        delete e.article.source
      },
    ],
    [
      'the body is null',
      (e) => {
        e.article.body = null
      },
    ],
    [
      'the paragraphs are an object',
      (e) => {
        e.article.paragraphs = { 0: e.article.paragraphs[0] }
      },
    ],
    [
      'a sentence has a text offset',
      (e) => {
        e.article.paragraphs[0].sentences[0].start = '0'
      },
    ],
    [
      'a paragraph has no sentences',
      (e) => {
        delete e.article.paragraphs[0].sentences
      },
    ],
    [
      'the original is a string',
      (e) => {
        e.article.original = 'Reuters'
      },
    ],
    [
      'the diagnostics are missing',
      (e) => {
        delete e.diagnostics
      },
    ],
    [
      'a diagnostic has an unknown severity',
      (e) => {
        e.result.diagnostics.push({ file: e.article.path, line: 1, field: 'x', code: 'place-unknown', severity: 'fatal', message: 'm' })
      },
    ],
    [
      'a diagnostic has no code, as entries written before codes',
      (e) => {
        e.result.diagnostics.push({ file: e.article.path, line: 1, field: 'x', severity: 'warning', message: 'm' })
      },
    ],
    [
      'an ingest diagnostic has a code that is not one',
      (e) => {
        e.diagnostics.push({ file: e.article.path, line: 1, field: 'x', code: 'toString', severity: 'warning', message: 'm' })
      },
    ],
    [
      'the result has no reports',
      (e) => {
        delete e.result.reports
      },
    ],
    [
      'a report has no date',
      (e) => {
        e.result.reports[0].date = null
      },
    ],
    [
      'a report has an unknown type',
      (e) => {
        e.result.reports[0].type = 'rumour'
      },
    ],
    [
      'a report has a text latitude',
      (e) => {
        e.result.reports[0].location = { id: null, name: 'X', country: null, admin1: null, lat: '33.1', lon: 44, precision: 'area' }
      },
    ],
    [
      'a report counts the killed in words',
      (e) => {
        e.result.reports[0].killed = { min: 'one', max: 1 }
      },
    ],
    [
      'a report has an infinite offset',
      (e) => {
        e.result.reports[0].end = 1e999
      },
    ],
  ]

  it.each(wrongShapes)('treats an entry that parses but whose shape is wrong as a miss: %s', async (_, breakIt) => {
    const { seeds, cache, file, expected } = await warmed()
    const lines = readLines(file)
    // An entry with everything to break: a report, a paragraph with sentences.
    const target = lines.find((l) => l.entry.result.reports.length > 0 && l.entry.article.paragraphs.length > 0)
    if (target === undefined) throw new Error('No cached article with a report: the seeds should have several.')
    breakIt(target.entry)
    writeFileSync(file, lines.map((l) => `${l.key}\t${JSON.stringify(l.entry)}\n`).join(''))
    const after = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(after.counts).toMatchObject({ extracted: 1, cached: 4 })
    expect(stableJson(after.timeline)).toBe(expected)
    // The entry was written afresh: the next run hits it.
    expect((await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })).counts).toMatchObject({ extracted: 0, cached: 5 })
  })

  it('accepts every entry a build writes (the check is not so strict that the cache never hits)', async () => {
    const { file } = await warmed()
    const lines = readLines(file)
    expect(lines).toHaveLength(5)
    for (const { entry } of lines) expect(isCacheEntry(entry, entry.article.path, entry.article.hash), entry.article.path).toBe(true)
    const [first] = lines
    expect(isCacheEntry(first?.entry, 'seeds/other.md', first?.entry.article.hash)).toBe(false)
  })

  // Each puts something that is not a readable entries file where the cache expects one. None may fail or hold up a run.
  const wrongPaths: [string, (cache: string, file: string) => void, 'repaired' | 'left alone'][] = [
    [
      'entries.jsonl is a folder',
      (_, file) => {
        rmSync(file)
        mkdirSync(path.join(file, 'inside'), { recursive: true })
      },
      'repaired',
    ],
    [
      'entries.jsonl is a FIFO',
      (_, file) => {
        rmSync(file)
        execFileSync('mkfifo', [file])
      },
      'repaired',
    ],
    [
      'entries.jsonl is a link to itself (unreadable: ELOOP)',
      (_, file) => {
        rmSync(file)
        symlinkSync(path.basename(file), file)
      },
      'repaired',
    ],
    [
      'entries.jsonl is a link to a FIFO',
      (_, file) => {
        rmSync(file)
        execFileSync('mkfifo', [`${file}.fifo-target`])
        symlinkSync(`${file}.fifo-target`, file)
      },
      'repaired',
    ],
    [
      'the version folder is a file',
      (_, file) => {
        rmSync(path.dirname(file), { recursive: true })
        writeFileSync(path.dirname(file), 'not a folder')
      },
      'repaired',
    ],
    [
      'the cache folder is a file',
      (cache) => {
        rmSync(cache, { recursive: true })
        writeFileSync(cache, 'not a folder')
      },
      'left alone',
    ],
    [
      'the cache folder is a FIFO',
      (cache) => {
        rmSync(cache, { recursive: true })
        execFileSync('mkfifo', [cache])
      },
      'left alone',
    ],
  ]

  it.each(wrongPaths)('misses every entry, and neither fails nor waits, when %s', async (_, spoil, outcome) => {
    const { seeds, cache, file, expected } = await warmed()
    spoil(cache, file)
    const spoiled = kindOf(cache)
    const after = await within(20_000, runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache }))
    expect(after.counts).toMatchObject({ extracted: 5, cached: 0 })
    expect(stableJson(after.timeline)).toBe(expected)
    const again = await within(20_000, runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache }))
    expect(stableJson(again.timeline)).toBe(expected)
    if (outcome === 'repaired') {
      // The entries file is the cache's own: it is a file of entries again, and the next run hits.
      expect(kindOf(entriesFile(cache))).toBe('file')
      expect(again.counts).toMatchObject({ extracted: 0, cached: 5 })
    } else {
      // The cache folder is the user's: a file or FIFO there is not removed, and every run extracts afresh.
      expect(kindOf(cache)).toBe(spoiled)
      expect(again.counts).toMatchObject({ extracted: 5, cached: 0 })
    }
  })

  it.skipIf(process.getuid?.() === 0)('misses every entry when entries.jsonl cannot be read (no permission), and replaces it', async () => {
    const { seeds, cache, file, expected } = await warmed()
    chmodSync(file, 0o000)
    const after = await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })
    expect(after.counts).toMatchObject({ extracted: 5, cached: 0 })
    expect(stableJson(after.timeline)).toBe(expected)
    expect((await runPipeline({ seedsDir: seeds, knowledge, cacheDir: cache })).counts).toMatchObject({ extracted: 0, cached: 5 })
  })

  it('says why when it cannot save, instead of throwing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-cache-'))
    const notAFolder = path.join(dir, 'cache')
    writeFileSync(notAFolder, 'not a folder')
    const cache = await openExtractionCache(notAFolder, 'v1')
    expect(cache.size).toBe(0)
    cache.put({ article: { path: 'seeds/a.md', hash: 'h' } as Article, diagnostics: [], result: { reports: [], unplaced: [], diagnostics: [] } })
    const saved = await cache.save()
    expect(saved.written).toBe(0)
    expect(saved.problem).toMatch(
      /^The extraction cache in .*cache could not be saved \((ENOTDIR|EEXIST) on .*\), so the next build extracts these articles again\./,
    )
    expect(readFileSync(notAFolder, 'utf8')).toBe('not a folder')
  })

  it('a real build with a cache folder that is a file succeeds, leaves the file alone, and says the cache could not be saved', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-cache-'))
    const cacheDir = path.join(dir, 'extract')
    writeFileSync(cacheDir, 'not a folder')
    const site = await buildFixture('seeds', { build: { cacheDir } })
    expect(site.result.ok, site.log.join('\n')).toBe(true)
    expect(site.result.articles).toBe(5)
    expect(readFileSync(cacheDir, 'utf8')).toBe('not a folder')
    // The build says why the next one will extract again, instead of silently staying cold.
    expect(site.log.join('\n')).toMatch(/Salvo: The extraction cache in .*extract could not be saved .*Make it a folder Salvo can write to, or delete it\./)
  })
})
