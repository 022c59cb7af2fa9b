import { allMatches } from './all-matches.js'
import type { DateMention } from './find-dates.js'

/** How many paragraphs after an official's count of one day's attacks the outlet's own account of them may run. */
export const COUNT_REACH = 3

/** The U.S. as the one who acts: "the U.S. military announced its assaults", "U.S. forces carried out strikes". */
const US_ACTS = /\b(?:U\.?S\.?|American|United States)\s+(?:[\w-]+\s+){0,2}?(?:announced|carried out|conducted|launched|struck|bombed|retaliated)\b/i

/**
 * A few attacks counted on the day the sentence names, in one clause: "attacked four times on Thursday", "launching four
 * separate attacks on U.S. bases on Thursday", "On Sunday, U.S. forces came under attack three times". Not a running total
 * beside a day ("Saturday's attack was among the more than 140 attacks counted").
 */
const DAYS_COUNT = new RegExp(
  String.raw`(?<!\b(?:of|among|amid|in|including|from|after|since|than)\s+)\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-2]|several|multiple)\s+(?:(?:separate|more|other|different|distinct|drone|rocket|missile|and|or|\d+)\s+)*(?:attacks|times|strikes|assaults|incidents)\b`,
  'gi',
)
export function countsTheDay(text: string, day: DateMention): boolean {
  // "The other two strikes took place on Oct. 27, after the U.S. military announced its assaults": the U.S. speaks of its own strikes.
  if (US_ACTS.test(text)) return false
  return allMatches(DAYS_COUNT, text).some((m) => {
    const between = day.start >= m.index + m[0].length ? text.slice(m.index + m[0].length, day.start) : text.slice(day.end, m.index)
    return (day.start >= m.index + m[0].length || day.end <= m.index) && between.length <= 90 && !/[;:]/.test(between)
  })
}

/** A few attacks counted over the 24 hours up to when they were told: "at least four times within 24 hours", "three attacks in the past day". */
const WITHIN_A_DAY = new RegExp(
  String.raw`${DAYS_COUNT.source}\s+(?:(?:with)?in|over|during)\s+(?:(?:the|a)\s+)?(?:(?:past|last|span of|single)\s+)?(?:24\s+hours|twenty-four\s+hours|day)\b`,
  'i',
)
/** What a count of a day's attacks may come after, as its time: "hours after the United States carried out airstrikes". */
const CAME_AFTER = /\b(?:hours|days|a day|shortly|soon|just|minutes)\s+(?:after|before)\b.*$/is
/** Whether a sentence counts the attacks of the 24 hours up to when it was told; not the U.S. counting its own strikes. */
export function countsADay(text: string): boolean {
  const count = text.replace(CAME_AFTER, '')
  return !US_ACTS.test(count) && WITHIN_A_DAY.test(count)
}
