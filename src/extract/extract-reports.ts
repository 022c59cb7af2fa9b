import type { Diagnostic } from '../model/diagnostic.js'
import type { Article } from '../ingest/article.js'
import { isCampaignMilitia, type ClaimantEntry, type Knowledge } from '../knowledge/knowledge.js'
import { actsAsSubject } from './group-acts.js'
import { normalizeForMatching } from '../clean/normalize-for-matching.js'
import { attributeClaim, MILITIA_WORD, statusOfKind, UNCONFIRMED, type Attribution } from './attribute-claim.js'
import {
  AGGREGATE_COUNT,
  ASKED,
  IN_GENERAL,
  PAST_IN_GENERAL,
  classifySentence,
  isCountOverAPeriod,
  isUsStrike,
  type SentenceFacts,
  type Verdict,
} from './classify-sentence.js'
import { findCasualties } from './find-casualties.js'
import { MONTH_WORD } from '../calendar.js'
import { datingMentions, findDates, MONTH_NAME, SAME_DAY, type DateMention } from './find-dates.js'
import { tollsByBase } from './toll-by-base.js'
import { countedFromTold } from './counted-from-told.js'
import { rememberSites, rememberTold, startArticle, startEntry, type Carry, type CarriedDay, type UndatedLead } from './article-state.js'
import { learnShortNames } from './short-names.js'
import { tableRows } from './table-row.js'
import { theBaseMeant } from './the-base.js'
import { outsideCampaign } from '../knowledge/campaign.js'
import { liesOutside } from '../knowledge/lies-outside.js'
import { excerpt } from './excerpt.js'
import { ANSWERS, splitAnsweredAttack } from './answered-attack.js'
import { addsToStory, ALL_OF_THEM, EARLIER_ATTACKS, countsPlaces, hasFigure, howManyOfThem, narrowed, REFERS_BACK, TOLL, type Story } from './follow-up.js'
import type { Count, EventStatus, Report, UnplacedReport } from '../model/report.js'
import { AGGREGATE, ATTACK, EARLIER, EXCERPT_INTRO, IN_ATTACKS_ON, TARGET_NAMED, US_STRIKE_NOUN } from './sentence-cues.js'
import { analyze } from './analyze-sentence.js'
import { ATTACK_DAY_NOT_GIVEN, DAY_NOT_GIVEN, LIST_MARK, addsToReports, buildReports, followUpReports, noneOfThatDay } from './build-reports.js'
import { COUNT_REACH, countsADay, countsTheDay } from './day-count.js'
import { POINTS_BACK_IN_TIME, daysFrom } from './days-between.js'
import { citedByNote, footnoteSources } from './footnote-sources.js'
import { IDENTIFIED, KNOWN_AS, LIES_IN, nameIdentifiedBase, nameStoryBase } from './name-the-base.js'
import { raiseToldFigure } from './revised-figure.js'
import { postedOn } from './posted-on.js'
import { dateLine } from '../ingest/date-line.js'
import { WEEKDAY_WORD } from '../calendar.js'
import { summarize } from './summarize.js'
import { toPlace } from './to-place.js'
import { DENY } from './find-denial.js'
import { allMatches } from './all-matches.js'

export interface ExtractResult {
  reports: Report[]
  /** Attacks at a named base with no day Salvo can resolve: no event, but a correction can place them. */
  unplaced: UnplacedReport[]
  diagnostics: Diagnostic[]
}

/** A sentence that opens on the attack told: "The one-way attack drone struck …", "The rockets landed …", "The attack came …". */
const OPENS_ON_THE_ATTACK =
  /^\W*The (?:(?!(?:second|third|fourth|fifth|other|first|latest|next|new|last|earlier|later)\b)[\w-]+ ){0,3}?(?:attack|strike|drone|rockets?|missiles?|barrage|salvo)\s+(?:struck|hit|landed|exploded|came|slammed|crashed)\b/
/** One more of the attacks told: "another drone", "a second rocket", "also landed", "was also targeted", "in the same wave". */
const ONE_MORE_OF_THEM = /\b(?:another|a second|a third|also|too|as well(?! as)|in the same (?:wave|salvo|barrage|attack|operation))\b/i
/** A verb of telling, after which `ONE_MORE_OF_THEM` is about what was told, not the telling ("the group also said"). */
const SAID = /\b(?:said|says|announced|claimed|reported|stated|added)\b/i

/** A line that tells one attack on a place, with no verb: "- One attack on Qasrak base in Al-Hasakah countryside." */
/** A count of attacks: "attacked 58 times in Iraq", "targeted more than 170 times". */
const TIMES_OVER = /\b(?:\d+|[a-z]+ty(?:-[a-z]+)?|dozens? of|hundreds? of)\s+times\b/i
const ONE_ATTACK_ON = /^[\s*•–-]*(?:one|a single)\s+attack\s+(?:on|against|at)\b/i

/** "the group", "the Iraqi faction": a reference back to the militia named before. */
const ANAPHORIC_GROUP =
  /\b(?:the|this|that) (?:(?:same|Iraqi|armed|Shiite|Shia|Iran-backed|Iran-aligned|pro-Iran|pro-Iranian) )?(?:group|militia|faction|alliance)\s+(?:also\s+)?(?:said|says|claimed|claims|announced|added|stated)\b|\bits (?:fighters|drones|rockets|militants)\b/i

/** Words that give a sentence a source of its own: "local media reported", "according to", "citing", "was told". */
const SOURCED = /\b(?:said|says|reported|reports|according to|citing|cited|told|claimed|claims|announced|stated)\b/i

/** A weekday's name, in full or cut short: "Monday", "Tue.", "Thurs". */
const WEEKDAY_NAMED = new RegExp(String.raw`\b${WEEKDAY_WORD}\b`, 'i')

/** A bold line led by a day and a dash: a digest's day heading ("**Friday – missiles on the al-Omar field**", "**Sunday 28 January: …**"). */
const DAY_LINE =
  /^\s*(?:\*\*|__)\s*((?:(?:late|early)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?:,?\s+\d{1,2}\s+\p{L}{3,9}\.?|,?\s+\p{L}{3,9}\.?\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?)\s*[—–|:-]\s[^*_\n]*(?:\*\*|__)\s*$/iu

/**
 * A bold line closed by a day after a dash: a log's item heading ("**1. Harir air base, Erbil province — Wednesday 18 October,
 * 12:18 local**"). The day, group 1, has no year: a show's header ("**NIGHTLY NEWS — Monday, January 29, 2024 — 6:30 p.m.**")
 * writes its own day with one.
 */
const ITEM_LINE = new RegExp(
  String.raw`^\s*(?:\*\*|__)[^*_\n]{3,160}?\s[—–-]\s+((?:${WEEKDAY_WORD},?\s+)?(?:\d{1,2}\s+${MONTH_WORD}\b\.?|${MONTH_WORD}\.?\s+\d{1,2}\b)(?!,?\s+(?:19|20)\d{2}))(?:(?:,|\s[—–-])\s*[^*_\n]{0,40})?(?:\*\*|__)\s*$`,
  'i',
)

/** The time a live blog's entry leads with: "11.50am", "21:05", "9:40 p.m.". */
const ENTRY_TIME = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?=\s|$)/i

/** A paragraph that is one bold line led by a time: a live blog's entry heading ("**1.25pm — Iraqi group says it hit Erbil base**"). */
const ENTRY_LINE = new RegExp(String.raw`^\s*(?:\*\*|__)\s*${ENTRY_TIME.source.slice(1)}\s*[—–|-][^*_\n]*(?:\*\*|__)\s*$`, 'i')

/** A month's name, written out or cut short: a date written, not a weekday alone. */
const A_MONTH = new RegExp(String.raw`\b${MONTH_NAME}`, 'i')

/** The words of a heading or sentence, without Markdown's marks and punctuation. */
const wordsOf = (text: string): string[] => text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w))

/** A sentence's figures say no one was harmed: it gives at least one figure, and each it gives is zero. */
const isNone = (c: { killed: Count | null; injured: Count | null }): boolean =>
  (c.killed !== null || c.injured !== null) && (c.killed === null || c.killed.max === 0) && (c.injured === null || c.injured.max === 0)

/** Why a sentence about another attack was set aside: a follow-up right after it ("no one died in that attack") is about that attack. */
const OTHER_ATTACK = /historical reference|strike by another state|attack at sea|strike on an armed group|fire from the base|a base of other forces/

