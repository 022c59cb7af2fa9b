import { MONTH_NAME } from './find-dates.js'

/** "Nov. 2, 2023" in a dateline. */
const MONTH_DAY = String.raw`${MONTH_NAME}\s+\d{1,2}(?:,\s*\d{4})?`
/** "2 January", "26 juil 2024": the day first, as European and translated agency copy writes it, in any language. */
const DAY_MONTH = String.raw`\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?`
/** "14-8-2024", "14/8/2024": a day in figures with its year, either order. */
const NUMERIC_DAY = String.raw`\d{1,2}[-/.]\d{1,2}[-/.]\d{4}`
/** "Ordibehesht 4, 1403", "Azar 3, 1402": a month of another calendar, its day and its year, as Iranian agencies date their copy. */
const OTHER_CALENDAR_DAY = String.raw`\p{L}{3,12}\s+\d{1,2},\s*\d{4}`
/** "WASHINGTON, Nov. 2, 2023 (Wire) —", "ERBIL (Iraq), 2 January (AMP) —": a dateline dates the article, not the events. Blanked, same length. */
const DATELINE = new RegExp(
  String.raw`^\s*[A-Z][A-Z .'/-]{2,40}(?:\s*\([A-Za-z .]{2,30}\))?(?:,\s*[A-Za-z .]{2,30})?(?:,?\s*(?:${MONTH_DAY}|${DAY_MONTH}|${OTHER_CALENDAR_DAY}))?\s*(?:\([^)]{1,40}\)\s*){0,2}(?:—|–|--|-)\s`,
  'u',
)
/** A wire dateline in title case, which the agency's name in brackets marks: "Beirut/New Delhi, Feb 5 (PTI)", "Beijing, Jan. 29 (Xinhua) --". */
const AGENCY_DATELINE = new RegExp(String.raw`^\s*[A-Z][\w .'/-]{2,40},\s*(?:${MONTH_DAY}|${NUMERIC_DAY})\s*\([^)]{1,40}\)\s*(?:(?:—|–|--|-|:)\s)?`)
/** Places joined by slashes before a colon, a dateline as Gulf papers print one: "Abu Dhabi / Baghdad:". */
const SLASH_DATELINE = /^\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}(?:\s*\/\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})+\s*:\s/
/** A page's time stamp run into the lead: "30/10/2023 - 11:05", "2023-10-30 11:05". */
const TIMESTAMP = /^\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})\s*(?:[-–—|,]\s*)?\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[AP]M))?\s+/i
/**
 * A syndicator's credit before a dateline: "(MENAFN- Nam News Network) DAMASCUS, Aug 14 (NNN-SANA) –"; or a photo's
 * copyright run in before it: "File photo © Nevsky International DAMASCUS, October 9 (Nevsky International) -", "File
 * photo. (c) MGW / Photo bank DAMASCUS, December 31 (MGW) -".
 */
const CREDIT =
  /^\s*(?:\([^()]{2,60}\)|(?:[Ff]ile\s+)?(?:[Pp]hoto\.?\s*|[Ii]mage\.?\s*)?(?:©|\([cC]\))\s*[A-Z][\w.'’-]*(?:\s+[A-Z][a-z][\w.'’-]*){0,3}(?:\s*\/\s*[A-Z][a-z]+(?:\s+[a-z]+){0,2})?)\s*/
