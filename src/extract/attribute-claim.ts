import { isCampaignMilitia, type ClaimantEntry, type GroupEntry } from '../knowledge/knowledge.js'
import { actsAsSubject } from './group-acts.js'
import type { TermMatch } from '../knowledge/term-matcher.js'
import type { ClaimantKind, Denial, EventStatus } from '../model/report.js'
import { allMatches } from './all-matches.js'
import { HARM_WORD } from './find-casualties.js'
import { findDenial } from './find-denial.js'
import { ATTACK, IN_CLAUSE, KNOWS_NOTHING_OF } from './sentence-cues.js'

/** Who asserts a report, and with what stance. */
export interface Attribution {
  claimant: string
  claimantKind: ClaimantKind
  status: EventStatus
  /** What the sentence denies (`findDenial`), `null` when nothing; a `denied` attribution always denies `occurrence`. */
  denies: Denial | null
}

export interface AttributionInput {
  /** The sentence, normalized for matching. */
  text: string
  claimants: TermMatch<ClaimantEntry>[]
  groups: TermMatch<GroupEntry>[]
  /** The attribution of the previous sentence, for "These sources said …". */
  previous: Attribution | null
  /** Who speaks when no one in the sentence does: the speaker of a transcript paragraph, the outlet an excerpt quotes ("CNN reports:"), else the article's own outlet. */
  fallback: Attribution
  /** The militia the article last named, for "the group said it had struck …". */
  lastMilitia: string | null
  /** What the sentence just before was attributed to, outlet and militia included: who "…, it said" goes on with. */
  justBefore?: Attribution | null
}

/** Words by which an official tells an attack as fact: "confirmed", "said rockets hit", "was shot down". */
const TOLD_AS_FACT = String.raw`(?:confirm\w*|acknowledg\w*|struck|hit|landed|fell|shot down|intercepted|fired|launched|targeted|exploded|slammed)`