/** Words in a news outlet's name: a source named so is a newsroom, whatever government body its name also holds. */
const NEWS_OUTLET =
  /\b(?:news|times|post|journal|daily|wire|tv|television|radio|press|today|herald|tribune|network|monitor|magazine|gazette|observer|review|weekly|media|agency|broadcasting|channel|online|report|insider|line|voice)\b/i

/** A denial of a report, a claim or the attack itself: "denied a separate report that", "dismissed reports of", "denied that Harir had been attacked". */
const DENIES_THE_REPORT = new RegExp(
  String.raw`\b${DENY}\s+(?:(?:a|the|any|all|these|those|such)\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|claims?|rumou?rs?|accounts?|allegations?)\b|\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:any|an)\s+(?:[\w-]+\s+)?attack|\bden(?:y|ies|ied|ying)\s+that\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,4}?(?:had been|has been|was|were)\s+(?:attacked|hit|struck|targeted)\b(?!\s+by\b)`,
  'i',
)
/**
 * What tells an attack beside a denial: after "but", "however", "although", "instead" or "saying" (not a "But" that opens
 * the sentence), a weapon that struck, fell or was shot down: "…, saying the rockets fell outside the base", "but said a
 * second drone was shot down". Not "…, saying the drone sightings were false alarms", "but gave no further details".
 */
