import type { AppliedCorrection, CorrectionOutcome } from '../model/correction.js'
import { safeSlug } from '../safe-slug.js'
import { placeKey } from '../model/place-key.js'
import type { Count, Denial, EventStatus, EventType } from '../model/report.js'
import type { EventReport, TimelineEvent } from '../model/event.js'
import { labelDate } from './format-date.js'
import { gradeLabel } from '../merge/grade.js'
import type { EventEntry, Link, StatusBadge } from './site-views.js'

/** What the render stage may know beyond the events: display names from the knowledge files. All optional. */
export interface RenderKnowledge {
  /** Weapon vocabulary, e.g. `{ id: 'ied', label: 'IED / roadside bomb' }`. */
  weapons?: { id: string; label: string }[]
  /** Groups, to give each the id its data file uses as its page's slug. */
  groups?: { id: string; name: string }[]
  /** The campaign the timeline covers (src/data/campaign.yaml), for the about page. */
  campaign?: { subject: string; start: string; end: string | null; region: string[] }
}

const STATUS: Record<EventStatus, { label: string; icon: string }> = {
  confirmed: { label: 'Confirmed', icon: '✓' },
  claimed: { label: 'Claimed', icon: '◆' },
  denied: { label: 'Denied', icon: '✕' },
  reported: { label: 'Reported', icon: '○' },
}
const STATUS_ORDER: EventStatus[] = ['confirmed', 'claimed', 'denied', 'reported']

/** What a report denies, as its line on the event page says it after "denies". */
const DENIALS: Record<Denial, string> = {
  occurrence: 'that it happened',
  casualties: 'the casualties',
  responsibility: 'responsibility for it',
  target: 'that U.S. forces were its target',
}

/** What a report denies, in words (`the casualties`); `null` when it denies nothing. */
export function denialText(denies: Denial | null): string | null {
  return denies === null ? null : DENIALS[denies]
}

/** A statement's badge: neutral, with a quotation mark for its shape, never a status's check mark or colour. */
const STATEMENT: { label: string; icon: string } = { label: 'Statement', icon: '“' }

export const TYPE_LABELS: Record<EventType, string> = { attack: 'Attack', 'us-strike': 'U.S. strike', statement: 'Statement', other: 'Other' }

/** What each kind of correction is called, on event pages and in the corrections feed. */
export const CORRECTION_LABELS: Record<CorrectionOutcome['kind'], string> = {
  accept: 'Warning accepted',
  fix: 'Fixed',
  note: 'Editor’s note',
  suppress: 'Suppressed',
  merge: 'Merged',
  split: 'Split',
}

/** One field a correction changed: `status: claimed → confirmed`. */
export function changeText(change: AppliedCorrection['changes'][number]): string {
  return `${change.field}: ${change.from} → ${change.to}`
}

/** Slugs and labels shared by every page, so a link to a site or group is spelt the same everywhere. */
export interface Naming {
  placeSlug: (location: NonNullable<TimelineEvent['location']>) => string
  groupSlug: (name: string) => string
  weaponLabel: (id: string) => string
}

export function makeNaming(knowledge: RenderKnowledge = {}): Naming {
  const groupIds = new Map((knowledge.groups ?? []).map((g) => [g.name, g.id]))
  const weaponLabels = new Map((knowledge.weapons ?? []).map((w) => [w.id, w.label]))
  return {
    placeSlug: placeKey,
    groupSlug: (name) => groupIds.get(name) ?? safeSlug(name),
    weaponLabel: (id) => weaponLabels.get(id) ?? id.replace(/-/g, ' '),
  }
}

export function statusLabel(status: EventStatus): string {
  return STATUS[status].label
}

/**
 * Whether readers are shown a status for an event of this type. A statement is what an official said, not an attack
 * that happened: its status in the data says who reported the words, and the site never shows it as confirmed or denied.
 */
export function showsStatus(type: EventType): boolean {
  return type !== 'statement'
}

/** Whether a report gave the status its event has on the timeline; a statement shows no status, so no report of it differs. */
export function agreesWithRecord(event: Pick<TimelineEvent, 'type' | 'status'>, reported: EventStatus): boolean {
  return !showsStatus(event.type) || reported === event.status
}

/**
 * The badge an event of `type` (or one of its reports) is shown with: its status, or for a statement the neutral
 * `Statement`, which no disagreement between reports changes. `disputed` is the event's: its reports disagree on
 * whether it happened. Pass the reports' statuses to say how: `Reports disagree on whether it happened: 1 report denies it,
 * 2 say it did (1 confirmed, 1 claimed).`
 */