export const UNCONFIRMED = new RegExp(
  // "Neither Kurdish nor U.S. officials confirmed a hit": the dots of "U.S." end no clause (IN_CLAUSE). "None of the
  // attacks was confirmed by the U.S. military" and "a claim no Iraqi or coalition official confirmed" deny it too; not
  // "none of those deaths", "none of the other attacks", "no official confirmed the toll" (a figure, another attack).
  // An official "not aware of any attack on al-Tanf", "not tracking an attack", "haven't seen reports of any attack" or
  // with "no information on an attack at Tanf" does not confirm it either; not when the sentence tells an attack as fact
  // ("confirmed …", "said rockets hit Ain al-Asad …, and was not aware of any attack on Harir"), nor "not aware of any
  // reports of injuries", "of any other attacks" or "of any strike in response". "US officials have confirmed none of those
  // attacks" confirms none.
  String.raw`\b(neither\b${IN_CLAUSE}{0,80}?\b(?:confirmed|denied)\b|(?:could|can) not be (?:independently )?(?:confirmed|verified|checked)|none of (?:them|(?:the|these|those) (?:[\w-]+ ){0,2}?claims) (?:could|can) be (?:independently )?(?:confirmed|verified|checked)|no official confirmation|\bconfirmed none of (?:them|(?:the|these|those) (?:[\w-]+ ){0,2}?(?:attacks|strikes|claims|incidents|reports))\b|none of (?:them|(?:the|these|those) (?!other\b)(?:[\w-]+ ){0,2}?(?:attacks|strikes|claims|incidents|episodes|barrages|salvos|reports|cases))\b${IN_CLAUSE}{0,40}?\b(?:was|were|has been|have been|had been) (?:yet )?(?:independently |officially |publicly )?(?:confirmed|verified|acknowledged)|\bno (?:[\w.-]+ (?:or |and |nor )?){0,3}?(?:officials?|sources?|spokesm[ae]n|spokesperson|military|government|command|ministry) (?:has |had |have )?(?:yet |immediately |publicly |independently |officially )?(?:confirmed|verified|acknowledged)(?: (?:it|this|that|the (?:attack|strike|claim|report|incident)s?))?(?=\s*(?:[.;,)]|$))|not (?:been )?(?:immediately )?(?:independently )?(?:confirmed|verified)|could not (?:be )?(?:independently )?(?:confirm|verif)|did not (?:immediately )?(?:respond|comment)|(?:did|would|could|does|do) not (?:immediately |publicly |independently |officially )?confirm\b|(?:declined|refused) to confirm|declined to comment|(?<!\b(?:often|sometimes|usually|mostly|frequently|largely|generally|typically) )(?:unverified|unconfirmed)|no (?:group|one|faction|militia|organi[sz]ation)(?: has| had)?(?: yet| immediately)? (?:claimed|taken responsibility|(?:said|says|announced) (?:it|that it) (?:had |has )?(?:carried out|launched|conducted|was behind))|(?:has|had|have) not (?:yet |immediately )?(?:been )?claimed|no (?:immediate )?claim of responsibility|\b(?:never|not) (?:publicly |officially )?(?:acknowledged|confirmed)\b|\b(?:aware of|looking into|assessing) (?:the |these |those )?reports\b|${KNOWS_NOTHING_OF} (?:any|an|a|the|such an?|that) (?!(?:other|further|additional|similar|new|more|retaliatory)\b)(?:[\w-]+ )?(?:attacks?|strikes?)\b(?! (?:in response|elsewhere))(?!.*\b${TOLD_AS_FACT}\b)(?<!\b${TOLD_AS_FACT}\b.*))`,
  'i',
)
const CLAIM =
  /\b(claimed|claims?|claiming|took responsibility|(?:the|a) (?:same |other )?(?:group|militia|faction|resistance)(?: [\w-]+)? (?:announced|announces|said|says|stated|declared|added|adds)|according to (?:a|an|another) (?:[\w-]+ ){0,2}?statement|in (?:a |its |their |separate |later )?(?:[\w-]+ )?statements?|(?<!\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:[\w-]+\s+){0,3})(?:its|their) (?:(?:new|latest|later|earlier|first|second|own|separate) )?(?:statement|communique|claim|(?:[\w-]+ ){0,2}?(?:fighters|drones|rockets|missiles))|(?:said|says|announced|announces|stated|declared)(?: (?:in|on) (?:a|an|its|their) (?:[\w-]+ ){0,2}?(?:post|statement|message|video|communique|channel))?(?: (?:on |late |early |(?:earlier|later)(?: on)? )?(?:mon|tues|wednes|thurs|fri|satur|sun)day| (?:later )?(?:on )?(?:the same|that) (?:day|night|evening))? (?:that )?(?:it|they) (?:had |has |have )?(?:also |again |then )?(?:attacked|targeted|struck|launched|hit|fired|shelled|bombed|sent|aimed at)|(?:announced|announces) (?:a |an |two |three |four |several |new |fresh |more )?(?:[\w-]+ ){0,2}?(?:attacks?|strikes?|operations?) (?:on|against|targeting)|in a (?:telegram |online )?statement|on (?:its |their )?telegram|(?:said|says) (?:it|they) (?:had )?(?:carried out|conducted)|(?:said|says) (?:that )?(?:its|their) (?:[\w-]+ ){0,2}?(?:fighters|members|forces|drones|rockets|missiles|units) (?:had )?(?:attacked|targeted|struck|launched|hit|fired|shelled|sent|carried out)|(?:drones?|rockets?|missiles?|projectiles?) (?:that )?(?:it|they) (?:had )?(?:launched|fired|sent)|according to (?:a|the) claim|(?:read|reads|said) (?:one|a|the|another) (?:message|statement|post|communique)|in a (?:similar |later |separate )?(?:message|post|communique)|(?:published|issued|released|posted|put out) (?:a|an) (?:[\w-]+ )?(?:statement|communiqu[eé]|video|message)\b[^.;]{0,80}?\b(?:saying|claiming|announcing))\b/i
/** Right before a militia a statement speaks of as acting: "A statement the next day said (IRI drones had attacked …)", "Thursday's statement from (the Islamic Resistance …) listed". */
const STATEMENT_SAID_OF = /\bstatement\b[^.;]{0,40}?\b(?:said|says|stated)\s+(?:that\s+)?(?:the\s+)?$|\bstatements?\s+(?:from|by|of)\s+(?:the\s+)?$/i
/** "…, the statement added", "According to the statement, …": a statement told before goes on speaking. */
const STATEMENT_GOES_ON =
  /\bthe (?:same )?statement (?:also )?(?:added|adds|said|says|continued|stated)\b|\baccording to (?:the|that|its|their) (?:same )?statement\b/i
/** The militia named before speaking again: "its statement", "their fighters", "the group announced", "the statement added". */
const OWN_WORDS = new RegExp(
  String.raw`\b(?:its|their) (?:(?:new|latest|later|earlier|first|second|own|separate) )?(?:statement|communique|fighters|drones|rockets|claim|channel)\b|${STATEMENT_GOES_ON.source}|\bit (?:also )?claimed\b|\bit (?:said|says|announced|stated|added) (?:that )?it (?:had |has )?(?:also |again |then )?(?:attacked|targeted|struck|launched|hit|fired|shelled|bombed|sent)\b`,
  'i',
)
/** Right after a source that passes on what another said: "(SANA) reported". */
const RELAYS = /^\s+(?:reported|reports)\b/i
/** A word for a militia: "the group", "the factions" (not "a group of drones"). */
export const MILITIA_WORD =
  /\b(militia|militias|group(?!\s+of\s+(?:[\w-]+\s+)?(?:drones?|rockets?|missiles?|UAVs?|projectiles?|soldiers|troops|people|analysts|experts|journalists|reporters|officials|lawmakers|senators|countries|states|nations|ministers)\b)|armed group|faction|factions|resistance)\b/i
