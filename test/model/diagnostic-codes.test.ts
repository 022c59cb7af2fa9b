import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { collectFindings, KIND_OF, type Finding } from '../../src/editorial/check-findings.js'
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../../src/model/diagnostic.js'
import { runPipeline } from '../../src/pipeline.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

const run = promisify(execFile)
const TODAY = '2025-01-01'
const CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]

/** The codes test/reliability/bad-input.test.ts checks, each on the bad input of its row in cases.yaml. */
const casesYaml = parse(readFileSync('test/fixtures/bad-input/cases.yaml', 'utf8')) as Record<string, { code?: DiagnosticCode }>
const BAD_INPUT_CODES = new Set(Object.values(casesYaml).flatMap((c) => (c.code ? [c.code] : [])))

const article = (title: string, date: string, body: string, more = 'url: "https://example.org/x"'): string =>
  ['---', `title: "${title}"`, 'source: "Gulf Wire (synthetic)"', more, `date: ${date}`, '---', body, ''].filter((l) => l !== '').join('\n') + '\n'

/** `npm run check`'s findings for a seeds folder of `files` (`null` makes a folder), on a copy of seeds/ when `seeds` is true. */
async function check(files: Record<string, string | null>, seeds = false): Promise<Finding[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-codes-'))
  if (seeds) cpSync('seeds', dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    if (text === null) mkdirSync(path.join(dir, name))
    else writeFileSync(path.join(dir, name), text)
  }
  return findingsIn(dir)
}
const findingsIn = async (seedsDir: string): Promise<Finding[]> =>
  collectFindings((await runPipeline({ seedsDir, knowledge: shippedKnowledge(), today: TODAY })).timeline)
/** A corrections file applied to a copy of seeds/. */
const correct = (yaml: string): Promise<Finding[]> => check({ 'corrections.yaml': yaml }, true)

/**
 * A real input for each code that no bad-input case gives: together with cases.yaml, every code is
 * shown to be reachable. The sentences are the ones test/editorial/check.test.ts uses.
 */
const EXAMPLES: Partial<Record<DiagnosticCode, () => Promise<Diagnostic[]>>> = {
  'folder-unreadable': () => findingsIn(path.join(tmpdir(), 'salvo-no-such-seeds-folder')),
  'file-missing': async () => {
    const failed = await run('npx', ['tsx', 'scripts/extract.ts', 'no-such-file.md']).then(
      () => null,
      (error: { stdout: string; stderr: string }) => error,
    )
    if (!failed?.stdout) throw new Error(`scripts/extract.ts printed no JSON: ${failed?.stderr ?? 'it succeeded'}`)
    return (JSON.parse(failed.stdout) as { diagnostics: Diagnostic[] }).diagnostics
  },
  'url-missing': () => check({ '2023-10-24-no-url.md': article('No url', '2023-10-24', 'Nothing happened.', '') }),
  'date-note-missing': () =>
    check({ '2023-10-24-inferred.md': article('Inferred', '2023-10-24', 'Nothing happened.', 'url: "https://example.org/x"\ndateInferred: true') }),
  'txt-no-title': () => check({ '2023-10-24-one-line.txt': 'Only a title\n' }),
  'txt-no-metadata': () => check({ '2023-10-24-plain.txt': 'A plain title\nNothing happened.\n' }),
  'sentence-set-aside': () => check({}, true),
  'date-unresolved': () =>
    check({ '2023-11-02-undated.md': article('Rockets hit Ain al-Asad', '2023-11-02', 'Rockets hit Ain al-Asad air base, U.S. officials said.') }),
  'place-unknown': () =>
    check({
      '2023-11-03-unknown-base.md': article(
        'Drones hit a new base',
        '2023-11-03',
        'Two drones attacked the Zaytun Ridge base on Thursday, U.S. officials said.',
      ),
    }),
  'outside-campaign': () =>
    check({
      '2024-01-22-background.md': article(
        'Rockets hit Ain al-Asad',
        '2024-01-22',
        'Rockets struck Ain al-Asad air base on Saturday, U.S. officials said.\n\nOn March 23, 2023, a drone attack on a coalition base near Rumalyn killed a U.S. contractor.',
      ),
    }),
  'attack-without-site': () =>
    check({
      '2023-11-05-no-site.md': article(
        'Bases attacked',
        '2023-11-05',
        'Militias launched drones at bases housing U.S. troops on Saturday, U.S. officials said.',
      ),
    }),
  'duplicate-title': () =>
    check({
      '2023-11-03-a.md': article('Drones hit a new base', '2023-11-03', 'Nothing happened.', 'url: "https://example.org/a"'),
      '2023-11-04-b.md': article('Drones hit a new base', '2023-11-04', 'Nothing happened again.', 'url: "https://example.org/b"'),
    }),
  'duplicate-day-apart': () =>
    check({
      '2023-10-24-a.md': article(
        'Drones hit al-Tanf',
        '2023-10-24',
        'Two drones struck the al-Tanf garrison on Monday, U.S. officials said.',
        'url: "https://example.org/a"',
      ),
      '2023-10-25-b.md': article(
        'Al-Tanf attacked again',
        '2023-10-25',
        'Two drones struck the al-Tanf garrison on Tuesday, U.S. officials said.',
        'url: "https://example.org/b"',
      ),
    }),
  'corrections-unreadable': () => check({ 'corrections.yaml': null }, true),
  'correction-invalid': () => correct('- target: {event: 2023-10-18-al-tanf-attack}\n  suppress: true\n'),
  'correction-ambiguous': () => correct('- target: {date: 2023-10-22}\n  note: "Several."\n  reason: "Testing."\n'),
  'correction-refused': () => correct('- target: {event: 2023-10-18-al-tanf-attack}\n  set: {site: no-such-base}\n  reason: "Testing."\n'),
}

