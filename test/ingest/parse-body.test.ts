import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { parseFrontMatter } from '../../src/ingest/parse-front-matter.js'
import { describe, expect, it } from 'vitest'
import { markdownBlocks, parseBody, plainBlocks } from '../../src/ingest/parse-body.js'
import { articleFiles } from '../helpers/article-files.js'

describe('parseBody', () => {
  it('treats each line of scraped text that ends a sentence as a paragraph', () => {
    const body = 'First paragraph ends here.\nSecond one starts here.\nNo comments:\nPost a Comment\n'
    const paragraphs = parseBody(body, 7)
    expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual([
      'First paragraph ends here.',
      'Second one starts here.',
      'No comments:',
      'Post a Comment',
    ])
    expect(paragraphs.map((p) => p.line)).toEqual([7, 8, 9, 10])
  })

  it('keeps a hard-wrapped Markdown paragraph together and joins its sentence across the line break', () => {
    const body = 'Rockets were fired at the base by the\nIslamic Resistance in Iraq on Sunday.\n\nNext.\n'
    const paragraphs = parseBody(body, 1)
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0]?.sentences).toHaveLength(1)
    expect(paragraphs[0]?.sentences[0]?.text).toBe('Rockets were fired at the base by the\nIslamic Resistance in Iraq on Sunday.')
  })

  it('makes each row of a Markdown table a paragraph of its own, so that no row lends its day, place or toll to the next', () => {
    const body =
      'Attacks so far:\n\n| Date | Base | What happened |\n|---|---|---|\n| 21 Apr 2024 | Rumalyn | Rockets fired |\n| Tue 16 Jul | Ain al-Asad | Two drones |\n\nAfter the table.\n'
    expect(parseBody(body, 1).map((p) => body.slice(p.start, p.end))).toEqual([
      'Attacks so far:',
      '| Date | Base | What happened |',
      '|---|---|---|',
      '| 21 Apr 2024 | Rumalyn | Rockets fired |',
      '| Tue 16 Jul | Ain al-Asad | Two drones |',
      'After the table.',
    ])
  })

  it('starts a sentence at each line of a video transcript that opens with a time stamp, full stop or not', () => {
    const body =
      '**Transcript**\n\n**0:12** ok so the drone hit the base late on sunday\n**0:40** and the ministry says four were killed there\n1:05 Chapter: what comes next\n'
    const [, transcript] = parseBody(body, 1)
    expect(transcript?.sentences.map((s) => s.text)).toEqual([
      '**0:12** ok so the drone hit the base late on sunday',
      '**0:40** and the ministry says four were killed there',
      '1:05 Chapter: what comes next',
    ])
  })

  it('ends a sentence after a run-in heading on a line of its own, but not after the first line of a wrapped paragraph', () => {
    const body =
      '🔹 **Sun 3 Dec · near Kirkuk** — NOT AN ATTACK ON U.S. FORCES\nA U.S. drone struck a launch team.\n\n**BAGHDAD** — Rockets hit the base on\nMonday, officials said.\n'
    expect(parseBody(body, 1).map((p) => p.sentences.map((s) => s.text))).toEqual([
      ['🔹 **Sun 3 Dec · near Kirkuk** — NOT AN ATTACK ON U.S. FORCES', 'A U.S. drone struck a launch team.'],
      ['**BAGHDAD** — Rockets hit the base on\nMonday, officials said.'],
    ])
  })

  it("ends a sentence after a scraped page's crosshead, but not after a short line that goes on, nor a line before a short one", () => {
    const body =
      'Drones hit the base on Tuesday, local sources said.\nClaims in Hasakah\nBefore the al-Omar attack, the group said on Tuesday that its fighters had targeted Rumailan.\n\nRockets hit the base\non Monday, officials said in a statement on the attack.\n\nThe Kalsu blast\nIt was over.\n'
    expect(parseBody(body, 1).map((p) => p.sentences.map((s) => s.text))).toEqual([
      ['Drones hit the base on Tuesday, local sources said.'],
      ['Claims in Hasakah', 'Before the al-Omar attack, the group said on Tuesday that its fighters had targeted Rumailan.'],
      ['Rockets hit the base\non Monday, officials said in a statement on the attack.'],
      ['The Kalsu blast\nIt was over.'],
    ])
  })

  it('reads the text of headings, list items and block quotes with offsets that point into the body', () => {
    const body = '## Background\n\n- A drone hit the base.\n\n> “We will respond,” he said.\n'
    const paragraphs = parseBody(body, 1)
    expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual(['Background', 'A drone hit the base.', '“We will respond,” he said.'])
  })

  it('ends a scraped related-article line where it ends, so it does not run on into the paragraph under it', () => {
    const body = 'Advertisement\nRead also: Sudani says the coalition mission is over\nIn Syria, a drone struck the base on Sunday.\n'
    expect(parseBody(body, 1).map((p) => body.slice(p.start, p.end))).toEqual([
      'Advertisement',
      'Read also: Sudani says the coalition mission is over',
      'In Syria, a drone struck the base on Sunday.',
    ])
  })

  it('reads a one-line setext heading as a heading, but scraped lines with a "---" separator under them as paragraphs', () => {
    const heading = 'Attacks on the bases\n---\n\nA drone hit the base on Monday.\n'
    const one = parseBody(heading, 1)
    expect(one.map((p) => [heading.slice(p.start, p.end), p.heading])).toEqual([
      ['Attacks on the bases', true],
      ['A drone hit the base on Monday.', false],
    ])
    const scraped = 'World » Middle East\nTwo drones were shot down near the base on Monday.\nThe group said it launched them.\n---\nShare: Facebook | X\n'
    const lines = parseBody(scraped, 1)
    expect(lines.map((p) => [scraped.slice(p.start, p.end), p.heading])).toEqual([
      // a line that ends no sentence runs on into the next, as in any scraped paragraph
      ['World » Middle East\nTwo drones were shot down near the base on Monday.', false],
      ['The group said it launched them.', false],
      ['Share: Facebook | X', false],
    ])
  })
})

