import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Paragraph } from './article.js'
import { splitSentences } from './split-sentences.js'

/** See `read-articles.ts`: paragraphs longer than this are not split into sentences. */
export const MAX_PARAGRAPH_CHARS = 20_000

interface MdNode {
  type: string
  depth?: number
  children?: MdNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

/** Block types whose text we keep; containers (lists, quotes) are walked into. */
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'html', 'code', 'tableCell'])

const parser = unified().use(remarkParse)

/** A line that ends a sentence: scraped text puts one paragraph on each such line. */
const ENDS_SENTENCE = /[.!?:…"”’)\]]\s*$/

/** Counts line breaks in `text` before `offset`, giving a 1-based line number relative to `text`. */
function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

/**
 * Splits a Markdown block into paragraphs at line breaks that follow the end of a
 * sentence. Scraped articles put one paragraph per line without blank lines between;
 * hard-wrapped Markdown breaks lines mid-sentence, and those lines stay together.
 */
function splitBlock(body: string, start: number, end: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  let spanStart = start
  let cursor = body.indexOf('\n', start)
  while (cursor !== -1 && cursor < end) {
    if (ENDS_SENTENCE.test(body.slice(spanStart, cursor))) {
      spans.push({ start: spanStart, end: cursor })
      spanStart = cursor + 1
    }
    cursor = body.indexOf('\n', cursor + 1)
  }
  spans.push({ start: spanStart, end })
  return spans
}

/**
 * Parses an article body with remark-parse into paragraphs and sentences, keeping
 * offsets into `body` so later stages can quote exactly. `bodyLine` is the file line
 * where the body starts.
 */
export function parseBody(body: string, bodyLine: number): Paragraph[] {
  const tree = parser.parse(body) as MdNode
  const lineStarts = [0]
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1)

  const paragraphs: Paragraph[] = []
  const visit = (node: MdNode): void => {
    if (LEAF_BLOCKS.has(node.type) && node.position) {
      let start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? start
      if (node.type === 'heading') start += /^#{1,6}[ \t]*/.exec(body.slice(start, end))?.[0].length ?? 0
      for (const span of splitBlock(body, start, end)) {
        const text = body.slice(span.start, span.end)
        if (text.trim() === '') continue
        // Line breaks inside a paragraph are soft: segment as if they were spaces (same length).
        // An oversized paragraph is not segmented (the clean stage sets it aside): splitting is super-linear.
        const sentences = text.length > MAX_PARAGRAPH_CHARS ? [] : splitSentences(text.replace(/\r?\n|\r/g, (m) => ' '.repeat(m.length)), span.start)
        for (const s of sentences) s.text = body.slice(s.start, s.end)
        paragraphs.push({
          start: span.start,
          end: span.end,
          line: bodyLine + lineAt(lineStarts, span.start) - 1,
          heading: node.type === 'heading',
          sentences,
          setAside: null,
        })
      }
      return
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(tree)
  return paragraphs
}