/** "in the Pentagon's latest count": a figure given as a source's count is that source's word. */
/** "A U.S. official called it a failed attack": a source that names what happened says it happened. */
const CALLED_IT = String.raw`call(?:ed|s) (?:it|them|the (?:attack|strike|incident)) (?:a|an)`
const OWN_COUNT = String.raw`'s (?:latest |final |own |updated |revised |official |initial |first |later )?(?:count|tally|figures?|account)`
/** Verbs of a briefing's account that tell what happened: "Singh opened with the attack on Al-Asad", "detailed", "outlined". */
const TELLS_IT = String.raw`detailed|outlined|(?:opened|began|started)(?: (?:the|her|his|its) (?:briefing|statement|remarks))? (?:with|by)`
/**
 * Officials who "logged a rocket attack", "recorded two drone attacks": a count of attacks that speaks of them. Not
 * "documented a sharp rise in such attacks", "recorded no such attack", "logged the claim", "have not recorded".
 */
const LOGGED_AN_ATTACK = String.raw`(?<!\b(?:not|never)\s)(?:logged|recorded)\s+(?:an?|one|two|three|four|five|six|\d+)\s+(?:more\s+|other\s+|separate\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?)`
/** A source that gives a figure speaks as one who says it: "a U.S. official had given a fuller count: …", "the Pentagon later puts the number of wounded at 40". */
const GAVE_COUNT = String.raw`(?:gave|given|gives|offered|provided|released) (?:a |an |the )?(?:[\w-]+\s+){0,2}?(?:count|figure|toll|tally|update|account)|(?:put|puts|placed|places) (?:the |its |their )?(?:[\w-]+\s+){0,2}?(?:count|figure|toll|tally|number)\b(?:\s+of\s+[\w-]+)?\s+at`
/** "Per CENTCOM,", "In the words of the Pentagon", "In Central Command's words", "reads CENTCOM's statement:": the source's own telling. */
const IN_ITS_WORDS = String.raw`(?<=^\W*)per(?=\s)|in the words of|['’]s\s+words|['’]s\s+(?:[\w-]+\s+)?(?:statement|account|readout|release)\s*:`
const ATTRIBUTED = new RegExp(
  String.raw`\b(said|says|say|told|tells|tell|confirmed|confirms|confirm|deny|according to|announced|reported|reports|stated|statement|identified|disclosed|discloses|revealed|reveals|citing|quoted|quoting|acknowledged|admitted|conceded|added|noted|blamed|attributed|described|${TELLS_IT}|counted|counts|tallied|recalled|${LOGGED_AN_ATTACK}|${GAVE_COUNT}|${OWN_COUNT}|${CALLED_IT}|${IN_ITS_WORDS})\b`,
  'i',
)
/** The end of a citation in brackets after a claimant, "(DoD 2024)": it attributes the sentence as a speech verb does. */
const CITATION_END = String.raw`\s*(?:,\s*)?(?:19|20)\d\d\s*\)`
/** A citation in brackets anywhere in a sentence: "(DoD 2024)", "(CENTCOM, 2023)". */
const BRACKET_CITATION = new RegExp(String.raw`\([^()]{1,40}\b(?:19|20)\d\d\)`)
/** "Two US officials and an Iraqi security official told Reuters": two speakers joined by "and", one verb for both. */
const AND_ANOTHER_SPEAKS = String.raw`\s+and\s+(?:an?|the|two|three|several|other)\s+(?:[\w.-]+\s+){0,3}?(?:officials?|sources?|spokesm[ae]n|spokeswoman|spokesperson)\s+(?:said|says|told|tells|confirmed|reported|added)\b`
/**
 * A speech verb right after a claimant, past an acronym or an appositive: "CENTCOM said", "the directorate (CTD) announced",
 * "a U.S. official, speaking anonymously, told", "two U.S. officials, who spoke on condition of anonymity because they were
 * not cleared to brief reporters, said".
 */
