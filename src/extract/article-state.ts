import type { Paragraph } from '../ingest/article.js'
import type { ClaimantEntry, PlaceEntry } from '../knowledge/knowledge.js'
import type { TermMatch } from '../knowledge/term-matcher.js'
import type { DateSpan, Report } from '../model/report.js'
import { placeKey } from '../model/place-key.js'
import type { Attribution } from './attribute-claim.js'
import type { SentenceFacts } from './classify-sentence.js'
import { REFERS_BACK, type Story } from './follow-up.js'
import type { ShortName } from './short-names.js'
import { DISTANCE_FROM, LOCATES_A_BASE } from './no-target.js'
import { ATTACK } from './sentence-cues.js'
import { Voices, type DayCount } from './voices.js'

/** A day the text gave, the words it gave it in, and how: a heading's words are the report's date text, a sentence's its own. */
export interface CarriedDay {
  span: DateSpan
  text: string
  heading: boolean
  /** The day came from a timeline entry's run-in heading that names a base, so it is the day of what follows. */
  runIn?: boolean
  /**
   * The day came from a heading that is a title as well ("**Erbil airport targeted on Tuesday**"), not a date heading
   * ("### Monday, Jan. 29"): the weekdays under it are counted from publication, not from its day.
   */
  titled?: boolean
  /** The day of a digest's day line ("**Friday – …**"): a weekday under it is the one nearest to it, as under a run-in entry. */
  around?: boolean
  /**
   * The day of a chronology's date line, in an article with three or more. A tracker's "18 October" is the day what its
   * section tells happened, never an attack of the day before told a day late (`firm`); a day named with its weekday
   * ("## Monday 29 January"), as live blogs set them, is so only for a sentence that does not point at an attack told.
   */
  chronology?: 'firm' | 'unlessToldBefore'
}

/** What the paragraph so far lends the sentence being read, when it names no day of its own. */
export interface Carry {
  day: CarriedDay | null
}

/** An attack told with no day and no base ("Three soldiers have been killed in a drone attack on a U.S. base in Jordan"). */
export interface UndatedLead {
  facts: SentenceFacts
  attribution: Attribution
  group: string | null
  sentence: { text: string; start: number; end: number }
  /** How many reports the article had when it was told: the next sentence's reports are its own only at that count. */
  after: number
}

/** A count of one day's attacks with a toll of none ("attacked four times on Thursday, but there were no casualties"). */
export interface NoneThatDay {
  day: string
  /** The first day it holds for, when it spans two (a count of 24 hours): see `DayCount.from`. */
  from?: string
  facts: SentenceFacts
  attribution: Attribution
  sentence: { text: string; start: number; end: number }
  /** Said of the attacks an official counted: it holds only for those told as that count's, while it lasts. */
  ofCount?: DayCount
}

/**
 * What the reader of one article remembers of the sentences before the one it reads: one record, changed only by the
 * transitions below and by `extractReports`' loop, instead of a score of variables kept in step by hand. Each field
 * answers one question a later sentence asks ("which base is 'the base'?", "which day is the story's?").
 */
