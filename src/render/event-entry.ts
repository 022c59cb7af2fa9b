import type { AppliedCorrection } from '../model/correction.js'
import { safeSlug } from '../safe-slug.js'
import { placeKey } from '../model/place-key.js'
import type { Count, EventStatus, EventType } from '../model/report.js'
import type { TimelineEvent } from '../model/event.js'
import { labelDate } from './format-date.js'
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

export const TYPE_LABELS: Record<EventType, string> = { attack: 'Attack', 'us-strike': 'U.S. strike', statement: 'Statement', other: 'Other' }

/** What each kind of correction is called, on event pages and in the corrections feed. */
export const CORRECTION_LABELS: Record<AppliedCorrection['kind'], string> = {
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

/** The badge of a status; pass the reports' statuses to say how they disagree. */
export function statusBadge(status: EventStatus, disputed = false, reportStatuses: EventStatus[] = []): StatusBadge {
  const tally = STATUS_ORDER.map((s) => ({ s, n: reportStatuses.filter((r) => r === s).length })).filter((t) => t.n > 0)
  const note = disputed ? `Reports disagree: ${tally.map((t) => `${t.n} ${t.s}`).join(', ')}.` : null
  return { id: status, ...STATUS[status], disputed, note }
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

export function countryLink(country: string | null): Link | null {
  return country === null ? null : { label: country, url: `/countries/${safeSlug(country)}/` }
}

/** One event as a timeline line. */
export function toEntry(event: TimelineEvent, naming: Naming): EventEntry {
  const outlets = new Set(event.reports.map((r) => r.source))
  const claimedBy = [...new Set(event.reports.filter((r) => r.claimantKind === 'militia').map((r) => r.claimant))].sort((a, b) => a.localeCompare(b, 'en'))
  return {
    id: event.id,
    url: `/events/${event.id}/`,
    type: event.type,
    typeLabel: TYPE_LABELS[event.type],
    context: event.type !== 'attack',
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
      event.status,
      event.disputed,
      event.reports.map((r) => r.status),
    ),
    sources: `${plural(event.reports.length, 'report')} from ${plural(outlets.size, 'outlet')}`,
    reportCount: event.reports.length,
  }
}
