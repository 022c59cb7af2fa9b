/**
 * A table a scraper left one cell to a line, as pages built of grid `<div>`s come out:
 *
 *     Date
 *     Site
 *     Weapon
 *     Outcome
 *     Source
 *     Thu 9 Nov
 *     Harir air base, Erbil
 *     armed drones
 *     air defences engaged them
 *     security sources
 *
 * Its lines run on into one paragraph, so one row's day, base and source would be read with the next row's. The run of
 * column names is its header; each group of as many lines under it is a row of its own (extract/table-row.ts reads it).
 */

/** A column's name, alone on its line: "Date", "Site", "Weapon", "Who says so", "Casualties". */
export const COLUMN_NAME =
  /^(?:date|day|when|time|site|location|base|target|where|place|country|province|weapons?|type|what|what happened|outcome|result|incident|means|source|sources|account|best source|who says so|attribution|status|confirmation|casualties|killed|dead|wounded|injured|hurt|claimed|claimed by|claimant|notes?)$/i
/** Column names a table of attacks has: a day and a place. */
const DAY_NAME = /^(?:date|day|when)$/i
const PLACE_NAME = /^(?:site|location|base|target|where|place)$/i

/** A line that is a day's column name alone. */
const DAY_LINE = /(?:^|\n)[ \t]*(?:date|day|when)[ \t]*\r?\n/i

/** A span of the body, and whether it is one line-table line group (a header or a row), to be one sentence. */
export interface Span {
  start: number
  end: number
  /** A header or a row of a table scraped one cell to a line: one sentence, never split. */
  cells?: true
}

/** The lines of `body` between `start` and `end`, with their offsets. */
function linesOf(body: string, start: number, end: number): { start: number; end: number; text: string }[] {
  const lines: { start: number; end: number; text: string }[] = []
  for (let at = start; at <= end;) {
    const newline = body.indexOf('\n', at)
    const stop = newline === -1 || newline > end ? end : newline
    lines.push({ start: at, end: stop, text: body.slice(at, stop).replace(/\r$/, '') })
    at = stop + 1
  }
  return lines
}

/**
 * `span` as it is, or, when it holds a table scraped one cell to a line, cut into the text before it, its header, each
 * row, and the text after it.
 */
export function splitLineTable(body: string, span: Span): Span[] {
  // Most blocks hold no line that is a day's column name alone: a quick test before the lines are cut.
  if (!DAY_LINE.test(body.slice(span.start, span.end))) return [span]
  const lines = linesOf(body, span.start, span.end)
  if (lines.length < 6) return [span]
  for (let i = 0; i + 3 <= lines.length; i++) {
    let k = 0
    while (i + k < lines.length && COLUMN_NAME.test(lines[i + k]?.text.trim() ?? '')) k++
    const names = lines.slice(i, i + k).map((l) => l.text.trim())
    if (k < 3 || !names.some((n) => DAY_NAME.test(n)) || !names.some((n) => PLACE_NAME.test(n))) {
      i += k
      continue
    }
    const rows: Span[] = []
    let j = i + k
    // A row: as many lines as there are names, none empty, none a paragraph of prose.
    while (j + k <= lines.length && lines.slice(j, j + k).every((l) => l.text.trim() !== '' && l.text.length <= 200 && !COLUMN_NAME.test(l.text.trim()))) {
      rows.push({ start: lines[j]?.start ?? 0, end: lines[j + k - 1]?.end ?? 0, cells: true })
      j += k
    }
    if (rows.length === 0) return [span]
    const header: Span = { start: lines[i]?.start ?? 0, end: lines[i + k - 1]?.end ?? 0, cells: true }
    const before: Span[] = i > 0 ? [{ start: span.start, end: lines[i - 1]?.end ?? span.start }] : []
    const after: Span[] = j < lines.length ? splitLineTable(body, { start: lines[j]?.start ?? span.end, end: span.end }) : []
    return [...before, header, ...rows, ...after]
  }
  return [span]
}
