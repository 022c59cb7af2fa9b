import { findDenial } from './find-denial.js'
import { liesOutside } from '../knowledge/lies-outside.js'
import type { DateSpan, EventType, Place } from '../model/report.js'
import { isUsStrike, type SentenceFacts, type Verdict } from './classify-sentence.js'
import { AGGREGATE, AN_UNNAMED_BASE_IN, CIVILIANS, MAY_RISE, OTHER_STATE_AGENT } from './sentence-cues.js'
import { findCasualties, NUMBER_ROSE_TO } from './find-casualties.js'

/**
 * The event a story is about so far: news is written as a lead that reports an attack,
 * then sentences about "the attack" that add who claimed it, who confirmed it, and what
 * it cost. Those sentences lean on the lead for the day and the place.
 */
export interface Story {
  type: Extract<EventType, 'attack' | 'us-strike'>
  date: DateSpan
  /** Where the lead placed it: one entry per place it named (`null` when it named none). */
  places: (Place | null)[]
  /** The words that gave its day, when a report told it ("on Sunday"). */
  dateText?: string | null
  /** Its day is only the day its lead was told ("…, the SDF said on Monday"), which may be a day after the attack's. */
  toldLater?: boolean
}

/**
 * A reference back to the event the story is about: "the attack", "Sunday's strike", "the drone assault",
 * "responsibility", "The Pentagon said the drone struck …", and a sentence that only says who told it: "This was reported by Reuters, citing a U.S. official".
 */
export const REFERS_BACK =
  /\b(?:the|this|that|these|those|its|such an?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's)\s+(?!(?:a|an)\s+(?:U\.?S\.?|American|coalition|Israeli|Turkish|Jordanian)\b)(?:(?:[\w-]+|U\.S\.)\s+){0,3}?(?:attack|strike|assault|incident|barrage|salvo|explosion|blast|raid|rocket fire|drone fire|operation)\b(?!\s+(?:groups?|fighters?|aircraft|package)\b)(?!\s+(?:on|against)\s+(?:the\s+)?(?:U\.?S\.?|American|coalition)\s+(?:forces|troops|bases)\b)|\b(?:the|these|those|both)\s+(?:[\w-]+\s+){0,2}?(?:rockets|drones|missiles|projectiles)\b(?!\s+(?:that|which)\b)|(?:^\W*|\b(?:said|says|added|stated|confirmed|reported)(?:,? that)?\s+)The\s+(?:[\w-]+\s+){0,2}?(?:rocket|drone|missile|projectile)\s+(?:hit|struck|slammed|crashed|exploded|landed|fell|detonated|impacted)\b|(?<!\barea of )\bresponsibility\b|^\s*(?:This|That)\s+(?:was|has been|had been)\s+(?:reported|confirmed|announced|disclosed|stated|verified)\s+by\b|\bone\s+(?:drone|rocket|missile|projectile)\s+(?:was|had been)\s+(?:[\w-]+\s+){0,2}?(?:shot|brought|knocked|downed|intercepted)\b[^.;]{0,60}?\b(?:another|the other|a second)\b/i

/**
 * "The Pentagon had acknowledged the first wave of attacks", "21 US service members were lightly injured in the earlier
 * attacks": a set of earlier attacks, not the story told before.
 */
export const EARLIER_ATTACKS =
  /\b(?:the|those|these)\s+(?:(?:first|earlier|initial|previous|prior)\s+(?:wave|round|series|string)\s+of\s+attacks|(?:first|earlier|initial|previous|prior)\s+(?:[\w-]+\s+)?attacks)\b/i

/** A running count brought up to date: "updated its count", "revised their overall tally"; not a toll raised "to seven". */
const UPDATED_ITS_COUNT =
  /\b(?:updated|revised|released|issued|published)\s+(?:its|their|the)\s+(?:running\s+|overall\s+|total\s+|cumulative\s+)?(?:count|tally|total|figures)\b(?!\s+(?:to|at)\b)/i

/** A toll in the past perfect: "seven people had been injured", "three had been killed", "more than 40 troops had now been injured". */
const HAD_BEEN_HURT = /\bhad (?:now |since |already |so far )?been (?:injured|wounded|hurt|killed)\b/i

/** A toll revised upward from an earlier figure: "the number had risen to 34", "up from 25", "raised the toll to seven dead", "gave a higher toll on Monday evening". */
const REVISED_UP = new RegExp(
  String.raw`${NUMBER_ROSE_TO}|\bup from\s+(?:the\s+)?\d|\b(?:gave|put out|reported|issued|released|published)\s+(?:a|an)\s+(?:higher|revised|updated|new)\s+(?:death\s+|casualty\s+)?(?:toll|figure|count|tally)\b|\b(?:raised|revised|put|brought)\s+(?:the\s+)?(?:death\s+|casualty\s+|injury\s+)?(?:toll|figure|number|count|tally)\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:up\s+)?to\b`,
  'i',
)

/** A casualty or damage report that can only be about the event just told: "No one was hurt", "Three soldiers were killed", "caused no damage", "leaves some troops lightly hurt". */
export const TOLL = new RegExp(
  String.raw`\b(?:no (?:one|U\.S\.\s+(?:personnel|troops|service members|forces))\s+(?:was|were)\s+(?:hurt|injured|wounded|killed|harmed)|nobody was (?:hurt|injured|wounded|killed|harmed)|no (?:casualties|causalities|injuries|deaths|damage|fatalities)|(?:were|was|are|is) (?:killed|wounded|injured|hurt)|(?:sustain|suffer)(?:ed|s)? (?:minor |serious |non-life-threatening |traumatic brain )?injuries|(?:were|was|are|is|had been|have been) treated for (?:minor |possible |suspected |traumatic brain )?(?:injuries|wounds|smoke inhalation|concussions?)|(?:death )?toll (?:rose|rises|climbed)|${NUMBER_ROSE_TO}|died of (?:their|his|her) (?:wounds|injuries)|(?:leaves|left|leaving) (?:[\w-]+\s+){1,4}?(?:(?:lightly|slightly|seriously|badly|critically)\s+)?(?:hurt|wounded|injured|dead))\b`,
  'i',
)

/** "the attack", "the drone strike": one attack, pointed back at. */
const ONE_ATTACK = /\bthe\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|incident)\b(?!s)/i