const SPEAKS_AFTER = new RegExp(
  String.raw`^(?:(?:'s?\s+(?:[\w-]+\s+){0,3}?[\w-]*)?(?:\s*\([\w.-]{1,10}\))?(?:\s*,[^,;]{0,70},|\s*,\s*(?:who|speaking|requesting|asking)\b[^,;]{0,130},)?\s*(?:[\w-]+\s+){0,2}?(?:said|says|say|told|tells|tell|confirmed|confirms|confirm|announced|announces|reported|reports|report|stated|states|identified|disclosed|discloses|revealed|reveals|acknowledged|admitted|conceded|added|add|noted|denied|denies|deny|dismissed|rejected|insisted|claimed|blamed|blame|described|${TELLS_IT}|attributed|counted|counts|${LOGGED_AN_ATTACK}|recalled|has said|had said|have said|${GAVE_COUNT}|${CALLED_IT})\b|${OWN_COUNT}\b|${CITATION_END}|[^.;,]{0,60}?\band (?:said|says|say|told|added|confirmed|confirms|denied|denies)\b|${AND_ANOTHER_SPEAKS}|['’]s\s+(?:[\w-]+\s+)?(?:statement|account|release|readout)\s*:|['’]s\s+words\s*,)`,
  'i',
)
/** A pronoun that speaks: "they said", "he added". */
const PRONOUN_SPEAKS = /\b(?:they|he|she)\s+(?:said|told|added|say|says|recalled|noted)\b/i
/** Right before a claimant named as whose critics or circles speak, not as the one who speaks. */
const NOT_ITS_VOICE =
  /\b(?:critics|opponents|detractors|(?:sources|people|figures|circles|a source|someone) (?:close|near) to|(?:sources|people) familiar with)\s+(?:of\s+)?(?:the\s+)?$/i
/** A time clause that opens the sentence, up to a claimant: "Hours before", "Shortly after the". */
const OPENS_WITH_A_TIME = /^\W*(?:(?:hours|minutes|days|shortly|just|soon|a day|two days)\s+)?(?:before|after)\s+(?:the\s+)?$/i
/** A speech verb or "according to" right before a claimant: "said CENTCOM", "according to a U.S. official", "Per CENTCOM,". */
const SPEAKS_BEFORE =
  /\b(?:said|says|told|according to|citing|quoted|quoting|confirmed by|reported by|statement (?:by|from)|(?<=^\W*)per|in the words of)\s+(?:(?:a|an|the|two|three|several)\s+)?(?:[\w-]+\s+){0,2}?$/i
/** What may stand between a militia's speech verb and what it said: "in a statement", "on its Telegram channel", "on Saturday morning". */
const SPOKEN_WHEN = String.raw`(?:\s+(?:in\s+(?:a\s+|its\s+|their\s+)?(?:[\w-]+\s+)?statements?|on\s+(?:its\s+|their\s+)?Telegram(?:\s+channel)?|(?:on\s+|early\s+|late\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|(?:later\s+)?(?:on\s+)?(?:the\s+same|that)\s+(?:day|night|evening)|(?:last|this|earlier\s+this)\s+(?:week|month)|at\s+the\s+time))*`
/**
 * A militia that speaks of the attack the sentence tells, narrowly, in three shapes; never of a U.S. strike on it:
 * - last, after the attack: "An armed drone targeted Harir air base, Kataib Hezbollah said." (the speech verb ends the clause);
 * - cited: "…, according to the Islamic Resistance in Iraq";
 * - first, of its weapons striking: "The Islamic Resistance in Iraq said an armed drone struck al-Harir airbase".
 * Not "…; Kataib Hezbollah said it was not responsible", "a day after Kataib Hezbollah said it would avenge its commander".
 */
const MILITIA_SPEAKS_LAST = new RegExp(
  String.raw`^(?:\s*,[^,;]{0,70},)?\s+(?:also\s+)?(?:said|says|claimed|claims|announced|stated)${SPOKEN_WHEN}\s*(?:[.;]|$)`,
  'i',
)
const MILITIA_CITED = /\b(?:according to|citing|quoting)\s+(?:(?:a|its|their)\s+statement\s+(?:by|from)\s+)?(?:the\s+)?$/i
// "A little-known group, al-Thawriyoun, said …": the comma that closes the militia's name in apposition may come first.
const MILITIA_TELLS_ITS_STRIKE = new RegExp(
  String.raw`^(?:\s*,[^,;]{0,70},|,(?<=^,))?\s+(?:also\s+)?(?:said|says|announced|announces|stated)${SPOKEN_WHEN}\s+(?:that\s+)?(?:(?:an?|the|two|three|four|its|their)\s+(?:[\w-]+\s+){0,2}?(?:drones?|rockets?|missiles?|fighters|mujahideen)\s+(?:had\s+)?(?:struck|hit|targeted|attacked|slammed)|(?:it|they|its\s+[\w-]+|their\s+[\w-]+)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:struck|hit|targeted|attacked|launched|flown|flew|sent|used|fired|shelled|bombed))\b|^\s+announced\s+the\s+targeting\s+of\b`,
  'i',
)
/** The attack told before a militia that speaks last: "An armed drone targeted Harir air base, …". */
const ATTACK_TOLD = /\b(?:targeted|struck|hit|attacked|launched|fired|shelled|bombed|slammed|exploded|crashed)\b/i
/** A U.S. strike, which a militia reports as its victim and never claims: "A U.S. drone strike killed a commander, the group said". */
const US_STRIKE_TOLD = /\b(?:U\.?S\.?|American|coalition|Israeli)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|air ?strikes?|raids?|bombing)\b/i
const militiaSpeaksOfIt = (text: string, g: { start: number; end: number }): boolean => {
  if (US_STRIKE_TOLD.test(text)) return false
  const clauseBefore = text.slice(text.lastIndexOf(';', g.start) + 1, g.start)
  const after = text.slice(g.end, g.end + 160)
  return (
    (((/,\s*(?:the\s+)?$/.test(clauseBefore) && MILITIA_SPEAKS_LAST.test(after)) || MILITIA_CITED.test(clauseBefore.slice(-40))) &&
      ATTACK_TOLD.test(clauseBefore)) ||
    MILITIA_TELLS_ITS_STRIKE.test(after)
  )
}
/** "…, it said.", "…, it added": the body that spoke last goes on speaking. */
const IT_SAID = /,\s+it\s+(?:said|added)\s*[.;]?\s*$/i
const CITING = /\b(?:citing|according to)\s+/gi
const ANAPHORA =
  /\b(these sources|the (?:same )?sources|those sources|the (?:same )?source|the command|this source|the (?:same |U\.S\. |defense |American )?officials?|one (?:of the |of those )?(?:U\.S\. |defense |American )?officials?|they said|the spokesman|the spokeswoman|the spokesperson|he said|she said|he added|she added|he recalled|she recalled|he noted|she noted|the (?:U\.S\. |US |American )?(?:embassy|mission) (?:said|says|reported|reports|stated|states|added|adds|confirmed|confirms)|according to (?:the|its|that) statement)\b/i

