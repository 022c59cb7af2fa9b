import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns'
import type { Diagnostic } from '../model/diagnostic.js'
import type { Article } from '../ingest/article.js'
import type { ClaimantEntry, Knowledge, PlaceEntry } from '../knowledge/knowledge.js'
import type { TermMatch } from '../knowledge/term-matcher.js'
import { normalizeForMatching } from '../clean/normalize-for-matching.js'
import { maskInlineFurniture } from '../clean/mask-inline-furniture.js'
import { attributeClaim, MILITIA_WORD, statusOfKind, UNCONFIRMED, type Attribution } from './attribute-claim.js'
import { AGGREGATE_COUNT, ASKED, classifySentence, isUsStrike, type SentenceFacts, type Verdict } from './classify-sentence.js'
import { findCasualties } from './find-casualties.js'
import { allMatches } from './all-matches.js'
import { datingMentions, findDates, MONTH_NAME, SAME_DAY, SMALL, statementDays, type DateMention } from './find-dates.js'
import { statementTitle } from './statement-gist.js'
import { tollsByBase } from './toll-by-base.js'
import { countedFromTold } from './counted-from-told.js'
import { rememberSites, rememberTold, startArticle, startEntry, type Carry, type CarriedDay, type NoneThatDay, type UndatedLead } from './article-state.js'
import { findShortNames, learnShortNames, type ShortName } from './short-names.js'
import { tableRows } from './table-row.js'
import { theBaseMeant } from './the-base.js'
import { AREA_NO_TARGET, SITE_NO_TARGET, whyNoTarget } from './no-target.js'
import { outsideCampaign } from '../knowledge/campaign.js'
import { liesOutside } from '../knowledge/lies-outside.js'
import { correctionQuote, excerpt } from './excerpt.js'
import { splitAnsweredAttack } from './answered-attack.js'
import { addsToStory, ALL_OF_THEM, countsPlaces, hasFigure, howManyOfThem, REFERS_BACK, TOLL, type Story } from './follow-up.js'
import type { Count, DateSpan, EventType, Place, Report, UnplacedReport } from '../model/report.js'
import { insideQuotes } from './quoted.js'
import {
  AGGREGATE,
  AN_UNNAMED_BASE_IN,
  ATTACK,
  EARLIER,
  EXCERPT_INTRO,
  FOLLOWED,
  IN_CLAUSE,
  LATER_UNDATED,
  NOT_A_NAME,
  SPEECH,
  TARGET_NAMED,
  UNKNOWN_BASE,
  US_STRIKE_NOUN,
  namesAPerson,
  namesAWar,
} from './sentence-cues.js'

export interface ExtractResult {
  reports: Report[]
  /** Attacks at a named base with no day Salvo can resolve: no event, but a correction can place them. */
  unplaced: UnplacedReport[]
  diagnostics: Diagnostic[]
}

/** "the group", "the militia": a reference back to the militia named before. */
const ANAPHORIC_GROUP =
  /\b(?:the|this|that) (?:group|militia|faction|alliance)\s+(?:also\s+)?(?:said|says|claimed|claims|announced|added|stated)\b|\bits (?:fighters|drones|rockets|militants)\b/i

/** Words that give a sentence a source of its own: "local media reported", "according to", "citing", "was told". */
const SOURCED = /\b(?:said|says|reported|reports|according to|citing|cited|told|claimed|claims|announced|stated)\b/i

/** How many paragraphs after an official's count of one day's attacks the outlet's own account of them may run. */
const COUNT_REACH = 3

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
function countsTheDay(text: string, day: DateMention): boolean {
  // "The other two strikes took place on Oct. 27, after the U.S. military announced its assaults": the U.S. speaks of its own strikes.
  if (US_ACTS.test(text)) return false
  return allMatches(DAYS_COUNT, text).some((m) => {
    const between = day.start >= m.index + m[0].length ? text.slice(m.index + m[0].length, day.start) : text.slice(day.end, m.index)
    return (day.start >= m.index + m[0].length || day.end <= m.index) && between.length <= 60 && !/[;:]/.test(between)
  })
}

/** A month's name, written out or cut short: a date written, not a weekday alone. */
const A_MONTH = new RegExp(String.raw`\b${MONTH_NAME}`, 'i')

/** The words of a heading or sentence, without Markdown's marks and punctuation. */
const wordsOf = (text: string): string[] => text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w))

/** A sentence's figures say no one was harmed: it gives at least one figure, and each it gives is zero. */
const isNone = (c: { killed: Count | null; injured: Count | null }): boolean =>
  (c.killed !== null || c.injured !== null) && (c.killed === null || c.killed.max === 0) && (c.injured === null || c.injured.max === 0)

/** Why a sentence about another attack was set aside: a follow-up right after it ("no one died in that attack") is about that attack. */
const OTHER_ATTACK = /historical reference|strike by another state|attack at sea|strike on an armed group|fire from the base/

const toPlace = (p: PlaceEntry): Place => ({ id: p.id, name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, precision: p.precision })

/**
 * A militia telling of its own dead ("Kataib Hezbollah announced that one of its members had been killed"): the
 * group's loss, not the toll of the attack on U.S. forces. A partner force's word for its own ("the SDF says six of
 * its commandos were killed") is a source's, not a militia's, and counts.
 */
const militiaOwnLoss = (facts: SentenceFacts): boolean => {
  const own = /\bof\s+(?:its|their)\s+(?:own\s+)?(?:members|fighters|militants|commanders|men|ranks)\b/i.exec(facts.text)
  if (own === null) return false
  const owner = facts.groups.filter((g) => g.end <= own.index && g.value.kind === 'militia').at(-1)
  // A group that is also a source of its own kind (the SDF, a security force) is a partner, not a militia.
  return owner?.value.kind === 'militia' && !facts.claimants.some((c) => c.start < owner.end && c.end > owner.start && c.value.kind !== 'militia')
}

/** Who a numbered note names as its source. */
type NoteSource = Pick<ClaimantEntry, 'label' | 'kind'>

/** The source each numbered note of the article names: "[3] Pentagon official, comments to regional media, November 13". */
function footnoteSources(article: Article, knowledge: Knowledge): Map<string, NoteSource> {
  const notes = new Map<string, NoteSource>()
  const rank: ClaimantEntry['kind'][] = ['us-official', 'host-government', 'local-security', 'militia']
  for (const m of article.body.matchAll(/^[ \t]*\[(\d{1,3})\][ \t]+(.+)$/gm)) {
    const text = normalizeForMatching(m[2] ?? '')
    const militias = knowledge
      .findGroups(text)
      .filter((g) => g.value.kind === 'militia')
      .map((g): NoteSource => ({ label: g.value.name, kind: 'militia' }))
    const found = [...knowledge.findClaimants(text).map((c): NoteSource => c.value), ...militias]
    const best = rank.map((kind) => found.find((c) => c.kind === kind)).find((c) => c !== undefined)
    if (best && m[1]) notes.set(m[1], best)
  }
  return notes
}

/**
 * A sentence the outlet tells in its own words that cites a numbered note naming a source ("… with no casualties
 * or damage.[3]", where [3] is "Pentagon official, comments to regional media"): that source's word, as a think
 * tank's daily update or an encyclopedia cites it.
 */
function citedByNote(attribution: Attribution, text: string, notes: ReadonlyMap<string, NoteSource>): Attribution {
  if (attribution.claimantKind !== 'media' || notes.size === 0) return attribution
  const cited = [...text.matchAll(/\[(\d{1,3})\]/g)].map((m) => notes.get(m[1] ?? '')).find((c) => c !== undefined)
  if (cited === undefined) return attribution
  const status = statusOfKind(cited.kind)
  return {
    claimant: cited.label,
    claimantKind: cited.kind,
    status: attribution.status === 'reported' ? status : attribution.status,
    denies: attribution.denies,
  }
}

/** Words in a news outlet's name: a source named so is a newsroom, whatever government body its name also holds. */
const NEWS_OUTLET =
  /\b(?:news|times|post|journal|daily|wire|tv|television|radio|press|today|herald|tribune|network|monitor|magazine|gazette|observer|review|weekly|media|agency|broadcasting|channel|online|report|insider|line|voice)\b/i