/** A reference back to every event the entry told: "none of the attacks", "all four", "both strikes", "in either attack", "in each case". */
export const ALL_OF_THEM =
  /\b(?:neither|none)\b(?!\s+of\s+(?:their|its|our|his|her)\s+own\b)(?=\s+(?:of\b(?!\s+(?:that|this|it|which)\b(?!\s+(?:attacks?|strikes?|incidents?)\b))|attacks?\b|strikes?\b|drones?\b|rockets?\b|caused\b|was\b|were\b|hurt\b|resulted\b|did\b))|\b(?:none of the|any of the|all (?:of )?the|both|either|each of the|neither of the|(?:all|the) (?:two|three|four|five|six))\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|incidents?|assaults?|drones?|bases?|sites?|of them)\b|\bnone of them\b|\b(?:all|none) (?:two|three|four|five|six)\b|\bin (?:each|both|all|either) (?:case|cases|instance|instances)\b|\bin (?:any|each|all|either) of the (?:two|three|four|five|six)\b/i

/** `ALL_OF_THEM`, every match: made once, not for every sentence read. */
const ALL_OF_THEM_EACH = new RegExp(ALL_OF_THEM.source, 'gi')

/**
 * How many events "all of them" counts, where it says: "the three sites" 3, "both strikes" 2, the largest where a
 * sentence says more than one ("downed both drones … at any of the three sites"), also beside a "none of them" it bounds
 * ("none of them hit either base" 2); `null` for "none of the attacks" alone.
 */
export function howManyOfThem(text: string): number | null {
  if (!ALL_OF_THEM.test(text)) return null
  const counts = [...text.matchAll(ALL_OF_THEM_EACH)].map((m) => {
    const said = m[0]
    if (/\b(?:both|either|neither)\b/i.test(said)) return 2
    // "none" is matched alone, its "of the three …" read after it.
    const after = /^\s+of\s+(?:the|them|these|those)\s+(two|three|four|five|six)\b/i.exec(text.slice((m.index ?? 0) + said.length))?.[1]
    const word = (after ?? /\b(two|three|four|five|six)\b/i.exec(said)?.[1])?.toLowerCase()
    return word === undefined ? null : ['two', 'three', 'four', 'five', 'six'].indexOf(word) + 2
  })
  // "none of them hit either base": the number a sentence gives bounds its "none of them".
  const known = counts.filter((n): n is number => n !== null)
  return known.length === 0 ? null : Math.max(...known)
}

