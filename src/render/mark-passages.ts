import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast'

/** A stretch of Markdown to highlight, as offsets into the Markdown being rendered (UTF-16 code units). */
export interface PassageSpan {
  /** Offset of the first character. */
  start: number
  /** Offset one past the last character. */
  end: number
}

/** Inline content a passage covers, which mdast-util-to-hast prints as the element its `data.hName` names: `<mark>`. */
export interface PassageMark extends Parent {
  type: 'passageMark'
  children: PhrasingContent[]
}

declare module 'mdast' {
  interface PhrasingContentMap {
    passageMark: PassageMark
  }
  interface RootContentMap {
    passageMark: PassageMark
  }
}

/**
 * What a marked rendering holds for passage `i` (its index in the spans given): every piece of
 * its text in `<mark data-passage="i">`, then one empty `<mark data-passage-end="i"></mark>`
 * after the last piece. Only `markPassages` and `markPlainText` make these elements. Article
 * text cannot: the sanitizer drops raw HTML, text escapes `<`, and an attribute value escapes `"`.
 */
export const PASSAGE_TAG = /<mark data-passage="(\d+)">|<mark data-passage-end="(\d+)"><\/mark>/g

const open = (index: number): string => `<mark data-passage="${index}">`
const close = (index: number): string => `</mark><mark data-passage-end="${index}"></mark>`

const markOf = (index: number, children: PhrasingContent[]): PassageMark => ({
  type: 'passageMark',
  children,
  data: { hName: 'mark', hProperties: { dataPassage: String(index) } },
})

/** The empty `<mark data-passage-end="i">` that follows a passage's last mark. */
const endOf = (index: number): PassageMark => ({ type: 'passageMark', children: [], data: { hName: 'mark', hProperties: { dataPassageEnd: String(index) } } })

/** Nodes whose children are inline (phrasing) content, the only place a `<mark>` can go. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell'])

/**
 * `text` (a plain paragraph, which renders as itself: see `plainParagraphHtml`) with the
 * passages marked as `markPassages` would mark them. `spans` are in order and do not overlap;
 * an empty one marks nothing.
 */
export function markPlainText(text: string, spans: readonly PassageSpan[]): string {
  let html = text
  // From the end, so earlier offsets stay valid.
  for (let index = spans.length - 1; index >= 0; index--) {
    const start = Math.max(0, spans[index]?.start ?? 0)
    const end = Math.min(text.length, spans[index]?.end ?? 0)
    if (start >= end) continue
    html = `${html.slice(0, start)}${open(index)}${html.slice(start, end)}${close(index)}${html.slice(end)}`
  }
  return html
}

/**
 * `source` as mdast-util-to-hast prints it, without the spaces and tabs around line endings
 * (remark-parse drops some, trim-lines the rest), and for each offset of `source`, one more
 * than it has characters, the offset it lands at in that text.
 */
function printedOffsets(source: string): { printed: string; at: number[] } {
  const dropped = new Uint8Array(source.length)
  for (const match of source.matchAll(/([ \t]*)(\r?\n|\r)([ \t]*)/g)) {
    const [all, before = '', eol = ''] = match
    dropped.fill(1, match.index, match.index + before.length)
    dropped.fill(1, match.index + before.length + eol.length, match.index + all.length)
  }
  const at = [0]
  let printed = ''
  for (let i = 0; i < source.length; i++) {
    if (dropped[i] === 0) printed += source[i]
    at.push(printed.length)
  }
  return { printed, at }
}

/** A node that replaces part of a text node, and the passage it is a piece of (`null` for text between pieces). */
interface Piece {
  node: Text
  index: number | null
}

/**
 * The nodes that replace text node `node` (source offsets `start`-`end`), which the passages
 * `hits` touch but no one covers. A node that prints its source, but for spaces around line
 * endings, is cut at the passage edges; one that prints something else (it holds an escape
 * or an entity) goes whole to the first passage, and any later one gets an empty piece after
 * it (its anchor).
 */
