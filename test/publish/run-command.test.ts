// scripts/run.mjs: the commands as package.json runs them, from an esbuild bundle instead of tsx.
// The bundle must behave as the TypeScript does: same site, same extraction, in its worker threads too.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { Worker } from 'node:worker_threads'
import { beforeAll, describe, expect, it } from 'vitest'
import { filesUnder } from '../../src/files-under.js'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import type { WorkerInput } from '../../src/parallel/process-articles.js'
import { processArticle, type ProcessedArticle } from '../../src/parallel/process-article.js'
import { buildSite } from '../../src/publish/build-site.js'
import { resolveSiteSettings } from '../../src/publish/site-settings.js'
import { hashTree } from '../helpers/hash-tree.js'

const run = promisify(execFile)
const TODAY = '2025-01-01'
/** The environment of a command run as a user would, with the day pinned and no hosting settings from the caller's. */
const env = { ...process.env, SALVO_TODAY: TODAY, SALVO_SITE_URL: '' }
const runCommand = (args: string[]) => run(process.execPath, ['scripts/run.mjs', ...args], { env, maxBuffer: 16 * 1024 * 1024 })
/** A failed command's exit code and output, as execFile reports them. */
type Failure = { code: number; stdout: string; stderr: string }

const BIN = path.resolve('node_modules', '.cache', 'salvo', 'bin')
/** The key of the bundle run.mjs recorded for the project in `root`. */
const latestKey = (root: string): string =>
  (JSON.parse(readFileSync(path.join(BIN, `latest-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.json`), 'utf8')) as { key: string }).key
/** The folder of the current bundle of this project. */
const bundleFolder = (): string => path.join(BIN, latestKey(process.cwd()))

describe('scripts/run.mjs', () => {
  beforeAll(async () => {
    // Makes the bundle (or finds it up to date) before the tests read it.
    await runCommand(['build', '--help'])
  }, 60_000)

  it('builds, from the bundle, the same site byte for byte as the TypeScript run in this process', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-run-'))
    const { stderr } = await runCommand([
      'build',
      '--out',
      path.join(dir, 'bundled'),
      '--cache',
      path.join(dir, 'cache-bundled'),
      '--data',
      path.join(dir, 'bundled.json'),
    ])
    expect(stderr).toMatch(/Salvo: wrote \d+ pages/)
    const result = await buildSite({
      outDir: path.join(dir, 'direct'),
      dataFile: path.join(dir, 'direct.json'),
      cacheDir: path.join(dir, 'cache-direct', 'extract'),
      pageCacheDir: path.join(dir, 'cache-direct', 'pages'),
      site: resolveSiteSettings({ siteUrl: null, pathPrefix: null, relative: false }, {}),
      today: TODAY,
      log: () => undefined,
    })
    expect(result.ok).toBe(true)
    const bundled = await hashTree(path.join(dir, 'bundled'))
    // The search index comes from the bundled worker thread; the schema and knowledge are found through the project's folder.
    expect(Object.keys(bundled)).toEqual(expect.arrayContaining(['pagefind/pagefind-entry.json', 'data/event.schema.json', 'index.html']))
    expect(bundled).toEqual(await hashTree(path.join(dir, 'direct')))
    expect(readFileSync(path.join(dir, 'bundled.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'direct.json'), 'utf8'))
  }, 120_000)

  it('has a bundled extraction worker that runs without tsx and finds what extraction here finds', async () => {
    const seeds = readdirSync('seeds')
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => path.join('seeds', name))
    const input: WorkerInput = { files: seeds, next: new Int32Array(new SharedArrayBuffer(4)), dataDir: path.resolve('src/data'), today: TODAY }
    const worker = new Worker(path.join(bundleFolder(), 'article-worker.mjs'), { workerData: input })
    const claimed = await new Promise<[number, ProcessedArticle][]>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    await worker.terminate()
    // It claimed every file, being the only thread.
    expect(claimed.map(([index]) => index)).toEqual(seeds.map((_, i) => i))
    const knowledge = loadKnowledge()
    for (const [index, result] of claimed) {
      const here = await processArticle(seeds[index] ?? '', knowledge, { today: TODAY })
      expect(result.extracted?.reports.length ?? 0, seeds[index]).toBeGreaterThan(0)
      expect(JSON.stringify(result), seeds[index]).toBe(JSON.stringify(here))
    }
  }, 60_000)

  it('compiles again when a source changes, and only then, in a copy of the project elsewhere', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'salvo-project-'))
    for (const entry of ['scripts', 'src', 'templates', 'public', 'eleventy.config.js', 'package.json', 'tsconfig.json'])
      cpSync(entry, path.join(root, entry), { recursive: true })
    symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'))
    // Sources saved an hour ago: a bundle made from them is recorded (one saved during bundling would not be).
    const anHourAgo = new Date(Date.now() - 3600_000)
    for (const file of filesUnder(root).filter((f) => !f.includes('node_modules'))) utimesSync(file, anHourAgo, anHourAgo)
    const usage = async (): Promise<string> =>
      (await run(process.execPath, [path.join(root, 'scripts', 'run.mjs'), 'check', '--help'], { cwd: root, env })).stdout
    expect(await usage()).toMatch(/^Usage: npm run check/)
    const first = latestKey(root)
    // Another folder's sources, though the same bytes: its own bundle, reading its own files.
    expect(first).not.toBe(latestKey(process.cwd()))
    expect(await usage()).toMatch(/^Usage: npm run check/)
    expect(latestKey(root)).toBe(first)
    const check = path.join(root, 'scripts', 'check.ts')
    writeFileSync(check, readFileSync(check, 'utf8').replace('Usage: npm run check', 'Usage (edited): npm run check'))
    utimesSync(check, anHourAgo, new Date(Date.now() - 1800_000))
    expect(await usage()).toMatch(/^Usage \(edited\): npm run check/)
    expect(latestKey(root)).not.toBe(first)
  }, 120_000)

  it('prints a command’s usage for --help, and refuses an unknown option or command with a sentence, not a stack trace', async () => {
    for (const command of ['build', 'start', 'check', 'add', 'extract']) {
      const { stdout } = await runCommand([command, '--help'])
      expect(stdout, command).toMatch(new RegExp(`^Usage: npm (run )?(--silent )?${command}`))
    }
    const unknown = await runCommand(['build', '--sedes', 'x']).then(
      () => null,
      (error: Failure) => error,
    )
    expect(unknown?.code).toBe(2)
    expect(unknown?.stderr).toMatch(/^Salvo: Unknown option '--sedes', so nothing was done\.\n\nUsage: npm run build/)
    expect(unknown?.stderr).not.toMatch(/\n\s+at /)
    const missing = await runCommand(['check', '--seeds']).then(
      () => null,
      (error: Failure) => error,
    )
    expect(missing?.code).toBe(2)
    expect(missing?.stderr).toMatch(/^Salvo: Option '--seeds <value>' argument missing, so nothing was done\./)
    const command = await runCommand(['bild']).then(
      () => null,
      (error: Failure) => error,
    )
    expect(command?.code).toBe(2)
    expect(command?.stderr).toContain('runs one of the commands build, start, add, check, extract')
  }, 60_000)
})
