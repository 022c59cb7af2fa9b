// The English locale alone: the package's root loads every language, at every start and in every worker.
import * as chrono from 'chrono-node/en'
import { allMatches } from './all-matches.js'
import { addDays, differenceInCalendarDays, endOfMonth, getISODay, min, parseISO, startOfISOWeek, subDays, subWeeks } from 'date-fns'
import type { DateSpan } from '../model/report.js'
import { MONTH_WORD, monthIndex, weekdayOf } from '../calendar.js'
import { ATTACK, PAST_ATTACK } from './sentence-cues.js'
import { insideQuotes } from './quoted.js'

/**
 * A date expression found in a sentence and resolved against the article's
 * publication day. `role` says what it can be used for:
 * - `point`: a day (or a short span such as "earlier this week") an event can be dated by;
 * - `since`: an open span up to publication ("since Oct. 17", "in recent days"): an aggregate, never one event's day;
 * - `future`: after publication or forward-looking ("will vote on Monday");
 * - `historical`: long before the campaign the article covers ("in 2020", "January 13, 2020");
 * - `said`: the day something was said, claimed or confirmed ("an official said Monday", "the group said in a
 *   statement on Sunday"): the report's day, not an event's; use it only when nothing else dates the sentence.
 */
export interface DateMention {
  /** Offset of the expression in the sentence. */
  start: number
  end: number
  /** The expression as written, e.g. `last Thursday`. */
  text: string
  span: DateSpan
  /**
   * What the day is to the sentence: the day of what it tells (`point`), the start of a span (`since`), a day to come,
   * history, the day something was said, or the day of a ceremony ("were awarded the Purple Heart on Oct. 5"), which
   * dates no attack and is another time than the story's (`occasion`).
   */
  role: 'point' | 'since' | 'future' | 'historical' | 'said' | 'occasion'
}

/** Days before publication beyond which a date is treated as a historical reference. */
const HISTORY_DAYS = 400

const pad = (n: number, width: number): string => String(n).padStart(width, '0')
/** `YYYY-MM-DD` of a local date, as date-fns' `format(d, 'yyyy-MM-dd')` gives it for the years 1 to 9999, without parsing the pattern on every call (it runs for every date found). */
const day = (d: Date): string => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`
const single = (d: Date): DateSpan => ({ start: day(d), end: day(d), precision: 'day' })
const range = (a: Date, b: Date): DateSpan => ({ start: day(a), end: day(b < a ? a : b), precision: 'range' })

/** Future wording: a weekday or month-day it governs points forward. "The next attack came on April 21" is past: told of what followed. */
const FORWARD =
  /\b(will|shall|would|is to|are to|is set to|are set to|scheduled|plans? to|planning to|is due|are due|upcoming|next(?!\s+(?:[\w-]+\s+){0,2}(?:came|was|were|followed|struck|hit|happened|occurred|took place|landed)\b))\b/i

/** A written month or a numeric date: what makes a stated day and month real, not chrono's reading of "in a second". */
/** A month's name, whole or cut short: "January", "Jan.", "Sept". */
export const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`

/** A month told right before "on the 28th", as its month: "In January, on the 28th", "That November <year>, on the 20th". */
const MONTH_JUST_BEFORE = new RegExp(String.raw`\b(${MONTH_WORD})\.?(?:\s+((?:19|20)\d{2}))?,?\s*$`, 'i')

const MONTH_OR_NUMERIC = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{1,2}[/-]\d{1,2}/i

interface Context {
  published: Date
  /** The same day as written, `YYYY-MM-DD`. */
  publishedDay: string
  /** The sentence as the rules read it: page furniture blanked, same length, so offsets hold. */
  sentence: string
  /** The sentence as written, for each mention's `text`. */
  written: string
  /** The day the previous sentence was about, for "the previous day" and "the same day". */
  previousDay: string | null
  /** The day of the event reported last, for "the attack came two days after …". */
  eventDay: string | null
  /** The day "today" and "last night" count from: the publication day, or a live blog's entry day (its dated heading). */
  today: Date
  /** The campaign's first day: a day on or after it is news of the campaign however old, not history ("On October 18, 2023, …" in a year's review). */
  campaignStart: string | null
  /**
   * The day a story told back in time last gave with its year ("in the third week of October 2023", "on Jan. 28, 2024"):
   * a day given without one after it is the first such day from then on, when that is before publication and earlier
   * than the most recent one ("On Oct. 18, drones hit al-Tanf" in a piece of January 2025 on the attacks of 2023).
   */
  yearAnchor: string | null
  /** `today` is a timeline entry's day, not a day of posting: a weekday is the nearest such day to it, before or after. */
  aroundEntry: boolean
  /** The month this paragraph named last on its own ("Take October."), for "On the 14th" after it: its first day. */
  monthAnchor: string | null
  found: DateMention[]
}

/**
 * A day given without its year: the most recent on or before publication (`latest`), unless the story's own anchor
 * (`Context.yearAnchor`) puts it earlier, at the first such day from the anchor on.
 */
function fromAnchor(ctx: Context, latest: Date, on: (year: number) => Date): Date {
  if (ctx.yearAnchor === null) return latest
  const anchorYear = Number(ctx.yearAnchor.slice(0, 4))
  const first = day(on(anchorYear)) >= ctx.yearAnchor ? on(anchorYear) : on(anchorYear + 1)
  return day(first) < day(latest) && day(first) <= ctx.publishedDay ? first : latest
}

/** Right before a month, what makes it a bound: "before February", "until March", "prior to May". */
const BOUND_BEFORE = /\b(?:before|until|till|prior to)\s+(?:early\s+|mid-?\s*|late\s+)?$/i

/** Adds a mention unless it overlaps one already found. */
function add(ctx: Context, start: number, end: number, span: DateSpan, role: DateMention['role']): void {
  if (ctx.found.some((m) => start < m.end && m.start < end)) return
  // "most of them before February", "until March": a month that bounds a span is no time of an event; read as history,
  // it dates nothing, and a sentence with no other time is not lent one.
  // Not "until January, when a drone strike there killed three": the "when" clause tells an attack in it (not "until
  // February, when the attacks largely stopped").
  const bound =
    span.precision === 'month' &&
    role === 'point' &&
    BOUND_BEFORE.test(ctx.written.slice(Math.max(0, start - 20), start)) &&
    !/^,?\s*when\b[^.;]*\b(?:killed|killing|wounded|wounding|injured|injuring|struck|hit|slammed|crashed)\b/i.test(ctx.written.slice(end))
  ctx.found.push({ start, end, text: ctx.written.slice(start, end), span, role: bound ? 'historical' : role })
}

/** A day counted from another day is still past tense: after publication it is the future. */
function addAnchored(ctx: Context, start: number, end: number, span: DateSpan): void {
  add(ctx, start, end, span, span.start > ctx.publishedDay ? 'future' : 'point')
}

/** A weekday, a month or a number: a day written as a calendar day, not "the same night". */
const CALENDAR_WORD = new RegExp(String.raw`\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b${MONTH_NAME}`, 'i')

/** A phrase family and what to add for each match of it, at offset `at` of the sentence. */
type PhraseRule = [RegExp, (ctx: Context, m: RegExpMatchArray, at: number) => void]

/** What the words around a date expression say about it. */
interface Governance {
  /** Future wording governs it: "will vote on Monday", not "said on Monday that they plan to". */
  forward: boolean
  /** A since-clause reaches it: "since Oct. 17", "since the U.S. struck … on Oct. 27". */
  since: boolean
}

