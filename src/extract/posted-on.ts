import { normalizeForMatching } from '../clean/normalize-for-matching.js'
import { entryStamp } from './dateline.js'
import { findDates } from './find-dates.js'

/** A bold stamp that opens a post or an edit: "**UPDATE 24 Oct, 21:40 UTC** —", "**EDIT 1, Mon 25 Dec, 23:50**". */
const OPENING_STAMP = /^\s*(?:\*\*|__)([^*_\n]{0,60}?\b\d{1,2}:\d{2}\b[^*_\n]{0,20})(?:\*\*|__)/
/** A social post's stamp on its own line under it, in its paragraph or the next: "8:14 PM · Jan 20, 2024 · 611K Views". */
const CLOSING_STAMP = /(?:^|\n)\s*\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?\s*·\s*([^·\n]{4,30}?)\s*(?:·[^\n]*)?\s*$/i

/**
 * The day a post or an edit says it was written, from its stamp, when that is not after publication: "today", "tonight"
 * and "this morning" in it are that day's, not the page's. A megathread's "**EDIT 1, Mon 25 Dec, 23:50** — … a statement
 * today" is 25 December on a page published on the 28th; an X post's "tonight" is the day on the stamp line under it.
 * `null` for a paragraph with no stamp.
 */
export function postedOn(paragraphText: string, below: string, published: string): string | null {
  const stamp = OPENING_STAMP.exec(paragraphText)?.[1] ?? entryStamp(paragraphText) ?? CLOSING_STAMP.exec(paragraphText)?.[1] ?? CLOSING_STAMP.exec(below)?.[1]
  if (stamp === undefined) return null
  const day = findDates(normalizeForMatching(stamp), published).find((d) => d.role === 'point' && d.span.precision === 'day')
  return day !== undefined && day.span.start <= published ? day.span.start : null
}