/** "Nov. 2, 2023" in a dateline. */
const MONTH_DAY = String.raw`${MONTH_NAME}\s+\d{1,2}(?:,\s*\d{4})?`
/** "2 January", "26 juil 2024": the day first, as European and translated agency copy writes it, in any language. */
const DAY_MONTH = String.raw`\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?`
/** "14-8-2024", "14/8/2024": a day in figures with its year, either order. */
const NUMERIC_DAY = String.raw`\d{1,2}[-/.]\d{1,2}[-/.]\d{4}`
/** "Ordibehesht 4, 1403", "Azar 3, 1402": a month of another calendar, its day and its year, as Iranian agencies date their copy. */
const OTHER_CALENDAR_DAY = String.raw`\p{L}{3,12}\s+\d{1,2},\s*\d{4}`
/** "WASHINGTON, Nov. 2, 2023 (Wire) —", "ERBIL (Iraq), 2 January (AMP) —": a dateline dates the article, not the events. Blanked, same length. */
const DATELINE = new RegExp(
  String.raw`^\s*[A-Z][A-Z .'/-]{2,40}(?:\s*\([A-Za-z .]{2,30}\))?(?:,\s*[A-Za-z .]{2,30})?(?:,?\s*(?:${MONTH_DAY}|${DAY_MONTH}|${OTHER_CALENDAR_DAY}))?\s*(?:\([^)]{1,40}\)\s*){0,2}(?:—|–|--|-)\s`,
  'u',
)
/** A wire dateline in title case, which the agency's name in brackets marks: "Beirut/New Delhi, Feb 5 (PTI)", "Beijing, Jan. 29 (Xinhua) --". */
const AGENCY_DATELINE = new RegExp(String.raw`^\s*[A-Z][\w .'/-]{2,40},\s*(?:${MONTH_DAY}|${NUMERIC_DAY})\s*\([^)]{1,40}\)\s*(?:(?:—|–|--|-|:)\s)?`)
/** Places joined by slashes before a colon, a dateline as Gulf papers print one: "Abu Dhabi / Baghdad:". */
const SLASH_DATELINE = /^\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}(?:\s*\/\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})+\s*:\s/
/** A page's time stamp run into the lead: "30/10/2023 - 11:05", "2023-10-30 11:05". */
const TIMESTAMP = /^\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})\s*(?:[-–—|,]\s*)?\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[AP]M))?\s+/i
/** A syndicator's credit before a dateline: "(MENAFN- Nam News Network) DAMASCUS, Aug 14 (NNN-SANA) –". */
const CREDIT = /^\s*\([^()]{2,60}\)\s*/
/** A wire dateline with no mark after its day, as Indian agencies run them: "Baghdad, Oct 28 An Iraqi militia …". */
const BARE_DATELINE = new RegExp(String.raw`^\s*[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2},\s*${MONTH_DAY}\s+(?=[A-Z])`)
/** A capitals dateline with a colon, as Gulf and pan-Arab papers run them: "BAGHDAD: …", "BAGHDAD/WASHINGTON: …" (a place must be in it). */
const COLON_DATELINE = /^\s*[A-Z][A-Z'-]{2,}(?:[ /][A-Z][A-Z'-]{2,}){0,3}:\s+(?=[A-Z"“])/
/** A dateline with the whole date, its year written, and the outlet's name after it: "Washington, January 21, 2024, The Europe Today:", "Colombia /America, 29th January 2024:". */
const YEAR_DATELINE = new RegExp(
  String.raw`^\s*[A-Z][\w .'/-]{2,40},\s*(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s*\d{4})(?:,\s*[^:—–,.]{2,40})?\s*(?:—|–|--|:)\s`,
)
/** Between a place struck and the base that locates it: "the Rukban refugee camp near", "the village close to". */
const AREA_BY_BASE = /^\s*(?:refugee\s+)?(?:camp|village|town|settlement)?\s*,?\s*(?:near|close to|next to|outside|not far from)\s+(?:the\s+)?$/i

/** A post's or an edit's stamp run into its first sentence: "**EDIT 1, Wed 17 Jul, 12:10** —", "**UPDATE 24 Oct, 21:40 UTC** —". */
const EDIT_STAMP = /^\s*(?:\*\*|__)(?:edit|update|updated|original post|posted|op)\b[^*_\n]{0,40}?\b\d{1,2}:\d{2}\b[^*_\n]{0,20}(?:\*\*|__)\s*(?:[—–:-]\s*)?/i

function maskDateline(text: string, isPlace: (words: string) => boolean): string {
  // A stamp dates the post, not what it tells (its day is what "today" means there: `postedOn`).
  const stamp = EDIT_STAMP.exec(text)
  if (stamp !== null) return ' '.repeat(stamp[0].length) + text.slice(stamp[0].length)
  // "**Deir Ezzor, Aug. 14 (SCD)** –": a dateline in bold is read as one without its marks (same length, so offsets hold).
  const plain = /[*_]/.test(text) ? text.replace(/^[\s*_]+/, (marks) => ' '.repeat(marks.length)).replace(/\*\*|__/g, '  ') : text
  const credit = CREDIT.exec(plain)?.[0] ?? ''
  const rest = plain.slice(credit.length)
  const colon = COLON_DATELINE.exec(rest)
  const m =
    DATELINE.exec(rest) ??
    AGENCY_DATELINE.exec(rest) ??
    TIMESTAMP.exec(rest) ??
    SLASH_DATELINE.exec(rest) ??
    BARE_DATELINE.exec(rest) ??
    YEAR_DATELINE.exec(rest) ??
    (colon !== null && isPlace(colon[0]) ? colon : null)
  return m ? ' '.repeat(credit.length + m[0].length) + text.slice(credit.length + m[0].length) : text
}

/**
 * "on Saturday evening local time (early Sunday AEDT)": the same moment told in the reader's time zone, which names
 * another day. Blanked, same length, so the day where it happened is the only one.
 */
const TIME_ZONE_ASIDE =
  /\((?:[^()]{0,30}?\b)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^()]{0,30}?\b(?:[A-Z]{1,2}[DS]T|GMT|UTC|Eastern|Pacific|Central|Mountain|(?:[A-Z][a-z]+ )?time)\b[^()]{0,20}\)/g
/**
 * "…, which was the early hours of Monday in Kuala Lumpur", "which was shortly after 7:15 p.m. on Thursday here in
 * Mexico City", "-- that was late Saturday night here on the East Coast --", "that was a little after eight last night
 * here on the East Coast": the same moment told in the outlet's own time, in a clause ("that" only with "here").
 * Blanked, same length, as the aside above.
 */
const TIME_ZONE_CLAUSE = new RegExp(
  String.raw`,?\s*\b(?:which (?:was|is|would have been|would be)\b${IN_CLAUSE}{0,40}?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.;,]{0,30}?\b(?:here )?(?:in|on)|that (?:was|is|would have been|would be)\b${IN_CLAUSE}{0,40}?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last night|yesterday|tonight|today|this (?:morning|afternoon|evening))\b[^.;,]{0,30}?\bhere (?:in|on))\s+(?:the\s+)?(?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+)?(?:\s+time)?`,
  'g',
)
const maskTimeZoneAsides = (text: string): string =>
  text.replace(TIME_ZONE_ASIDE, (m) => ' '.repeat(m.length)).replace(TIME_ZONE_CLAUSE, (m) => ' '.repeat(m.length))

/** "our forces struck" in a U.S. official's words: the forces are U.S. forces. Same length ("our" → "US "), so offsets hold. */
const FIRST_PERSON_FORCES = /\bour(?=\s+(?:forces|troops|aircraft|jets|military|service members)\b)/gi

/** Whether a sentence tells a U.S. strike. */
const isUsStrikeVerdict = (verdict: Verdict): boolean => verdict !== null && 'type' in verdict && verdict.type === 'us-strike'

/** A clause that opens as a time counted from another event: "a day after rockets were fired at …", "two weeks before". */
const A_TIME_AFTER = /\b(?:days?|nights?|weeks?|hours?)\s+(?:after|before)\b/i

/** What joins two places named together: "Iraq and Syria", "the Syria-Jordan border". */
const JOINED = /^\s*(?:and|or|,|[-–/])\s*$/

/** A date that is only a time of the day in hand ("in the evening", "hours later"): in a heading, no day of its own. */
const ONLY_A_TIME_OF_DAY = new RegExp(String.raw`^\W*(?:${SAME_DAY.source})\W*$`, 'i')

/** A heading of a few words, markup aside: a crosshead when it names no day and no place. */
const isShortHeading = (text: string): boolean =>
  text
    .replace(/[*_#>]/g, ' ')
    .trim()
    .split(/\s+/).length <= 6

/** Finds everything a sentence says that extraction uses. */
function analyze(
  sentence: string,
  published: string,
  previousDay: string | null,
  knowledge: Knowledge,
  speaksForUs = false,
  eventDay: string | null = null,
  shortNames: ReadonlyMap<string, ShortName> = new Map(),
  entryDay: string | null = null,
  yearAnchor: string | null = null,
  aroundEntry = false,
): SentenceFacts {
  let text = maskTimeZoneAsides(maskDateline(maskInlineFurniture(normalizeForMatching(sentence)), (words) => knowledge.findPlaces(words).length > 0))
  if (speaksForUs) text = text.replace(FIRST_PERSON_FORCES, 'US ')
  const groups = knowledge.findGroups(text)
  // "…," the Iraqi military group said": a government's name followed by "group" or "faction" names an armed group, not it.
  const claimants = knowledge
    .findClaimants(text)
    .filter((c) => c.value.kind !== 'host-government' || !/^\s+(?:group|faction|movement)\b/i.test(text.slice(c.end)))
  const insideName = (m: TermMatch<unknown>): boolean =>
    [...groups, ...claimants].some((g) => m.start >= g.start && m.end <= g.end && !(m.start === g.start && m.end === g.end))
  const places = knowledge.findPlaces(text).filter((p) => !insideName(p) && !namesAWar(text, p) && !namesAPerson(text, p))
  return {
    text,
    dates: findDates(text, published, previousDay, eventDay, entryDay, knowledge.campaign.start, yearAnchor, aroundEntry),
    places: [...places, ...findShortNames(text, shortNames, [...places, ...groups, ...claimants])].sort((a, b) => a.start - b.start),
    groups,
    weapons: knowledge.findWeapons(text),
    claimants,
  }
}

/** A small count of days, in words or figures: "a", "four", "12" (`daysCounted`). */
const DAY_COUNT = String.raw`(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})`

/** "four days after", "two days before": a count of days between two attacks one sentence tells. */
const DAYS_BETWEEN = new RegExp(String.raw`\b${DAY_COUNT} days? (after|before)\b`, 'gi')

/** Words of a sentence that go on with the time the sentence before named: "Back then,", "that year", "the base", "the missiles". */
const POINTS_BACK_IN_TIME = new RegExp(
  String.raw`^\W*(?:Then|That (?:night|day|year|time))\b|\b(?:back then|at the time|at that time|that year|those years)\b|${REFERS_BACK.source}|\bthe (?:base|garrison|outpost|site|airbase|air base)\b`,
  'i',
)

/** The first "N days after/before" of a sentence (`DAYS_BETWEEN` is global, for `matchAll`); compiled once, off the hot path. */
const A_DAY_COUNT = new RegExp(DAYS_BETWEEN.source, 'i')
/** A date mention that is only a count of days: "two days after". */
const ONLY_A_DAY_COUNT = new RegExp(String.raw`^${DAY_COUNT} days? (?:after|before)$`, 'i')

/** The number of days a `DAY_COUNT` says: "four" → 4, "12" → 12. */
const daysCounted = (word: string): number => SMALL[word.toLowerCase()] ?? Number(word)

/** The day `n` days after `day` (before, for a negative `n`), as a one-day span. */
function daysFrom(day: string, n: number): DateSpan {
  const iso = format(addDays(parseISO(day), n), 'yyyy-MM-dd')
  return { start: iso, end: iso, precision: 'day' }
}

/**
 * "The drone hit Rumalyn four days after rockets struck al-Asad Air Base on Monday, Aug. 5": a target told before "N days
 * after", whose only day is the other attack's, after the count, is that day plus N (before: minus N). `null` otherwise.
 */
function countedFrom(text: string, at: number, points: DateMention[]): DateSpan | null {
  if (points.some((d) => d.start <= at)) return null
  for (const m of text.matchAll(DAYS_BETWEEN)) {
    const from = (m.index ?? 0) + m[0].length
    if ((m.index ?? 0) < at) continue
    const other = points.find((d) => d.start >= from && d.span.precision === 'day' && d.span.start === d.span.end)
    const n = daysCounted(m[1] ?? '')
    if (!other || !Number.isFinite(n)) return null
    return daysFrom(other.span.start, /after/i.test(m[2] ?? '') ? n : -n)
  }
  return null
}

/**
 * "The drone hit Rumalyn on Friday, four days after rockets struck al-Asad Air Base, wounding five": with bases on both
 * sides of "N days after", each attack's toll is the one told on its side. "… suspended its attacks on January 30, two
 * days after a drone killed three soldiers at Tower 22": with every base after it, the toll after it is the attack's.
 * The sentence with the other side blanked (offsets kept), for the base at `at`; the sentence itself otherwise.
 */
function tollSide(facts: SentenceFacts, at: number): string {
  const count = A_DAY_COUNT.exec(facts.text)
  if (count === null || !/after/i.test(count[2] ?? '')) return facts.text
  const sites = facts.places.filter((p) => p.value.precision === 'site')
  const end = count.index + count[0].length
  if (at >= end) return ' '.repeat(end) + facts.text.slice(end)
  return sites.some((p) => p.start >= end) ? facts.text.slice(0, count.index) + ' '.repeat(facts.text.length - count.index) : facts.text
}

/**
 * "On Oct. 18, drones struck al-Tanf and 20 personnel suffered minor wounds; four more were hurt that day in two drone
 * attacks on Al-Asad": with the sentence's targets in different clauses a semicolon parts, each target's toll is told in
 * its own clause. The sentence with the other clauses blanked (offsets kept); the sentence itself otherwise.
 */
function ownClause(text: string, at: number, targets: readonly { at: number }[]): string {
  const from = text.lastIndexOf(';', at) + 1
  const next = text.indexOf(';', at)
  const to = next === -1 ? text.length : next
  if (!targets.some((t) => t.at < from || t.at >= to)) return text
  return ' '.repeat(from) + text.slice(from, to) + ' '.repeat(text.length - to)
}

/**
 * Two days joined by "and again" ("on Friday and again on Saturday", "Friday, and then again Saturday") or by a second
 * means ("targeted by drones on July 16 and by rockets on July 25"): one attack on each day. Not with a bare "and": "late
 * Friday and early Saturday" is as often one attack across midnight.
 */
function repeatedDays(text: string, points: DateMention[]): DateMention[] | null {
  const days = points.filter((d) => d.span.precision === 'day')
  const [first, second] = days
  if (days.length !== 2 || first === undefined || second === undefined || first.span.start === second.span.start) return null
  return /^\s*,?\s*and\s+(?:then\s+)?(?:again|(?:by|with)\s+(?:[\w-]+\s+){0,2}[\w-]+)\s*$/i.test(text.slice(first.end, second.start).replace(/\bon\s*$/i, ''))
    ? [first, second]
    : null
}

/** The same target again, named by a pronoun or as "the same site": "at it", "on the same base", "targeted it". */
const SAME_TARGET =
  /\b(?:at|on|against|targeted|struck|hit|attacked)\s+(?:it|the same (?:[\w-]+\s+)?(?:base|site|facility|outpost|field|garrison|position|compound))\b/i

/**
 * "a barrage of rockets struck the base on Monday, Oct. 14, two days after another group had fired several rockets at it":
 * the day named and the day counted back from it ("N days after", whose clause tells an attack on the same target, see
 * find-dates.ts) are two attacks on that target. Not when the clause names a base of its own (`countedFrom`).
 */
function againDaysApart(facts: SentenceFacts, points: DateMention[]): DateMention[] | null {
  const days = points.filter((d) => d.span.precision === 'day')
  const [first, second] = days
  if (days.length !== 2 || first === undefined || second === undefined || first.span.start === second.span.start) return null
  if (!ONLY_A_DAY_COUNT.test(second.text.trim())) return null
  const clause = /^[^;.]*/.exec(facts.text.slice(second.end))?.[0] ?? ''
  const namesBase = facts.places.some((p) => p.value.precision === 'site' && p.start >= second.end && p.start < second.end + clause.length)
  return !namesBase && ATTACK.test(clause) && SAME_TARGET.test(clause) ? [first, second] : null
}

/**
 * "A rocket attack on Al-Asad on Aug. 5 …, and a drone struck Rumalyn Landing Zone in Syria four days later": a base
 * told "N days later" after another day in its sentence is N days after that day.
 */
function daysLater(at: number, points: DateMention[], facts: SentenceFacts): DateSpan | null {
  const end = facts.places.find((p) => p.start === at)?.end
  const later = end === undefined ? null : DAYS_LATER.exec(facts.text.slice(end, end + 60))
  const before = points.filter((d) => d.end <= at && d.span.precision === 'day' && d.span.start === d.span.end).at(-1)
  const n = daysCounted(later?.[1] ?? '')
  if (later === null || before === undefined || !Number.isFinite(n)) return null
  return daysFrom(before.span.start, n)
}

/** "… in Syria four days later": right after a base, within its clause. */
const DAYS_LATER = new RegExp(String.raw`^[^,;.]{0,40}?\b${DAY_COUNT} days? later\b`, 'i')

/**
 * Between a base and the day that dates it: nothing, or where the base is ("Rumalyn Landing Zone in northeastern Syria
 * on Aug. 9"), or the attack the base names ("the Al-Asad missile attack of November 20, 2023").
 */
const ONLY_WHERE =
  /^\s*(?:(?:,?\s*(?:in|near)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:on\s+)?|(?:(?!(?:after|before|since|following|the)\b)[\w-]+\s+){0,2}?(?:attack|strike|bombing)\s+(?:of|on)\s+)$/i

/** A list item's label split off as a sentence of its own: "A-2.", "3.1", "B-7", "(c)". */
const LIST_LABEL = /^\W*(?:[A-Z]{1,2}-?\d{1,3}|\d{1,3}(?:\.\d{1,3})*|\(?[a-z]\))\.?\W*$/

/** The date mention that dates a place: one right after it, else the nearest before it, else the first after it. */
function dateFor(at: number, points: DateMention[], facts: SentenceFacts): DateMention | null {
  // "rockets at Rumalyn on 21 April, and a drone at Ain al-Asad the next day": a day right after the base is its own.
  const end = facts.places.find((p) => p.start === at)?.end
  const right = end === undefined ? undefined : points.find((d) => d.start >= end && ONLY_WHERE.test(facts.text.slice(end, d.start)))
  if (right) return right
  const before = points.filter((d) => d.start <= at).at(-1)
  // "… at Rumalyn on 21 April, and a drone that al-Tanf's air defences brought down on Saturday 22 June": a base in a
  // clause of its own, joined after the day before it, is dated by the day its own clause names after it.
  const own = points.find((d) => d.start > at && !/[,;]/.test(facts.text.slice(at, d.start)))
  if (before !== undefined && own !== undefined && /,\s*(?:and|while|then|but)\b/i.test(facts.text.slice(before.end, at))) return own
  return before ?? points.find((d) => d.start > at) ?? null
}

/** Capitalized weapon words for a summary: ['drone', 'rocket'] → "Drone and rocket". */
function weaponPhrase(weapons: string[], knowledge: Knowledge): string {
  const labels = weapons.map((id) => knowledge.weapons.find((w) => w.id === id)?.label ?? id)
  const phrase = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '')
  return phrase.charAt(0).toUpperCase() + phrase.slice(1)
}

/** A one-line English summary of an event from its fields, e.g. `Drone attack on Al-Tanf Garrison`. */
export function summarize(type: EventType, location: Place | null, weapons: string[], claimant: string, knowledge: Knowledge, quote = ''): string {
  if (type === 'statement') {
    return statementTitle(quote, claimant)
  }
  if (type === 'us-strike') return location ? `U.S. strike in ${location.name}` : 'U.S. strike'
  const where = location ? `on ${location.name}` : 'on U.S. forces (place not named)'
  return weapons.length > 0 ? `${weaponPhrase(weapons, knowledge)} attack ${where}` : `Attack ${where}`
}

/** An official's word that an attack happened, told as the act of saying so: "then confirmed a suspected rocket attack", "acknowledged the strike". */
const CONFIRMS_AN_ATTACK = /\b(?:confirmed|acknowledged|confirms|acknowledges)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike)\b/i

/** "the strike on", "the drone attack against the": an attack told before, named by the base right after it. */
const THE_ATTACK_ON = /\bthe\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault)\s+(?:on|at|against)\s+(?:the\s+)?$/i

