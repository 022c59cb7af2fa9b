import type { ClaimantEntry, GroupEntry, PlaceEntry, WeaponEntry } from '../knowledge/knowledge.js'
import { isCampaignMilitia } from '../knowledge/knowledge.js'
import type { TermMatch } from '../knowledge/term-matcher.js'
import { datingMentions, MONTH_NAME, type DateMention } from './find-dates.js'
import { HARM_WORD } from './find-casualties.js'
import type { EventType } from '../model/report.js'
import { ANSWERS } from './answered-attack.js'
import {
  AGGREGATE,
  ANNIVERSARY,
  beforeThisWar,
  REACTION,
  ATTACK,
  CASUALTY_VERB,
  MARITIME,
  OTHER_STATE_AGENT,
  SPEECH,
  STRIKE_TARGET,
  threatens,
  PAST_ATTACK,
  US_AGENT,
  US_AIRCRAFT_AGENT,
  US_STRIKE_NOUN,
  US_VICTIMS,
  IN_CLAUSE,
  NOT_AT,
  CAME_AFTER,
  OTHER_STATES_STRIKES,
} from './sentence-cues.js'
import { sitelessAttack } from './siteless-attack.js'

/** What one sentence says, found before deciding what it reports. */
export interface SentenceFacts {
  /** The sentence normalized for matching (same length as the original). */
  text: string
  dates: DateMention[]
  /** Places, with names inside group names removed ("Islamic Resistance in Iraq" is not Iraq). */
  places: TermMatch<PlaceEntry>[]
  groups: TermMatch<GroupEntry>[]
  weapons: TermMatch<WeaponEntry>[]
  claimants: TermMatch<ClaimantEntry>[]
}

/** The classifier's verdict: an event type, or why the sentence reports no event (`null` when it says nothing of interest). */
export type Verdict = { type: EventType } | { skip: string } | null

/**
 * "The Observatory said the base had been targeted twice": the past perfect of reported speech, about the base in hand,
 * tells what happened, not a state of affairs (not "had been hit 60 times", "had been attacked since October").
 */
const REPORTED_PAST =
  /\b(?:said|says|reported|added|told [\w-]+)\s+(?:that\s+)?(?:the\s+(?:base|site|garrison|outpost|air ?base|airfield|field)|it)\s+had been (?:hit|attacked|targeted|struck|shelled)\b(?!\s+(?:(?:\d+|more than|over|dozens of|several|many)\s+)?times\b)(?![^.;]*\b(?:since|repeatedly|before|previously|earlier|in the past)\b)/i

const sites = (f: SentenceFacts): TermMatch<PlaceEntry>[] => f.places.filter((p) => p.value.precision === 'site')

/** The U.S. government and military in `src/data/groups.yaml`, and every body part of them: the side attacked, never another state. */
const US_SIDE = new Set(['united-states', 'us-department-of-defense', 'centcom', 'cjtf-oir'])
/** A group of the U.S. side: the United States, its Defense Department, CENTCOM, the coalition, and what belongs to them. */
export const isUsSide = (g: GroupEntry): boolean => US_SIDE.has(g.id) || g.partOf.some((id) => US_SIDE.has(id))

/** Words between a state and a verb of firing that make someone else the one who fires: "Iran-backed groups fired", "Iran's proxies launched". */
const SOMEONE_ELSES = /backed|aligned|linked|allied|sponsored|supported|affiliated|armed|funded|prox|militia|group|faction|fighters/i

/**
 * Another state's forces as the ones who fire: "Iran's Revolutionary Guards fired ballistic missiles at Erbil".
 * The state is a group of `src/data/groups.yaml` that is not the U.S. side or a militia, the subject of its clause
 * (a verb of firing within a few words after it, with no group and no "-backed" between).
 */
const otherStateFires = (f: SentenceFacts): boolean =>
  f.groups.some((g) => {
    if (g.value.kind === 'militia' || isUsSide(g.value)) return false
    if (/\b(?:by|of|from|with)\s+$/i.test(f.text.slice(Math.max(0, g.start - 12), g.start))) return false
    const after = /^[^,.;:]{0,30}?(?<!\b(?:was|were|been|being|is|are)\s+)\b(?:fired|launched|struck|attacked|bombed|shelled|pounded|hit|targeted)\b/.exec(
      f.text.slice(g.end),
    )
    if (after === null || SOMEONE_ELSES.test(after[0]) || SPEECH.test(after[0]) || /\b(?:sources?|officials?|spokes\w*)\b/i.test(after[0])) return false
    return !f.groups.some((other) => other.start >= g.end && other.start < g.end + after[0].length)
  })

/**
 * A strike whose target is an armed group's own site, with no base of U.S. forces named: "a drone strike on a
 * headquarters of the Popular Mobilization Forces", "drones hit a position of the Peshmerga". The target word is
 * followed by "of" or "belonging to" and the group, or preceded by the group's name.
 */
const ARMED_GROUP_SITE =
  /\b(?:headquarters|positions?|posts?|checkpoints?|camps?|bases?|sites?|compound|depots?|facilit(?:y|ies)|offices?|convoy|vehicles?|cent(?:er|re)s?|nodes?|stores?|warehouses?|strongholds?)(?:\s+in\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:of|belonging to|used by|run by|operated by|linked to|tied to)\s+(?:the\s+|a\s+|an\s+)?$/i
/** A kind of site right after a group's name: "a Peshmerga base", "a Kataib Hezbollah headquarters", "two Kataib Hezbollah sites". */
const SITE_AFTER_GROUP =
  /^\s+(?:(?:weapons?|ammunition|drone|rocket|storage|logistics|command)\s+)?(?:headquarters|positions?|posts?|checkpoints?|camps?|bases?|sites?|targets?|locations?|compound|depots?|facilit(?:y|ies)|offices?|convoy|vehicles?)\b/i
/** The armed groups a sentence names: neither the U.S. side nor a state. */
const armedGroups = (f: SentenceFacts): SentenceFacts['groups'] => f.groups.filter((g) => !isUsSide(g.value) && g.value.kind !== 'state')
const targetsArmedGroup = (f: SentenceFacts): boolean =>
  sites(f).length === 0 &&
  !US_VICTIMS.test(f.text) &&
  armedGroups(f).some(
    (g) =>
      SITE_AFTER_GROUP.test(f.text.slice(g.end)) ||
      ARMED_GROUP_SITE.test(f.text.slice(Math.max(0, g.start - 60), g.start).replace(/\s*(?:Kurdish|Iraqi|Syrian|Iranian|Kurdistan)\s*$/i, ' ')),
  )
/**
 * No base of the sentence's own but those an event timed by another names before "… also followed", and those with no day
 * of their own ("The attack on Kharab al-Jir also followed an explosion late on Friday at …"). Not "Rockets struck Ain
 * al-Asad on Sunday in an attack that followed an explosion at …".
 */
const onlyTimedBases = (f: SentenceFacts): boolean => {
  if (sites(f).length === 0) return true
  const after = CAME_AFTER.exec(f.text)
  return after !== null && sites(f).every((s) => s.start < after.index) && !f.dates.some((d) => d.role === 'point' && d.start < after.index)
}
/** The U.S. side named anywhere: "a U.S.-used air base in Kirkuk, which houses units of the Iraqi army". */
const US_SIDE_NAMED = /\b(?:U\.?S\.?|American|coalition|international)\b/i
/** "…, which houses units of the Iraqi army and the Popular Mobilization Forces", with no U.S. or coalition forces in the sentence. */
const HOUSES_OTHERS =
  /\b(?:which|that)\s+(?:houses|hosts|housed|hosted)\s+(?:units|members|fighters|forces|troops|brigades)\s+of\s+(?:the\s+)?(?:Iraqi|Syrian|Popular Mobili[sz]ation|PMF|Hashd)\b/i
/** "a joint U.S.-Iraqi raid against Islamic State hideouts": an operation against an armed group, whoever it hurt. */
const operationAgainstArmedGroup = (f: SentenceFacts): boolean =>
  sites(f).length === 0 && armedGroups(f).some((g) => OPERATION_AGAINST.test(f.text.slice(Math.max(0, g.start - 50), g.start)))
/**
 * "a close-range ballistic missile hit Al-Asad Air Base …, and an AC-130 gunship killed the militants who fired it": a
 * weapon that struck a named base is an attack on it, whatever U.S. fire the sentence tells after it.
 */
const weaponStruckSite = (f: SentenceFacts): boolean =>
  f.weapons.some(
    (w) =>
      !/\b(?:U\.?S\.?|American|coalition)\s+(?:[\w-]+\s+){0,2}$/i.test(f.text.slice(Math.max(0, w.start - 30), w.start)) &&
      // "Russian warplanes and drones targeted the al-Tanf area": another state's.
      !/\b(?:Russian|Israeli|Turkish|Syrian|Jordanian)\b[^.;,]{0,30}$/i.test(f.text.slice(Math.max(0, w.start - 40), w.start)) &&
      sites(f).some((s) => s.start > w.end && WEAPON_STRUCK.test(f.text.slice(w.end, s.start))),
  )
/**
 * "a single close-range ballistic missile wounded eight U.S. personnel there; an AC-130 gunship destroyed the launch
 * vehicle": a weapon that harmed U.S. forces is an attack on them, whatever U.S. fire the sentence tells after it.
 */
const weaponHarmedUs = (f: SentenceFacts): boolean =>
  f.weapons.some(
    (w) =>
      // Told before any U.S. side: not "U.S. aircraft hit 85 targets in response to the drone attack that killed three U.S. soldiers".
      !US_SIDE_OR_VOICE.test(f.text.slice(0, w.start)) && WEAPON_HARMED_US.test(f.text.slice(w.end)),
  )
/** A group's record of claims, not a claim of one attack: "has claimed most of the earlier drone launches". */
const CLAIMED_MOST_OF =
  /\b(?:has|have|had) (?:also )?claimed (?:most|many|all|several|dozens|scores|some|the (?:bulk|majority)) of (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:attacks|launches|strikes|operations)\b/i
