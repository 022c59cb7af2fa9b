// npm start: build the site, serve it with live reload, and rebuild when an article,
// a knowledge file or a correction changes. Only changed articles are re-extracted
// (the extraction cache); pipeline code changes need a restart.
import { watch } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import Eleventy from '@11ty/eleventy'
import { formatDiagnostic } from '../src/diagnostic.js'
import { KnowledgeError } from '../src/knowledge/load-knowledge.js'
import { buildSite } from '../src/publish/build-site.js'
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
const log = (line: string): void => void process.stderr.write(line + '\n')
const dataFile = path.resolve(values.data)
process.env.SALVO_TIMELINE = dataFile

// 1. A full build first, so the served folder is complete before anything is served.
try {
  const first = await buildSite({ seedsDir: values.seeds, outDir: values.out, dataFile, cacheDir: path.join(values.cache, 'extract'), pageCacheDir: path.join(values.cache, 'pages'), today: buildDay(), log })
  if (!first.ok || first.timeline === undefined) process.exit(1)
  // The served Eleventy renders this timeline until the next change (eleventy.config.js, loadTimeline).
  handTimelineToEleventy(first.timeline)
} catch (error) {
  log(error instanceof KnowledgeError ? `Salvo: a knowledge file is malformed, so nothing was built.\n  ${error.message}` : String(error))
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