/**
 * Who a table row's source cell names, as the stance a sentence attributed to them would take: a U.S. official
 * confirms, a militia claims, anyone else reports. `offset` is where the sentence starts in the row; `null` when the
 * cell names no one Salvo knows.
 */
function sourceInCell(facts: SentenceFacts, cell: { start: number; end: number }, offset: number): Attribution | null {
  const inCell = (m: { start: number }): boolean => m.start + offset >= cell.start && m.start + offset < cell.end
  const named = facts.claimants.filter(inCell)
  const pick =
    named.find((c) => c.value.kind === 'us-official') ??
    named.find((c) => c.value.kind === 'host-government') ??
    named.find((c) => c.value.kind === 'local-security') ??
    named[0]
  if (pick !== undefined)
    return {
      claimant: pick.value.label,
      claimantKind: pick.value.kind,
      status: statusOfKind(pick.value.kind),
      denies: null,
    }
  const group = facts.groups.find((g) => inCell(g) && g.value.kind === 'militia')
  return group ? { claimant: group.value.name, claimantKind: 'militia', status: 'claimed', denies: null } : null
}

/** How many of the attacks told last it takes to reach `places` bases, counted from the end: what "the two bases" reaches back to. */
function toldAtLast(told: readonly Story[], places: number): number {
  const seen = new Set<string | null>()
  for (let i = told.length - 1; i >= 0; i--) {
    seen.add(told[i]?.places[0]?.id ?? null)
    if (seen.size === places) return told.length - i
  }
  return told.length
}

/** The words of a sentence besides its days and places: "**Wednesday, Oct. 18.**" has none, "The first statements reached Jakarta on Tuesday" four. */
function wordsBesides(facts: SentenceFacts): number {
  let text = facts.text
  for (const m of [...facts.dates, ...facts.places].sort((a, b) => b.start - a.start)) text = text.slice(0, m.start) + ' ' + text.slice(m.end)
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !/^(?:on|in|at|the|of|and|late|early)$/i.test(w)).length
}

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
function postedOn(paragraphText: string, below: string, published: string): string | null {
  const stamp = OPENING_STAMP.exec(paragraphText)?.[1] ?? CLOSING_STAMP.exec(paragraphText)?.[1] ?? CLOSING_STAMP.exec(below)?.[1]
  if (stamp === undefined) return null
  const day = findDates(normalizeForMatching(stamp), published).find((d) => d.role === 'point' && d.span.precision === 'day')
  return day !== undefined && day.span.start <= published ? day.span.start : null
}

/**
 * The extract stage: finds the events an article reports, one `Report` per event
 * per sentence, each with the exact sentence(s) it came from. Set-aside furniture
 * is never read. Relative dates resolve against the article's publication day.
 */
