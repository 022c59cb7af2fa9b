import { watch } from 'node:fs'
import { parseArgs } from 'node:util'
import Eleventy from '@11ty/eleventy'
import { formatDiagnostic } from '../src/diagnostic.js'
import { buildSite } from '../src/publish/build-site.js'
import { runPipeline } from '../src/pipeline.js'
import { stableJson } from '../src/publish/stable-json.js'
import { writeFileAtomic } from '../src/publish/write-file-atomic.js'

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, seeds: { type: 'string', default: 'seeds' } } })
const log = (line: string): void => void process.stderr.write(line + '\n')

// 1. A full build first, so _site/ is complete before anything is served.
await buildSite({ seedsDir: values.seeds, log })

// 2. Re-run the pipeline when articles or knowledge change; Eleventy watches its data file and reloads the browser.
let timer: NodeJS.Timeout | undefined
const rerun = (): void => {
  clearTimeout(timer)
  timer = setTimeout(async () => {
    try {
      const { timeline, diagnostics, counts } = await runPipeline({ seedsDir: values.seeds })
      for (const d of diagnostics) log(`  ${formatDiagnostic(d)}`)
      await writeFileAtomic('build/timeline.json', stableJson(timeline))
      log(`Salvo: rebuilt data: ${counts.articles} articles, ${counts.events} events.`)
    } catch (error) {
      log(`Salvo: the rebuild failed; the site keeps its last good data. ${error instanceof Error ? error.message : String(error)}`)
    }
  }, 150)
}
for (const dir of [values.seeds, 'src/data']) watch(dir, { recursive: true }, rerun)

// 3. Serve with live reload.
const eleventy = new Eleventy('templates', '_site', { configPath: 'eleventy.config.js', source: 'cli', runMode: 'serve', quietMode: true })
await eleventy.init()
await eleventy.watch()
await eleventy.serve(Number(values.port))
log(`Salvo: serving at http://localhost:${values.port}/ (Ctrl+C to stop). Edit files in ${values.seeds}/ and the page reloads.`)
