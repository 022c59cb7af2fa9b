import { differenceInCalendarDays, parseISO } from 'date-fns'
import type { Knowledge, PlaceEntry } from '../knowledge/knowledge.js'
import type { Story } from './follow-up.js'
import type { Place, Report } from '../model/report.js'
import { summarize } from './summarize.js'
import { toPlace } from './to-place.js'
import { liesOutside } from '../knowledge/lies-outside.js'

/**
 * "U.S. officials have identified the site as Tower 22", "the name of the site: Tower 22", "The base is al-Tanf", "The base is
 * known as Tower 22": the words that name the
 * attacked base outright, which a newest-first live blog may print above the entry that placed the attack only in an area.
 */
export const IDENTIFIED =
  /\b(?:identified|named)\s+(?:the|this|that)\s+(?:base|site|outpost|facility|installation|camp|position)\s+as\s+(?:the\s+)?$|\bname of the (?:base|site|outpost|facility|installation|camp)\s*(?::|was|is)\s*(?:the\s+)?$|^\W*(?:[a-z][a-z.,'’ -]{2,60}:\s+)?(?:The|That) (?:base|garrison|outpost|facility|installation|camp)(?: in question| attacked| targeted| hit)? (?:is|was)\s+(?:(?:known as|called|named)\s+)?(?:the\s+)?$/i

/** Right after a base that opens a sentence, where it lies: "garrison sits in", "base, which lies near", "is located in". */
export const LIES_IN =
  /^\s+(?:(?:garrison|base|air ?base|outpost|airfield|compound|facility)\s+)?(?:,\s*which\s+)?(?:sits|lies|is located|is situated|stands)\s+(?:in|near|on|at|about|some|close|just|roughly)\b/i

/** A country, or a region (an area the gazetteer gives a radius: "northeastern Jordan"), not a town or camp named as a target ("Rukban"). */
const isRegion = (p: Place, knowledge: Knowledge): boolean =>
  p.precision === 'country' || (p.id !== null && knowledge.placeById.get(p.id)?.radiusKm !== undefined)

/**
 * Moves the attacks an article placed only in the region or country of a base it identifies outright, anywhere in the
 * article, to that base: when they all fall within two days of each other (one attack, told on its local and its
 * Washington day), they are the attack the article names. Areas of another province are left as they are.
 */
export function nameIdentifiedBase(base: PlaceEntry, reports: Report[], knowledge: Knowledge): void {
  // Only an area the base lies in: "The base is known as Harir" does not move an attack "in western Iraq".
  const vague = (p: Place | null): boolean => {
    const area = p?.id === null || p?.id === undefined ? undefined : knowledge.placeById.get(p.id)
    return (
      p !== null &&
      p.precision !== 'site' &&
      isRegion(p, knowledge) &&
      p.country === base.country &&
      (p.admin1 === null || p.admin1 === base.admin1) &&
      (area === undefined || !liesOutside(toPlace(base), area))
    )
  }
  const found = reports.filter((r) => r.type === 'attack' && vague(r.location))
  const days = found.map((r) => r.date.start).sort()
  const first = days[0]
  const last = days.at(-1)
  if (first === undefined || last === undefined || differenceInCalendarDays(parseISO(last), parseISO(first)) > 2) return
  const place = toPlace(base)
  for (const r of found) {
    r.location = place
    r.summary = summarize(r.type, place, r.weapons, r.claimant, knowledge)
  }
}

/**
 * "The outpost, known as", "the base, which is called", "The base, situated in the town of": the words that name a base
 * the story told of without its name.
 */
export const KNOWN_AS =
  /\b(?:the|this|that|a) (?:small |tiny |remote |American |U\.S\. |US )?(?:base|air ?base|airbase|airfield|airstrip|garrison|outpost|site|facility|installation|camp|position)\b,?\s+(?:(?:which|that) is\s+)?(?:known(?: to(?: [\w.'’-]+){1,4}?)? as|called|named|dubbed|identified as|(?:situated|located) (?:in|at) (?:the )?(?:town|village|city|area) of)\s+(?:the\s+)?$/i

/**
 * Moves the story's attack from the area it was placed in to the base a later sentence names: each of its
 * reports on the story's day placed nowhere, or only in an area or country of the base's country, is at the base.
 */
export function nameStoryBase(story: Story, base: PlaceEntry, reports: Report[], knowledge: Knowledge): void {
  const vague = (p: Place | null): boolean => p === null || (p.precision !== 'site' && isRegion(p, knowledge) && p.country === base.country)
  if (!story.places.some(vague)) return
  const place = toPlace(base)
  for (const r of reports) {
    if (r.type !== 'attack' || r.date.start !== story.date.start || r.date.end !== story.date.end || !vague(r.location)) continue
    r.location = place
    r.summary = summarize(r.type, place, r.weapons, r.claimant, knowledge)
  }
  story.places = [...new Set(story.places.map((p) => (vague(p) ? place : p)))]
}
