const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?`
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`
const YEAR = String.raw`(?:19|20)\d{2}`
/** A day alone: "Sunday 28 January", "Oct. 18", "Wednesday, October 18, 2023", "18/10/2023", "2023-10-18". */
const DAY_ALONE = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s+)?(?:${DAY}\s+${MONTH}|${MONTH}\s+${DAY})(?:,?\s+${YEAR})?$|^(?:${WEEKDAY},?\s+)?\d{1,2}[/.]\d{1,2}[/.]${YEAR}$|^${YEAR}-\d{2}-\d{2}$`,
  'i',
)
/** A month alone: "October", "November 2023". */
const MONTH_ALONE = new RegExp(String.raw`^${MONTH}(?:\s+${YEAR})?$`, 'i')

const bare = (text: string): string =>
  text
    .replace(/^[\s*_#>]+|[\s*_]+$/g, '')
    .replace(/\s*[:.–—-]$/, '')
    .trim()

/**
 * A line that is a date and nothing else, as a chronology or a scraped page sets one above the paragraphs it dates:
 * "Sunday 28 January", "Oct. 18:", "18/10/2023", or a month alone ("October", "November 2023"). Not a stamp with a
 * time ("Jan. 29, 2024 4:05 PM"), and not a line of more than one line.
 */
export function dateLine(text: string): 'day' | 'month' | null {
  if (text.includes('\n')) return null
  const t = bare(text)
  return DAY_ALONE.test(t) ? 'day' : MONTH_ALONE.test(t) ? 'month' : null
}
