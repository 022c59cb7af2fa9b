import type { TimelineEvent } from '../merge/event.js'
import type { ArticleRecord } from '../timeline.js'
import { CSV_LIST_SEPARATORS, EVENT_COLUMNS, type CellValue } from './event-columns.js'

/** One CSV field as RFC 4180 wants it: quoted when it holds a comma, a double quote or a line break, with quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function cellText(value: CellValue, column: string): string {
  if (value === null) return ''
  if (Array.isArray(value)) return value.join(CSV_LIST_SEPARATORS[column] ?? '; ')
  return String(value)
}

/**
 * `events.csv`: a header row, then one row per event in the order given, the columns of
 * `EVENT_COLUMNS`. RFC 4180: CRLF line ends (the last row too), fields quoted only when
 * they must be. UTF-8 without a byte-order mark.
 */
export function eventsCsv(events: TimelineEvent[], articles: ArticleRecord[]): string {
  const byPath = new Map(articles.map((a) => [a.path, a]))
  const rows = [
    EVENT_COLUMNS.map((c) => c.name),
    ...events.map((event) => EVENT_COLUMNS.map((c) => cellText(c.value(event, byPath), c.name))),
  ]
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}