function stillAnAttack(text: string): boolean {
  for (const m of allMatches(TURN_OF_THE_SENTENCE, text)) {
    if (/^\W*$/.test(text.slice(0, m.index))) continue
    if (STRUCK_ALL_THE_SAME.test(text.slice(m.index + m[0].length))) return true
  }
  return false
}
const TURN_OF_THE_SENTENCE = /\b(?:but|however|although|though|instead|saying)\b/gi
const STRUCK_ALL_THE_SAME = /\b(?:struck|hit|fell|landed|shot down|intercepted|exploded|impacted|carried out|launched|fired|downed)\b/i
/** Before a month that is its sentence's topic: the sentence's opening, "Take", "In", "During", "By late". */
const MONTH_AS_TOPIC = /^\W*(?:(?:Take|In|During|Throughout)\s+)?(?:(?:early|mid|late)-?\s*)?$/i
/** A base that opens a sentence as the time of what it tells: "Before the al-Omar attack,", "After the Tower 22 strike,". */
const namesATime = (text: string, p: { start: number; end: number }): boolean => {
  const mark = TIME_MARK.exec(text)
  return mark !== null && p.start >= mark.index && p.end <= mark.index + mark[0].length
}
const TIME_MARK =
  /^\W*(?:Before|After|Since|Until|Following|Ahead of)\s+the\s+(?:[\w'’-]+\s+){1,4}?(?:(?:drone|rocket|missile)\s+)?(?:attack|strike|barrage)s?\s*,/i
/** Whether a sentence tells a U.S. strike. */
const isUsStrikeVerdict = (verdict: Verdict): boolean => verdict !== null && 'type' in verdict && verdict.type === 'us-strike'

/** A date that is only a time of the day in hand ("in the evening", "hours later"): in a heading, no day of its own. */
const ONLY_A_TIME_OF_DAY = new RegExp(String.raw`^\W*(?:${SAME_DAY.source})\W*$`, 'i')

/** A heading of a few words, markup aside: a crosshead when it names no day and no place. */
const isShortHeading = (text: string): boolean =>
  text
    .replace(/[*_#>]/g, ' ')
    .trim()
    .split(/\s+/).length <= 6

/** A paragraph that tells what others report, or what its author cannot confirm. */
const OTHERS_REPORT =
  /\b(?:media|outlets?|reports?|reported|according to|citing|sources?|monitors?|(?:cannot|can't|could not|has not|have not|did not|does not) (?:yet )?confirm(?:ed)?)\b/i

/** A repost's header naming the government body whose release it is: "Originally issued by: U.S. Department of State". */
const ISSUED_BY = /^[ \t*_]*(?:originally\s+)?(?:issued|released)\s+by\s*:\s*([^|\n]{3,80})/im

/** A list item's label split off as a sentence of its own: "A-2.", "3.1", "B-7", "(c)". */
const LIST_LABEL = /^\W*(?:[A-Z]{1,2}-?\d{1,3}|\d{1,3}(?:\.\d{1,3})*|\(?[a-z]\))\.?\W*$/
/**
 * A day that opens its paragraph before a dash or colon, as a chronology's items do: "**Nov. 14** – Rockets were launched
 * at … on Tuesday morning", "**Aug. 5:** …", "14 November: …". The day of the item, from which its weekdays are counted.
 */
const LEAD_DAY = new RegExp(
  String.raw`^[\s*_>•·-]*((?:${MONTH_WORD}\.?\s+\d{1,2}\b|\d{1,2}\s+${MONTH_WORD}\.?)(?:,?\s+(?:19|20)\d{2})?)\.?[*_]*\s*[–—:-][*_]*\s`,
  'i',
)

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
  const group = facts.groups.find((g) => inCell(g) && isCampaignMilitia(g.value))
  return group ? { claimant: group.value.name, claimantKind: 'militia', status: 'claimed', denies: null } : null
}

/**
 * What a table's own verdict column says of a row: "Confirmed (Brig. Gen. Pat Ryder, Pentagon)" is the official it
 * names, or U.S. officials when it names none; "Claimed" is the militia the row names; "Reported (Iraqi army sources)"
 * is the source it names, or the outlet's report, and never a confirmation. `null` when the cell says none of these.
 */
function verdictInCell(facts: SentenceFacts, cell: { start: number; end: number }, offset: number, own: Attribution, outlet: Attribution): Attribution | null {
  const text = facts.text.slice(Math.max(0, cell.start - offset), Math.max(0, cell.end - offset))
  const named = sourceInCell(facts, cell, offset)
  // "Confirmed (Islamic Resistance in Iraq statement)", "Confirmed by local media": whoever the cell names is who says so.
  if (/^\s*confirmed\b/i.test(text)) {
    if (named !== null) return named
    if (own.status === 'confirmed') return own
    return /^\s*confirmed\s*\.?\s*$/i.test(text) ? { claimant: 'U.S. officials', claimantKind: 'us-official', status: 'confirmed', denies: null } : null
  }
  if (/^\s*claimed\b/i.test(text)) {
    if (own.status === 'claimed') return own
    const group = facts.groups.find((g) => isCampaignMilitia(g.value))
    return group ? { claimant: group.value.name, claimantKind: 'militia', status: 'claimed', denies: null } : null
  }
  // "Unverified", under a "Claimed by" cell: not confirmed, and still the militia's claim. "Reported" is reported.
  if (/^\s*(?:reported|unconfirmed|unverified)\b/i.test(text)) {
    if (own.status === 'reported' || (own.status === 'claimed' && !/^\s*reported\b/i.test(text))) return own
    return named !== null && named.status === 'reported' ? named : outlet.status === 'reported' ? outlet : null
  }
  return null
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
  // So is a government release another site reposts whole, saying so in its header: "Originally issued by: U.S. Department
  // of State, Office of the Spokesperson | Release date: …".
  const officialBy = (name: string): ClaimantEntry | undefined =>
    knowledge.findClaimants(normalizeForMatching(name)).find((c) => c.value.kind === 'us-official' || c.value.kind === 'host-government')?.value
  const publisher = NEWS_OUTLET.test(article.source) ? undefined : officialBy(article.source)
  const issuedBy = ISSUED_BY.exec(article.body.slice(0, 3000))?.[1]
  const reposted = publisher === undefined && issuedBy !== undefined ? officialBy(issuedBy) : undefined
  /** A transcript (two turns or more, "MAJ. GEN. RYDER: …", "Q (wire service): …"), and who spoke in its last turn. */
  const transcript = article.paragraphs.filter((p) => p.setAside === null && TURN.test(article.body.slice(p.start, p.end))).length >= 2
  const rows = tableRows(article.body, article.paragraphs)
  // Dates alone on their lines, those cleaning set aside in the page header too ("Monday 29 January" under a live blog's
  // title): a second one makes the first a section's, not the page's own date.
  const lineDates = article.paragraphs.map((p) => dateLine(article.body.slice(p.start, p.end)))
  const dateLines = article.paragraphs.filter((p, i) => !p.heading && lineDates[i] !== null).length
  // A chronology: three or more days, each alone on its line or heading, as trackers and timelines set them.
  const chronology =
    new Set(article.paragraphs.filter((p, i) => p.setAside === null && lineDates[i] === 'day').map((p) => article.body.slice(p.start, p.end).trim())).size >= 3
  /** The first day of the campaign's first month: a month before it anchors no "On the 9th". */
  const campaignMonth = knowledge.campaign.start.slice(0, 8) + '01'
  for (const [paragraphIndex, paragraph] of article.paragraphs.entries()) {
    if (paragraph.setAside !== null) continue
    const paragraphText = article.body.slice(paragraph.start, paragraph.end)
    const intro = EXCERPT_INTRO.exec(normalizeForMatching(paragraphText))
    if (intro?.[1]) {
      state.outlet = intro[1].trim()
      continue
    }
    // "Sunday 28 January", "October" on a line of its own below the lead: a chronology's heading, written as a line.
    const lineDate = paragraph.heading ? null : (lineDates[paragraphIndex] ?? null)
    if (paragraph.heading || lineDate !== null) {
      const dates = findDates(normalizeForMatching(paragraphText), article.date, state.previousDay)
      const days = dates.filter((d) => d.role === 'point' && d.span.precision === 'day')
      // A date alone on its line, and no other such line, on the day of publication or with its year: the page's own date
      // below its standfirst ("14 August, <year>"), or a photo's ("Dec. 25, <year>" under its caption), not a section. ("Here is
      // the latest one we have confirmed. / 20 November / Rockets targeted …" is.)
      if (lineDate === 'day' && dateLines === 1 && (days[0]?.span.start === article.date || /\b(?:19|20)\d{2}\b/.test(paragraphText))) continue
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
      // A live blog's time-stamped entry under a dated section ("**Thursday 1 February**" … "**10.20am — …**") is of that
      // day; not of a day an entry's own title named ("**11:30 — Saturday's base blast still unexplained**").
      const timed = day === undefined && ENTRY_TIME.test(paragraphText.replace(/^[\s*_#]+/, ''))
      // "**US gunship hits launch vehicle minutes later; further American strikes follow early on Wednesday**": a title's day
      // told of the U.S. reply, in a clause of its own, is no day of the attack under it.
      const ofTheReply =
        titled &&
        US_REPLY.test(
          paragraphText
            .slice(0, at + day.text.length)
            .split(/[;:|—–]/)
            .at(-1) ?? '',
        )
      const carried: CarriedDay | null =
        day && !ofTheReply
          ? {
              span: day.span,
              text: day.text,
              heading: true,
              ...(titled ? { titled } : {}),
              // A tracker's "Oct. 19" is the day of every entry under it; a live blog's "Monday 29 January" may hold a
              // later word on the day before's attack.
              ...(chronology && lineDates[paragraphIndex] === 'day'
                ? { chronology: WEEKDAY_NAMED.test(paragraphText) ? ('unlessToldBefore' as const) : ('firm' as const) }
                : {}),
            }
          : null
      if (carried !== null && wordsOf(paragraphText.replace(carried.text, ' ')).length <= 1) state.datedSection = carried
      startEntry(state, carried ?? (timed ? state.datedSection : null), crosshead)
      // "## October", "November <year>" alone: the month of the section under it, for its "On the 9th" (find-dates'
      // `monthAnchor`). Its undated lines are not of the lead's day, in another month.
      const month = lineDates[paragraphIndex] === 'month' ? dates.find((d) => d.role === 'point' && d.span.precision === 'month') : undefined
      if (month !== undefined && month.span.start >= campaignMonth) {
        state.sectionMonth = month.span.start
        if (state.previousDay !== null && !state.previousDay.startsWith(month.span.start.slice(0, 8))) state.previousDay = null
      }
      continue
    }
    // "**11.50am — Austin: attacks on US forces 'must stop'**": a live blog's entry heading too long to be taken for a
    // heading. It is read as a sentence, but it starts a new entry as a heading does: the story above it is another entry's.
    if (ENTRY_LINE.test(paragraphText)) {
      startEntry(state, state.datedSection)
    }
    // "**Friday – missiles on the al-Omar field, blasts at Conoco**": a digest's day heading too long to be taken for a
    // heading. It is read as a sentence, but it starts that day's section, as a heading does: its weekday is not counted
    // back from the section above ("**Thursday night – …**").
    // "**2. Ain al-Asad air base, Anbar — Wednesday 18 October**": a log's item heading, too long to be taken for a heading,
    // whose day closes it after a dash. It starts that item's section, as a day heading does.
    const dayLine = DAY_LINE.exec(paragraphText) ?? ITEM_LINE.exec(paragraphText)
    if (dayLine !== null) {
      const day = findDates(normalizeForMatching(dayLine[1] ?? ''), article.date, state.previousDay).find(
        (d) => d.role === 'point' && d.span.precision === 'day',
      )
      if (day !== undefined) {
        const carried: CarriedDay = { span: day.span, text: day.text, heading: true, around: true }
        state.datedSection = carried
        startEntry(state, carried)
      }
    }
    const carry: Carry = { day: state.sectionDay }
    // A run-in heading's day ("**20 November.** Militants fired a missile at Ain al-Asad on Monday evening"): the weekdays
    // after it in its paragraph are that entry's, not the last ones before publication.
    let runInDay: string | null = null
    const next = article.paragraphs[paragraphIndex + 1]
    const posted = postedOn(paragraphText, next === undefined ? '' : article.body.slice(next.start, next.end), article.date)
    const listItem = LIST_MARK.test(article.body.slice(Math.max(0, paragraph.start - 12), paragraph.start))
    // "• One attack on Qasrak base.": a line a bullet character opens, which Markdown reads as no list, is an item too.
    const bulletLine = /^\s*[•·▪◦]/.test(article.body.slice(paragraph.start, paragraph.start + 4))
    // Only as a chronology sets it: an item of a list, a day in bold, or a day and a colon ("27 October: …"). Not an op-ed's
    // "Jan. 28 — a date the Army will not forget."
    const leadMatch = LEAD_DAY.exec(paragraphText)
    const leadDay =
      leadMatch !== null && (listItem || bulletLine || /^[\s>]*(?:\*\*|__)/.test(paragraphText) || /:[*_]*\s$/.test(leadMatch[0])) ? leadMatch[1] : undefined
    if (leadDay !== undefined)
      runInDay =
        findDates(normalizeForMatching(leadDay), article.date, state.previousDay).find((d) => d.role === 'point' && d.span.precision === 'day')?.span.start ??
        null
    const row = rows[paragraphIndex] ?? null
    // "| n/d | Qasrak, NE Syria | drone attack foiled by coalition | n/a | local media |": each row of a table is a record
    // of its own, and one whose date cell gives no day takes none from the row above.
    if (row?.undated) {
      state.storyDay = null
      state.lastDay = null
      state.story = null
    }
    state.voices.startParagraph(listItem)
    state.otherTimeBefore = false
    state.historicAttackBefore = false
    const listVoice = state.voices.listVoice(paragraphText)
    // A transcript paragraph ("PENTAGON SPOKESPERSON: …") speaks for its speaker throughout.
    const label = /^\s*([A-Z][A-Z .'’-]{2,50}):\s/.exec(paragraphText)?.[1]
    const labelled = label ? knowledge.findClaimants(normalizeForMatching(label))[0]?.value : undefined
    // In a transcript, the speaker of the last turn goes on speaking in the paragraphs after it until the next turn.
    if (transcript && TURN.test(paragraphText)) state.turnSpeaker = labelled
    // A reposted release's body is its issuer's, but not a paragraph that tells what others report and the issuer does not
    // confirm ("Local media report that rockets struck … The Embassy cannot confirm these reports").
    const speaker =
      (label ? labelled : transcript ? state.turnSpeaker : undefined) ??
      publisher ??
      (reposted === undefined || OTHERS_REPORT.test(paragraphText) ? undefined : reposted)
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
    state.monthAnchor = state.sectionMonth
    let paragraphCounted = false
    for (const sentence of paragraph.sentences) {
      if (sentence.setAside !== null || row?.undated) continue
      const placesBefore = state.lastPlaces
      // "The one-way attack drone struck at about 5 p.m. — late evening in Syria —": a sentence that opens on the story's
      // attack tells its time of day on the attack's day, whatever day the sentence before was about.
      const storyOpened = state.story
      const onTheStory =
        storyOpened !== null && storyOpened.type === 'attack' && storyOpened.date.start === storyOpened.date.end && OPENS_ON_THE_ATTACK.test(sentence.text)
      const readWith = (previousDay: string | null): SentenceFacts =>
        analyze(sentence.text, article.date, previousDay, knowledge, {
          speaksForUs: speaker?.kind === 'us-official',
          eventDay: reports.at(-1)?.date.start ?? null,
          shortNames: state.shortNames,
          // Under a post's stamp, "today" is the day it was posted. Under a timeline entry's run-in heading ("**July 16,
          // 2024 — Ain al-Asad Air Base.**"), "late on Tuesday" is that entry's Tuesday, as under a live blog's dated heading.
          // A run-in entry's day (not a day of posting) is the one a weekday is nearest to.
          entryDay:
            posted ??
            (carry.day?.runIn === true
              ? carry.day.span.start
              : (runInDay ?? (state.sectionDay?.heading === true && state.sectionDay.titled !== true ? state.sectionDay.span.start : null))),
          yearAnchor: state.yearAnchor,
          aroundEntry: posted === null && carry.day?.runIn !== true && (runInDay !== null || state.sectionDay?.around === true),
          monthAnchor: state.monthAnchor,
        })
      let facts = readWith(onTheStory ? storyOpened.date.start : state.previousDay)
      // "The rockets hit Ain al-Asad that night" after a story at Erbil: a base of its own makes it another attack.
      if (onTheStory && facts.places.some((p) => p.value.precision === 'site' && !storyOpened.places.some((q) => q?.id === p.value.id)))
        facts = readWith(state.previousDay)
      // "Before the al-Omar attack, the group said on Tuesday it had targeted Rumailan": a base named only to time what the
      // sentence tells is no place of it.
      const timeMark = facts.places.filter((p) => p.value.precision === 'site' && namesATime(facts.text, p))
      if (timeMark.length > 0) facts = { ...facts, places: facts.places.filter((p) => !timeMark.includes(p)) }
      state.yearAnchor =
        facts.dates.filter((d) => (d.role === 'point' || d.role === 'historical') && YEAR_WRITTEN.test(d.text)).at(-1)?.span.start ?? state.yearAnchor
      // "Take October.", "In October, …": a month that opens its sentence as its topic anchors "On the 14th" after it. Not a
      // month of something said or counted ("The Pentagon said in January …", "A report in April counted …"); a sentence
      // with another day, or the day something was said, ends the anchor.
      const monthNamed = facts.dates.find((d) => d.role === 'point' && d.span.precision === 'month' && MONTH_AS_TOPIC.test(facts.text.slice(0, d.start)))
      if (monthNamed !== undefined && !facts.dates.some((d) => d !== monthNamed && d.span.precision === 'day') && monthNamed.span.start >= campaignMonth)
        state.monthAnchor = monthNamed.span.start
      else if (facts.dates.length > 0) state.monthAnchor = null
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
      // "The al-Tanf garrison sits in the country's southeast": a base that opens a sentence describing where it lies, with no
      // attack told, is named as the base the story placed only in its area.
      const identified = facts.places.find(
        (p) =>
          p.value.precision === 'site' &&
          (IDENTIFIED.test(facts.text.slice(Math.max(0, p.start - 80), p.start)) ||
            (/^\W*(?:the\s+)?$/i.test(facts.text.slice(0, p.start)) && LIES_IN.test(facts.text.slice(p.end, p.end + 40)) && !ATTACK.test(facts.text))),
      )
      if (identified) state.identifiedSites.push(identified.value)
      if (state.story !== null && state.story.type === 'attack') {
        // Not a base named in a clause about another attack: "The attack came days after rockets hit a site known as Green Village".
        const named = facts.places.find(
          (p) =>
            p.value.precision === 'site' &&
            KNOWN_AS.test(facts.text.slice(Math.max(0, p.start - 80), p.start)) &&
            !/\b(?:after|before|since|followed|preceded)\b/i.test(facts.text.slice(0, p.start)),
        )
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
          justBefore: state.voices.justBefore(),
        }),
        facts.text,
        notes,
      )
      // "| 27 Oct | Ain al-Asad | Drone shot down | None | U.S. defense official |": the row's source column says who said so.
      const rowSource = row?.source ? sourceInCell(facts, row.source, sentence.start - paragraph.start) : null
      // The column speaks for the row over the outlet's own words, and a U.S. official there over a local source in the row's text.
      // So does a local source there over a claim in the row's text ("…; Tashkil al-Waritheen claims it | Kurdistan CT |").
      const outranks = (a: Attribution, b: Attribution): boolean =>
        (a.status === 'confirmed' && b.status !== 'confirmed') || (a.status === 'reported' && b.status === 'claimed')
      if (rowSource !== null && own.denies === null && (own.claimantKind === 'media' || outranks(rowSource, own))) own = rowSource
      // "| 6 Nov | Ain al-Asad | rockets | Islamic Resistance in Iraq | Unverified |": a "Claimed by" column is the militia's
      // claim, where the row's words name no other source.
      const rowClaim =
        row?.claim && own.claimantKind === 'media' && own.denies === null ? sourceInCell(facts, row.claim, sentence.start - paragraph.start) : null
      if (rowClaim !== null && rowClaim.status === 'claimed') own = rowClaim
      // "| 23 Oct | al-Tanf | 2 UAVs | … | Confirmed (Pentagon) |": the table's own verdict column has the last word.
      const rowVerdict = row?.verdict && own.denies === null ? verdictInCell(facts, row.verdict, sentence.start - paragraph.start, own, fallback) : null
      if (rowVerdict !== null) own = rowVerdict
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
      const onCountedDay = (span: { start: string; end: string }): boolean =>
        dayCount !== null && span.start === span.end && span.start >= (dayCount.from ?? dayCount.day) && span.end <= dayCount.day
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
      let attribution: Attribution =
        goesOn && account !== null ? account.attribution : listed && listing !== null ? listing : inCount && dayCount !== null ? dayCount.attribution : own
      const line = paragraph.line + (article.body.slice(paragraph.start, sentence.start).match(/\n/g)?.length ?? 0)
      const ownSites = facts.places.filter((p) => p.value.precision === 'site')
      // "An official said there had been no attack on the U.S. Embassy": officials' denial of an attack at a named base
      // is a report of that attack, denied, not a statement.
      if (attribution.status === 'denied' && ownSites.length > 0 && (verdict === null || ('type' in verdict && verdict.type === 'statement')))
        verdict = { type: 'attack' }
      // "| 2024-08-05 | Ain al-Asad air base | 2 Katyusha rockets | 0 | 5 |": a row of a table of incidents, with its day, its
      // base and a weapon, records an attack though it has no verb.
      if (
        row?.incident &&
        (verdict === null || ('type' in verdict && verdict.type === 'statement')) &&
        // The place column may name a base by its town ("al-Malikiyah base, Hasakah"); an area or a country alone ("Southern
        // Syria", "Three bases in Syria (not named)") is a summary's, which the rows of named bases may already hold.
        facts.places.some(
          (p) =>
            p.value.precision === 'site' ||
            (p.value.precision === 'area' && /^\s*(?:air\s*)?(?:base|garrison|outpost|airfield|airstrip)\b/i.test(facts.text.slice(p.end, p.end + 20))),
        ) &&
        facts.weapons.length > 0 &&
        facts.dates.some((d) => d.role === 'point' && d.span.precision === 'day')
      )
        verdict = { type: 'attack' }
      // "| 12 Nov 2023 | Ain al-Asad air base | C-RAM counter-rocket system installed |", "| Turkish drone strike on SDF
      // vehicle |": a row whose own type or what cell tells a deployment, a drill, a visit, an alert or another state's
      // strike records no attack, whatever its words.
      if (row?.notAnAttack && verdict !== null && 'type' in verdict && verdict.type === 'attack')
        verdict = { skip: "a table's row that records no attack: a deployment, a drill, a visit, an alert or another state's strike" }
      // "Kurdish counter-terrorism officials denied a report that Harir was attacked on November 11": a host government's
      // or a source's denial that it happened, with no one in the sentence saying it did, reports no attack.
      // Only a denial of the report itself ("denied a report that", "dismissed reports of", "denied that Harir had been
      // attacked"), with nothing in the sentence that tells an attack all the same ("…, saying the rockets fell outside the
      // base", "but said a second drone was shot down") and no other voice (a militia's claim, a U.S. official).
      if (
        attribution.denies === 'occurrence' &&
        attribution.status === 'reported' &&
        (attribution.claimantKind === 'host-government' || attribution.claimantKind === 'local-security') &&
        DENIES_THE_REPORT.test(facts.text) &&
        !stillAnAttack(facts.text) &&
        !facts.claimants.some((c) => c.value.kind === 'us-official' || c.value.kind === 'militia') &&
        !facts.groups.some((g) => g.value.kind === 'militia') &&
        verdict !== null &&
        'type' in verdict &&
        verdict.type === 'attack'
      )
        verdict = { skip: 'its only voice denies that it happened' }
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
      // "Rockets were fired at three more sites … A newspaper identified them as Mission Support Site Euphrates, Ain al-Asad
      // again, and the Baghdad Diplomatic Support Center": the bases of a story told at no base, named right after "as".
      const firstSite = ownSites[0]
      const identifiedThem =
        firstSite !== undefined &&
        IDENTIFIED_THEM.test(facts.text.slice(Math.max(0, firstSite.start - 80), firstSite.start)) &&
        // Of a story told at no base, or of the sentence just before, which gave a day and named no base ("… said that at
        // dawn on Sunday its fighters had used drones against four bases. It named three of them as …").
        ((state.story?.type === 'attack' && state.story.places.every((p) => p === null || p.precision !== 'site')) ||
          (state.lastDayParagraph === paragraph && state.lastDay !== null && state.lastDaySitelessAttack))
      if (
        verdict === null &&
        ownSites.length > 0 &&
        points.length === 0 &&
        (state.storyDay !== null || identifiedThem) &&
        (TARGET_NAMED.test(facts.text) || identifiedThem)
      ) {
        verdict = { type: 'attack' }
        // "The Islamic Resistance in Iraq said … its fighters had used drones against three bases. It named them as …": the
        // voice that told the attacks names their bases.
        const teller = state.voices.previous(facts.text)
        if (identifiedThem && attribution.claimantKind === 'media' && /^\W*(?:It|They|The (?:group|militia|statement))\b/.test(facts.text) && teller !== null)
          attribution = teller
      }
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
        // "Ryder said 21 personnel were hurt in drone attacks on al-Asad and al-Tanf": a set of attacks at several bases
        // summed up, with no day, is not the story's attack ("injured in rocket attacks on Ain al-Asad", one base, may be).
        !(IN_ATTACKS_ON.test(facts.text) && new Set(ownSites.map((p) => p.value.id)).size > 1) &&
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
        // "On Saturday, the group said it had struck Harir. The group also said on Sunday that it had hit Kharab al-Jir": at
        // a base the story has not told, the day it was said is nearer than the day of another base's attack.
        // Not when it points back at the story's attack ("the rockets had been aimed at Rumalyn"), tells one more of its
        // wave ("… said on Monday that another drone was shot down near Erbil air base", "a rocket also landed"; not "the
        // group also said"), or says its source gave no day.
        const saidOfItsOwn =
          facts.dates.some((d) => d.role === 'said' && d.span.precision === 'day') &&
          !atStoryBase &&
          toldHere === undefined &&
          !REFERS_BACK.test(facts.text.replace(TIME_MARK, (m) => ' '.repeat(m.length))) &&
          !ONE_MORE_OF_THEM.test(facts.text.slice(SAID.exec(facts.text)?.index ?? 0)) &&
          // "… rockets hit the Rumalyn base as well as positions at Tal Baydar", after a lead placed in north-east Syria:
          // the story's attacks in detail. Not after a story at another base ("the bases at al-Malikiyah and Rumailan, as
          // well as the base at al-Shaddadi", after al-Omar): a list of its own.
          !(storyHere && /\bas well as\b/i.test(facts.text)) &&
          !DAY_NOT_GIVEN.test(facts.text) &&
          !ATTACK_DAY_NOT_GIVEN.test(facts.text)
        if (!EARLIER.test(facts.text) && !saidOfItsOwn)
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
      // "… eight American personnel were injured when a close-range ballistic missile struck Ain al-Asad. The attack took place
      // on Monday evening, according to US Central Command": a lead that named its base but no day, kept undated, is the
      // attack the next sentence dates when it points back at it with a day of its own and names no base.
      const sitedLead = state.undatedSitedLead
      if (
        sitedLead !== null &&
        sitedLead.after === reports.length &&
        day !== undefined &&
        ownSites.length === 0 &&
        TOOK_PLACE.test(facts.text) &&
        !FROM_ANOTHER_EVENT.test(facts.text)
      ) {
        const places = sitedLead.facts.places.filter((p) => p.value.precision === 'site').map((p) => toPlace(p.value))
        const dated: Story = { type: 'attack', date: day, places }
        reports.push(...followUpReports({ ...sitedLead, story: dated, article, knowledge }))
        // Dated now: no longer kept for a correction to place, and no warning.
        forgetUndated(sitedLead, unplaced, diagnostics)
        state.story = dated
        state.undatedSitedLead = null
      }
      // "Both attacks took place on Wednesday 18 October, Centcom said": the day of the attacks the paragraph that last told
      // some (this one or one before) told with only the day their source spoke or a day the sentences before lent them. A
      // source speaks on the day of an attack or after it, so a report only moves back, to a day of the campaign.
      if (day !== undefined && day.start === day.end && ownSites.length === 0 && THE_ATTACKS_TOOK_PLACE.test(facts.text)) {
        // The attacks this paragraph told, if it told any; else those of the paragraphs before, on the day the last had.
        // With none told in this paragraph, only a sentence that opens it points back past it ("The Houthis claimed attacks on
        // Eilat. The attacks took place on Wednesday" is about the Houthis' attacks).
        const lent = reports.filter((r) => r.type === 'attack' && state.toldLater.has(r))
        const here = reports.filter((r) => r.type === 'attack' && r.start >= paragraph.start)
        const opens = paragraph.sentences.find((x) => x.setAside === null) === sentence
        const last = lent.at(-1)
        const from = article.paragraphs[Math.max(0, paragraphIndex - 3)]?.start ?? 0
        const meant =
          here.length > 0 ? here.filter((r) => state.toldLater.has(r)) : opens ? lent.filter((r) => r.start >= from && r.date.start === last?.date.start) : []
        for (const r of meant) if (day.start < r.date.start && day.end <= r.saidOn && day.start >= knowledge.campaign.start) r.date = day
      }
      const story =
        state.story ??
        (attribution.status === 'confirmed' && !isUsStrikeVerdict(verdict) && TOLL.test(facts.text) && !EARLIER_ATTACKS.test(facts.text)
          ? state.storyAboveCrosshead
          : null)
      const entry = state.runInEntry !== null && state.runInEntry.paragraph === paragraphIndex ? state.runInEntry.story : null
      // "Two separate drone attacks on U.S. and coalition forces." under an entry's heading: attacks of the entry's day and
      // base, not a count over a period.
      if (entry !== null && verdict === AGGREGATE_COUNT && facts.dates.length === 0 && ownSites.length === 0) verdict = { type: 'attack' }
      // "Since October 19, the monitor has documented 50 attacks. Here is a breakdown of those attacks: … - One attack on
      // Qasrak base.": a line of the breakdown is a part of the count, with no day of its own.
      if ((listItem || bulletLine) && state.countBreakdown && ONE_ATTACK_ON.test(facts.text) && points.length === 0) verdict = AGGREGATE_COUNT
      if (isCountOverAPeriod(verdict)) paragraphCounted = true
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
        state.noneThatDay = { day: dayCount.day, from: dayCount.from, facts, attribution, sentence, ofCount: dayCount }
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
      } else if (state.story !== null && deniesTheClaim(verdict, attribution, ownSites.length, ownDays.length, state.story, reports.at(-1), paragraph.start)) {
        // "Al-Thawriyoun said it had fired drones at al-Tanf. A Pentagon official said there had been no attack.": a U.S.
        // official's word that none took place, naming no other base or day, right after a militia's claim in the same
        // paragraph, denies it.
        reports.push(...followUpReports({ story: state.story, facts, attribution, group, article, sentence, knowledge }))
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
        // "U.S. forces had been attacked 58 times in Iraq and 83 times in Syria since October. Most of the roughly 70 injuries
        // have been minor.": the tally's toll, not the story's, unless it points back at the attack.
        !(state.tallyBefore && !REFERS_BACK.test(facts.text)) &&
        // "… called the U.S. strikes a clear hostile act. It says one member of the security forces was killed": their toll.
        !(state.usStrikesBefore && state.story?.type === 'attack' && !REFERS_BACK.test(facts.text)) &&
        // "The Iraqi government said the strikes killed one member of its security forces", a paragraph after U.S. strikes
        // on militia sites: "the strikes" are those, not the attack the story told.
        !(state.story?.type === 'attack' && THE_STRIKES.test(facts.text) && state.usStrikeTold) &&
        addsToStory(facts, verdict, story, knowledge.campaign.region)
      ) {
        const made = followUpReports({ story: narrowed(story, facts) ?? story, facts, attribution, group, article, sentence, knowledge })
        raiseToldFigure(made, reports, facts.text)
        if (addsToReports(made, attribution, facts.text)) {
          reports.push(...made)
          // "Rockets were fired at al-Asad. On the same Monday, salvos were also launched at Green Village and at MSS
          // Euphrates. Nobody was hurt.": a short "nobody was hurt" that names no attack closes the paragraph's account of
          // that day, every attack of it that has no toll yet. Only a U.S. official's word on the toll may also raise what
          // is known of the attack; the outlet's does not make a militia's claim its report.
          const day = made[0]?.date
          if (day !== undefined && ownSites.length === 0 && ownDays.length === 0 && saysOnlyNoneWasHurt(facts)) {
            const toldHere = new Set(made.map((r) => r.location?.id))
            const before = reports.filter(
              (r) =>
                r.start >= paragraph.start &&
                r.start < sentence.start &&
                !toldHere.has(r.location?.id) &&
                r.status !== 'denied' &&
                r.hurtUncounted !== true &&
                (attribution.claimantKind === 'us-official' || STATUS_RANK[r.status] >= STATUS_RANK[attribution.status]),
            )
            reports.push(...noneOfThatDay({ day: day.start, facts, attribution, sentence }, before, article, knowledge))
          }
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
        (POINTS_BACK_IN_TIME.test(facts.text) || (state.historicAttackBefore && !GOES_ON_NOW.test(facts.text)))
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
          ...(row === null ? {} : { columns: { killed: row.killed, injured: row.injured } }),
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
        // "New details emerged about an earlier attack on Erbil air base. Before dawn on 26 October, a drone struck a barracks
        // housing American soldiers": an attack told with its day and no base, right after a lead that named the attack on a
        // base as a thing ("an earlier attack on") with no day, is that attack at that base. Not after a lead that tells an
        // attack of its own ("Rockets were also fired at the Harir base"), a past one ("missiles once slammed into Ain
        // al-Asad") or a claim; nor a sentence that says it is another ("Separately, on Tuesday, …").
        const sitedBefore = state.undatedSitedLead
        const placeless = made.filter((r) => r.type === 'attack')
        const site = sitedBefore?.facts.places.filter((p) => p.value.precision === 'site') ?? []
        if (
          sitedBefore !== null &&
          sitedBefore.after === reports.length &&
          sitedBefore.sentence.start >= paragraph.start &&
          sitedBefore.attribution.status !== 'claimed' &&
          site.length === 1 &&
          site[0] !== undefined &&
          THE_ATTACK_ON_IT.test(sitedBefore.facts.text.slice(Math.max(0, site[0].start - 60), site[0].start)) &&
          !ANOTHER_ONE.test(facts.text) &&
          ownSites.length === 0 &&
          placeless.length > 0 &&
          placeless.every((r) => r.location === null && r.date.precision === 'day')
        ) {
          const place = toPlace(site[0].value)
          for (const [i, r] of made.entries())
            if (r.type === 'attack') made[i] = { ...r, location: place, summary: summarize(r.type, place, r.weapons, r.claimant, knowledge) }
          forgetUndated(sitedBefore, unplaced, diagnostics)
        }
        // "The Pentagon said on Monday that the number wounded in the drone strike on a desert outpost in Jordan had risen to
        // 34. Three soldiers were killed in the attack, which hit Tower 22 early on Sunday": a statement that gives the toll
        // of an attack it neither dates nor names is about the attack the next sentence dates and names, as an undated lead is.
        const tollOfUntold =
          verdict.type === 'statement' && ownSites.length === 0 && ownDays.length === 0 && ATTACK.test(facts.text) && hasFigure(findCasualties(facts.text))
        state.undatedSitedLead =
          made.length === 0 && verdict.type === 'attack' && ownSites.length > 0 && ownDays.length === 0 && unplaced.some((u) => u.start === sentence.start)
            ? { facts, attribution, group, sentence, after: reports.length, line }
            : made.length > 0
              ? null
              : state.undatedSitedLead
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

      const dayPoints = points.filter((d) => d.span.precision === 'day')
      const lastPoint = dayPoints.at(-1)
      // "… attacked four times late Thursday, … before the truce took hold in Gaza on Friday morning": the story's day is
      // not a day in a clause of another time after it.
      const storyPoint = dayPoints.filter((d, i) => i === 0 || !ANOTHER_TIME.test(facts.text.slice(dayPoints[i - 1]?.end ?? 0, d.end))).at(-1)
      if (storyPoint && (ATTACK.test(facts.text) || facts.weapons.length > 0) && !(verdict !== null && 'skip' in verdict)) {
        state.storyDay = { span: storyPoint.span, text: storyPoint.text, heading: false }
        state.storyDayParagraph = paragraphIndex
        state.leadDay ??= storyPoint.span.start
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
        state.lastDaySitelessAttack = !facts.places.some((p) => p.value.precision === 'site') && facts.weapons.length > 0 && ATTACK.test(facts.text)
        state.previousDay = lastPoint.span.start
      }
      // "In the early hours of Jan. 8, 2020, Iran's Guards fired missiles at the base. It was revenge for a strike five days
      // earlier.": a day of another time, written after the sentence's last day of the campaign, is the day its next
      // sentence counts from, as a day of the campaign is.
      const lastHistoricDay = facts.dates.filter((d) => d.role === 'historical' && d.span.precision === 'day').at(-1)
      if (lastHistoricDay !== undefined && (lastPoint === undefined || lastHistoricDay.start > lastPoint.start)) state.previousDay = lastHistoricDay.span.start
      // "There have been several attacks on al-Asad this summer. On July 16th, … went after the base": a count of attacks
      // names the base the next sentence's "the base" means, as a question does.
      // "Shaddadi, south of Hasakah, has been a frequent target." opening a paragraph names the base the paragraph goes on
      // about; such a remark inside a story about another base does not.
      const opensOnItsBase =
        verdict === IN_GENERAL &&
        sentence.start <= paragraph.start + 4 &&
        new Set(namedSites.map((p) => p.value.id)).size === 1 &&
        /^\W*(?:the\s+)?$/i.test(facts.text.slice(0, namedSites[0]?.start ?? 0))
      rememberSites(state, facts, verdict !== null && 'skip' in verdict && verdict !== ASKED && verdict !== AGGREGATE_COUNT && !opensOnItsBase)
      // A statement made here ("here is what US officials have said about the attacks earlier this week") tells no event of its own.
      const toldEvent = reports.slice(reportsBefore).some((r) => r.type !== 'statement')
      state.voices.heard(attribution, facts, reports.length > reportsBefore ? reports.at(-1)?.date : undefined, toldEvent)
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
      // "U.S. troops came under fire at least four times within 24 hours, a U.S. military official said on Monday, hours after
      // U.S. airstrikes": a count of the day before the one it was given and of that day (the strikes it came after are
      // not counted, see `countsADay`).
      const saidOn = facts.dates.find((d) => d.role === 'said' && d.span.precision === 'day' && d.span.start === d.span.end)
      if (
        attribution.claimantKind === 'us-official' &&
        attribution.status === 'confirmed' &&
        ownDays.length === 0 &&
        saidOn !== undefined &&
        countsADay(facts.text)
      )
        state.voices.counted({
          attribution,
          day: saidOn.span.start,
          from: daysFrom(saidOn.span.start, -1).start,
          areas: facts.places.filter((p) => p.value.precision !== 'site').map((p) => p.value),
          paragraph: paragraphIndex,
        })
      // The militia "the group" means next: the campaign militia named last; none after a group outside the campaign acted
      // or spoke ("Islamic State militants fired mortars … The group said …"); the one before when it was only named.
      const campaignMilitia = facts.groups.find((g) => isCampaignMilitia(g.value))
      if (campaignMilitia !== undefined) state.lastMilitia = campaignMilitia.value.name
      else if (facts.groups.some((g) => g.value.kind === 'militia' && !g.value.campaign && actsAsSubject(facts.text, g))) state.lastMilitia = null
      // "On September 18, an unidentified drone struck Arbat airport …": an attack at no place the campaign knows, on a day
      // of its own other than the story's, is another attack too, and the toll told next is its toll.
      // So is a blast at a base the campaign does not know, in a town or region only: "Early on Saturday, an explosion ripped
      // through Kalsu military base south of Baghdad, used by the PMF. One member of the force was killed".
      const unplacedOtherDay =
        reports.length === reportsBefore &&
        facts.places.every((p) => p.value.precision !== 'site') &&
        (facts.weapons.length > 0 || /\b(?:explosions?|blasts?)\b/i.test(facts.text)) &&
        ATTACK.test(facts.text) &&
        state.story !== null &&
        ownDays.length > 0 &&
        ownDays.every((d) => d.span.end < (state.story?.date.start ?? '') || d.span.start > (state.story?.date.end ?? ''))
      state.tallyBefore =
        verdict !== null && ownSites.length === 0 && (isCountOverAPeriod(verdict) || (verdict === PAST_IN_GENERAL && TIMES_OVER.test(facts.text)))
      state.otherAttackBefore = (verdict !== null && 'skip' in verdict && OTHER_ATTACK.test(verdict.skip)) || unplacedOtherDay
      // "And the memory of Al-Asad in January 2020 hangs over all of it. Back then, …": a sentence about another time,
      // attack or not, is what the next one goes on with.
      // "On Jan. 8, 2020, Iran launched a salvo at two Iraqi bases …": an attack of another time, set aside as history or
      // dated before the campaign, and "Eleven missiles struck al-Asad." after it in the paragraph goes on with it.
      const madeHere = reports.slice(reportsBefore)
      const historical = verdict !== null && 'skip' in verdict && /historical reference/.test(verdict.skip)
      state.historicAttackBefore =
        (historical && (ATTACK.test(facts.text) || facts.weapons.length > 0)) ||
        (madeHere.length > 0 && madeHere.every((r) => r.type === 'attack' && r.date.end < knowledge.campaign.start))
      state.otherTimeBefore = historical || (reports.length === reportsBefore && facts.dates.some((d) => d.role === 'historical')) || state.historicAttackBefore
      // Told since the last attack: "U.S. bombers struck 85 targets. On Sunday, drones targeted Conoco. Those strikes killed
      // six SDF fighters": the drones' toll.
      if ((verdict !== null && 'type' in verdict && verdict.type === 'us-strike') || ORDERED_STRIKES.test(facts.text)) state.usStrikeTold = true
      // Not an attack named as what the reply answered: "the first part of its response to the January 28 drone attack".
      else if (reports.slice(reportsBefore).some((r) => r.type === 'attack') && !ANSWERS.test(facts.text)) state.usStrikeTold = false
      // "… a sharp statement calling the strikes a clear hostile act. It says one person was killed": after U.S. strikes were
      // told, "the strikes" are theirs.
      state.usStrikesBefore =
        (verdict !== null && 'type' in verdict && verdict.type === 'us-strike') ||
        // "The strikes were the first response to the Jan. 28 drone attack that killed three U.S. soldiers at Tower 22.
        // Nearly 40 people were reported killed.": the sentence is about the strikes; the attack they answered is named only.
        (state.usStrikeTold && STRIKES_ANSWERED.test(facts.text)) ||
        // "Nearly 40 people were reported killed. Iraq's Popular Mobilization Forces said 16 of its members died": a toll that
        // made no report after the strikes' goes on with them.
        (state.usStrikesBefore && reports.length === reportsBefore && hasFigure(findCasualties(facts.text))) ||
        (!(verdict !== null && 'type' in verdict && verdict.type === 'attack') &&
          (US_STRIKE_NOUN.test(facts.text) || (state.usStrikeTold && THE_STRIKES.test(facts.text))))
      // "Iran's Guards fired missiles at Erbil. Flights at Erbil airport were suspended. A US official said no American
      // facilities were hit": a sentence that reports nothing in between keeps the paragraph on the other attack.
      state.otherAttackParagraph =
        state.otherAttackBefore || aboutOther || (reports.length === reportsBefore && state.otherAttackParagraph === paragraph) ? paragraph : null
    }
    // "The official provided the following account:" introduces the list after it, which speaks in the official's voice.
    const lastText = paragraph.sentences.filter((x) => x.setAside === null).at(-1)?.text
    if (!listItem && !bulletLine) state.countBreakdown = paragraphCounted && /:\s*$/.test(lastText ?? '')
    state.voices.endParagraph(listItem, lastText)
  }
  for (const site of state.identifiedSites) nameIdentifiedBase(site, reports, knowledge)
  joinDayBefore(reports, state.toldLater, knowledge)
  return { ...setAsideOutsideCampaign(article, knowledge, reports, diagnostics), unplaced }
}

/**
 * "Seven Americans were injured when rockets struck Al-Asad, the Pentagon said Tuesday", in a story that dated the
 * attack Monday: an attack report dated only by the day its source spoke, or by the story around it, that falls the day
 * after an attack on the same base the article tells (or on no place, told after it), is that attack, told a day later. A source speaks on the day of an
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
    // "A military base … in Deir ez-Zor came under heavy fire in the early hours of Sunday. … a barrage slammed into the
    // base at the Conoco gas field": an attack the article dates itself that day, in an area the base lies in, is the one
    // told; a Conoco attack of Saturday told later ("A day earlier, …") is another.
    const areaThatDay = (o: Report): boolean => {
      const area = o.location?.id ? knowledge.placeById.get(o.location.id) : undefined
      return (
        o.type === 'attack' &&
        area !== undefined &&
        area.precision !== 'site' &&
        !toldLater.has(o) &&
        o.date.precision === 'day' &&
        o.date.start === r.date.start &&
        r.location !== null &&
        !liesOutside(r.location, area)
      )
    }
    // Only for a report with no day of its own: one dated by the day its source spoke ("…, the Pentagon said Sunday") may
    // still be the attack of the day before.
    if (r.dateText === null && reports.some(areaThatDay)) return null
    const before = dayBefore(r.date.start)
    // "… said in a post on Monday that a drone struck the academy inside the US base … The group claimed responsibility on
    // Monday, saying it carried out the attack on Sunday, Feb. 4": a later report of an attack at no place, dated the day
    // before by its own words, gives the day of the one base the article told that day was said.
    const onlyBaseThatDay = reports.every((o) => !toldLater.has(o) || !sited(o) || o.date.start !== r.date.start || o.location?.id === r.location?.id)
    const placelessAfter = (o: Report): boolean =>
      onlyBaseThatDay &&
      o.type === 'attack' &&
      o.location === null &&
      o.date.precision === 'day' &&
      !toldLater.has(o) &&
      o.start > r.start &&
      THE_ATTACK.test(o.quote) &&
      !ANOTHER_ATTACK.test(o.quote)
    if (reports.some((o) => (same(o) || placelessAfter(o)) && o.date.start === before)) return before
    // "… telling Russian media on Saturday that the American base in the Conoco gas field had been hit by five missiles",
    // after Thursday's Conoco attack: told in the past perfect, it is the attack there up to three days before.
    if (!HAD_BEEN_HIT.test(r.quote)) return null
    return [2, 3].map((n) => daysFrom(r.date.start, -n).start).find((day) => reports.some((o) => same(o) && !toldLater.has(o) && o.date.start === day)) ?? null
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

/** One report or attack pointed at: "The U.S. military had not confirmed that report, and no casualties were mentioned." */
const ONE_OF_THEM_NAMED = /\b(?:that|this|the)\s+(?:report|claim|attack|strike|incident|drone|rocket|missile)\b/i

/** A short sentence that only says no one was hurt, of no attack in particular: "Nobody was hurt.", "There were no casualties." */
const saysOnlyNoneWasHurt = (facts: SentenceFacts): boolean =>
  facts.weapons.length === 0 &&
  facts.text.split(/\s+/).length <= 16 &&
  !ATTACK.test(facts.text) &&
  !ONE_OF_THEM_NAMED.test(facts.text) &&
  isNone(findCasualties(facts.text))

/**
 * Whether a sentence is a U.S. official's denial that the attack a militia just claimed took place: it denies that one
 * happened, names no base and no day of its own, and the report made last, in the paragraph that starts at
 * `paragraphStart`, is that claim, of the story in hand.
 */
function deniesTheClaim(
  verdict: Verdict,
  attribution: Attribution,
  ownSites: number,
  ownDays: number,
  story: Story,
  last: Report | undefined,
  paragraphStart: number,
): boolean {
  if (story.type !== 'attack' || last === undefined || last.type !== 'attack' || last.status !== 'claimed') return false
  if (last.start < paragraphStart) return false
  if (attribution.status !== 'denied' || attribution.claimantKind !== 'us-official' || attribution.denies !== 'occurrence') return false
  if (ownSites > 0 || ownDays > 0) return false
  if (verdict !== null && 'skip' in verdict && verdict.skip !== 'says no attack came') return false
  return story.places.some((p) => p !== null && p.id === last.location?.id) && story.date.start === last.date.start
}

/** How strongly a status says an attack happened: a claim, a report, an official's confirmation. */
const STATUS_RANK: Record<EventStatus, number> = { denied: -1, claimed: 0, reported: 1, confirmed: 2 }

/** "President Joe Biden ordered air raids on three sites", "Austin ordered strikes", "Biden, who …, approved strikes on three sites": the U.S. reply, ordered. */
const ORDERED_STRIKES =
  /\b(?:ordered|approved|authori[sz]ed)(?<=\b(?:Biden|[Pp]resident|Austin|[Dd]efense [Ss]ecretary|Pentagon|Washington|White House)\b[^.;]{0,120}?(?:ordered|approved|authori[sz]ed))\s+(?:[\w-]+\s+){0,2}?(?:air ?strikes|strikes|raids)\b/

/** Words that open a clause of another time: "before the truce took hold", "after", "until", "ahead of" (not "after midnight"). */
const ANOTHER_TIME = /\b(?:before|after|until|ahead of)\b(?!\s+(?:midnight|dark|dawn|daybreak|sunrise|sunset|nightfall|noon|\d))/i

/** "the strikes", "those U.S. airstrikes", "the retaliatory raids": strikes told as a set, the U.S. reply where one was told. */
/** An attack told in the past perfect: "the base had been hit by five missiles", "Two rockets had hit the base". */
const HAD_BEEN_HIT = /\bhad (?:been (?:hit|struck|targeted|attacked|shelled)|hit|struck)\b/i

const THE_STRIKES = /\b(?:the|these|those)\s+(?:(?:U\.S\.|US|American|retaliatory|overnight|air)\s+)?(?:air ?strikes|strikes|raids)\b/i
/** A sentence whose subject is the U.S. strikes told before, and which names the attack they answered: "The strikes were the first response to …". */
const STRIKES_ANSWERED = new RegExp(String.raw`^\W*${THE_STRIKES.source}[^.;]{0,40}?${ANSWERS.source}`, 'i')

/** "identified them as", "identified the three sites as", "named three of them as being in Syria —", right before the first base named. */
const IDENTIFIED_THEM =
  /\b(?:identif(?:y|ies|ied)|named|names|listed|lists) (?:them|(?:two|three|four|five|six|some|most|all) of them|the (?:[\w-]+ )?(?:bases|targets|outposts|sites|facilities)) as (?:being )?(?:in (?:[\w-]+ ){1,2}?[—–:-]+ )?(?:the )?$/i
/** "separately confirmed that the drone attack on Wednesday", "also claimed the attack on Tuesday, without saying where": another attack. */
const ANOTHER_ATTACK = /\b(?:separately|also|another|second|other|earlier|previous|prior|previously)\b|\bwithout (?:saying|specifying|giving) where\b/i
/** "the attack", "that drone strike": an attack the story told already. */
const THE_ATTACK = /\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|operation)\b/i

/** "Both attacks took place on Wednesday", "The attacks happened on 18 October": a day given to the attacks told before. */
const THE_ATTACKS_TOOK_PLACE =
  /^\W*(?:Both|The\s+two|All\s+(?:three|four|five)|The)\s+(?:(?:drone|rocket|missile)\s+)?attacks\s+(?:all\s+|both\s+)?(?:took place|happened|occurred)\s+(?:late\s+|early\s+)?(?:on\s+)?(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/

/** The U.S. reply named: "American strikes follow", "U.S. retaliatory raids" (not "U.S. aircraft" or "US response", which may be what was hit or weighed). */
const US_REPLY = /\b(?:U\.?S\.?|US|American)\s+(?:(?:retaliatory|air|new|further|fresh)\s+)?(?:strikes|air ?strikes|raids|retaliation|reprisals)\b/i

/** A lead dated or placed at last: no longer kept for a correction to place (`unplaced`), nor warned of as undated. */
function forgetUndated(lead: { sentence: { start: number }; line: number }, unplaced: UnplacedReport[], diagnostics: Diagnostic[]): void {
  for (let i = unplaced.length - 1; i >= 0; i--) if (unplaced[i]?.start === lead.sentence.start) unplaced.splice(i, 1)
  for (let i = diagnostics.length - 1; i >= 0; i--)
    if (diagnostics[i]?.code === 'date-unresolved' && diagnostics[i]?.line === lead.line) diagnostics.splice(i, 1)
}

/** Right before a base, an attack named as a thing: "an earlier attack on", "the drone strike against". */
const THE_ATTACK_ON_IT = /\b(?:attack|strike|assault|barrage)\s+(?:on|at|against|that\s+(?:targeted|hit|struck))\s+(?:the\s+)?$/i
/**
 * A sentence that says its attack is another: "Separately, …", "Elsewhere, …", "In another attack". Narrower than
 * `ANOTHER_ATTACK` (which reads a quote): "earlier" or "also" in the sentence that dates a lead's attack is no other attack.
 */
const ANOTHER_ONE =
  /^\W*(?:Separately|Elsewhere|Meanwhile|Also|In (?:a|another) (?:separate )?(?:attack|incident))\b|\b(?:another|a separate|a second)\s+(?:[\w-]+\s+)?(?:attack|strike|drone|rocket)\b/i
/** "The attack took place on Monday evening", "the strike happened", "The missile struck on Monday night": a day given to an attack told before. */
const TOOK_PLACE =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|incident|barrage)\s+(?:took place|happened|occurred|was carried out)\b|^\W*(?:The|That|This|Those|These)\s+(?!(?:[\w-]+\s+)?(?:Israeli|American|U\.?S\.?|Iranian|Houthi|Turkish|Russian|coalition|Jordanian|Iraqi)\b)(?:[\w-]+\s+){0,2}?(?:missiles?|drones?|rockets?|projectiles?|mortar rounds?|mortars?|shells?|barrage|salvo)\s+(?:struck|hit|landed|exploded|slammed|came down|came in|impacted|(?:was|were) (?:fired|launched))\b(?![^.;]*\b(?:Israel|Israeli|Houthis?|Yemen|Lebanon|Hezbollah|Gaza|Red Sea|Eilat|Damascus)\b)/i
/** A day counted from another event: "the attack came a week after …", "on the eve of Monday's meeting". */
const FROM_ANOTHER_EVENT = /\b(?:after|before|following|since|in response to|in retaliation for|eve of|ahead of)\b/i

/** A date written with its year: "October 2023", "Jan. 28, 2024". */
const YEAR_WRITTEN = /\b(?:19|20)\d{2}\b/

/** A speaker's turn in a transcript: "MAJ. GEN. RYDER: …", "Q: …", "Q (wire service): …", "**SINGH:** …". */
const TURN = /^\s*\**(?:Q|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,4})(?: \([^)\n]{1,40}\))?:\**\s/

/** 1-based file line of a body offset. */
const lineAt = (article: Article, offset: number): number => article.bodyLine + (article.body.slice(0, offset).match(/\n/g)?.length ?? 0)

/**
 * Words that tie an undated attack to the story rather than to the history told just before it: "Rockets also targeted
 * the Harir base, the official said", "Syrian state media reported".
 */
const GOES_ON_NOW = /\b(?:also|too|again|as well|meanwhile|separately|said|says|reported|reports|according to|told|confirmed|announced|claimed)\b/i

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
