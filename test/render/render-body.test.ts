import fc from 'fast-check'
import remarkHtml from 'remark-html'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { readArticle } from '../../src/ingest/read-articles.js'
import { plainParagraphHtml, renderBody } from '../../src/render/render-body.js'
import { articleFiles } from '../helpers/article-files.js'

// The reference: remark-html as render-body.ts configures it, always parsing.
const remark = unified().use(remarkParse).use(remarkHtml, { sanitize: true })
const parsed = (markdown: string): string => String(remark.processSync(markdown))

describe('a plain paragraph renders without a parse, to the same bytes', () => {
  it('gives remark-html’s output for every paragraph of the seeds and fixtures, or leaves it to remark', async () => {
    let plain = 0
    let parsedCount = 0
    for (const file of [...articleFiles('seeds'), ...articleFiles('test/fixtures')]) {
      const { article } = await readArticle(file)
      for (const p of article?.paragraphs ?? []) {
        const markdown = article?.body.slice(p.start, p.end) ?? ''
        const fast = plainParagraphHtml(markdown)
        if (fast === null) parsedCount++
        else plain++
        expect(fast ?? parsed(markdown), `${file}, line ${p.line}`).toBe(parsed(markdown))
        expect(renderBody(markdown)).toBe(parsed(markdown))
      }
    }
    // Most news paragraphs are plain; the fixtures also hold links, emphasis, lists and HTML.
    expect(plain).toBeGreaterThan(200)
    expect(parsedCount).toBeGreaterThan(20)
  })

  it.each([
    ['Rockets hit al-Asad on Monday, U.S. officials said.', true],
    ['Two lines\nsoftly broken.', true],
    ['“Quoted,” he said — 12% (about $4/day)…', true],
    // Private-use characters once marked passages in the text; now they are text remark renders like any other.
    ['\uE0000\uE000Rockets hit\uE0010\uE001 the base.', false],
    ['1. A list item', false],
    ['2023. The year', false],
    ['Ends with two spaces  \nthen a hard break', false],
    ['Ends with a space ', false],
    ['    indented code', false],
    ['- a bullet', false],
    ['A title\n===', false],
    ['AT&T', false],
    ['a <b>tag</b>', false],
    ['*emphasis*', false],
    ['snake_case', false],
    ['[a link](https://example.org)', false],
    ['> a quote', false],
    ['# a heading', false],
    ['a\ttab', false],
    ['a\u00A0non-breaking space', false],
    ['\uFEFFa byte-order mark', false],
    ['', false],
  ])('%j is plain: %s', (markdown, plain) => {
    expect(plainParagraphHtml(markdown) !== null).toBe(plain)
    expect(renderBody(markdown)).toBe(parsed(markdown))
    // remark's bytes when it takes the paragraph, `null` (for remark to render) when it declines.
    expect(plainParagraphHtml(markdown)).toBe(plain ? parsed(markdown) : null)
  })

  it('agrees with remark-html on generated text, whenever it does not decline', () => {
    // A fast path that declined everything would agree vacuously: count what it takes.
    let runs = 0
    let taken = 0
    const agrees = (markdown: string): boolean => {
      const fast = plainParagraphHtml(markdown)
      runs++
      if (fast !== null) taken++
      return fast === null || fast === parsed(markdown)
    }
    const piece = fc.oneof(
      fc.constantFrom(
        'a',
        'Z',
        'é',
        'e\u0301',
        'Ж',
        '中',
        '1',
        '12',
        '2023',
        ' ',
        '  ',
        '\n',
        '\n\n',
        '.',
        ',',
        ')',
        '(',
        '-',
        '--',
        '–',
        '—',
        '…',
        ':',
        '/',
        '%',
        '$',
        '@',
        '!',
        '?',
        '"',
        "'",
        '“',
        '”',
        '‘',
        '’',
        '\uE000',
        '\uE001',
        '\u00A0',
        '\t',
        '\r',
        '&',
        '&amp;',
        '<',
        '>',
        '[',
        ']',
        '*',
        '_',
        '`',
        '#',
        '=',
        '+',
        '~',
        '|',
        '\\',
        '\u200B',
        '\uFEFF',
        '\u2028',
        '\0',
      ),
      fc.string({ maxLength: 4 }),
    )
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 16 }).map((parts) => parts.join('')),
        agrees,
      ),
      { numRuns: 5000 },
    )
    // About 10% of this mixed text is a plain paragraph.
    expect(taken / runs).toBeGreaterThan(0.05)
    runs = 0
    taken = 0
    // Mostly plain text, near the edges of the rule: line starts, digits before `.` and `)`, spaces before line breaks.
    const near = fc.constantFrom('a', 'Bc', 'é', '1', '12', '2023', ' ', '  ', '\n', '.', ')', '(', '-', '—', '"', '“', ':', '!', '?', '…', '$', '%', '/')
    fc.assert(
      fc.property(
        fc.array(near, { maxLength: 16 }).map((parts) => parts.join('')),
        agrees,
      ),
      { numRuns: 5000 },
    )
    // About a third of this.
    expect(taken / runs).toBeGreaterThan(0.2)
  })
})
