import type { PlaceEntry } from '../knowledge/knowledge.js'
import type { TermMatch } from '../knowledge/term-matcher.js'
import type { Count } from '../model/report.js'
import { NUMBER, parseCount, type CasualtyKind } from './find-casualties.js'

/** One base's share of a toll given base by base. */
export interface BaseToll {
  place: TermMatch<PlaceEntry>
  count: Count
}

/** A number right before "at"/"in" and a base, as a toll writes it (`NUMBER`): "at least 32 at al-Tanf", "13 at Al Asad", "one in Erbil". */
const COUNT_AT = new RegExp(String.raw`(?:^|[\s,(:;])(${NUMBER})(?:\s+(?:were|was))?(?:\s+(?:injured|wounded|hurt|killed))?\s+(?:at|in)\s+(?:the\s+)?$`, 'i')

const INJURED = /\b(?:injur|wound|hurt|TBI|traumatic brain|concussion)/i
const KILLED = /\b(?:killed|dead|deaths?|died|fatalit)/i

/**
 * "Ryder broke the injuries down as at least 32 at al-Tanf, 13 at Al Asad and one at Erbil": one toll given as a number
 * at each of two or more bases, with the harm named once. The kind is that harm; `null` when the sentence names both
 * kinds or neither, or gives fewer than two bases a number of their own.
 */
export function tollsByBase(text: string, places: readonly TermMatch<PlaceEntry>[]): { kind: CasualtyKind; tolls: BaseToll[] } | null {
  const injured = INJURED.test(text)
  const killed = KILLED.test(text)
  if (injured === killed) return null
  const tolls: BaseToll[] = []
  for (const place of places) {
    if (place.value.precision !== 'site') continue
    const before = COUNT_AT.exec(text.slice(Math.max(0, place.start - 60), place.start))
    const count = before ? parseCount(before[1] ?? '') : null
    // A share of one toll has at most three figures: "2023 at Harir" is a year.
    if (count !== null && count.max < 1000) tolls.push({ place, count })
  }
  return tolls.length >= 2 ? { kind: injured ? 'injured' : 'killed', tolls } : null
}