function cut(node: Text, start: number, end: number, markdown: string, spans: readonly PassageSpan[], hits: number[]): Piece[] {
  const [first = 0, ...others] = hits
  const { printed, at } = printedOffsets(markdown.slice(start, end))
  if (printed !== printedOffsets(node.value).printed) {
    return [{ node, index: first }, ...others.map((index) => ({ node: { type: 'text' as const, value: '' }, index }))]
  }
  const text = (from: number, to: number): Text => ({ type: 'text', value: printed.slice(at[from - start], at[to - start]) })
  const pieces: Piece[] = []
  let cursor = start
  for (const index of hits) {
    const from = Math.max(start, spans[index]?.start ?? start)
    const to = Math.min(end, spans[index]?.end ?? end)
    if (from > cursor) pieces.push({ node: text(cursor, from), index: null })
    pieces.push({ node: text(from, to), index })
    cursor = to
  }
  if (cursor < end) pieces.push({ node: text(cursor, end), index: null })
  return pieces
}

/** Where a passage's end goes: right after its last mark, or after the outermost link around it (a link cannot hold the event links). */
interface EndPlace {
  parent: Parent
  after: RootContent
}

/**
 * Marks passages in the syntax tree of `markdown` (remark-parse's, with positions), in place.
 * Inline content a span covers, a whole node (emphasis, a link, code) or a cut of a text node,
 * goes into a `passageMark`, one per run of neighbours; after a passage's last mark comes an
 * empty one, its end (see `PASSAGE_TAG`). Nothing else is marked: not a URL, a title, alt text,
 * or part of inline code. So a span lying wholly in those has no mark, and no end. `spans` are
 * in order and do not overlap.
 */
export function markPassages(tree: Root, markdown: string, spans: readonly PassageSpan[]): void {
  if (spans.length === 0) return
  const ends = new Map<number, EndPlace>()
  const touching = (start: number, end: number): number[] => spans.flatMap((span, i) => (span.start < end && span.end > start ? [i] : []))
  const covering = (start: number, end: number): number => spans.findIndex((span) => span.start <= start && end <= span.end)

  const markInline = (parent: Parent, link: EndPlace | null): void => {
    const out: RootContent[] = []
    let run: { index: number; children: PhrasingContent[] } | null = null
    const flush = (): void => {
      if (run === null) return
      // Raw HTML prints nothing (the sanitizer drops it), so it makes no mark of its own.
      if (run.children.every((c) => c.type === 'html')) out.push(...run.children)
      else {
        const mark = markOf(run.index, run.children)
        out.push(mark)
        ends.set(run.index, link ?? { parent, after: mark })
      }
      run = null
    }
    const add = (index: number, node: PhrasingContent): void => {
      if (run?.index !== index) flush()
      run ??= { index, children: [] }
      run.children.push(node)
    }
    for (const child of parent.children as PhrasingContent[]) {
      const start = child.position?.start.offset
      const end = child.position?.end.offset
      const hits = start === undefined || end === undefined ? [] : touching(start, end)
      const whole = start === undefined || end === undefined ? -1 : covering(start, end)
      if (whole !== -1) add(whole, child)
      else if (child.type === 'text' && hits.length > 0 && start !== undefined && end !== undefined) {
        for (const piece of cut(child, start, end, markdown, spans, hits)) {
          if (piece.index !== null) add(piece.index, piece.node)
          else {
            flush()
            out.push(piece.node)
          }
        }
      } else {
        flush()
        out.push(child)
        if (hits.length > 0 && 'children' in child)
          visit(child, link ?? (child.type === 'link' || child.type === 'linkReference' ? { parent, after: child } : null))
      }
    }
    flush()
    parent.children = out
  }
  const visit = (node: Parent, link: EndPlace | null): void => {
    if (PHRASING_PARENTS.has(node.type)) markInline(node, link)
    else for (const child of node.children) if ('children' in child) visit(child, null)
  }
  visit(tree, null)

  const placedEnds = new Set<RootContent>()
  for (const [index, { parent, after }] of [...ends].sort(([a], [b]) => a - b)) {
    let at = parent.children.indexOf(after) + 1
    // Ends of earlier passages placed after the same link stay first.
    while (parent.children[at] !== undefined && placedEnds.has(parent.children[at] as RootContent)) at++
    const end = endOf(index)
    parent.children.splice(at, 0, end)
    placedEnds.add(end)
  }
}
