import { parseArgs } from 'node:util'
import { buildSite } from '../src/publish/build-site.js'
import { KnowledgeError } from '../src/knowledge/load-knowledge.js'
import { buildDay } from './build-day.js'

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: '_site' },
    'no-cache': { type: 'boolean', default: false },
  },
})

try {
  const result = await buildSite({ strict: values.strict, seedsDir: values.seeds, outDir: values.out, today: buildDay(), ...(values['no-cache'] ? { cacheDir: null } : {}) })
  process.exitCode = result.ok ? 0 : 1
} catch (error) {
  if (error instanceof KnowledgeError) {
    process.stderr.write(`Salvo: a knowledge file is malformed, so nothing was built and ${values.out}/ was left as it was.\n  ${error.message}\n`)
    process.exit(1)
  }
  process.stderr.write(`Salvo: the build failed and ${values.out}/ was left as it was.\n${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
  process.exitCode = 1
}
