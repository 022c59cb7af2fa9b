import type { Knowledge, PlaceEntry } from '../knowledge/knowledge.js'
import type { TermMatch } from '../knowledge/term-matcher.js'
import type { Place } from '../model/report.js'
import { normalizeForMatching } from '../clean/normalize-for-matching.js'
import { maskInlineFurniture } from '../clean/mask-inline-furniture.js'
import type { SentenceFacts } from './classify-sentence.js'
import { findDates, type DateAnchors } from './find-dates.js'
import { findShortNames, type ShortName } from './short-names.js'
import { IN_CLAUSE, NOT_AT, namesABorder, namesAPerson, namesAWar } from './sentence-cues.js'
import { maskDateline } from './dateline.js'
import { ITS_COMPOUND } from './no-target.js'
import { headSpeaks, namedByItsCount } from './attribute-claim.js'

/**
 * "on Saturday evening local time (early Sunday AEDT)": the same moment told in the reader's time zone, which names
 * another day. Blanked, same length, so the day where it happened is the only one.
 */
const TIME_ZONE_ASIDE =
  /\((?:[^()]{0,30}?\b)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^()]{0,30}?\b(?:[A-Z]{1,2}[DS]T|GMT|UTC|Eastern|Pacific|Central|Mountain|(?:[A-Z][a-z]+ )?time)\b[^()]{0,20}\)/g
/**
 * "…, which was the early hours of Monday in Kuala Lumpur", "which was shortly after 7:15 p.m. on Thursday here in
 * Mexico City", "-- that was late Saturday night here on the East Coast --", "which was late yesterday afternoon here on the East Coast", "that was a little after eight last night
 * here on the East Coast": the same moment told in the outlet's own time, in a clause ("that" only with "here").
 * Blanked, same length, as the aside above.
 */
const TIME_ZONE_CLAUSE = new RegExp(
  String.raw`,?\s*\b(?:which (?:was|is|would have been|would be)\b${IN_CLAUSE}{0,40}?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.;,]{0,30}?\b(?:here )?(?:in|on)|(?:that|which) (?:was|is|would have been|would be)\b${IN_CLAUSE}{0,40}?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last night|yesterday|tonight|today|this (?:morning|afternoon|evening))\b[^.;,]{0,30}?\bhere (?:in|on))\s+(?:the\s+)?(?<where>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:\s+time)?`,
  'g',
)
/**
 * "— in the early hours of Sunday in Pakistan —" (dashes as hyphens once normalized), ", or early Wednesday in Hong Kong",
 * "…, about 5 p.m. on Monday in New York —": the same moment told between dashes, after "or" or as a clock time, as a day somewhere outside the campaign's gazetteer (the outlet's city). Not "— on Sunday in Syria —",
 * where it happened.
 */
const TIME_ZONE_ELSEWHERE = new RegExp(
  String.raw`,?\s*(?:(?:[—–]|\s-{1,2})\s+|\bor\s+|,\s+(?:(?:about|around|roughly|just after|shortly after|shortly before)\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+)(?:(?:in\s+)?the\s+(?:early|small)\s+hours\s+of\s+|(?:early|late)\s+(?:on\s+)?|on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(?:morning|afternoon|evening|night))?\s+(?:in|on)\s+(?:the\s+)?(?<where>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:\s+time)?(?:\s*[—–]|\s+-{1,2}\s|(?=\s*[.;,]|\s*$))`,
  'g',
)
/** A day told before an aside: a weekday, or a month and its day. */
const DAY_BEFORE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/
const maskTimeZoneAsides = (text: string, isPlace: (words: string) => boolean): string =>
  text
    .replace(TIME_ZONE_ASIDE, (m) => ' '.repeat(m.length))
    // Not where it happened: "…, which was the second attack last night here in the Kurdistan Region".
    .replace(TIME_ZONE_CLAUSE, (m: string, ...rest: unknown[]) => (isPlace((rest.at(-1) as { where: string }).where) ? m : ' '.repeat(m.length)))
    .replace(TIME_ZONE_ELSEWHERE, (m: string, ...rest: unknown[]) => {
      const where = (rest.at(-1) as { where: string }).where
      const at = rest.at(-3) as number
      // Only a restatement: the moment was told before it, in its own day ("Late on Saturday, December 30 — …").
      return isPlace(where) || !DAY_BEFORE.test(text.slice(0, at)) ? m : ' '.repeat(m.length)
    })

/** "our forces struck" in a U.S. official's words: the forces are U.S. forces. Same length ("our" → "US "), so offsets hold. */
const FIRST_PERSON_FORCES = /\bour(?=\s+(?:forces|troops|aircraft|jets|military|service members)\b)/gi