/** What each example gave (or the error that stopped it, for its own row to report), run once for both describes. */
const given = new Map<DiagnosticCode, Diagnostic[] | Error>()
beforeAll(async () => {
  for (const [code, example] of Object.entries(EXAMPLES) as [DiagnosticCode, () => Promise<Diagnostic[]>][])
    given.set(code, await example().catch((error: Error) => error))
})
const diagnosticsOf = (code: DiagnosticCode): Diagnostic[] => {
  const result = given.get(code)
  if (result instanceof Error) throw result
  return result ?? []
}

describe('every diagnostic code is given by a real input', () => {
  it('each code is a bad-input case (checked in test/reliability/bad-input.test.ts) or has an example here', () => {
    expect(CODES.filter((code) => !BAD_INPUT_CODES.has(code) && EXAMPLES[code] === undefined)).toEqual([])
  })

  it('no code is listed in both, so each example here is needed', () => {
    expect(CODES.filter((code) => BAD_INPUT_CODES.has(code) && EXAMPLES[code] !== undefined)).toEqual([])
  })

  it.each(Object.keys(EXAMPLES))('%s', (code) => {
    const diagnostics = diagnosticsOf(code as DiagnosticCode)
    expect(
      diagnostics.map((d) => d.code),
      JSON.stringify(diagnostics),
    ).toContain(code)
  })
})

describe("npm run check: each finding's kind comes from its code, never from its words", () => {
  /** `npm run check`'s findings on every example (all but `file-missing`, which `extract` gives). */
  const findings = (): Finding[] => [...given.keys()].flatMap((code) => (code === 'file-missing' ? [] : (diagnosticsOf(code) as Finding[])))

  it('gives every code a kind: the table is total, with nothing else in it', () => {
    expect(Object.keys(KIND_OF).sort()).toEqual([...CODES].sort())
  })

  it('reaches every kind on real input, each finding of the kind its code says', () => {
    for (const f of findings()) expect(f.kind, f.code).toBe(KIND_OF[f.code])
    expect(new Set(findings().map((f) => f.kind))).toEqual(new Set(Object.values(KIND_OF)))
  })

  // Each was misread when check searched fields and messages for words.
  it.each([
    [
      'an attack without a day in a .txt article is an unresolved date',
      { '2023-11-02-undated.txt': 'Rockets hit Ain al-Asad\nRockets hit Ain al-Asad air base, U.S. officials said.\n' },
      'date-unresolved',
      'unresolved date',
    ],
    [
      'an empty `target:` is an invalid correction, not one that found no event',
      { 'corrections.yaml': '- target: {}\n  suppress: true\n  reason: "Testing."\n' },
      'correction-invalid',
      'input',
    ],
    [
      'a front-matter field named `target` is input, not a correction',
      { '2023-11-06-a.md': article('Odd field', '2023-11-06', 'Nothing happened.', 'url: "https://example.org/a"\ntarget: "x"') },
      'field-unknown',
      'input',
    ],
    [
      'a front-matter field named `location` is input, not an unknown place',
      { '2023-11-06-a.md': article('Odd field', '2023-11-06', 'Nothing happened.', 'url: "https://example.org/a"\nlocation: "x"') },
      'field-unknown',
      'input',
    ],
    [
      'a mergeInto that names no event is a correction that found no event',
      {
        'corrections.yaml':
          '- target: {event: 2023-10-22-us-central-command-statement}\n  mergeInto: {event: 2023-09-01-nowhere-attack}\n  reason: "Testing."\n',
      },
      'correction-no-target',
      'correction without target',
    ],
  ] as const)('%s', async (_name, files, code, kind) => {
    const found = (await check(files, 'corrections.yaml' in files)).filter((f) => f.code === code)
    expect(found.map((f) => f.kind)).toEqual([kind])
  })
})
