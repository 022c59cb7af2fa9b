import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../src/model/diagnostic.js'
import { escapeJsonForTerminal, escapeTerminal } from '../../src/escape-terminal.js'
import { buildFixture } from '../helpers/build-fixture.js'
import { runScript } from '../helpers/run-script.js'

/** What a terminal may act on: C0 (line feed aside, which the tests allow between lines), DEL, C1, line and paragraph separators, bidirectional controls. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
/** Sequences an article's file name or fields can carry: set the window title (OSC), clear the screen (CSI, 8-bit CSI), reverse the text (RLO). */
const OSC_TITLE = '\u001b]0;owned\u0007'
const CLEAR = '\u001b[2J'
const C1_CSI = '\u009b31m'
const RLO = '\u202e'

/**
 * A seeds folder whose one article carries escape sequences in its file name (which no
 * ingest rule can take out of a path), its title and outlet, and whose date is wrong, so
 * that every command has a diagnostic naming the file to print.
 */
function hostileSeeds(): { dir: string; name: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-terminal-'))
  const name = `2023-10-24-drones${OSC_TITLE}${CLEAR}${C1_CSI}${RLO}dm.md`
  writeFileSync(
    path.join(dir, name),
    [
      '---',
      `title: "Drones\\e]0;title\\a attack\\u202E base\\x9b2J"`,
      `source: "Wire\\e[31m"`,
      'date: 2023-13-40',
      '---',
      `Two drones attacked al-Tanf on Monday,${CLEAR} U.S. officials said.`,
      '',
    ].join('\n'),
  )
  return { dir, name }
}

describe('escapeTerminal', () => {
  it.each([
    ['ESC', `a${CLEAR}b`, 'a\\x1b[2Jb'],
    ['an OSC sequence ended by BEL', OSC_TITLE, '\\x1b]0;owned\\x07'],
    ['NUL, backspace and a carriage return', 'a\u0000b\u0008c\rd', 'a\\x00b\\x08c\\rd'],
    ['a line feed and a tab', 'a\nb\tc', 'a\\nb\\tc'],
    ['DEL', 'a\u007fb', 'a\\x7fb'],
    ['C1 controls: 8-bit CSI and OSC, NEL', `${C1_CSI}\u009d\u0085`, '\\x9b31m\\x9d\\x85'],
    [
      'bidirectional overrides and isolates',
      '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069',
      '\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069',
    ],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
  ])('shows %s as an escape', (_, text, shown) => {
    expect(escapeTerminal(text)).toBe(shown)
    expect(escapeTerminal(text)).not.toMatch(RAW_CONTROL)
  })

  it.each([
    ['plain text', 'Drone attack on Al-Tanf Garrison, 22 October 2023.'],
    ['letters beyond ASCII', 'Ain al-Asad · عين الأسد · Kata’ib Hezbollah “quoted” — 🚀 é ñ'],
    ['a non-breaking space and U+00A0–U+00FF', '\u00a0\u00ff'],
    ['a backslash', 'C:\\seeds\\x1b'],
  ])('leaves %s as it is', (_, text) => {
    expect(escapeTerminal(text)).toBe(text)
  })

  it('escapeJsonForTerminal leaves JSON that parses to the same value, with no raw control', () => {
    const value = { title: `a${CLEAR}b${C1_CSI}${RLO}\u007f\u2028\u2066`, n: [1, 'plain'] }
    const json = escapeJsonForTerminal(JSON.stringify(value, null, 2))
    expect(json.replace(/\n/g, '')).not.toMatch(RAW_CONTROL)
    expect(JSON.parse(json)).toEqual(value)
  })

  it('formatDiagnostic prints one line, with the file name, field and message escaped', () => {
    const line = formatDiagnostic({
      file: `seeds/a${OSC_TITLE}.md`,
      line: 2,
      field: `title${RLO}`,
      code: 'title-too-long',
      severity: 'error',
      message: `The title "x${CLEAR}\ny" is wrong.`,
    })
    expect(line).toBe('seeds/a\\x1b]0;owned\\x07.md:2 [error] title\\u202e: The title "x\\x1b[2J\\ny" is wrong.')
  })
})

describe('the commands print article text with its control characters escaped', () => {
  it('npm run extract: diagnostics and progress on stderr escaped, and JSON on stdout that still names the file exactly', async () => {
    const { dir, name } = hostileSeeds()
    const { stdout, stderr } = await runScript('extract', [dir])
    expect(stderr.replace(/\n/g, '')).not.toMatch(RAW_CONTROL)
    expect(stderr).toContain('\\x1b]0;owned\\x07\\x1b[2J\\x9b31m\\u202edm.md')
    expect(stdout.replace(/\n/g, '')).not.toMatch(RAW_CONTROL)
    const output = JSON.parse(stdout) as { diagnostics: { file: string }[] }
    expect(output.diagnostics.map((d) => d.file)).toContainEqual(expect.stringContaining(name))
  })

  it('npm run check: the table escaped; --json parses to the same file names', async () => {
    const { dir, name } = hostileSeeds()
    const table = await runScript('check', ['--seeds', dir])
    expect(table.code).toBe(1)
    expect(table.stdout.replace(/\n/g, '')).not.toMatch(RAW_CONTROL)
    expect(table.stdout).toContain('\\x1b]0;owned\\x07')
    const json = await runScript('check', ['--seeds', dir, '--json'])
    expect(json.stdout.replace(/\n/g, '')).not.toMatch(RAW_CONTROL)
    expect((JSON.parse(json.stdout) as { file: string }[]).map((f) => f.file)).toContainEqual(expect.stringContaining(name))
  })

  it('npm run add: refusals quoting the file name, and the preview of a hostile article, escaped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-terminal-'))
    const refused = await runScript('add', [path.join(dir, `scan${OSC_TITLE}.pdf`), '--source', 'Wire', '--date', '2023-10-24', '--seeds', dir])
    expect(refused.code).toBe(1)
    expect(refused.stderr.replace(/\n/g, '')).not.toMatch(RAW_CONTROL)
    expect(refused.stderr).toContain('scan\\x1b]0;owned\\x07.pdf is not a file Salvo imports')
    const text = path.join(dir, 'article.txt')
    writeFileSync(text, `Drones${RLO} attack al-Tanf${C1_CSI}\n\nTwo drones attacked al-Tanf on Monday,${CLEAR} U.S. officials said.\n`)
    const added = await runScript('add', [text, '--source', `Wire${CLEAR}`, '--date', '2023-10-24', '--seeds', dir])
    for (const output of [added.stdout, added.stderr]) expect(output.replace(/\n/g, '')).not.toMatch(RAW_CONTROL)
  })

  it('a build logs its diagnostics escaped', async () => {
    const { dir } = hostileSeeds()
    const site = await buildFixture(dir)
    for (const line of site.log) expect(line).not.toMatch(RAW_CONTROL)
    expect(site.log.join('\n')).toContain('\\x1b]0;owned\\x07')
  })
})
