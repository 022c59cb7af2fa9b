import type { DiagnosticCode } from './diagnostic.js'
import type { ClaimantKind, Count, EventStatus, EventType } from './report.js'

/**
 * Which event a correction is about. Every field given must match, and exactly one
 * event must match. `article` + `quote` (a report's sentence) is the most stable
 * key: it keeps finding the event when its id changes because an article was added.
 */
export interface EventTarget {
  /** An event id, e.g. `2023-10-22-ain-al-asad-attack`. */
  event?: string
  /** An article that reports the event, by its id (`seeds/2023-10-30-….md`, as `npm run check` and the data name it); matched by file name, so any path to it works. */
  article?: string
  /** A part of that article's sentence, whitespace-insensitive. */
  quote?: string
  /** First day, `YYYY-MM-DD`. */
  date?: string
  /** Gazetteer id of the place. */
  site?: string
  type?: EventType
  /** For `accept` only: the kind of warning, e.g. `place-unknown` (`npm run check -- --json` shows each warning's code). */
  code?: DiagnosticCode
}

/** A report's own fields an editor can set, on the reports the target's `article` + `quote` name. */
export interface ReportFix {
  status?: EventStatus
  /** Who asserts it: a group id or name from `src/data/groups.yaml` (a claim), or anyone else with `claimantKind`. */
  claimant?: string
  claimantKind?: ClaimantKind
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
  /** Groups that claimed it (group ids or names from `src/data/groups.yaml`), whatever the reports say; also added to `actors`. */
  claimedBy?: string[]
  weapons?: string[]
  summary?: string
  /** Fields of the targeted report itself; the event's status and figures are derived again from its reports. */
  report?: ReportFix
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
    /** Acknowledges the warnings the target names (`article`, with `quote` and/or `code`): they no longer fail `--strict`. */
    | { kind: 'accept' }
}

/** What a correction did to an event, shown on the event page as its audit trail. */
export interface AppliedCorrection {
  /** An acceptance changes no event, so it is never in an event's trail. */
  kind: Exclude<Correction['action']['kind'], 'accept'>
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
  /** For `accept`: the warnings it acknowledged, as `file:line [code]`. */
  accepted?: string[]
}
