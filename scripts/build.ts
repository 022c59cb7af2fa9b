import { parseArgs } from 'node:util'
import { buildSite } from '../src/publish/build-site.js'

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: '_site' },
  },
})

try {
  const result = await buildSite({ strict: values.strict, seedsDir: values.seeds, outDir: values.out })
  process.exitCode = result.ok ? 0 : 1
} catch (error) {
  process.stderr.write(`Salvo: the build failed and ${values.out}/ was left as it was.\n${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
  process.exitCode = 1
}
