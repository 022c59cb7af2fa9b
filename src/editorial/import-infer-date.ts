import { monthIndex, weekdayOf } from '../calendar.js'
import { cleanArticle } from '../clean/clean-article.js'
import { normalizeDay } from '../ingest/normalize-front-matter.js'
import { parseBody } from '../ingest/parse-body.js'

/** A publication day reasoned from an article, and how, in a sentence a reader can check. */
export interface InferredDay {
  /** The publication day, `YYYY-MM-DD`. */
  day: string
  /** How the day was established, for the `dateNote` field, e.g. `Taken from the URL path (/2023/10/24/).` */
  note: string
  /** `true` when the evidence shows only that publication was no earlier than `day`. */
  lowerBound: boolean
}

/** A full date written in a text: day, month and year. */
export interface FullDate {
  /** The day it names, `YYYY-MM-DD`. */
  day: string
  /** The date as written, e.g. `Nov. 1, 2023`. */
  text: string
  /** Offset of the first character in the text searched. */
  start: number
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?'
const WEEKDAY = '(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?'
/** "Nov. 1, 2023", "Wednesday, November 1st, 2023". */
const MONTH_DAY_YEAR = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'gi')
/** "1 November 2023", "Wednesday 1 Nov 2023". */
const DAY_MONTH_YEAR = new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'gi')
/** An ISO day, `YYYY-MM-DD`. */
const ISO_DATE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g

const pad = (n: number): string => String(n).padStart(2, '0')

/** `YYYY-MM-DD` for a written date, or `null` when it is not a calendar day or its weekday contradicts it. */
function toDay(year: string, month: string, date: string, weekday: string | undefined): string | null {
  const result = normalizeDay(`${year}-${pad(monthIndex(month) + 1)}-${pad(Number(date))}`)
  if (!('day' in result)) return null
  if (weekday !== undefined) {
    const actual = weekdayOf(result.day)
    if (WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase()) !== actual) return null
  }
  return result.day
}

/**
 * Every full date (day, month and year) written in `text`, in order. Dates
 * without a year ("Oct. 27") are not full dates: they need a reference to resolve.
 * A date whose stated weekday contradicts it is left out.
 */