export interface ArticleState {
  /** Who the article's own words are by: its source, or the outlet an excerpt's introduction names. */
  outlet: string
  /** The day the text mentioned last, for "the next day" (find-dates' previous day). */
  previousDay: string | null
  /** The paragraph before this list counted attacks over a period and ended in a colon ("Here is a breakdown of those attacks:"): its items are the count's parts. */
  countBreakdown: boolean
  /** The militia named last, for "the group said". */
  lastMilitia: string | null
  /** The day a dated heading ("## Sunday, Dec. 3") gives the paragraphs under it. */
  sectionDay: CarriedDay | null
  /** The day of the last heading that is a date and nothing more ("**Thursday 1 February**"): a live blog's day, which its time-stamped entries keep. */
  datedSection: CarriedDay | null
  /** The base named last, for "the base" in a later sentence. */
  lastSite: PlaceEntry | null
  /** Every base named so far, in order, for "In Iraq, the base …" after a base elsewhere. */
  namedBefore: PlaceEntry[]
  /** The day mentioned last, and the paragraph that mentioned it. */
  lastDay: CarriedDay | null
  lastDayParagraph: Paragraph | null
  /** The sentence that mentioned the last day told an attack with a weapon and named no base ("… had used drones against four enemy bases"). */
  lastDaySitelessAttack: boolean
  /** The event the story is about so far, for sentences about "the attack" that add to it. */
  story: Story | null
  /**
   * The story above a crosshead ("**Toll climbs**": a heading with no day and no place), to which a toll U.S. or
   * coalition officials give under it still adds (extract-reports.ts). It lends no day: only `story` does.
   */
  storyAboveCrosshead: Story | null
  /** Every event the entry has told so far, one place each, for "none of the attacks caused casualties". */
  recent: Story[]
  /** The day of the attack the story is about: the day the last sentence that spoke of an attack gave. */
  storyDay: CarriedDay | null
  /** Where the story's day was given, counted in paragraphs: an area told without a day takes it only close by. */
  storyDayParagraph: number
  /**
   * The attack a timeline entry's run-in heading names ("A-1. **18 Oct (Wed) — Ain al-Asad Air Base, Anbar.**") and the
   * paragraph it heads: an attack told in that paragraph with no base of its own is the entry's.
   */
  runInEntry: { story: Story; paragraph: number } | null
  /** The day of the first attack the article told: what "the same day" means after a heading that names no day. */
  leadDay: string | null
  /** Who has spoken so far. */
  voices: Voices
  /** The sentence before told another attack, set aside (history, another state's strike, one at sea): "that attack" is that one. */
  otherAttackBefore: boolean
  /** The sentence before counted attacks over a period ("attacked 58 times in Iraq and 83 times in Syria since October"). */
  tallyBefore: boolean
  /** The sentence before spoke of a time before the campaign ("the memory of Al-Asad in January 2020"), with or without an attack: an attack told next with no day of its own is of that time. */
  otherTimeBefore: boolean
  /** The sentence before, in the same paragraph, told an attack of another time (set aside as history, or dated before the campaign): an attack told next with no day of its own, and no "also" or source, goes on with it. */
  historicAttackBefore: boolean
  /** The sentence before spoke of U.S. strikes ("called the U.S. strikes a clear hostile act"): a toll after it is theirs unless it points back at the attack. */
  usStrikesBefore: boolean
  /** A sentence told a U.S. strike, dated or not, since the last attack told: "the strikes" later may be those. */
  usStrikeTold: boolean
  /** The paragraph of that other attack: the sentences after it there that name no base or day are about it. */
  otherAttackParagraph: Paragraph | null
  /** An attack told with no day and no base, waiting for the sentence that dates and names it. */
  undatedLead: UndatedLead | null
  /** An attack told at a base with no day ("… when a ballistic missile struck Ain al-Asad"), kept for the warning, waiting for "the attack took place on Monday". */
  undatedSitedLead: (UndatedLead & { line: number }) | null
  /** The story's count of one day's attacks with a toll of none: each attack of that day told after it was none's too. */
  noneThatDay: NoneThatDay | null
  /** The places the sentence before named, for a report that refers back to an attack told there and names none. */
  lastPlaces: TermMatch<PlaceEntry>[]
  /** "Al-Asad" for "Al-Asad Airbase", once the article has named it in full. */
  shortNames: Map<string, ShortName>
  /** Bases the article identifies as the attacked site ("officials identified the site as Tower 22"), wherever it does so. */
  identifiedSites: PlaceEntry[]
  /** Attack reports dated only by the day their source spoke or by the story around them, for `joinDayBefore`. */
  toldLater: Set<Report>
  /** In a transcript, who spoke in the last turn: they go on speaking until the next turn. */
  turnSpeaker: ClaimantEntry | undefined
  /** The day this paragraph last gave with its year, for the days it gives without one (find-dates' `yearAnchor`). */
  yearAnchor: string | null
  /** The month this paragraph last named on its own ("Take October."), for "On the 14th" (find-dates' `monthAnchor`). */
  monthAnchor: string | null
  /** The month a heading set alone ("## October") for the section under it: each of its paragraphs' `monthAnchor`. */
  sectionMonth: string | null
}

/** The state before an article's first sentence. */
export function startArticle(outlet: string): ArticleState {
  return {
    outlet,
    previousDay: null,
    countBreakdown: false,
    lastMilitia: null,
    sectionDay: null,
    datedSection: null,
    lastSite: null,
    namedBefore: [],
    lastDay: null,
    lastDaySitelessAttack: false,
    lastDayParagraph: null,
    story: null,
    storyAboveCrosshead: null,
    recent: [],
    storyDay: null,
    storyDayParagraph: -1,
    runInEntry: null,
    leadDay: null,
    voices: new Voices(),
    otherAttackBefore: false,
    tallyBefore: false,
    otherTimeBefore: false,
    historicAttackBefore: false,
    usStrikesBefore: false,
    usStrikeTold: false,
    otherAttackParagraph: null,
    undatedLead: null,
    undatedSitedLead: null,
    noneThatDay: null,
    lastPlaces: [],
    shortNames: new Map(),
    identifiedSites: [],
    toldLater: new Set(),
    turnSpeaker: undefined,
    yearAnchor: null,
    monthAnchor: null,
    sectionMonth: null,
  }
}

/**
 * A heading starts a new entry (a live blog's, a digest's): its sentences do not lean on the entry before, and the day
 * the heading gives, if any, is the day of the paragraphs under it. Under a `crosshead`, a heading with no day and no
 * place, the story above it is kept as `storyAboveCrosshead`.
 */