/**
 * Where a claim of its own starts after the attack was told: "Four rockets were fired at Ain al-Asad; the Islamic
 * Resistance claimed them", "… at the same base, an attack the group also claimed", "…, and the same group said it was
 * responsible".
 */
const CLAIM_CLAUSE =
  /;\s+|,\s+(?=(?:an?\s+(?:attack|strike)s?\s+(?:that\s+|which\s+)?|which\s+)(?:the|a|an|it|they)\b)|,\s+and\s+(?=(?:the|a|an)\s+(?:same\s+)?(?:group|militia|faction)\b)/g

/**
 * The clause before a claim of its own, when it tells the attack without the militia: there the outlet or its source
 * says it happened, so the claim after it is no longer the only word on it.
 */
function toldBeforeClaim(input: AttributionInput, militiaStarts: number[]): number | null {
  for (const m of allMatches(CLAIM_CLAUSE, input.text)) {
    const at = m.index ?? 0
    const before = input.text.slice(0, at)
    if (militiaStarts.some((s) => s < at) || MILITIA_WORD.test(before) || CLAIM.test(before) || !ATTACK.test(before)) continue
    if (CLAIM.test(input.text.slice(at))) return at
  }
  return null
}

/** The claimant a sentence attributes through "citing X" or "according to X": the nearest claimant after such a phrase. */
function cited(text: string, claimants: TermMatch<ClaimantEntry>[]): TermMatch<ClaimantEntry> | null {
  for (const m of allMatches(CITING, text)) {
    const after = m.index + m[0].length
    // "According to the source, the US military sent helicopters": a name past the clause break is not whom it cites.
    const hit = claimants.find((c) => c.start >= after && c.start - after < 40 && !/[,;:]/.test(text.slice(after, c.start)))
    if (hit) return hit
  }
  return null
}

/** Right before whom an outlet quoted: "according to Reuters, which quoted two", "the AP quoted an official in the". */
const QUOTED_BEFORE = /\b(?:quoted|quoting|citing|cited)\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w-]+\s+){0,3}?$/i

/**
 * A U.S. official an outlet relayed: "according to Reuters, which quoted two US officials", "a US official said,
 * according to Reuters", "the AP quoted an official in the US military as saying". The official speaks; the outlet
 * carries it, as state media and translated pages relay U.S. officials through Western wires.
 */
function relayedOfficial(text: string, claimants: TermMatch<ClaimantEntry>[]): TermMatch<ClaimantEntry> | null {
  return (
    claimants.find(
      (c) =>
        c.value.kind === 'us-official' &&
        (QUOTED_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) || /^\s+(?:said|says),?\s+according to\b/i.test(text.slice(c.end, c.end + 30))),
    ) ?? null
  )
}

/**
 * A source's count that tells what happened: "By U.S. accounting there were four attacks on Monday", "by the Pentagon's
 * tally", "in CENTCOM's figures". Not its count of something else: the count must follow the source.
 */
function byItsCount(text: string, c: TermMatch<ClaimantEntry>): boolean {
  if (!BY_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)) || NEGATED_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) return false
  return COUNT_NOUN_ENDS.test(text.slice(c.start, c.end)) || ITS_COUNT_AFTER.test(text.slice(c.end, c.end + 30))
}
/**
 * "U.S. figures", "US accounting" (claimants.yaml) name a source only as whose count it is: "according to US figures",
 * "By U.S. accounting". Elsewhere they are people ("threatened to target U.S. figures") or no source ("an attack not
 * reflected by U.S. figures").
 */
