import type { PlaceEntry } from '../knowledge/knowledge.js'
import type { TermMatch } from '../knowledge/term-matcher.js'
import type { Count } from '../model/report.js'
import { parseCount, type CasualtyKind } from './find-casualties.js'

/** One base's share of a toll given base by base. */
export interface BaseToll {
  place: TermMatch<PlaceEntry>
  count: Count
}

/** A number right before "at"/"in" and a base: "at least 32 at al-Tanf", "13 at Al Asad", "one in Erbil" (at most three figures: no year). */
const COUNT_AT =
  /(?:^|[\s,(:;])((?:(?:at least|more than|about|nearly|almost|some|over|roughly|around)\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?))(?:\s+(?:were|was))?(?:\s+(?:injured|wounded|hurt|killed))?\s+(?:at|in)\s+(?:the\s+)?$/i

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
    if (count !== null) tolls.push({ place, count })
  }
  return tolls.length >= 2 ? { kind: injured ? 'injured' : 'killed', tolls } : null
}
