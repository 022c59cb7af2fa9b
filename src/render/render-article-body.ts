import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { importGraph } from '../cache/import-graph.js'
import type { Article } from '../ingest/article.js'
import type { TimelineEvent } from '../model/event.js'
import { PROJECT_ROOT } from '../project-root.js'
import { escapeHtml } from './escape-html.js'
import { renderBody } from './render-body.js'
import { formatDay } from './format-date.js'
import { PASSAGE_TAG } from './mark-passages.js'
import { quotePassages, type QuotePassage } from './quote-anchors.js'

/**
 * All an article's body shows of one event it feeds: the event's id, name and day (its links), and the spans its
 * reports quote from this article (its marks). `renderArticleBody` reads nothing else of the events, so this is
 * what a kept body is keyed by (`articleBodyKey`).
 */
export interface BodyEvent {
  id: string
  summary: string
  date: string
  /** The event's reports from this article, with where each quote starts and ends in `Article.body`. */
  reports: { article: string; start: number; end: number }[]
}

/** What the body of the article at `articlePath` shows of `events`: `BodyEvent`s, in the order given. */
export function bodyEventsOf(articlePath: string, events: readonly TimelineEvent[]): BodyEvent[] {
  return events.map((event) => ({
    id: event.id,
    summary: event.summary,
    date: event.date,
    reports: event.reports.filter((r) => r.article === articlePath).map((r) => ({ article: r.article, start: r.start, end: r.end })),
  }))
}

/** The version of the code that renders bodies, once per process: the code that runs is the code loaded, so a later edit on disk must not count. */
let bodyVersion: string | undefined

/** This module and what it imports, and the lockfile (remark's and the sanitizer's versions): a kept body holds for the same only. */
function articleBodyVersion(): string {
  if (bodyVersion === undefined) {
    const hash = createHash('sha256')
    const self = path.join(PROJECT_ROOT, 'src', 'render', 'render-article-body.ts')
    for (const file of importGraph([self])) hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file))
    const lock = path.join(PROJECT_ROOT, 'package-lock.json')
    if (existsSync(lock)) hash.update(readFileSync(lock))
    bodyVersion = hash.digest('hex').slice(0, 16)
  }
  return bodyVersion
}

/**
 * What an article's rendered body depends on besides the article itself: the rendering code's version and the
 * events as the body shows them. A body kept with an equal key (the extraction cache keeps one per article,
 * whose own key is the article's file) is the body `renderArticleBody` would render.
 */
export function articleBodyKey(events: readonly BodyEvent[]): string {
  return `${articleBodyVersion()} ${JSON.stringify(events)}`
}

/**
 * Links after a passage to each event it feeds: visible word "event", the event's name for screen readers.
 * Kept out of the search index: a search for the event's name finds the event's own page, and the article by its text.
 */
function eventLinks(passage: QuotePassage, byId: Map<string, BodyEvent>): string {
  return passage.events
    .map((id) => {
      const event = byId.get(id)
      const name = event === undefined ? id : `${event.summary}, ${formatDay(event.date)}`
      return `<a class="to-event" href="/events/${escapeHtml(id)}/" data-pagefind-ignore>event<span class="vh">: ${escapeHtml(name)}</span></a>`
    })
    .join(' ')
}

/**
 * Renders one paragraph with its passages marked (offsets relative to `Article.body`): the
 * first mark of each gets the passage's anchor, its end the event links. Only marks that
 * renderBody made match `PASSAGE_TAG`, so this replacing cannot be steered by article text.
 * The passages that got no mark (wholly in code or a link's URL, say) are left out of `placed`.
 */
function renderParagraph(markdown: string, offset: number, passages: QuotePassage[], byId: Map<string, BodyEvent>): { html: string; placed: QuotePassage[] } {
  const spans = passages.map((q) => ({ start: q.start - offset, end: Math.min(q.end - offset, markdown.length) }))
  const placed: QuotePassage[] = []
  const html = renderBody(markdown, spans).replace(PASSAGE_TAG, (tag, open: string | undefined, end: string | undefined) => {
    const passage = passages[Number(open ?? end)]
    if (passage === undefined)
      throw new Error(
        `renderBody marked passage ${open ?? end} (${tag}), but the paragraph at offset ${offset} has ${passages.length}. This is a bug in mark-passages.ts.`,
      )
    if (end !== undefined) return ` ${eventLinks(passage, byId)}`
    if (placed.includes(passage)) return '<mark>'
    placed.push(passage)
    return `<mark id="${passage.anchor}">`
  })
  return { html, placed }
}

/**
 * The article's text without its page furniture, rendered by remark-html with sanitizing on,
 * each passage a report quotes wrapped in `<mark id="q-…">` (its text only: several marks when
 * it crosses a link or emphasis) and followed by links to its events. A passage with no text
 * shown (in furniture, or wholly in code or a URL) is listed after it, so its anchor still exists.
 */
export function renderArticleBody(article: Article, events: readonly BodyEvent[]): string {
  const byId = new Map(events.map((e) => [e.id, e]))
  const passages = quotePassages(article.id, events)
  const shown = article.paragraphs.filter((p) => p.setAside === null)
  const placed = new Set<QuotePassage>()
  const html = shown
    .map((p) => {
      const inside = passages.filter((q) => q.start >= p.start && q.start < p.end)
      const rendered = renderParagraph(article.body.slice(p.start, p.end), p.start, inside, byId)
      rendered.placed.forEach((q) => placed.add(q))
      return rendered.html
    })
    .join('')
  const unplaced = passages
    .filter((q) => !placed.has(q))
    .map((q) => {
      const where = shown.some((p) => q.start >= p.start && q.start < p.end) ? 'the text above, where it cannot be highlighted' : 'text set aside below'
      return `<p class="unplaced" id="${q.anchor}">Quoted from ${where}: “${escapeHtml(article.body.slice(q.start, q.end))}” ${eventLinks(q, byId)}</p>\n`
    })
    .join('')
  return html + unplaced
}