export const namedByItsCount = (text: string, c: TermMatch<ClaimantEntry>): boolean => !COUNT_NOUN_ENDS.test(text.slice(c.start, c.end)) || byItsCount(text, c)
/** "not reflected by", "never counted by": a count that does not speak for what it left out. */
const NEGATED_BEFORE = /\b(?:not|never|n't)\b[^,;]{0,25}$/i
/** A source named by its count: "U.S. figures", "US accounting" (claimants.yaml). */
const COUNT_NOUN_ENDS = /\b(?:count|accounting|tally|figures)$/i
const BY_BEFORE = /\b(?:by|per|according to)\s+(?:the\s+)?$/i
const ITS_COUNT_AFTER = /^(?:'s)?\s+(?:own\s+|official\s+|latest\s+|updated\s+)?(?:count|accounting|tally|figures|records)\b/i

/** "Rockets were fired at the U.S. Embassy in Baghdad, the embassy said": the claimant's head noun speaks later in the sentence. */
export function headSpeaks(text: string, c: TermMatch<ClaimantEntry>): boolean {
  const head = /([A-Za-z]{4,})\s*$/.exec(text.slice(c.start, c.end))?.[1]?.toLowerCase()
  if (head === undefined) return false
  for (const m of text.slice(c.end).matchAll(THE_HEAD_SPEAKS)) if (m[1]?.toLowerCase() === head) return true
  return false
}

/** "the embassy said": a head noun after "the", then a speech verb (`headSpeaks` compares the noun). */
const THE_HEAD_SPEAKS = /\bthe ([A-Za-z]{4,})\s+(?:said|says|stated|announced|added|confirmed)\b/gi

/** After a source named as a label: "on X:", "via Telegram:", "statement:", or a bare colon. */
const LABEL_AFTER =
  /^\s*(?:(?:on|via|in a post on)\s+(?:X|Twitter|Telegram|Facebook|its (?:website|channel|account))|(?:'s\s+)?(?:statement|readout|release|update))?\s*:(?:\*\*|__)?\s+\S/i

/** A claim no one made: "No group claimed the rockets", "no faction has taken responsibility", "the attack has not been claimed". */
const NO_ONE_CLAIMED =
  /\b(?:no (?:armed |militia |other |single )?(?:group|one|faction|militia|organi[sz]ation)s?|none of the (?:factions|groups|militias))(?: has| had| have)?(?: yet| so far| immediately| publicly| ever)? (?:claimed|taken responsibility)\b(?:(?!\b(?:but|until|when|though|although|while|later)\b)[^.;,])*|\b(?:has|had|have|was|were) not (?:yet |immediately |been )*claimed\b/gi

/** The stance a speaker of this kind takes in telling an attack: a U.S. official confirms, a militia claims, anyone else reports. */
export const statusOfKind = (kind: ClaimantKind): EventStatus => (kind === 'us-official' ? 'confirmed' : kind === 'militia' ? 'claimed' : 'reported')

const official = (c: TermMatch<ClaimantEntry>): boolean => c.value.kind === 'us-official' || c.value.kind === 'host-government'

/** The words of a denial of the target: "disputed reports that", "were not targeted", "not aimed at". */
const TARGET_DENIAL_CUE =
  /\b(?:den(?:y|ies|ied|ying)|disput\w*|reject\w*|dismiss\w*|refut\w*|(?:were|was|are|is) not|(?:had|have|has) not been|not (?:the target|targeting|targeted|aimed|directed))\b/i

/**
 * Who denies that U.S. forces were the target: the speaker named last before the denial's words, else the first after them
 * ("'… forces were not targeted,' a U.S. official said"); `undefined` when the sentence names none.
 */
function denierOfTarget(text: string, claimants: TermMatch<ClaimantEntry>[]): TermMatch<ClaimantEntry> | undefined {
  const cue = TARGET_DENIAL_CUE.exec(text)
  if (cue === null) return undefined
  // An outlet named there is who was told ("the official told Reuters, adding that …"), not who denies.
  const voices = claimants.filter((c) => c.value.kind !== 'media')
  return voices.filter((c) => c.start < cue.index).at(-1) ?? voices.find((c) => c.start > cue.index)
}

/**
 * Decides who asserts a sentence's report, its stance, and what it denies: a denial by officials,
 * a militia's claim, a confirmation by U.S. or coalition officials, or a report by
 * the host government, security sources or the media. Only U.S. or coalition
 * officials confirm: the host government and its security services report.
 * Unconfirmed wording ("no official confirmation") never confirms, and denies nothing.
 */
export function attributeClaim(input: AttributionInput): Attribution {
  const unconfirmed = UNCONFIRMED.test(input.text)
  const denies = unconfirmed ? null : findDenial(input.text)
  const stance = stanceOf(input, unconfirmed, denies)
  // A stance taken from the sentence before ("the official said") that denied the attack denies it here too. A denial
  // of the target keeps its word: the page says what was denied.
  return { ...stance, denies: stance.status === 'denied' && denies !== 'target' ? 'occurrence' : denies }
}

function stanceOf(input: AttributionInput, unconfirmed: boolean, denies: Denial | null): Omit<Attribution, 'denies'> {
  const { text, claimants, groups, previous, fallback } = input
  const militias = groups.filter((g) => isCampaignMilitia(g.value))
  // "(DoD 2024)": a citation in brackets attributes the sentence as a speech verb does.
  const attributed = ATTRIBUTED.test(text) || BRACKET_CITATION.test(text) || claimants.some((c) => byItsCount(text, c))

  // "…, Iraqi military officials said, but a U.S. official disputed reports that American troops had been the target": the
  // voice nearest the denial of the target is its speaker. "A U.S. official confirmed it, but Iraqi officers disputed …":
  // the denial is not the U.S. voice's, which confirms.
  const denier = denies === 'target' ? denierOfTarget(text, claimants) : undefined
  if (denies !== null && (denier === undefined || denier.value.kind === 'us-official')) {
    const who = denier ?? claimants.find(official) ?? claimants[0]
    // A denial that it happened denies the attack. One of its toll ("CENTCOM denied claims that the attack caused
    // fatal casualties") or of who did it takes the attack as having happened: the speaker's stance is as if they had
    // told it. The figures it gives ("no deaths") are read as this report's own.
    if (who) {
      // "a U.S. defense official said American forces were not the target": on a timeline of attacks on U.S. forces, the
      // one U.S. voice denies the attack. A second U.S. voice in the sentence ("the State Department said its compound
      // was attacked") confirms it.
      const deniedTarget = denies === 'target' && !claimants.some((c) => c.value.kind === 'us-official' && c.value.label !== who.value.label)
      return {
        claimant: who.value.label,
        claimantKind: who.value.kind,
        // Only U.S. or coalition officials' word decides `confirmed` or `denied`; a host government's or a source's denial
        // is their report, and the sentence keeps what it denies.
        status: who.value.kind !== 'us-official' ? 'reported' : denies === 'occurrence' || deniedTarget ? 'denied' : 'confirmed',
      }
    }
  }
  // "The group said it had no role in the attack" denies a claim; it makes none. "An armed drone targeted Harir air base,
  // Kataib Hezbollah said": a militia named as the one who speaks claims what the sentence tells.
  // "Early on Thursday, the resistance fighters also targeted the Koniko base, the statement added": the militia's
  // statement told before goes on, unless an official spoke last ("the statement" is then as likely theirs).
  const statementGoesOn =
    STATEMENT_GOES_ON.test(text) &&
    input.lastMilitia !== null &&
    (previous === null || previous.claimantKind === 'militia' || previous.claimantKind === 'media')
  // "No group claimed the rockets": a claim no one made is none.
  const claimText = text.replace(NO_ONE_CLAIMED, (m) => ' '.repeat(m.length))
  // "The Kurdish-led SDF militia said six of its fighters were killed", "ISIS said its fighters …": a sentence that names
  // only a group outside the campaign speaks of that group's word and its fighters, never of a campaign militia's claim.
  // Not a group named only as what the sentence concerns: "in retaliation for Israel's war on Hamas".
  const othersOnly = militias.length === 0 && groups.some((g) => g.value.kind === 'militia' && !g.value.campaign && actsAsSubject(text, g))
  const claimsIt =
    denies !== 'responsibility' &&
    !othersOnly &&
    (((CLAIM.test(claimText) || statementGoesOn) &&
      (militias.length > 0 || MILITIA_WORD.test(claimText) || (input.lastMilitia !== null && OWN_WORDS.test(claimText)))) ||
      militias.some((g) => militiaSpeaksOfIt(text, g) || STATEMENT_SAID_OF.test(text.slice(Math.max(0, g.start - 80), g.start))))
  const militia = (): Omit<Attribution, 'denies'> => ({
    claimant: militias[0]?.value.name ?? input.lastMilitia ?? 'a militia',
    claimantKind: 'militia',
    status: 'claimed',
  })
  // Officials and security sources who say it happened outweigh a militia's claim of it; the media relaying a claim do not.
  // A claimant counts as a source only where it speaks ("CENTCOM said", "according to a U.S. official"), not where it is
  // named otherwise ("the U.S. military base at …, a local source said").
  // Not one only named as whose critics or circles speak: "Critics of the US administration said", "sources close to the Pentagon";
  // nor one speaking in a clause that opens the sentence with a time: "Hours before Washington announced the deaths, the group said …".
  const speaking = (c: TermMatch<ClaimantEntry>): boolean =>
    !NOT_ITS_VOICE.test(text.slice(Math.max(0, c.start - 40), c.start)) &&
    !OPENS_WITH_A_TIME.test(text.slice(0, c.start)) &&
    (SPEAKS_AFTER.test(text.slice(c.end, c.end + 170)) ||
      SPEAKS_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) ||
      headSpeaks(text, c) ||
      byItsCount(text, c))
  // "Two American officials gave a different account: none hit the base, they said": with no claimant in a speaking
  // position, a pronoun that speaks ("they said") speaks for the claimant the sentence named.
  const spoken = claimants.filter(speaking)
  const speakers = spoken.length > 0 || !PRONOUN_SPEAKS.test(text) ? spoken : claimants
  const source =
    relayedOfficial(text, claimants) ??
    cited(text, claimants) ??
    speakers.find((c) => c.value.kind === 'us-official') ??
    speakers.find(official) ??
    speakers.find((c) => c.value.kind === 'local-security') ??
    speakers[0] ??
    claimants.find((c) => c.value.kind === 'local-security' || c.value.kind === 'media') ??
    null
  // "The group said it had sent drones at Harir. Neither Kurdish nor U.S. officials confirmed a hit there.": what no one
  // confirmed is still only the group's claim, which the sentence speaks of.
  if (unconfirmed && !claimsIt && previous?.claimantKind === 'militia') return { claimant: previous.claimant, claimantKind: 'militia', status: 'claimed' }
  // "CENTCOM on X: fifteen rockets fired from Iraq at the Rumalyn base", "Pentagon statement: …": a source named as a
  // label before a colon that opens the sentence speaks all of it.
  const label = claimants.find((c) => /^[^A-Za-z]{0,6}(?:the\s+)?$/i.test(text.slice(0, c.start)) && LABEL_AFTER.test(text.slice(c.end, c.end + 40)))
  if (label !== undefined && !claimsIt)
    return { claimant: label.value.label, claimantKind: label.value.kind, status: unconfirmed ? 'reported' : statusOfKind(label.value.kind) }
  // "On Friday, the same group said it had hit the garrison at al-Tanf, Syrian state news agency SANA reported": a source
  // that reports, after the group has spoken, relays the group's claim; it tells nothing of its own.
  // Not "Drones struck al-Tanf and the group claimed it, SANA reported": there the source tells the attack first.
  const claimAt = Math.min(militias[0]?.start ?? Infinity, MILITIA_WORD.exec(claimText)?.index ?? Infinity)
  const relaysClaim =
    claimsIt && source !== null && claimAt < source.start && RELAYS.test(text.slice(source.end, source.end + 20)) && !ATTACK.test(text.slice(0, claimAt))
  if (source && attributed && (source.value.kind !== 'media' || !claimsIt) && !relaysClaim) {
    const kind = source.value.kind
    // "The group said it had struck Taji, a claim no Iraqi or coalition official confirmed": the claim is the group's.
    if (unconfirmed && claimsIt) return militia()
    return { claimant: source.value.label, claimantKind: kind, status: unconfirmed ? 'reported' : statusOfKind(kind) }
  }
  if (claimsIt) {
    const told = toldBeforeClaim(
      input,
      militias.map((g) => g.start),
    )
    if (told === null) return militia()
    // The clause that told it speaks as a sentence of its own would: its source's word, or the outlet's.
    const own = stanceOf({ ...input, text: text.slice(0, told), claimants: claimants.filter((c) => c.end <= told), groups: [] }, unconfirmed, denies)
    return own.status === 'claimed' ? militia() : own
  }
  // "A third drone was destroyed over a base in northern Iraq, it said.", after Central Command spoke, naming no one else
  // and no one hurt: the official body goes on speaking of the attack (a militia's or an outlet's "it said" is left to the
  // sentence's own words, and "Five militants were killed …, it said" after a U.S. strike may be the strike's toll).
  const saidBefore = input.justBefore ?? null
  if (
    saidBefore?.claimantKind === 'us-official' &&
    claimants.length === 0 &&
    groups.length === 0 &&
    !MILITIA_WORD.test(text) &&
    !HARM_WORD.test(text) &&
    IT_SAID.test(text)
  )
    return { ...saidBefore, status: unconfirmed ? 'reported' : saidBefore.status }
  // "The same official did confirm a different attack … Harir was targeted, the official said": the speaker carries over,
  // not what they said before; a denial in this sentence was read above, so what is left here says it happened.
  if (previous && ANAPHORA.test(text)) {
    const said: EventStatus = previous.status === 'denied' ? (previous.claimantKind === 'us-official' ? 'confirmed' : 'reported') : previous.status
    return { ...previous, status: unconfirmed ? 'reported' : said }
  }
  return { ...fallback, status: unconfirmed && fallback.status === 'confirmed' ? 'reported' : fallback.status }
}
