// Issue 18: "The README's 'Adding an article' and 'Correcting events' sections are true as written: a test follows
// each one from a clean clone." This test reads the README itself, in a copy of the project laid out as a fresh
// clone: it runs the `npm run add` command the README shows (on a scraped page written for this test), writes the
// README's corrections verbatim to seeds/corrections.yaml, builds with `--strict` as the deploy workflow does, and
// checks that every correction applied and did what the README says. ("Seeing changes: npm start" is followed
// by watch-defaults.test.ts, with its default paths and a real browser.)
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TimelineData } from '../../src/model/timeline-data.js'
import { copyProject } from '../helpers/copy-project.js'
import { runBuild, type CommandRun } from '../helpers/run-build.js'

const README = readFileSync('README.md', 'utf8')

/** The text of the README section under `## heading`, to the next `## `. */
function section(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`)
  expect(start, `README has a section "${heading}"`).toBeGreaterThan(-1)
  const end = README.indexOf('\n## ', start + 4)
  return README.slice(start, end === -1 ? undefined : end)
}

/** The fenced code blocks of `lang` in `text`. */
const blocks = (text: string, lang: string): string[] => [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] ?? '')

/** Splits a shell command line into words, as sh would for the simple quoting the README uses. */
const words = (line: string): string[] => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '')

/** A page as an editor scrapes it: its title on the first line, the article below (written for this test). */
const SCRAPED = [
  'Drones target al-Tanf',
  '',
  'Drones targeted the al-Tanf garrison, a U.S. official said.',
  '',
  'On Tuesday, militants attacked U.S. forces at the Wadi Qasr outpost with rockets, a monitor said.',
  '',
].join('\n')

describe('the README, followed from a clean clone', () => {
  let dir: string
  let added: string
  let strict: CommandRun
  let data: TimelineData

  beforeAll(async () => {
    dir = copyProject('salvo-readme-')
    // "Adding an article": the command it shows for scraped text, run as npm would run it (its comment cut off).
    const lines = blocks(section('Adding an article'), 'sh').flatMap((b) => b.split('\n'))
    const command = (lines.find((l) => l.startsWith('npm run add -- scraped.txt')) ?? '').replace(/\s+#.*$/, '')
    const [npm, run, add, dashes, ...args] = words(command)
    expect([npm, run, add, dashes]).toEqual(['npm', 'run', 'add', '--'])
    writeFileSync(path.join(dir, args[0] ?? ''), SCRAPED)
    added = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/add.ts', ...args], {
      cwd: dir,
      env: { ...process.env, SALVO_TODAY: '2024-01-01' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // "Correcting events": every corrections block, as written.
    writeFileSync(path.join(dir, 'seeds', 'corrections.yaml'), blocks(section('Correcting events'), 'yaml').join(''))
    strict = await runBuild(['--strict'], { cwd: dir })
    data = JSON.parse(readFileSync(path.join(dir, 'build', 'timeline.json'), 'utf8')) as TimelineData
  }, 180_000)

  it('`npm run add` writes the file the README names, and says what it found', () => {
    expect(existsSync(path.join(dir, 'seeds', '2023-11-01-drones-target-al-tanf.md'))).toBe(true)
    expect(added).toContain('Extraction found 1 event')
  })

  it('every correction the README shows applies, and the build passes --strict', () => {
    expect(strict.stderr).toContain('0 errors, 0 warnings')
    expect(strict.code).toBe(0)
    const yaml = blocks(section('Correcting events'), 'yaml').join('')
    expect(data.corrections).toHaveLength(yaml.match(/^- target:/gm)?.length ?? -1)
    expect(data.corrections.filter((c) => c.result !== 'applied')).toEqual([])
  })

  it('each correction did what the README says it does', () => {
    const events = new Map(data.events.map((e) => [e.id, e]))
    // set: the date, weapons and toll of the LWJ assault.
    expect(events.get('2023-10-29-ain-al-asad-attack')).toMatchObject({ weapons: ['rocket'], injured: { min: 0, max: 0 } })
    // mergeInto: the statement is gone into the attack.
    expect(events.has('2023-10-22-us-central-command-statement')).toBe(false)
    // suppress: no attack on Green Village on Oct. 27.
    expect(events.has('2023-10-27-green-village-attack')).toBe(false)
    // note.
    expect(events.get('2023-10-18-al-tanf-attack')?.corrections?.some((c) => c.kind === 'note')).toBe(true)
    // report: the sentence is the group's claim.
    const claim = data.events.flatMap((e) => e.reports).find((r) => r.quote.startsWith('An umbrella group of Shiite militias'))
    expect(claim).toMatchObject({ status: 'claimed', claimant: 'Islamic Resistance in Iraq', claimantKind: 'militia' })
    // claimedBy.
    expect(events.get('2023-10-24-ain-al-asad-attack')?.claimedBy).toEqual(['Islamic Resistance in Iraq'])
    // A sentence without a day, placed.
    const tanf = data.events.find((e) => e.date === '2023-10-31' && e.location?.id === 'al-tanf')
    expect(tanf?.reports.map((r) => r.quote)).toEqual(['Drones targeted the al-Tanf garrison, a U.S. official said.'])
    // accept: the unknown outpost's warning is a note that says who accepted it and why.
    expect(data.diagnostics.find((d) => d.code === 'place-unknown')).toMatchObject({
      severity: 'info',
      message: expect.stringContaining('A temporary outpost whose position is not public.'),
    })
    // And the event page shows the audit trail.
    const page = readFileSync(path.join(dir, '_site', 'events', '2023-10-24-ain-al-asad-attack', 'index.html'), 'utf8')
    expect(page).toContain('Corrected by an editor')
  })
})