/** Right before a place struck or sought: "fired at the", "the attack on the", "near the", "hit"; or a list or cell it opens ("**Friday — U.S. Embassy, Baghdad, and Ain al-Asad.**"). */
const STRUCK_OR_SOUGHT =
  /(?:\b(?:at|on|toward|towards|near|targeting|targeted|struck|hit|hitting|against|inside|outside|into|storm|stormed|reach|reached|of)\s+|(?:[|—–:]|\s-)\s*)(?:the\s+)?$/i
/**
 * Right before a place struck itself: `STRUCK_OR_SOUGHT` without "of", "into" or a list's opening, so "a branch office of the
 * US Embassy" is not the embassy struck.
 */
const STRUCK_DIRECTLY = /\b(?:at|targeted|targeting|struck|hit|hitting|near|toward|towards|against|inside|on)\s+(?:the\s+)?$/i
/** Right after a place struck: its compound or grounds, or a verb that tells it was struck ("… was targeted", "… came under fire"). */
const STRUCK_AFTER =
  /^\s+(?:(?:compound|complex|grounds|premises|perimeter)\b|(?:in\s+(?:[\w-]+\s+){1,9}?)?(?:was|were|had been|has been|came|comes|come)\s+(?:[\w-]+\s+)?(?:targeted|attacked|hit|struck|shelled|under|subjected)\b)/i
/** Right after an embassy's bare name, the city of another: "in Amman", "in Beirut" (not "in Baghdad"). */
const ELSEWHERE = /^\s+in\s+(?!Baghdad\b|Iraq\b|the Green Zone\b)[A-Z]/

/** Right after a name, the place it describes rather than who speaks: "(U.S. military) base", "(US military) positions". */
const MODIFIES_A_TARGET =
  /^\s+(?:bases?|outposts?|installations?|facilit(?:y|ies)|positions?|sites?|garrisons?|compounds?)\b(?!\s+(?:officials?|spokes(?:man|woman|person)|commanders?|press|public affairs)\b)/i

/** What the target's head says, when it speaks of the attack: "…; the embassy said no one inside was hurt" (not "the embassy said it would not comment"). */
const HEAD_TELLS_IT =
  /\bthe\s+[A-Za-z]{4,}\s+(?:said|says|stated|announced|added|confirmed)\b[^.;]{0,80}?\b(?:hurt|injur\w*|wounded|killed|casualt\w*|damage\w*|attack\w*|rockets?|drones?|missiles?|struck|hit|targeted|fired|landed|intercepted)\b/i
/** Right before a place, what sets it against the one named before: ", not", "rather than", "instead of". */
const RULED_OUT = /(?:,\s*(?:and\s+|but\s+)?not|\brather than|\binstead of)\s+(?:(?:at|in|on)\s+)?(?:the\s+)?$/i

/**
 * Right before a city or country where an attack was reacted to, not where it fell: "The timing of Thursday's attack drew
 * attention in Baghdad", "sparked anger across Iraq", "drew condemnation from Baghdad".
 */
const REACTED_IN = /\b(?:drew|draws|drawing|prompted|sparked|stirred|raised|caused)\s+(?:[\w-]+\s+){1,3}?(?:in|from|among|across)\s+(?:the\s+)?$/i

/** Right before a city, a word for the air base there: "the US-run air base at (Erbil)"; not another force's ("the Peshmerga air base at"). */
const BASE_AT = /(?<!\bPeshmerga\s+|\bIraqi\s+|\bSyrian\s+|\bKurdish\s+|\bcivilian\s+)\b(air ?base|airbase|airfield)\s+(?:at|in|near|outside)\s+(?:the\s+)?$/i

/** Right before a base where an attack did not happen. */
const NOT_AT_BEFORE = new RegExp(`${NOT_AT}$`, 'i')

/** What the article around a sentence lends its reading: who speaks, the short names it learned, and its days' anchors. */
export interface SentenceContext extends Omit<DateAnchors, 'campaignStart'> {
  /** The speaker is a U.S. voice: "our forces" are U.S. forces. */
  speaksForUs?: boolean
  shortNames?: ReadonlyMap<string, ShortName>
}

