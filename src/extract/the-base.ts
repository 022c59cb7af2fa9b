import { isCampaignMilitia, type PlaceEntry } from '../knowledge/knowledge.js'
import type { TermMatch } from '../knowledge/term-matcher.js'
import { kmBetween } from '../knowledge/km-between.js'
import type { ArticleState } from './article-state.js'
import { isUsSide, type SentenceFacts } from './classify-sentence.js'
import { ALL_OF_THEM } from './follow-up.js'
import { CAME_FROM } from './no-target.js'
import {
  ANAPHORIC_BASE,
  DESCRIBING,
  IT_ATTACKED,
  LANDMARK,
  NOT_A_NAME,
  PAST_ATTACK,
  TELLS_AN_UNNAMED_BASE,
  THERE_AFTER_OBJECT,
  UNNAMED_BASE,
} from './sentence-cues.js'

/** "the attack on", "the drone strike against": the words before a base that make it the object of the story's attack. */
const THE_ATTACK_ON = /\bthe (?:[\w-]+ ){0,2}?(?:attack|strike|assault) (?:on|against|targeting) $/i

/** Between "the outpost" and a base's name that is its name: ", known as ", " called ", ", which is known as the ". */
const NAMED_AS =
  /^\s*,?\s*(?:(?:which|that)\s+is\s+|also\s+|better\s+|widely\s+)?(?:known\s+as|called|dubbed|named|referred\s+to\s+as|identified\s+as)\s+(?:the\s+)?$/i

/** "the warning was a false alarm, and the base was not attacked at the time": no attack on the base it points back at (not "Unlike Monday's false alarm, two rockets struck the base"). */
const FALSE_ALARM = /\bfalse alarms?\b[^.;]*\b(?:was|were|had)\s+not\s+(?:been\s+)?(?:attacked|hit|struck|targeted)\b/i

/** How far from a base a place may be and still only describe where it is ("the base near the airport"), in kilometres. */
const LANDMARK_REACH_KM = 20

/** Words for a kind of base that a base's name may hold: "(the) garrison", "(the) landing zone". */
const KIND_OF_BASE = /\b(?:garrison|airfield|airstrip|landing zone|gas field|oil field|gas plant)\b/i

/** Right after "the base", the kind of place it stands by: "(the base) near the airport", "(the outpost) at the oil field". */
const KIND_AFTER = /^\s+(?:near|at|beside|by|next to|inside|on)\s+(?:the\s+)?(airport|airfield|oil field|gas field)\b/i

/** A weapon's harm where it struck: "wounded eight U.S. personnel there". */
const HARMED_THERE = /\b(?:killed|wounded|injured)\s+(?:[\w.-]+\s+){1,3}?there\b/i

/** Right after a state's name, its telling of its own strike: "(The Israeli military) said it targeted". */
const OWN_STRIKE = /^[^.;]{0,30}?\b(?:said|says|say)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:targeted|struck|hit|bombed|attacked)\b/i

/**
 * Which base a sentence's "the base", "the outpost", "the same Anbar base" means, when it names none it attacked: the
 * base the article named last (in the country or province the words give, if they give one), as a place of the
 * sentence where the words stand; or null when the words point at no base, or the sentence names its own target.
 */
