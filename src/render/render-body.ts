import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkHtml from 'remark-html'

// `sanitize: true` is remark-html's default; it is spelt out because article
// text comes from the open web and must never carry script into the site.
const processor = unified().use(remarkParse).use(remarkHtml, { sanitize: true })

/** Renders Markdown (an article body, or a part of it) to sanitized HTML. */
export function renderBody(markdown: string): string {
  return String(processor.processSync(markdown))
}