describe('a body of plain paragraphs is split into blocks without a parse', () => {
  it('gives remark-parse’s blocks for every body in the seeds and fixtures, or leaves it to remark', () => {
    let plain = 0
    for (const file of [...articleFiles('seeds'), ...articleFiles('test/fixtures')]) {
      const raw = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
      const parsed = parseFrontMatter(raw)
      // Without front matter, or with a malformed one, the whole file is still a body to split.
      const body = parsed !== null && 'content' in parsed ? parsed.content : raw
      const fast = plainBlocks(body)
      if (fast !== null) plain++
      expect(fast ?? markdownBlocks(body), file).toEqual(markdownBlocks(body))
    }
    expect(plain).toBeGreaterThan(10)
  })

  it.each([
    ['One.\nTwo.\n\nThree.\n', true],
    ['\n\nLeading empty lines.', true],
    ['“Quoted,” he said.\n(Reuters) — more', true],
    ['Inline *emphasis* and a [link](x) keep the blocks', true],
    ['1. A list', false],
    ['Text\n===', false],
    ['Text\n---', false],
    ['- A bullet', false],
    ['# A heading', false],
    ['> A quote', false],
    ['    Indented code', false],
    ['<div>html</div>', false],
    ['[ref]: https://example.org', false],
    ['Trailing spaces  \nbreak', false],
    ['One.\n   \nTwo.', false],
    ['Tab\there', false],
  ])('%j is plain: %s', (body, plain) => {
    expect(plainBlocks(body) !== null).toBe(plain)
    expect(plainBlocks(body) ?? markdownBlocks(body)).toEqual(markdownBlocks(body))
    // Exactly remark's blocks when it takes the body, and nothing (`null`, for remark to parse) when it declines.
    expect(plainBlocks(body)).toEqual(plain ? markdownBlocks(body) : null)
  })

  it('agrees with remark-parse on generated bodies, whenever it does not decline', () => {
    // A fast path that declined everything would agree vacuously: count the bodies with a block it takes.
    let runs = 0
    let taken = 0
    const agrees = (body: string): boolean => {
      const fast = plainBlocks(body)
      runs++
      if (fast !== null && fast.length > 0) taken++
      return fast === null || JSON.stringify(fast) === JSON.stringify(markdownBlocks(body))
    }
    const piece = fc.constantFrom(
      'a',
      'Bc',
      'é',
      '中',
      '1',
      '12',
      '2023',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\n \n',
      '.',
      ')',
      '(',
      '-',
      '—',
      '"',
      '“',
      ':',
      '!',
      '?',
      '…',
      '$',
      '*',
      '_',
      '#',
      '>',
      '<',
      '[',
      ']',
      '=',
      '+',
      '`',
      '~',
      '|',
      '\t',
      '&',
      '\\',
      '\uFEFF',
      '\u00A0',
      '\u2028',
      '\0',
      '\r',
    )
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')),
        agrees,
      ),
      { numRuns: 5000 },
    )
    // About 15% of these bodies are plain and not empty.
    expect(taken / runs).toBeGreaterThan(0.1)
    runs = 0
    taken = 0
    // Several lines, mostly plain, near the edges of the rule: line starts, list numbers, underlines, trailing spaces.
    const start = fc.constantFrom('A', 'é', '1', '1.', '2)', '12.', '“', '(', '-', '=', '#', '>', ' ', '*', '—', '')
    const rest = fc.array(fc.constantFrom('a', 'b c', '.', ')', ' ', '-', '=', '*', '[x]', '<b>', '`'), { maxLength: 5 }).map((parts) => parts.join(''))
    const line = fc.tuple(start, rest).map(([a, b]) => a + b)
    const body = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\n\n\n')), { maxLength: 8 }).map((lines) => lines.map(([l, sep]) => l + sep).join(''))
    fc.assert(fc.property(body, agrees), { numRuns: 5000 })
    // About 11% of these.
    expect(taken / runs).toBeGreaterThan(0.05)
  })
})
