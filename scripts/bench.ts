// npm run bench [-- --sizes 100,1000,10000 --runs 1]
// Generates synthetic corpora (deterministic from a seed) and measures, for each size,
// in one run: the cold full build (pipeline, Eleventy, search index) with wall time and
// peak RSS; extraction throughput; the rebuild after adding one article, with the
// cache; and a plain Eleventy Markdown build of the same articles as the baseline,
// then Pagefind over the baseline's pages (together, what a user would pick instead); and, under
// `npm start`, the time from saving an article to its open page showing the change.
// Prints a Markdown table and checks the targets at the largest size (BENCHMARKS.md).
import { execFile, spawn } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { generateCorpus } from './bench/generate-corpus.js'
import { readCommandLine } from './command-line.js'

const run = promisify(execFile)
/** One timed command: wall seconds, and peak RSS of its largest process in MiB. */
type Timing = { seconds: number; rssMiB: number }
const USAGE = `Usage: npm run --silent bench -- [options]
Generates synthetic corpora and times, for each size: the cold build, the rebuild after adding one article,
extraction throughput, a plain Eleventy build of the same articles (the baseline), Pagefind over the baseline's
pages, and under npm start the time from saving an article to its page showing the change. Prints a Markdown
table and checks the targets (BENCHMARKS.md).

  --sizes LIST   corpus sizes, comma-separated (default: 100,1000,10000)
  --runs N       runs per size; the table gives medians (default: 1)
  --json FILE    also write the rows as JSON
  --help         this text`

const { values } = readCommandLine(USAGE, () =>
  parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' }, runs: { type: 'string', default: '1' }, json: { type: 'string' } } }),
)
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
const runs = Math.max(1, Number(values.runs))
const log = (line: string): void => void process.stderr.write(line + '\n')
const root = process.cwd()
const scratch = path.join(existsDir('/dev/shm') ? '/dev/shm' : os.tmpdir(), `salvo-bench-${process.pid}`)

function existsDir(dir: string): boolean {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}

/** Runs a command under GNU time; returns wall seconds and peak RSS in MiB of the process tree's largest process. */
async function timed(command: string, args: string[], env: Record<string, string> = {}, cwd = root): Promise<Timing & { stderr: string }> {
  const { stderr } = await run('/usr/bin/time', ['-f', 'SALVO_TIME %e %M', command, ...args], {
    cwd,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  })
  const match = /SALVO_TIME ([\d.]+) (\d+)/.exec(stderr)
  if (!match) throw new Error(`Could not read the timing of ${command} ${args.join(' ')}:\n${stderr}`)
  return { seconds: Number(match[1]), rssMiB: Number(match[2]) / 1024, stderr }
}

/** The middle value; of an even number, the upper of the two middle ones (of two runs, the slower). */
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

/** One timed run, as the progress line gives it. */
const took = (t: Timing): string => `${t.seconds.toFixed(2)} s, peak RSS ${t.rssMiB.toFixed(0)} MiB`

/** Sizes of every file in a folder, for the largest page and the total. */
function outputSizes(dir: string): { total: number; largestPage: number; largestName: string; pages: number } {
  let total = 0
  let largestPage = 0
  let largestName = ''
  let pages = 0
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name)
    const info = statSync(file)
    if (!info.isFile()) continue
    total += info.size
    if (name.endsWith('.html')) {
      pages++
      if (info.size > largestPage) {
        largestPage = info.size
        largestName = name
      }
    }
  }
  return { total, largestPage, largestName, pages }
}

/** A plain Eleventy project: the same Markdown articles, one layout, default settings. */
function baselineProject(seeds: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'src', '_includes'), { recursive: true })
  cpSync(seeds, path.join(dir, 'src', 'articles'), { recursive: true })
  writeFileSync(
    path.join(dir, 'src', '_includes', 'base.njk'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main><h1>{{ title }}</h1><p>{{ source }}</p>{{ content | safe }}</main></body></html>\n',
  )
  writeFileSync(path.join(dir, 'src', 'articles', 'articles.json'), JSON.stringify({ layout: 'base.njk' }))
}

