import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkHtml from 'remark-html'
import { LIST_START } from '../ingest/parse-body.js'

// `sanitize: true` is remark-html's default; it is spelt out because article
// text comes from the open web and must never carry script into the site.
const processor = unified().use(remarkParse).use(remarkHtml, { sanitize: true })

/**
 * Text in which Markdown can see nothing but one paragraph of words: letters, marks,
 * digits, spaces between words, and punctuation that no CommonMark construct starts
 * with (`*`, `_`, `` ` ``, `[`, `<`, `&`, `\`, `#`, `>`, `|`, `~`, `=`, `+`, tabs and
 * control characters are all absent). Every line starts with a letter, digit, quote,
 * bracket or passage mark (no indent, list bullet or thematic break) and ends with a
 * non-space (no hard break). `\uE000`/`\uE001` are the passage marks of
 * render-article-body.ts.
 */
const PLAIN_LINE = /^[\p{L}\p{N}"'“‘(\uE000\uE001][\p{L}\p{M}\p{N} .,;:?!'"“”‘’()%$/@\-–—…\uE000\uE001]*(?<! )$/u

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

/** Renders Markdown (an article body, or a part of it) to sanitized HTML. A plain paragraph, most of any article, skips the parse (same bytes). */
export function renderBody(markdown: string): string {
  return plainParagraphHtml(markdown) ?? String(processor.processSync(markdown))
}
