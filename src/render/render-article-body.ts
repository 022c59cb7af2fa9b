import type { Article } from '../ingest/article.js'
import type { TimelineEvent } from '../merge/event.js'
import { escapeHtml } from './escape-html.js'
import { renderBody } from './render-body.js'
import { formatDay } from './format-date.js'
import { quotePassages, type QuotePassage } from './quote-anchors.js'

// Private-use characters mark where a passage opens and closes. They survive Markdown
// parsing and sanitizing as plain text, and never occur in scraped news text.
const OPEN = '\uE000'
const CLOSE = '\uE001'

/**
 * Links after a passage to each event it feeds: visible word "event", the event's name for screen readers.
 * Kept out of the search index: a search for the event's name finds the event's own page, and the article by its text.
 */
function eventLinks(passage: QuotePassage, byId: Map<string, TimelineEvent>): string {
  return passage.events
    .map((id) => {
      const event = byId.get(id)
      const name = event === undefined ? id : `${event.summary}, ${formatDay(event.date)}`
      return `<a class="to-event" href="/events/${id}/" data-pagefind-ignore>event<span class="vh">: ${escapeHtml(name)}</span></a>`
    })
    .join(' ')
}

/** `true` when every tag opened in `html` is closed in it, so wrapping it in `<mark>` keeps the tree well formed. */
function isBalanced(html: string): boolean {
  const stack: string[] = []
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*?(\/?)>/gi)) {
    const [, closing, name = '', selfClosing] = match
    if (selfClosing === '/' || /^(br|img|hr)$/i.test(name)) continue
    if (closing === '') stack.push(name.toLowerCase())
    else if (stack.pop() !== name.toLowerCase()) return false
  }
  return stack.length === 0
}

/** Renders one paragraph with its passages marked; offsets are relative to `Article.body`. */
function renderParagraph(markdown: string, offset: number, passages: QuotePassage[], byId: Map<string, TimelineEvent>): string {
  let text = markdown
  // Insert from the end so earlier offsets stay valid.
  for (const [index, passage] of [...passages.entries()].reverse()) {
    const start = passage.start - offset
    const end = Math.min(passage.end, offset + markdown.length) - offset
    text = `${text.slice(0, start)}${OPEN}${index}${OPEN}${text.slice(start, end)}${CLOSE}${index}${CLOSE}${text.slice(end)}`
  }
  let html = renderBody(text)
  for (const [index, passage] of passages.entries()) {
    const open = `${OPEN}${index}${OPEN}`
    const close = `${CLOSE}${index}${CLOSE}`
    const inner = html.slice(html.indexOf(open) + open.length, html.indexOf(close))
    const links = eventLinks(passage, byId)
    html = isBalanced(inner)
      ? html.replace(open, `<mark id="${passage.anchor}">`).replace(close, `</mark> ${links}`)
      : html.replace(open, `<span id="${passage.anchor}"></span>`).replace(close, ` ${links}`)
  }
  return html
}

/**
 * The article's text without its page furniture, rendered by remark-html with sanitizing on,
 * each passage a report quotes wrapped in `<mark id="q-…">` and followed by links to its events.
 * A passage outside the text shown (in furniture, say) is listed after it, so its anchor still exists.
 */
export function renderArticleBody(article: Article, events: TimelineEvent[]): string {
  const byId = new Map(events.map((e) => [e.id, e]))
  const passages = quotePassages(article.path, events)
  const placed = new Set<QuotePassage>()
  const html = article.paragraphs
    .filter((p) => p.setAside === null)
    .map((p) => {
      const inside = passages.filter((q) => q.start >= p.start && q.start < p.end)
      inside.forEach((q) => placed.add(q))
      return renderParagraph(article.body.slice(p.start, p.end), p.start, inside, byId)
    })
    .join('')
  const unplaced = passages
    .filter((q) => !placed.has(q))
    .map((q) => `<p class="unplaced" id="${q.anchor}">Quoted from text set aside below: “${escapeHtml(article.body.slice(q.start, q.end))}” ${eventLinks(q, byId)}</p>\n`)
    .join('')
  return html + unplaced
}