export function startEntry(state: ArticleState, day: CarriedDay | null, crosshead = false): void {
  state.storyAboveCrosshead = crosshead ? (state.story ?? state.storyAboveCrosshead) : null
  state.sectionDay = day
  state.sectionMonth = null
  // "**Claims from Iraq** / Later the same day, the group said …": under a heading with no day, the article's own.
  if (day) state.previousDay = day.span.start
  else if (state.leadDay !== null) state.previousDay = state.leadDay
  state.story = null
  state.recent.length = 0
  state.storyDay = day
  state.noneThatDay = null
  // An official's count of one day's attacks speaks for nothing past a heading.
  state.voices.endCount()
}

/** A sentence that opens on a comparison: "As in Sunday's attack …", "Like the strike on …", "Unlike Monday's …". */
const COMPARISON = /^\W*(?:as\s+(?:in|with|during|at)|just\s+as|like|unlike|similar\s+to)\b/i

/**
 * The attacks and U.S. strikes a sentence told, each remembered once per day and place for "none of the attacks". One
 * told again moves to the end: after a table's footnote retells a row's two attacks, "either base" means those.
 */
export function rememberTold(state: ArticleState, made: readonly Report[]): void {
  for (const r of made) {
    if (r.type !== 'attack' && r.type !== 'us-strike') continue
    const before = state.recent.findIndex((t) => t.type === r.type && t.date.start === r.date.start && placeKey(t.places[0] ?? null) === placeKey(r.location))
    // "As in Sunday's attack on al-Tanf, the rockets were fired from inside Iraq": a comparison names an attack told
    // before without telling it again.
    if (before !== -1 && COMPARISON.test(r.quote)) continue
    const told = before === -1 ? { type: r.type, date: r.date, places: [r.location], dateText: r.dateText } : state.recent.splice(before, 1)[0]
    if (told !== undefined) state.recent.push(told)
  }
}

/** A picture's caption: "FILE PHOTO: …", "…, in this picture taken on …", "in this undated handout image". */
const PICTURE_CAPTION = /^\W*FILE PHOTO\b|\bin this (?:undated |file |handout |aerial )*(?:picture|photo(?:graph)?|image)\b/i

/** Words around a place that make it a camp or an area: "the camp at Rukban", "Rukban camp", "the Rukban area" (not "the Rukban camp base"). */
const CAMP_BEFORE = /\b(?:camp|settlement)\s+(?:at|of|in|near)\s+(?:the\s+)?$/i
const CAMP_AFTER = /^\s*(?:refugee\s+|displaced-persons\s+)?(?:camp|area)\b(?!\s+(?:base|position))/i

/**
 * A sentence set aside (history, a threat) names no base "the base" can point back to; any other names the bases it
 * names, but not one named only to locate another ("the base in Kharab al-Jir in Rmelan countryside").
 */
export function rememberSites(state: ArticleState, facts: SentenceFacts, setAside: boolean): void {
  // "Ain al-Asad air base … has been hit most often. On Monday, October 30, four rockets were fired at the base": a base that
  // opens a sentence set aside (a habit, a count) is still what the next sentence's "the base" means. Not one that points
  // back at the story's attack: "Al-Tanf has been targeted before, but this was the first deadly attack".
  // Nor one a picture shows: "FILE PHOTO: Hangars stand inside Ain al-Asad air base …, in this picture taken … 2020. U.S.
  // forces engaged two drones over the base on Wednesday": the caption's next sentence means the base in the picture.
  if (setAside) {
    const subject = REFERS_BACK.test(facts.text)
      ? undefined
      : facts.places.find(
          (p) =>
            p.value.precision === 'site' &&
            (/^\W*(?:the\s+)?$/i.test(facts.text.slice(0, p.start)) ||
              (PICTURE_CAPTION.test(facts.text) && !LOCATES_A_BASE.applies({ place: p, sites: facts.places, text: facts.text }))),
        )
    if (subject !== undefined) state.lastSite = subject.value
    return
  }
  const all = facts.places.filter((p) => p.value.precision === 'site')
  const named = all.filter((p) => !LOCATES_A_BASE.applies({ place: p, sites: all, text: facts.text }))
  const sites = named.map((p) => p.value)
  // "The displaced-persons camp at Rukban lies inside the same zone": a place named as a camp or an area is not the base a
  // later "the garrison" means; nor is one a distance is measured from in a sentence that tells no attack ("It is about 20
  // kilometres south of the al-Tanf garrison"; not "shot down a drone a few kilometres from Ain al-Asad").
  const bases = named.filter(
    (p) =>
      !CAMP_BEFORE.test(facts.text.slice(Math.max(0, p.start - 30), p.start)) &&
      !CAMP_AFTER.test(facts.text.slice(p.end, p.end + 30)) &&
      !/\bcamp$/i.test(facts.text.slice(p.start, p.end)) &&
      !(DISTANCE_FROM.test(facts.text.slice(Math.max(0, p.start - 40), p.start)) && !ATTACK.test(facts.text)),
  )
  state.lastSite = bases.at(-1)?.value ?? state.lastSite
  state.namedBefore.push(...sites)
}
