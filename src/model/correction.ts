import type { Count, EventStatus, EventType } from './report.js'

/**
 * Which event a correction is about. Every field given must match, and exactly one
 * event must match. `article` + `quote` (a report's sentence) is the most stable
 * key: it keeps finding the event when its id changes because an article was added.
 */
export interface EventTarget {
  /** An event id, e.g. `2023-10-22-ain-al-asad-attack`. */
  event?: string
  /** Path of an article that reports the event, e.g. `seeds/2023-10-30-….md`. */
  article?: string
  /** A part of that article's sentence, whitespace-insensitive. */
  quote?: string
  /** First day, `YYYY-MM-DD`. */
  date?: string
  /** Gazetteer id of the place. */
  site?: string
  type?: EventType
}

/** Event fields an editor can set. `site` is a gazetteer id; `location: null` removes the place. */
export interface EventFix {
  type?: EventType
  date?: string
  dateEnd?: string
  datePrecision?: 'day' | 'range' | 'month'
  site?: string
  location?: null
  status?: EventStatus
  killed?: Count | null
  injured?: Count | null
  actors?: string[]
  weapons?: string[]
  summary?: string
}

/** One entry of `seeds/corrections.yaml`: a target, exactly one action, and a reason. */
export interface Correction {
  /** 1-based line of the entry in the corrections file. */
  line: number
  target: EventTarget
  reason: string
  action:
    | { kind: 'fix'; set: EventFix }
    | { kind: 'note'; note: string }
    | { kind: 'suppress' }
    | { kind: 'merge'; into: EventTarget }
    | { kind: 'split'; reports: { article: string; quote: string }[]; set: EventFix }
}

/** What a correction did to an event, shown on the event page as its audit trail. */
export interface AppliedCorrection {
  kind: Correction['action']['kind']
  reason: string
  /** Line of the correction in the corrections file. */
  line: number
  /** For fixes: each field changed, with its value before and after, as JSON text. */
  changes: { field: string; from: string; to: string }[]
  /** For notes: the editor's note. For merges and splits: what moved where. */
  note: string | null
}

/** A correction's outcome, for `npm run check` and the corrections feed. */
export interface CorrectionOutcome {
  line: number
  kind: Correction['action']['kind']
  reason: string
  /** The target as written, e.g. `article seeds/x.md, quote "One assault"`. */
  target: string
  /** `applied`, or why not: no event (or no event to merge into, or no report to split) matches, several do, or a check refused it (nothing changed). */
  result: 'applied' | 'no-target' | 'ambiguous' | 'refused'
  /** Ids of the events it changed (after the change). */
  events: string[]
}
