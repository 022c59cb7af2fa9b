/**
 * The mark that opens a photo caption in an imported article: the clean stage's caption rule
 * (`setAsidePhotoCaptions`, "caption:") sets such a paragraph aside, so a caption is kept, and
 * shown, but never read for events.
 */
export const CAPTION_MARK = 'Caption: '

/** One block of an imported article's text. */
export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'caption' | 'item'
  /** The text, whitespace collapsed; line breaks (`<br>`) kept as `\n`. */
  text: string
}

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tbody',
  'thead',
  'tr',
  'pre',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'address',
  'aside',
])
/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'form', 'iframe', 'img', 'picture', 'video', 'audio', 'object', 'select'])

/** A line a Markdown parser would read as a heading, list, quote, rule or code: its first character escaped, so the text stays text. */
const BLOCK_SYNTAX = /^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|=+\s*$|-{3,}\s*$|_{3,}\s*$|\*{3,}\s*$|`{3,}|~{3,})/

/**
 * The blocks of an article's main content, in order: paragraphs, headings (which date a
 * live blog's entries), list items and captions. A `<figure>`'s caption becomes a caption
 * block; images are dropped. Text directly inside a `<div>` is a paragraph of its own.
 */
export function contentBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = []
  let inline = ''
  let kind: TextBlock['kind'] = 'paragraph'
  const flush = (): void => {
    const text = inline
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n')
    if (text !== '') blocks.push({ kind, text })
    inline = ''
    kind = 'paragraph'
  }
  const visit = (node: Node, within: TextBlock['kind']): void => {
    if (node.nodeType === 3) {
      inline += (node.textContent ?? '').replace(/\s+/g, ' ')
      return
    }
    if (node.nodeType !== 1) return
    const element = node as Element
    const tag = element.localName.toLowerCase()
    if (SKIPPED.has(tag) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return
    if (tag === 'br') {
      inline += '\n'
      return
    }
    if (!BLOCKS.has(tag)) {
      for (const child of Array.from(element.childNodes)) visit(child, within)
      return
    }
    flush()
    const own: TextBlock['kind'] = /^h[1-6]$/.test(tag) ? 'heading' : tag === 'figcaption' ? 'caption' : tag === 'li' ? 'item' : within
    for (const child of Array.from(element.childNodes)) {
      kind = own
      visit(child, own)
    }
    kind = own
    flush()
  }
  visit(root, 'paragraph')
  flush()
  return blocks
}

/**
 * The blocks as an article body: paragraphs apart by a blank line, headings as `## …`,
 * list items as `- …`, captions opened by `CAPTION_MARK` so the clean stage sets them
 * aside. A line that Markdown would read as syntax has its first character escaped.
 */
export function blocksToBody(blocks: readonly TextBlock[]): string {
  const escape = (line: string): string => (BLOCK_SYNTAX.test(line) ? `\\${line}` : line)
  const paragraphs = blocks.map((block) => {
    const lines = block.text.split('\n')
    if (block.kind === 'heading') return `## ${lines.join(' ')}`
    if (block.kind === 'caption') return `${CAPTION_MARK}${lines.join(' ')}`
    if (block.kind === 'item') return `- ${lines.join(' ')}`
    return lines.map(escape).join('\n')
  })
  return paragraphs.length === 0 ? '' : `${paragraphs.join('\n\n')}\n`
}

/** Words in a text, as a reader counts them. */
export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