/** Stops the bench when the baseline's pages are not in their layout: a baseline without one measures less than the issue asks. */
function checkBaseline(project: string): void {
  const pages = path.join(project, '_site', 'articles')
  const first = readdirSync(pages).sort()[0] ?? ''
  const html = readFileSync(path.join(pages, first, 'index.html'), 'utf8')
  if (!html.startsWith('<!doctype html>'))
    throw new Error(
      `bench: the baseline's page ${first} is not in its layout (base.njk); check baselineProject in scripts/bench.ts and how Eleventy is run on it.`,
    )
}

/** The build's own phase line (`pipeline 4.1 s, pages 6.0 s, …`), or an empty string. */
const phasesOf = (stderr: string): string => /Salvo: took (.*)\./.exec(stderr)?.[1] ?? ''

interface Row {
  articles: number
  /** Phase times of the last cold build and rebuild, as the build printed them. */
  phases: { cold: string; rebuild: string }
  cold: Timing
  rebuild: Timing
  baseline: Timing
  /** Pagefind's command over the baseline's pages: what a plain site's search index adds (a reference, not a target). */
  baselineSearch: Timing
  extractPerSecond: number
  /** Under `npm start`: seconds from saving an article until its page, fetched over HTTP, shows the change. */
  editToPage: number
  output: ReturnType<typeof outputSizes>
}

/**
 * `npm run build` (package.json) as Node's arguments, so the bench times the build as users run it, without npm's own start-up:
 * `node --max-semi-space-size=64 scripts/run.mjs build` → `['--max-semi-space-size=64', 'scripts/run.mjs', 'build']`.
 */
const commandOf = (name: 'build' | 'start'): string[] => {
  const script = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[name] ?? ''
  const match = new RegExp(`^node ((?:--\\S+ )*)scripts/run\\.mjs ${name}$`).exec(script)
  if (match === null)
    throw new Error(`bench: package.json's ${name} script (${script}) is not "node <flags> scripts/run.mjs ${name}"; update commandOf in scripts/bench.ts.`)
  return [...(match[1] ?? '').split(/\s+/).filter((flag) => flag !== ''), 'scripts/run.mjs', name]
}
const BUILD_COMMAND = commandOf('build')
/** `npm start` as Node's arguments, for the edit-to-page time. */
const START_COMMAND = commandOf('start')

/**
 * The time an editor waits under `npm start`: starts it on the built site (its caches warm), then saves `file`
 * with a new title, as editors save (a new file renamed over the old), and fetches the article's page over HTTP
 * every 20 ms until it shows that title. Seconds from the save to the page, the median of `edits`; each edit is made
 * once the last one's rebuild has finished.
 */
