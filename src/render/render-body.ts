import { defaultSchema, type Schema } from 'hast-util-sanitize'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkHtml from 'remark-html'
import { LIST_START } from '../ingest/parse-body.js'
import { markPassages, markPlainText, type PassageSpan } from './mark-passages.js'

/**
 * hast-util-sanitize's default (GitHub's rules), and the one element `markPassages` adds:
 * `<mark>` with a passage number and nothing else. Markdown has no syntax for `<mark>` and raw
 * HTML is dropped, so every `<mark>` in the output is one of ours.
 */
export const bodySchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
  attributes: {
    ...defaultSchema.attributes,
    mark: [
      ['dataPassage', /^\d+$/],
      ['dataPassageEnd', /^\d+$/],
    ],
  },
}

// Article text comes from the open web and must never carry script into the site: sanitized always.
const processor = unified().use(remarkParse).use(remarkHtml, { sanitize: bodySchema })

/**
 * Text in which Markdown can see nothing but one paragraph of words: letters, marks,
 * digits, spaces between words, and punctuation that no CommonMark construct starts
 * with (`*`, `_`, `` ` ``, `[`, `<`, `&`, `\`, `#`, `>`, `|`, `~`, `=`, `+`, tabs and
 * control characters are all absent). Every line starts with a letter, digit, quote,
 * or bracket (no indent, list bullet or thematic break) and ends with a
 * non-space (no hard break).
 */
const PLAIN_LINE = /^[\p{L}\p{N}"'“‘(][\p{L}\p{M}\p{N} .,;:?!'"“”‘’()%$/@\-–—…]*(?<! )$/u

/**
 * The HTML remark-html gives for `markdown` when it is one plain paragraph (see
 * `PLAIN_LINE`): `<p>`, the text unchanged, `</p>`. `null` for anything else, which
 * remark renders. Nothing in such text is escaped by hast-util-to-html (it escapes `&`
 * and `<` in text), and soft line breaks stay `\n`. test/render/render-body.test.ts
 * holds this to remark's output over the seeds, the fixtures and generated text.
 */
export function plainParagraphHtml(markdown: string): string | null {
  if (markdown.length === 0) return null
  for (const line of markdown.split('\n')) {
    if (!PLAIN_LINE.test(line) || LIST_START.test(line)) return null
  }
  return `<p>${markdown}</p>\n`
}

/**
 * Renders Markdown (an article body, or a part of it) to sanitized HTML, with the text `spans`
 * cover marked (offsets into `markdown`, in order, not overlapping; see `PASSAGE_TAG`). A plain
 * paragraph, most of any article, skips the parse (same bytes).
 */
export function renderBody(markdown: string, spans: readonly PassageSpan[] = []): string {
  const plain = plainParagraphHtml(markdown)
  if (plain !== null) return spans.length === 0 ? plain : `<p>${markPlainText(markdown, spans)}</p>\n`
  return renderParsed(markdown, spans)
}

/**
 * A start or end tag as hast-util-to-html writes it: a name, then attributes, each bare or
 * with a double-quoted value (it escapes `"` and `&` in values, and `<` in text, so the first
 * raw `<` after a tag is the next tag and every quote pair is one value).
 */
const TAG = /<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s"'=/>]+(?:="[^"]*")?)*\s*\/?>/g
const QUOTED_VALUE = /="[^"]*"/g

/**
 * `html` with `<` and `>` written as references inside attribute values. hast-util-to-html
 * leaves them raw there (valid HTML), so alt text such as `![<mark data-passage="0">]()` would
 * put `<mark` in an `alt`; after this, every `<` in the body starts one of its tags.
 */
export function escapeBracketsInValues(html: string): string {
  return html.replace(TAG, (tag) =>
    tag.includes('="') ? tag.replace(QUOTED_VALUE, (value) => value.replaceAll('<', '&#x3C;').replaceAll('>', '&#x3E;')) : tag,
  )
}

/** `renderBody` without the shortcut for a plain paragraph: what it must equal. */
export function renderParsed(markdown: string, spans: readonly PassageSpan[] = []): string {
  const tree = processor.parse(markdown)
  markPassages(tree, markdown, spans)
  return escapeBracketsInValues(String(processor.stringify(tree)))
}
