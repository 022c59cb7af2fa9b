import type { AppliedCorrection } from './correction.js'
import type { Count, DateSpan, Denial, EventStatus, EventType, Place, ClaimantKind } from './report.js'

/** One source's report as it is kept inside a merged event. */
export interface EventReport {
  article: string
  source: string
  quote: string
  start: number
  end: number
  claimant: string
  claimantKind: ClaimantKind
  /** This report's own stance; the event's `status` is derived from all of them. */
  status: EventStatus
  /** This report's own figures, so disagreements between sources stay visible. */
  killed: Count | null
  injured: Count | null
  /** `true` when the sentence says people were hurt and gives no number: the event shows no figure rather than another report's none. */
  hurtUncounted?: true
  /** The date expression as written (`on Sunday`), or `null` when the day came from the sentence before. */
  dateText: string | null
  /** The day this source said it, `YYYY-MM-DD`: apart from the event's own day. */
  saidOn: string
  /** What this report denies: `occurrence` (that it happened), `casualties`, `responsibility` or `target`; `null` when it denies nothing. */
  denies: Denial | null
  /**
   * The outlet whose reporting this is: the article's own outlet, or, when the article copies another's (a wire
   * story republished), the outlet that first published it (`ArticleCopy.outlet`). An event counts each once.
   */
  origin: string
}

/**
 * How well an event is sourced, at a glance: the first rule of `GRADE_RULES` (src/merge/grade.ts) that holds.
 * `contested`: the reports disagree on whether it happened; `confirmed-by-officials`: a U.S. or coalition official
 * confirms it; `several-outlets`: two or more independent outlets report it; `single-source`: one outlet's reporting alone.
 */
export type EventGrade = 'contested' | 'confirmed-by-officials' | 'several-outlets' | 'single-source'

/** One real-world event, merged from every report of it. The contract documented in the README and `src/model/event.schema.json`. */
export interface TimelineEvent {
  /** Stable, derived from date, place and type, e.g. `2023-10-18-al-tanf-garrison-attack`. No counters, no clock. */
  id: string
  type: EventType
  /** First day, `YYYY-MM-DD`. */
  date: string
  /** Last day, `YYYY-MM-DD`. */
  dateEnd: string
  datePrecision: DateSpan['precision']
  /** Where it happened, as precise as the most precise report; `null` when no report names a place. */
  location: Place | null
  weapons: string[]
  actors: string[]
  /** Groups an editor recorded as having claimed it (a correction's `claimedBy`); absent when the reports alone say who claimed it. */
  claimedBy?: string[]
  killed: Count | null
  injured: Count | null
  status: EventStatus
  /** `true` when the reports disagree on whether it happened: one denies its occurrence while another says it did. A denial of the casualties, of responsibility or of the target is no dispute of this (a denial of the target makes its report `denied`, and the page says what it denies). */
  disputed: boolean
  /** How well it is sourced (`EventGrade`), derived from its status, `disputed` and `independentSources`. */
  grade: EventGrade
  /** How many outlets report it in their own words: its reports' distinct `origin`s (case and spacing ignored), so copies of one story count once. At least 1. */
  independentSources: number
  summary: string
  reports: EventReport[]
  /**
   * Why the reports were merged: a sentence for each way an article's reports joined the first report, naming the
   * article by outlet and title (`nameArticle`), never by file, and never the same sentence twice; an editor's merge
   * adds its own. Empty for a single report.
   */
  mergeReasons: string[]
  /** What editors changed, with their reasons (`seeds/corrections.yaml`): the audit trail. Absent or empty when uncorrected. */
  corrections?: AppliedCorrection[]
}

/**
 * Timeline order, the one every list, page, feed and data file uses: first day, last day, attacks
 * before context, then id: the same whatever order the events come in.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.date.localeCompare(b.date) || a.dateEnd.localeCompare(b.dateEnd) || Number(a.type !== 'attack') - Number(b.type !== 'attack') || a.id.localeCompare(b.id)
  )
}