async function editToPage(file: string, args: string[], edits = 3): Promise<number> {
  const child = spawn(process.execPath, [...START_COMMAND, ...args], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SALVO_TODAY: '2024-06-01' },
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk))
  try {
    const since = performance.now()
    let url: string | undefined
    while ((url = /Salvo: serving at (\S+)/.exec(stderr)?.[1]) === undefined) {
      if (child.exitCode !== null || performance.now() - since > 600_000) throw new Error(`bench: npm start did not start serving:\n${stderr}`)
      await sleep(50)
    }
    const slug = path.basename(file).replace(/\.md$/, '')
    const times: number[] = []
    for (let edit = 1; edit <= edits; edit++) {
      const title = `Bench edit ${edit} of ${slug}`
      const text = readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${title}"`)
      const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp`)
      writeFileSync(temporary, text)
      const saved = performance.now()
      renameSync(temporary, file)
      for (;;) {
        const page = await fetch(new URL(`/articles/${slug}/`, url)).then(
          (r) => (r.ok ? r.text() : ''),
          () => '',
        )
        if (page.includes(title)) break
        if (performance.now() - saved > 120_000) throw new Error(`bench: the page of ${slug} did not show the edit within 120 s:\n${stderr}`)
        await sleep(20)
      }
      times.push((performance.now() - saved) / 1000)
      // Let the build that the edit started finish its feeds, data files and index (npm start prints its summary line
      // then) before the next edit: the page shows an article edit before its rebuild is done.
      while ((stderr.match(/ changed: re-extracted /g) ?? []).length < edit) {
        if (performance.now() - saved > 300_000) throw new Error(`bench: the rebuild after edit ${edit} did not finish within 300 s:\n${stderr}`)
        await sleep(50)
      }
    }
    return median(times)
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT')
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.on('exit', resolve)))
  }
}

// Compiles the commands' bundle (scripts/run.mjs) now, if a source changed, so the first build timed does not pay for it.
await run(process.execPath, [...BUILD_COMMAND, '--help'], { cwd: root })

const rows: Row[] = []
for (const size of sizes) {
  const dir = path.join(scratch, String(size))
  const seeds = path.join(dir, 'seeds')
  log(`bench: ${size} articles: generating…`)
  await generateCorpus(seeds, size)
  const cold: Timing[] = []
  const rebuild: Timing[] = []
  const baseline: Timing[] = []
  const baselineSearch: Timing[] = []
  const throughput: number[] = []
  const edited: number[] = []
  const phases = { cold: '', rebuild: '' }
  for (let r = 0; r < runs; r++) {
    const cache = path.join(dir, 'cache')
    const out = path.join(dir, '_site')
    rmSync(cache, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
    const build = [...BUILD_COMMAND, '--seeds', seeds, '--out', out, '--cache', cache, '--data', path.join(dir, 'timeline.json')]
    log(`bench: ${size} articles: cold build (run ${r + 1}/${runs})…`)
    const first = await timed(process.execPath, build, { SALVO_TODAY: '2024-06-01' })
    cold.push(first)
    log(`bench: ${size} articles: cold build took ${took(first)}`)
    phases.cold = phasesOf(first.stderr)
    const extra = path.join(seeds, 'zz-added.md')
    await generateCorpus(path.join(dir, 'one'), 1, 99 + r)
    cpSync(path.join(dir, 'one', readdirSync(path.join(dir, 'one'))[0] ?? ''), extra)
    log(`bench: ${size} articles: rebuild after adding one…`)
    const again = await timed(process.execPath, build, { SALVO_TODAY: '2024-06-01' })
    rebuild.push(again)
    log(`bench: ${size} articles: rebuild took ${took(again)}`)
    phases.rebuild = phasesOf(again.stderr)
    if (!/extracted 1 article \(/.test(again.stderr)) log(`bench: warning: the rebuild did not re-extract exactly one article:\n${again.stderr}`)
    log(`bench: ${size} articles: edit to page under npm start…`)
    // The added article's page is at its slug, which the generated file name gives (`zz-added`).
    const waited = await editToPage(extra, [
      '--seeds',
      seeds,
      '--out',
      out,
      '--cache',
      cache,
      '--data',
      path.join(dir, 'timeline.json'),
      '--port',
      String(18_080 + r),
    ])
    edited.push(waited)
    log(`bench: ${size} articles: edit to page took ${waited.toFixed(2)} s`)
    rmSync(extra)
    const throughputRun = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/extract-throughput.ts', seeds], { cwd: root })
    throughput.push(Number(JSON.parse(throughputRun.stdout).perSecond))
    log(`bench: ${size} articles: plain Eleventy baseline…`)
    const project = path.join(dir, 'baseline')
    baselineProject(seeds, project)
    // Run from the baseline project's own folder: from the repository, Eleventy would load Salvo's eleventy.config.js.
    // Paths relative to it: given an absolute --input, Eleventy 3.1.7 finds no directory data file, so no layout.
    const plain = await timed(
      process.execPath,
      [path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs'), '--input=src', '--output=_site', '--quiet'],
      {},
      project,
    )
    checkBaseline(project)
    baseline.push(plain)
    log(`bench: ${size} articles: baseline took ${took(plain)}`)
    // For reference, not a target: the search index a plain site would add, Pagefind's own command over the baseline's pages.
    const indexed = await timed(
      process.execPath,
      [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', path.join(project, '_site'), '--silent'],
      {},
      project,
    )
    baselineSearch.push(indexed)
    log(`bench: ${size} articles: Pagefind over the baseline's pages took ${took(indexed)}`)
  }
  const pick = (xs: Timing[]) => ({ seconds: median(xs.map((x) => x.seconds)), rssMiB: median(xs.map((x) => x.rssMiB)) })
  rows.push({
    articles: size,
    phases,
    cold: pick(cold),
    rebuild: pick(rebuild),
    baseline: pick(baseline),
    baselineSearch: pick(baselineSearch),
    extractPerSecond: median(throughput),
    editToPage: median(edited),
    output: outputSizes(path.join(dir, '_site')),
  })
}
rmSync(scratch, { recursive: true, force: true })

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`
const lines = [
  `| articles | cold build | peak RSS | baseline (plain Eleventy) | cold ÷ baseline | rebuild +1 | rebuild ÷ baseline | edit to page | extraction | pages | output | per article | largest page |`,
  `| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |`,
  ...rows.map(
    (r) =>
      `| ${r.articles.toLocaleString('en')} | ${r.cold.seconds.toFixed(2)} s | ${r.cold.rssMiB.toFixed(0)} MiB | ${r.baseline.seconds.toFixed(2)} s | ${(r.cold.seconds / r.baseline.seconds).toFixed(2)}× | ${r.rebuild.seconds.toFixed(2)} s | ${(r.rebuild.seconds / r.baseline.seconds).toFixed(2)}× | ${r.editToPage.toFixed(2)} s | ${r.extractPerSecond.toFixed(0)} articles/s | ${r.output.pages.toLocaleString('en')} | ${(r.output.total / 1048576).toFixed(1)} MiB | ${kb(r.output.total / r.articles)} | ${kb(r.output.largestPage)} (${r.output.largestName}) |`,
  ),
]
// What a user would pick instead of Salvo (issue 21): a plain Eleventy site with a search index. The cold build is judged against it.
const together = (r: Row): number => r.baseline.seconds + r.baselineSearch.seconds
lines.push(
  '',
  "What a user would pick instead: the baseline with a search index (Pagefind's own command over its pages, timed after it):",
  '',
  '| articles | baseline | Pagefind over its pages | together | cold ÷ together |',
  '| ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.articles.toLocaleString('en')} | ${r.baseline.seconds.toFixed(2)} s | ${r.baselineSearch.seconds.toFixed(2)} s | ${together(r).toFixed(2)} s | ${(r.cold.seconds / together(r)).toFixed(2)}× |`,
  ),
)
lines.push(
  '',
  'Phases (last run):',
  ...rows.flatMap((r) => [`- ${r.articles.toLocaleString('en')} cold: ${r.phases.cold}`, `- ${r.articles.toLocaleString('en')} rebuild: ${r.phases.rebuild}`]),
)
const last = rows.at(-1)
const first = rows[0]
if (last && first) {
  const perFirst = first.output.total / first.articles
  const perLast = last.output.total / last.articles
  const checks: [string, boolean][] = [
    [
      `cold build ≤ 1.25× (Eleventy + Pagefind over its pages) (${(last.cold.seconds / together(last)).toFixed(2)}×)`,
      last.cold.seconds <= 1.25 * together(last),
    ],
    [
      `rebuild after adding one ≤ 0.35× plain Eleventy's cold build (${(last.rebuild.seconds / last.baseline.seconds).toFixed(2)}×)`,
      last.rebuild.seconds <= 0.35 * last.baseline.seconds,
    ],
    [`edit to page under npm start ≤ 1.5 s (${last.editToPage.toFixed(2)} s)`, last.editToPage <= 1.5],
    [`peak RSS ≤ 1 GB (${last.cold.rssMiB.toFixed(0)} MiB)`, last.cold.rssMiB <= 1024],
    [`no page over 300 KB (largest ${kb(last.output.largestPage)})`, last.output.largestPage <= 300 * 1024],
    // Fixed files (stylesheet, map, search code, feeds) make small sites heavier per article: only growth faster than linear fails.
    [`output grows about linearly (${kb(perFirst)} → ${kb(perLast)} per article)`, perLast <= perFirst * 1.5],
  ]
  lines.push('', `Targets at ${last.articles.toLocaleString('en')} articles:`, ...checks.map(([label, ok]) => `- ${ok ? 'met' : 'NOT MET'}: ${label}`))
}
process.stdout.write(lines.join('\n') + '\n')
if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2) + '\n')