/** "the two bases", "either base", "any of the three sites": the count is of places, each of which may have had several attacks told. */
export const countsPlaces = (text: string): boolean =>
  [...text.matchAll(ALL_OF_THEM_EACH)].some((m) => /\b(?:bases?|sites?|locations?|positions?|outposts?)\b/i.test(m[0]))

/**
 * "Since October, 60 U.S. troops have been injured", "The attacks have resulted in 17 minor injuries", "The overwhelming
 * majority caused no casualties": a running total, or a share of all the attacks, not the toll of the event just told.
 * "It carried out 196 missions against the group in the first half of the year, killing 44", "137 partnered operations
 * killed 30": a count of operations over a period.
 */
const RUNNING_TOTAL =
  /\b\d{2,}[\d,]*\s+(?:[\w-]+\s+)?(?:missions|operations|raids|sorties)\b|\bin the first (?:half|quarter|(?:two|three|four|five|six|seven|eight|nine|ten|eleven) months) of (?:the year|this year|last year|\d{4})\b|\b(?:have|has) been (?:killed|wounded|injured|hurt)\b|\b(?:the|these|those) attacks (?:have|had) (?:so far )?(?:resulted in|caused|left|led to|inflicted)\b|\bin total\b|\baltogether\b|\bso far\b|\bto date\b|\boverall\b|\bin all\b|\bthe (?:total|overall|cumulative) (?:number|toll|tally|count)\b|\bsince (?:the start|October|mid-October|Oct\.)|\bthe (?:overwhelming |vast |great )?majority\b|\b(?:most|many) of (?:the|them|these|those) (?:attacks|strikes)\b/i

/** A time counted back from the event told: "A day before the Zummar rockets", "hours before the attack". */
const BEFORE_IT = /\b(?:a|an|one|two|three|four|five|six|seven|\d+|several|a few|few)\s+(?:days?|hours?|weeks?)\s+before\s+(?:the|this|that|these|those)\b/i

/** A sentence about the time up to the story's day or event: "Before Sunday,", "Until the attack,", "Prior to this weekend,". */
const UNTIL_THEN =
  /^\W*(?:Before|Until|Up until|Prior to)\s+(?:(?:last|this)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|weekend))\b/

/** A period named by what ended or began it: "the last attack before the pause", "since the truce". A time, not talk of stopping. */
const A_PERIOD = /\b(?:before|after|since|until|during) the (?:pause|halt|lull|truce|ceasefire)\b/gi

/**
 * Wording about what may come, or about stopping: "will escalate", "the next attack", "suspending its attacks" (not "air
 * defenses failed to stop it", nor "said the next day", a day counted from the attack).
 */
const NOT_AN_ACCOUNT =
  /\b(?:will|would|could|might|may|next(?!\s+(?:day|morning|afternoon|evening|night)\b)|future|threaten\w*|vow\w*|warn\w*|suspend\w*|halt\w*|pause\w*|resum\w*|(?<!\b(?:failed|fail|unable|managed) to )stop\w*|end(?:ed|ing)?|if|unless|hearing|lawmakers|congress)\b/i

/** "it was the first attack since", "this marked the first such strike since": the attack told, described by the time before it. */
const FIRST_SINCE =
  /\b(?:it|this|that|which) (?:was|is|marked|marks) the first (?:[\w-]+ ){0,3}?(?:attack|strike|assault|incident)s? (?:on [\w\s.-]{1,40}? )?since\s+$/i

/**
 * Whether a sentence adds to the story's event rather than reporting one of its own: it refers
 * back to the event (or gives a toll), names no other base and no other day, and is not a
 * count of attacks over a period.
 */
/**
 * "A drone struck the Rumalyn Landing Zone last week … The drone hit on Friday, Aug. 9": a story dated only to a span, and
 * a sentence that points back at it with one day inside that span, is the story on that day. `null` otherwise.
 */
/**
 * A sentence that opens on the attack and tells when it happened: "The drone hit at about 5 p.m. … on Friday", "The attack
 * took place on Friday". Not a day of something after it: "The attack, which the Pentagon disclosed on Thursday, wounded
 * two", "Eight soldiers wounded in the attack were flown to Germany on Saturday".
 */
