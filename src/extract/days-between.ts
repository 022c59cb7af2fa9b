import { addDays, format, parseISO } from 'date-fns'
import type { SentenceFacts } from './classify-sentence.js'
import { SMALL, type DateMention } from './find-dates.js'
import { REFERS_BACK } from './follow-up.js'
import type { DateSpan } from '../model/report.js'
import { ATTACK, threatens } from './sentence-cues.js'

/** A small count of days, in words or figures: "a", "four", "12" (`daysCounted`). */
const DAY_COUNT = String.raw`(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})`

/** "four days after", "two days before": a count of days between two attacks one sentence tells. */
const DAYS_BETWEEN = new RegExp(String.raw`\b${DAY_COUNT} days? (after|before)\b`, 'gi')

/** Words of a sentence that go on with the time the sentence before named: "Back then,", "that year", "the base", "the missiles". */
export const POINTS_BACK_IN_TIME = new RegExp(
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
export function daysFrom(day: string, n: number): DateSpan {
  const iso = format(addDays(parseISO(day), n), 'yyyy-MM-dd')
  return { start: iso, end: iso, precision: 'day' }
}

/**
 * "The drone hit Rumalyn four days after rockets struck al-Asad Air Base on Monday, Aug. 5": a target told before "N days
 * after", whose only day is the other attack's, after the count, is that day plus N (before: minus N). `null` otherwise.
 */
export function countedFrom(text: string, at: number, points: DateMention[]): DateSpan | null {
  if (points.some((d) => d.start <= at)) return null
  for (const m of text.matchAll(DAYS_BETWEEN)) {
    const from = (m.index ?? 0) + m[0].length
    if ((m.index ?? 0) < at || points.some((d) => d.start <= (m.index ?? 0) && d.end > from)) continue
    // "Rockets hit the base on Wednesday, 13 November, …, three days after …": the base has a day of its own before the count.
    if (points.some((d) => d.start > at && d.end <= (m.index ?? 0))) return null
    const other = points.find((d) => d.start >= from && d.span.precision === 'day' && d.span.start === d.span.end)
    const n = daysCounted(m[1] ?? '')
    if (!other || !Number.isFinite(n)) return null
    return daysFrom(other.span.start, /after/i.test(m[2] ?? '') ? n : -n)
  }
  return null
}

/**
 * "The defense minister visited Ain al-Asad on Friday, a day after the base was hit by rockets": when the clause before
 * "N days after" tells no attack (no attack verb, no weapon) and the one after it does, at no other named base, the base
 * (named before the count, or "the base" after it) was attacked the sentence's one day minus N (before: plus N). `null`
 * otherwise: "Sirens sounded at Ain al-Asad on Friday as rockets fell, a day after …" tells an attack of its own.
 */
export function countedBack(facts: SentenceFacts, at: number, points: DateMention[]): DateSpan | null {
  const { text } = facts
  const count = A_DAY_COUNT.exec(text)
  if (count === null) return null
  const after = count.index + count[0].length
  // "five days before Christmas": a day of its own, counted from a named day after the count, not from the attack.
  if (points.some((d) => d.start <= count.index && d.end > after)) return null
  if (ATTACK.test(text.slice(0, count.index)) || facts.weapons.some((w) => w.start < count.index) || !ATTACK.test(text.slice(after))) return null
  const target = facts.places.find((p) => p.start === at)?.value.id
  if (facts.places.some((p) => p.value.precision === 'site' && p.start >= after && p.value.id !== target)) return null
  // The count itself may be read as a day ("a day after" the one before it): it is no other day.
  const days = points.filter((d) => d.span.precision === 'day' && d.span.start === d.span.end && (d.start < count.index || d.start >= after))
  const [day] = days
  if (day === undefined || days.length !== 1 || day.end > count.index) return null
  const n = daysCounted(count[1] ?? '')
  return Number.isFinite(n) ? daysFrom(day.span.start, /after/i.test(count[2] ?? '') ? -n : n) : null
}

/**
 * "The drone hit Rumalyn on Friday, four days after rockets struck al-Asad Air Base, wounding five": with bases on both
 * sides of "N days after", each attack's toll is the one told on its side. "… suspended its attacks on January 30, two
 * days after a drone killed three soldiers at Tower 22": with every base after it, the toll after it is the attack's.
 * The sentence with the other side blanked (offsets kept), for the base at `at`; the sentence itself otherwise.
 */
export function tollSide(facts: SentenceFacts, at: number): string {
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
export function ownClause(text: string, at: number, targets: readonly { at: number }[]): string {
  const from = text.lastIndexOf(';', at) + 1
  const next = text.indexOf(';', at)
  const to = next === -1 ? text.length : next
  if (!targets.some((t) => t.at < from || t.at >= to)) return text
  return ' '.repeat(from) + text.slice(from, to) + ' '.repeat(text.length - to)
}

/** Before the second day, a part of it: "on the evening of", "the early morning of". */
const PART_OF_THE_DAY_OF = String.raw`(?:\s+(?:on\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of)?`

/** "one at 11:30 p.m. on November 8 and another at 12:40 a.m. the following morning": a second one, on the second day. */
const ANOTHER_AT = new RegExp(
  String.raw`^\s*,?\s*and\s+(?:then\s+)?(?:another|a second|the second|the other|one more)(?:\s+(?:one|drone|rocket|missile|attack|strike))?(?:\s+(?:at|around|about|shortly after|just after)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)?${PART_OF_THE_DAY_OF}\s*,?\s*$`,
  'i',
)

/**
 * Two days joined by "and again" ("on Friday and again on Saturday", "Friday, and then again Saturday", "on Nov. 8 and again on
 * the evening of Nov. 9", "and once more on", "as well as on") or by a second
 * means ("targeted by drones on July 16 and by rockets on July 25"): one attack on each day. Not with a bare "and": "late
 * Friday and early Saturday" is as often one attack across midnight.
 */
export const repeatedDays = (text: string, points: DateMention[]): DateMention[] | null =>
  twoDaysJoinedBy(
    new RegExp(
      String.raw`^\s*,?\s*(?:and\s+(?:then\s+)?(?:again|once more|once again|(?:by|with)\s+(?:[\w-]+\s+){0,2}[\w-]+)|as well as)${PART_OF_THE_DAY_OF}\s*$`,
      'i',
    ),
    text,
    points,
  ) ?? bothDays(text, points)

/** "on both Wednesday and Thursday": one attack on each day. */
function bothDays(text: string, points: DateMention[]): DateMention[] | null {
  const first = points.find((d) => d.span.precision === 'day')
  if (first === undefined || !/\bboth\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, first.start - 12), first.start))) return null
  return twoDaysJoinedBy(/^\s*and\s*$/i, text, points)
}