/** The U.S. side, or a U.S. voice, named: "U.S. aircraft", "The United States carried out", "the Pentagon said". */
const US_SIDE_OR_VOICE = new RegExp(`${US_SIDE_NAMED.source}|\\b(?:United States|Washington|Pentagon|CENTCOM)\\b`, 'i')
const WEAPON_HARMED_US =
  /^\s*(?:[\w-]+\s+){0,2}?(?:killed|wounded|injured)\s+(?:(?:at least|more than|about|nearly|some|\w+|\d+)\s+)?(?:U\.S\.|US|American|coalition)\s+(?:troops|personnel|soldiers|service ?members|servicemembers|forces|sailors|airmen|Marines)\b/i
const WEAPON_STRUCK =
  /^\s*(?:[\w-]+\s+){0,3}?(?:hit|struck|targeted|attacked|slammed into|crashed into|landed (?:on|in|inside|at)|exploded (?:at|on|inside|over)|(?:was |were )?(?:fired|launched|flown|sent) (?:at|on|toward|towards))\s+(?:the\s+)?$/i

/** Every base the sentence names stands in the clause that tells the attack a U.S. strike answers. */
const answeredOnly = (f: SentenceFacts): boolean => {
  const clause = ANSWERS.exec(f.text)
  return clause !== null && sites(f).every((s) => s.start > clause.index)
}
/**
 * "CENTCOM said the strikes answered a rocket attack on U.S. personnel at Patrol Base Shaddadi": the attack a strike
 * "answered", told with no day of its own, is no attack on the day the strike was told. With its day ("answered a drone
 * attack on Tower 22 on Jan. 28") it is the attack the sentence tells.
 */
const answeredUndated = (f: SentenceFacts): boolean => {
  const verb = ANSWERED.exec(f.text)
  return (
    verb !== null &&
    sites(f).every((s) => s.start > verb.index) &&
    !f.dates.some((d) => d.start > verb.index && d.role === 'point' && d.span.precision === 'day')
  )
}
const ANSWERED = /\b(?:answered|answers|answering)(?=\s+(?:[\w'’-]+\s+){1,4}?attacks?\s+(?:on|against|targeting)\b)/i

/** The sentence with each "the <base> (drone) strike" blanked, same length. */
function withoutNamedAttacks(f: SentenceFacts): string {
  let text = f.text
  for (const p of sites(f)) {
    const before = /\bthe\s+$/i.exec(text.slice(Math.max(0, p.start - 4), p.start))
    const after = /^\s+(?:(?:drone|rocket|missile)\s+)?(?:strike|attack|bombing)\b/i.exec(text.slice(p.end))
    if (before === null || after === null) continue
    const from = p.start - before[0].length
    const to = p.end + after[0].length
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to)
  }
  return text
}

/** What a count of attacks is set aside as (the running count and aggregate rules). */
const COUNT: Verdict = { skip: 'a count of attacks over a period, not one attack' }
/** The same, from the aggregate rule ("two separate drone attacks" with no day of one's own), told apart from a running count. */
export const AGGREGATE_COUNT: Verdict = { skip: 'a count of attacks over a period, not one attack' }
/** Whether a verdict sets a sentence aside as a count of attacks over a period (a running count's or the aggregate rule's). */
export const isCountOverAPeriod = (verdict: Verdict): boolean => verdict === COUNT || verdict === AGGREGATE_COUNT
/** The tail that sets one attack among many: ", in the latest of a string of attacks since …", "— the latest in a series of strikes". */
const LATEST_OF_MANY =
  /[,;—–-]\s*(?:in |as |and |marking )?(?:the|its) (?:latest|newest|most recent|last) (?:in|of) (?:a|the) (?:long |growing )?(?:string|series|wave|spate|run|number|succession) of\b/i

/**
 * "The campaign of rocket and drone attacks … began on 17 October and has now passed 100 attacks": its day is the count's
 * first. A campaign's only: "A wave of rocket strikes that began on Saturday night hit Ain al-Asad" tells one attack.
 */
const CAMPAIGN_BEGAN = /(?<!\bsince\s+(?:a|the|this|that)\s+)\bcampaign\s+of\b[^.;]{0,80}?\b(?:began|started|(?:has|had) begun)\s+on\b/i

/** "the running count of attacks", "the tally of strikes": a count, whatever number follows. */
const RUNNING_COUNT = /\b(?:count|tally|number|total)\s+of\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|assaults|incidents)\b/i

/** "responded to some 60 attacks during their year overseas", "attacked at least ten times over the past week": a count over a deployment or a recent stretch, whatever day it was told. */
/** A sentence whose subject is Iran's own missiles: "Iranian ballistic missiles struck near Erbil Air Base …", "An Iranian missile barrage hit Erbil". */
const IRAN_OPENS = /^\W*(?:(?:an?|the)\s+)?(?:Iranian|Iran['’]s|IRGC)\s+(?:ballistic\s+)?missiles?\b/i
/**
 * Iran's missiles as the subject, with no militia and no other weapon in the sentence: the missiles' every verb is
 * theirs ("… killed four civilians, including a businessman, and struck close to Erbil Air Base"). Not "Iranian missile
 * strikes on Erbil were followed on Tuesday by a drone attack that wounded two U.S. troops at Harir".
 */
const iransOwn = (f: SentenceFacts): boolean =>
  IRAN_OPENS.test(f.text) &&
  !f.groups.some((g) => isCampaignMilitia(g.value)) &&
  // "Iranian ballistic missiles launched by Iraqi militias struck U.S. forces": the militias'.
  !/\b(?:drones?|rockets?|mortars?|UAVs?|Katyushas?|militias?|militants|factions?|proxies|Resistance)\b/i.test(f.text)

/** "were all targeted", "have all been hit", "all came under fire": every one of the bases named. */
const ALL_TARGETED =
  /\b(?:were|have\s+been|had\s+been|have|had)\s+all\s+(?:been\s+)?(?:targeted|attacked|hit|struck|shelled)\b|\ball\s+(?:came|come|have\s+come)\s+under\s+(?:attack|fire)\b/i

/** The names of the states whose strikes `OTHER_STATES_STRIKES` blanks: a quick test before the blanking. */
const OTHER_STATE_WORD = /\b(?:Israeli|Jordanian|Turkish|Russian|Iranian|Revolutionary|IRGC)\b/i
/** The text with another state's strikes blanked, same length (offsets hold). */
const withoutOtherStatesStrikes = (text: string): string =>
  OTHER_STATE_WORD.test(text) ? text.replace(OTHER_STATES_STRIKES, (m) => ' '.repeat(m.length)) : text
/**
 * Whether a weapon and a word of harm tell an attack, once another state's strikes and the rest of their clause are set
 * aside: "Iranian missile strikes on Erbil on Monday killed four civilians near … Erbil Air Base" tells Iran's; "since the
 * 2020 Iranian missile strike, three soldiers were killed at Tower 22" still tells the deaths.
 */
const harmedByWeapons = (f: SentenceFacts): boolean =>
  f.weapons.length > 0 && CASUALTY_VERB.test(OTHER_STATE_WORD.test(f.text) ? f.text.replace(OTHER_STATES_CLAUSES, ' ') : f.text)
/** Another state's strikes with the rest of their clause. */
const OTHER_STATES_CLAUSES = new RegExp(`(?:${OTHER_STATES_STRIKES.source})[^,;]*`, 'gi')

const OVER_A_TOUR =
  /\b(?:during|over|throughout|in the course of)\s+(?:their|its|his|her|the|a)\s+(?:[\w-]+\s+){0,2}?(?:year|deployment|tour|rotation|months|weeks)\b|\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:\d+|two|three|four|five|six|seven|ten|few|several)\s+)?(?:days?|weeks?|months?)\b/i

/** Right before the group an operation is against: "a joint raid against", "counter-terrorism operations targeting the". */
const OPERATION_AGAINST = /\b(?:raids?|operations?|missions?|offensive|sweeps?|crackdown)\s+(?:against|on|targeting)\s+(?:the\s+)?(?:suspected\s+)?$/i

/** The U.S. strikes in this sentence: "the U.S. military attacked", "U.S. airstrikes", "an AC-130 gunship struck". */
export const isUsStrike = (f: SentenceFacts): boolean => {
  // Several rules, and follow-up.ts, ask about the same sentence in turn; the answer depends on its text alone.
  if (f.text !== lastAsked.text) lastAsked = { text: f.text, strike: tellsUsStrike(f.text) }
  return lastAsked.strike
}

/** The sentence `isUsStrike` read last, and its answer. */
let lastAsked: { text: string | null; strike: boolean } = { text: null, strike: false }

function tellsUsStrike(sentence: string): boolean {
  const text = TELLS_NO_STRIKE.reduce((t, clause) => t.replace(clause, ''), sentence)
  return (
    (usAgent(text) && !US_VICTIMS.test(text)) ||
    US_STRIKE_NOUN.test(text) ||
    US_AIRCRAFT_AGENT.test(text) ||
    COALITION_FIRE.test(text) ||
    RESPONDED_BY.test(text) ||
    US_AIRCRAFT_SENT.test(text)
  )
}

/**
 * "Centcom sent A-10 attack jets against a hostile target", "a fighter jet from the U.S.-led coalition destroyed a drone
 * launcher": U.S. aircraft named by who sent them or whose they are, not by an adjective. Not when the strike came
 * "after a failed rocket attack on a base near Rumalyn", "hours after drones targeted al-Tanf", or hit a vehicle "that had
 * fired rockets at the base": that sentence tells the attack too, and is read as one.
 */
const US_AIRCRAFT_SENT =
  /\b(?:U\.?S\.?|CENTCOM|Central Command|Pentagon|U\.?S\.?-led coalition)\s+(?:[\w-]+\s+){0,2}?(?:sent|dispatched|scrambled)\s+(?:[\w-]+\s+){0,3}?(?:jets|aircraft|warplanes|fighters|gunships|helicopters)\s+(?:against|to\s+(?:strike|hit|destroy|attack))\b(?![^.;]*\b(?:after\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|(?:drones?|rockets?|missiles?)\s+(?:had\s+)?(?:targeted|struck|hit|attacked|were\s+fired|was\s+fired))|(?:that|which)\s+had\s+(?:fired|launched))\b)|\b(?:jets?|warplanes?|aircraft|helicopters?|gunships?)\s+(?:from|of)\s+the\s+(?:U\.?S\.?-led\s+coalition|U\.?S\.?\s+(?:military|Air\s+Force|Navy))\s+(?:[\w-]+\s+){0,2}?(?:struck|destroyed|bombed|targeted|hit|fired\s+on)\b(?![^.;]*\b(?:after\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|(?:drones?|rockets?|missiles?)\s+(?:had\s+)?(?:targeted|struck|hit|attacked|were\s+fired|was\s+fired))|(?:that|which)\s+had\s+(?:fired|launched))\b)/i

