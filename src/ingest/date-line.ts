import { MONTH_WORD, WEEKDAY_WORD } from '../calendar.js'

const MONTH = String.raw`${MONTH_WORD}\.?`
const WEEKDAY = String.raw`${WEEKDAY_WORD}\.?`
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`
const YEAR = String.raw`(?:19|20)\d{2}`
/** A day alone: a weekday or none, then a day and a month either way round, then a year or none; or DD/MM/YYYY, DD.MM.YYYY, YYYY-MM-DD. */
const DAY_ALONE = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s+)?(?:${DAY}\s+${MONTH}|${MONTH}\s+${DAY})(?:,?\s+${YEAR})?$|^(?:${WEEKDAY},?\s+)?\d{1,2}[/.]\d{1,2}[/.]${YEAR}$|^${YEAR}-\d{2}-\d{2}$`,
  'i',
)
/** A month alone, with its year or without. */
const MONTH_ALONE = new RegExp(String.raw`^${MONTH}(?:\s+${YEAR})?$`, 'i')

const bare = (text: string): string =>
  text
    .replace(/^[\s*_#>]+|[\s*_]+$/g, '')
    .replace(/\s*[:.–—-]$/, '')
    .trim()

/**
 * A line that is a date and nothing else, as a chronology or a scraped page sets one above the paragraphs it dates:
 * a day ("Sunday 28 January", "Oct. 18:", a numeric date) or a month alone ("October", with its year or without). Not a
 * stamp with a time, and not a line of more than one line.
 */
export function dateLine(text: string): 'day' | 'month' | null {
  if (text.includes('\n')) return null
  const t = bare(text)
  return DAY_ALONE.test(t) ? 'day' : MONTH_ALONE.test(t) ? 'month' : null
}
