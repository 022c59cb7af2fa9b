import type { TimelineEvent } from '../model/event.js'
import { placeKey } from '../model/place-key.js'
import type { Count, EventStatus, EventType } from '../model/report.js'

/** What an event derives from each of its reports: the report's stance and figures. */
interface ReportFacts {
  status: EventStatus
  killed: Count | null
  injured: Count | null
}

/** `confirmed` if any official confirms; else `denied` if one denies; else `claimed`; else `reported`. */
export function deriveStatus(statuses: EventStatus[]): EventStatus {
  for (const status of ['confirmed', 'denied', 'claimed'] as const) if (statuses.includes(status)) return status
  return 'reported'
}

/** The range across every report's figure, or `null` when none gives one. */
export function spanOf(counts: (Count | null)[]): Count | null {
  const given = counts.filter((c): c is Count => c !== null)
  if (given.length === 0) return null
  return { min: Math.min(...given.map((c) => c.min)), max: Math.max(...given.map((c) => c.max)) }
}

/**
 * What an event derives from its reports: the span of each figure, its status, and whether the reports
 * disagree (one denies what another says, or their figures differ). A statement's status is not derived:
 * it is `statementStatus`, `confirmed` when merge makes the event; corrections pass the event's own,
 * which an editor may have set.
 */
export function deriveEvent(
  type: EventType,
  reports: ReportFacts[],
  statementStatus: EventStatus = 'confirmed',
): Pick<TimelineEvent, 'killed' | 'injured' | 'status' | 'disputed'> {
  const statuses = reports.map((r) => r.status)
  const killed = spanOf(reports.map((r) => r.killed))
  const injured = spanOf(reports.map((r) => r.injured))
  const denied = statuses.includes('denied') && statuses.some((s) => s !== 'denied')
  const figuresDiffer = (killed !== null && killed.min !== killed.max) || (injured !== null && injured.min !== injured.max)
  return { killed, injured, status: type === 'statement' ? statementStatus : deriveStatus(statuses), disputed: denied || figuresDiffer }
}

/**
 * A stable id from the content: day(s), place and type, `2023-10-18-al-tanf-attack`. A statement is
 * named by its speaker instead of a place: `speaker` gives that slug, and is called only for statements.
 */
export function eventId(event: Pick<TimelineEvent, 'type' | 'date' | 'dateEnd' | 'location'>, speaker: () => string): string {
  const days = event.date === event.dateEnd ? event.date : `${event.date}-to-${event.dateEnd}`
  return `${days}-${event.type === 'statement' ? speaker() : placeKey(event.location)}-${event.type}`
}

/** Every name in `lists`, once, sorted: an event's weapons and actors are the union of its reports'. */
export function unionSorted(...lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort()
}

/** What makes two reports one: the same passage of the same article. */
export function reportKey(report: { article: string; start: number; end: number }): string {
  return `${report.article}|${report.start}|${report.end}`
}