export function statusBadge(type: EventType, status: EventStatus, disputed = false, reportStatuses: EventStatus[] = []): StatusBadge {
  if (!showsStatus(type)) return { id: 'statement', ...STATEMENT, disputed: false, note: null }
  const denying = reportStatuses.filter((s) => s === 'denied').length
  const telling = reportStatuses.filter((s) => s !== 'denied')
  const tally = STATUS_ORDER.map((s) => ({ s, n: telling.filter((r) => r === s).length })).filter((t) => t.n > 0)
  const how =
    reportStatuses.length === 0
      ? ''
      : `: ${plural(denying, 'report')} ${denying === 1 ? 'denies' : 'deny'} it, ${telling.length} ${telling.length === 1 ? 'says' : 'say'} it did (${tally.map((t) => `${t.n} ${t.s}`).join(', ')})`
  const note = disputed ? `Reports disagree on whether it happened${how}.` : null
  return { id: status, ...STATUS[status], disputed, note }
}

/**
 * Said when the reports disagree on the toll: one denies the casualties while another gives a figure the denial
 * contradicts, one above the denial's own of the same kind (3 killed against none killed) or, when the denial gives
 * no figure, any above zero. The attack itself is not in question, so this is no `disputed` and no "Reports
 * disagree" badge: the event page says it beside the status, in its own words. `null` when they agree.
 */
export function tollDispute(reports: Pick<EventReport, 'claimant' | 'denies' | 'killed' | 'injured'>[]): string | null {
  const contradicts = (denial: (typeof reports)[number], other: (typeof reports)[number]): boolean => {
    const givesFigure = denial.killed !== null || denial.injured !== null
    return (['killed', 'injured'] as const).some((kind) => {
      const own = denial[kind]
      const theirs = other[kind]
      return (own !== null || !givesFigure) && theirs !== null && theirs.max > (own?.max ?? 0)
    })
  }
  const denials = reports.filter((d) => d.denies === 'casualties' && reports.some((r) => r.denies !== 'casualties' && contradicts(d, r)))
  if (denials.length === 0) return null
  const who = [...new Set(denials.map((d) => d.claimant))]
  return `Reports disagree on the casualties: ${who.join(' and ')} ${who.length === 1 ? 'denies' : 'deny'} them.`
}

/** A count range as words: `20`, `1–3`. */
export function formatCount(count: Count): string {
  return count.min === count.max ? String(count.min) : `${count.min}–${count.max}`
}

/** `none killed, 20 injured`; `null` when neither figure is given. */
export function formatCasualties(killed: Count | null, injured: Count | null): string | null {
  const parts: string[] = []
  if (killed !== null) parts.push(killed.max === 0 ? 'none killed' : `${formatCount(killed)} killed`)
  if (injured !== null) parts.push(injured.max === 0 ? 'none injured' : `${formatCount(injured)} injured`)
  return parts.length === 0 ? null : parts.join(', ')
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * How many reports and outlets tell an event, and how many independent sources they come to: `2 reports from 2
 * independent outlets`, or, when some copy another's story, `3 reports from 3 outlets; 2 independent sources`.
 */
export function sourcesText(reports: number, outlets: number, independent: number): string {
  const told = `${plural(reports, 'report')} from`
  return independent === outlets
    ? `${told} ${plural(outlets, 'independent outlet')}`
    : `${told} ${plural(outlets, 'outlet')}; ${plural(independent, 'independent source')}`
}

export function countryLink(country: string | null): Link | null {
  return country === null ? null : { label: country, url: `/countries/${safeSlug(country)}/` }
}

/** One event as a timeline line. */
export function toEntry(event: TimelineEvent, naming: Naming): EventEntry {
  const outlets = new Set(event.reports.map((r) => r.source))
  // An editor's `claimedBy` says who claimed it whatever the reports say; otherwise each militia that speaks in a report.
  const claimedBy =
    event.claimedBy ?? [...new Set(event.reports.filter((r) => r.claimantKind === 'militia').map((r) => r.claimant))].sort((a, b) => a.localeCompare(b, 'en'))
  return {
    id: event.id,
    url: `/events/${event.id}/`,
    type: event.type,
    typeLabel: TYPE_LABELS[event.type],
    context: event.type !== 'attack',
    kind: event.type === 'attack' || !showsStatus(event.type) ? null : TYPE_LABELS[event.type],
    date: labelDate(event.date, event.dateEnd, event.datePrecision),
    summary: event.summary,
    place:
      event.location === null
        ? null
        : { name: event.location.name, url: `/sites/${naming.placeSlug(event.location)}/`, country: countryLink(event.location.country) },
    weapons: event.weapons.map((id) => ({ label: naming.weaponLabel(id), url: `/weapons/${id}/` })),
    groups: event.actors.map((name) => ({ label: name, url: `/groups/${naming.groupSlug(name)}/` })),
    claimedBy,
    casualties: formatCasualties(event.killed, event.injured),
    status: statusBadge(
      event.type,
      event.status,
      event.disputed,
      event.reports.map((r) => r.status),
    ),
    grade: { id: event.grade, label: gradeLabel(event.grade) },
    sources: sourcesText(event.reports.length, outlets.size, event.independentSources),
    reportCount: event.reports.length,
  }
}
