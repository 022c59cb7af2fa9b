import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { copyProject } from '../helpers/copy-project.js'
import { hashTree } from '../helpers/hash-tree.js'
import { runBuild, type CommandRun } from '../helpers/run-build.js'

/** One correction that applies and one that names no event, so the data holds a correction's outcome and a diagnostic on the corrections file. */
const CORRECTIONS = `
- target: {article: seeds/2023-10-30-iran-backed-militias-continue-to-attack-us-bases.md, quote: "the U.S. military attacked"}
  note: "The strikes hit two sites near Abu Kamal."
  reason: "Pentagon briefing."
- target: {event: 2023-10-19-nowhere-attack}
  suppress: true
  reason: "An event that is not there."
`

/** A built site and its data file, with what the build printed. */
interface Built {
  run: CommandRun
  site: Record<string, string>
  data: string
}

describe('the seeds folder can be anywhere: what a build publishes does not depend on where the articles were', () => {
  let project: string
  /** The same articles in a folder called something else, outside the project. */
  let elsewhere: string
  const builds = new Map<string, Built>()

  /** `npm run build -- --seeds <seeds>` in the project, into its own output folder and data file. */
  const build = async (name: string, seeds: string[]): Promise<Built> => {
    const out = `_site-${name}`
    const data = `build/${name}.json`
    const run = await runBuild([...seeds, '--out', out, '--data', data, '--no-cache'], { cwd: project })
    expect(run.code, run.stdout + run.stderr).toBe(0)
    return { run, site: await hashTree(path.join(project, out)), data: readFileSync(path.join(project, data), 'utf8') }
  }

  beforeAll(async () => {
    project = copyProject('salvo-seeds-anywhere-')
    // An article in a folder of its own, whose id keeps it: seeds/october/….
    mkdirSync(path.join(project, 'seeds', 'october'))
    const nested = '2023-10-24-white-house-iran-aiding-attacks.md'
    renameSync(path.join(project, 'seeds', nested), path.join(project, 'seeds', 'october', nested))
    writeFileSync(path.join(project, 'seeds', 'corrections.yaml'), CORRECTIONS)
    elsewhere = path.join(mkdtempSync(path.join(tmpdir(), 'salvo-elsewhere-')), 'newsroom', 'articles')
    cpSync(path.join(project, 'seeds'), elsewhere, { recursive: true })
    // Each into its own output folder, so they can run side by side.
    const [seeds, relative, absolute] = await Promise.all([
      build('seeds', []),
      build('relative', ['--seeds', path.relative(project, elsewhere)]),
      build('absolute', ['--seeds', elsewhere]),
    ])
    builds.set('seeds', seeds).set('relative', relative).set('absolute', absolute)
  }, 180_000)

  it('names every article seeds/<its path inside the folder> in the data, whatever the folder is called', () => {
    const data = builds.get('seeds')?.data ?? ''
    expect(data).toContain('"path":"seeds/october/2023-10-24-white-house-iran-aiding-attacks.md"')
    expect(data).toContain('"file":"seeds/corrections.yaml"')
    expect(data).not.toMatch(/newsroom|salvo-elsewhere|\.\.\//)
  })

  it('writes the same data file, byte for byte, from seeds/, from ../…/articles and from an absolute path', () => {
    const [seeds, relative, absolute] = ['seeds', 'relative', 'absolute'].map((name) => builds.get(name)?.data)
    expect(relative).toBe(seeds)
    expect(absolute).toBe(seeds)
  })

  it('publishes the same site, byte for byte: pages, feeds, open data and search index', () => {
    const [seeds, relative, absolute] = ['seeds', 'relative', 'absolute'].map((name) => builds.get(name)?.site)
    expect(Object.keys(seeds ?? {})).toEqual(
      expect.arrayContaining(['data/events.json', 'data/events.csv', 'feeds/events.atom', 'pagefind/pagefind-entry.json']),
    )
    expect(relative).toEqual(seeds)
    expect(absolute).toEqual(seeds)
  })

  it('still names in the terminal the real path an editor can open', () => {
    const printed = (name: string): string => `${builds.get(name)?.run.stdout ?? ''}${builds.get(name)?.run.stderr ?? ''}`
    expect(printed('seeds')).toMatch(/^ {2}seeds\/corrections\.yaml:5 \[warning\] target: /m)
    const shown = path.relative(project, path.join(elsewhere, 'corrections.yaml'))
    expect(shown).toMatch(/^\.\.\//)
    expect(printed('relative')).toContain(`  ${shown}:5 [warning] target: `)
    expect(printed('absolute')).toContain(`  ${shown}:5 [warning] target: `)
  })
})
