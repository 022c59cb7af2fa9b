// Issue 18: "Every hint Salvo prints names a fix that works, and a test applies each hint's fix." For each bad
// article in test/fixtures/bad-input, this takes the diagnostic Salvo gives, does what its message says (taking
// the example it gives where it gives one: `date: 2023-10-24`, a field to rename, a line to add), and reads the
// folder again: the article is now read, with no error or warning left about it. (The extraction and corrections
// hints are applied in test/editorial/hints-work.test.ts.)
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Diagnostic, DiagnosticCode } from '../../src/model/diagnostic.js'
import { runPipeline } from '../../src/pipeline.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

const FIXTURES = 'test/fixtures/bad-input'

/** The example a message gives in backticks after "for example" or "Add a line", e.g. `date: 2023-10-24`. */
const example = (message: string): string => {
  const found = /(?:for example|Add a line|Put the value in quotes:|write it as) `([^`]+)`/.exec(message)?.[1]
  expect(found, `an example in: ${message}`).toBeDefined()
  return (found as string).replace('…', 'Drone attack on al-Tanf')
}

/** Replaces line `line` (1-based) of `text` with `replacement`. */
const replaceLine = (text: string, line: number, replacement: string): string =>
  text
    .split('\n')
    .map((l, i) => (i === line - 1 ? replacement : l))
    .join('\n')

type Fix = (text: string, d: Diagnostic) => string

/** Each bad article, the diagnostic it draws, and the fix its message names, applied as an editor would. */
const CASES: [file: string, code: DiagnosticCode, fix: Fix][] = [
  // "Put values containing a colon or quote mark inside double quotes": close the quote on that line.
  ['01-invalid-yaml.md', 'front-matter-invalid', (t) => t.replace('title: "Unclosed quote', 'title: "Unclosed quote"')],
  // "Add a line `title: "…"` to the front matter."
  ['02-missing-title.md', 'field-missing', (t, d) => t.replace('---\n', `---\n${example(d.message)}\n`)],
  // "Write the title between the quotes."
  ['03-empty-title.md', 'field-empty', (t, d) => replaceLine(t, d.line ?? 0, 'title: "Drone attack on al-Tanf"')],
  // "Add it, for example `date: 2023-10-24`."
  ['04-missing-date.md', 'date-missing', (t, d) => t.replace('---\n', `---\n${example(d.message)}\n`)],
  ['05-invalid-date.md', 'date-invalid', (t, d) => replaceLine(t, d.line ?? 0, example(d.message))],
  ['06-impossible-date.md', 'date-invalid', (t, d) => replaceLine(t, d.line ?? 0, example(d.message))],
  ['31-date-as-number.md', 'date-invalid', (t, d) => replaceLine(t, d.line ?? 0, example(d.message))],
  // "Check the year and the month": the day it was published, not one after the build.
  ['07-future-date.md', 'date-future', (t, d) => replaceLine(t, d.line ?? 0, 'date: 2023-10-24')],
  // "Put the value in quotes: `title: "…"`."
  ['08-title-is-a-number.md', 'field-not-text', (t, d) => replaceLine(t, d.line ?? 0, example(d.message))],
  ['09-source-is-a-list.md', 'field-not-text', (t, d) => replaceLine(t, d.line ?? 0, example(d.message).replace('Drone attack on al-Tanf', 'Reuters'))],
  // "Did you mean `date`? Rename it."
  [
    '10-misspelt-date-field.md',
    'field-unknown',
    (t, d) => {
      const [, wrong, right] = /Unknown field `([^`]+)` is ignored\. Did you mean `([^`]+)`\? Rename it\./.exec(d.message) ?? []
      expect(right).toBe('date')
      return replaceLine(t, d.line ?? 0, (t.split('\n')[(d.line ?? 0) - 1] ?? '').replace(`${wrong}:`, `${right}:`))
    },
  ],
  // "Start it with a `---` line, then `title:`, `source:`, `url:` and `date:` lines, then `---`."
  [
    '14-no-front-matter.md',
    'front-matter-missing',
    (t) => `---\ntitle: "Drones hit al-Tanf"\nsource: "Gulf Wire"\nurl: "https://example.org/14"\ndate: 2023-10-24\n---\n${t}`,
  ],
  // "… `original: {source: "Daily Caller News Foundation", url: "https://…"}`": the outlet as `source`, the url left out (it is optional).
  ['26-original-is-text.md', 'original-invalid', (t, d) => replaceLine(t, d.line ?? 0, 'original: {source: "Breitbart"}')],
  // "must be `true` or `false`, without quotes" (and true asks for a dateNote, so false).
  ['27-date-inferred-not-boolean.md', 'date-inferred-invalid', (t, d) => replaceLine(t, d.line ?? 0, 'dateInferred: false')],
  // "Paste the article body below the closing `---`."
  ['29-no-body.md', 'body-empty', (t) => `${t.trimEnd()}\nTwo drones struck the al-Tanf garrison on Monday, U.S. officials said.\n`],
  // "Make the first line exactly `---`."
  // "… and write the fields as YAML (`title: "…"`)": the same fields, as YAML (the code they held never runs).
  [
    '38-front-matter-js.md',
    'front-matter-invalid',
    (t) => replaceLine(replaceLine(t, 1, '---'), 2, 'title: "Pwned"\nsource: "x"\nurl: "https://example.org/38"\ndate: 2023-10-24'),
  ],
  // "Give the article's web address, starting with https://, with any space … percent-encoded (%20, %22)."
  ['47-url-with-space.md', 'url-invalid', (t, d) => replaceLine(t, d.line ?? 0, 'url: "https://example.org/a%20b"')],
  ['23-javascript-url.md', 'url-invalid', (t, d) => replaceLine(t, d.line ?? 0, 'url: "https://example.org/23"')],
  // "Give the archived copy's web address, starting with https:// …, or remove the line": the archive's address.
  ['54-archived-not-http.md', 'archived-invalid', (t, d) => replaceLine(t, d.line ?? 0, 'archived: "https://web.archive.org/web/2023/https://example.org/54"')],
  // "Write each value out in full."
  ['49-yaml-anchors.md', 'front-matter-invalid', (t) => t.replace('&outlet ', '').replace('*outlet', '"Gulf Wire (synthetic)"')],
  // "Keep one of the two lines."
  ['51-duplicate-field.md', 'front-matter-invalid', (t) => t.replace('title: "Second title"\n', '')],
  // "Add a `---` line after the last field, before the article text."
  // (Its other warning, no url, says "Add `url: "https://…"`".)
  ['52-unclosed-front-matter.md', 'front-matter-invalid', (t) => t.replace('date: 2023-10-24\n', 'date: 2023-10-24\nurl: "https://example.org/52"\n---\n')],
]

/** What Salvo says about `name` when it reads a folder holding only that article. */
async function read(dir: string, name: string): Promise<{ read: boolean; problems: Diagnostic[] }> {
  const { timeline, diagnostics } = await runPipeline({ seedsDir: dir, knowledge: shippedKnowledge(), cacheDir: null, today: '2025-01-01' })
  return {
    read: timeline.articles.some((a) => a.path.endsWith(name)),
    problems: diagnostics.filter((d) => d.file.endsWith(name) && d.severity !== 'info'),
  }
}

describe('each input hint names a fix that works', () => {
  it.each(CASES)('%s (%s): doing what the message says makes the article readable', async (name, code, fix) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-input-hint-'))
    try {
      const file = path.join(dir, name)
      copyFileSync(path.join(FIXTURES, name), file)
      const before = await read(dir, name)
      const hint = before.problems.find((d) => d.code === code)
      expect(hint, `${name} draws ${code}`).toBeDefined()
      writeFileSync(file, fix(readFileSync(file, 'utf8'), hint as Diagnostic))
      const after = await read(dir, name)
      expect(after.problems).toEqual([])
      expect(after.read).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