export function findFullDates(text: string): FullDate[] {
  const found: FullDate[] = []
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const day = toDay(m[4] ?? '', m[2] ?? '', m[3] ?? '', m[1])
    if (day) found.push({ day, text: m[0], start: m.index ?? 0 })
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const day = toDay(m[4] ?? '', m[3] ?? '', m[2] ?? '', m[1])
    if (day) found.push({ day, text: m[0], start: m.index ?? 0 })
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const day = normalizeDay(m[0])
    if ('day' in day) found.push({ day: day.day, text: m[0], start: m.index ?? 0 })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The year and month, and the day when present, of a `/YYYY/MM/` or `/YYYY/MM/DD/` URL path. */
function urlPathDate(url: string | null): { year: string; month: string; day: string | null; text: string } | null {
  if (url === null) return null
  let pathname: string
  try {
    pathname = new URL(url).pathname
  } catch {
    return null
  }
  const m = /\/((?:19|20)\d{2})\/(\d{2})\/(?:(\d{2})\/)?/.exec(pathname)
  if (!m?.[1] || !m[2]) return null
  return { year: m[1], month: m[2], day: m[3] ?? null, text: m[0] }
}

/** Lines where outlets print the publication day: `Published: Nov. 1, 2023`, `Posted on November 1, 2023`. */
const PUBLISHED_LINE = /^\s*(?:first\s+)?(?:published|posted|dated|publication date)\b(?:\s+on)?\s*:?\s*/i
/** A dateline opening a paragraph: `WASHINGTON, Nov. 1, 2023 —`, `Nov. 1, 2023 (AP) —`. */
const DATELINE_PLACE = /^\s*[A-Z][A-Z.' -]*(?:,\s*[A-Z][A-Za-z.' -]*)?,\s*$/
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?[-–—]/
/** What may follow a date on a line of its own: a time and zone, `| By Jane Doe`. */
const DATE_LINE_REST = /^\s*(?:[,|·•-]?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*(?:[|·•]\s*.*)?$/i

/** How many lines at the top of the text are searched for a dateline: datelines open articles. */
const DATELINE_LINES = 12

const quoteLine = (line: string): string => {
  const text = line.trim().replace(/\s+/g, ' ')
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

/** What the rules read: the body as given, the same body with page furniture blanked out, and the URL. */
export interface DateEvidence {
  text: string
  /** `text` with what the clean stage sets aside (photo captions, teasers, comments) replaced by spaces. */
  articleText: string
  url: string | null
}

/** A rule reads the day from one kind of evidence, or returns `null`. */
type DayRule = (evidence: DateEvidence) => InferredDay | null

/** The body with the paragraphs and sentences the clean stage sets aside blanked out, offsets kept. */
export function withoutFurniture(body: string, title: string): string {
  const article = cleanArticle({
    path: '',
    id: '',
    slug: '',
    title,
    source: '',
    url: null,
    archived: null,
    date: '',
    author: null,
    original: null,
    dateInferred: false,
    dateNote: null,
    body,
    bodyLine: 1,
    paragraphs: parseBody(body, 1),
    hash: '',
  })
  let text = body
  const blank = (start: number, end: number): void => {
    text = text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end)
  }
  for (const paragraph of article.paragraphs) {
    if (paragraph.setAside !== null) blank(paragraph.start, paragraph.end)
    else for (const sentence of paragraph.sentences) if (sentence.setAside !== null) blank(sentence.start, sentence.end)
  }
  return text
}

/** The outlet's own URL path, `/2023/10/24/`: the most reliable, it is the outlet's record. */
export const fromUrlPath: DayRule = ({ url }) => {
  const found = urlPathDate(url)
  if (found?.day == null) return null
  const day = normalizeDay(`${found.year}-${found.month}-${found.day}`)
  return 'day' in day ? { day: day.day, note: `Taken from the URL path (${found.text}).`, lowerBound: false } : null
}

/** A dateline or a "Published …" line near the top of the text, or a line that is only a date. */
export const fromDateline: DayRule = ({ text }) => {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, DATELINE_LINES)
  for (const line of lines) {
    for (const date of findFullDates(line)) {
      const end = date.start + date.text.length
      const before = line.slice(0, date.start)
      const after = line.slice(end)
      const dash = DATELINE_AFTER.exec(after)
      if (PUBLISHED_LINE.exec(before)?.[0].length === before.length) {
        return { day: date.day, note: `Read from the publication line "${quoteLine(line.slice(0, end))}".`, lowerBound: false }
      }
      if ((before.trim() === '' || DATELINE_PLACE.test(before)) && dash) {
        return { day: date.day, note: `Read from the dateline "${quoteLine(line.slice(0, end + dash[0].length))}".`, lowerBound: false }
      }
      if (before.trim() === '' && DATE_LINE_REST.test(after)) {
        return { day: date.day, note: `Read from the date line at the top of the text, "${quoteLine(line)}".`, lowerBound: false }
      }
    }
  }
  return null
}

/**
 * The latest full date in the article's text: an article is published on or after the
 * days it reports, so this is a lower bound, and the note says so. Page furniture is
 * not read (a 2020 photo caption is no clue), and when the URL path gives a year and
 * month, only dates in that month count.
 */
export const fromLatestFullDate: DayRule = ({ articleText, url }) => {
  const month = urlPathDate(url)
  const dates = findFullDates(articleText).filter((d) => month === null || d.day.startsWith(`${month.year}-${month.month}-`))
  const latest = dates.reduce<FullDate | null>((best, d) => (best === null || d.day > best.day ? d : best), null)
  if (latest === null) return null
  const within = month === null ? '' : ` within the URL's month (/${month.year}/${month.month}/)`
  return {
    day: latest.day,
    note: `The latest full date in the text${within} is "${latest.text}"; the article was published on that day or later.`,
    lowerBound: true,
  }
}

/** The rules, most reliable first: the first that finds a day decides. */
export const dayRules: DayRule[] = [fromUrlPath, fromDateline, fromLatestFullDate]

/**
 * Infers an article's publication day from its URL and body, by the first rule of
 * `dayRules` that finds one, or `null` when none does. `disagreements` lists, as
 * sentences, the other clues that contradict it (a different dateline, a full date
 * later than the chosen day), so an editor can check.
 * The title lets the clean stage recognise a repeated title line.
 */
export function inferPublicationDay(body: string, url: string | null, title = ''): (InferredDay & { disagreements: string[] }) | null {
  const evidence: DateEvidence = { text: body, articleText: withoutFurniture(body, title), url }
  const results = dayRules.map((rule) => rule(evidence)).filter((r): r is InferredDay => r !== null)
  const [chosen, ...others] = results
  if (chosen === undefined) return null
  const contradicts = (r: InferredDay): boolean => (r.lowerBound ? r.day > chosen.day : r.day !== chosen.day)
  const disagreements = others.filter(contradicts).map((r) => `Another clue points to ${r.day}, so check the day: ${r.note}`)
  return { ...chosen, disagreements }
}