/** Finds everything a sentence says that extraction uses. */
export function analyze(
  sentence: string,
  published: string,
  previousDay: string | null,
  knowledge: Knowledge,
  { speaksForUs = false, shortNames = new Map(), ...anchors }: SentenceContext = {},
): SentenceFacts {
  const isPlace = (words: string): boolean => knowledge.findPlaces(words).length > 0
  let text = maskTimeZoneAsides(maskDateline(maskInlineFurniture(normalizeForMatching(sentence)), isPlace), isPlace)
  if (speaksForUs) text = text.replace(FIRST_PERSON_FORCES, 'US ')
  const groups = knowledge.findGroups(text)
  // "…," the Iraqi military group said": a government's name followed by "group" or "faction" names an armed group, not it.
  const claimants = knowledge
    .findClaimants(text)
    .filter((c) => c.value.kind !== 'host-government' || !/^\s+(?:group|faction|movement)\b/i.test(text.slice(c.end)))
    .filter((c) => namedByItsCount(text, c))
    // "The US military base at the Koniko gas field came under fire": a speaker's name that only describes what was hit,
    // unless its head speaks later: "rockets were fired at the US embassy compound; the embassy said no one was hurt".
    .filter(
      (c) =>
        c.value.kind !== 'us-official' ||
        !MODIFIES_A_TARGET.test(text.slice(c.end, c.end + 30)) ||
        (headSpeaks(text, c) && HEAD_TELLS_IT.test(text.slice(c.end))),
    )
  const insideName = (m: TermMatch<unknown>): boolean =>
    [...groups, ...claimants].some((g) => m.start >= g.start && m.end <= g.end && !(m.start === g.start && m.end === g.end))
  // "rockets were fired at the US Embassy": a place that is also a speaker's name is that place only where it is struck or
  // sought; elsewhere it is the speaker ("The US Embassy called it an attack", "according to the U.S. Embassy"), or another
  // country's embassy ("the U.S. Embassy in Amman").
  const speakerOnly = (m: TermMatch<unknown>): boolean =>
    claimants.some((c) => c.start === m.start && c.end === m.end) &&
    ((!STRUCK_OR_SOUGHT.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      !STRUCK_AFTER.test(text.slice(m.end, m.end + 80)) &&
      !ITS_COMPOUND.test(text)) ||
      ELSEWHERE.test(text.slice(m.end, m.end + 30)) ||
      abroad(m))
  const found = knowledge.findPlaces(text)
  // "A drone exploded in central Tel Aviv … near a branch office of the US Embassy": the bare name, in a sentence set only
  // in a country outside the campaign's region, is that country's embassy.
  // Not the embassy struck itself: "rockets were fired at the US Embassy …, adding that sirens also sounded in Tel Aviv".
  function abroad(m: TermMatch<unknown>): boolean {
    if (STRUCK_DIRECTLY.test(text.slice(Math.max(0, m.start - 20), m.start))) return false
    const others = found.filter((o) => o.end <= m.start || o.start >= m.end)
    return others.length > 0 && others.every((o) => o.value.country !== null && !knowledge.campaign.region.includes(o.value.country))
  }
  // "struck Rumalyn Landing Zone, not al-Shaddadi", "struck in northeastern Jordan, not at al-Tanf": a place set against a
  // base or region named before it is where nothing happened (not "landed near al-Baghdadi, not at Ain al-Asad": rockets
  // that fell short of the base they were fired at, near a town). "The attack was not at al-Tanf": a base denied outright.
  const ruledOut = (m: TermMatch<unknown>): boolean =>
    (RULED_OUT.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      found.some((o) => o.end <= m.start && (o.value.precision === 'site' || o.value.radiusKm !== undefined))) ||
    NOT_AT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))
  const reactedIn = (m: TermMatch<Place>): boolean => m.value.precision !== 'site' && REACTED_IN.test(text.slice(Math.max(0, m.start - 50), m.start))
  const places = found
    .filter(
      (p) => !insideName(p) && !speakerOnly(p) && !namesAWar(text, p) && !namesABorder(text, p) && !namesAPerson(text, p) && !ruledOut(p) && !reactedIn(p),
    )
    .map((p) => baseOfTheCity(p) ?? p)
  // "drones struck the US-run air base at Erbil": a city after a word for a base is that base, where the gazetteer knows
  // the two as one name ("Erbil air base"). Not "a base in Erbil province": the province holds more than one.
  function baseOfTheCity(p: TermMatch<PlaceEntry>): TermMatch<PlaceEntry> | null {
    if (p.value.precision === 'site' || /^\s+(?:province|governorate|region|countryside|district)\b/i.test(text.slice(p.end))) return null
    const kind = BASE_AT.exec(text.slice(Math.max(0, p.start - 30), p.start))?.[1]
    // "Most had targeted Harir air base in Erbil": the word for a base belongs to the name of a base right before the city.
    if (kind === undefined || found.some((o) => o.value.precision === 'site' && o.end <= p.start && p.start - o.end <= 12)) return null
    const composed = `${text.slice(p.start, p.end)} ${kind}`
    const site = knowledge.findPlaces(composed).find((h) => h.start === 0 && h.end === composed.length && h.value.precision === 'site')
    return site === undefined ? null : { ...p, value: site.value }
  }
  return {
    text,
    dates: findDates(text, published, previousDay, { ...anchors, campaignStart: knowledge.campaign.start }),
    places: [...places, ...findShortNames(text, shortNames, [...places, ...groups, ...claimants])].sort((a, b) => a.start - b.start),
    groups,
    weapons: knowledge.findWeapons(text),
    claimants,
  }
}