/** A wire dateline with no mark after its day, as Indian agencies run them: "Baghdad, Oct 28 An Iraqi militia …". */
const BARE_DATELINE = new RegExp(String.raw`^\s*[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2},\s*${MONTH_DAY}\s+(?=[A-Z])`)
/** A capitals dateline with a colon, as Gulf and pan-Arab papers run them: "BAGHDAD: …", "BAGHDAD/WASHINGTON: …" (a place must be in it). */
const COLON_DATELINE = /^\s*[A-Z][A-Z'-]{2,}(?:[ /][A-Z][A-Z'-]{2,}){0,3}:\s+(?=[A-Z"“])/
/** A dateline with the whole date, its year written, and the outlet's name after it: "Washington, January 21, 2024, The Europe Today:", "Colombia /America, 29th January 2024:". */
const YEAR_DATELINE = new RegExp(
  String.raw`^\s*[A-Z][\w .'/-]{2,40},\s*(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s*\d{4})(?:,\s*[^:—–,.]{2,40})?\s*(?:—|–|--|:)\s`,
)
/** A post's or an edit's stamp run into its first sentence: "**EDIT 1, Wed 17 Jul, 12:10** —", "**UPDATE 24 Oct, 21:40 UTC** —". */
const EDIT_STAMP = /^\s*(?:\*\*|__)(?:edit|update|updated|original post|posted|op)\b[^*_\n]{0,40}?\b\d{1,2}:\d{2}\b[^*_\n]{0,20}(?:\*\*|__)\s*(?:[—–:-]\s*)?/i

/**
 * A live entry's stamp, its day with its time, before its title on a bold line of its own: "**Oct. 24, 2023, 9:48 PM ET —
 * Pentagon: …**". (An event log's plain line, "2 January, 09:52 – Three drones …", is dated by its stamp: not this.)
 */
const ENTRY_STAMP = new RegExp(
  String.raw`^\s*(?:\*\*|__)\s*(?=[^*_\n]*(?:\*\*|__)\s*$)(?:${MONTH_DAY}|${DAY_MONTH}),?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*(?:—|–|--|-|\|)\s`,
  'iu',
)

/** A day the title of a live entry names for itself: "… last week", "… on Sunday", "… Jan. 27", "… today". */
const OWN_DAY = new RegExp(String.raw`\b(?:today|yesterday|tonight|last (?:week|night|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTH_NAME})\b`, 'i')

/** The stamp of a live entry's bold line ("Oct. 24, 2023, 9:48 PM ET"), for `postedOn`; `null` when the line has none. */
export function entryStamp(text: string): string | null {
  const m = ENTRY_STAMP.exec(text)
  return m === null ? null : m[0].replace(/^[\s*_]+/, '').replace(/\s*(?:—|–|--|-|\|)\s$/, '')
}

export function maskDateline(text: string, isPlace: (words: string) => boolean): string {
  // A stamp dates the post, not what it tells (its day is what "today" means there: `postedOn`). A live entry's stamp
  // is blanked only when its title names a day of its own ("… drone attack on al-Tanf last week"); a title that names
  // none ("… Drone attack kills three U.S. troops at Tower 22") is of the stamp's day.
  const entry = ENTRY_STAMP.exec(text)
  const stamp = EDIT_STAMP.exec(text) ?? (entry !== null && OWN_DAY.test(text.slice(entry[0].length)) ? entry : null)
  if (stamp !== null) return ' '.repeat(stamp[0].length) + text.slice(stamp[0].length)
  // "**Deir Ezzor, Aug. 14 (SCD)** –": a dateline in bold is read as one without its marks (same length, so offsets hold).
  const plain = /[*_]/.test(text) ? text.replace(/^[\s*_]+/, (marks) => ' '.repeat(marks.length)).replace(/\*\*|__/g, '  ') : text
  const credit = CREDIT.exec(plain)?.[0] ?? ''
  const rest = plain.slice(credit.length)
  const colon = COLON_DATELINE.exec(rest)
  const m =
    DATELINE.exec(rest) ??
    AGENCY_DATELINE.exec(rest) ??
    TIMESTAMP.exec(rest) ??
    SLASH_DATELINE.exec(rest) ??
    BARE_DATELINE.exec(rest) ??
    YEAR_DATELINE.exec(rest) ??
    (colon !== null && isPlace(colon[0]) ? colon : null)
  return m ? ' '.repeat(credit.length + m[0].length) + text.slice(credit.length + m[0].length) : text
}