const IT_HAPPENED_ON =
  /^\W*(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:drone|rocket|missile|attack|strike|barrage|salvo|assault)s?\s+(?:hit|struck|slammed|crashed|exploded|landed|came|happened|took place|occurred|was launched|were launched|was fired|were fired)\b/i
export function narrowed(story: Story, facts: SentenceFacts): Story | null {
  if (story.date.start === story.date.end || !IT_HAPPENED_ON.test(facts.text)) return null
  const ownDays = facts.dates.filter((d) => d.role === 'point' && d.span.precision === 'day')
  const day = ownDays[0]
  if (day === undefined || ownDays.some((d) => d.span.start !== day.span.start)) return null
  if (day.span.start < story.date.start || day.span.end > story.date.end) return null
  return { ...story, date: day.span, dateText: day.text }
}

/**
 * Where one clause ends and another begins: ", and", ", but", ", though", "; ", and an "and" or "but" with no comma when
 * a subject and its verb follow ("No casualties were reported and flights at the airport were halted").
 */
const CLAUSE_BREAK =
  /,\s+(?:and|but|while|although|though)\s+|;\s*|\s+(?:and|but)\s+(?=(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,6}?(?:was|were|had|has|have|is|are)\s)/gi

/** The clause of `text` that holds an explicit toll ("No casualties were reported"), or all of it when there is none. */
function tollClause(text: string): string {
  const toll = TOLL.exec(text)
  if (toll === null) return text
  let start = 0
  let end = text.length
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0
    if (at + m[0].length <= toll.index) start = at + m[0].length
    else if (at >= toll.index + toll[0].length) {
      end = at
      break
    }
  }
  return text.slice(start, end)
}

/** A base of the U.S. side named by the area it is in, right before the area: "the American base in", "the base of the American occupation in". */
const THE_US_BASE_IN =
  /\bthe\s+(?:(?:U\.S\.|US|American|coalition)\s+(?:military\s+)?(?:base|outpost|position)|(?:base|outpost) of the (?:U\.S\.|US|American|coalition) (?:occupation|forces|troops|army))\s+(?:in|near|at)\s+(?:the\s+)?$/i

