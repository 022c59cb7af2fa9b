import { MONTH_WORD } from '../calendar.js'
import { dateLine } from './date-line.js'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Paragraph } from './article.js'
import { splitLineTable } from './line-table.js'
import { mergeRecordBlocks } from './record-block.js'
import { splitSentences } from './split-sentences.js'

/** See `read-articles.ts`: paragraphs longer than this are not split into sentences. */
export const MAX_PARAGRAPH_CHARS = 20_000

interface MdNode {
  type: string
  depth?: number
  children?: MdNode[]
  value?: string
  position?: { start: { offset?: number }; end: { offset?: number } }
}

/** Block types whose text we keep; containers (lists, quotes) are walked into. */
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'html', 'code', 'tableCell'])

const parser = unified().use(remarkParse)

/** A line that ends a sentence: scraped text puts one paragraph on each such line. */
const ENDS_SENTENCE = /[.!?:…"”’)\]]\s*$/

/**
 * A hard-wrapped line that ends on an abbreviation, not a sentence: a title always ("… said Maj. Gen.⏎Pat Ryder"), and
 * "U.S.", a month or a time when the next line goes on in lower case ("eight U.S.⏎personnel were injured").
 */
const ENDS_ON_A_TITLE = /\b(?:Gen|Lt|Col|Sgt|Maj|Capt|Adm|Brig|Cpl|Pvt|Spc|Pfc|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|St|No)\.\s*$/
const ENDS_ON_AN_ABBREVIATION = /\b(?:U\.S|U\.N|U\.K|a\.m|p\.m|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|e\.g|i\.e|approx|vs)\.\s*$/
const endsSentence = (text: string, nextLine: string): boolean =>
  ENDS_SENTENCE.test(text) && !ENDS_ON_A_TITLE.test(text) && !(ENDS_ON_AN_ABBREVIATION.test(text) && /^\s*[a-z]/.test(nextLine))

/**
 * A related-article line of a scraped page: "Read also: Sudani says the coalition's mission is over", "RELATED: …". A
 * headline, with no full stop, that must not run on into the paragraph under it (the clean stage sets it aside).
 */
const LINK_LINE = /^\s*[*_]{0,2}[([]?\s*(?:related|read more|read also|see also|also read|more|watch|listen|recommended|must read|trending)\s*:/i

/**
 * An advertisement's marker on a scraped page's line of its own: "Advertisement", "Story continues below advertisement".
 * It is a paragraph of its own, never the start of the next line's sentence ("Advertisement The base is al-Tanf, …").
 */
const AD_LINE =
  /^\s*(?:advertisement|advertising|sponsored content|story continues (?:below|after) (?:this )?(?:advertisement|ad)|continue reading (?:below|the main story)|scroll to continue(?: with content)?|skip advertisement)\s*$/i

/** A line of a Markdown table, as remark-parse without GFM leaves it inside a paragraph: "| 21 Apr 2024 | Rumalyn | … |". */
const TABLE_ROW = /^\s*\|.*\|\s*$/

/** A line with tabs between its cells, as a scraper leaves a table's row: a record of its own, as a Markdown row is. */
const TAB_ROW = /^[^\t\n]*\S[^\t\n]*\t[^\n]*$/

/**
 * A row of a chronology laid out in columns of spaces, as text pulled from a PDF leaves one: a day first, then two
 * cells or more, each after a run of two spaces or more ("23 Nov   Erbil airport, Iraq    drone; no casualties").
 */
const SPACED_ROW = new RegExp(String.raw`^\s{0,3}(?:\d{1,2}\s${MONTH_WORD}\.?|${MONTH_WORD}\.?\s\d{1,2}|\d{4}-\d{2}-\d{2})(?:,?\s\d{4})?\s{2,}\S.*?\S\s{2,}\S`)

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
    const line = body.slice(body.lastIndexOf('\n', cursor - 1) + 1, cursor)
    // A table's row is a record of its own ("| 21 Apr 2024 | Rumalyn | Rockets fired | None |"), and so is the line
    // before it: rows run into one another would lend one row's day, place and toll to the next. A related-article line
    // ends where it ends.
    const nextLine = body.slice(cursor + 1, Math.min(end, (body.indexOf('\n', cursor + 1) + 1 || end + 1) - 1))
    if (
      endsSentence(body.slice(spanStart, cursor), nextLine) ||
      TABLE_ROW.test(line) ||
      TABLE_ROW.test(nextLine) ||
      TAB_ROW.test(line) ||
      TAB_ROW.test(nextLine) ||
      SPACED_ROW.test(line) ||
      SPACED_ROW.test(nextLine) ||
      LINK_LINE.test(line) ||
      AD_LINE.test(line) ||
      AD_LINE.test(nextLine) ||
      // "17 October" on a scraped page's line of its own, over the entry it dates: a heading, not the entry's first words.
      (line.length === cursor - spanStart && dateLine(line) !== null && ENTRY_AFTER.test(nextLine))
    ) {
      spans.push({ start: spanStart, end: cursor })
      spanStart = cursor + 1
    }
    cursor = body.indexOf('\n', cursor + 1)
  }
  spans.push({ start: spanStart, end })
  return spans
}

/** A leaf block of the body: where its text starts and ends, and whether it is a heading. */
export interface Block {
  /** Offset of the text in the body (after a heading's `#` marks). */
  start: number
  /** Offset one past the block's last character. */
  end: number
  heading: boolean
}

/**
 * A paragraph that is one bold phrase and nothing else, "**Sunday 31 December**": a subheading as editors and live
 * blogs write one without `#`. A bold phrase that ends like a sentence stays a paragraph.
 */
const isBoldLine = (node: MdNode): boolean => {
  const [only, ...rest] = node.children ?? []
  if (node.type !== 'paragraph' || only === undefined || rest.length > 0 || only.type !== 'strong') return false
  const text = (only.children ?? []).map((c) => c.value ?? '').join('')
  return text.split(/\s+/).length <= 8 && !/[.!?:]$/.test(text.trim())
}

/** The leaf blocks remark-parse finds in `body`, in order. */
export function markdownBlocks(body: string): Block[] {
  const blocks: Block[] = []
  const visit = (node: MdNode): void => {
    if (LEAF_BLOCKS.has(node.type) && node.position) {
      let start = node.position.start.offset ?? 0
      let end = node.position.end.offset ?? start
      let heading = node.type === 'heading' || isBoldLine(node)
      if (node.type === 'heading') {
        const atx = /^#{1,6}[ \t]*/.exec(body.slice(start, end))
        if (atx) start += atx[0].length
        else {
          // A setext heading: its text, without the "---" or "===" line under it. Of more than one line, it is a page's
          // paragraph, scraped one sentence or line to a line, that a separator happens to follow, not a heading.
          end = body.lastIndexOf('\n', end - 1)
          if (end > start && body[end - 1] === '\r') end -= 1
          if (end <= start) end = node.position.end.offset ?? start
          else if (body.slice(start, end).trim().includes('\n')) heading = false
        }
      }
      blocks.push({ start, end, heading })
      return
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(parser.parse(body) as MdNode)
  return blocks
}

/**
 * A line that can only continue or start a paragraph: it opens with a letter, digit,
 * quote mark or bracket (no indent, `#`, `>`, `-`, `*`, `+`, `=`, `_`, `` ` ``, `~`,
 * `<`, `[` or `|`: no other block starts so), does not end in a space (no hard break,
 * nothing trimmed), and holds no tab, control character or byte-order mark.
 */
const PLAIN_LINE = /^[\p{L}\p{N}"'“”‘’(—–…$][^\t\0-\x1F\x7F\uFEFF]*(?<! )$/u
/** An ordered-list item ("1. ", "2023) "): a digit run then `.` or `)` then a space or the end. */
export const LIST_START = /^\d{1,9}[.)](?: |$)/

/**
 * The leaf blocks of a body made only of plain lines (`PLAIN_LINE`) and empty lines,
 * where every block is a paragraph: each run of lines between empty lines. Exactly what
 * `markdownBlocks` gives for such a body, without its parse (test/ingest/parse-body.test.ts
 * holds the two together); `null` for any other body.
 */
export function plainBlocks(body: string): Block[] | null {
  const blocks: Block[] = []
  let open: Block | null = null
  for (let start = 0; start <= body.length;) {
    const newline = body.indexOf('\n', start)
    const end = newline === -1 ? body.length : newline
    if (end === start) open = null
    else {
      const line = body.slice(start, end)
      if (!PLAIN_LINE.test(line) || LIST_START.test(line)) return null
      if (open === null) {
        open = { start, end, heading: false }
        blocks.push(open)
      } else open.end = end
    }
    start = end + 1
  }
  return blocks
}

/** A time stamp that opens a line: "**0:29** so recap first", "1:40 Friday's strikes". */
const STAMP_AFTER = /^[ \t]*(?:\*\*|__)?\d{1,2}:\d{2}(?::\d{2})?(?:\*\*|__)?[ \t]/
/**
 * A run-in heading on a line of its own: a bold lead, and after it only marks or a label in capitals: "🔹 **Sun 3 Dec ·
 * Erbil airport base** 📣", "**Sun 3 Dec, afternoon · near Kirkuk** — NOT AN ATTACK ON U.S. FORCES". The line under it is
 * not its sentence. A hard-wrapped paragraph's first line, "**BAGHDAD** — Rockets hit the base on", goes on.
 */
const HEADING_LINE =
  /^[^\p{L}\p{N}*_\n]{0,6}(?:\*\*|__)[^*_\n]{2,80}(?:\*\*|__)[^\p{L}\p{N}\n]{0,6}(?:[—–-]\s*[\p{Lu}\p{N} .,'’/-]{2,60}[^\p{L}\p{N}\n]{0,6})?$/u

/** Whether the line break at `at` (of `length` characters) in a paragraph ends a sentence. */
function hardBreak(text: string, at: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const line = text.slice(lineStart, at).replace(/\r$/, '')
  return (
    STAMP_AFTER.test(text.slice(at + length, at + length + 12)) ||
    HEADING_LINE.test(line) ||
    (lineStart === 0 && CROSSHEAD_LINE.test(line) && BODY_LINE_AFTER.test(text.slice(at + length)))
  )
}

/**
 * A scraped page's crosshead, on the first line of what runs on to the next sentence: three to five words with a capital
 * and no end of sentence, "Claims in Hasakah", "The Kalsu blast". Not a hard-wrapped line that goes on ("Militants fired
 * rockets at", "Two drones targeted", "According to the"), one that names an attack ("Attack on Ain al-Asad", whose place
 * the sentence under it needs), nor a place's label of two words ("Erbil airport", "Deir ez-Zor").
 */
const CROSSHEAD_LINE =
  /^(?!.*\b(?:attacks?|strikes?|drones?|rockets?|missiles?|barrages?|salvos?|killed|wounded|injured)\b)\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){2,4}$(?<!\b(?:a|an|the|at|on|in|of|to|by|for|from|with|and|or|as|near|into|onto|against|toward|towards|that|which|who|said|says|told|according|\w+ed|struck|hit|shot|fell|sent|came|saw|took|began|held|made|set|put|had|has|was|were|is|are|be|been))/iu
/** The line after a date line: an entry opening with a capital or a figure ("1 October: Rockets …") and running past a line's width. */
const ENTRY_AFTER = /^[\p{Lu}\p{N}"“‘'][^\n]{60,}/u
/** The line after a crosshead: a sentence of the body, opening with a capital and running past a line's width. */
const BODY_LINE_AFTER = /^[\p{Lu}"“‘'][^\n]{60,}/u

/**
 * Parses an article body into paragraphs and sentences, keeping offsets into `body` so
 * later stages can quote exactly: blocks from remark-parse (or, for a body of plain
 * paragraphs, the same blocks found without it), split at line breaks that end a
 * sentence. `bodyLine` is the file line where the body starts.
 */
export function parseBody(body: string, bodyLine: number): Paragraph[] {
  const lineStarts = [0]
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1)

  const paragraphs: Paragraph[] = []
  for (const { start, end, heading } of plainBlocks(body) ?? markdownBlocks(body)) {
    // A table scraped one cell to a line: its header and each row are paragraphs of one sentence each.
    const spans = splitLineTable(body, { start, end }).flatMap((part) => (part.cells ? [part] : splitBlock(body, part.start, part.end)))
    for (const span of spans) {
      const text = body.slice(span.start, span.end)
      if (text.trim() === '') continue
      if ('cells' in span) {
        const sentence = { text, start: span.start, end: span.end, setAside: null }
        paragraphs.push({
          start: span.start,
          end: span.end,
          line: bodyLine + lineAt(lineStarts, span.start) - 1,
          heading: false,
          sentences: [sentence],
          setAside: null,
        })
        continue
      }
      // Line breaks inside a paragraph are soft: segment as if they were spaces (same length). Two are hard and end a
      // sentence: one before a time stamp, where a transcript's next segment starts, and one after a run-in heading line.
      // An oversized paragraph is not segmented (the clean stage sets it aside): splitting is super-linear.
      const sentences =
        text.length > MAX_PARAGRAPH_CHARS
          ? []
          : splitSentences(
              text.replace(/\r?\n|\r/g, (m, at: number) => (hardBreak(text, at, m.length) ? ' '.repeat(m.length - 1) + '\n' : ' '.repeat(m.length))),
              span.start,
            )
      for (const s of sentences) s.text = body.slice(s.start, s.end)
      paragraphs.push({
        start: span.start,
        end: span.end,
        line: bodyLine + lineAt(lineStarts, span.start) - 1,
        heading,
        sentences,
        setAside: null,
      })
    }
  }
  return mergeRecordBlocks(body, paragraphs)
}
