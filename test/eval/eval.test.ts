import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/eval/evaluate.js'
import { GoldError, readGold } from '../../src/eval/gold.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

const run = promisify(execFile)

/** A folder holding `files` (name → text), for one test. */
function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-eval-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

const article = (date: string, body: string): string =>
  `---\ntitle: "A test article"\nsource: "Test Wire"\nurl: "https://example.org/${date}"\ndate: ${date}\n---\n${body}\n`

// Two small articles whose right answers are plain to a reader: one attack each that extraction
// reads, and one sentence about a 2020 strike that must give nothing.
const ARTICLES = {
  'one.md': article(
    '2024-01-22',
    'Rockets struck Ain al-Asad air base in western Iraq on Saturday, U.S. Central Command said. No one was hurt.\n\nIn January 2020, Iranian missiles hit the same base.',
  ),
  'two.md': article('2023-10-19', 'Two drones attacked U.S. forces at al-Tanf garrison in Syria on Wednesday, the Pentagon said.'),
}

describe('npm run eval: the score of extraction against a reader', () => {
  it('counts a match on day and place, a miss, a wrong figure and a sprung trap, each where it happened', async () => {
    const dir = folderWith({
      ...ARTICLES,
      'gold.yaml': [
        'articles:',
        '  one.md:',
        '    attacks:',
        '      - { day: 2024-01-20, place: Ain al-Assad, status: confirmed, killed: 0, injured: 0 }',
        '      - { day: 2024-01-20, place: erbil-air-base, sentence: "an attack the article does not report" }',
        '    nothing: ["Iranian missiles hit the same base"]',
        '  two.md:',
        '    attacks:',
        '      - { day: 2023-10-18, place: al-tanf, status: claimed, injured: 3 }',
      ].join('\n'),
    })
    const score = await evaluate(dir, path.join(dir, 'gold.yaml'), shippedKnowledge())
    expect({ gold: score.gold, extracted: score.extracted, matched: score.matched }).toEqual({ gold: 3, extracted: 2, matched: 2 })
    expect(score.precision).toBe(1)
    expect(score.recall).toBeCloseTo(2 / 3)
    expect(score.f1).toBeCloseTo(0.8)
    // Saturday's attack is confirmed by CENTCOM; the al-Tanf one is confirmed, not "claimed" as this gold says.
    expect(score.status).toEqual({ right: 1, of: 2 })
    // "No one was hurt" is 0 injured; no figure is given for the killed (0 expected), nor 3 injured at al-Tanf.
    expect(score.injured).toEqual({ right: 1, of: 2 })
    expect(score.traps).toEqual({ right: 1, of: 1 })
    expect(score.misses.map((m) => [m.article, m.kind])).toEqual(
      expect.arrayContaining([
        ['one.md', 'missed'],
        ['two.md', 'status'],
        ['two.md', 'injured'],
      ]),
    )
    expect(score.misses.find((m) => m.kind === 'missed')?.sentence).toBe('an attack the article does not report')
  })

  it('names the file, line and field of a gold entry it cannot use, with the fix', () => {
    const knowledge = shippedKnowledge()
    const cases: [string, RegExp][] = [
      [
        'articles:\n  one.md:\n    attacks:\n      - { day: 2024-01-20, place: Atlantis base }\n',
        /gold\.yaml:4: field `place` is "Atlantis base", which is not an id, name or alias/,
      ],
      [
        'articles:\n  one.md:\n    attacks:\n      - { day: 2024-02-30, place: al-tanf }\n',
        /gold\.yaml:4: field `day` must be the day of the attack, as YYYY-MM-DD/,
      ],
      ['articles:\n  one.md:\n    nothing: []\n', /gold\.yaml:2: "one\.md" has no `attacks:` list; write `attacks: \[\]`/],
      [
        'articles:\n  one.md:\n    attacks:\n      - { day: 2024-01-20, place: null, status: likely }\n',
        /gold\.yaml:4: field `status` must be one of confirmed, claimed, denied, reported/,
      ],
      [
        'articles:\n  one.md:\n    attacks:\n      - { day: 2024-01-20, place: null, killed: -1 }\n',
        /field `killed` must be a whole number, \[min, max\], or null/,
      ],
      ['articles:\n  one.md:\n    attacks:\n      - { day: 2024-01-20, place: null, base: x }\n', /field `base` is not read/],
    ]
    for (const [text, message] of cases) {
      const dir = folderWith({ 'gold.yaml': text })
      expect(() => readGold(path.join(dir, 'gold.yaml'), knowledge)).toThrow(GoldError)
      expect(() => readGold(path.join(dir, 'gold.yaml'), knowledge)).toThrow(message)
    }
  })

  it('prints the figures and each miss with its sentence; a bad gold file exits 1 with the line', async () => {
    const dir = folderWith({
      ...ARTICLES,
      'gold.yaml':
        'articles:\n  two.md:\n    attacks:\n      - { day: 2023-10-18, place: al-tanf }\n      - { day: 2023-10-17, place: al-tanf, sentence: "the day before" }\n',
      'bad.yaml': 'articles:\n  two.md:\n    attacks:\n      - { day: yesterday, place: al-tanf }\n',
    })
    const { stdout } = await run('npm', ['run', '--silent', 'eval', '--', dir, path.join(dir, 'gold.yaml')])
    expect(stdout).toMatch(/1 article, 2 attacks in the gold, 1 extracted \(dated to a day\), 1 matched on day and place/)
    expect(stdout).toMatch(/F1 +66\.7%/)
    expect(stdout).toMatch(/two\.md: missed the attack of 2023-10-17 al-tanf\n +"the day before"/)
    const json = await run('npm', ['run', '--silent', 'eval', '--', dir, path.join(dir, 'gold.yaml'), '--json'])
    expect((JSON.parse(json.stdout) as { recall: number }).recall).toBe(0.5)
    const bad = await run('npm', ['run', '--silent', 'eval', '--', dir, path.join(dir, 'bad.yaml')]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )
    expect(bad?.code).toBe(1)
    expect(bad?.stderr).toMatch(/bad\.yaml:4: field `day` must be the day of the attack/)
  })
})