export function addsToStory(facts: SentenceFacts, verdict: Verdict, story: Story | null, region: readonly string[]): story is Story {
  if (story === null) return false
  if (verdict !== null && 'skip' in verdict) return false
  // "Earlier on Monday, CENTCOM said US forces had destroyed two drones in southwest Syria": an earlier event of its own,
  // unless it points back at the story's ("Earlier, the Pentagon confirmed the attack").
  if (/^\W*Earlier\b/i.test(facts.text) && !REFERS_BACK.test(facts.text)) return false
  // "By the time the Pentagon updated its count in late December, at least 66 US troops had been hurt": the running count
  // of the whole campaign, not a revised toll of the story's attack.
  if (UPDATED_ITS_COUNT.test(facts.text) && !REFERS_BACK.test(facts.text)) return false
  // "Briefing reporters on April 23, the Pentagon said …": the day it was said is no day of another event.
  const ownDays = facts.dates.filter((d) => d.role === 'point' && d.span.precision === 'day')
  // A figure is this event's toll unless the sentence tells of another event: "a strike that Iran blamed on Israel killed five".
  const toll = TOLL.test(facts.text) || (hasFigure(findCasualties(facts.text)) && !ANOTHER_EVENT.test(facts.text) && !OTHER_STATE_AGENT.test(facts.text))
  // "Later on Monday the monitor raised the death toll to seven": a later day on a toll is the day it was counted, not another event.
  // "On Monday, officials said the number had risen to 34": a toll revised upward points back at the figure before it.
  // "By Tuesday, the AP put the total at seven": a toll as it stood by a later day. "Tuesday: officials said seven people
  // had been injured": a toll in the past perfect, told on a later day, counts those the attack before had hurt.
  const byThen = (d: { start: number }): boolean => /\bby\s+(?:the\s+)?(?:late\s+|early\s+)?$/i.test(facts.text.slice(0, d.start))
  const later = (d: { span: DateSpan; start: number }): boolean =>
    toll && (REFERS_BACK.test(facts.text) || REVISED_UP.test(facts.text) || HAD_BEEN_HURT.test(facts.text) || byThen(d)) && d.span.start > story.date.end
  if (ownDays.some((d) => (d.span.start !== story.date.start || d.span.end !== story.date.end) && !later(d)) && narrowed(story, facts) === null) return false
  // "In March 2023, a contractor died": a month or span that does not hold the story's day is another time.
  const narrows = narrowed(story, facts) !== null
  if (facts.dates.some((d) => d.role === 'point' && (d.span.start > story.date.start || d.span.end < story.date.end) && !later(d) && !narrows)) return false
  // "A U.S. official said it was the first attack since November 23": the span it ends is before the story's attack, which
  // the sentence describes.
  const firstSince = (d: { start: number }): boolean => FIRST_SINCE.test(facts.text.slice(Math.max(0, d.start - 80), d.start))
  if (facts.dates.some((d) => (d.role === 'since' && !firstSince(d)) || d.role === 'historical' || d.role === 'future' || d.role === 'occasion')) return false
  const storySites = new Set(story.places.map((p) => p?.id ?? null))
  if (facts.places.some((p) => p.value.precision === 'site' && !storySites.has(p.value.id))) return false
  // "A third drone was destroyed over a base in northern Iraq without causing injuries", after drones at Ain al-Asad: an
  // indefinite base in an area the story's places lie outside of is another attack's ("a base in Jordan" may be Tower 22),
  // and so is "the American base in al-Malikiyah" after a claim on al-Tanf.
  const unnamedBaseIn = facts.places.filter((p) => {
    const before = facts.text.slice(Math.max(0, p.start - 60), p.start)
    return p.value.precision !== 'site' && (AN_UNNAMED_BASE_IN.test(before) || THE_US_BASE_IN.test(before))
  })
  if (unnamedBaseIn.some((area) => story.places.every((p) => p !== null && liesOutside(p, area.value)))) return false
  // "The Erbil attack was the first in which a US service member was critically injured", after a claim on a base in Syria:
  // an attack named by a town or region the story's places lie outside of is that attack.
  const namedElsewhere = facts.places.filter(
    (p) =>
      p.value.precision !== 'site' &&
      // The subject that opens the sentence, not a comparison ("Unlike the Erbil attack last week, the Anbar strike …").
      /^\W*(?:the|that|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|last\s+week['’]s)\s+$/i.test(facts.text.slice(0, p.start)) &&
      /^\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assault)\b/i.test(facts.text.slice(p.end, p.end + 40)),
  )
  if (namedElsewhere.some((area) => story.places.every((p) => p !== null && liesOutside(p, area.value)))) return false
  // "… killed in a drone attack on U.S. forces in northeastern Jordan, near the Syrian border" after a claim on bases in
  // Syria: the place the sentence tells it happened at, in another country, is another attack's.
  const storyCountries = new Set(story.places.map((p) => p?.country ?? null))
  const where = facts.places.find((p) => WHERE_IT_HAPPENED.test(facts.text.slice(Math.max(0, p.start - 80), p.start)))
  if (!storyCountries.has(null) && where !== undefined && !storyCountries.has(where.value.country)) return false
  // "that figure could keep climbing" is no forecast of attacks (of civilians killed in a city, it is left to stop the
  // toll: the dead of another strike that night).
  // "No casualties were reported, and the ministry denied reports that flights had been halted": a toll told in a clause of
  // its own is read in that clause alone; what another clause says may come or stop is about something else.
  // Civilians' deaths, with "the toll may rise" anywhere in the sentence, stay the toll of what killed them (below).
  const civilians = CIVILIANS.test(facts.text)
  const withoutPeriod = (civilians ? facts.text : tollClause(facts.text)).replace(A_PERIOD, ' ')
  const account = civilians ? withoutPeriod : withoutPeriod.replace(MAY_RISE, ' ')
  if (AGGREGATE.test(facts.text) || RUNNING_TOTAL.test(facts.text) || NOT_AN_ACCOUNT.test(account)) return false
  // "A day before the Zummar rockets, a blast at the Kalsu base killed one": what came before the story's event is
  // another event, whatever "the Zummar rockets" points back at. "Before Sunday, no American had been killed by hostile
  // fire": the time before it, likewise.
  if (BEFORE_IT.test(facts.text) || UNTIL_THEN.test(facts.text)) return false
  // "Israeli bombardment of Gaza has killed more than 7,700 Palestinians": a toll told of a place outside the campaign's
  // region, with no word pointing back at the attack, is that place's.
  const elsewhere = facts.places.some((p) => !region.includes(p.value.country) && WHERE_IT_HAPPENED.test(facts.text.slice(Math.max(0, p.start - 80), p.start)))
  if (elsewhere && !REFERS_BACK.test(facts.text)) return false
  // "… have resulted in the deaths of at least 34,097 Palestinians": a toll of another war's people, likewise.
  if (OTHER_WARS_DEAD.test(facts.text) && !REFERS_BACK.test(facts.text)) return false
  // A sentence that reports an attack of its own on its own day is not a follow-up.
  if (verdict !== null && verdict.type !== 'statement' && ownDays.length > 0 && verdict.type !== story.type) return false
  // "mourners carried the coffin of a man killed in one of the overnight strikes": one of a set of strikes, the U.S. reply;
  // so are "strikes near the city of Hillah", with no article.
  if (story.type === 'attack' && (ONE_OF_THE_STRIKES.test(facts.text) || IN_STRIKES.test(facts.text))) return false
  if (EARLIER_ATTACKS.test(facts.text)) return false
  // "An armed U.S. drone struck them, killing all five": a U.S. strike told after an attack is the reply, and its toll is not the attack's.
  if (story.type === 'attack' && ((verdict !== null && verdict.type === 'us-strike') || (isUsStrike(facts) && !REFERS_BACK.test(facts.text)))) return false
  // "A U.S. defense official said U.S. forces had not been targeted, contrary to some reports": a U.S. official's denial
  // that U.S. forces were the target, after the attack, is about it.
  const deniesTarget = facts.claimants.some((c) => c.value.kind === 'us-official') && findDenial(facts.text) === 'target'
  // "Jordan's government said the attack had taken place outside its territory", after a group's claim on three bases: one
  // attack, with no figure, is none of several bases told together, and the sentence names none of them.
  const sitesTold = new Set(story.places.filter((p) => p !== null && p.precision === 'site').map((p) => p?.id))
  if (sitesTold.size > 1 && !toll && ONE_ATTACK.test(facts.text) && !ALL_OF_THEM.test(facts.text)) return false
  return REFERS_BACK.test(facts.text) || toll || deniesTarget
}

/**
 * Right before the place an attack or its toll is told at: "killed in a drone attack overnight on U.S. forces in …",
 * "bombardment of", "killed 12 children in the Israeli-controlled".
 */
const WHERE_IT_HAPPENED =
  /\b(?:attacks?|strikes?|struck|hit|killed|killing|wounded|injured|bombard\w*|shelling|offensive|raids?)\b[^,;]{0,50}?\b(?:in|at|on|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i

/**
 * The people and places of the wars beside the campaign, as a toll names them: "Palestinians", "Lebanese civilians",
 * "Israel's campaign in Gaza, which has killed more than 26,000" (not "the first troops killed since the Gaza war began").
 */
const OTHER_WARS_DEAD =
  /\b(?:Palestinians?|Gazans|Lebanese|Yemenis|Israelis)\b|\b(?:in|on|against|of) (?:Gaza|the West Bank|Lebanon)\b[^.;]{0,30}?\b(?:killed|left)\b/

/** "killed in one of the overnight strikes", "wounded in one of the raids": one of a set of strikes, not the attack. */
const ONE_OF_THE_STRIKES = /\b(?:in|by) one of the (?:[\w-]+ ){0,2}?(?:strikes|raids|air ?strikes|bombings)\b/i

/** An event of its own, told with an indefinite article: "a strike", "an Israeli raid", "another attack". */
const ANOTHER_EVENT = /\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|raid|bombing|explosion|blast|assault)\b/i

/** Strikes told with no article, as a set of their own: "18 people were wounded in strikes near the city of Hillah". */
const IN_STRIKES =
  /\b(?:in|by)\s+(?:(?:the\s+)?(?:air|U\.S\.|American|overnight|retaliatory)\s+)?(?:air ?strikes|strikes|raids|bombings)\b(?!\s+(?:by|from|of)\s+(?:the\s+)?(?:militias?|groups?|militants|factions?|Iran))(?!\s+on\s+(?:the\s+)?(?:base|outpost|garrison))/i

/** Whether a sentence's or a report's figures give a toll, zero included. */
export const hasFigure = (c: { killed: unknown; injured: unknown }): boolean => c.killed !== null || c.injured !== null
