import type { TimelineEvent } from '../model/event.js'
import { placeKey } from '../model/place-key.js'
import { gradeEvent } from './grade.js'
import type { ClaimantKind, Count, Denial, EventStatus, EventType } from '../model/report.js'

/** What an event derives from each of its reports: the report's stance, who took it, and figures. */
interface ReportFacts {
  status: EventStatus
  claimantKind: ClaimantKind
  killed: Count | null
  injured: Count | null
  /** The sentence says people were hurt and gives no number. */
  hurtUncounted?: true
  /** What the report's sentence denies, if anything. */
  denies?: Denial | null
}

/** A report's stance and who took it: what `deriveStatus` weighs. */
export type Stance = Pick<ReportFacts, 'status' | 'claimantKind' | 'denies'>

/**
 * `confirmed` if any U.S. or coalition official confirms; else `denied` if one denies; else `reported`
 * if anyone besides the perpetrator says it happened: local or security sources, a monitor, the host
 * government, witnesses, or an outlet in its own voice ("Rockets hit Ain al-Asad on Sunday. The Islamic
 * Resistance claimed the attack."); else `claimed`, when only the group that carried it out says so, as
 * the gold format (docs/eval-gold-format.md) defines it.
 */
export function deriveStatus(stances: Stance[]): EventStatus {
  // "Iran's mission said Tehran had no involvement in the attack": who did not do it says nothing on whether an attack
  // happened where a militia claimed one; such a report weighs only when there is nothing else.
  const others = stances.filter((s) => !(s.denies === 'responsibility' && s.status === 'reported'))
  const weighed = others.length > 0 ? others : stances
  const has = (status: EventStatus, sourced = false): boolean => weighed.some((s) => s.status === status && (!sourced || s.claimantKind !== 'media'))
  if (has('confirmed')) return 'confirmed'
  if (has('denied')) return 'denied'
  if (has('reported')) return 'reported'
  return has('claimed') ? 'claimed' : 'reported'
}

/**
 * The figure an event shows: the highest any report gives. Tolls rise as they are counted (34
 * injured on the day, more than 40 a week later), so a lower figure is an earlier count, not
 * a rival one; each report keeps its own figure on the event page. `null` when none gives one.
 */
export function highestOf(counts: (Count | null)[]): Count | null {
  let best: Count | null = null
  for (const c of counts) if (c !== null && (best === null || c.max > best.max || (c.max === best.max && c.min > best.min))) best = c
  return best
}

/**
 * Whether the reports disagree on whether it happened: one is `denied` while another says it did. Extraction
 * makes a report `denied` when its speaker denies the occurrence (`denies: 'occurrence'`), or when the only U.S.
 * voice in its sentence says U.S. forces were not the target (`denies: 'target'`). That one takes the rockets as
 * fired, so it disputes nothing of the occurrence; the page says what it denies. One that denies only the casualties
 * or who did it takes the attack as having happened and is `confirmed` or `reported`. Read from the statuses, so an
 * editor's correction of a report's status settles it. A statement is never disputed.
 */
export function disputesOccurrence(type: EventType, reports: Stance[]): boolean {
  return type !== 'statement' && reports.some((r) => r.status === 'denied' && r.denies !== 'target') && reports.some((r) => r.status !== 'denied')
}

/**
 * What an event derives from its reports: the highest of each figure, its status, whether the
 * reports disagree on whether it happened (`disputesOccurrence`), and, from those and the outlets
 * whose reporting the reports are (`origin`), its independent sources and grade (`gradeEvent`). A statement's
 * status is not derived: it is `statementStatus`, `confirmed` when merge makes the event;
 * corrections pass the event's own, which an editor may have set.
 */
export function deriveEvent(
  type: EventType,
  reports: (ReportFacts & { origin: string })[],
  statementStatus: EventStatus = 'confirmed',
): Pick<TimelineEvent, 'killed' | 'injured' | 'status' | 'disputed' | 'grade' | 'independentSources'> {
  const killed = highestOf(reports.map((r) => r.killed))
  const highest = highestOf(reports.map((r) => r.injured))
  // "Initial reports showed no injuries" and, later, "several personnel were treated for minor injuries": some were hurt,
  // and no report counts them, so the event shows no figure rather than the earlier none.
  const injured = highest !== null && highest.max === 0 && reports.some((r) => r.hurtUncounted === true) ? null : highest
  const status = type === 'statement' ? statementStatus : deriveStatus(reports)
  const disputed = disputesOccurrence(type, reports)
  return { killed, injured, status, disputed, ...gradeEvent({ type, status, disputed, reports }) }
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
