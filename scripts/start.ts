// npm start: build the site, serve it with live reload, and rebuild when an article,
// a knowledge file or a correction changes. Only changed articles are re-extracted
// (the extraction cache); pipeline code changes need a restart.
import { watch } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import Eleventy from '@11ty/eleventy'
import { formatDiagnostic } from '../src/diagnostic.js'
import { escapeTerminalLines } from '../src/escape-terminal.js'
import { KnowledgeError } from '../src/knowledge/load-knowledge.js'
import { buildSite, defaultBuildOptions } from '../src/publish/build-site.js'
import { explainFilesystemError } from '../src/publish/output-error.js'
import { takeOutputLock } from '../src/publish/output-lock.js'
import { outputPlace } from '../src/publish/output-place.js'
import { runPipeline } from '../src/pipeline.js'
import { writeDataFile } from '../src/publish/write-data-file.js'
import { handTimelineToEleventy } from '../src/publish/configure-eleventy.js'
import { timelineData } from '../src/timeline.js'
import { buildDay } from './build-day.js'
import { readCommandLine } from './command-line.js'

const USAGE = `Usage: npm start -- [options]
Builds the site, serves it with live reload, and rebuilds when an article, seeds/corrections.yaml or a file in src/data/ changes.

  --port N       the port to serve on (default: 8080)
  --seeds DIR    the articles (default: seeds)
  --out DIR      the site (default: _site)
  --data FILE    the timeline as one JSON file (default: build/timeline.json)
  --cache DIR    extraction results and the last build's pages (default: .cache/salvo)
  --help         this text`

const { values } = readCommandLine(USAGE, () => parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: '_site' },
    data: { type: 'string', default: 'build/timeline.json' },
    // The cache folder: extraction results in extract/, the record of the last build's pages in pages/.
    cache: { type: 'string', default: '.cache/salvo' },
  },
}))
// Lines name changed files and quote articles and errors: their control characters are shown, never sent (src/escape-terminal.ts).
const log = (line: string): void => void process.stderr.write(escapeTerminalLines(line) + '\n')
const dataFile = path.resolve(values.data)
process.env.SALVO_TIMELINE = dataFile

// 1. The output folder is this server's for as long as it runs: it takes the folder's lock, which a build into the same
//    folder finds and refuses to wait for, and lets it go however it stops, Ctrl+C included (src/publish/output-lock.ts).
//    Then a full build, so the served folder is complete before anything is served; like every build, it first puts
//    back an output that a killed build left moved aside (recoverInterruptedSwap).
try {
  const outputLock = await takeOutputLock(outputPlace(values.out), { command: 'start', waitMs: defaultBuildOptions.lockWaitMs, log })
  const first = await buildSite({ seedsDir: values.seeds, outDir: values.out, dataFile, cacheDir: path.join(values.cache, 'extract'), pageCacheDir: path.join(values.cache, 'pages'), today: buildDay(), log, outputLock })
  if (!first.ok || first.timeline === undefined) process.exit(1)
  // The served Eleventy renders this timeline until the next change (eleventy.config.js, loadTimeline).
  handTimelineToEleventy(first.timeline)
} catch (error) {
  // The output folder or the disk under it: one sentence with the path and the fix (src/publish/output-error.ts).
  const problem = explainFilesystemError(error, values.out)
  log(error instanceof KnowledgeError ? `Salvo: a knowledge file is malformed, so nothing was built.\n  ${error.message}` : problem !== null ? `Salvo: ${problem.message}` : String(error))
  process.exit(1)
}

// 2. Re-run the pipeline when articles, corrections or knowledge change, and hand Eleventy the new timeline; Eleventy
//    watches the data file, written after, and rebuilds and reloads the browser.
let timer: NodeJS.Timeout | undefined
let running: Promise<void> = Promise.resolve()
const rerun = (reason: string): void => {
  clearTimeout(timer)
  timer = setTimeout(() => {
    running = running.then(async () => {
      try {
        const { timeline, diagnostics, counts } = await runPipeline({ seedsDir: values.seeds, cacheDir: path.join(values.cache, 'extract'), today: buildDay() })
        for (const d of diagnostics) if (d.severity !== 'info') log(`  ${formatDiagnostic(d)}`)
        handTimelineToEleventy(timeline)
        await writeDataFile(dataFile, timelineData(timeline))
        log(`Salvo: ${reason} changed: re-extracted ${counts.extracted} article${counts.extracted === 1 ? '' : 's'} (${counts.cached} from the cache); ${counts.articles} articles, ${counts.events} events.`)
      } catch (error) {
        const message = error instanceof KnowledgeError ? `${error.message}` : error instanceof Error ? error.message : String(error)
        log(`Salvo: the rebuild failed, so the site keeps its last good data. ${message}`)
      }
    })
  }, 150)
}
for (const dir of [values.seeds, 'src/data']) watch(dir, { recursive: true }, (_event, file) => rerun(file ? path.join(dir, String(file)) : dir))

// 3. Serve with live reload.
const eleventy = new Eleventy('templates', values.out, { configPath: 'eleventy.config.js', source: 'cli', runMode: 'serve', quietMode: true })
await eleventy.init()
await eleventy.watch()
await eleventy.serve(Number(values.port))
log(`Salvo: serving at http://localhost:${values.port}/ (Ctrl+C to stop). Edit files in ${values.seeds}/ or src/data/ and the page reloads.`)