export function theBaseMeant(
  facts: SentenceFacts,
  memory: Pick<ArticleState, 'lastSite' | 'namedBefore' | 'recent' | 'story' | 'storyAboveCrosshead'>,
): TermMatch<PlaceEntry> | null {
  // "An explosive-laden drone had struck the base shortly before": the base named last, on the day mentioned last.
  // "Without naming the base" points at no base.
  const backRef = UNNAMED_BASE.test(facts.text)
    ? null
    : (ANAPHORIC_BASE.exec(facts.text) ?? THERE_AFTER_OBJECT.exec(facts.text) ?? IT_ATTACKED.exec(facts.text))
  // "… hit the airport compound in Baghdad" after a base in Syria: the words after it say where it is, and not where
  // the base named last is, so it points back at nothing.
  const placedElsewhere =
    backRef !== null &&
    memory.lastSite !== null &&
    facts.places.some(
      (p) =>
        p.start >= backRef.index + backRef[0].length &&
        /^\s+(?:in|at|near|outside)\s+(?:the\s+)?$/i.test(facts.text.slice(backRef.index + backRef[0].length, p.start)) &&
        (p.value.country !== memory.lastSite?.country || (p.value.admin1 !== null && p.value.admin1 !== memory.lastSite?.admin1)),
    )
  // "Turkish warplanes struck the Oudeh oil field": a capitalised word the gazetteer does not know, before the word for a
  // base, is the name of another place, not a reference back ("the Anbar base", "the Tanf garrison" name known places).
  const modifier = backRef === null ? null : /^(?:the|that)\s+(?:same\s+)?([A-Z][a-z]+)\s/i.exec(backRef[0])
  const unknownName =
    modifier !== null &&
    backRef !== null &&
    /^[A-Z]/.test(modifier[1] ?? '') &&
    !NOT_A_NAME.test(modifier[1] ?? '') &&
    // "the Asad base": a word of the name of a base named before is that base's short name.
    ![memory.lastSite, ...memory.namedBefore].some((site) =>
      [site?.name ?? '', ...(site?.aliases ?? [])].some((name) =>
        name
          .toLowerCase()
          .split(/[\s-]+/)
          .includes((modifier[1] ?? '').toLowerCase()),
      ),
    ) &&
    !facts.places.some((p) => p.start < backRef.index + backRef[0].length && p.end > backRef.index)
  // "forces engaged a single drone near a base in northern Iraq; it came down short of the base": the base just told of, unnamed.
  const unnamedBefore = backRef !== null && TELLS_AN_UNNAMED_BASE.test(facts.text.slice(0, backRef.index))
  // "… followed a drone attack on the same base on July 16, when two armed drones were flown at Ain al-Asad": the clause
  // after it names the base it means.
  const namedInWhen =
    backRef !== null &&
    facts.places.some(
      (p) =>
        p.value.precision === 'site' &&
        p.start > backRef.index + backRef[0].length &&
        /^[^.;]*?,\s*(?:when|where)\b/i.test(facts.text.slice(backRef.index + backRef[0].length, p.start)),
    )
  // "The drone attack on the Rumalyn Landing Zone": words that are a base's own name (a word for a kind of base in it) name it;
  // they point back at no other.
  const ownName =
    backRef !== null && facts.places.some((p) => p.value.precision === 'site' && p.start < backRef.index + backRef[0].length && p.end > backRef.index)
  const anaphor = placedElsewhere || unknownName || unnamedBefore || namedInWhen || ownName ? null : backRef
  // A base named after it only to describe it ("the outpost, which supports the al-Tanf garrison") leaves "the outpost" the target.
  const namedSites = facts.places.filter((p) => p.value.precision === 'site')
  // "The U.S. base near the town of Rmeilan" is named by its town; only a bare "the base" is described by a landmark.
  // Not by one far from the base named last: "the base beside Erbil airport", after Harir, is the base at the airport.
  const describedOnly =
    anaphor !== null &&
    !/\b(?:U\.S\.|US|American|coalition|military)\s/i.test(anaphor[0]) &&
    namedSites.length > 0 &&
    namedSites.every(
      (p) =>
        p.start > anaphor.index &&
        (memory.lastSite === null || kmBetween(p.value, memory.lastSite) <= LANDMARK_REACH_KM) &&
        (DESCRIBING.test(facts.text.slice(anaphor.index, p.start)) || LANDMARK.test(facts.text.slice(anaphor.index + anaphor[0].length, p.start))),
    )
  // "Each was destroyed short of the base, and neither attack caused casualties": about every attack just told, not one base.
  const aboutAll = ALL_OF_THEM.test(facts.text) && memory.recent.filter((r) => r.type === 'attack').length > 1
  // "In Iraq, the base was targeted": the base named last in that country, not one named last elsewhere ("a drone
  // coming from Iraq attacked the base" names where it came from, not where the base is; "Lebanon's Al Mayadeen said
  // rockets struck the base" names whose channel spoke).
  const regions = facts.places.filter(
    (p) =>
      p.value.precision !== 'site' &&
      (anaphor === null || p.start < anaphor.index) &&
      !CAME_FROM.applies({ place: p, sites: facts.places, text: facts.text }) &&
      !/^['’]s\b/.test(facts.text.slice(p.end, p.end + 3)),
  )
  // "the same Anbar base": the base named last in that province.
  const province =
    anaphor === null
      ? undefined
      : facts.places.find(
          (p) => p.value.precision === 'area' && p.value.admin1 !== null && p.start > anaphor.index && p.end < anaphor.index + anaphor[0].length,
        )
  // "Erbil, 25 December: … the drone attack on the base", after a row about a base in Syria: the base named last in that
  // province, where the words name one ("Erbil"), else in that country.
  const inRegions = (site: { country: string | null; admin1: string | null } | null): boolean =>
    site !== null && regions.some((r) => r.value.country === site.country && (r.value.admin1 === null || r.value.admin1 === site.admin1))
  // "Two drones were sent at the garrison", on a page about Al-Tanf Garrison after a line on the Rukban camp: a word for
  // a kind of base that one base's name has and the one named last does not is that base's.
  // "the base near the airport" says its kind in the words after it, and says it so plainly that the base just attacked,
  // if it has no such name, is not meant.
  const kindAfter = anaphor === null ? undefined : KIND_AFTER.exec(facts.text.slice(anaphor.index + anaphor[0].length))?.[1]?.toLowerCase()
  const kind = anaphor === null ? undefined : (KIND_OF_BASE.exec(anaphor[0])?.[0].toLowerCase() ?? kindAfter)
  const hasKind = (site: PlaceEntry | null): boolean =>
    kind !== undefined &&
    site !== null &&
    // Words after the base are read against its own name ("Erbil Air Base (Erbil International Airport)"): an alias may
    // be a name of the place it stands on long ago ("Harir Airport").
    (kindAfter === undefined ? [site.name, ...site.aliases] : [site.name]).some((n) => n.toLowerCase().includes(kind))
  // Not when an attack was just told at the base named last: "Drones were launched at the Rumalyn Landing Zone. One hit
  // the garrison" is that base.
  const lastAttacked = memory.recent.some((r) => r.type === 'attack' && r.places.some((p) => p?.id === memory.lastSite?.id))
  const antecedentOf = (): PlaceEntry | null => {
    const { lastSite, namedBefore } = memory
    const ofThatKind = kind === undefined || hasKind(lastSite) || (lastAttacked && kindAfter === undefined) ? undefined : namedBefore.findLast(hasKind)
    if (ofThatKind !== undefined) return ofThatKind
    if (province !== undefined) return namedBefore.findLast((site) => site.admin1 === province.value.admin1) ?? lastSite
    const inCountry = (site: PlaceEntry): boolean => regions.some((r) => r.value.country === site.country)
    if (regions.length > 0 && lastSite !== null && !inCountry(lastSite)) return namedBefore.findLast(inRegions) ?? namedBefore.findLast(inCountry) ?? null
    if (regions.some((r) => r.value.admin1 !== null) && !inRegions(lastSite)) return namedBefore.findLast(inRegions) ?? lastSite
    return lastSite
  }
  const antecedent = antecedentOf()
  // "… fired ballistic missiles at the base for the first time, and then eight days later at Tower 22": the base
  // named before is a target of its own, in a clause before the other base's.
  const anotherTarget =
    anaphor !== null &&
    antecedent !== null &&
    namedSites.length > 0 &&
    !describedOnly &&
    namedSites.every(
      (p) =>
        p.start > anaphor.index + anaphor[0].length &&
        p.value.id !== antecedent.id &&
        /[,;]\s*(?:and\s+)?(?:then\s+)?|\band then\b/.test(facts.text.slice(anaphor.index + anaphor[0].length, p.start)),
    )
  // "the drone attack on the outpost, known as Tower 22": the base named right after it is its name; it points back at no other.
  if (anaphor !== null && namedSites.some((p) => NAMED_AS.test(facts.text.slice(anaphor.index + anaphor[0].length, p.start)))) return null
  // "Tehran had nothing to do with the attack on the American base": the base of the attack the story is about, which
  // may be a base it never named (one "in north-east Jordan"), not the base named last.
  const story = memory.story ?? memory.storyAboveCrosshead
  // Not when the sentence named a base before it: "A rocket attack on Patrol Base Shaddadi, … the last confirmed attack on
  // the base before November" is that base.
  if (
    anaphor &&
    story !== null &&
    story.type === 'attack' &&
    THE_ATTACK_ON.test(facts.text.slice(0, anaphor.index)) &&
    !namedSites.some((p) => p.end <= anaphor.index) &&
    // Not when the words place it elsewhere: "Erbil, 25 December: … the attack on the base", after a story in Syria.
    !(regions.length > 0 && !story.places.some((p) => p?.precision === 'site' && inRegions(p)))
  ) {
    const site = story.places.find((p) => p?.precision === 'site') ?? null
    const entry = site === null ? undefined : memory.namedBefore.findLast((named) => named.id === site.id)
    return entry === undefined ? null : { value: entry, start: anaphor.index, end: anaphor.index + anaphor[0].length }
  }
  // "The Israeli military said it targeted a Hamas command center inside the compound": another state telling of its own
  // strike, on a compound of its own war, not the base named last. Not when a campaign militia is named before it ("the
  // Islamic Resistance, which opposes Israel's war, said it had targeted the base").
  const anotherStates =
    anaphor !== null &&
    !facts.groups.some((g) => g.start < anaphor.index && isCampaignMilitia(g.value)) &&
    facts.groups.some(
      (g) =>
        g.end <= anaphor.index &&
        (g.value.kind === 'state' || g.value.kind === 'state-military') &&
        !isUsSide(g.value) &&
        OWN_STRIKE.test(facts.text.slice(g.end, anaphor.index)),
    )
  if (
    anaphor &&
    antecedent &&
    // "a single ballistic missile wounded eight U.S. personnel there": a weapon's harm is an attack's.
    (PAST_ATTACK.test(facts.text) || (facts.weapons.length > 0 && HARMED_THERE.test(facts.text))) &&
    !FALSE_ALARM.test(facts.text) &&
    (namedSites.length === 0 || describedOnly || anotherTarget) &&
    !aboutAll &&
    !anotherStates
  )
    return { value: antecedent, start: anaphor.index, end: anaphor.index + anaphor[0].length }
  return null
}