/**
 * "U.S. forces responded to the initial attacks on the Green Village base by targeting positions …", "Washington responded
 * within hours with strikes on three sites": the U.S. firing back.
 */
const RESPONDED_BY =
  /\b(?:U\.?S\.?|American|coalition)\s+(?:forces|troops|military|aircraft|jets|warplanes)\s+(?:responded|retaliated|replied|answered)\b[^.;]{0,100}?\bby\s+(?:targeting|striking|hitting|shelling|bombing|firing|pounding)\b|(?<!\b(?:after|since|before|when|as|until|once)\s+)\b(?:Washington|the United States|the U\.?S\.?|U\.?S\.?\s+(?:forces|troops|military)|the Pentagon|the American military)\s+(?:responded|retaliated|replied|answered|hit back|struck back)\b[^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,3}?(?:air ?strikes|strikes|raids|bombings)\b/i

/**
 * "U.S. Central Command said Iran-backed militants launched the missiles", "Central Command said the drone had hit a base":
 * the U.S. speaks; the militants, or their weapon, fire. "CENTCOM initially reported three killed": the U.S. gives a toll.
 */
const OTHER_SHOOTER =
  /\b(?:said|says|told|announced|reported)\s+(?:that\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:militants?|militias?|fighters|factions?|insurgents|attackers|drones?|rockets?|missiles?|mortars?|projectiles?|UAVs?)\b|\b(?:said|says|reported|reports|announced|confirmed|put)\s+(?:that\s+)?(?:at least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+(?:(?:U\.?S\.?|American|service|troops?|soldiers?|people|personnel)\s+)*(?:were\s+)?(?:killed|dead|wounded|injured)\b/i
const usAgent = (text: string): boolean => {
  const m = US_AGENT.exec(text)
  return m !== null && !OTHER_SHOOTER.test(m[0])
}

/**
 * "the attacks began on Sunday evening, hours after the US strikes, when rockets were fired at …", "the first significant
 * attack since the US launched retaliatory strikes over the weekend": a time told by the strikes, not a strike told. Not
 * when the strikes are told there ("two days after the U.S. military carried out strikes in Iraq that hit 85 targets").
 */
const AFTER_US_STRIKES =
  /\b(?:(?:hours|days|minutes|weeks|a day|a few hours|shortly|soon|just|not long)\s+(?:after|before|following)|since)\s+(?:the\s+)?(?:U\.?S\.?|American|United States)\s+(?:(?:military|forces|launched|began|carried out|conducted|started|its|retaliatory|air)\s+){0,3}(?:air\s*)?strikes?\b(?!\s+(?:in|on|at|that|which|hitting|targeting|killing|against|near)\b)/gi

/** "…, prompting U.S. strikes on launchers": what an attack led to, told after it; the sentence is about the attack. */
const CONSEQUENCE = /,?\s*\b(?:prompting|triggering|drawing|provoking|which (?:prompted|triggered|drew|provoked))\b[^.;]*/gi

/**
 * "the Islamic Resistance fired rockets at Ain al-Asad in response to U.S. airstrikes on its positions", "militants said
 * they responded to U.S. strikes by firing rockets", "in response to a U.S. drone strike the same day near Kirkuk, where
 * CENTCOM said it had killed five militants": the U.S. strikes an attack answers, named, not told.
 */
const ANSWERING_US_STRIKES =
  /\b(?:in (?:response|retaliation|reply|revenge) (?:to|for)|(?:responded|responding|retaliated|retaliating|replied) (?:to|for)|to avenge|(?:as )?(?:revenge|payback) for)\s+(?:the\s+|an?\s+|recent\s+|these\s+|those\s+)?(?:U\.?S\.?|American|United States)\s+(?:(?:military|retaliatory|air|drone)\s+)?(?:air ?strikes?|strikes?|raids?|bombing)\b(?:\s+(?:on|in|against|that|near|the same day|earlier)\b[^.;,]*)?(?:,\s*(?:where|in which)\b[^.;,]*)?/gi

/**
 * "…after a drone strike on Jan. 28 killed three U.S. soldiers at Tower 22, and the United States answered on Feb. 2 with
 * strikes on 85 targets": the reply, told after the attack in a clause of its own; the sentence is about the attack.
 */
const REPLY_AFTER =
  /,?\s+and\s+(?:the\s+)?(?:United States|U\.?S\.?(?:\s+(?:military|forces))?|Washington|American forces)\s+(?:later\s+|then\s+)?(?:answered|responded|retaliated|replied|hit back|struck back)\b[^.;]*/gi

/** Clauses that name U.S. strikes without telling one: what an attack led to, a time told by the strikes, the strikes an attack answers, a reply told after. */
const TELLS_NO_STRIKE = [CONSEQUENCE, AFTER_US_STRIKES, ANSWERING_US_STRIKES, REPLY_AFTER]

/**
 * The coalition's own guns and aircraft as the ones who fire: "coalition artillery at the Conoco field shelled the outskirts
 * of al-Mayadin", "US forces at Conoco fired artillery shells at the villages of Khasham and Marrat", "American troops at
 * the base then shelled the villages", "US forces from the US base in the Conoco field reportedly shelled two villages",
 * "U.S. artillery at the base fired back toward villages across the Euphrates", "American aircraft, including B-1 bombers
 * flown from the United States, hit more than 85 targets" (an aside between commas).
 */
const COALITION_FIRE =
  /\b(?:coalition|U\.?S\.?|American) (?:artillery|aircraft|jets|warplanes|helicopters|gunships|howitzers|rocket launchers)\b(?:,[^,.;]{0,90},\s*(?:then\s+|later\s+|also\s+)?(?=(?:shelled|struck|bombed|fired|targeted|hit|pounded)\b)|[^.;]{0,40}?\b)(?:shelled|struck|bombed|fired|targeted|hit|pounded)\b|\b(?:U\.?S\.?|American|coalition) (?:forces|troops|soldiers) (?:(?:at|in|from|stationed at|based at) (?:[\w-]+ ){1,8}?)?(?:then |reportedly |later |also )?(?:fired|shelled|pounded) (?:back )?(?:(?:artillery|rockets?|mortars?|shells) )*(?:(?:at|on|toward|towards|into) )?(?:the )?(?:[\w-]+ ){0,2}?(?:villages?|towns?|positions?|areas?|outskirts|launch(?:ing)? sites?|militia)\b/i

/** Attacks summed up in the present perfect (read only in a sentence with no day of its own): see the rule that uses it. */
const SUMMED_UP =
  /\b(?:recently|lately|in recent (?:days|weeks|months))\b[^.;]{0,80}?\b(?:have|has) (?:been )?(?:targeted|hit|struck|attacked)\b|\battacks\s+(?:(?:by|of|from|on|in|against)\s+)?(?:[\w'’-]+\s+){0,5}?(?:have|has)\s+(?:also\s+)?(?:targeted|hit|struck)\b|\b(?:have|has) (?:hit|targeted|struck|attacked)\b[^.;]{0,80}?\b(?:on and off|for years|over the years|for months|time and again)\b|\b(?:that|who|which) (?:have|has) (?:repeatedly |previously |often )?(?:attacked|targeted|hit|struck) (?:the |this |that )?(?:[\w-]+ ){0,3}?before\b/i

/** A U.S. aircraft brought down: "downed an American 'MQ9' drone", "shot down a U.S. MQ-9 Reaper". */
const AIRCRAFT_DOWNED =
  /\b(?:downed|shot down|brought down|downing|shooting down)\b[^.;]{0,60}?(?:\bMQ-?\s?9\b|\bReaper\b|\b(?:American|U\.?S\.?)\s+(?:["'’\w-]+\s+){0,2}?(?:drone|aircraft|jet|plane|helicopter)\b)/i

/** "in joint drills", "during a live-fire exercise", "as part of training", "were part of intensive training": fire that was practice. */
const EXERCISE =
  /\b(?:in|during|(?:as|were|was) part of|for) (?:an? |the |their |its )?(?:joint |live-fire |live fire |military |combat |annual |routine |night |intensive |scheduled |planned )*(?:drills?|exercises?|manoeuvres|maneuvers|training)\b(?!\s+(?:mission|missions|programs?|effort|role|of|for))|\blive-fire (?:drills?|exercises?)\b|\b(?:were|was)\s+(?:from\s+)?(?:routine|planned|scheduled|part of)\s+(?:[\w-]+\s+)?(?:drills?|exercises?|training)\b(?!\s+(?:mission|missions|programs?|effort|role|of|for))/i

/** "no American facilities were hit", "no U.S. personnel or facilities had been targeted": none of the U.S. side's was struck. */
const NONE_OF_OURS_HIT =
  /\bno (?:American|U\.?S\.?|coalition)(?: (?:or|and) (?:American|U\.?S\.?|coalition))? (?:facilit(?:y|ies)|personnel|troops|forces|bases?|sites?|installations?)(?: (?:or|and) (?:facilit(?:y|ies)|personnel|troops|forces|bases?))? (?:was|were|had been|have been|has been) (?:hit|struck|targeted|attacked|damaged)\b/i

/** "No rockets or drones have been fired", "there have been no attacks", "no further attacks were reported", "No attack on a U.S. facility is logged". */
const NONE_CAME =
  /\bno (?:(?:new|further|more|other) )?(?:rockets?|drones?|missiles?|mortars?|attacks?|strikes?)(?: or (?:rockets?|drones?|missiles?|mortars?|attacks?|strikes?))? (?:have|has|had) been (?:fired|launched|reported|recorded|carried out|sent)\b|\bthere (?:have|has|had) been no (?:(?:new|further|more|other) )?(?:attacks?|strikes?)\b|\bno (?:(?:new|further|more|other) )?(?:attacks?|strikes?)(?: (?:on|against)(?: [\w.'’-]+){1,4}?)? (?:were|was|is|are|(?:has|have|had) been) (?:reported|recorded|logged|registered|documented)\b/i
/** "Armed groups have not fired on American forces for more than a week", "have not attacked U.S. troops since February 4": a lull. */
const NOT_FIRED_SINCE = new RegExp(
  String.raw`\b(?:have|has|had)\s+not\s+(?:(?:fired|launched\s+(?:any\s+)?(?:attacks?|strikes?|rockets?|drones?))\s+(?:on|at|against)|attacked|targeted|struck)\b${IN_CLAUSE}{0,80}?\b(?:for\s+(?:(?:more than|over|nearly|almost|about|some)\s+)?(?:a|an|one|two|three|four|five|six|\d+|several|weeks|days|months|the\s+(?:past|last))\b|since\b)`,
  'i',
)
/** "Nobody fired at the base", "no rockets were fired at the outpost", "Nothing was fired at the base that day": no attack came, whatever base it names. */
const NOBODY_FIRED =
  /\b(?:nobody|no one|no-one)\s+(?:had\s+)?(?:fired|launched|shot)\s+(?:anything\s+)?(?:at|on|toward|towards)\b|\bnothing\s+(?:was|had been)\s+(?:fired|launched|aimed)\s+(?:at|on|toward|towards)\b|\bno (?:rockets?|drones?|missiles?|mortars?|shots?)(?: or (?:rockets?|drones?|missiles?|mortars?))? (?:were|was|had been) (?:fired|launched)\b/i
/**
 * "Some outlets have put the strike on Wednesday", "At least one had dated the al-Asad attacks to October 17": the day
 * other accounts gave an attack already told, which the article sets against its own. Not "media put the number of
 * attacks at 76", nor "outlets placed the rocket attack at the Conoco base" (a place, often the only one told).
 */
const OTHERS_DATED_IT =
  /\b(?:outlets?|reports?|media|sites?|accounts?|agency|agencies|channels?|wires?|papers?|newspapers?|websites?|broadcasters?|some|others|one)\s+(?:(?:had|have|has|initially|wrongly|first|earlier)\s+){0,2}(?:put|dated|timed)\s+(?:the|both|these|those|that|this)\s+(?!number\b|count\b|tally\b|total\b)(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|incidents?|blasts?|explosions?)\s+(?:on|to)\s+(?:the\s+)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/i
/** "Ryder said no attack actually took place": an alert, a rumour or a claim that was no attack. */
const NO_ATTACK_TOOK_PLACE =
  /\bno (?:actual |real )?(?:attack|strike)s? (?:had |has )?(?:actually |in fact |ever )?(?:took place|taken place|happened|occurred)\b|\b(?:(?:was|were) not|(?:had|has) not been) (?:an?|any) (?:[\w-]+ )?(?:attack|strike)\b(?! (?:on|against) (?:the )?(?:U\.?S\.?|American|coalition)\b)(?! but (?:an?|the) )/i
/** "the death was not caused by any attack", "did not happen during either of the drone attacks": a harm no attack caused. */
const NOT_FROM_AN_ATTACK =
  /\b(?:was|were|is|are|did|does|had)\s+not\s+(?:been\s+)?(?:caused by|the result of|a result of|due to|related to|connected to|linked to|happen(?:ed)?\s+(?:during|in|because of))\s+(?:any|an|the|either|enemy|hostile|a)\s+(?:of the\s+)?(?:[\w-]+\s+)?(?:attacks?|action|fire)\b/i
/** `NOT_FROM_AN_ATTACK`, every match, to set them aside. */
const NOT_FROM_AN_ATTACK_EACH = new RegExp(NOT_FROM_AN_ATTACK.source, 'gi')
/**
 * "announced that it was suspending its attacks on U.S. forces", "the resumption of attacks": what a group says of its
 * attacks as a whole, each match to set aside.
 */
const SUSPENDS_ATTACKS =
  /\b(?:suspend(?:s|ed|ing)?|suspension of|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|stop(?:s|ped|ping)?|end(?:s|ed|ing)?|resum(?:e|es|ed|ing)|resumption of|freez(?:e|es|ing)|froze)\s+(?:(?:its|their|all|the|military|further|such)\s+){0,2}(?:operations|attacks|strikes)(?:\s+(?:on|against)\s+(?:the\s+)?(?:U\.?S\.?|American|coalition|occupation)\s+(?:forces|troops|bases|interests))?/gi
/** "whoever is behind the attacks on Ain al-Asad, the base near Baghdad airport and Harir": attacks in general, by their authors. */
const BEHIND_THE_ATTACKS =
  /\b(?:whoever|those|the (?:people|groups?|militias?|men|perpetrators|factions?))\s+(?:(?:is|are|was|were)\s+)?(?:responsible for|behind)\s+(?:the\s+)?(?:[\w-]+\s+)?attacks\b/i
/** "ordered last week an investigation into the attacks on Harir": the attacks told, named by the inquiry into them. */
const INQUIRY_INTO_ATTACKS = /\b(?:investigation|inquiry|probe)\s+(?:into|of)\s+(?:the\s+)?(?:[\w-]+\s+)?attacks\b/i
/**
 * A sentence about an inquiry into attacks and nothing more: no attack told before the inquiry, no day after it (the day
 * before it is when it was ordered). "Rockets hit Ain al-Asad on Monday, and Sudani ordered an investigation into the
 * attacks" and "an investigation into the rocket attacks that struck the base on Monday" still tell the attack.
 */
function inquiryOnly(f: SentenceFacts): boolean {
  const inquiry = INQUIRY_INTO_ATTACKS.exec(f.text)
  return inquiry !== null && !ATTACK.test(f.text.slice(0, inquiry.index)) && !points(f).some((d) => d.start > inquiry.index)
}
/** "No attack on al-Tanf was reported that day": none reported there, whatever base it names. */
const NONE_REPORTED_AT =
  /\bno (?:(?:new|further|other|such) )?(?:attacks?|strikes?|rockets?|drones?|incidents?) (?:on|at|against|near|targeting) [^.;]{1,60}? (?:was|were|had been|has been|have been) (?:reported|recorded|logged|documented)\b/i
/** "No attack in fact hit the base during that alert": what a false alarm is said not to have been. */
const NONE_HIT = /\bno (?:(?:actual|real) )?(?:attacks?|drones?|rockets?|missiles?) (?:in fact |actually |ever )?(?:hit|struck|reached|landed (?:on|in|at))\b/i

/** "are frequent targets", "has been targeted repeatedly", "is regularly attacked": attacks in general. */
const HABITUAL =
  /\b(?:the|these|such)\s+attacks\s+(?:in\s+[\w-]+\s+)?(?:have|has)\s+(?:mainly|mostly|largely|chiefly|primarily|often|repeatedly)\s+(?:targeted|hit|struck|focused on)\b|\b(?:are|is|remain|remains|has been|have been|had been)\s+(?:a\s+)?(?:frequent|regular|common|repeated|favou?rite|frequently|regularly|often|repeatedly)\s+(?:targets?|targeted|attacked|hit)\b|\b(?:are|is)\s+(?:targeted|attacked|hit)\s+(?:frequently|regularly|often|repeatedly)\b|\b(?:one|some|among)\s+of\s+the\s+most\s+(?:frequently|often|regularly|heavily)\s+(?:targeted|attacked|hit|struck)\b/i

/** A label that opens a list of what may come: "Indicators to watch:", "What to watch for next:", "Signs to look for:" (not "Looking ahead:", which opens commentary). */
const WHAT_TO_WATCH =
  /^\W*(?:(?:key\s+)?(?:indicators?|signs?|signals?|things?|what|risks?)\s+to\s+(?:watch|look|look out|monitor)(?:\s+for)?(?:\s+next)?|watch\s+for)\W*:/i

/** "Harir was targeted repeatedly in the weeks that followed": attacks over a time after the one in hand, summed up. */
const REPEATED_AFTER =
  /\b(?:was|were)\s+(?:targeted|attacked|hit|struck)\s+(?:repeatedly|again and again|time and again|(?:several|many|multiple)\s+times)\s+(?:in|over|during|throughout)\s+(?:the\s+)?(?:(?:following|next|ensuing|coming)\s+)?(?:days|weeks|months)\b/i

/** `REPEATED_AFTER` with no attack of the sentence's own beside it: no attack verb elsewhere, no weapon before it. */
const summedUpAfter = (f: SentenceFacts): boolean => {
  const repeated = REPEATED_AFTER.exec(f.text)
  return repeated !== null && !ATTACK.test(f.text.replace(REPEATED_AFTER, ' ')) && !f.weapons.some((w) => w.start < repeated.index)
}

/** What is done as a rule, in the present: "regularly carry out drills", "have become near-weekly", "as launching points". */
const AS_A_RULE =
  /\b(?:regularly|routinely|frequently|habitually|usually|typically)\s+(?:carry out|conduct|hold|stage|fire|launch|use|target|attack|shell|hit|strike)\b|\b(?:attacks|strikes)\s+on\s+[^.;]{1,80}?\s+(?:have|has)\s+become\s+(?:near-|nearly\s+|almost\s+)?(?:daily|weekly|routine|common|frequent|regular|commonplace)\b|\bas\s+(?:launching|launch)\s+(?:points|pads|sites|grounds)\b/i

/** A verb that tells an attack as done: "A drone also struck Tower 22, where U.S. troops regularly stage supplies". */
const TOLD_AS_DONE = /\b(?:struck|hit|launched|fired|targeted|attacked|claimed|landed|exploded|wounding|killing|killed|wounded|injured)\b/i

/** Where most attacks fell: "most of the attacks on U.S. forces in Syria have focused on …", "… have borne the brunt of the attacks" (not in a relative clause). */
const WHERE_MOST_FELL =
  /^\W*(?:Most|Many|The (?:bulk|majority))(?:\s+of\s+(?:them|these|those))?\s+have\s+(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?(?:focused on|concentrated on|targeted|hit|struck|been (?:aimed|directed|focused|concentrated) (?:at|on))\b|\b(?:most|many|much|the bulk|the majority)\s+of\s+(?:the|these|those)\s+attacks\b(?:[^.;]|(?<=\b(?:U|U\.S))\.){0,60}?\b(?:have|has)\s+(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?(?:focused on|concentrated on|targeted|hit|struck|been (?:aimed|directed|focused|concentrated) (?:at|on))|(?<!\b(?:which|that|who)\s+)\b(?:have|has|had)\s+borne\s+the\s+brunt\s+of\s+(?:the\s+)?(?:attacks|strikes)\b|\b(?:attacks|strikes)\b[^.;]{0,40}?\b(?:have|has|had|were)\s+(?:(?:mostly|largely|mainly|chiefly|been)\s+){0,2}(?:spread|distributed|divided|split|scattered)\s+(?:across|among|between|over)\b/i

/** "None of the attacks on Harir", "neither of the strikes on the base": the attacks told, taken together. */
const ATTACKS_TOLD = /\b(?:none|neither|any|each) of (?:the|these|those) (?:[\w-]+ )?(?:attacks|strikes|incidents) (?:on|against|at)\b/i

/**
 * "Washington has not commented on the Harir attacks", "The Pentagon declined to comment on the strike", "did not respond
 * to a request for comment about the attack", "The Pentagon has not said which of the three sites the drone came from": a
 * source saying nothing on attacks already told.
 */
const NO_COMMENT =
  /\b(?:(?:has|have|had|did|does|do)\s+not|hasn't|haven't|hadn't|didn't|doesn't|declined\s+to|refused\s+to|would\s+not|wouldn't)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+)?(?:comment(?:ed)?|respond(?:ed)?\s+to\s+(?:a\s+)?requests?\s+for\s+comment)\s+(?:on|about|regarding)\b|\b(?:(?:has|have|had|did|does|do)\s+not|hasn't|haven't|hadn't|didn't|doesn't|declined\s+to|refused\s+to|would\s+not|wouldn't)\s+(?:yet\s+|publicly\s+|officially\s+)?(?:say|said|specif(?:y|ied)|disclose[d]?|reveal(?:ed)?)\s+(?:which|who|whether|how|where|what)\b|\bno\s+(?:immediate\s+|official\s+)?comment\s+(?:on|about|from)\b|\bno\s+(?:immediate\s+|official\s+)?word\s+(?:from\s+[^,;.]{1,40}?\s+)?(?:on|about)\s+(?:the|any|these|those|that|this)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|claims?|incidents?|reports?)\b/i

/**
 * Fire from the base, not at it: "artillery at the base shelled the villages of Khusham", "the U.S. forces at Conoco
 * answered by shelling the area", "four civilians were wounded by the American fire". Not the base's air defences
 * firing at what came at it ("troops at the base fired at the incoming drones").
 */
const FIRE_FROM_BASE =
  /\b(?:artillery|forces|troops|soldiers|guns|batteries|howitzers|gunners)\s+(?:at|in|inside|stationed\s+at|based\s+at|positioned\s+at)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:answered|responded|replied|retaliated|shelled|pounded|bombarded)\b(?!\s+(?:at\s+|to\s+)?(?:the\s+)?(?:incoming\s+)?(?:drones?|rockets?|missiles?|projectiles?|UAVs?)\b)|\b(?:wounded|injured|killed|hurt)\s+by\s+(?:the\s+)?(?:American|U\.S\.|US|coalition)\s+(?:fire|shelling|shells|artillery|bombardment|response)\b/i

/** A count of attacks on a place with no verb: "11 attacks on Al-Omar oil field base.", "Two attacks on Tel Baidar base" ("One attack on …" is one attack, unless a count's breakdown lists it: extract-reports). */
const TALLY_LINE =
  /^[\s*•–-]*(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+attacks\s+(?:on|against|at)\s+(?:(?!(?:was|were|is|are|had|has|have|hit|struck|killed|wounded|injured|targeted|came|left|caused)\b)[^.;,:])*[.;]?\s*$/i

/** "have reinforced the base …", "began reinforcing their base at al-Tanf", "bolstered air defences around its bases": the verb and the rest of its clause. */
const REINFORCED_CLAUSE = /\b(?:reinforc(?:e|ed|es|ing)|bolster(?:ed|s|ing)?|beef(?:ed|s|ing)? up|shor(?:e|ed|es|ing) up)\b[^,;.]*/i
/** An attack told as done, which a sentence about reinforcement may also tell, outside the reinforcement's clause: "after drones struck it", "injured in a rocket attack on", "Rockets were fired at". */
const DONE_TO_A_BASE =
  /\b(?:struck|attacked|hit|shelled|exploded|landed|fell|slammed|crashed|fired|launched|targeted|came under|killed|wounded|injured|hurt|(?:was|were) (?:shot down|intercepted|downed)|(?:attack|strike|barrage)s? (?:on|at|against))\b/i

/** A weapon that struck a base, no base named: "a drone struck a base in the Kurdistan Region". */
const A_BASE_STRUCK =
  /\b(?:drones?|rockets?|missiles?|mortars?|projectiles?|UAVs?)\b[^.;]{0,30}?\b(?:struck|hit|targeted|attacked|slammed into|crashed into)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:base|outpost|garrison|installation|facility|airfield|airbase)\b/i

/**
 * Troops in a country of the campaign, attacked, with no side named: "troops in Iraq were targeted again on Thursday".
 * In a U.S. official's words they are U.S. troops.
 */
const TROOPS_ATTACKED =
  /(?<!\b(?:Iraqi|Syrian|Jordanian|Kurdish|Turkish|Israeli|Iranian|Russian|government|SDF|Peshmerga|their|its)\s+)\b(?:troops|forces|personnel)\s+(?:in|at)\s+(?:Iraq|Syria|Jordan)\s+(?:were|was|had been|have been)\s+(?:again\s+)?(?:attacked|targeted)\b/i

/** A state's weapon fired by someone else: "Iranian ballistic missiles launched by Iraqi militias". */
const FIRED_BY_ANOTHER =
  /\b(?:launched|fired|sent|used)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:militias?|militants|groups?|factions?|fighters|Resistance|Hezbollah|Kataib)\b/i

/** "launched from Iran towards Israel", "headed for Israel": what was shot down was aimed at Israel, not at the base. */
const BOUND_FOR_ISRAEL =
  /\b(?:launched|fired|sent|flying|flew|headed|heading|bound|en route|on (?:their|its) way)\s+(?:from\s+(?:Iran|Iraq|Yemen|Syria)\s+)?(?:to|toward|towards|for|at)\s+Israel\b/i

/** "did not take place on Jordanian soil", "did not take place inside Jordan", "not on Jordanian territory": a dispute over where an attack happened. */
const WHERE_DISPUTED =
  /\b(?:did|had|has|have|does) not (?:(?:take|taken|took) place|happen(?:ed)?|occur(?:red)?|land(?:ed)?)\s+(?:on|in|inside|within)\s+(?:(?:[\w-]+\s+)?(?:soil|territory)\b|(?:Jordan|Iraq|Syria)\b(?=,?\s+(?:but|rather|and\s+(?:said\s+)?(?:that\s+)?the\s+(?:target|base|site)\s+(?:was|had been))\b))|\b(?:not|(?<!\bfrom\s+(?:[\w-]+\s+)?)rather than) (?:on |in |inside )?(?:[\w-]+ )?(?:soil|territory)\b/i

/**
 * A correction's account of what was said before: "An earlier version, relying on a monitoring group, said the drone
 * struck the Kharab al-Jir airstrip on Saturday", "This story incorrectly placed the attack at al-Tanf" (not "the drone
 * was misidentified as a friendly one" or "state TV initially misreported the target").
 */
const EARLIER_VERSION =
  /\b(?:an?|the)\s+(?:earlier|previous|original|initial)\s+(?:version|draft|edition)\b|\b(?:this|the)\s+(?:story|article|report)\s+(?:had\s+)?(?:incorrectly|wrongly|erroneously|mistakenly)\b/i

/** "was not at al-Tanf", "did not take place at Harir": a named place where an attack did not happen. */
const NOT_AT_A_NAME = new RegExp(`${NOT_AT}[A-Z]`)

/** Words that open a subordinate clause. */
const SUBORDINATE = /\b(after|before|when|since|because|while|until|which|who|whom|once)\b/i

const points = (f: SentenceFacts): DateMention[] => datingMentions(f.dates)

/** Between a "no comment" and a day, what would make the day another event's: a new clause or a verb of attack. */
const OWN_CLAUSE =
  /[,;]|\b(?:and|but|while|although|though|whereas|which|who|said|says|also|after|before)\b|\b(?:launched|fired|struck|hit|targeted|attacked|came)\b/i

/**
 * A "no comment" whose sentence's days, if any, are of the attacks it says nothing on: "There was no immediate word from the coalition on
 * any attacks on al-Shaddadi or al-Tanf on Sunday" (each day after the "no word", in one clause).
 */
/**
 * `NO_COMMENT` and its object, up to a clause of its own: "has not commented on its losses" says no toll, but "has not
 * commented on the drone attack that wounded four troops" tells one.
 */
const NO_COMMENT_CLAUSE = new RegExp(String.raw`(?:${NO_COMMENT.source})(?:(?!\b(?:that|which|who|when|where|after|as|in which)\b)[^,;.])*`, 'gi')

function noCommentOnItsDays(f: SentenceFacts): boolean {
  const said = NO_COMMENT.exec(f.text)
  if (said === null) return false
  const days = points(f)
  if (days.length === 0) return true
  const at = said.index
  // Nothing between that tells an event of its own: a clause ("…, which the group said also involved a strike on Ain
  // al-Asad on Sunday night"), or a verb of attack ("… or on drones launched at al-Shaddadi on Friday").
  return days.every((d) => d.start > at && !OWN_CLAUSE.test(f.text.slice(at, d.start)))
}

/** What a question is set aside as: it tells no attack, but names the base the answer speaks of (extract-reports.ts). */
export const ASKED: Verdict = { skip: 'a question, not an account of an attack' }
/** A remark on attacks in general ("Shaddadi has been a frequent target"): no attack, but it names the base later sentences mean. */
export const IN_GENERAL: Verdict = { skip: 'a remark on attacks in general, not one attack' }
/** The verdict on a sentence that tells attacks as a state of affairs: "The outpost has been hit before", "the attacks keep coming". */
export const PAST_IN_GENERAL: Verdict = { skip: 'a general statement about past attacks, with no day' }
/** A sentence asked: an interrogative word first (after a bold mark or a "Q:"), a question mark last. */
const QUESTION =
  /^[\s*_"“]*(?:Q\s*[:.]\s*)?(?:how|when|what|where|which|who|why|did|do|does|was|were|is|are|will|would|can|could|has|have|had|should)\b[^?]*\?[\s*_"”]*$/i

/** Attacks in the plural, in the present perfect: "The attacks … have mostly targeted", "strikes have largely hit". */
const ATTACKS_HAVE_TARGETED =
  /\b(?:attacks|strikes)\b(?:,[^,;]{0,60},)?\s+(?:have|has)\s+(?:(?:mostly|largely|mainly|often|repeatedly|also|so far|chiefly|primarily)\s+)?(?:targeted|hit|struck|focused on)\b/i

/** "have been among the factions' most frequent targets", "has been a regular target". */
const FREQUENT_TARGETS =
  /\b(?:have|has|had) been (?:among )?(?:the |an? )?(?:[\w'’-]+\s+){0,3}?(?:most\s+)?(?:frequent|common|regular|favou?rite|repeated|main|chief|prime)\s+targets?\b/i

/**
 * Whether blasts were an attack at all is open: "whether it was an attack or a live-fire drill", "amid speculation of a
 * new attack", "sheltered from what was believed to be an incoming strike".
 */
const UNSURE_IF_ATTACK =
  /\bwhether (?:it|this|that|the (?:blasts?|explosions?|incident|sounds?|bangs?|fire)) (?:was|were|had been) an? (?:attack|strike)\b|\bamid speculation (?:of|about|over|that)\b|\bwhat (?:was|were|had been) (?:believed|thought|feared|suspected) to be (?:an? )?(?:incoming )?(?:attack|strike|rocket|drone|missile)s?\b/i

/** "they have since targeted", "have since repeatedly hit". */
const HAVE_SINCE = /\b(?:have|has)\s+since\s+(?:(?:repeatedly|also|often|regularly)\s+)?(?:targeted|hit|attacked|struck|shelled|fired (?:at|on))\b/i
const haveSinceTargeted = (f: SentenceFacts): boolean => {
  const m = HAVE_SINCE.exec(f.text)
  return m !== null && sites(f).length > 0 && sites(f).every((s) => s.start > m.index)
}

/** Bases in general, named as examples: "aims at bases south of the Euphrates, such as al-Tanf and al-Asad". */
const BASES_SUCH_AS = /\b(?:bases|targets|sites|positions|installations)\b[^.;]{0,50}?\bsuch as\b/i

/**
 * Attacks told as a record or a habit, read only in a sentence that names no day:
 * - "The Islamic Resistance has claimed most of the earlier drone launches at Harir": the group's record, not one attack;
 * - "The attacks, carried out with rockets and drones, have mostly targeted Ain al-Asad …": where attacks in general fell;
 * - "The base … and the Harir airfield have been among the factions' most frequent targets";
 * - "one set of launch teams aims at bases south of the Euphrates, such as al-Tanf and al-Asad": bases in general.
 */
const IN_GENERAL_WITHOUT_A_DAY = [CLAIMED_MOST_OF, ATTACKS_HAVE_TARGETED, FREQUENT_TARGETS, BASES_SUCH_AS]

/** A question that asks who, what, why, how, when or where: it presupposes what it asks about and reports nothing. */
const WH_QUESTION = /^[\s*_"“]*(?:Q\s*[:.]\s*)?(?:how|when|what|where|which|who|why)\b/i

/** Two days of one month written as a range: "between 17 and 30 October", "from 1 to 12 November", "Oct. 17-30". */
const DAY_RANGE = new RegExp(
  String.raw`\b(?:between|from)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|through|until|-|–)\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}|\b${MONTH_NAME}\s+\d{1,2}\s*(?:-|–|to|through)\s*\d{1,2}\b`,
  'i',
)

/** Two days that bound a period: "between Oct. 17 and Oct. 30", "from Nov. 1 to Nov. 12", "between Oct. 17 and the end of January". */
const betweenDays = (f: SentenceFacts): boolean =>
  points(f).some((first, i, all) => {
    const second = all[i + 1]
    if (!/\b(?:between|from)\s+$/i.test(f.text.slice(Math.max(0, first.start - 9), first.start))) return false
    // "between October 17 and the announcement of the strikes": a count from a day to an event named, not to a day.
    if (/^\s*(?:and|to|through|until|till)\s+(?:the|early|mid|late|last|this)\b/i.test(f.text.slice(first.end))) return true
    return second !== undefined && /^\s*(?:and|to|through|until|till|-|–)\s*(?:the\s+)?(?:(?:end|close) of\s+)?$/i.test(f.text.slice(first.end, second.start))
  })

/**
 * A dated sentence in which an official speaks or decides: "Kirby said on Monday …".
 * The speech verb must head its clause, not sit in an "after …" or "which …" clause. */
const isStatement = (f: SentenceFacts): boolean =>
  points(f).some((d) => d.span.precision === 'day') &&
  [...f.text.matchAll(new RegExp(SPEECH.source, 'gi'))].some((m) => {
    const at = m.index ?? 0
    const clause = f.text.slice(0, at).split(/[,;:]/).at(-1) ?? ''
    if (SUBORDINATE.test(clause)) return false
    // The speaker is the subject: the last named party in the clause before the verb, or one right after it ("said Kirby").
    const inClause = <T extends { start: number; end: number }>(list: T[]): T | undefined =>
      list
        .filter((c) => c.end <= at && c.start >= at - clause.length)
        .sort((a, b) => a.start - b.start)
        .at(-1)
    const official = inClause(f.claimants) ?? f.claimants.find((c) => c.start >= at + m[0].length && c.start - (at + m[0].length) <= 24)
    const militia = inClause(f.groups.filter((g) => g.value.kind === 'militia'))
    if (militia && (!official || militia.start > official.start)) return false
    return official !== undefined && (official.value.kind === 'us-official' || official.value.kind === 'host-government')
  })

/** Attacks to come, told as such: "further attacks will target", "militias are likely to strike", "could again hit". */
const FORECAST =
  /\b(?:attacks?|strikes?|militias|groups|factions)\s+(?:will|would|could|may|might|are likely to|is likely to|are expected to|is expected to)\s+(?:(?:continue to|again|also|soon|likely)\s+)?(?:target|strike|attack|hit|focus on)\b/i

/**
 * The rules, in order. Each looks at the facts and returns a verdict or passes
 * (`undefined`). The order is the spec: traps first, then attacks on bases, then
 * U.S. strikes, then statements.
 */
export const sentenceRules: { name: string; rule: (f: SentenceFacts) => Verdict | undefined }[] = [
  {
    // "**How often was the Conoco base hit this autumn?**", "Q: Were the bases attacked again?": a question tells no
    // attack, though the base it names is the one the answer's "the base" means. One that names a day ("Q: Was there
    // another attack on Ain al-Asad on Wednesday?") is still read for the attack it names: a briefing's "Yes. There was."
    // confirms it and tells it no more.
    // A question that asks who, why or what of an attack ("Q: Who do you hold responsible for Sunday's attack on Asad?")
    // only presupposes it, with the asker's day, which the answer may correct: it tells none, day or no day.
    name: 'question',
    rule: (f) => (QUESTION.test(f.text) && (WH_QUESTION.test(f.text) || !points(f).some((d) => d.span.precision === 'day')) ? ASKED : undefined),
  },
  {
    // "SOHR heard blasts near the Shaddadi base, but could not tell whether it was an attack or a live-fire drill",
    // "explosions had been heard around Ain al-Asad, amid speculation of a new attack": blasts no one yet called an attack.
    name: 'not known to be an attack',
    rule: (f) => (UNSURE_IF_ATTACK.test(f.text) ? { skip: 'blasts not known to be an attack' } : undefined),
  },
  {
    name: "another account's day",
    rule: (f) => (OTHERS_DATED_IT.test(f.text) ? { skip: 'the day other accounts gave an attack already told' } : undefined),
  },
  {
    name: 'history',
    rule: (f) =>
      (points(f).length === 0 && (f.dates.some((d) => d.role === 'historical') || beforeThisWar(f.text))) || ANNIVERSARY.test(f.text)
        ? { skip: 'a historical reference, long before the article' }
        : undefined,
  },
  {
    name: 'perfect tense',
    // "The outpost has been hit before", "bases have been attacked repeatedly", "The U.S. presence at al-Tanf has itself
    // come under attack": a state of affairs, not one attack.
    rule: (f) =>
      ((/\b(?:has|have|had) been (?:repeatedly |frequently |often |regularly )?(?:hit|attacked|targeted|struck|shelled)\b/i.test(f.text) ||
        /\b(?:has|have) (?:itself |themselves |also )?come under (?:[\w-]+ )?(?:attack|fire)\b(?![^.;]*\b(?:twice|times|again|in (?:two|three|the past|the last))\b)/i.test(
          f.text,
        )) &&
        points(f).length === 0 &&
        !REPORTED_PAST.test(f.text)) ||
      (points(f).length === 0 && IN_GENERAL_WITHOUT_A_DAY.some((pattern) => pattern.test(f.text))) ||
      // "… began their campaign on October 17, and they have since targeted bases at al-Shaddadi, Rmeilan and al-Tanf":
      // the bases named after "have since" are where attacks in general fell, whatever day the sentence names before.
      haveSinceTargeted(f) ||
      // "It keeps getting targeted", "the base continues to be hit": a habit, whatever day the sentence names for something else.
      /\b(?:keeps?|kept) (?:getting|being) (?:hit|attacked|targeted|struck|shelled)\b|\bcontinues? to be (?:hit|attacked|targeted|struck|shelled)\b/i.test(
        f.text,
      )
        ? PAST_IN_GENERAL
        : undefined,
  },
  {
    name: 'they keep coming',
    // "For the people at al-Tanf, the attacks keep coming": a habit, when no day is named ("And the attacks keep coming: on
    // Monday, a drone struck …" tells one; "the rockets kept coming for half an hour" is one barrage).
    rule: (f) => (/\b(?:attacks|strikes) keep coming\b/i.test(f.text) && points(f).length === 0 ? PAST_IN_GENERAL : undefined),
  },
  {
    name: 'none came',
    // "For five weeks now, no rockets or drones have been fired at U.S. troops", "there have been no attacks since Feb. 4":
    // "armed groups have not fired on American forces for more than a week": that none came is no attack. With a base named, an official's "there was no attack on Harir" is a denial, read as one.
    // "No attack in fact hit the base during that alert": the bases it names after it are where none came. "No attack on
    // al-Tanf was reported that day": none reported at the base it names.
    rule: (f) => {
      const hit = NONE_HIT.exec(f.text)
      // "Nobody fired at the base; that is a U.S. strike on a threat": none came, unless an attack is told before it.
      const nobody = NOBODY_FIRED.exec(f.text)
      const tookPlace = NO_ATTACK_TOOK_PLACE.exec(f.text)
      const noneOurs = NONE_OF_OURS_HIT.exec(f.text)
      return (NONE_CAME.test(f.text) && sites(f).length === 0) ||
        // "Two U.S. officials said no American facilities were hit", after another state's missiles: not an attack on them.
        (noneOurs !== null && sites(f).length === 0 && !ATTACK.test(f.text.slice(0, noneOurs.index))) ||
        (NOT_FIRED_SINCE.test(f.text) && sites(f).length === 0) ||
        (NONE_REPORTED_AT.test(f.text) && !ATTACK.test(f.text.replace(NONE_REPORTED_AT, ' '))) ||
        (nobody !== null && !ATTACK.test(f.text.slice(0, nobody.index))) ||
        // "… but Ryder said no attack actually took place": unless a claim comes first, which it denies (find-denial.ts).
        (tookPlace !== null && !/\bclaim/i.test(f.text.slice(0, tookPlace.index))) ||
        (hit !== null && sites(f).every((s) => s.start > hit.index))
        ? { skip: 'says no attack came' }
        : undefined
    },
  },
  {
    // "A contractor died of a heart attack while sheltering during a false alarm; the death was not caused by any attack":
    // with the attack it denies set aside, the sentence tells none.
    name: 'not from an attack',
    rule: (f) =>
      NOT_FROM_AN_ATTACK.test(f.text) && !ATTACK.test(f.text.replace(NOT_FROM_AN_ATTACK_EACH, ' ')) ? { skip: 'a harm no attack caused' } : undefined,
  },
  {
    // "Kataib Hezbollah, which the Pentagon links to the Tower 22 attack, announced last Tuesday that it was suspending its
    // attacks on U.S. forces": with the suspension and the attack it names set aside, the sentence tells none.
    name: 'suspending attacks',
    rule: (f) => {
      if (f.text.search(SUSPENDS_ATTACKS) === -1) return undefined
      const left = withoutNamedAttacks(f).replace(SUSPENDS_ATTACKS, (m) => ' '.repeat(m.length))
      // "The group resumed its attacks on Monday with a drone on al-Tanf": a base or a weapon outside them tells one, as
      // does anyone killed or hurt.
      const outside = [...sites(f), ...f.weapons].some((m) => left[m.start] !== ' ')
      return outside || ATTACK.test(left) || CASUALTY_VERB.test(left) ? undefined : { skip: 'a group suspending or resuming its attacks, not an attack' }
    },
  },
  {
    // "The Observatory's running count of attacks on U.S. bases since Oct. 19 stood at 135, 40 of them on the Conoco
    // base": a count, and the bases named after it are where the attacks it counts fell. (With a base told before it,
    // "… fired at Ain al-Asad on Wednesday, and an official put the number of such attacks at 102", the attack stands.)
    name: 'running count',
    rule: (f) => {
      const count = RUNNING_COUNT.exec(f.text)
      return count !== null && sites(f).every((p) => p.start > count.index) ? COUNT : undefined
    },
  },
  {
    // "- 11 attacks on Al-Omar oil field base.": a tally's line, a count with no verb and no day.
    name: 'tally line',
    rule: (f) => (TALLY_LINE.test(f.text) && points(f).length === 0 ? AGGREGATE_COUNT : undefined),
  },
  {
    name: 'aggregate',
    rule: (f) => {
      if (!AGGREGATE.test(f.text) || !ATTACK.test(f.text)) return undefined
      // "Drones struck Harir air base on Friday, …, in the latest of a string of attacks since mid-October": the count is
      // a tail that places the one attack told before it, on its day.
      const tail = LATEST_OF_MANY.exec(f.text)
      if (tail !== null) {
        const head = { ...f, text: f.text.slice(0, tail.index), dates: f.dates.filter((d) => d.end <= (tail.index ?? 0)) }
        if (!AGGREGATE.test(head.text) && ATTACK.test(head.text) && points(head)[0]?.span.precision === 'day') return undefined
      }
      const spans =
        f.dates.some((d) => d.role === 'since') ||
        points(f)[0]?.span.precision !== 'day' ||
        betweenDays(f) ||
        DAY_RANGE.test(f.text) ||
        OVER_A_TOUR.test(f.text) ||
        // Not "The campaign … began on Oct. 17, when drones targeted Ain al-Asad": that tells the first attack.
        (CAMPAIGN_BEGAN.test(f.text) && sites(f).length === 0)
      return spans ? AGGREGATE_COUNT : undefined
    },
  },
  {
    // "The Iraqi resistance said it had targeted and downed an American MQ-9 drone over Diyala": an aircraft, not a base.
    name: 'aircraft downed',
    rule: (f) => (AIRCRAFT_DOWNED.test(f.text) && sites(f).length === 0 ? { skip: 'the downing of a U.S. aircraft, not an attack on a base' } : undefined),
  },
  {
    name: 'maritime',
    rule: (f) => (MARITIME.test(f.text) && sites(f).length === 0 && ATTACK.test(f.text) ? { skip: 'an attack at sea, not on a base' } : undefined),
  },
  {
    name: 'what to watch',
    // "**Indicators to watch:** a claim …; attacks on Erbil or Harir; rocket fire on Baghdad airport", "What to watch for
    // next: …": an analysis's list of what may come, with no day of its own, tells no attack that came.
    rule: (f) =>
      WHAT_TO_WATCH.test(f.text) && !points(f).some((d) => d.span.precision === 'day')
        ? { skip: 'a list of what to watch for: what may come, not an attack' }
        : undefined,
  },
  {
    // "The base near Erbil airport and Harir airbase are frequent targets": what happens often, not one attack.
    name: 'habitual',
    // "Most of the attacks have focused on the Conoco gas plant …", "Ain al-Asad, Erbil airport and Harir have borne the
    // brunt of the attacks", "The attacks recorded so far have been spread across al-Omar, …", "Most have targeted the al-Omar
    // oil field base, …" (after a count): where attacks fell in general, in a sentence with no day of its own (not "Most of the attacks
    // have targeted Syria, but on Sunday a drone struck Tower 22", nor "Ain al-Asad, which has borne the brunt, was struck on Saturday").
    // "The coalition and the SDF regularly carry out live-fire drills at Tal Baydar", "Drone attacks on the base at Erbil
    // airport have become near-weekly", "the militias use the villages as launching points": what is done as a rule.
    // "Harir was targeted repeatedly in the weeks that followed, though the coalition had begun moving out of it on October
    // 20": attacks summed up, unless the sentence tells one of its own beside them ("Drones struck al-Tanf on Oct. 18; the
    // garrison was attacked several times in the following days").
    rule: (f) =>
      HABITUAL.test(f.text) ||
      summedUpAfter(f) ||
      ((WHERE_MOST_FELL.test(f.text) || (AS_A_RULE.test(f.text) && !TOLD_AS_DONE.test(f.text))) && !points(f).some((d) => d.span.precision === 'day'))
        ? IN_GENERAL
        : undefined,
  },
  {
    // "The factions' attacks have hit Ain al-Asad, the base near Baghdad airport and Harir", "Recently, attacks have targeted
    // bases in al-Tanf and al-Shaddadi", "Rockets have hit the Conoco base on and off for years", "militias that have
    // attacked the base before": a present perfect with no day of its own sums up attacks; it tells none.
    name: 'summing up in the present perfect',
    rule: (f) => (SUMMED_UP.test(f.text) && points(f).length === 0 ? { skip: 'a remark on attacks in general, not one attack' } : undefined),
  },
  {
    // "Sudani has promised to go after whoever is behind the attacks on Ain al-Asad, the base near Baghdad airport and
    // Harir", "al-Sudani ordered last week an investigation into the attacks on Harir": attacks in general, named by who
    // made them or by the inquiry into them, with no day of their own.
    name: 'those behind the attacks',
    rule: (f) =>
      (BEHIND_THE_ATTACKS.test(f.text) && points(f).length === 0) || inquiryOnly(f) ? { skip: 'a remark on attacks in general, not one attack' } : undefined,
  },
  {
    // "None of the attacks on Harir or on the airport has led to an arrest": a remark on the attacks told, not one more.
    // (One on their toll, "none of the attacks caused casualties", adds to each of them: follow-up.ts.)
    name: 'remark on the attacks told',
    rule: (f) =>
      ATTACKS_TOLD.test(f.text) && !HARM_WORD.test(f.text) && !/\bdamag/i.test(f.text)
        ? { skip: 'a remark on attacks already told, not another attack' }
        : undefined,
  },
  {
    // "coalition and SDF units fired live rounds in joint drills at the Qasrek base": an exercise at the base, not an
    // attack on it. Not when someone else's weapon came in during one ("a drone struck the base during a drill").
    name: 'an exercise',
    rule: (f) =>
      EXERCISE.test(f.text) && f.weapons.length === 0 && !HARM_WORD.test(f.text) ? { skip: 'an exercise at the base, not an attack on it' } : undefined,
  },
  {
    // "Soon afterwards, artillery at the base shelled the villages across the river": the base's reply, not an attack on it.
    name: 'fire from the base',
    rule: (f) => (FIRE_FROM_BASE.test(f.text) ? { skip: 'fire from the base, not an attack on it' } : undefined),
  },
  {
    // "Washington has not commented on the Harir attacks": nothing said of attacks told already, with no day of its own.
    name: 'no comment',
    // Not when another clause says something: "confirmed the attack but declined to comment on …", "did not comment on the
    // attack, which the sources said wounded three soldiers".
    rule: (f) =>
      noCommentOnItsDays(f) && !HARM_WORD.test(f.text.replace(NO_COMMENT_CLAUSE, ' ')) && !/\b(?:confirm|acknowledg|den(?:y|ie))/i.test(f.text)
        ? { skip: 'a source saying nothing on attacks told, not another attack' }
        : undefined,
  },
  {
    // "U.S. forces at al-Tanf have reinforced the base with air defence systems to intercept drones": a base made stronger,
    // with no attack told as done.
    name: 'reinforcement',
    // The reinforcement's own clause is set aside first: "… to intercept drones" in it tells no attack, and "Rockets were
    // fired at Ain al-Asad on Monday, and the United States has since bolstered air defences there" still tells one.
    rule: (f) => {
      const reinforced = REINFORCED_CLAUSE.exec(f.text)
      if (reinforced === null) return undefined
      const rest = f.text.slice(0, reinforced.index) + ' ' + f.text.slice(reinforced.index + reinforced[0].length)
      return DONE_TO_A_BASE.test(rest) ? undefined : { skip: 'a base reinforced, not an attack on it' }
    },
  },
  {
    // "Coalition forces at Ain al-Asad shot down drones launched from Iran towards Israel": drones passing over, aimed elsewhere.
    name: 'bound for Israel',
    rule: (f) => (BOUND_FOR_ISRAEL.test(f.text) ? { skip: 'drones or missiles bound for Israel, not for the base' } : undefined),
  },
  {
    // "Jordan's spokesman said the strike did not take place on Jordanian soil and had hit al-Tanf across the border": a
    // rival account of where the attack already told happened, not another attack.
    name: 'where it happened, disputed',
    rule: (f) => (WHERE_DISPUTED.test(f.text) ? { skip: 'a dispute over where an attack already told took place' } : undefined),
  },
  {
    name: 'not at the base',
    // "But the attack was not at al-Tanf, Ryder said.": where an attack already told did not take place (analyze-sentence.ts
    // drops the base); with no other place named, it tells no attack of its own.
    rule: (f) => (NOT_AT_A_NAME.test(f.text) && f.places.length === 0 ? { skip: 'a correction of where an attack already told took place' } : undefined),
  },
  {
    name: 'earlier version',
    // A correction's note on what an earlier version of the story said: superseded, not reported.
    rule: (f) => (EARLIER_VERSION.test(f.text) ? { skip: 'what an earlier version of the story said, since corrected' } : undefined),
  },
  {
    name: 'other state',
    rule: (f) =>
      ((OTHER_STATE_AGENT.test(f.text) && sites(f).length === 0 && !FIRED_BY_ANOTHER.test(f.text)) || otherStateFires(f) || iransOwn(f)) && !isUsStrike(f)
        ? { skip: 'a strike by another state' }
        : undefined,
  },
  {
    name: 'strike on an armed group',
    rule: (f) => (targetsArmedGroup(f) && !isUsStrike(f) ? { skip: "a strike on an armed group's site, not on U.S. forces" } : undefined),
  },
  {
    // "an explosion late on Friday at the Kalsu military base, which houses units of the Iraqi army and police and the
    // Popular Mobilization Forces": a base named only as another force's, with no U.S. or coalition forces said to be there.
    name: "another force's base",
    rule: (f) =>
      HOUSES_OTHERS.test(f.text) && !US_SIDE_NAMED.test(f.text) && !US_VICTIMS.test(f.text) && onlyTimedBases(f)
        ? { skip: 'a base of other forces, not one housing U.S. forces' }
        : undefined,
  },
  {
    // "In late August a joint U.S.-Iraqi raid against Islamic State hideouts left seven U.S. personnel injured": an
    // operation against an armed group, whoever it hurt, is no attack on U.S. forces.
    name: 'operation against an armed group',
    rule: (f) => (operationAgainstArmedGroup(f) ? { skip: 'an operation against an armed group, not an attack on U.S. forces' } : undefined),
  },
  {
    name: 'threat',
    rule: (f) =>
      threatens(f.text) && sites(f).length === 0 && !isUsStrike(f) && !SPEECH.test(f.text) ? { skip: 'a threat, warning or plan, not an attack' } : undefined,
  },
  {
    // "We judge it likely that further attacks will target al-Omar, Conoco and the Hasakah sites": a forecast names bases
    // but tells no attack on them.
    name: 'forecast',
    rule: (f) => (FORECAST.test(f.text) && threatens(f.text) && !isUsStrike(f) ? { skip: 'a forecast of attacks, not an attack' } : undefined),
  },
  {
    name: 'reaction to strikes',
    // "… were aimed at the U.S. base at Rumalyn; U.S. officials called it a failed attack": an attack on a base told
    // before the reaction is an attack.
    rule: (f) => {
      const reaction = REACTION.exec(f.text)
      if (!reaction || !isStatement(f)) return undefined
      const told = f.text.slice(0, reaction.index)
      return sites(f).some((p) => p.end <= reaction.index) && PAST_ATTACK.test(told) ? undefined : { type: 'statement' }
    },
  },
  {
    // "Show links: … our episode 98 on the Tower 22 strike.": an attack named by its base, as one names a known event,
    // in a sentence that tells no attack and no harm, is no account of one.
    name: 'attack named by its base',
    rule: (f) => {
      const rest = withoutNamedAttacks(f)
      return rest !== f.text && !ATTACK.test(rest) && f.weapons.every((w) => rest.slice(w.start, w.end).trim() === '') && !HARM_WORD.test(f.text)
        ? { skip: 'an attack named by its base ("the Tower 22 strike"), not an account of one' }
        : undefined
    },
  },
  {
    // "Al-Tanf, the Conoco gas plant, Green Village, the base at Rmelan and a site near al-Malikiyah were all targeted, by
    // drones and by rockets": the bases a stretch of attacks reached, with no day of its own, not one attack on each.
    // Not "On Sunday, al-Tanf, Conoco and Green Village were all targeted", which gives its day.
    name: 'all of them targeted',
    rule: (f) =>
      ALL_TARGETED.test(f.text) && sites(f).length >= 3 && !f.dates.some((d) => d.role === 'point' && d.span.precision === 'day')
        ? { skip: 'a summary of the bases a stretch of attacks reached, not one attack' }
        : undefined,
  },
  {
    name: 'attack on a named base',
    // "… cut off deliveries to the area around the At Tanf Garrison, and SDF fighters died in Turkish air strikes": the only
    // word of attack is another state's strikes, which are no attack on the base.
    rule: (f) =>
      (ATTACK.test(withoutOtherStatesStrikes(f.text)) || harmedByWeapons(f)) &&
      sites(f).length > 0 &&
      // "CENTCOM forces conducted airstrikes on Wednesday in response to a recent rocket attack on US personnel at
      // Shaddadi": the bases named only in the clause the strike answers are that attack's, told there (answered-attack.ts).
      !(isUsStrike(f) && answeredOnly(f)) &&
      !answeredUndated(f) &&
      !(
        !weaponStruckSite(f) &&
        !weaponHarmedUs(f) &&
        isUsStrike(f) &&
        (STRIKE_TARGET.test(f.text) || COALITION_FIRE.test(f.text)) &&
        !/\b(?:on|at|targeting|targeted)\s+(?:the\s+)?(?:U\.?S\.?|American|coalition)\b/i.test(f.text)
      )
        ? { type: 'attack' }
        : undefined,
  },
  {
    name: 'U.S. strike',
    rule: (f) =>
      isUsStrike(f) && (STRIKE_TARGET.test(f.text) || f.groups.some((g) => g.value.kind === 'militia' || g.value.id === 'irgc') || f.places.length > 0)
        ? { type: 'us-strike' }
        : undefined,
  },
  {
    name: 'attack on U.S. forces',
    // "On Thursday, a drone struck a base in the Kurdistan Region of Iraq, the Pentagon said": a base struck, in a U.S.
    // official's words, is one housing U.S. forces; so are troops attacked there ("troops in Iraq were targeted again").
    rule: (f) =>
      (sitelessAttack(f.text) !== undefined ||
        ((A_BASE_STRUCK.test(f.text) || TROOPS_ATTACKED.test(f.text)) && f.claimants.some((c) => c.value.kind === 'us-official'))) &&
      !threatens(f.text) &&
      !answeredUndated(f) &&
      // "US aircraft carried out the strikes on Sunday": the U.S. striking, with no target named, is no attack on U.S. forces.
      !(US_AIRCRAFT_AGENT.test(f.text) && f.places.length === 0)
        ? { type: 'attack' }
        : undefined,
  },
  {
    name: 'statement',
    rule: (f) => (isStatement(f) ? { type: 'statement' } : undefined),
  },
]

/** Runs the rules in order and returns the first verdict. */
export function classifySentence(facts: SentenceFacts): Verdict {
  for (const { rule } of sentenceRules) {
    const verdict = rule(facts)
    if (verdict !== undefined) return verdict
  }
  return null
}
