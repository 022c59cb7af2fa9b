/** The months' first three letters, January first. */
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** January 0 … December 11 for a month's name, whole or cut short ("Sept.", "march"); -1 for anything else. */
export const monthIndex = (name: string): number => MONTH_STEMS.indexOf(name.slice(0, 3).toLowerCase())

/** A month's name, whole or cut short, and nothing longer ("Oct", "October", "Sept"; not "Separately", "Marines"): a pattern's source. */
export const MONTH_WORD = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

/** A weekday's name, whole or cut short ("Mon", "Tues", "Thursday"): a pattern's source. */
export const WEEKDAY_WORD = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?`

/** The weekday of a `YYYY-MM-DD` day, Sunday 0 … Saturday 6, whatever the machine's time zone. */
export const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay()