export function extractReports(article: Article, knowledge: Knowledge): ExtractResult {
  const reports: Report[] = []
  const unplaced: UnplacedReport[] = []
  const diagnostics: Diagnostic[] = []
  const state = startArticle(article.source)
  const notes = footnoteSources(article, knowledge)
  // A U.S. or host government body that publishes its own statement ("Central Command Public Affairs", "U.S. Mission
  // Iraq Alerts"): the article's own words are its words. A news outlet named after one ("Defense News") is not.
  const publisher = NEWS_OUTLET.test(article.source)
    ? undefined
    : knowledge.findClaimants(normalizeForMatching(article.source)).find((c) => c.value.kind === 'us-official' || c.value.kind === 'host-government')?.value
  /** A transcript (two turns or more, "MAJ. GEN. RYDER: …", "Q (wire service): …"), and who spoke in its last turn. */
  const transcript = article.paragraphs.filter((p) => p.setAside === null && TURN.test(article.body.slice(p.start, p.end))).length >= 2
  const rows = tableRows(article.body, article.paragraphs)
  for (const [paragraphIndex, paragraph] of article.paragraphs.entries()) {
    if (paragraph.setAside !== null) continue
    const paragraphText = article.body.slice(paragraph.start, paragraph.end)
    const intro = EXCERPT_INTRO.exec(normalizeForMatching(paragraphText))
    if (intro?.[1]) {
      state.outlet = intro[1].trim()
      continue
    }
    if (paragraph.heading) {
      const days = findDates(normalizeForMatching(paragraphText), article.date, state.previousDay).filter(
        (d) => d.role === 'point' && d.span.precision === 'day',
      )
      // "**Fire in the evening**", "**Hours later**": a time of the day in hand, no day of its own. It starts no section
      // (its day would be the day before, and a weekday under it counted back from there), and sets nothing aside.
      if (days.length > 0 && days.every((d) => ONLY_A_TIME_OF_DAY.test(d.text))) continue
      const day: DateMention | undefined = days[0]
      // "**Toll climbs**", "**Who did it**": a story's crosshead, with no day and no place.
      const crosshead = day === undefined && knowledge.findPlaces(normalizeForMatching(paragraphText)).length === 0 && isShortHeading(paragraphText)
      // A title that tells its day late, by a weekday alone ("Erbil airport targeted on Tuesday"), not a date heading: a
      // live blog's "Israel-Gaza war live updates: Monday, Jan. 29" writes its date, after a colon, and an entry's
      // "21:05 (Monday) — Rockets reported" leads with it.
      const at = day === undefined ? -1 : paragraphText.indexOf(day.text)
      const lead = at < 0 ? '' : paragraphText.slice(0, at).replace(/\b\d{1,2}[:.]\d\d\b/g, ' ')
      const titled =
        day !== undefined &&
        at >= 0 &&
        !/\d/.test(day.text) &&
        !A_MONTH.test(day.text) &&
        wordsOf(lead).length > 0 &&
        !/[:|—–-]\s*$/.test(lead.trim()) &&
        wordsOf(paragraphText.replace(day.text, ' ')).length > 2
      startEntry(state, day ? { span: day.span, text: day.text, heading: true, ...(titled ? { titled } : {}) } : null, crosshead)
      state.voices.endCount()
      continue
    }
    const carry: Carry = { day: state.sectionDay }
    // A run-in heading's day ("**20 November.** Militants fired a missile at Ain al-Asad on Monday evening"): the weekdays
    // after it in its paragraph are that entry's, not the last ones before publication.
    let runInDay: string | null = null
    const next = article.paragraphs[paragraphIndex + 1]
    const posted = postedOn(paragraphText, next === undefined ? '' : article.body.slice(next.start, next.end), article.date)
    const listItem = LIST_MARK.test(article.body.slice(Math.max(0, paragraph.start - 12), paragraph.start))
    const row = rows[paragraphIndex] ?? null
    state.voices.startParagraph(listItem)
    state.otherTimeBefore = false
    const listVoice = state.voices.listVoice()
    // A transcript paragraph ("PENTAGON SPOKESPERSON: …") speaks for its speaker throughout.
    const label = /^\s*([A-Z][A-Z .'’-]{2,50}):\s/.exec(paragraphText)?.[1]
    const labelled = label ? knowledge.findClaimants(normalizeForMatching(label))[0]?.value : undefined
    // In a transcript, the speaker of the last turn goes on speaking in the paragraphs after it until the next turn.
    if (transcript && TURN.test(paragraphText)) state.turnSpeaker = labelled
    const speaker = (label ? labelled : transcript ? state.turnSpeaker : undefined) ?? publisher
    const fallback: Attribution =
      listVoice !== null && label === undefined
        ? listVoice
        : speaker
          ? {
              claimant: speaker.label,
              claimantKind: speaker.kind,
              status: statusOfKind(speaker.kind),
              denies: null,
            }
          : { claimant: state.outlet, claimantKind: 'media', status: 'reported', denies: null }
    // A year written in one paragraph anchors only that paragraph's days without one.
    state.yearAnchor = null
    for (const sentence of paragraph.sentences) {
      if (sentence.setAside !== null) continue
      const placesBefore = state.lastPlaces
      const facts = analyze(
        sentence.text,
        article.date,
        state.previousDay,
        knowledge,
        speaker?.kind === 'us-official',
        reports.at(-1)?.date.start ?? null,
        state.shortNames,
        // Under a post's stamp, "today" is the day it was posted. Under a timeline entry's run-in heading ("**July 16,
        // 2024 — Ain al-Asad Air Base.**"), "late on Tuesday" is that entry's Tuesday, as under a live blog's dated heading.
        // A run-in entry's day (not a day of posting) is the one a weekday is nearest to.
        posted ??
          (carry.day?.runIn === true
            ? carry.day.span.start
            : (runInDay ?? (state.sectionDay?.heading === true && state.sectionDay.titled !== true ? state.sectionDay.span.start : null))),
        state.yearAnchor,
        posted === null && carry.day?.runIn !== true && runInDay !== null,
      )
      state.yearAnchor =
        facts.dates.filter((d) => (d.role === 'point' || d.role === 'historical') && YEAR_WRITTEN.test(d.text)).at(-1)?.span.start ?? state.yearAnchor
      state.lastPlaces = facts.places
      learnShortNames(facts.text, facts.places, state.shortNames)
      const reportsBefore = reports.length
      // The bases the sentence names itself, before "the base" it points back with is added.
      const namedSites = facts.places.filter((p) => p.value.precision === 'site')
      // "An explosive-laden drone had struck the base shortly before": the base named last, on the day mentioned last.
      const theBase = theBaseMeant(facts, state)
      if (theBase !== null) {
        facts.places.push(theBase)
        facts.places.sort((a, b) => a.start - b.start)
        // The day this paragraph named last ("**Sun (Dec 31)** – a loud bang near the airport"), else the story's.
        const day = (state.lastDayParagraph === paragraph ? state.lastDay : null) ?? state.storyDay ?? state.lastDay
        if (carry.day === null && day !== null && datingMentions(facts.dates).length === 0 && !EARLIER.test(facts.text)) carry.day = day
      }
      // "The outpost, known as Tower 22, sits near the border": the base the story placed only in an area is now named.
      const identified = facts.places.find((p) => p.value.precision === 'site' && IDENTIFIED.test(facts.text.slice(Math.max(0, p.start - 80), p.start)))
      if (identified) state.identifiedSites.push(identified.value)
      if (state.story !== null && state.story.type === 'attack') {
        const named = facts.places.find((p) => p.value.precision === 'site' && KNOWN_AS.test(facts.text.slice(Math.max(0, p.start - 80), p.start)))
        if (named) {
          nameStoryBase(state.story, named.value, reports, knowledge)
          // "The attack hit a site called the Rumalyn Landing Zone" is the story's attack, on its day, whatever day was said since.
          if (!facts.dates.some((d) => d.role === 'point') && state.storyDay !== null && state.storyDay.span.start === state.story.date.start)
            carry.day = state.storyDay
        }
      }
      // "Three nights before the Tower 22 strike, on Thursday, …": a day counted from an attack told before.
      // It gives back the same list when the sentence counts from no attack told before.
      const toldPoints = facts.dates.filter((d) => d.role === 'point')
      const fromTold = countedFromTold(facts, toldPoints, reports)
      if (fromTold !== toldPoints) facts.dates = [...facts.dates.filter((d) => d.role !== 'point'), ...fromTold].sort((a, b) => a.start - b.start)
      let verdict = classifySentence(facts)
      const points = facts.dates.filter((d) => d.role === 'point')
      let own = citedByNote(
        attributeClaim({
          text: facts.text,
          claimants: facts.claimants,
          groups: facts.groups,
          previous: state.voices.previous(facts.text),
          fallback,
          lastMilitia: state.lastMilitia,
        }),
        facts.text,
        notes,
      )
      // "| 27 Oct | Ain al-Asad | Drone shot down | None | U.S. defense official |": the row's source column says who said so.
      const rowSource = row?.source ? sourceInCell(facts, row.source, sentence.start - paragraph.start) : null
      // The column speaks for the row over the outlet's own words, and a U.S. official there over a local source in the row's text.
      if (rowSource !== null && own.denies === null && (own.claimantKind === 'media' || (rowSource.status === 'confirmed' && own.status !== 'confirmed')))
        own = rowSource
      // A sentence in the outlet's own words, naming no source, no militia and no doubt: it may go on with a speaker before it.
      const ownWords =
        own.claimant === fallback.claimant &&
        own.claimantKind === 'media' &&
        own.denies === null &&
        facts.claimants.length === 0 &&
        !MILITIA_WORD.test(facts.text) &&
        !UNCONFIRMED.test(facts.text)
      // "U.S. forces were attacked four times on Thursday, a U.S. official said. Multiple drones were launched at Al-Asad …":
      // it goes on with the account the paragraph attributed to an official before it, on that account's day.
      const account = state.voices.account()
      const goesOn: boolean =
        account !== null && ownWords && facts.dates.every((d) => d.role !== 'point' || (d.span.start === account.day && d.span.end === account.day))
      // "The official listed further incidents from the weekend. On Saturday, drones were launched at …": the rest of the
      // paragraph, in the outlet's words, is the official's list, whatever day each item names.
      const listing = state.voices.listingVoice()
      const listed = listing !== null && ownWords
      // "… four separate attacks on U.S. bases on Thursday, a U.S. defense official confirmed. [None of the attacks caused
      // injuries, the official said.] In the morning, drones were launched at Al-Asad …": an attack of the day the official
      // counted, told after it in the outlet's own words with no source at all, is of the official's list.
      const dayCount = state.voices.countedDay()
      const onCountedDay = (span: { start: string; end: string }): boolean => dayCount !== null && span.start === dayCount.day && span.end === dayCount.day
      const inCount: boolean =
        dayCount !== null &&
        ownWords &&
        !SOURCED.test(facts.text) &&
        // A list follows its count closely: in wire copy, within the next few paragraphs.
        paragraphIndex - dayCount.paragraph <= COUNT_REACH &&
        // An item of the list names its base, in the area the count named, if it named one ("three times in Syria"); a
        // sentence that only refers back ("the base") keeps its own voice.
        namedSites.length > 0 &&
        namedSites.every((p) => dayCount.areas.length === 0 || dayCount.areas.some((a) => !liesOutside(toPlace(p.value), a))) &&
        facts.dates.every((d) => d.role !== 'point' || d.span.precision !== 'day' || onCountedDay(d.span)) &&
        // Its day: its own, else the one the sentence before lent it, else the story's (as a named base with no day takes it below).
        (facts.dates.some((d) => d.role === 'point' && d.span.precision === 'day') ||
          onCountedDay((carry.day ?? state.storyDay)?.span ?? { start: '', end: '' }))
      const attribution: Attribution =
        goesOn && account !== null ? account.attribution : listed && listing !== null ? listing : inCount && dayCount !== null ? dayCount.attribution : own
      const line = paragraph.line + (article.body.slice(paragraph.start, sentence.start).match(/\n/g)?.length ?? 0)
      const ownSites = facts.places.filter((p) => p.value.precision === 'site')
      // "An official said there had been no attack on the U.S. Embassy": officials' denial of an attack at a named base
      // is a report of that attack, denied, not a statement.
      if (attribution.status === 'denied' && ownSites.length > 0 && (verdict === null || ('type' in verdict && verdict.type === 'statement')))
        verdict = { type: 'attack' }
      const ownDays = points.filter((d) => d.span.precision === 'day')
      const group = ANAPHORIC_GROUP.test(facts.text) ? state.lastMilitia : null
      // "Iraq's military spokesman called Wednesday's strike a violation of sovereignty", after a U.S. strike told on that
      // Wednesday and no attack on it: "Wednesday's strike" is that U.S. strike, not an attack of its own.
      if (
        verdict !== null &&
        'type' in verdict &&
        verdict.type === 'attack' &&
        ownSites.length === 0 &&
        ownDays.length > 0 &&
        REFERS_BACK.test(facts.text) &&
        ownDays.every(
          (d) =>
            state.recent.some((t) => t.type === 'us-strike' && t.date.start === d.span.start) &&
            !state.recent.some((t) => t.type === 'attack' && t.date.start === d.span.start),
        )
      )
        verdict = { skip: 'about the U.S. strike told before it' }
      // "The target was Ayn al-Asad Airbase": the base the story's attack hit, named after the lead gave its day and area.
      if (verdict === null && ownSites.length > 0 && points.length === 0 && state.storyDay !== null && TARGET_NAMED.test(facts.text))
        verdict = { type: 'attack' }
      // "Two drones headed for the Ain al-Asad air base": a named base with no day of its own takes the day of the
      // story, the day the last sentence about an attack gave (a lead's "on Wednesday"), unless it says it came before.
      if (
        verdict !== null &&
        'type' in verdict &&
        verdict.type === 'attack' &&
        // "The official said U.S. forces were attacked at two sites in northeastern Syria": an area, in the paragraph
        // that gave the story's day or the one after it, is a place of the story's attacks too.
        (ownSites.length > 0 || (facts.places.length === 1 && paragraphIndex - state.storyDayParagraph <= 1)) &&
        points.length === 0 &&
        carry.day === null &&
        (state.storyDay !== null || (state.lastDayParagraph === paragraph && state.lastDay !== null))
      ) {
        // The day this paragraph named last ("On Saturday, 3 February, channels circulated a statement. It announced …"), else the story's.
        // "The first statements came on Tuesday. A Pentagon spokesperson then confirmed a suspected rocket attack at Al Asad":
        // an official's word on an attack at the story's base is about the story's attack, on its day, whenever it was said.
        const storyPlaces = state.story?.places ?? []
        const atStoryBase = ownSites.some((p) => storyPlaces.some((q) => q?.id === p.value.id))
        const confirmsStory = state.storyDay !== null && atStoryBase && CONFIRMS_AN_ATTACK.test(facts.text)
        // "'… the one-way UAV attack against our forces in the Al-Omar oil field,' the SDF said", after a paragraph on an
        // older attack elsewhere: a base the article told an attack at, on the day it told it, rather than the story's.
        const toldHere = state.recent
          .filter((r) => r.type === 'attack' && ownSites.some((p) => r.places[0]?.id === p.value.id) && r.date.precision === 'day')
          .at(-1)
        // The story's base, or a base in the country of a story placed only in an area ("a base in eastern Syria … al-Omar").
        const storyHere = atStoryBase || ownSites.some((p) => storyPlaces.some((q) => q !== null && q.precision !== 'site' && q.country === p.value.country))
        const here: CarriedDay | null =
          toldHere !== undefined && !storyHere ? { span: toldHere.date, text: toldHere.dateText ?? toldHere.date.start, heading: false } : null
        if (!EARLIER.test(facts.text))
          carry.day = confirmsStory ? state.storyDay : ((state.lastDayParagraph === paragraph ? state.lastDay : null) ?? here ?? state.storyDay)
      }
      // "On Saturday drones were downed over Ain al-Asad. The group said on Friday that it had sent drones at Harir": what
      // was said on Friday happened by Friday, so the day lent from before it, a later one, is not its day.
      const saidDay = facts.dates.find((d) => d.role === 'said' && d.span.precision === 'day')?.span.start
      if (points.length === 0 && carry.day !== null && saidDay !== undefined && carry.day.span.start > saidDay) carry.day = null
      // "It did not explicitly claim the strike on Tower 22", after claims on January 27 and 28: "the strike on" a base,
      // by name, that the article told an attack at is that attack, on the day it told, not the day the sentence before lent.
      // Not when the sentence names other bases: "The attack on Rumalyn comes days after attackers targeted Asad".
      const theAttackOn = ownSites.find(
        (p) =>
          THE_ATTACK_ON.test(facts.text.slice(Math.max(0, p.start - 40), p.start)) &&
          // By its name: "the strike on the compound" is the-base.ts's to read.
          !/^(?:the\s+)?(?:base|compound|outpost|garrison|facility|airport|camp|site|installation|airfield|airstrip)\b/i.test(facts.text.slice(p.start, p.end)),
      )
      const toldAtIt =
        theAttackOn && state.recent.filter((r) => r.type === 'attack' && r.places[0]?.id === theAttackOn.value.id && r.date.precision === 'day').at(-1)
      if (points.length === 0 && toldAtIt && ownSites.every((p) => p.value.id === theAttackOn?.value.id))
        carry.day = { span: toldAtIt.date, text: toldAtIt.dateText ?? toldAtIt.date.start, heading: false }
      // "Drones struck al-Tanf, an official said Monday": with no other day for it, the day it was told is the day it happened.
      if (points.length === 0 && carry.day === null) points.push(...facts.dates.filter((d) => d.role === 'said'))
      const ownEvent = verdict !== null && !('skip' in verdict) && verdict.type !== 'statement' && (ownSites.length > 0 || ownDays.length > 0)

      // "Iran's Revolutionary Guards fired missiles at Erbil. U.S. officials said no American personnel were hit.": a
      // sentence with no base and no day of its own after another attack set aside is about that attack too.
      const aboutOther: boolean =
        state.otherAttackParagraph === paragraph && ownSites.length === 0 && ownDays.length === 0 && !(verdict !== null && 'skip' in verdict)
      // "at any of the three sites": the last three told, not every attack the entry told before them.
      // "none of the three Sunday incidents": those told on the day it names.
      const toldThen = state.recent.filter((r) => r.type === 'attack' && ownDays.every((d) => d.span.start === r.date.start && d.span.end === r.date.end))
      // "none of the rockets or drones hit the two bases in Deir ez-Zor": those told in the area it names, when it names one.
      const areas = facts.places.filter((p) => p.value.precision !== 'site')
      const toldInArea = toldThen.filter((t) => t.places.some((p) => p !== null && areas.some((a) => !liesOutside(p, a.value))))
      const allTold = toldInArea.length > 0 ? toldInArea : toldThen
      const counted = howManyOfThem(facts.text)
      // "none of the rockets launched at the two bases": the attacks told since the second base from the end was named.
      const told = counted === null || counted >= allTold.length ? allTold : allTold.slice(-(countsPlaces(facts.text) ? toldAtLast(allTold, counted) : counted))
      const toldAt = (id: string): Story[] => told.filter((t) => t.places[0]?.id === id)
      // "… were killed in the attack on Sunday", told after the story moved on to another attack: the attack told on that
      // day, when the sentence names no base and only that day, and the attacks told that day are at one base (or at no
      // base at all and one of them). Of attacks at several bases that day, merge joins it to the one the article tells most.
      const day = ownDays.length === 1 ? ownDays[0]?.span : undefined
      const thatDay =
        day !== undefined && ownSites.length === 0 && REFERS_BACK.test(facts.text)
          ? state.recent.filter((r) => r.type === 'attack' && r.date.start === day.start && r.date.end === day.end)
          : []
      const sitedThatDay = thatDay.filter((r) => r.places[0]?.precision === 'site')
      const toldThatDay =
        new Set(sitedThatDay.map((r) => r.places[0]?.id)).size === 1
          ? (sitedThatDay.at(-1) ?? null)
          : sitedThatDay.length === 0 && thatDay.length === 1
            ? (thatDay[0] ?? null)
            : null
      // A sentence read and set aside, with why: listed by `npm run check -- --all`.
      const setAside = (why: string): void => {
        diagnostics.push({
          file: article.path,
          line,
          field: 'extract',
          code: 'sentence-set-aside',
          severity: 'info',
          message: `Not an event (${why}): "${excerpt(sentence.text)}"`,
        })
      }
      // Under a crosshead, only a toll U.S. or coalition officials give adds to the story above it: "U.S. Central Command
      // said Sunday night that at least 34 service members were hurt". Other sentences there may be of the U.S. reply the
      // section turns to.
      const story =
        state.story ?? (attribution.status === 'confirmed' && !isUsStrikeVerdict(verdict) && TOLL.test(facts.text) ? state.storyAboveCrosshead : null)
      const entry = state.runInEntry !== null && state.runInEntry.paragraph === paragraphIndex ? state.runInEntry.story : null
      // "Two separate drone attacks on U.S. and coalition forces." under an entry's heading: attacks of the entry's day and
      // base, not a count over a period.
      if (entry !== null && verdict === AGGREGATE_COUNT && facts.dates.length === 0 && ownSites.length === 0) verdict = { type: 'attack' }
      // "Ryder broke the injuries down as at least 32 at al-Tanf, 13 at Al Asad and one at Erbil": each base's share of the
      // toll is the toll of the attack the entry told there; a base it told no attack at gets none.
      const byBase = verdict === null && ownDays.length === 0 ? tollsByBase(facts.text, facts.places) : null
      // "None of the attacks caused injuries, the official said", after the official's count and before any attack of it
      // is told at a base: a toll of none for each of its attacks told after it (it may still add to the count's own report).
      if (
        dayCount !== null &&
        told.every((t) => t.places.every((p) => p === null || p.precision !== 'site')) &&
        ALL_OF_THEM.test(facts.text) &&
        ownSites.length === 0 &&
        ownDays.every((d) => onCountedDay(d.span)) &&
        attribution.claimant === dayCount.attribution.claimant &&
        isNone(findCasualties(facts.text))
      )
        state.noneThatDay = { day: dayCount.day, facts, attribution, sentence, ofCount: dayCount }
      const sharesOfTold = (byBase?.tolls ?? []).flatMap((toll) => {
        const at = state.recent.filter((r) => r.type === 'attack' && r.places[0]?.id === toll.place.value.id).at(-1)
        return at === undefined ? [] : [{ toll, at }]
      })
      if (byBase !== null && sharesOfTold.length > 0) {
        // The figures are those of the official the sentence names, whatever verb it gives them with ("broke the injuries down").
        const official = attribution.claimantKind === 'media' ? facts.claimants.find((c) => c.value.kind === 'us-official') : undefined
        const givenBy: Attribution = official
          ? { claimant: official.value.label, claimantKind: official.value.kind, status: 'confirmed', denies: null }
          : attribution
        for (const { toll, at } of sharesOfTold) {
          const made = followUpReports({ story: at, facts, attribution: givenBy, group, article, sentence, knowledge })
          reports.push(
            ...made.map((r) => ({ ...r, killed: byBase.kind === 'killed' ? toll.count : null, injured: byBase.kind === 'injured' ? toll.count : null })),
          )
        }
      } else if (aboutOther) {
        setAside('about the attack set aside before it')
      } else if (
        told.length > 1 &&
        (ownDays.length === 0 || counted !== null) &&
        ALL_OF_THEM.test(facts.text) &&
        (ownSites.length === 0 || ownSites.every((p) => toldAt(p.value.id).length > 0)) &&
        (!ownEvent || ownSites.length > 0 || counted !== null) &&
        !(verdict !== null && 'skip' in verdict) &&
        // "An MQ-9 engaged five men …, killing all five": a U.S. strike's own toll, not one for the attacks told.
        !(verdict !== null && 'type' in verdict && verdict.type === 'us-strike')
      ) {
        // "None of the attacks caused casualties, the official said": about every attack the entry told, each on its own
        // day and place; "none of the rockets fired at the al-Omar and Conoco bases hit": about those the entry told there.
        for (const each of ownSites.length === 0 ? told : ownSites.flatMap((p) => toldAt(p.value.id))) {
          const made = followUpReports({ story: each, facts, attribution, group, article, sentence, knowledge, zerosOnly: true })
          if (addsToReports(made, attribution, facts.text)) reports.push(...made)
        }
      } else if (
        !ownEvent &&
        !state.otherAttackBefore &&
        !state.otherTimeBefore &&
        // "… called the U.S. strikes a clear hostile act. It says one member of the security forces was killed": their toll.
        !(state.usStrikesBefore && state.story?.type === 'attack' && !REFERS_BACK.test(facts.text)) &&
        addsToStory(facts, verdict, story, knowledge.campaign.region)
      ) {
        const made = followUpReports({ story, facts, attribution, group, article, sentence, knowledge })
        if (addsToReports(made, attribution, facts.text)) {
          reports.push(...made)
          // "Six fighters were killed when a drone struck the base, the SDF said on Monday. … The monitor said the attack
          // killed seven": a report that takes the day of a lead dated only by when it was told moves with the lead.
          if (story.toldLater === true && ownDays.length === 0) for (const r of made) state.toldLater.add(r)
        }
      } else if (toldThatDay !== null && addsToStory(facts, verdict, toldThatDay, knowledge.campaign.region)) {
        const made = followUpReports({ story: toldThatDay, facts, attribution, group, article, sentence, knowledge })
        if (addsToReports(made, attribution, facts.text)) reports.push(...made)
      } else if (
        entry !== null &&
        (verdict === null ? ATTACK.test(facts.text) && facts.weapons.length > 0 : 'type' in verdict && verdict.type === 'attack') &&
        ownSites.length === 0 &&
        ownDays.every((d) => d.span.start === entry.date.start && d.span.end === entry.date.end)
      ) {
        // "A-1. **18 Oct (Wed) — Ain al-Asad Air Base, Anbar.** Two separate drone attacks on U.S. and coalition forces.": in
        // a timeline entry, an attack told with no base of its own is the one its run-in heading names; so is a weapon's
        // fate told with no base or day ("A drone was intercepted but still exploded").
        const made = followUpReports({ story: entry, facts, attribution, group, article, sentence, knowledge })
        reports.push(...made)
      } else if (
        state.otherTimeBefore &&
        verdict !== null &&
        'type' in verdict &&
        verdict.type === 'attack' &&
        points.length === 0 &&
        POINTS_BACK_IN_TIME.test(facts.text)
      ) {
        // "And the memory of Al-Asad in January 2020 hangs over all of it. Back then, Iranian ballistic missiles slammed into
        // the base and more than 100 troops were later diagnosed": an attack told with no day of its own right after a
        // sentence about a time before the campaign is of that time, not of the story's day.
        setAside('historical reference: it goes on with the sentence before, about a time before the campaign')
      } else if (verdict !== null && 'skip' in verdict) {
        setAside(verdict.skip)
      } else if (verdict !== null) {
        // "**The response** / U.S. jets struck two sites … They killed one member of the security forces": once a section
        // tells something of its own, "the attack" no longer means the story above its crosshead.
        state.storyAboveCrosshead = null
        // "… struck 85 targets in retaliation for the drone that killed three soldiers at Tower 22 on Jan. 28": the strike
        // takes what the sentence says before that clause, and the attack it answers is reported from the clause.
        const answered = verdict.type === 'us-strike' ? splitAnsweredAttack(facts) : null
        const told = { attribution, article, sentence, knowledge, line, diagnostics, unplaced, toldLater: state.toldLater }
        const made = buildReports({
          ...told,
          noneHurt: row?.noneHurt ?? false,
          type: verdict.type,
          facts: answered?.strike ?? facts,
          points: answered ? points.filter((d) => answered.strike.dates.includes(d)) : points,
          carry,
          group,
        })
        const answeredReports = answered
          ? buildReports({
              ...told,
              type: 'attack',
              facts: answered.attack,
              points: answered.attack.dates.filter((d) => d.role === 'point'),
              carry: { day: null },
              group: null,
            })
          : []
        // Of attacks on different days in one sentence ("hit Koniko two days after rockets targeted Ain al-Asad"), the story
        // goes on with the one told last.
        const madeEvents = made.filter((r) => r.type === 'attack' || r.type === 'us-strike')
        const lead = madeEvents.some((r) => r.date.start !== madeEvents[0]?.date.start) ? madeEvents.at(-1) : madeEvents[0]
        // "Three soldiers have been killed in a drone attack on a small U.S. base in north-east Jordan. The drone hit the
        // outpost, known as Tower 22, before dawn on Sunday": a lead with no day and no base, placed nowhere or only in
        // the country, is the attack the next sentence dates and names.
        const pending: UndatedLead | null = state.undatedLead
        if (lead?.type === 'attack' && lead.location?.precision === 'site' && pending !== null && pending.after === reports.length) {
          const site = lead.location
          if (pending.facts.places.every((p) => p.value.country === site.country))
            reports.push(...followUpReports({ ...pending, story: { type: 'attack', date: lead.date, places: [site] }, article, knowledge }))
        }
        // "The resistance fired a drone towards a target in Haifa. It said it had staged the strike on Sunday.": a report that
        // refers back and names no place, right after an undated lead placed in an area or country, or a sentence that named
        // last a place outside the campaign's region, is at that place (outside the region, it is set aside with it).
        const leadPlace =
          pending !== null && pending.after === reports.length
            ? pending.facts.places.find((p) => p.value.precision !== 'site')
            : placesBefore.length > 0 && !knowledge.campaign.region.includes(placesBefore.at(-1)?.value.country ?? '')
              ? placesBefore.at(-1)
              : undefined
        if (lead?.type === 'attack' && leadPlace !== undefined && REFERS_BACK.test(facts.text)) {
          for (const [i, r] of made.entries())
            if (r.type === 'attack' && r.location === null) {
              const place = toPlace(leadPlace.value)
              made[i] = { ...r, location: place, summary: summarize(r.type, place, r.weapons, r.claimant, knowledge) }
            }
        }
        // "The Pentagon said on Monday that the number wounded in the drone strike on a desert outpost in Jordan had risen to
        // 34. Three soldiers were killed in the attack, which hit Tower 22 early on Sunday": a statement that gives the toll
        // of an attack it neither dates nor names is about the attack the next sentence dates and names, as an undated lead is.
        const tollOfUntold =
          verdict.type === 'statement' && ownSites.length === 0 && ownDays.length === 0 && ATTACK.test(facts.text) && hasFigure(findCasualties(facts.text))
        state.undatedLead =
          (made.length === 0 && verdict.type === 'attack' && ownSites.length === 0 && ownDays.length === 0) || tollOfUntold
            ? { facts, attribution, group, sentence, after: reports.length + made.length }
            : made.length > 0
              ? null
              : state.undatedLead
        reports.push(...made, ...answeredReports)
        const noneSaid = state.noneThatDay
        if (noneSaid !== null && noneSaid.sentence !== sentence && (noneSaid.ofCount === undefined || (inCount && dayCount === noneSaid.ofCount)))
          reports.push(...noneOfThatDay(noneSaid, made, article, knowledge))
        // A count of one day's attacks ("attacked four times on Thursday") with a toll of none: read only then, off the hot path.
        const countDay = ownDays.length === 1 && AGGREGATE.test(facts.text) ? ownDays[0]?.span.start : undefined
        const none = countDay !== undefined ? findCasualties(facts.text) : null
        if (countDay !== undefined && none !== null && (none.killed?.max === 0 || none.injured?.max === 0))
          state.noneThatDay = { day: countDay, facts, attribution, sentence }
        if (lead && (lead.type === 'attack' || lead.type === 'us-strike'))
          state.story = {
            type: lead.type,
            date: lead.date,
            ...(state.toldLater.has(lead) ? { toldLater: true } : {}),
            places: made.filter((r) => r.type === lead.type && r.date.start === lead.date.start).map((r) => r.location),
          }
        rememberTold(state, made)
      }

      const lastPoint = points.filter((d) => d.span.precision === 'day').at(-1)
      if (lastPoint && (ATTACK.test(facts.text) || facts.weapons.length > 0) && !(verdict !== null && 'skip' in verdict)) {
        state.storyDay = { span: lastPoint.span, text: lastPoint.text, heading: false }
        state.storyDayParagraph = paragraphIndex
        state.leadDay ??= lastPoint.span.start
      }
      if (lastPoint) {
        // Only a sentence about an attack lends its day to the next one: "By Tuesday, officials put the count at seven" does not.
        const day = { span: lastPoint.span, text: lastPoint.text, heading: false }
        // "**Wednesday, Oct. 18.** Two drones were launched at Al-Tanf": a short first sentence that gives a day and tells
        // nothing is the paragraph's run-in heading, and its day is the day of what follows, over a section heading's.
        // "The first statements reached Jakarta on Tuesday morning" tells something, with a day: not a heading, whatever its length.
        const runIn =
          sentence === paragraph.sentences.find((s) => s.setAside === null && !LIST_LABEL.test(s.text)) &&
          facts.text.split(/\s+/).length <= 12 &&
          verdict === null &&
          wordsBesides(facts) <= 4
        // A run-in heading that names a base is a timeline's entry ("**Thursday, Dec. 14 — al-Shaddadi.**"): its day is the
        // day of what follows. A live blog's day heading ("### Monday, Jan. 29") is the day of posting, which may be later.
        const entry = runIn && facts.places.some((p) => p.value.precision === 'site')
        if (ATTACK.test(facts.text) || facts.weapons.length > 0 || runIn) carry.day = entry ? { ...day, runIn: true } : day
        // "**28 Jan 2024** — Tower 22. Three soldiers killed; more than 40 wounded.": a run-in heading starts a new entry,
        // about the base it names if it names one, so the item's toll is not the entry before's.
        if (runIn && lastPoint.span.precision === 'day') {
          runInDay = lastPoint.span.start
          const site = facts.places.find((p) => p.value.precision === 'site')
          state.story = site ? { type: 'attack', date: lastPoint.span, places: [toPlace(site.value)] } : null
          state.runInEntry = state.story === null ? null : { story: state.story, paragraph: paragraphIndex }
          state.storyDay = site ? day : state.storyDay
        }
        state.lastDay = day
        state.lastDayParagraph = paragraph
        state.previousDay = lastPoint.span.start
      }
      // "There have been several attacks on al-Asad this summer. On July 16th, … went after the base": a count of attacks
      // names the base the next sentence's "the base" means, as a question does.
      rememberSites(state, facts, verdict !== null && 'skip' in verdict && verdict !== ASKED && verdict !== AGGREGATE_COUNT)
      state.voices.heard(attribution, facts, reports.length > reportsBefore ? reports.at(-1)?.date : undefined)
      // Another source speaking ends the count: a militia, another official, an outlet or source the sentence names.
      if (
        dayCount !== null &&
        !inCount &&
        attribution.claimant !== dayCount.attribution.claimant &&
        (attribution.claimantKind !== 'media' || facts.claimants.length > 0 || SOURCED.test(facts.text))
      )
        state.voices.endCount()
      const dayCounted = ownDays.length === 1 ? ownDays[0] : undefined
      if (
        attribution.claimantKind === 'us-official' &&
        attribution.status === 'confirmed' &&
        dayCounted !== undefined &&
        dayCounted.span.start === dayCounted.span.end &&
        !(verdict !== null && 'type' in verdict && verdict.type === 'us-strike') &&
        !isUsStrike(facts) &&
        countsTheDay(facts.text, dayCounted)
      )
        state.voices.counted({
          attribution,
          day: dayCounted.span.start,
          areas: facts.places.filter((p) => p.value.precision !== 'site').map((p) => p.value),
          paragraph: paragraphIndex,
        })
      state.lastMilitia = facts.groups.find((g) => g.value.kind === 'militia')?.value.name ?? state.lastMilitia
      state.otherAttackBefore = verdict !== null && 'skip' in verdict && OTHER_ATTACK.test(verdict.skip)
      // "And the memory of Al-Asad in January 2020 hangs over all of it. Back then, …": a sentence about another time,
      // attack or not, is what the next one goes on with.
      state.otherTimeBefore =
        (verdict !== null && 'skip' in verdict && /historical reference/.test(verdict.skip)) ||
        (reports.length === reportsBefore && facts.dates.some((d) => d.role === 'historical'))
      state.usStrikesBefore =
        (verdict !== null && 'type' in verdict && verdict.type === 'us-strike') ||
        (!(verdict !== null && 'type' in verdict && verdict.type === 'attack') && US_STRIKE_NOUN.test(facts.text))
      state.otherAttackParagraph = state.otherAttackBefore || aboutOther ? paragraph : null
    }
    // "The official provided the following account:" introduces the list after it, which speaks in the official's voice.
    state.voices.endParagraph(listItem, paragraph.sentences.filter((x) => x.setAside === null).at(-1)?.text)
  }
  for (const site of state.identifiedSites) nameIdentifiedBase(site, reports, knowledge)
  joinDayBefore(reports, state.toldLater, knowledge)
  return { ...setAsideOutsideCampaign(article, knowledge, reports, diagnostics), unplaced }
}

/** "Another drone attack", "a second strike", "again": a sentence that tells a new attack, not more of one told. */
const ANOTHER_ONE =
  /\b(?:another|second|third|new|fresh|renewed|further)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|drones?|rockets?|barrage|assault|salvo)\b|\bagain\b/i

/**
 * "Seven Americans were injured when rockets struck Al-Asad, the Pentagon said Tuesday", in a story that dated the
 * attack Monday: an attack report dated only by the day its source spoke, or by the story around it, that falls the day
 * after an attack on the same base the article tells, is that attack, told a day later. A source speaks on the day of an
 * attack or after it, never before, so the report moves back, never forward; and only where nothing in the article dates
 * an attack on that base to the later day itself.
 */
function joinDayBefore(reports: Report[], toldLater: Set<Report>, knowledge: Knowledge): void {
  const sited = (r: Report): boolean => r.type === 'attack' && r.location?.precision === 'site' && r.date.precision === 'day'
  const dayBefore = (day: string): string => daysFrom(day, -1).start
  const moves = reports.map((r) => {
    if (!toldLater.has(r) || !sited(r)) return null
    const same = (o: Report): boolean => sited(o) && o.location?.id === r.location?.id
    if (reports.some((o) => same(o) && !toldLater.has(o) && o.date.start === r.date.start)) return null
    const before = dayBefore(r.date.start)
    return reports.some((o) => same(o) && o.date.start === before) ? before : null
  })
  moves.forEach((day, i) => {
    const r = reports[i]
    if (day !== null && r !== undefined) reports[i] = { ...r, date: { start: day, end: day, precision: 'day' }, dateText: null }
  })
  // "An Iraqi militia on Monday claimed attacks on a US military base in Syria. … it had fired drones at al-Tanf on Sunday
  // night": a report dated only by the day it was told, placed no nearer than a country or area, is the one attack the
  // article tells at a base there the day before, as an attack told a day later at the base itself is.
  reports.forEach((r, i) => {
    if (!toldLater.has(r) || r.type !== 'attack' || r.date.precision !== 'day' || r.location?.precision === 'site') return
    const within = (o: Report): boolean =>
      r.location === null || (o.location?.country === r.location.country && (r.location.precision === 'country' || o.location.admin1 === r.location.admin1))
    const there = reports.filter((o) => sited(o) && !toldLater.has(o) && within(o))
    if (there.some((o) => o.date.start === r.date.start)) return
    const before = dayBefore(r.date.start)
    const dayBeforeThere = there.filter((o) => o.date.start === before).map((o) => o.location)
    const base = dayBeforeThere[0]
    if (!base || dayBeforeThere.some((l) => l?.id !== base.id)) return
    reports[i] = {
      ...r,
      date: { start: before, end: before, precision: 'day' },
      dateText: null,
      location: base,
      summary: summarize(r.type, base, r.weapons, r.claimant, knowledge),
    }
  })
}

/**
 * "U.S. officials have identified the site as Tower 22", "the name of the site: Tower 22": the words that name the
 * attacked base outright, which a newest-first live blog may print above the entry that placed the attack only in an area.
 */
const IDENTIFIED =
  /\b(?:identified|named)\s+(?:the|this|that)\s+(?:base|site|outpost|facility|installation|camp|position)\s+as\s+(?:the\s+)?$|\bname of the (?:base|site|outpost|facility|installation|camp)\s*(?::|was|is)\s*(?:the\s+)?$/i

/** A date written with its year: "October 2023", "Jan. 28, 2024". */
const YEAR_WRITTEN = /\b(?:19|20)\d{2}\b/

/** A country, or a region (an area the gazetteer gives a radius: "northeastern Jordan"), not a town or camp named as a target ("Rukban"). */
const isRegion = (p: Place, knowledge: Knowledge): boolean =>
  p.precision === 'country' || (p.id !== null && knowledge.placeById.get(p.id)?.radiusKm !== undefined)

/**
 * Moves the attacks an article placed only in the region or country of a base it identifies outright, anywhere in the
 * article, to that base: when they all fall within two days of each other (one attack, told on its local and its
 * Washington day), they are the attack the article names. Areas of another province are left as they are.
 */
function nameIdentifiedBase(base: PlaceEntry, reports: Report[], knowledge: Knowledge): void {
  const vague = (p: Place | null): boolean =>
    p !== null && p.precision !== 'site' && isRegion(p, knowledge) && p.country === base.country && (p.admin1 === null || p.admin1 === base.admin1)
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

/** A speaker's turn in a transcript: "MAJ. GEN. RYDER: …", "Q: …", "Q (wire service): …", "**SINGH:** …". */
const TURN = /^\s*\**(?:Q|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,4})(?: \([^)\n]{1,40}\))?:\**\s/