function governance(ctx: Context, start: number, end: number): Governance {
  const before = ctx.sentence.slice(Math.max(0, start - 12), start).toLowerCase()
  return {
    forward: FORWARD.test(
      ctx.sentence
        .slice(Math.max(0, start - 40), start)
        .split(/[,;:]/)
        .at(-1) ?? '',
    ),
    since:
      // "Since the February pause the log has: the rockets … on 21 April": a colon ends the since-clause, as a comma does.
      // "The most serious since then was the Aug. 5 rocket attack": "since then" has its object, and the day after it is its own.
      // "raised the toll from last Friday's drone strike": "from" an event named by its day is no since-clause.
      // "the campaign of attacks on US forces that began on October 17": the day a span began (not "a wave of strikes
      // that began on Saturday night hit Ain al-Asad").
      (/\bsince\s*$/.test(before) ||
        /\b(?:campaign|war|attacks\s+on\s+(?:U\.S\.|US|American|coalition)\s+(?:forces|troops|bases))\s+(?:[\w-]+\s+){0,6}?,?\s*(?:that|which)\s+(?:began|started|begun)\s+(?:on\s+)?$/i.test(
          ctx.sentence.slice(0, start),
        ) ||
        // "the wave of militia attacks that began after Oct. 7": a span that began after the day, whatever it is (not "a campaign
        // of strikes that began after Sunday's drone attack", which names the attack by its day).
        (/\b(?:that|which)\s+(?:began|started|begun|erupted)\s+(?:soon\s+|shortly\s+)?(?:after|following)\s+$/i.test(
          ctx.sentence.slice(Math.max(0, start - 40), start),
        ) &&
          !/^['’]s\b/.test(ctx.sentence.slice(end))) ||
        (/\bfrom\s*$/.test(before) && !/^['’]s\b/.test(ctx.sentence.slice(end))) ||
        /\bsince\b(?!\s+(?:then|that (?:time|day|point))\b)[^,;:]*$/i.test(ctx.sentence.slice(0, start))) &&
      // "since Sunday, Jan. 28, when a drone killed three …" names the event on that day.
      !/^,?\s*when\b/i.test(ctx.sentence.slice(end)),
  }
}

/** Adds a resolved span with the role its distance from publication and its since-clause give it. */
function addResolved(ctx: Context, start: number, end: number, span: DateSpan, since: boolean): void {
  let role: DateMention['role'] = since ? 'since' : 'point'
  if (span.start > ctx.publishedDay) role = 'future'
  else if (
    differenceInCalendarDays(ctx.published, parseISO(span.end)) > HISTORY_DAYS &&
    !(span.precision === 'day' && ctx.campaignStart !== null && span.start >= ctx.campaignStart)
  )
    role = 'historical'
  add(ctx, start, end, role === 'since' ? range(parseISO(span.start), ctx.published) : span, role)
}

/** The fourth Thursday of November: U.S. Thanksgiving. */
function thanksgiving(year: number): Date {
  const first = new Date(year, 10, 1)
  return new Date(year, 10, 1 + ((4 - first.getDay() + 7) % 7) + 21)
}
const christmasEve = (year: number): Date => new Date(year, 11, 24)
const christmas = (year: number): Date => new Date(year, 11, 25)
const newYearsEve = (year: number): Date => new Date(year, 11, 31)
const newYearsDay = (year: number): Date => new Date(year, 0, 1)

/** A date's weekday counted as `weekdayIndex` counts, Monday 0 … Sunday 6 (a `Date` counts from Sunday). */
const mondayFirst = (d: Date): number => (d.getDay() + 6) % 7

/**
 * Named days and the day each falls on in a year. A bare "Christmas" or "Thanksgiving" counts only after
 * "on", "at", "over", "since", "this", "last" or "next", and not before a noun ("a Christmas tree").
 */
const NAMED_DAYS: [RegExp, (year: number) => Date][] = [
  [/\bChristmas Eve\b/g, christmasEve],
  [
    /\bChristmas (?:Day|morning|night|evening)\b|(?<=\b(?:on|at|over|since|this|last|next|days? (?:before|after)) )Christmas\b(?! (?:Eve|tree|trees|market|markets|season|holidays?|truce|message|card|cards|lights|party|dinner|break)\b)/g,
    christmas,
  ],
  [/\bBoxing Day\b/g, (y) => new Date(y, 11, 26)],
  [/\bNew Year['’]?s Eve\b|\bthe (?:very )?last (?:day|morning|afternoon|evening|night) of(?= (?:19|20)\d{2}\b| the year\b)/g, newYearsEve],
  [
    /\bNew Year['’]?s Day\b|\bNew Year['’]?s(?= (?:morning|afternoon|evening)\b)|\bthe (?:very )?first (?:day|morning|afternoon|evening|night) of(?= (?:19|20)\d{2}\b| the (?:new )?year\b)/g,
    newYearsDay,
  ],
  [
    /\bThanksgiving Day\b|(?<=\b(?:on|at|over|since|this|last|next|days? (?:before|after)) )Thanksgiving\b(?! (?:weekend|holidays?|dinner|week|break)\b)/g,
    thanksgiving,
  ],
]

/** A named day with its time of day, "Thanksgiving morning", "Christmas Day evening": the named day (chrono would read the time as today's). */
const WITH_TIME_OF_DAY = (pattern: RegExp): RegExp => new RegExp(String.raw`(?:${pattern.source})(?:\s+(?:morning|afternoon|evening|night))?\b`, pattern.flags)

/** A named day as "the Monday before …" names it: "Thanksgiving", "Christmas Day", "New Year's Eve". */
const NAMED_DAY_WORDS: [string, (year: number) => Date][] = [
  [String.raw`Thanksgiving(?:\s+Day)?`, thanksgiving],
  [String.raw`Christmas\s+Eve`, christmasEve],
  [String.raw`Christmas(?:\s+Day)?`, christmas],
  [String.raw`New\s+Year['’]?s\s+Eve`, newYearsEve],
  [String.raw`New\s+Year['’]?s(?:\s+Day)?`, newYearsDay],
]
/** Each named day's words as a whole phrase, to tell which one a match named. */
const NAMED_DAY_WHOLE: [RegExp, (year: number) => Date][] = NAMED_DAY_WORDS.map(([words, on]) => [new RegExp(`^(?:${words})$`, 'i'), on])

/**
 * "the Monday before Thanksgiving", "the Wednesday after Christmas": the last such weekday before the named day (or the first
 * after it), in the latest year whose named day is not after publication (or the year written after it).
 */
const WEEKDAY_OFF_A_NAMED_DAY = new RegExp(
  String.raw`\bthe\s+(mon|tues|wednes|thurs|fri|satur|sun)day\s+(before|after)\s+(${NAMED_DAY_WORDS.map(([w]) => `(?:${w})`).join('|')})(?:,?\s+((?:19|20)\d{2})\b)?`,
  'gi',
)
function addWeekdayOffANamedDay(ctx: Context, m: RegExpMatchArray, at: number): void {
  const on = NAMED_DAY_WHOLE.find(([whole]) => whole.test(m[3] ?? ''))?.[1]
  const weekday = weekdayIndex(m[1])
  if (on === undefined || weekday < 0) return
  const before = /^before$/i.test(m[2] ?? '')
  const off = (named: Date): Date => {
    let date = addDays(named, before ? -1 : 1)
    while (mondayFirst(date) !== weekday) date = addDays(date, before ? -1 : 1)
    return date
  }
  // The latest such weekday not after publication: "the Sunday before Christmas", told on 20 December, is this year's.
  const thisYear = ctx.published.getFullYear()
  const date = m[4] !== undefined ? off(on(Number(m[4]))) : day(off(on(thisYear))) <= ctx.publishedDay ? off(on(thisYear)) : off(on(thisYear - 1))
  addResolved(ctx, at, at + m[0].length, single(date), false)
}

/**
 * "the first Friday of the new year", "the second Sunday of January", "the last Thursday in November": that weekday of the
 * month, in the latest year whose month has begun by publication ("the new year" is January).
 */
const NTH_WEEKDAY_OF_MONTH = new RegExp(
  String.raw`\bthe\s+(first|second|third|fourth|last)\s+(mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of|in)\s+(the\s+(?:new\s+)?year|(?:19|20)\d{2}\b|${MONTH_WORD})\b(?:,?\s+((?:19|20)\d{2})\b)?`,
  'gi',
)
function addNthWeekdayOfMonth(ctx: Context, m: RegExpMatchArray, at: number): void {
  const weekday = weekdayIndex(m[2])
  const nth = ['first', 'second', 'third', 'fourth'].indexOf((m[1] ?? '').toLowerCase())
  const spec = m[3] ?? ''
  // "of the new year", "of 2024": January; "the first … of the year" January, "the last … of the year" December.
  const wholeYear = /^(?:the\s+year|(?:19|20)\d{2})$/i.test(spec)
  const month = /new\s+year/i.test(spec) ? 0 : wholeYear ? (nth >= 0 ? 0 : 11) : monthIndex(spec)
  if (weekday < 0 || month < 0) return
  const thisYear = ctx.published.getFullYear()
  const written = /^(?:19|20)\d{2}$/.test(spec) ? spec : m[4]
  const year = written !== undefined ? Number(written) : month <= ctx.published.getMonth() ? thisYear : thisYear - 1
  let date: Date
  if (nth >= 0) {
    date = new Date(year, month, 1)
    while (mondayFirst(date) !== weekday) date = addDays(date, 1)
    date = addDays(date, 7 * nth)
  } else {
    date = endOfMonth(new Date(year, month, 1))
    while (mondayFirst(date) !== weekday) date = addDays(date, -1)
  }
  addResolved(ctx, at, at + m[0].length, single(date), false)
}

/** Words before a named day that move the event off it: "the days before Christmas", "after New Year's Day". */
const OFF_THE_DAY = /\b(?:before|after|ahead of|until|till|prior to|following|leading up to|run-up to|by)\s+(?:the\s+)?$/i

/** "five days before" (Christmas), "two days after" (Thanksgiving): a count of days off a named day. */
const COUNTED_OFF_THE_DAY =
  /(?<!\b(?:the|until|till|within|in|over|during|for|next|past|last|first|those|these)\s+)\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days? (before|after)\s+$/i

/** A named day: the most recent on or before publication (the next one in a forward-looking sentence), or the year written after it. */
function addNamedDay(on: (year: number) => Date) {
  return (ctx: Context, m: RegExpMatchArray, at: number): void => {
    // "five days before Christmas": a day counted from the named one, as a day of its own.
    const counted = COUNTED_OFF_THE_DAY.exec(ctx.sentence.slice(0, at))
    if (OFF_THE_DAY.test(ctx.sentence.slice(0, at)) && counted === null) return
    const year = /^,? ((?:19|20)\d{2})\b/.exec(ctx.sentence.slice(at + m[0].length))
    const end = at + m[0].length + (year?.[0].length ?? 0)
    const { forward, since } = governance(ctx, at, end)
    const thisYear = ctx.published.getFullYear()
    let date = on(year ? Number(year[1]) : thisYear)
    if (!year && forward && day(date) < ctx.publishedDay) date = on(thisYear + 1)
    const strictlyBefore = /\blast\s+$/i.test(ctx.sentence.slice(0, at))
    if (!year && !forward && (day(date) > ctx.publishedDay || (strictlyBefore && day(date) === ctx.publishedDay))) date = on(thisYear - 1)
    const off = counted === null ? 0 : (/^before$/i.test(counted[2] ?? '') ? -1 : 1) * (SMALL[(counted[1] ?? '').toLowerCase()] ?? Number(counted[1]))
    // "Three days before Christmas", on 24 December: this year's, the counted day being past.
    if (!year && !forward && counted !== null && day(addDays(on(thisYear), off)) <= ctx.publishedDay) date = on(thisYear)
    if (!year && !forward && !strictlyBefore) date = fromAnchor(ctx, date, on)
    if (counted !== null) {
      addResolved(ctx, counted.index, end, single(addDays(date, off)), since)
    } else addResolved(ctx, at, end, single(date), since)
  }
}

/**
 * "Hours later", "around the same time", "that evening", "that same evening", "late in the evening", "23 November, late evening", "a different picture of
 * the evening": the day the sentence named before it, else
 * the day the text was just talking about, else the publication day. Read after chrono, so that a day the sentence
 * names first is known; chrono never sees these.
 */
export const SAME_DAY =
  /\b(?:(?:a few |several |some |two |three |four )?hours (?:later|earlier|afterwards?)|(?:earlier|later) (?:in|during) the day|(?:during|throughout)(?<=\b(?:attacks?|strikes?|attempts?|incidents?|times)\b[^.;:]{0,60}?(?:during|throughout)) the day(?!\s+(?:and|or)\b)(?!,?\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d))|(?:a few |several |some )?minutes (?:later|earlier|afterwards?)|(?:at )?(?:around|about|roughly) the same time|(?:later |early |earlier )?that (?:same )?(?:morning|afternoon|evening|night)|(?:on |in |during )?the same (?:morning|afternoon|evening|night)|(?:(?:late|early) )?(?:in|during) the (?:early |late )?(?:morning|afternoon|evening)|(?:late|early)(?<!\b(?:this|that|last|yesterday|tomorrow) (?:late|early)) (?:morning|afternoon|evening)|shortly (?:afterwards?|after that)|(?:morning|afternoon|evening|night)(?<=,\s(?:morning|afternoon|evening|night))(?=\s*[:;,.])|the(?<=\b(?:of|for|through) the) (?:morning|afternoon|evening|night)(?!\s+(?:of|before|after)\b))\b(?!\s+of\s+(?:yesterday|today|[A-Z0-9]))/gi

/**
 * "that Friday", "the same Wednesday", "that same Sunday", "that very Monday", "on the Wednesday afternoon": a weekday of the days in hand (anchoredRules), read by chrono only when the text named no day before.
 * "told reporters that Thursday evening's attack": "that" opens the clause, and the possessive day is chrono's.
 */
const THAT_WEEKDAY =
  /\b(?:that(?: same)?|the same|that very|(?<=\bon )the(?= \w+day\b(?!\s+(?:before|after|of|following|prior)\b))) (mon|tues|wednes|thurs|fri|satur|sun)day\b(?!['’]s|\s+(?:morning|afternoon|evening|night)['’]s)(?:\s+(?:morning|afternoon|evening|night)\b)?/gi

/** "the morning after two drones attacked …": a time of a day counted from what follows (not a named day, weekday or date). */
const THE_MORNING_AFTER = new RegExp(
  String.raw`\bthe (?:morning|afternoon|evening|night) (?:after|before)\b(?!\s+(?:Christmas|Thanksgiving|New Year|Boxing Day|Easter|Eid|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTH_WORD}\.?\s+\d|\d))`,
  'gi',
)

/** A day that opens a sentence as its entry's, before a colon or dash: "10 November:", "Nov. 10 —", "YYYY-MM-DD:". */
const A_DAY_WRITTEN = new RegExp(
  String.raw`^\W*(?:\d{1,2}\s+${MONTH_WORD}\.?|${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2})(?:,?\s+\d{4})?\s*[:—–-]`,
  'i',
)

/** A numeric date whose two first numbers are both 12 or less, with the weekday written before it, if any. */
const AMBIGUOUS_NUMERIC_DATE = /\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\(?)?(0?[1-9]|1[0-2])([-/.])(0?[1-9]|1[0-2])\3((?:19|20)\d\d)\b/gi

function addAmbiguousNumericDate(ctx: Context, m: RegExpMatchArray, at: number): void {
  const [a, b, year] = [Number(m[2]), Number(m[4]), Number(m[5])]
  if (a === b) return
  const readings = [new Date(year, b - 1, a), new Date(year, a - 1, b)]
  const weekday = weekdayIndex(m[1])
  const named = weekday === -1 ? readings : readings.filter((d) => getISODay(d) - 1 === weekday)
  const past = named.filter((d) => day(d) <= ctx.publishedDay).sort((x, y) => y.getTime() - x.getTime())
  const chosen = named.length === 1 ? named[0] : past[0]
  if (chosen !== undefined) add(ctx, at, at + m[0].length, single(chosen), 'point')
}

/** The weekdays' stems before "day", Monday first, as ISO numbers them less one. */
const WEEKDAY_STEMS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun']
/** Monday 0 … Sunday 6 for a stem the patterns below captured. */
export const weekdayIndex = (stem: string | undefined): number => WEEKDAY_STEMS.indexOf((stem ?? '').toLowerCase())

/** The last day of part of a year, "early 2022", "autumn 2022": its month and day. */
const PART_OF_YEAR_ENDS: Record<string, string> = {
  early: '04-30',
  spring: '05-31',
  mid: '08-31',
  summer: '08-31',
  autumn: '11-30',
  fall: '11-30',
  late: '12-31',
  winter: '12-31',
}

/** Relative phrases chrono does not read, or reads as one exact day when they are spans. Each rule is one phrase family. */
const phraseRules: PhraseRule[] = [
  [WEEKDAY_OFF_A_NAMED_DAY, addWeekdayOffANamedDay],
  [NTH_WEEKDAY_OF_MONTH, addNthWeekdayOfMonth],
  ...NAMED_DAYS.map(([pattern, on]): PhraseRule => [WITH_TIME_OF_DAY(pattern), addNamedDay(on)]),
  // "were hit again this summer", "last autumn the faction warned …": a season, a span of months, not the day in hand.
  [/\b(this|this past|last) (spring|summer|autumn|fall|winter)\b(?!\s+(?:of|19\d\d|20\d\d)\b)/gi, addSeason],
  // "on Tuesday 3-12-2024": a numeric date that reads either way round (both numbers 12 or less). The weekday named with
  // it decides, else the reading nearest before the day of publication; chrono alone reads it month first.
  [AMBIGUOUS_NUMERIC_DATE, addAmbiguousNumericDate],
  // "were hurt a week ago when drones reached two bases": a week before the day of publication, as "seven days ago" is.
  // Not "about a week ago", "more than a week ago", "two weeks ago": too loose to date an event.
  [
    /(?<!\b(?:about|around|roughly|nearly|almost|over|than|some|under|within|in|for|of|just|barely|only|perhaps|maybe)\s)\ba week ago\b(?!\s+(?:today|tonight|yesterday|or|and|to)\b)/gi,
    (ctx, m, at) => add(ctx, at, at + m[0].length, single(subDays(ctx.today, 7)), 'point'),
  ],
  // "a week ago today", "two weeks ago yesterday": whole weeks before the day named. Before "today", which it holds.
  [
    /\b(a|one|two|three) weeks? ago (today|tonight|yesterday)\b/gi,
    (ctx, m, at) => {
      const weeks = SMALL[(m[1] ?? '').toLowerCase()] ?? 1
      add(ctx, at, at + m[0].length, single(subDays(ctx.today, 7 * weeks + (/yesterday/i.test(m[2] ?? '') ? 1 : 0))), 'point')
    },
  ],
  // "the night of Friday-Saturday", "overnight Friday into Saturday", "the night from (or of) Thursday to Friday": the first of
  // the two days, the evening it began;
  // "shortly after midnight on Friday-Saturday", "at dawn on Friday-Saturday": the second.
  [
    /\b(?:((?:shortly |just |soon )?(?:after|past) midnight|(?:at |before |around )?dawn|in the early hours)(?: on| of)? )?(?:(?:the )?night (?:of|between|from) |overnight )?(?:on )?(mon|tues|wednes|thurs|fri|satur|sun)day(?:\s*[-–/]\s*|\s+into\s+|(?<=\bnight between (?:on )?\w+day)\s+and\s+|(?<=\bnight (?:from|of) (?:on )?\w+day)\s+to\s+)(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi,
    (ctx, m, at) => {
      const first = weekdayIndex(m[2])
      const second = weekdayIndex(m[3])
      if ((first + 1) % 7 !== second) return
      // The latest night that began on or before publication (a live blog or a late wire story is stamped with the
      // night's first day): its first day is the last such weekday up to publication.
      const back = (getISODay(ctx.published) - 1 - first + 7) % 7
      const evening = subDays(ctx.published, back)
      add(ctx, at, at + m[0].length, single(m[1] ? addDays(evening, 1) : evening), 'point')
    },
  ],
  // "on Monday (5/8)", "Monday, 8/5/2024", "Tuesday 1-10-2024": a weekday beside a date in figures. Outlets write day and
  // month in either order (day first in the Arab press, Indonesia or Britain, month first in the U.S.): the order whose
  // day falls on the weekday named is the day meant; when both or neither do, no day. With a dash or a dot, only with
  // the year ("Monday 5-8" may be a count).
  [
    /\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s*\(?(\d{1,2})([/.-])(\d{1,2})(?:\3(\d{4}|\d{2}))?\b\)?/gi,
    (ctx, m, at) => {
      const first = Number(m[2])
      const second = Number(m[4])
      if (m[3] !== '/' && m[5]?.length !== 4) return
      const written = m[5] === undefined ? null : Number(m[5].length === 2 ? `20${m[5]}` : m[5])
      const days = new Set<string>()
      for (const [month, dayOfMonth] of [
        [second, first],
        [first, second],
      ] as const) {
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) continue
        let year = written ?? ctx.published.getFullYear()
        let date = new Date(year, month - 1, dayOfMonth)
        if (written === null && date > ctx.published) date = new Date(--year, month - 1, dayOfMonth)
        if (date.getMonth() === month - 1 && getISODay(date) - 1 === weekdayIndex(m[1])) days.add(day(date))
      }
      if (days.size === 1) addResolved(ctx, at, at + m[0].length, single(parseISO([...days][0] ?? '')), false)
    },
  ],
  // "Wednesday the 18th", "on Sunday, the 28th": a weekday and a day of the month, as speakers give them. The latest such
  // day up to publication, in its month or one of the two before. When none fits, the weekday alone is read as any other.
  [
    /\b(mon|tues|wednes|thurs|fri|satur|sun)day,? the (\d{1,2})(?:st|nd|rd|th)\b/gi,
    (ctx, m, at) => {
      const dayOfMonth = Number(m[2])
      for (let back = 0; back < 3; back++) {
        const date = new Date(ctx.published.getFullYear(), ctx.published.getMonth() - back, dayOfMonth)
        if (date.getDate() !== dayOfMonth || date > ctx.published) continue
        if (getISODay(date) - 1 === weekdayIndex(m[1])) return addResolved(ctx, at, at + m[0].length, single(date), false)
      }
    },
  ],
  // "on Monday of the previous week", "Monday of last week", "Monday a week earlier": that weekday in the week before publication.
  [
    /\b(?:on )?(mon|tues|wednes|thurs|fri|satur|sun)day,? (?:of (?:the )?(?:previous|prior|last) week|(?:of )?last week|(?:a|one) week (?:earlier|before))\b/gi,
    (ctx, m, at) => {
      const monday = startOfISOWeek(subWeeks(ctx.published, 1))
      add(ctx, at, at + m[0].length, single(addDays(monday, weekdayIndex(m[1]))), 'point')
    },
  ],
  // "the night before last", "the day before yesterday": two days before publication.
  [
    /\b(?:the )?(?:night|day|evening) before (?:last|yesterday)\b/gi,
    (ctx, m, at) => add(ctx, at, at + m[0].length, single(subDays(ctx.published, 2)), 'point'),
  ],
  // "last night": the evening before publication. chrono gives the publication day, and folds "11:30 p.m. last night" into a time.
  [
    /\b(?:late |early )?last night\b/gi,
    (ctx, m, at) => addResolved(ctx, at, at + m[0].length, single(subDays(ctx.today, 1)), governance(ctx, at, at + m[0].length).since),
  ],
  // "today", "tonight", "this morning", "earlier today": the publication day, also after a time ("at 10 a.m. this morning").
  [
    /\b(?:(?:earlier|later|early|late) )?(?:today|tonight|this (?:morning|afternoon|evening))\b/gi,
    (ctx, m, at) => addResolved(ctx, at, at + m[0].length, single(ctx.today), governance(ctx, at, at + m[0].length).since),
  ],
  // "earlier this week", "this week": Monday of the publication week to the day before publication.
  [
    /\b(?:earlier |early |late )?this week\b/gi,
    (ctx, m, at) => {
      const monday = startOfISOWeek(ctx.published)
      const since = governance(ctx, at, at + m[0].length).since
      add(ctx, at, at + m[0].length, range(monday, subDays(ctx.published, /earlier/i.test(m[0]) ? 1 : 0)), since ? 'since' : 'point')
    },
  ],
  // "last week", "the previous week": the whole ISO week before publication. chrono gives one exact day.
  [
    /\b(?:last|previous|prior) week\b/gi,
    (ctx, m, at) => {
      // "the first strike since last week's U.S. raids": the start of a span, no day of an event.
      const monday = startOfISOWeek(subWeeks(ctx.published, 1))
      add(ctx, at, at + m[0].length, range(monday, addDays(monday, 6)), governance(ctx, at, at + m[0].length).since ? 'since' : 'point')
    },
  ],
  // "earlier this month", "early this month", "this month": the publication month up to publication, its first ten days
  // for "early". chrono reads none of them, and the sentence would take the day before it.
  [
    /\b(?:(earlier|early) )?this month\b/gi,
    (ctx, m, at) => {
      const first = new Date(ctx.published.getFullYear(), ctx.published.getMonth(), 1)
      const last = m[1]?.toLowerCase() === 'early' ? min([addDays(first, 9), ctx.published]) : m[1] ? subDays(ctx.published, 1) : ctx.published
      add(ctx, at, at + m[0].length, range(first, last), 'point')
    },
  ],
  // "Last month, three service members were wounded": the calendar month before publication, as a span. Read as no day
  // at all, the sentence took the story's day, and the earlier attack's toll with it.
  [
    /\b(?:(?:early|late|earlier|later) )?last month\b/gi,
    (ctx, m, at) => {
      const first = new Date(ctx.published.getFullYear(), ctx.published.getMonth() - 1, 1)
      add(ctx, at, at + m[0].length, range(first, endOfMonth(first)), 'point')
    },
  ],
  // "on March 23 last year", "23 March last year": that day of the year before publication; chrono reads this year's.
  [
    new RegExp(String.raw`\b(?:(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME})),?\s+last year\b`, 'gi'),
    (ctx, m, at) => {
      const month = monthIndex(m[1] ?? m[4] ?? '')
      const dom = Number(m[2] ?? m[3])
      const date = new Date(ctx.published.getFullYear() - 1, month, dom)
      if (month >= 0 && date.getDate() === dom) addResolved(ctx, at, at + m[0].length, single(date), governance(ctx, at, at + m[0].length).since)
    },
  ],
  // "last weekend": the Saturday and Sunday before publication.
  [
    /\b(?:last|this past|over the) weekend\b/gi,
    (ctx, m, at) => {
      const sunday = subDays(ctx.published, getISODay(ctx.published) % 7 || 7)
      add(ctx, at, at + m[0].length, range(subDays(sunday, 1), sunday), 'point')
    },
  ],
  // "on the 4th": a day of the publication month (or of the month before, when later than publication), or of the month
  // the paragraph named before it.
  [
    /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|anniversary|attack|time|day|floor))/gi,
    (ctx, m, at) => {
      const dom = Number(m[1])
      let date = new Date(ctx.published.getFullYear(), ctx.published.getMonth(), dom)
      if (dom > ctx.published.getDate()) date = new Date(ctx.published.getFullYear(), ctx.published.getMonth() - 1, dom)
      // "Take October. On the 14th, …": the month the paragraph named, when that day is not after publication.
      if (ctx.monthAnchor !== null) {
        const anchored = new Date(Number(ctx.monthAnchor.slice(0, 4)), Number(ctx.monthAnchor.slice(5, 7)) - 1, dom)
        if (anchored.getDate() === dom && anchored <= ctx.published) date = anchored
      }
      // "In January, on the 28th, …": the month just before it, of its year or the last one before publication.
      const month = MONTH_JUST_BEFORE.exec(ctx.written.slice(Math.max(0, at - 40), at))
      if (month !== null) {
        const index = monthIndex(month[1] ?? '')
        const on = (year: number): Date => new Date(year, index, dom)
        const year = month[2] !== undefined ? Number(month[2]) : ctx.published.getFullYear()
        let named = on(year)
        if (month[2] === undefined && named > ctx.published) named = on(year - 1)
        if (month[2] === undefined) named = fromAnchor(ctx, named, on)
        if (named.getDate() === dom) {
          add(ctx, at - month[0].length, at + m[0].length, single(named), named > ctx.published ? 'future' : 'point')
          return
        }
      }
      if (date.getDate() === dom) add(ctx, at, at + m[0].length, single(date), 'point')
    },
  ],
  // "in recent days", "over the past two weeks", "in the last month": an aggregate span up to publication.
  [
    /\b(?:in|over|during|within) (?:the )?(?:recent|past|last|previous|preceding) (?:(few|several|couple of|two|three|four|five|six|ten|\d+) )?(days|weeks|months)\b/gi,
    (ctx, m, at) => {
      const counts: Record<string, number> = { few: 3, several: 4, 'couple of': 2, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 }
      const n = m[1] ? (counts[m[1].toLowerCase()] ?? Number(m[1])) : 2
      const unit = (m[2] ?? 'days').toLowerCase()
      const days = unit.startsWith('day') ? n : unit.startsWith('week') ? n * 7 : n * 30
      add(ctx, at, at + m[0].length, range(subDays(ctx.published, days), ctx.published), 'since')
    },
  ],
  // "in 2020", "since 2019", "back in 2020": a bare year long before publication is history.
  [
    /\b(?:in|since|during|back in|of) ((?:19|20)\d{2})\b/gi,
    (ctx, m, at) => {
      const year = Number(m[1])
      if (year <= ctx.published.getFullYear() - 2 || (year === ctx.published.getFullYear() - 1 && ctx.published.getMonth() > 2)) {
        add(ctx, at, at + m[0].length, { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'range' }, 'historical')
      }
    },
  ],
  // "in autumn 2022", "in the summer of 2021", "in early 2022": part of a year that ended over a year before publication
  // is history. "in late 2023", a year on, may be the campaign's first months.
  [
    /\b(?:in|since|during|back in|of) (?:the )?(?:(early|late|mid-?)\s*|(spring|summer|autumn|fall|winter)(?: of)? )((?:19|20)\d{2})\b/gi,
    (ctx, m, at) => {
      const year = Number(m[3])
      const end = `${year}-${PART_OF_YEAR_ENDS[(m[1] ?? m[2] ?? '').toLowerCase().replace(/-$/, '')] ?? '12-31'}`
      if (differenceInCalendarDays(ctx.published, parseISO(end)) > 365)
        add(ctx, at, at + m[0].length, { start: `${year}-01-01`, end, precision: 'range' }, 'historical')
    },
  ],
]

/** A day written with its month anywhere in a sentence: "Oct. 18", "18 October". */
const DAY_WITH_MONTH = new RegExp(String.raw`\b${MONTH_WORD}\.?\s+\d{1,2}\b|\b\d{1,2}\s+${MONTH_WORD}\b`, 'i')

/** The months of each season, as outlets mean them in the northern hemisphere: first month (0-based) and length. */
const SEASONS: Record<string, [number, number]> = { spring: [2, 3], summer: [5, 3], autumn: [8, 3], fall: [8, 3], winter: [11, 3] }

/**
 * "this summer", "last winter": a span of months, never a day. "this" is the most recent such season that has begun (the
 * winter that began last December, in January or February); "last" the most recent that has ended.
 */
function addSeason(ctx: Context, m: RegExpMatchArray, at: number): void {
  const [first, months] = SEASONS[(m[2] ?? '').toLowerCase()] ?? [0, 0]
  // "After the Oct. 18 drone attacks … last fall": the season only says when the day written beside it fell.
  if (months === 0 || DAY_WITH_MONTH.test(ctx.sentence)) return
  // "has been hit repeatedly since last summer": a count since then, which this reading would make an attack of its own.
  if (/\bsince\s+$/i.test(ctx.sentence.slice(0, at))) return
  let start = new Date(ctx.published.getFullYear(), first, 1)
  if (start > ctx.published) start = new Date(start.getFullYear() - 1, first, 1)
  const endOf = (from: Date): Date => endOfMonth(new Date(from.getFullYear(), first + months - 1, 1))
  // "last summer": the most recent one that has ended; in the summer itself, the one before.
  if (/^last$/i.test(m[1] ?? '') && endOf(start) >= ctx.published) start = new Date(start.getFullYear() - 1, first, 1)
  const end = endOf(start)
  add(ctx, at, at + m[0].length, range(start, end), 'point')
}

/** Phrases that count from the day the text was just talking about: run after the other dates are found. */
const anchoredRules: PhraseRule[] = [
  [
    SAME_DAY,
    (ctx, m, at) => {
      const anchor = anchorAt(ctx, at)
      // "In August 2022, rockets wounded three troops, and helicopters struck back the same night": a night of that older,
      // coarser time, which names no day; not the publication day.
      if (anchor === null && ctx.found.some((f) => f.end <= at && (f.role === 'historical' || f.span.precision === 'month'))) return
      // With no day before it, a bare "in the afternoon" is the publication day's.
      addAnchored(ctx, at, at + m[0].length, anchor !== null ? single(parseISO(anchor)) : single(ctx.published))
    },
  ],
  [
    /\b((?:came|come|comes|was|were)\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days? (earlier|before|later|after)\b/gi,
    (ctx, m, at) => {
      // "Two days after the attack, officials said" dates its own clause, not the attack: "after" without "came" counts
      // back only from a day the sentence named before it ("returned on Friday, five days after a drone struck …").
      // The clause after "after" must tell the attack: "on April 21, one day after Sudani left, rockets were fired" does not.
      const named = ctx.found.some((f) => f.role === 'point' && f.span.precision === 'day' && f.end <= at)
      const clause = /^[^,;.]*/.exec(ctx.sentence.slice(at + m[0].length))?.[0] ?? ''
      // "… two days after a drone killed three soldiers at Tower 22": a weapon that killed tells the attack as well.
      const tellsAttack = ATTACK.test(clause) || /\b(?:drones?|rockets?|missiles?|mortars?)\b[^,;.]*\b(?:killed|wounded|injured)\b/i.test(clause)
      if (/after/i.test(m[3] ?? '') && !m[1] && !(named && tellsAttack)) return
      // "The attack came a day after Sudani told Blinken …": counted back to a day of talk, an occasion, not the story's day.
      // (The points of "U.S." end no clause: "came a day after a U.S. drone strike killed …" counts back to the strike.)
      const toSpeech = /^(?:[^,;.]|\.(?=[A-Za-z]\.)|(?<=\b[A-Z]\.[A-Z])\.)*?(?=\b(?:told|tells|said|says|warned|vowed|pledged|promised|urged|called)\b)/.exec(
        ctx.sentence.slice(at + m[0].length),
      )?.[0]
      // Not when the words said tell the attack: "a day after militants said to be from Kataib Hezbollah fired rockets at
      // Victory Base", "a day after the Islamic Resistance said its fighters had hit Harir".
      const said = toSpeech === undefined ? '' : ctx.sentence.slice(at + m[0].length + toSpeech.length)
      const aboutTalk =
        toSpeech !== undefined && !ATTACK.test(toSpeech) && !/\b(?:strikes?|struck|killed|raids?|bomb\w*)\b/i.test(toSpeech) && !PAST_ATTACK.test(said)
      if (/after/i.test(m[3] ?? '') && m[1] && aboutTalk) {
        const talk = countedDay(ctx, m, at)
        if (talk !== null) add(ctx, at, at + m[0].length, single(talk), 'occasion')
        return
      }
      // "The strike comes five days after a drone hit the base in Rmeilan on Friday evening": the day the rest of the
      // sentence names is the other event's own, better than one counted. Not a weekday set right beside the count that
      // the count falls on ("Six days before that, on Wednesday evening, …"): that names the counted day again.
      const counted = countedDay(ctx, m, at)
      const beside = (f: DateMention): boolean =>
        counted !== null &&
        WEEKDAY_ONLY.test(f.text.trim()) &&
        /^\s*(?:that\b)?[\s,]{0,4}$/.test(ctx.written.slice(at + m[0].length, f.start)) &&
        weekdayOf(single(counted).start) === weekdayOf(f.span.start)
      if (
        /after|before/i.test(m[3] ?? '') &&
        ctx.found.some((f) => f.role === 'point' && f.span.precision === 'day' && f.start >= at + m[0].length && !beside(f))
      )
        return
      if (counted !== null) addAnchored(ctx, at, at + m[0].length, single(counted))
    },
  ],
  // "the previous day", "the day before": one day before the day the text was just talking about ("a day earlier" is the rule above's).
  [
    /\b(?:the previous day|the day before|the prior day|the (?:night|evening) before|the previous (?:night|evening))\b/gi,
    (ctx, m, at) => {
      // "the night before Iranian President Pezeshkian arrived in Baghdad": before another event, named, not the day before.
      if (/before$/i.test(m[0]) && /^\s+(?!The\b)[A-Z]/.test(ctx.written.slice(at + m[0].length, at + m[0].length + 4))) return
      // "had engaged three drones over the previous day": the stretch of a day up to the telling, not the day before.
      if (/\b(?:over|within|throughout)\s+$/i.test(ctx.sentence.slice(Math.max(0, at - 12), at))) return
      // "On November 23 itself, the day before the truce, …": set beside a day just named, it says what that day was.
      const named = ctx.found.filter((f) => f.role === 'point' && f.end <= at).at(-1)
      if (named !== undefined && /before$/i.test(m[0]) && /^\s*(?:itself\s*)?,\s*$/i.test(ctx.sentence.slice(named.end, at))) return
      const anchor = anchorAt(ctx, at)
      if (anchor !== null) addAnchored(ctx, at, at + m[0].length, single(subDays(parseISO(anchor), 1)))
    },
  ],
  // "late on January 27, and that after midnight its drones hit al-Tanf": the day after a late evening or night the
  // sentence named before it. Not "On Monday, shortly after midnight" (early that day), nor "after midnight on Tuesday".
  [
    /\b(?:(?:shortly|just|soon|well)\s+)?(?:after|past)\s+midnight\b(?![,\s]*(?:on\s+|of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))/gi,
    (ctx, m, at) => {
      const days = ctx.found.filter((f) => f.end <= at && f.role === 'point' && f.span.precision === 'day')
      const day = days.at(-1)
      if (day === undefined) return
      // "on January 28 in the evening": the evening of a calendar day written right before it (not "the same night").
      const afterADate = (d: DateMention): boolean => days.some((o) => o !== d && o.end <= d.start && d.start - o.end <= 2 && CALENDAR_WORD.test(o.text))
      const before = ctx.sentence.slice(Math.max(0, day.start - 40), day.start)
      const late =
        /\b(?:late|night|evening)\b(?:\s+(?:on|of))?\s*$/i.test(before.slice(-20)) ||
        (/\b(?:night|evening)\b/i.test(day.text) && (CALENDAR_WORD.test(day.text) || afterADate(day))) ||
        /^\s*,?\s*(?:(?:late\s+)?(?:at\s+)?night|(?:in\s+the\s+)?(?:late\s+)?evening)\b/i.test(ctx.sentence.slice(day.end, day.end + 25))
      // "In a statement late on Saturday, the group said that shortly after midnight …": the late day is the statement's.
      const said = /\b(?:statement|announcement|post|posts|said|says|announced|told)\b[^,;]{0,25}$/i.test(before)
      if (late && !said) addAnchored(ctx, at, at + m[0].length, single(addDays(parseISO(day.span.start), 1)))
    },
  ],
  // "the following day", "the next day": one day after the day the text was just talking about.
  [
    /\b(?:the following day|the next day|the day after|the (?:following|next) (?:morning|afternoon|night|evening)|the (?:morning|afternoon|evening|night) after(?=\s*[,;.]|\s*$))\b/gi,
    (ctx, m, at) => {
      const anchor = anchorAt(ctx, at)
      if (anchor !== null) addAnchored(ctx, at, at + m[0].length, single(addDays(parseISO(anchor), 1)))
    },
  ],
  // "hit the landing zone that Friday": the Friday of the days the text was just talking about, not the last one before
  // publication. The weekday within three days of the day in hand.
  [
    THAT_WEEKDAY,
    (ctx, m, at) => {
      // Without a day in hand, or one written before it in the sentence, chrono read it (findDates), as the last such weekday.
      if (ctx.previousDay === null && !A_DAY_WRITTEN.test(ctx.sentence.slice(0, at))) return
      const anchor = anchorAt(ctx, at)
      if (anchor === null) return
      const from = parseISO(anchor)
      const offset = [0, -1, 1, -2, 2, -3, 3].find((d) => getISODay(addDays(from, d)) - 1 === weekdayIndex(m[1]))
      if (offset !== undefined) addAnchored(ctx, at, at + m[0].length, single(addDays(from, offset)))
    },
  ],
  // "the same day", "later that day": the day the text was just talking about.
  [
    /\b(?:the same day|later that day|that same day|earlier that day)\b/gi,
    (ctx, m, at) => {
      const anchor = anchorAt(ctx, at)
      // "On the same day, a drone hit Harir … at 4:29 pm on Friday": a weekday or date the sentence writes after it, not as
      // the day someone spoke ("…, the ministry said on Friday", as `markSpoken` reads it), is the day; where the two differ,
      // it wins.
      const written = ctx.found.find(
        (f) =>
          f.start > at &&
          f.role === 'point' &&
          f.span.precision === 'day' &&
          CALENDAR_WORD.test(f.text) &&
          !SPOKEN_BEFORE.test(ctx.sentence.slice(0, f.start)) &&
          !spokenAfter(ctx.sentence, f.end),
      )
      if (anchor !== null && (written === undefined || written.span.start === anchor)) addAnchored(ctx, at, at + m[0].length, single(parseISO(anchor)))
    },
  ],
]

/**
 * The day a relative expression at `at` ("eight days later", "the next day", "that evening") counts from: the last day the
 * sentence named before it; with none, the day in hand (`fallback`), unless the sentence set an older or coarser time
 * before it ("In November 2022, rockets hit al-Omar and, eight days later, al-Shaddadi"), which it counts from instead: no day.
 */
function anchorAt(ctx: Context, at: number, fallback: string | null = ctx.previousDay): string | null {
  const before = ctx.found.filter((f) => f.end <= at)
  const day = before.filter((f) => f.role === 'point' && f.span.precision === 'day').at(-1)
  if (day !== undefined) return day.span.start
  // Only a time that opens the sentence governs it: not "Ain al-Asad, hit by Iranian missiles in 2020, was struck the next day".
  const opens = (f: DateMention): boolean => OPENING_TIME.test(ctx.sentence.slice(0, f.start))
  return before.some((f) => (f.role === 'historical' || (f.role === 'point' && f.span.precision === 'month')) && opens(f)) ? null : fallback
}

/** Words before a time that opens its sentence: "In", "Back in", "During", "Early in". */
const OPENING_TIME = /^\W*(?:(?:back|as early as|as far back as|early|late)\s+)?(?:in|during|by|on)?\s*$/i

/** Small counts as words: "two days after". */
export const SMALL: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }

/** "Two days earlier", "three days later", "came two days after …": the day counted from the day just mentioned, if any. */
function countedDay(ctx: Context, m: RegExpMatchArray, at: number): Date | null {
  const n = SMALL[(m[2] ?? '').toLowerCase()] ?? Number(m[2])
  // "The attack came two days after …" counts from the event reported last, not from the last day mentioned.
  const anchor = anchorAt(ctx, at, m[1] ? (ctx.eventDay ?? ctx.previousDay) : ctx.previousDay)
  if (anchor === null || !Number.isFinite(n)) return null
  // "X came two days after Y": Y is two days before the day in hand; "two days later": after it.
  const sign = /later/i.test(m[3] ?? '') ? 1 : -1
  return addDays(parseISO(anchor), sign * n)
}

/**
 * What may follow the last day of a range: the end of a clause, or a word that goes on with a time ("July 25–26 at the
 * base"), not a noun that makes the number a count ("Oct. 18 – 24 U.S. troops were hurt", "Oct. 19 – 21 service members").
 */
const RANGE_ENDS = String.raw`(?=\s*(?:[,.;:)\]|—–]|$)|\s+(?:and|in|at|on|of|when|as|after|before|during|while|against|with|near|to|the|a|an)\b)`
/** Right after a month and day, the last day of a range: "(July 25)–26", "(July 25)-26" (not a time, "–26:30", or a count). */
const DAY_RANGE_AFTER = new RegExp(String.raw`^\s*[–-]\s*(\d{1,2})\b(?![:.]\d)${RANGE_ENDS}`, 'i')

/** Resolves one chrono result against the publication day with news' past-tense defaults. */
/** After a month without its year, another month with one: " and September 2022", " to March 2023", " or October, 2020". */
const YEAR_OF_THE_NEXT_MONTH = new RegExp(String.raw`^\s*(?:and|or|to|through|until|-|–|—)\s+(?:(?:early|late|mid)-?\s*)?${MONTH_NAME}\.?,?\s+(\d{4})\b`, 'i')

function resolveChrono(ctx: Context, result: chrono.ParsedResult): void {
  const c = result.start
  // chrono takes the comma after "on Tuesday," into its text, and the one before it when a rule's phrase was blanked.
  const start = result.index + (/^[\s,]*/.exec(result.text)?.[0].length ?? 0)
  const end = result.index + result.text.replace(/[\s,]+$/, '').length
  if (end <= start) return
  const before = ctx.sentence.slice(Math.max(0, start - 12), start).toLowerCase()
  const { forward, since } = governance(ctx, start, end)
  const { publishedDay } = ctx
  const finish = (span: DateSpan): void => addResolved(ctx, start, end, span, since)

  const tags = result.tags()
  // "a video of a fire at night": no night in particular.
  if (/^night$/i.test(result.text.trim()) && /\bat\s+$/i.test(ctx.sentence.slice(Math.max(0, start - 4), start))) return
  // "At about 4:15 on Friday morning": chrono reads "4:15 on Friday" and then "morning" alone, which is that Friday's.
  if (
    /^(?:morning|afternoon|evening|night)$/i.test(result.text.trim()) &&
    /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+$/i.test(ctx.sentence.slice(Math.max(0, start - 12), start))
  )
    return
  if (
    tags.has('casualReference/today') ||
    tags.has('casualReference/tonight') ||
    tags.has('casualReference/yesterday') ||
    tags.has('casualReference/now') ||
    /^(this )?(morning|evening|afternoon)$|^(last )?night$|^tonight$|^today$|^yesterday$/i.test(result.text.trim())
  ) {
    const y = c.get('year')
    const mo = c.get('month')
    const d = c.get('day')
    if (y !== null && mo !== null && d !== null) finish(single(new Date(y, mo - 1, d)))
    return
  }
  // "in a second", "two weeks ago": relative offsets are too vague to date an event, except whole days ("three days ago").
  if (tags.has('result/relativeDate') || [...tags].some((t) => t.includes('TimeUnit'))) {
    const ago = /^(\d+|one|two|three|four|five|six|seven|a) days? ago$/i.exec(result.text.trim())
    if (ago) finish(single(new Date(c.get('year') ?? 1970, (c.get('month') ?? 1) - 1, c.get('day') ?? 1)))
    return
  }
  if (c.isCertain('day') && c.isCertain('month') && MONTH_OR_NUMERIC.test(result.text)) {
    // "since Oct. 17, 20 times in Iraq": chrono takes ", 20" for the year 2020. Only a written four-digit year is a year.
    const yearWritten = c.isCertain('year') && /\b\d{4}\b/.test(result.text)
    // A stated month and day; without a year, the most recent one on or before publication (or the next one, in a forward-looking sentence).
    const month = c.get('month') ?? 1
    const dom = c.get('day') ?? 1
    let year = yearWritten ? (c.get('year') ?? ctx.published.getFullYear()) : ctx.published.getFullYear()
    let date = new Date(year, month - 1, dom)
    if (date.getMonth() !== month - 1) return // "Feb. 30": not a day
    if (!yearWritten && day(date) > publishedDay && !forward) date = new Date(--year, month - 1, dom)
    if (!yearWritten && day(date) < publishedDay && forward && differenceInCalendarDays(ctx.published, date) > 180) date = new Date(++year, month - 1, dom)
    const latest = date
    if (!yearWritten && !forward) date = fromAnchor(ctx, date, (y) => new Date(y, month - 1, dom))
    // "Sunday, Oct. 27" after a paragraph's "In January <an earlier year>": a weekday written with the day that the anchor's year
    // contradicts, and the most recent reading agrees with, keeps the most recent. (A weekday that is simply wrong, a
    // typo or another time zone's, changes nothing.)
    if (date !== latest && c.isCertain('weekday') && date.getDay() !== c.get('weekday') && latest.getDay() === c.get('weekday')) date = latest
    // "on July 25–26", "July 25-26": two days, not the first of them.
    const through = DAY_RANGE_AFTER.exec(ctx.sentence.slice(end))
    const chronoEnd = result.end?.isCertain('day') === true && new RegExp(`^${RANGE_ENDS}`, 'i').test(ctx.sentence.slice(end)) ? result.end.get('day') : null
    const lastDay = through !== null ? Number(through[1]) : chronoEnd
    const last = lastDay === null ? null : new Date(date.getFullYear(), date.getMonth(), lastDay)
    if (last !== null && last.getMonth() === date.getMonth() && last > date) {
      addResolved(ctx, start, end + (through?.[0].length ?? 0), { start: day(date), end: day(last), precision: 'range' }, since)
      return
    }
    finish(single(date))
    return
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    // A weekday alone: the day the text speaks from itself when it matches (unless "last"), else the most recent one before
    // it. That day is publication's, or a dated entry's (a live blog's heading, a timeline entry's run-in heading).
    const target = c.get('weekday') ?? 0
    const current = ctx.today.getDay()
    const text = (before + result.text).toLowerCase()
    if (/\b(next|this coming|coming)\s+\w*$/.test(before) || (forward && !/\blast\b/.test(text))) {
      const ahead = (target - current + 7) % 7 || 7
      add(ctx, start, end, single(addDays(ctx.today, ahead)), 'future')
      return
    }
    // "on Sunday last week": that weekday of the ISO week before publication's.
    if (/^\s*(?:of\s+)?last week\b/i.test(ctx.sentence.slice(end))) {
      finish(single(addDays(startOfISOWeek(subWeeks(ctx.published, 1)), (target + 6) % 7)))
      return
    }
    // Under a timeline entry's run-in day ("**18 October.** … briefing reporters on Thursday"), the nearest such weekday
    // to it, not after publication.
    if (ctx.aroundEntry) {
      const offset = [0, -1, 1, -2, 2, -3, 3].find((d) => (current + d + 7) % 7 === target && day(addDays(ctx.today, d)) <= ctx.publishedDay)
      if (offset !== undefined) {
        finish(single(addDays(ctx.today, offset)))
        return
      }
    }
    let back = (current - target + 7) % 7
    if (back === 0 && /\blast\s+(?:(?:late|early)\s+)?(?:sun|mon|tues?|wed|thu|thurs|fri|sat)[a-z]*\b/.test(text)) back = 7
    finish(single(subDays(ctx.today, back)))
    return
  }
  if (c.isCertain('month') && !c.isCertain('day') && !/^\s*(this|last|next)\s+month/i.test(result.text)) {
    // A month alone ("in October"): the most recent such month.
    const month = c.get('month') ?? 1
    // "in August and September 2022": the month before another with its year shares that year.
    const shared = c.isCertain('year') ? null : YEAR_OF_THE_NEXT_MONTH.exec(ctx.sentence.slice(end))
    let year = c.isCertain('year') ? (c.get('year') ?? ctx.published.getFullYear()) : shared !== null ? Number(shared[1]) : ctx.published.getFullYear()
    if (!c.isCertain('year') && shared === null && month - 1 > ctx.published.getMonth() && !forward) year--
    const first = new Date(year, month - 1, 1)
    finish({ start: day(first), end: day(endOfMonth(first)), precision: 'month' })
  }
  // Anything else (a bare time, "two weeks ago", "this month") is too vague to date an event.
}

/**
 * Page furniture that chrono would read as a day, blanked (same length) before any rule reads the sentence.
 * Times ("11:30"), scores ("3-2") and version numbers ("2.10.3") need no row: chrono gives them no day.
 */
const NOT_A_DATE: RegExp[] = [
  /\b24 ?\/ ?(?:7|365)\b/g, // "24/7", "News 24/7": round the clock, not 24 July
  /(?<=\()(?:night|early|late|morning|evening|afternoon|overnight)(?=\))/gi, // a table's "21/04 (night)": the time of that day, not tonight
  /[@#][\w.]*\w/g, // "@News24_7", "#Oct7": handles and hashtags
  // "the local evening it describes", "an evening of sirens": an evening as a thing spoken of, no evening in particular
  /(?<=\bthe local\s)(?:morning|afternoon|evening|night)(?=\s+(?:it|that|which|they|he|she|we)\b)|(?<=\b[Aa]n?\s)(?:morning|afternoon|evening|night)\b/g,
  /\b\d{1,2}\/\d{1,2}(?= of\b)/g, // "3/4 of the troops": a fraction
  /(?<=\b[A-Z][\w'’.-]*\s)(?:Today|TODAY|Tonight)\b/g, // "Al-Mashriq Today", "USA Today": a capitalized "Today" after a name is the name's
  // "On January 10, a Wednesday, …": the weekday in apposition names the same day, not the last Wednesday.
  // "17 October 2023, a Tuesday": the same, day first or with its year.
  new RegExp(
    String.raw`(?<=\b(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}(?:\s+\d{4})?),\s+)(?:a|which was a)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b`,
    'g',
  ),
  // "On a Saturday evening, militants launched …", "two rockets hit the base on a Monday": some such weekday, not the last one.
  // Not "a Monday night missile attack", where "a" is the attack's.
  /(?<=\b[Oo]n )a (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?(?=\s*[,.;:—–)]|\s*$)/g,
  // "drones tried to strike the base early one Monday": some Monday, told as a story is, not the last one.
  // Not "one Tuesday at al-Tanf and one Wednesday at Tower 22", where "one" is one of the attacks.
  /(?<=\b(?:[Ee]arly|[Ll]ate|[Oo]n|[Dd]uring)\s)one (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\b|\b[Oo]ne (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?(?=\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z]|\d|early|late|spring|summer|autumn|fall|winter)|\s+(?:back\s+)?in\s+\d{4})/g,
  // "coalition troops had left the base on Oct. 20": the day a force left, not the day of an attack.
  new RegExp(
    String.raw`(?<=\b(?:left|withdr[ae]wn? from|departed|vacated|evacuated|pulled out of|handed over)\b[^.;,]{0,40}?\s(?:on|in)\s)(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+${MONTH_NAME})`,
    'gi',
  ),
  /(?<!\b(?:right|just) )\bnow\b/gi, // "the case study every office now cites": the present, not an event's day
  // "attacked 135 times by the end of September": a bound of a count, not a day. Not "… by the end of January, when a drone
  // killed three soldiers at Tower 22": the month of the attack the when-clause tells.
  new RegExp(String.raw`\bby the end of (?:the (?:month|week|year)|${MONTH_NAME}(?:,? \d{4})?)(?![\w.])(?!,?\s+when\b)`, 'gi'),
  // "the attack on Tower 22, on Tuesday", "Day 21": a number in a name is no day of the month (not "Sunday 28", "Jan 5").
  new RegExp(
    String.raw`(?<=\b(?!${MONTH_NAME}\b)(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z]{2,} )\d{1,2}\b(?!\s*(?:st|nd|rd|th)\b|,\s*\d{4}|[:.]\d|\s+${MONTH_NAME}\b)`,
    'g',
  ),
  /\bUSA (?:Today|TODAY)\b|\b(?:Sunday|Saturday) (?:Times|Telegraph|Express|Mirror|Post)\b|\bMail on Sunday\b/g, // outlets named for a day
]

/** Verbs of saying, claiming and confirming, in the past or present tense; not "claimed the lives of" or "added to". Naming the dead
 * ("on Monday identified the three soldiers killed") and blaming ("on Friday accused militias of Tuesday night's attack") are said too. */
const SPOKEN = String.raw`(?:said|says|told|tells|telling|(?:say|tell)(?<=\b(?:did|does|do) (?:say|tell))|(?:released|provided|gave)(?= to\b)|gave(?= (?:a |an |its |their )?(?:[\w-]+ ){0,2}(?:account|version|count|figure|toll|tally|description)\b)|(?:published|released|issued|posted|circulated|put out)(?= (?:the |a |an |its |their |new |further )?(?:names?|lists?|statements?|videos?|footage|photos?|pictures?|images?|figures|details|tally|toll|count|communiqu[eé]s?)\b)|spoke|speaks|(?<=\b(?:it|they|he|she|who|which|officials|[A-Z][\w.'’&-]*) )reported|[Bb]rief(?:ed|ing) (?:reporters|journalists|lawmakers)|[Ss]peaking|[Aa]ddressing (?:reporters|journalists|lawmakers)|announced|announces|disclosed|discloses|revealed|reveals|claimed|claims|confirmed|confirms|stated|states|added(?! to\b)|declared|acknowledged|admitted|conceded|(?:admit|acknowledge|concede)(?<=\b(?:to|did) (?:admit|acknowledge|concede))|denied|wrote|tweeted|warned|asked|contacted|queried|identified(?! and\b)|identifies(?! and\b)|accused|accuses|blamed|blames|(?:statement|communiqu[eé]|post|video|release) (?:released|issued|published|posted|put out)|(?<=^\W*)[Ii]n an? (?:separate|later|new|second|further|follow-up) (?:report|statement|bulletin|update|dispatch))(?! (?:the )?lives\b)`
/** What may stand between a speech verb and its day: "told reporters", "in a statement", "on Telegram", "claimed responsibility". */
const SPOKEN_ADJUNCT = [
  String.raw`(?:in|on|at|via|to|during) (?:a |an |the |its |their |his |her )?(?:[\w-]+ )?(?:statement|post|briefing|interview|video|message|speech|communiqu[eé]|(?:press|news) conference|Telegram|X|Twitter|social media|website|channel|reporters|journalists)(?: channel| account)?`,
  String.raw`(?:released|issued|published)`,
  // "told reporters in Washington on Thursday": where it was said.
  String.raw`(?<=\b(?:said|told|tells|says|reporters|journalists) )in [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?`,
  String.raw`(?<=\btold |\btells |\btelling )(?:(?:[A-Z][\w'’-]+ )?(?:media|television|TV|outlets|newspapers)|reporters|journalists|lawmakers|Congress|a (?:press|news) conference|a briefing|(?:the )?(?:(?:news |wire )?agency |newspaper |broadcaster |channel )?[*_]?(?:[A-Z][\w.'’&-]*)(?: [A-Z][\w.'’&-]*){0,3}[*_]?)`,
  // "figures CENTCOM released to NBC News on 24 October": what was given to an outlet was said to it.
  String.raw`(?<=\b(?:released|provided|gave) )to (?:the )?[*_]?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}[*_]?`,
  String.raw`(?<=\bclaimed |\bclaims )responsibility`,
  // "A police source gave a slightly different account on Wednesday": the day the account was given.
  String.raw`(?<=\bgave )(?:a |an |its |their )?(?:[\w-]+ ){0,2}(?:account|version|count|figure|toll|tally|description)`,
  // "When we asked the Pentagon on Monday": the day an outlet put its question is a day something was said.
  String.raw`(?<=\basked |\bcontacted |\bqueried )(?:the )?(?:[A-Z][\w.'’&-]*)(?: [A-Z][\w.'’&-]*){0,3}`,
].join('|')
/** A speech verb right before a day: "said Monday", "said late Monday", "told reporters on Tuesday", "said in a statement on Monday". */
const SPOKEN_BEFORE = new RegExp(String.raw`\b${SPOKEN}(?:,? (?:${SPOKEN_ADJUNCT}))*,? (?:(?:on|late|early|earlier|later) )*$`)
/** A sentence that opens on its speaker speaking, up to the day: "Speaking on background on Tuesday,", "Speaking to reporters late Monday,". */
const SPEAKING_BEFORE = /^\W*Speaking\b(?:\s+(?:on|to|at|with|in|from|before)\s+(?:[\w'’.-]+\s+){1,5}?)?,?\s*(?:(?:on|late|early)\s+)*$/i
/** An occasion of speech right after a day: "at the afternoon briefing", "Monday's news conference", "in a Tuesday statement". */
const OCCASION_AFTER = /^(?:['’]s)?\s+(?:press |news |daily |regular )?(?:briefing|news conference|press conference|statement|update|remarks|interview)\b/i
/**
 * A document right after its day: "the Dec. 27 letter", "the Jan. 25 War Powers notification", "the June 17
 * designation". The day is the document's: it dates no attack. (A gathering's day may: "during Tuesday's visit, rockets
 * landed …". And not a document that times the event: "hours before the Jan. 25 letter".)
 */
const DOCUMENT_AFTER =
  /^(?:['’]s)?\s+(?:(?:War Powers|congressional|written|formal)\s+)?(?:letters?|notifications?|memos?|memorand(?:um|a)|filings?|testimony|designations?|resolutions?|executive orders?|bills?)\b/i
/** Words that time an event by a document's day: "during the", "on the night of", "hours before". */
const TIMED_BY = /\b(?:during|amid|on the (?:morning|afternoon|evening|night|eve|day) of|before|after|ahead of)\s+(?:the\s+)?$/i
/** A speech verb right after a day: "The Pentagon on Monday said". */
const SPOKEN_AFTER = new RegExp(String.raw` ${SPOKEN}\b`, 'y')
/**
 * A day that heads a clause whose subject then speaks of an attack already told: "On July 18 the Pentagon acknowledged
 * the attack", "On Monday, the group claimed responsibility for the strike", "On Tuesday, Ryder said eight personnel had
 * been injured in the drone attack", "The next day, the embassy said in a statement that there had been an attack at …",
 * "On August 13, Pentagon press secretary Pat Ryder gave a firm number: eight …".
 * The object points back, so the day is the day it was said, not another attack's.
 */
const SPOKE_OF_IT_AFTER =
  /^,?\s+(?:(?:the|a|an|two|three|several)\s+)?(?:[\w.'’&-]+\s+){1,5}?(?:acknowledged|confirmed|claimed|denied|disclosed|(?:took|claimed|denied) responsibility for)\s+(?:responsibility for\s+)?(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|assault|incident|barrage|salvo)s?\b|^,?\s+(?:[\w.'’&-]+\s+){1,8}?(?:said|announced|disclosed|told\s+(?:[\w-]+\s+){1,2}?|(?:revised|raised|lowered|updated|corrected)\s+(?:the|its)\s+(?:toll|figure|count|number|tally)(?:\s+(?:down|up|upward|downward))?(?:\s+again)?,?\s+saying)\s*(?:that\s+)?(?:[\w.'’-]+\s+){1,5}?(?:had\s+been|were)\s+(?:injured|wounded|killed|hurt|treated)\b[^.;]{0,40}?\bin\s+(?:the|that|this|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|assault|barrage|salvo)\b(?!\s+(?:on|at|against|in)\s+(?!the\s+(?:base|garrison|outpost|airfield|site)\b))|^,?\s+(?:[\w.'’&-]+\s+){1,8}?(?:said|announced|confirmed|told\s+(?:[\w-]+\s+){1,2}?)\s*(?:that\s+)?(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:blast|explosion|attack|strike|incident)\s+(?:had been|was)\s+(?:an?|the)\b|^,?\s+(?:[\w.'’&-]+\s+){1,8}?(?:said|announced|confirmed)(?:\s+in\s+(?:a|an|its)\s+(?:[\w-]+\s+)?statement)?,?\s+(?:that\s+)?there\s+had\s+been\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:attack|strike|incident|explosion|blast)\b|^,?\s+(?:[\w.'’&-]+\s+){1,8}?gave\s+(?:a|an|the|its)\s+(?:(?:firm|final|fuller|full|precise|exact|new|revised|updated|higher|first)\s+)?(?:number|figure|count|toll|tally)\s*:/i
/** A reaction to an attack already told, right before a day: "condemned the attack on", "denounced Sunday's strike late on". */
const REACTED_TO_IT_BEFORE =
  /\b(?:condemned|condemns|denounced|denounces|deplored|deplores|decried|decries|mourned|mourns)\s+(?:the|that|this|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|assaults?|killings?|deaths?)\s+(?:(?:on|late on|early on|later on)\s+)?$/i
/** Whether a speech verb follows right after `at`, read in the whole sentence so "The Pentagon on Sunday reported" sees "Sunday" before it. */
const spokenAfter = (sentence: string, at: number): boolean => {
  SPOKEN_AFTER.lastIndex = at
  return SPOKEN_AFTER.test(sentence)
}

/**
 * Before a post's day in its header: "@CENTCOM · 11:58 PM · ", "@SecDef · "; a live entry's time, the day beside it:
 * "**02:15** *(".
 */
const POST_STAMP_BEFORE =
  /@[\w.]{1,40}\s*·\s*(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*·\s*)?$|^\s*(?:\*\*|__)\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|ET|BST|CET|AST|GST))?(?:\*\*|__)\s*[*_]?\(?$/

/** Right before the day a campaign of attacks began: "(the wave of attacks) that began on", "since the campaign started on". */
const CAMPAIGN_BEGAN =
  /\b(?:wave of (?:[\w-]+ )?attacks|campaign(?: of (?:[\w-]+ )?attacks)?|war|conflict|offensive|escalation)\s+(?:that\s+|which\s+)?(?:began|started|kicked off)\s+(?:on\s+)?$/i
/** Before the day a group claimed or spoke: "The group claimed the attack (on Monday)". */
const CLAIMED_BEFORE = /\b(?:claimed|said|announced|stated)\b[^.;]{0,90}$/i
/** Right before the attack's own day in what was claimed: "saying it had been carried out (on 4 February)". */
const CARRIED_OUT_ON = /\b(?:carried out|took place|happened|occurred|(?:was|were|had been) (?:launched|fired|conducted))\s+(?:on\s+)?$/i
/** Right after a fronted day, a speaker and a speech verb: "(On 29 January) a statement said". */
const FRONTED_SPEECH = /^,?\s+(?:[\w.'’&-]+\s+){1,6}?(?:said|says|announced|stated|claimed)\b/i
/** After a fronted day, a speaker who speaks of "the attack" told before: "(On 11 September,) the embassy said the attack had". */
const THE_ATTACK_SAID =
  /^,?\s+(?:[\w.'’&-]+\s+){1,6}?(?:said|says|announced|stated)\s+(?:that\s+)?the\s+(?:[\w-]+\s+)?(?:attack|strike|barrage|incident)\s+(?:had|has|was|were)\b/i
/** Right before a day that is another state's act: "Iran's (April 13 barrage)", "Israel's (Oct. 26 strikes)". */
const ANOTHER_STATES_DAY = /\b(?:Iran|Tehran|Israel|Russia|Moscow|Turkey|Ankara)['’]s\s+$/
/** A point mention a speech verb governs is the day something was said. "Monday's attack" is an attack's day whatever the verb. */
function markSpoken(ctx: Context): void {
  for (const m of ctx.found) {
    if (m.role !== 'point') continue
    const after = ctx.sentence.slice(m.end)
    // A day of the calendar the sentence names after this one, with what stands between them.
    const dayAfter = (between: (words: string) => boolean): boolean =>
      ctx.found.some((f) => f.start > m.end && f.role === 'point' && f.span.precision === 'day' && between(ctx.sentence.slice(m.end, f.start)))
    // "Monday's attack" is an attack's day whatever the verb; "Monday's briefing" is a day something was said.
    if (DOCUMENT_AFTER.test(after) && !TIMED_BY.test(ctx.sentence.slice(Math.max(0, m.start - 40), m.start))) m.role = 'occasion'
    else if (OCCASION_AFTER.test(after)) m.role = 'said'
    else if (
      !/^['’]s\b/.test(after) &&
      (SPOKEN_BEFORE.test(ctx.sentence.slice(0, m.start)) || SPEAKING_BEFORE.test(ctx.sentence.slice(0, m.start)) || spokenAfter(ctx.sentence, m.end))
    )
      m.role = 'said'
    else if (/^\W*(?:on|late on|early on)?\s*$/i.test(ctx.sentence.slice(0, m.start)) && SPOKE_OF_IT_AFTER.test(after)) m.role = 'said'
    // "On 29 January a statement said drones had attacked al-Tanf at dawn on 28 January": a fronted day of the words said,
    // when another day follows in what was said.
    else if (
      /^\W*(?:on|late on|early on)?\s*$/i.test(ctx.sentence.slice(0, m.start)) &&
      FRONTED_SPEECH.test(after) &&
      // "On 11 September, the U.S. Embassy said the attack had targeted …": the words point back at an attack told before.
      (dayAfter(() => true) || THE_ATTACK_SAID.test(after))
    )
      m.role = 'said'
    // "The group claimed the attack on Monday, saying it had been carried out on 4 February": the day of the claim, when
    // the words claimed give the attack's own day after it.
    else if (CLAIMED_BEFORE.test(ctx.sentence.slice(0, m.start)) && dayAfter((words) => CARRIED_OUT_ON.test(words))) m.role = 'said'
    // "A statement on Monday from the Islamic Resistance …, dating the attack to Sunday, Feb. 4": the day of a statement.
    // Only when the words give a day of their own after it; not "Statement on this morning's attack": what it was on.
    else if (STATEMENT_ON.test(ctx.sentence.slice(Math.max(0, m.start - 50), m.start)) && !/^['’]s\b/.test(after) && dayAfter(() => true)) m.role = 'said'
    // "Egypt condemned the attack on Monday": the day a reaction to the attack told came, not another attack's day.
    else if (REACTED_TO_IT_BEFORE.test(ctx.sentence.slice(0, m.start))) m.role = 'said'
    // "the first killed in the wave of attacks that began on October 17, 2023": the day a campaign began, named to count
    // from, not a day the sentence tells of; nor the day later words count from ("About an hour and a half later, …").
    // Not "The campaign began on Oct. 17, when two drones were launched at Ain al-Asad": that names the day's attack.
    // Not a round begun days ago either ("In the escalation that started on Sunday, a drone struck Tower 22").
    else if (
      CAMPAIGN_BEGAN.test(ctx.sentence.slice(Math.max(0, m.start - 60), m.start)) &&
      !/^[^.;]{0,60}?\b(?:when|with)\b/i.test(after) &&
      differenceInCalendarDays(ctx.published, parseISO(m.span.start)) > 14
    )
      m.role = 'occasion'
    // "a sign that the confrontation set off by Iran's April 13 barrage on Israel is far from settled": the day of another
    // state's act, named to place the story, not a day the story tells of.
    else if (ANOTHER_STATES_DAY.test(ctx.sentence.slice(Math.max(0, m.start - 12), m.start))) m.role = 'occasion'
    // "no official comment … was available by Monday morning": a deadline the state of things is told by, not a day of the
    // events ("killed by Monday's strike" names the strike's day).
    // A fronted "By Sunday evening it said at least 34 …" is the day a figure was given, read as such below.
    else if (
      /\w[\w,]*\s+by\s+(?:late\s+|early\s+)?$/.test(ctx.sentence.slice(Math.max(0, m.start - 20), m.start)) &&
      !/^['’]s\b/.test(after) &&
      !SAID_AFTER_BY.test(after)
    )
      m.role = 'occasion'
    // "had not been verified by the military as of Friday morning": the day a state of things is told as of.
    else if (/\bas of\s+$/i.test(ctx.sentence.slice(Math.max(0, m.start - 8), m.start)) || /^as of\b/i.test(m.text)) m.role = 'occasion'
    // "U.S. Central Command @CENTCOM · 11:58 PM · Nov 21, 2023": an embedded post's header, the day it was posted; its
    // "today" is that day, and the day its text gives ("… at al-Asad on Nov. 20") is the event's.
    else if (POST_STAMP_BEFORE.test(ctx.written.slice(0, m.start))) m.role = 'said'
    // "Mon 5 Aug 2024 20.05 BST US personnel injured … struck Al-Asad airbase this afternoon": a live entry's stamp, the
    // day it was written; its "this afternoon" is that day.
    else if (/^\W*$/.test(ctx.sentence.slice(0, m.start)) && ENTRY_STAMP.test(m.text)) m.role = 'said'
  }
  // "In a statement released Monday evening, an official said troops came under fire earlier today": the speaker's
  // "today" is the day they spoke, and their "yesterday" the day before it, not the publication's.
  const spoken = ctx.found.find((m) => m.role === 'said' && m.span.precision === 'day')
  if (spoken === undefined) return
  for (const m of ctx.found) {
    // "a week ago today" counts whole weeks back from the day it names, a span the rule that read it has already set.
    if (m.role !== 'point' || m.start < spoken.end || /\bago\b/i.test(m.text)) continue
    const back = SPEAKERS_DAYS.find(([pattern]) => pattern.test(m.text))?.[1]
    if (back !== undefined) m.span = single(subDays(parseISO(spoken.span.start), back))
  }
}

/** A live entry's stamp, a full date and a clock time: "Mon 5 Aug 2024 20.05 BST", "Aug. 5, 2024, 20:05". */
const ENTRY_STAMP =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4},?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b/

/** Right before a day, a statement made on it: "A statement on", "in a video posted late on". */
const STATEMENT_ON =
  /\b(?:statement|announcement|communiqu[eé]|post|video|message)\s+(?:(?:issued|released|posted|published|put out)\s+)?(?:late\s+|early\s+)?(?:on\s+)?$/i

/** "but by Sunday officials said …": what follows a day after "by" is said on that day. */
const SAID_AFTER_BY =
  /^\s*(?:(?:morning|afternoon|evening|night),?\s+)?(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|reported|announced|confirmed|put|gave|raised)\b/i

/** Relative days as a speaker uses them, and how many days before the day they spoke each means. */
const SPEAKERS_DAYS: [RegExp, number][] = [
  [/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i, 0],
  [/\b(?:yesterday|last night)\b/i, 1],
]

/** Blanks a match, same length, so offsets hold. */
const blank = (m: string): string => ' '.repeat(m.length)
/** Blanked for chrono with a bar first: after a run of spaces alone, chrono reads "on 23 November,      " as the month only. */
const bar = (m: string): string => `|${' '.repeat(m.length - 1)}`

/** "at the end of January": a part of the month, which chrono would read as its last day. */
const PART_OF_MONTH = new RegExp(String.raw`\b(?:the )?(?:end|close) of (?=${MONTH_NAME})`, 'gi')
/** The space between "in January 2020" and "days after": a year after a month, which chrono would read as a count of days. */
const YEAR_BEFORE_A_COUNT = new RegExp(
  String.raw`(?<=\b${MONTH_NAME}\.?(?: \d{1,2}(?:st|nd|rd|th)?)?,? (?:19|20)\d\d) (?=(?:days?|weeks?|months?|years?|hours?)\b)`,
  'gi',
)

/** Words without which chrono finds nothing we use: most sentences skip the parser. */
const DATE_HINT =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:today|tonight|yesterday|night|morning|evening|afternoon|ago|noon|midnight)\b/i

/**
 * A publication day (`YYYY-MM-DD`) as `findDates` uses it, worked out once per day (it runs for every sentence
 * of an article): the local date the rules count from, and the instant chrono reads relative dates against,
 * noon UTC of that day. Never mutated: date-fns returns new dates.
 */
interface PublicationDay {
  date: Date
  instant: Date
}
const publicationDays = new Map<string, PublicationDay>()

function publicationDay(published: string): PublicationDay {
  let known = publicationDays.get(published)
  if (!known) {
    const [y, m, d] = published.split('-').map(Number)
    known = { date: parseISO(published), instant: new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12)) }
    publicationDays.set(published, known)
  }
  return known
}

/** What else a sentence's days are read against, besides the publication day and the day in hand (each as in `Context`). */
export interface DateAnchors {
  eventDay?: string | null
  /** A live blog's or timeline entry's day, which `today` becomes when it is not after publication. */
  entryDay?: string | null
  campaignStart?: string | null
  yearAnchor?: string | null
  aroundEntry?: boolean
  monthAnchor?: string | null
}

/**
 * Finds the date expressions in `sentence` and resolves each against the
 * publication day `published` (`YYYY-MM-DD`). `previousDay` is the day the text
 * was last about, for "the previous day" and "the same day".
 */
export function findDates(sentence: string, published: string, previousDay: string | null = null, anchors: DateAnchors = {}): DateMention[] {
  const { eventDay = null, entryDay = null, campaignStart = null, yearAnchor = null, aroundEntry = false, monthAnchor = null } = anchors
  const { date, instant } = publicationDay(published)
  const read = NOT_A_DATE.reduce((text, pattern) => text.replace(pattern, blank), sentence)
  // A live blog's entry under "**Saturday 30 December**" says "this evening" of that day, if it is not after publication.
  const today = entryDay !== null && entryDay <= published ? parseISO(entryDay) : date
  const ctx: Context = {
    published: date,
    publishedDay: published,
    sentence: read,
    written: sentence,
    previousDay,
    eventDay,
    today,
    campaignStart,
    yearAnchor,
    monthAnchor,
    aroundEntry: aroundEntry && entryDay !== null && entryDay <= published,
    found: [],
  }
  for (const [pattern, rule] of phraseRules) {
    for (const m of allMatches(pattern, read)) rule(ctx, m, m.index)
  }
  // What a rule has read, chrono does not read again: "earlier this week, on Sunday" leaves it "on Sunday", not
  // "this week, on Sunday", and "at 11:30 p.m. last night" a bare time. A bar, not spaces alone: chrono reads across
  // spaces, and "At 16:29 today, Friday" would become one time. A year stays, so "October of 2020" is read whole.
  let forChrono = read
  for (const m of ctx.found) {
    if (m.role !== 'historical') forChrono = `${forChrono.slice(0, m.start)}|${' '.repeat(m.end - m.start - 1)}${forChrono.slice(m.end)}`
  }
  // chrono reads "the night of November 20" as a time of today: blank the lead-in. So too before a day a rule read
  // already (its bar: "the night of Tuesday 16-7-2024") and before "yesterday" ("in the evening of yesterday Saturday").
  forChrono = forChrono.replace(/\b(?:the )?(?:night|evening|morning|afternoon|early hours|small hours|hours) of (?=[A-Z0-9|]|yesterday\b|today\b)/gi, bar)
  forChrono = forChrono.replace(SAME_DAY, bar)
  // "at the end of January": a part of the month, read as the month; chrono reads its last day.
  forChrono = forChrono.replace(PART_OF_MONTH, bar)
  // "the morning after two drones attacked …": the morning of a day counted from what follows, not this morning.
  forChrono = forChrono.replace(THE_MORNING_AFTER, bar)
  // "at 3:30 yesterday morning": chrono reads "3:30 yesterday" and then "morning" as this morning; the day is yesterday's.
  forChrono = forChrono.replace(/(?<=\byesterday )(?:morning|afternoon|evening|night)\b/gi, bar)
  // "In an afternoon call he chose the targets", "a morning meeting": a time of day as an adjective names no day.
  forChrono = forChrono.replace(/(?<=\b(?:an?|one) )(?:morning|afternoon|evening|night)\b/gi, bar)
  // "in the early-morning attack", "a late-night barrage": a time of day in a compound before another word names no day either.
  forChrono = forChrono.replace(/(?<=\b(?:early|late|mid)-)(?:morning|afternoon|evening|night)\b(?=\s+[a-z])/gi, bar)
  // "firing into the night sky", "the morning air", "on the night shift": a time of day naming a thing, not a day.
  forChrono = forChrono.replace(/\b(?:morning|afternoon|evening|night)(?=\s+(?:sky|skies|air|shift|shifts|vision|goggles|darkness)\b)/gi, bar)
  // "in January 2020 days after a US drone strike", "on Oct. 19, 2023 days after": a year after a month is the month's, not a count of days; chrono
  // reads "2020 days after" as a span and loses the month. A bar after the year keeps them apart.
  forChrono = forChrono.replace(YEAR_BEFORE_A_COUNT, '|')
  // "10 November: … were attacked twice on the Sunday": a weekday of the day the sentence named before it.
  if (previousDay !== null) forChrono = forChrono.replace(THAT_WEEKDAY, bar)
  else forChrono = forChrono.replace(THAT_WEEKDAY, (m: string, ...rest: unknown[]) => (A_DAY_WRITTEN.test(read.slice(0, rest.at(-2) as number)) ? bar(m) : m))
  // "the night before", "the previous evening", "the following morning": counted from the day in hand (anchoredRules), not today.
  forChrono = forChrono.replace(
    /\bthe (?:night|evening) before\b|\bthe previous (?:night|evening)\b|\bthe (?:following|next) (?:morning|afternoon|night|evening)\b/gi,
    bar,
  )
  if (DATE_HINT.test(forChrono)) {
    for (const result of chrono.casual.parse(forChrono, { instant, timezone: 0 }, { forwardDate: false })) resolveChrono(ctx, result)
  }
  ctx.found.sort((a, b) => a.start - b.start)
  for (const [pattern, rule] of anchoredRules) {
    for (const m of allMatches(pattern, read)) rule(ctx, m, m.index)
  }
  dropWeekdayAppositions(ctx)
  dropLastWeekdayGivenByDate(ctx)
  putWeekdayInItsWeek(ctx)
  putWeekdayInItsHeading(ctx)
  joinSpans(ctx)
  markCeremonyDays(ctx)
  markSpoken(ctx)
  quotedTodayIsSaidDay(ctx)
  return ctx.found.sort((a, b) => a.start - b.start)
}

/**
 * "'We can confirm there was a rocket attack today,' a spokesperson told Rudaw on Monday": the "today" of words quoted
 * is the day they were said, when the sentence gives it, not the day the article was published.
 */
function quotedTodayIsSaidDay(ctx: Context): void {
  const quotedToday = (m: DateMention): boolean => m.role === 'point' && QUOTED_TODAY.test(m.text.trim()) && insideQuotes(ctx.written, m.start)
  // Most sentences quote no "today": the day it was said is worked out only for one that does.
  if (!ctx.found.some(quotedToday)) return
  const said = ctx.found.find((m) => m.role === 'said' && m.span.precision === 'day')?.span ?? lastToldDay(ctx)
  if (said === null) return
  ctx.found = ctx.found.map((m) => (quotedToday(m) ? { ...m, span: said } : m))
}

/**
 * "Three U.S. service members were injured on Christmas Day … 'Early this morning in northern Iraq, U.S. personnel were
 * targeted,' the spokeswoman said", in a page dated the day after: quoted words that give no day they were said were said
 * on the day of the event the article told last, when that is a day or two before publication (a statement quoted, or a
 * story reposted, the next day); on publication's day otherwise.
 */
function lastToldDay(ctx: Context): DateSpan | null {
  if (ctx.eventDay === null) return null
  const back = differenceInCalendarDays(ctx.published, parseISO(ctx.eventDay))
  return back >= 1 && back <= 2 ? single(parseISO(ctx.eventDay)) : null
}

const QUOTED_TODAY = /^(?:(?:early|late|earlier|later) )?(?:today|tonight|this (?:morning|afternoon|evening))$/i

const WEEKDAY_ONLY =
  /^\(?(?:on )?(?:(?:late|early) )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)(?: (?:night|evening|morning|afternoon))?\)?$/i
/** A date with its month written out, or ISO: unlike "12/1/2024", no order of day and month to guess. */
const WRITTEN_DATE = new RegExp(String.raw`\b${MONTH_NAME}\b|\d{4}-\d{2}-\d{2}`, 'i')

/** "5 January (Friday)", "Jan. 5, Friday", "18 Oct (Wed)": a weekday set beside a written date names that date again, not the week's Friday. */
function dropWeekdayAppositions(ctx: Context): void {
  ctx.found.sort((a, b) => a.start - b.start)
  ctx.found = ctx.found.filter((m, i) => {
    if (!WEEKDAY_ONLY.test(m.text.trim())) return true
    const beside = [ctx.found[i - 1], ctx.found[i + 1]].filter((n): n is DateMention => n !== undefined)
    return !beside.some((n) => {
      const gap = n.end <= m.start ? ctx.written.slice(n.end, m.start) : ctx.written.slice(m.end, n.start)
      // "the next day, Sunday": a day counted from another that falls on the weekday named beside it.
      const sameWeekday =
        n.span.precision === 'day' && n.span.start === n.span.end && m.span.start !== n.span.start && weekdayOf(n.span.start) === weekdayOf(m.span.start)
      // "Six days before that, on Wednesday": the count's "that" stands between them.
      return (WRITTEN_DATE.test(n.text) || sameWeekday) && /^\s*(?:that\b)?[\s,(–-]{0,4}$/.test(gap)
    })
  })
}

/**
 * A ceremony's verb right before a day, or before "on" and a day in its own clause: "were awarded the Purple Heart on
 * Saturday, Oct. 5", "was laid to rest Friday", "were honored at a ceremony on May 27" (not "awarded the Purple Heart
 * for wounds received in the Jan. 28 attack", nor "buried under rubble when a drone struck the base on Sunday"). The
 * day is the ceremony's; the attack the sentence recalls ("for wounds received when a drone struck Tower 22") happened
 * another day.
 */
const CEREMONY_BEFORE =
  /\b(?:(?:was|were|been|being|be) (?:posthumously |formally )?(?:awarded|presented|decorated|honou?red|recogni[sz]ed|laid to rest|buried|memoriali[sz]ed)|(?:received|receive|accepted|pinned) (?:the|their|his|her|a) (?:Purple Hearts?|Bronze Stars?|medals?|awards?))\b(?:(?:(?!\b(?:when|after|before|while|since|for|under|killed|struck|hit|weeks?|days?|months?)\b)[^.;:]){0,60}?\bon)?\s*$/i

/** "gathered in Hasakah on Wednesday to bury fighters …", "… on Sunday for the funerals of": the day of a funeral. */
const CEREMONY_AFTER =
  /^,?\s+(?:to\s+(?:bury|mourn|bid\s+farewell\s+to|attend\s+the\s+funerals?\s+of)|for\s+(?:the\s+)?(?:funerals?|burials?|wakes?)\s+(?:of|for))\b/i
/** A gallery's "…, as fighters killed in a drone attack on the base are buried": a funeral's day, unless a strike is told before it. */
const AS_THE_DEAD_ARE_BURIED = /^,?\s+as\s+[^.;]{0,160}?\bkilled\b[^.;]{0,120}?\b(?:are|is)\s+(?:buried|laid\s+to\s+rest|mourned)\b/i

/**
 * A caption of a picture of a statement: "A screen grab from a Telegram channel shows a statement …, July 26, 2024.",
 * perhaps after its credit ("AGENCY/Photographer/File FRAME 2 A screen grab …"). The day that closes it is the
 * statement's, not the attack's. (A picture of smoke or damage "after a rocket attack, Aug. 5, 2024" is of the attack's day.)
 */
const PICTURE_SHOWS =
  /^[^.;]{0,60}?\b(?:an?|this|the)\s+(?:[\w-]+\s+){0,2}?(?:screen ?grab|photo(?:graph)?|picture|image|still|frame|video grab)\b[^.;]{0,200}?\bshows?\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|post|claim|message|announcement|communiqu[eé])\b/i

/** The days a ceremony verb governs are occasions: they date no attack. */
function markCeremonyDays(ctx: Context): void {
  for (const m of ctx.found) {
    // A mention may hold its "on": "on Saturday, Oct. 5".
    const before = ctx.sentence.slice(Math.max(0, m.start - 120), m.start) + (/^on\s+/i.exec(m.text)?.[0] ?? '')
    const after = ctx.sentence.slice(m.end, m.end + 300)
    // "Smoke rises from the base after a drone strike, Monday, …, as a fighter killed in it is mourned": the strike's day.
    if (
      m.role === 'point' &&
      (CEREMONY_BEFORE.test(before) || CEREMONY_AFTER.test(after) || (AS_THE_DEAD_ARE_BURIED.test(after) && !ATTACK.test(ctx.sentence.slice(0, m.start))))
    )
      m.role = 'occasion'
    else if (
      m.role === 'point' &&
      /^[\s.)"”’]*$/.test(ctx.sentence.slice(m.end)) &&
      /,\s*$/.test(ctx.sentence.slice(0, m.start)) &&
      PICTURE_SHOWS.test(ctx.sentence)
    )
      m.role = 'occasion'
  }
}

const LAST_WEEKDAY = /\blast (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i

/**
 * "Last week, on Thursday evening": the weekday after "last week" is that week's, not the last one before publication.
 * Moved back a week when it falls after the week's end.
 */
function putWeekdayInItsWeek(ctx: Context): void {
  for (const [i, week] of ctx.found.entries()) {
    const told = ctx.found[i + 1]
    if (told === undefined || week.span.precision !== 'range' || !/^last week$/i.test(week.text) || told.span.precision !== 'day') continue
    // Only where "Last week," opens the sentence: "…, which had come under fire twice last week, on Tuesday evening" ends a
    // clause there, and Tuesday is the main clause's.
    if (!/^\W*(?:(?:And|But|Then)\s+)?$/.test(ctx.written.slice(0, week.start))) continue
    if (!/^,?\s*$/.test(ctx.written.slice(week.end, told.start)) || !/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i.test(told.text)) continue
    if (told.span.start <= week.span.end) continue
    const moved = day(subDays(parseISO(told.span.start), 7))
    if (moved < week.span.start) continue
    ctx.found[i + 1] = { ...told, span: { ...told.span, start: moved, end: moved } }
  }
}

/**
 * "**November 8–9:** Two drones were sent at Harir, the first at 11:30 pm on Wednesday and the second at 12:40 am on
 * Thursday": a weekday in a sentence that opens on a heading's day or span is the day of that span that falls on it,
 * not the last such weekday before publication.
 */
function putWeekdayInItsHeading(ctx: Context): void {
  const heading = ctx.found[0]
  if (heading === undefined || heading.role !== 'point' || (heading.span.precision !== 'range' && heading.span.precision !== 'day')) return
  if (!/^\W*$/.test(ctx.written.slice(0, heading.start)) || !/^[*_]*\s*[:—–]/.test(ctx.written.slice(heading.end))) return
  for (const [i, told] of ctx.found.entries()) {
    if (i === 0 || told.role !== 'point' || told.span.precision !== 'day') continue
    // A weekday alone ("on Wednesday", "at 11:30 pm on Wednesday"), not one written with its date.
    const name = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i.exec(told.text)?.[1]
    if (name === undefined || /\d{1,2}(?!:)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(told.text.replace(/\d{1,2}:\d{2}/g, ''))) continue
    const wanted = weekdayIndex(name)
    for (let d = parseISO(heading.span.start); day(d) <= heading.span.end; d = addDays(d, 1))
      if (mondayFirst(d) === wanted) ctx.found[i] = { ...told, span: single(d) }
  }
}

/** Right before the first day of a span: "between", "from". */
const SPAN_OPENS = /\b(?:between|from)\s+(?:(?:late|early)\s+(?:on\s+)?)?$/i
/** Between its two days: "and", "to", "through", a dash. */
const SPAN_JOINS = /^\s*(?:and|to|through|until|[-–])\s*(?:(?:late|early)\s+)?(?:on\s+)?$/i
/** A day of the month alone after the joint, of the first day's month: "between October 17 and 30". */
const DAY_OF_MONTH_AFTER =
  /^\s*(?:and|to|through|until|[-–])\s*(\d{1,2})\b(?!\s*(?:[:.]\d|a\.?m\b|p\.?m\b|%|(?:km|kilomet|miles?|people|attacks?|rockets?|drones?|killed|wounded|injured)\b))/i

/**
 * "between Friday and Sunday", "from Oct. 17 to Oct. 30", "between October 17 and 30": one span of days, not its two ends
 * told as two days.
 */
function joinSpans(ctx: Context): void {
  // Only a sentence whose one day or span this is: with another day in it ("…between Friday and Sunday; on Monday rockets
  // hit Ain al-Asad"), which attack the span dates is not said, and the days stay as they were read.
  const days = ctx.found.filter((m) => m.role === 'point' && m.span.precision === 'day')
  if (days.length > 2) return
  const joined: DateMention[] = []
  for (let i = 0; i < ctx.found.length; i++) {
    const a = ctx.found[i]
    if (a === undefined) continue
    const opens = a.role === 'point' && a.span.precision === 'day' && SPAN_OPENS.test(ctx.sentence.slice(Math.max(0, a.start - 20), a.start))
    const b = ctx.found[i + 1]
    if (
      opens &&
      b !== undefined &&
      b.role === 'point' &&
      b.span.precision === 'day' &&
      // Two days or more apart: "between Saturday night and Sunday morning" is one night's attack, read as before.
      differenceInCalendarDays(parseISO(b.span.start), parseISO(a.span.start)) >= 2 &&
      SPAN_JOINS.test(ctx.sentence.slice(a.end, b.start))
    ) {
      joined.push({ ...a, end: b.end, text: ctx.written.slice(a.start, b.end), span: { start: a.span.start, end: b.span.end, precision: 'range' } })
      i++
      continue
    }
    const alone = opens && MONTH_OR_NUMERIC.test(a.text) ? DAY_OF_MONTH_AFTER.exec(ctx.sentence.slice(a.end, a.end + 16)) : null
    const last = alone === null ? null : Number(alone[1])
    if (alone !== null && last !== null && last >= Number(a.span.start.slice(8)) + 2 && last <= 31 && days.length === 1) {
      const end = `${a.span.start.slice(0, 8)}${pad(last, 2)}`
      joined.push({
        ...a,
        end: a.end + alone[0].length,
        text: ctx.written.slice(a.start, a.end + alone[0].length),
        span: { start: a.span.start, end, precision: 'range' },
      })
      continue
    }
    joined.push(a)
  }
  ctx.found = joined
}

/**
 * "last Monday's rocket attack …, on August 5th": "last Monday" may be this week's or the one before, and a written date
 * of the same weekday a week earlier in the sentence says which. The weekday's reading gives way to the date.
 */
function dropLastWeekdayGivenByDate(ctx: Context): void {
  ctx.found = ctx.found.filter(
    (m) =>
      !LAST_WEEKDAY.test(m.text) ||
      m.span.start !== m.span.end ||
      !ctx.found.some(
        (n) =>
          n !== m && WRITTEN_DATE.test(n.text) && n.span.start === n.span.end && differenceInCalendarDays(parseISO(m.span.start), parseISO(n.span.start)) === 7,
      ),
  )
}

/** The mentions that date a sentence's events: its `point`s, else the day it was said ("Drones attacked al-Tanf, an official said Monday"). */
export function datingMentions(mentions: DateMention[]): DateMention[] {
  const points = mentions.filter((m) => m.role === 'point')
  return points.length > 0 ? points : mentions.filter((m) => m.role === 'said')
}

/** The mentions that date a statement: the day it was said, else its `point`s. */
export function statementDays(mentions: DateMention[]): DateMention[] {
  const said = mentions.filter((m) => m.role === 'said')
  return said.length > 0 ? said : mentions.filter((m) => m.role === 'point')
}
