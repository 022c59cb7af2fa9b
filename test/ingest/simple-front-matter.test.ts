import { readFileSync, readdirSync, statSync } from 'node:fs'
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { readSimpleFrontMatter } from '../../src/ingest/simple-front-matter.js'

/** What the YAML parser makes of `matter`, as parseFrontMatter reads it: data and each key's file line, or null on an error. */
function byParser(matter: string): { data: unknown; fieldLines: Map<string, number> } | null {
  const lineCounter = new LineCounter()
  const doc = parseDocument(matter, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter, merge: false })
  if (doc.errors.length > 0) return null
  const fieldLines = new Map<string, number>()
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) fieldLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + 1)
    }
  }
  return { data: doc.toJS({ maxAliasCount: 0 }), fieldLines }
}

const KEYS = ['title', 'date', 'url', 'source', 'author', 'Title', 'a-b', 'x_1', 'null', 'True', 'false', 'yes', 'on', 'tags', 'a-', '_x', '1a']
const VALUES = [
  "'Drones hit Harir'",
  "'It''s over'",
  "''",
  "'unterminated",
  "'a' trailing",
  "'a' # note",
  '"Rockets: two"',
  '""',
  '"with \\" escape"',
  '"a\\nb"',
  '"a # b"',
  '"open',
  'Plain words',
  'plain: colon',
  'plain:colon',
  'https://example.org/a:b?c=d#e',
  'text # comment',
  'text\t# tab comment',
  'text#hash',
  'ends:',
  'yes',
  'no',
  'on',
  'null',
  'Null',
  '~',
  'true',
  'FALSE',
  'True story',
  '2024-01-28',
  '2024-1-28',
  '2024-01-28T10:00',
  '2024-01-28 x',
  '12',
  '-3',
  '0x1F',
  '0o17',
  '1e3',
  '1.5',
  '.inf',
  '.nan',
  '+1',
  '&anchor x',
  '*alias',
  '!tag x',
  '- item',
  '[a, b]',
  '{a: b}',
  '? x',
  '| x',
  '> x',
  '@x',
  '`x',
  '%x',
  ',x',
  'a [b] {c}, d',
  "Iran's militias",
  'He said "no"',
  'über Basis',
  'عين الأسد',
  'tab\tinside',
  'a  b',
  '\u00A0nbsp',
  'x\u0085y',
  'x\u2028y',
  'x\uFEFFy',
]

/** A deterministic stream of front matters from the keys and values above, with comments, blank and indented lines, and repeats. */
function* frontMatters(count: number): Generator<string> {
  let seed = 7
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let i = 0; i < count; i++) {
    const lines: string[] = []
    const n = 1 + next(6)
    for (let j = 0; j < n; j++) {
      const r = next(20)
      if (r === 0) lines.push('# a comment line')
      else if (r === 1) lines.push('')
      else if (r === 2) lines.push(`  ${KEYS[next(KEYS.length)]}: x`)
      else lines.push(`${KEYS[next(KEYS.length)]}:${' '.repeat(1 + next(2))}${VALUES[next(VALUES.length)]}${next(4) === 0 ? '  ' : ''}`)
    }
    yield `${lines.join('\n')}\n`
  }
}

describe('front matter of the simple shape', () => {
  it('reads exactly what the YAML parser reads, and leaves every other shape and every mistake to the parser', () => {
    let taken = 0
    for (const matter of frontMatters(20_000)) {
      const simple = readSimpleFrontMatter(matter)
      if (simple === null) continue
      taken++
      const parsed = byParser(matter)
      expect(parsed, matter).not.toBeNull()
      expect(simple.data, matter).toStrictEqual(parsed?.data)
      expect([...simple.fieldLines], matter).toEqual([...(parsed?.fieldLines ?? [])])
    }
    // Both kinds occur: the comparison above is not vacuous.
    expect(taken).toBeGreaterThan(1_000)
    expect(taken).toBeLessThan(18_000)
  })

  it('covers the front matter of nearly every seed and fixture, each read as the parser reads it', () => {
    const files = ['seeds', ...readdirSync('test/fixtures').map((d) => `test/fixtures/${d}`)].flatMap((dir) =>
      statSync(dir).isDirectory()
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.md') && f !== 'README.md')
            .map((f) => `${dir}/${f}`)
        : [],
    )
    let taken = 0
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
      if (!text.startsWith('---\n')) continue
      const matter = text.slice(4, text.indexOf('\n---', 3) + 1)
      const simple = readSimpleFrontMatter(matter)
      if (simple === null) continue
      taken++
      expect(simple.data, file).toStrictEqual(byParser(matter)?.data)
    }
    expect(taken / files.length).toBeGreaterThan(0.9)
  })

  it('gives each key the line it is on in the file, counting the opening --- as line 1', () => {
    const simple = readSimpleFrontMatter("# note\ntitle: 'A'\n\ndate: 2024-01-28\n")
    expect(simple).toBeNull() // a blank line is left to the parser
    expect([...(readSimpleFrontMatter("# note\ntitle: 'A'\ndate: 2024-01-28\n")?.fieldLines ?? [])]).toEqual([
      ['title', 3],
      ['date', 4],
    ])
  })
})