/**
 * "one at 11:30pm on November 8 and another at 12:40am the following morning": two days, one attack on each. Only for a
 * sentence about one base (with two, which day is which base's is not said), and no figure is the one attack's.
 */
export const anotherOnTheNext = (text: string, points: DateMention[]): DateMention[] | null => twoDaysJoinedBy(ANOTHER_AT, text, points)

/** The sentence's two days, when it has exactly two, different, and the words between them (an "on" before the second left out) are `joint`'s. */
function twoDaysJoinedBy(joint: RegExp, text: string, points: DateMention[]): DateMention[] | null {
  const days = points.filter((d) => d.span.precision === 'day')
  const [first, second] = days
  if (days.length !== 2 || first === undefined || second === undefined || first.span.start === second.span.start) return null
  return joint.test(text.slice(first.end, second.start).replace(/\bon\s*$/i, '')) ? [first, second] : null
}

/** The same target again, named by a pronoun or as "the same site": "at it", "on the same base", "targeted it". */
const SAME_TARGET =
  /\b(?:at|on|against|targeted|struck|hit|attacked)\s+(?:it|the same (?:[\w-]+\s+)?(?:base|site|facility|outpost|field|garrison|position|compound))\b/i

/**
 * Where the clause of "N days after" starts, when the second day is that clause's: the count itself ("two days after",
 * a day find-dates.ts counted), or a count before it in its clause that agrees with the two days ("on Monday, two days
 * after another group had fired rockets at the same site on Saturday"). `null` otherwise.
 */
function countedClause(text: string, first: DateMention, second: DateMention): number | null {
  if (ONLY_A_DAY_COUNT.test(second.text.trim())) return second.end
  const between = text.slice(first.end, second.start)
  const count = [...between.matchAll(DAYS_BETWEEN)].at(-1)
  if (count === undefined || /[;.]/.test(between.slice((count.index ?? 0) + count[0].length))) return null
  const n = daysCounted(count[1] ?? '')
  const apart = daysFrom(first.span.start, /after/i.test(count[2] ?? '') ? -n : n).start
  return apart === second.span.start ? first.end + (count.index ?? 0) + count[0].length : null
}

/**
 * "a barrage of rockets struck the base on Monday, Oct. 14, two days after another group had fired several rockets at it",
 * "… at the same site on Saturday": the day named and the day counted back from it ("N days after", whose clause tells an
 * attack on the same target, see find-dates.ts) are two attacks on that target. Not when the clause names a base of its
 * own (`countedFrom`).
 */