/**
 * "The outpost, known as", "the base, which is called", "The base, situated in the town of": the words that name a base
 * the story told of without its name.
 */
const KNOWN_AS =
  /\b(?:the|this|that|a) (?:small |tiny |remote |American |U\.S\. |US )?(?:base|air ?base|airbase|airfield|airstrip|garrison|outpost|site|facility|installation|camp|position)\b,?\s+(?:(?:which|that) is\s+)?(?:known as|called|named|dubbed|identified as|(?:situated|located) (?:in|at) (?:the )?(?:town|village|city|area) of)\s+(?:the\s+)?$/i

/**
 * Moves the story's attack from the area it was placed in to the base a later sentence names: each of its
 * reports on the story's day placed nowhere, or only in an area or country of the base's country, is at the base.
 */
function nameStoryBase(story: Story, base: PlaceEntry, reports: Report[], knowledge: Knowledge): void {
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

/** 1-based file line of a body offset. */
const lineAt = (article: Article, offset: number): number => article.bodyLine + (article.body.slice(0, offset).match(/\n/g)?.length ?? 0)

/** Reports dated or placed outside the campaign are history or another story: kept out, each with its reason. */
function setAsideOutsideCampaign(article: Article, knowledge: Knowledge, reports: Report[], diagnostics: Diagnostic[]): Omit<ExtractResult, 'unplaced'> {
  const kept: Report[] = []
  for (const report of reports) {
    const why = outsideCampaign(knowledge.campaign, report)
    if (why === null) {
      kept.push(report)
      continue
    }
    diagnostics.push({
      file: article.path,
      line: lineAt(article, report.start),
      field: 'date',
      code: 'outside-campaign',
      severity: 'info',
      message: `Set aside: ${why}. "${excerpt(report.quote)}" If it belongs on this timeline, widen src/data/campaign.yaml.`,
    })
  }
  return { reports: kept, diagnostics }
}

/** What `buildReports` turns into reports: one classified sentence, with what was found in it and around it. */
interface SentenceReading {
  type: EventType
  facts: SentenceFacts
  /** The dates the sentence names. */
  points: DateMention[]
  /** The day and place the paragraph so far lends a sentence that names none. */
  carry: Carry
  attribution: Attribution
  /** The group named as claiming, if any. */
  group: string | null
  article: Article
  sentence: { text: string; start: number; end: number }
  knowledge: Knowledge
  /** 1-based file line of the sentence, for diagnostics. */
  line: number
  /** Where problems found on the way are added. */
  diagnostics: Diagnostic[]
  /** Where an attack at a named base without a day is kept, for a correction to place. */
  unplaced: UnplacedReport[]
  /** Where an attack report is noted whose day is only the day its source spoke ("officials said Tuesday") or the story's. */
  toldLater: Set<Report>
  /** A table row whose casualty column says no one was hurt ("None"): the toll is none, as "no one was hurt" would give. */
  noneHurt?: boolean
}

function buildReports(reading: SentenceReading): Report[] {
  const { type, facts, points, carry, group, article, sentence, knowledge, line, diagnostics, unplaced, toldLater } = reading
  let { attribution } = reading
  const quoteOf = (from: number) => ({ quote: article.body.slice(from, sentence.end), start: from, end: sentence.end })
  // A day named beside a span ("this week … on Sunday") is the more precise of the two.
  const days = (type === 'statement' ? statementDays(facts.dates) : points).filter((d) => d.span.precision === 'day')
  const dayPoints = type === 'statement' || days.length > 0 ? days : points
  // "… but it did not say when the rockets were fired": a sentence that says its day is unknown takes none from the story.
  // "… the second attack within a week, following a rocket strike on al-Asad air base": bases named only after words that
  // set their attack before the one in hand take no day from it.
  const earlier = FOLLOWED.exec(facts.text)
  const toldAsEarlier =
    earlier !== null &&
    facts.places.some((p) => p.value.precision === 'site') &&
    facts.places.every((p) => p.value.precision !== 'site' || p.start > earlier.index)
  // "Within days the attacks had spread to al-Tanf": some days after the day in hand, on none it names.
  const inherited =
    dayPoints.length === 0 && carry.day !== null && type !== 'statement' && !DAY_NOT_GIVEN.test(facts.text) && !LATER_UNDATED.test(facts.text) && !toldAsEarlier
  const undated = dayPoints.length === 0 && !inherited
  if (undated) {
    if (type !== 'attack' || !facts.places.some((p) => p.value.precision === 'site')) return []
    diagnostics.push({
      file: article.path,
      line,
      field: 'date',
      code: 'date-unresolved',
      severity: 'warning',
      message: `An attack is reported without a day Salvo can resolve, so it is not on the timeline rather than given an invented day: "${excerpt(sentence.text)}". If the article or another source gives the day, place it with a correction in corrections.yaml (in the seeds folder): \`- target: {article: ${article.id}, quote: "${correctionQuote(sentence.text)}"}\` with \`set: {date: YYYY-MM-DD}\` and a reason; if it is no attack of this campaign, \`suppress: true\` instead.`,
    })
  }

  const tollOf = (text: string): { killed: Count | null; injured: Count | null } => {
    const found =
      (type === 'attack' || type === 'us-strike') && !militiaOwnLoss(facts)
        ? findCasualties(text, { attackersAside: type === 'attack' })
        : { killed: null, injured: null }
    return reading.noneHurt && type === 'attack' && !hasFigure(found) ? { killed: { min: 0, max: 0 }, injured: { min: 0, max: 0 } } : found
  }
  const casualties = tollOf(facts.text)
  const weapons = type === 'attack' ? [...new Set(facts.weapons.map((w) => w.value.id))].sort() : []
  const actors =
    type === 'attack' || type === 'us-strike'
      ? [
          ...new Set([
            ...facts.groups.filter((g) => g.value.kind === 'militia').map((g) => g.value.name),
            // "the group said it had struck …": the militia named in the sentence before.
            ...(type === 'attack' && group !== null ? [group] : []),
          ]),
        ].sort()
      : []
  // A U.S. strike told with a U.S. command as its author, and no other source, is that command's own account.
  const author = type === 'us-strike' && attribution.claimantKind === 'media' ? facts.claimants.find((c) => c.value.kind === 'us-official') : undefined
  if (author) attribution = { ...attribution, claimant: author.value.label, claimantKind: 'us-official', status: 'confirmed' }
  const base = { type, weapons, actors, ...toldBy(attribution, casualties, facts, article) }

  if (type === 'statement') {
    // The speaker and day nearest the speech verb, outside quotation marks: "'… earlier today …,' CENTCOM told the National on Sunday" is Sunday.
    const outside = (at: number): boolean => !insideQuotes(facts.text, at)
    const speech = [...facts.text.matchAll(new RegExp(SPEECH.source, 'gi'))].find((m) => outside(m.index ?? 0))?.index ?? 0
    const nearest = <T extends { start: number }>(items: T[]): T | undefined =>
      [...items].sort((a, b) => Math.abs(a.start - speech) - Math.abs(b.start - speech))[0]
    const official = facts.claimants.filter((c) => c.value.kind === 'us-official' || c.value.kind === 'host-government')
    const speaker = nearest(official.filter((c) => outside(c.start)))?.value.label ?? nearest(official)?.value.label ?? attribution.claimant
    const unquotedDays = dayPoints.filter((d) => outside(d.start))
    const date = nearest(unquotedDays.length > 0 ? unquotedDays : dayPoints)
    if (!date) return []
    return [
      {
        ...base,
        status: 'confirmed',
        claimant: speaker,
        claimantKind: official[0]?.value.kind ?? 'us-official',
        date: date.span,
        location: null,
        dateText: date.text,
        summary: summarize(type, null, [], speaker, knowledge, sentence.text),
        ...quoteOf(sentence.start),
      },
    ]
  }

  // Places: named sites for attacks; areas and countries for U.S. strikes (a site named there is the attack being answered).
  const sites = facts.places.filter((p) => p.value.precision === 'site')
  let targets: { place: Place | null; at: number }[]
  if (type === 'attack' && sites.length > 0) {
    const targeted = sites.filter((s) => whyNoTarget(SITE_NO_TARGET, { place: s, sites, text: facts.text }) === null)
    targets = targeted
      .filter((s, i) => targeted.findIndex((t) => t.value.id === s.value.id) === i)
      .map((s) => {
        // "drones attacked the Rukban refugee camp near al-Tanf": a place struck, located by the base after it, is the target.
        const located = facts.places.find(
          (a) =>
            a.value.precision === 'area' &&
            a.end <= s.start &&
            AREA_BY_BASE.test(facts.text.slice(a.end, s.start)) &&
            !/\b(?:in|of|at|from)\s+(?:the\s+)?$/i.test(facts.text.slice(Math.max(0, a.start - 12), a.start)),
        )
        return located ? { place: toPlace(located.value), at: located.start } : { place: toPlace(s.value), at: s.start }
      })
    // "… and rockets at two bases in northeastern Syria": an area named as where bases were hit, in a country no named site is in.
    // "… drones heading for Ain al-Asad, and a third drone aimed at a base in northern Iraq": in that country too, when an
    // indefinite base there is one of its own, not the named base described again ("Ain al-Asad, a base in western Iraq").
    const countries = new Set(sites.map((s) => s.value.country))
    // "… twice at Ain al-Asad air base, and once each at three separate bases in Syria": a country, too.
    for (const area of facts.places.filter((p) => p.value.precision === 'area' || (p.value.precision === 'country' && !countries.has(p.value.country)))) {
      const before = facts.text.slice(Math.max(0, area.start - 40), area.start)
      const another = AN_UNNAMED_BASE_IN.exec(before)
      const site = sites.filter((s) => s.end <= area.start).at(-1)
      const atAnother = area.start - before.length + (another?.index ?? 0)
      const described = another !== null && site !== undefined && /^[\s,(–—-]*$/.test(facts.text.slice(site.end, atAnother))
      // "… in what sources described as the third attack on a base in the Kurdistan Region this month": a count to compare, no target.
      const compared =
        another !== null && /\b(?:attacks?|strikes?|assaults?)\s+(?:on|against)\s+$/i.test(facts.text.slice(Math.max(0, atAnother - 30), atAnother))
      // "U.S. bases at al-Malikiyah, Rumailan and al-Shaddadi": an area that opens a list of the bases struck is one of them
      // ("bases in Deir ez-Zor, Conoco and al-Omar" only places the bases after it).
      const listed =
        /\bbases\s+at\s+$/i.test(before) && sites.some((s) => s.start > area.end && /^(?:\s*,\s*|\s+and\s+)$/.test(facts.text.slice(area.end, s.start)))
      // "Ain al-Asad, one of the sites in Iraq and Syria that host U.S. troops": bases in general, described, not struck;
      // "the Syria-Jordan border" is a border.
      const inGeneral =
        /\b(?:one|some|many|most|all|each|any)\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}$/i.test(before) ||
        facts.places.some(
          (o) =>
            o !== area &&
            o.value.precision === 'country' &&
            (JOINED.test(facts.text.slice(o.end, area.start)) || JOINED.test(facts.text.slice(area.end, o.start))),
        )
      const struckThere =
        listed ||
        (countries.has(area.value.country)
          ? another !== null && !described && !compared
          : !inGeneral &&
            !/\bfrom\s+(?:the\s+)?$/i.test(before) &&
            // "On April 22, a day after rockets were fired at a coalition base in Syria, drones …": an attack named as a time.
            !A_TIME_AFTER.test(facts.text.slice(0, area.start).split(/[,;]/).at(-1) ?? '') &&
            /\b(?:bases?|outposts?|positions?|sites?|locations?|facilit(?:y|ies))\b[^,;]{0,25}$/i.test(before))
      if (struckThere) {
        targets.push({ place: toPlace(area.value), at: area.start })
      }
    }
    targets.sort((a, b) => a.at - b.at)
  } else {
    const named = facts.places.filter((p) => p.value.precision !== 'site')
    // Where rockets came from or a group is ("a group in Iraq") is no target, unless the sentence names no other place.
    const targetable = named.filter((p) => whyNoTarget(AREA_NO_TARGET, { place: p, sites: named, text: facts.text }) === null)
    const areas = targetable.length > 0 ? targetable : named
    const best = [...areas].sort((a, b) => (a.value.precision === b.value.precision ? a.start - b.start : a.value.precision === 'area' ? -1 : 1))[0]
    targets = [{ place: best ? toPlace(best.value) : null, at: best?.start ?? 0 }]
    if (type === 'attack' && !best) {
      const unknown = UNKNOWN_BASE.exec(sentence.text)
      const name = unknown?.[1]
      if (unknown && name && !NOT_A_NAME.test(name.split(/\s+/)[0] ?? '')) {
        const full = `${name} ${unknown[2] ?? ''}`.trim()
        targets = [{ place: { id: null, name: full, country: null, admin1: null, lat: null, lon: null, precision: 'area' }, at: unknown.index }]
        diagnostics.push({
          file: article.path,
          line,
          field: 'location',
          code: 'place-unknown',
          severity: 'warning',
          message: `"${full}" is named as attacked but is not in the gazetteer, so it is kept without coordinates. Add it to src/data/gazetteer.yaml (id, name, country, admin1, lat, lon, aliases) if it is a base.`,
        })
      }
    }
  }

  // With several places in one sentence, each gets the weapons named between the place before it and itself ("a drone at X, and rockets at Y").
  const ends = targets.map((t) => facts.places.find((p) => p.start === t.at)?.end ?? t.at).sort((a, b) => a - b)
  const weaponsNear = (at: number): string[] => {
    if (targets.length < 2 || type !== 'attack') return weapons
    const index = ends.findIndex((end) => end > at)
    const from = index > 0 ? (ends[index - 1] ?? 0) : 0
    const to = index === ends.length - 1 ? facts.text.length : (ends[index] ?? facts.text.length)
    const inSegment = (a: number, b: number): string[] => [...new Set(facts.weapons.filter((w) => w.start >= a && w.start < b).map((w) => w.value.id))].sort()
    const near = inSegment(from, to)
    if (near.length > 0) return near
    // "one-way drones at X, another at Y": the weapons of the place before.
    const before = index > 0 ? inSegment(index > 1 ? (ends[index - 2] ?? 0) : 0, from) : []
    return before.length > 0 ? before : weapons
  }
  if (undated) {
    // Kept for a correction to place: the same report, without a day.
    for (const { place, at } of targets)
      unplaced.push({
        ...base,
        weapons: weaponsNear(at),
        location: place,
        dateText: null,
        summary: summarize(type, place, weapons, attribution.claimant, knowledge),
        ...quoteOf(sentence.start),
        line,
      })
    return []
  }
  // "shot down drones near al-Shaddadi on Friday and again on Saturday", "on Monday, two days after another group had fired
  // rockets at it": one attack on each day.
  const again = type === 'attack' && !inherited ? (repeatedDays(facts.text, dayPoints) ?? againDaysApart(facts, dayPoints)) : null
  if (again !== null)
    return targets.flatMap(({ place, at }) =>
      again.map((date) => ({
        ...base,
        weapons: weaponsNear(at),
        date: date.span,
        location: place,
        dateText: date.text,
        summary: summarize(type, place, weapons, attribution.claimant, knowledge),
        ...quoteOf(sentence.start),
      })),
    )
  // "Sunday's rockets were the first attack since early February, when … the drone strike that killed three soldiers at
  // Tower 22": a base told in a "when" clause that a month or season opens is of that time, not of the day before it.
  const ofCoarserTime = ({ at }: { at: number }): boolean =>
    points.some(
      (d) =>
        d.span.precision !== 'day' &&
        d.end <= at &&
        /^\s*,\s*when\b/i.test(facts.text.slice(d.end, d.end + 8)) &&
        !points.some((day) => day.span.precision === 'day' && day.start >= d.end && day.end <= at),
    )
  // "clips of the 3 March 2021 rocket barrage on Ain al-Asad": an attack named by a day long past is history.
  const ofHistory = ({ at }: { at: number }): boolean =>
    facts.dates.some(
      (d) =>
        d.role === 'historical' &&
        d.end <= at &&
        /^\s*(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrages?|bombing|assault|salvos?)\s+(?:on|at|against)\s+(?:the\s+)?$/i.test(facts.text.slice(d.end, at)),
    )
  return targets
    .filter((t) => type !== 'attack' || !(ofCoarserTime(t) || ofHistory(t)))
    .map(({ place, at }) => {
      const date = inherited ? null : dateFor(at, dayPoints, facts)
      const span = (inherited ? null : (countedFrom(facts.text, at, dayPoints) ?? daysLater(at, dayPoints, facts))) ?? date?.span ?? carry.day?.span
      if (!span) throw new Error('unreachable: a report without a date')
      // One sentence is one report: a day lent by the sentence before is said where it came from (dateText), not quoted twice.
      const quote = quoteOf(sentence.start)
      const side = type === 'attack' ? tollSide({ ...facts, text: ownClause(facts.text, at, targets) }, at) : facts.text
      const report: Report = {
        ...base,
        ...(side !== facts.text ? tollOf(side) : {}),
        weapons: weaponsNear(at),
        date: span,
        location: place,
        dateText: date?.text ?? (inherited && carry.day?.heading ? carry.day.text : null),
        summary: summarize(type, place, weapons, attribution.claimant, knowledge),
        ...quote,
      }
      // A day a timeline's entry heading gave ("**Thursday, Dec. 14 — al-Shaddadi (claims).**") is the day of what follows it.
      const lent = inherited && carry.day !== null && carry.day.runIn !== true
      if (type === 'attack' && (lent || (date?.role === 'said' && !ANOTHER_ONE.test(facts.text)))) toldLater.add(report)
      return report
    })
}

/**
 * What a report takes from its sentence and article, whatever event it is about: its figures, who says it and
 * with what stance, and the day they said it ("an official said Monday"; else the day the article was published).
 */
function toldBy(attribution: Attribution, casualties: { killed: Count | null; injured: Count | null }, facts: SentenceFacts, article: Article) {
  return {
    killed: casualties.killed,
    injured: casualties.injured,
    status: attribution.status,
    claimant: attribution.claimant,
    claimantKind: attribution.claimantKind,
    denies: attribution.denies,
    article: article.id,
    source: article.source,
    saidOn: facts.dates.find((d) => d.role === 'said' && d.span.precision === 'day')?.span.start ?? article.date,
  }
}

/** A sentence saying its source gave no day: "did not say when", "did not specify the date", "gave no date". */
const DAY_NOT_GIVEN =
  /\b(?:did not|didn't|does not|doesn't|would not|wouldn't|declined to)\s+(?:say|specify|give|disclose|state|reveal)\s+(?:when|(?:the|a)\s+(?:date|day|time))\b|\b(?:gave|giving|with)\s+no\s+(?:date|day)\b|\bundated\b/i

/**
 * Whether a follow-up's reports are reports of their own: when they give a toll, or else when the sentence has a source,
 * a claim or a denial beyond the outlet's own words ("Militias are suspected of launching the drones" has none) and does
 * not only say the claim is unconfirmed ("The claim could not be independently confirmed").
 */
function addsToReports(made: Report[], attribution: Attribution, text: string): boolean {
  const ownWords = attribution.claimantKind === 'media' && attribution.status === 'reported' && attribution.denies === null
  return made.some(hasFigure) || (!ownWords && !UNCONFIRMED.test(text))
}

/** The mark of a list item right before a paragraph: "- ", "* ", "1. ". */
const LIST_MARK = /(?:^|\n)[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+$/

/**
 * "U.S. forces were attacked four times on Thursday, but there were no casualties. … several drones were launched at Ain
 * al-Asad, and one at a base near Erbil airport": the count's toll of none, as a report from the count's sentence, for
 * each attack of that day a later sentence made with no figure of its own.
 */
function noneOfThatDay(none: NoneThatDay, made: readonly Report[], article: Article, knowledge: Knowledge): Report[] {
  return made
    .filter((r) => r.type === 'attack' && r.date.start === none.day && r.date.end === none.day && r.killed === null && r.injured === null)
    .flatMap((r) =>
      followUpReports({ ...none, story: { type: 'attack', date: r.date, places: [r.location] }, group: null, article, knowledge, zerosOnly: true }),
    )
    .filter(hasFigure)
}

/** What `followUpReports` needs: the story so far and the sentence that adds to it. */

interface FollowUp {
  story: Story
  facts: SentenceFacts
  attribution: Attribution
  /** The militia a "the group said …" refers back to. */
  group: string | null
  article: Article
  sentence: { text: string; start: number; end: number }
  knowledge: Knowledge
  /** For a sentence about several events ("none of the attacks"): keep a figure only when it is zero. */
  zerosOnly?: boolean
}

/**
 * A sentence about "the attack" as a report of the story's event: on its day and at its place(s),
 * with this sentence's own stance, claimant and figures ("The Pentagon confirmed the attack",
 * "The Islamic Resistance in Iraq claimed responsibility", "No one was hurt"). A figure is kept
 * only when the story names one place, so a toll is never given to the wrong base; a toll of none
 * ("Nobody was hurt" after rockets at two bases) is true of every place the story named.
 */
function followUpReports({ story, facts, attribution, group, article, sentence, knowledge, zerosOnly = false }: FollowUp): Report[] {
  const found = !militiaOwnLoss(facts) ? findCasualties(facts.text, { attackersAside: story.type === 'attack' }) : { killed: null, injured: null }
  const zero = (c: Count | null): Count | null => (c !== null && c.max === 0 ? c : null)
  const casualties = zerosOnly || story.places.length !== 1 ? { killed: zero(found.killed), injured: zero(found.injured) } : found
  const militias = facts.groups.filter((g) => g.value.kind === 'militia').map((g) => g.value.name)
  const actors = [...new Set([...militias, ...(attribution.claimantKind === 'militia' && group !== null ? [group] : [])])].sort()
  const weapons = story.type === 'attack' ? [...new Set(facts.weapons.map((w) => w.value.id))].sort() : []
  return story.places.map((place) => ({
    type: story.type,
    date: story.date,
    location: place,
    weapons,
    actors,
    ...toldBy(attribution, casualties, facts, article),
    dateText: null,
    summary: summarize(story.type, place, weapons, attribution.claimant, knowledge),
    quote: article.body.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
  }))
}
