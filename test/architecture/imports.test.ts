import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importsOf as absoluteImportsOf } from '../../src/cache/import-graph.js'
import { filesUnder } from '../../src/files-under.js'

/** `src/…` paths of every module under `src/`. */
const modules = filesUnder('src')
  .filter((f) => /\.(ts|json)$/.test(f))
  .map((f) => f.split(path.sep).join('/'))

/** The `src/…` modules `file` (`src/…`) imports by relative path, as the extractor version finds them. */
const importsOf = (file: string): string[] => absoluteImportsOf(path.resolve(file)).map((f) => path.relative(process.cwd(), f).split(path.sep).join('/'))

/** The folder a module is in, `src/merge/x.ts` → `merge`; a module directly in `src/` is its own name, `src/timeline.ts` → `timeline`. */
const areaOf = (file: string): string => file.split('/')[1]?.replace(/\.ts$/, '') ?? file

/** The stages up to the data file: they never reach into what renders, publishes or edits it. */
const PIPELINE = ['ingest', 'clean', 'extract', 'knowledge', 'merge', 'cache', 'parallel']
const AFTER_PIPELINE = ['render', 'publish', 'site', 'editorial']

/** Modules directly in `src/` that import no stage, so the model may use them. */
const ROOT_HELPERS = ['escape-terminal', 'safe-slug', 'read-regular-file', 'read-yaml-file', 'files-under', 'project-root']

/** Each rule: which importing modules it covers, which imports it forbids, and why. */
const RULES: { name: string; from: (area: string) => boolean; to: (area: string) => boolean }[] = [
  { name: 'the model imports no stage', from: (a) => a === 'model', to: (a) => a !== 'model' && !ROOT_HELPERS.includes(a) },
  { name: 'a pipeline stage imports nothing that renders, publishes or edits', from: (a) => PIPELINE.includes(a), to: (a) => AFTER_PIPELINE.includes(a) },
  { name: 'merge and the timeline import no editorial code', from: (a) => a === 'merge' || a === 'timeline', to: (a) => a === 'editorial' },
  { name: "the timeline's shape imports no render code", from: (a) => a === 'timeline', to: (a) => a === 'render' },
  {
    name: 'knowledge is data the extractor reads: it imports no extraction code',
    from: (a) => a === 'knowledge',
    to: (a) => ['clean', 'extract', 'merge'].includes(a),
  },
  { name: 'render comes before publish: it imports nothing from publish', from: (a) => a === 'render', to: (a) => a === 'publish' },
]

/** Backwards imports allowed for now, `importer -> imported`: each entry is a debt to pay, and the list shrinks as they go. */
const KNOWN: string[] = []

/** Every import that breaks a rule, as `importer -> imported`. */
function violations(): string[] {
  const found: string[] = []
  for (const file of modules.filter((f) => f.endsWith('.ts'))) {
    for (const imported of importsOf(file)) {
      for (const rule of RULES) if (rule.from(areaOf(file)) && rule.to(areaOf(imported))) found.push(`${file} -> ${imported}`)
    }
  }
  return [...new Set(found)].sort()
}

describe('imports run with the stage order, never against it', () => {
  const found = violations()

  it('finds the modules and their imports', () => {
    expect(modules).toContain('src/pipeline.ts')
    expect(importsOf('src/pipeline.ts')).toContain('src/merge/merge-reports.ts')
    for (const file of modules.filter((f) => f.endsWith('.ts')))
      for (const imported of importsOf(file)) expect(modules, `${file} imports ${imported}`).toContain(imported)
  })

  it('no module imports against the stage order, beyond the known list', () => {
    expect(
      found.filter((v) => !KNOWN.includes(v)),
      RULES.map((r) => r.name).join('; '),
    ).toEqual([])
  })

  it('every import in the known list still exists: remove it from the list when it goes', () => {
    expect(KNOWN.filter((v) => !found.includes(v))).toEqual([])
  })

  it('the model imports no stage, not even through a module directly in src/', () => {
    const seen = new Set(modules.filter((f) => areaOf(f) === 'model'))
    for (const file of seen) for (const imported of importsOf(file)) if (imported.endsWith('.ts')) seen.add(imported)
    expect([...seen].filter((f) => areaOf(f) !== 'model' && !ROOT_HELPERS.includes(areaOf(f)))).toEqual([])
  })
})
