/** Dates as the site shows them. Calendar days are `YYYY-MM-DD` strings; they are read as UTC days so the zone never shifts them. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** The parts of a `YYYY-MM-DD` day; throws on anything else, since dates past the ingest boundary are trusted. */
function parts(day: string): { year: number; month: number; date: number; weekday: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (match === null) throw new Error(`"${day}" is not a YYYY-MM-DD day; the render stage expects days normalized by the pipeline.`)
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return { year, month, date, weekday: new Date(Date.UTC(year, month - 1, date)).getUTCDay() }
}

/** `2023-10-22` → `22 October 2023`. */
export function formatDay(day: string): string {
  const p = parts(day)
  return `${p.date} ${MONTHS[p.month - 1]} ${p.year}`
}

/** `2023-10-22` → `Sunday 22 October 2023`. */
export function formatDayWithWeekday(day: string): string {
  return `${WEEKDAYS[parts(day).weekday]} ${formatDay(day)}`
}

/** `2023-10` or `2023-10-22` → `October 2023`. */
export function formatMonth(dayOrMonth: string): string {
  const p = parts(dayOrMonth.length === 7 ? `${dayOrMonth}-01` : dayOrMonth)
  return `${MONTHS[p.month - 1]} ${p.year}`
}

/** `2023-10-16`…`2023-10-22` → `16–22 October 2023`; spans across months or years say both ends in full. */
export function formatSpan(start: string, end: string): string {
  if (start === end) return formatDay(start)
  const a = parts(start)
  const b = parts(end)
  if (a.year === b.year && a.month === b.month) return `${a.date}–${b.date} ${MONTHS[b.month - 1]} ${b.year}`
  if (a.year === b.year) return `${a.date} ${MONTHS[a.month - 1]} – ${b.date} ${MONTHS[b.month - 1]} ${b.year}`
  return `${formatDay(start)} – ${formatDay(end)}`
}

/** How an event's date reads, with what a `<time datetime>` should hold and a word on its precision. */
export interface DateLabel {
  /** E.g. `Sunday 22 October 2023`, `16–22 October 2023`, `October 2023`. */
  text: string
  /** A valid HTML `datetime`: `2023-10-22`, `2023-10` for a month, or the first day of a span. */
  datetime: string
  precision: 'day' | 'range' | 'month'
  /** Said next to the date when it is not a single day, e.g. `some day in this span`; `null` for a day. */
  note: string | null
}

/** The label of an event date of the given precision. */
export function labelDate(start: string, end: string, precision: 'day' | 'range' | 'month'): DateLabel {
  if (precision === 'month') return { text: formatMonth(start), datetime: start.slice(0, 7), precision, note: 'some day in this month' }
  if (precision === 'range' && start !== end) return { text: formatSpan(start, end), datetime: start, precision, note: 'some day in this span' }
  return { text: formatDayWithWeekday(start), datetime: start, precision: 'day', note: null }
}

/** Every day from `start` to `end` inclusive, as `YYYY-MM-DD`. */
export function eachDay(start: string, end: string): string[] {
  const days: string[] = []
  const a = parts(start)
  const last = parts(end)
  const stop = Date.UTC(last.year, last.month - 1, last.date)
  for (let t = Date.UTC(a.year, a.month - 1, a.date); t <= stop; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}
