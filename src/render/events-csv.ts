import type { TimelineEvent } from '../model/event.js'
import type { ArticleRecord } from '../model/timeline-data.js'
import { CSV_LIST_SEPARATORS, EVENT_COLUMNS, type CellValue } from './event-columns.js'

/** One CSV field as RFC 4180 wants it: quoted when it holds a comma, a double quote or a line break, with quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** How a formula begins, to a spreadsheet: `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A text cell a spreadsheet will show and never run: one that begins like a formula gets a
 * single quote in front, which spreadsheets take to mean "text" (OWASP's rule). Article text
 * is the outlets', and a scraped title such as `=HYPERLINK(…)` must stay a title.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/**
 * A cell's text. Numbers (coordinates, which can be negative, and counts) are written as
 * they are: JavaScript writes a finite number with digits, `.`, `-`, `e` and `+` only, which
 * a spreadsheet reads as that number, never as a formula, and a quote would turn `-33.3`
 * into text no one can sum or sort. Everything else is text from the data, so neutralised.
 */
function cellText(value: CellValue, column: string): string {
  if (value === null) return ''
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return neutralizeFormula(Array.isArray(value) ? value.join(CSV_LIST_SEPARATORS[column] ?? '; ') : String(value))
}

/**
 * `events.csv`: a header row, then one row per event in the order given, the columns of
 * `EVENT_COLUMNS`. RFC 4180: CRLF line ends (the last row too), fields quoted only when
 * they must be. UTF-8 without a byte-order mark. A text field that begins like a formula
 * starts with `'` (`neutralizeFormula`); templates/data.njk says so to the reader.
 */
export function eventsCsv(events: TimelineEvent[], articles: ArticleRecord[]): string {
  const byPath = new Map(articles.map((a) => [a.path, a]))
  const rows = [EVENT_COLUMNS.map((c) => c.name), ...events.map((event) => EVENT_COLUMNS.map((c) => cellText(c.value(event, byPath), c.name)))]
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}
