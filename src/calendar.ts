/** The months' first three letters, January first. */
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** January 0 … December 11 for a month's name, whole or cut short ("Sept.", "march"); -1 for anything else. */
export const monthIndex = (name: string): number => MONTH_STEMS.indexOf(name.slice(0, 3).toLowerCase())

/** The weekday of a `YYYY-MM-DD` day, Sunday 0 … Saturday 6, whatever the machine's time zone. */
export const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay()