export function againDaysApart(facts: SentenceFacts, points: DateMention[]): DateMention[] | null {
  const days = points.filter((d) => d.span.precision === 'day')
  const [first, second] = days
  if (days.length !== 2 || first === undefined || second === undefined || first.span.start === second.span.start) return null
  const from = countedClause(facts.text, first, second)
  if (from === null) return null
  const clause = /^[^;.]*/.exec(facts.text.slice(from))?.[0] ?? ''
  const namesBase = facts.places.some((p) => p.value.precision === 'site' && p.start >= from && p.start < from + clause.length)
  // "two days after a commander threatened new attacks on the same base", "… after forces foiled an attack on it": none.
  const noAttack = threatens(clause) || /\b(?:foiled|thwarted|prevented|averted|stopped)\b/i.test(clause)
  return !namesBase && !noAttack && ATTACK.test(clause) && SAME_TARGET.test(clause) ? [first, second] : null
}

/**
 * "A rocket attack on Al-Asad on Aug. 5 …, and a drone struck Rumalyn Landing Zone in Syria four days later": a base
 * told "N days later" after another day in its sentence is N days after that day.
 */
export function daysLater(at: number, points: DateMention[], facts: SentenceFacts): DateSpan | null {
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
 * on Aug. 9", "a base in northeast Jordan, near the Syrian border, on Sunday", "Tower 22, a small U.S. outpost in
 * northeastern Jordan, early on Sunday"), or the attack the base names ("the Al-Asad missile attack of November 20, 2023").
 */
const ONLY_WHERE =
  /^\s*(?:(?:,?\s*(?:in|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+,?\s+|,\s*an?\s+(?:[\w.-]+\s+){0,4}?(?:outpost|base|post|site|garrison|facility|installation|airfield)\b[^,;]{0,60},\s+)?(?:(?:late|early)\s+)?(?:on\s+)?|(?:(?!(?:after|before|since|following|the)\b)[\w-]+\s+){0,2}?(?:attack|strike|bombing)\s+(?:of|on)\s+)$/i

/** The date mention that dates a place: one right after it, else the nearest before it, else the first after it. */
export function dateFor(at: number, points: DateMention[], facts: SentenceFacts): DateMention | null {
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

/**
 * "a missile attack on al-Asad air base and a Christmas Day drone strike in Erbil": the base at `at` has no day of its
 * own before it, and the first day after it names another attack (an article, the day, the word for the attack), so
 * that day is the other attack's, not this base's.
 */
export function onlyAnotherAttacksDay(at: number, points: DateMention[], facts: SentenceFacts): boolean {
  if (points.some((d) => d.start <= at)) return false
  const later = points.find((d) => d.start > at)
  return later !== undefined && ANOTHER_ATTACKS_DAY_BEFORE.test(facts.text.slice(at, later.start)) && NAMES_AN_ATTACK.test(facts.text.slice(later.end))
}

/** Right before a day that opens another attack's name: "… and a", "…, and the". */
const ANOTHER_ATTACKS_DAY_BEFORE = /\band\s+(?:a|an|the)\s+$/i
/** Right after such a day: "drone strike", "rocket attack". */
const NAMES_AN_ATTACK = /^['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assaults?|barrages?|bombings?|raids?)\b/i

/** Words after a comma that go on with the clause before it: a participle, a relative word, a place's country, a year. */
const CLAUSE_GOES_ON = /^\s*(?:[\w-]+ing\b|which\b|who\b|where\b|when\b|while\b|in\b|near\b|at\b|on\b|and\b|or\b|\d{4}\b|Iraq\b|Syria\b|Jordan\b)/i

/** Words before a sentence's first day that open it as a time: "On", "Late on", "Early". */
const OPENS_AS_A_TIME = /^\W*(?:(?:late|early)\s+)?(?:on\s+)?$/i

/** Where a time clause that starts at `from` ends: the first comma after which the clause does not go on, or -1. */
function clauseEnd(facts: SentenceFacts, from: number, points: DateMention[], splitAtDay: boolean): number {
  for (let i = facts.text.indexOf(',', from); i !== -1; i = facts.text.indexOf(',', i + 1)) {
    if (/[;.]/.test(facts.text.slice(from, i).replace(/\b(?:[A-Z][a-z]{2}|U\.S|St|Lt|Gen|Col|Sgt|No)\./g, ''))) return -1
    // "the Jan. 28, 2024, attack on Tower 22": the commas of a date with its year are the date's.
    if (points.some((d) => d.start < i && (i < d.end || (i === d.end && /\b\d{4}$/.test(d.text))))) continue
    const dayAfter =
      splitAtDay &&
      points.some((d) => d.start > i && /^[\s,]*(?:(?:late|early)\s+)?(?:on\s+|in the (?:early )?hours of\s+)?$/i.test(facts.text.slice(i + 1, d.start)))
    if (dayAfter || !CLAUSE_GOES_ON.test(facts.text.slice(i + 1))) return i
  }
  return -1
}

/**
 * A sentence that opens with a time counted from another attack: "[On Jan. 30,] two days after a drone killed three
 * soldiers at Tower 22, rockets struck al-Tanf". The attack of the main clause is on the day the sentence opens with, or,
 * with none, on the day the time clause names counted on ("Two days after the Jan. 28 attack on Tower 22, drones struck
 * al-Tanf": Jan. 30); the clause's figures are its own attack's. For the base at `at`: its day when that is the main
 * clause's (`null`: as the sentence's days say), and the sentence with the other part blanked (offsets kept). `null`
 * for a sentence that opens no such clause.
 */
export function afterTimeClause(facts: SentenceFacts, at: number, points: DateMention[], published: string): { span: DateSpan | null; text: string } | null {
  const count = A_DAY_COUNT.exec(facts.text)
  if (count === null) return null
  const lead = points.find((d) => d.span.precision === 'day' && d.end <= count.index)
  const before = lead === undefined ? facts.text.slice(0, count.index) : facts.text.slice(0, lead.start)
  if (!OPENS_AS_A_TIME.test(before) || (lead !== undefined && !/^\s*,\s*$/.test(facts.text.slice(lead.end, count.index)))) return null
  const from = count.index + count[0].length
  // "A day before, on Nov. 12, drones were aimed at …", "Two days before that, on Thursday 19 October, …": a count with
  // nothing after it, or only "that", is an adverb, and the day after it is the attack's own.
  if (!/^\s+(?!(?:that|this|then|it)\b)[\p{L}\p{N}"“‘']/u.test(facts.text.slice(from))) return null
  // "Two days after the attack on Tower 22, on Jan. 28, militants fired …": a day right after the clause's comma is as
  // a rule the clause's own; it is the main clause's when the day counted on from it would fall after publication
  // ("Two days after the deadly drone attack on Tower 22, on Tuesday, rockets were fired", in a paper of Wednesday), or
  // when the clause before it tells no attack.
  const whole = clauseEnd(facts, from, points, false)
  const split = clauseEnd(facts, from, points, true)
  const sign = /after/i.test(count[2] ?? '') ? 1 : -1
  const n = daysCounted(count[1] ?? '')
  const innerOf = (end: number): DateMention | undefined =>
    points.find((d) => d.span.precision === 'day' && d.start >= from && d.end <= end && d.span.start === d.span.end)
  const wholeInner = innerOf(whole)
  const tooLate = wholeInner !== undefined && Number.isFinite(n) && daysFrom(wholeInner.span.start, sign * n).start > published
  // "Five days before Dover, in the early hours of Sunday, January 28, a drone …": a clause that tells no attack before
  // the day is only a time, and the day is the main clause's.
  const noAttack = split !== -1 && !ATTACK.test(facts.text.slice(from, split)) && !facts.places.some((p) => p.start >= from && p.end <= split)
  const end = whole !== split && (whole === -1 || tooLate || noAttack) ? split : whole
  if (end === -1) return null
  const blank = (a: number, b: number): string => facts.text.slice(0, a) + ' '.repeat(b - a) + facts.text.slice(b)
  if (at < count.index) return null
  const inner = innerOf(end)
  // "A day after the attack on Erbil air base, on Nov. 13, drones hit Harir": the clause's attack is counted back from
  // the main clause's day when the clause names none.
  const main = lead ?? points.find((d) => d.span.precision === 'day' && d.start > end && d.span.start === d.span.end)
  if (at < end) {
    const back = inner === undefined && main !== undefined && Number.isFinite(n) ? daysFrom(main.span.start, -sign * n) : null
    return { span: back, text: blank(end, facts.text.length) }
  }
  const counted = inner === undefined || !Number.isFinite(n) ? null : daysFrom(inner.span.start, sign * n)
  // The main clause's own day, before the base: "…, on Tuesday, rockets were fired at al-Tanf".
  const own = points.find((d) => d.span.precision === 'day' && d.start > end && d.end <= at)
  return { span: lead?.span ?? own?.span ?? counted, text: blank(count.index, end) }
}
