import type { TimelineEvent } from '../model/event.js'

/** One highlighted passage of an article: the union of report spans that overlap, and the events they feed. */
export interface QuotePassage {
  /** Fragment id on the article page, e.g. `q-1234`, from the passage's first offset: stable while the text is. */
  anchor: string
  /** Offsets into `Article.body`, as in `Report.start`/`end`. */
  start: number
  end: number
  /** Ids of the events using this passage, in timeline order, without repeats. */
  events: string[]
}

/** What the passages are made from: an event's id and, for each of its reports, the article it quotes and where. A `TimelineEvent` is one. */
export interface QuotedEvent {
  id: TimelineEvent['id']
  reports: readonly Pick<TimelineEvent['reports'][number], 'article' | 'start' | 'end'>[]
}

/**
 * The passages of one article that reports quote, with overlapping spans joined so
 * marks never nest. The article page and the event pages both call this, so a report's
 * link and the mark it points to always agree.
 */
export function quotePassages(articlePath: string, events: readonly QuotedEvent[]): QuotePassage[] {
  const spans = events
    .flatMap((event) => event.reports.filter((r) => r.article === articlePath).map((r) => ({ start: r.start, end: r.end, event: event.id })))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const passages: QuotePassage[] = []
  for (const span of spans) {
    const last = passages.at(-1)
    if (last !== undefined && span.start < last.end) {
      last.end = Math.max(last.end, span.end)
      if (!last.events.includes(span.event)) last.events.push(span.event)
    } else {
      passages.push({ anchor: `q-${span.start}`, start: span.start, end: span.end, events: [span.event] })
    }
  }
  return passages
}

/** The fragment id of the passage holding a report's span. */
export function anchorFor(passages: QuotePassage[], start: number, end: number): string | null {
  return passages.find((p) => start >= p.start && end <= p.end)?.anchor ?? null
}
