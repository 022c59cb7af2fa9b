import path from 'node:path'
import { safeSlug } from '../safe-slug.js'
import type { Diagnostic } from '../diagnostic.js'
import { summarize } from '../extract/extract-reports.js'
import type { Count, Place } from '../extract/report.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import type { TimelineEvent } from '../merge/event.js'
import { compareEvents, deriveStatus } from '../merge/merge-reports.js'
import type { AppliedCorrection, Correction, CorrectionOutcome, EventFix, EventTarget } from './correction.js'

export interface CorrectionsResult {
  events: TimelineEvent[]
  outcomes: CorrectionOutcome[]
  diagnostics: Diagnostic[]
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Articles are named by file: `seeds/x.md`, `x.md` and `/elsewhere/seeds/x.md` are one article (file names are unique in a seeds folder). */
const sameArticle = (a: string, b: string): boolean => path.basename(a) === path.basename(b)

/** True when `event` is the one `target` names: every field given matches. */
export function matchesTarget(event: TimelineEvent, target: EventTarget): boolean {
  if (target.event !== undefined && event.id !== target.event) return false
  if (target.date !== undefined && event.date !== target.date) return false
  if (target.type !== undefined && event.type !== target.type) return false
  if (target.site !== undefined && event.location?.id !== target.site) return false
  if (target.article !== undefined) {
    const quote = squash(target.quote ?? '')
    if (!event.reports.some((r) => sameArticle(r.article, target.article ?? '') && squash(r.quote).includes(quote))) return false
  }
  return true
}

/** The target as a phrase for messages: `article seeds/x.md, quote "One assault"`. */
export function describeTarget(target: EventTarget): string {
  return Object.entries(target).map(([k, v]) => (k === 'quote' ? `quote "${String(v).slice(0, 60)}"` : `${k} ${String(v)}`)).join(', ')
}

/** The id an event's content gives it: day(s), place (or the statement's speaker, kept from the old id) and type. */
function idFor(event: TimelineEvent, previousId: string): string {
  const days = event.date === event.dateEnd ? event.date : `${event.date}-to-${event.dateEnd}`
  const oldDays = /^\d{4}-\d{2}-\d{2}(?:-to-\d{4}-\d{2}-\d{2})?-/.exec(previousId)?.[0] ?? ''
  const oldWhat = previousId.slice(oldDays.length).replace(/-(attack|us-strike|statement|other)$/, '')
  const what = event.type === 'statement' ? oldWhat : event.location ? event.location.id ?? safeSlug(event.location.name) : 'unknown-location'
  return `${days}-${what}-${event.type}`
}

/** Recomputes what an event derives from its reports: figures, status and whether they disagree. */
function recompute(event: TimelineEvent): void {
  const span = (counts: (Count | null)[]): Count | null => {
    const given = counts.filter((c): c is Count => c !== null)
    return given.length === 0 ? null : { min: Math.min(...given.map((c) => c.min)), max: Math.max(...given.map((c) => c.max)) }
  }
  const statuses = event.reports.map((r) => r.status)
  event.killed = span(event.reports.map((r) => r.killed))
  event.injured = span(event.reports.map((r) => r.injured))
  if (event.type !== 'statement') event.status = deriveStatus(statuses)
  event.disputed = (statuses.includes('denied') && statuses.some((s) => s !== 'denied')) ||
    (event.killed !== null && event.killed.min !== event.killed.max) || (event.injured !== null && event.injured.min !== event.injured.max)
}

/** Applies a fix to an event, returning each change made, or an error sentence. */
function applyFix(event: TimelineEvent, fix: EventFix, knowledge: Knowledge): { changes: AppliedCorrection['changes'] } | { error: string } {
  const changes: AppliedCorrection['changes'] = []
  const change = (field: string, from: unknown, to: unknown): void => {
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from: JSON.stringify(from), to: JSON.stringify(to) })
  }
  let location: Place | null | undefined
  if (fix.site !== undefined) {
    const place = knowledge.places.find((p) => p.id === fix.site)
    if (!place) return { error: `\`site: ${fix.site}\` is not an id in src/data/gazetteer.yaml. Use one of its ids, or add the place there first.` }
    location = { id: place.id, name: place.name, country: place.country, admin1: place.admin1, lat: place.lat, lon: place.lon, precision: place.precision }
  } else if (fix.location === null) location = null
  const weapons = fix.weapons?.filter((w) => !knowledge.weapons.some((k) => k.id === w))
  if (weapons && weapons.length > 0) return { error: `\`weapons\` has ${weapons.join(', ')}, not in src/data/weapons.yaml (${knowledge.weapons.map((w) => w.id).join(', ')}).` }

  if (fix.type !== undefined) { change('type', event.type, fix.type); event.type = fix.type }
  if (fix.date !== undefined) { change('date', event.date, fix.date); event.date = fix.date; if (fix.dateEnd === undefined && event.datePrecision === 'day') event.dateEnd = fix.date }
  if (fix.dateEnd !== undefined) { change('dateEnd', event.dateEnd, fix.dateEnd); event.dateEnd = fix.dateEnd }
  if (event.dateEnd < event.date) return { error: `the corrected dates end (${event.dateEnd}) before they start (${event.date}). Set both \`date\` and \`dateEnd\`.` }
  if (fix.datePrecision !== undefined) { change('datePrecision', event.datePrecision, fix.datePrecision); event.datePrecision = fix.datePrecision }
  if (location !== undefined) { change('location', event.location?.name ?? null, location?.name ?? null); event.location = location }
  if (fix.status !== undefined) { change('status', event.status, fix.status); event.status = fix.status }
  if (fix.killed !== undefined) { change('killed', event.killed, fix.killed); event.killed = fix.killed }
  if (fix.injured !== undefined) { change('injured', event.injured, fix.injured); event.injured = fix.injured }
  if (fix.actors !== undefined) { change('actors', event.actors, fix.actors); event.actors = fix.actors }
  if (fix.weapons !== undefined) { change('weapons', event.weapons, fix.weapons); event.weapons = fix.weapons }
  const summary = fix.summary ?? (event.type === 'statement' ? event.summary : summarize(event.type, event.location, event.weapons, '', knowledge))
  if (summary !== event.summary) { change('summary', event.summary, summary); event.summary = summary }
  return { changes }
}

/**
 * Applies the editors' corrections, in file order, after extraction and merge.
 * Each changed event carries the record of what changed and why; a correction
 * whose target matches no event (or several) is reported, never silently ignored.
 */
export function applyCorrections(input: TimelineEvent[], corrections: Correction[], knowledge: Knowledge, file: string): CorrectionsResult {
  let events: TimelineEvent[] = structuredClone(input).map((e) => ({ ...e, corrections: e.corrections ?? [] }))
  const outcomes: CorrectionOutcome[] = []
  const diagnostics: Diagnostic[] = []
  const report = (c: Correction, message: string): void => void diagnostics.push({ file, line: c.line, field: 'target', severity: 'warning', message })
  const audit = (c: Correction, changes: AppliedCorrection['changes'], note: string | null): AppliedCorrection => ({ kind: c.action.kind, reason: c.reason, line: c.line, changes, note })

  for (const c of corrections) {
    const target = describeTarget(c.target)
    const matches = events.filter((e) => matchesTarget(e, c.target))
    if (matches.length !== 1) {
      const none = matches.length === 0
      report(c, none
        ? `No event matches this correction's target (${target}), so it was not applied. The event may have been removed, or its day, place or sentence changed; update the target (the most stable is \`article:\` with \`quote:\`).`
        : `This correction's target (${target}) matches ${matches.length} events (${matches.map((e) => e.id).join(', ')}), so it was not applied. Add fields to the target until it names one event.`)
      outcomes.push({ line: c.line, kind: c.action.kind, reason: c.reason, target, result: none ? 'no-target' : 'ambiguous', events: [] })
      continue
    }
    const event = matches[0] as TimelineEvent
    const before = event.id
    const action = c.action
    if (action.kind === 'suppress') {
      events = events.filter((e) => e !== event)
      outcomes.push({ line: c.line, kind: 'suppress', reason: c.reason, target, result: 'applied', events: [before] })
      continue
    }
    if (action.kind === 'note') {
      event.corrections?.push(audit(c, [], action.note))
      outcomes.push({ line: c.line, kind: 'note', reason: c.reason, target, result: 'applied', events: [event.id] })
      continue
    }
    if (action.kind === 'merge') {
      const into = events.filter((e) => e !== event && matchesTarget(e, action.into))
      if (into.length !== 1) {
        report(c, `The event to merge into (${describeTarget(action.into)}) matches ${into.length} events, so nothing was merged. Name exactly one event in \`mergeInto\`.`)
        outcomes.push({ line: c.line, kind: 'merge', reason: c.reason, target, result: into.length === 0 ? 'no-target' : 'ambiguous', events: [] })
        continue
      }
      const host = into[0] as TimelineEvent
      const known = new Set(host.reports.map((r) => `${r.article}|${r.start}|${r.end}`))
      host.reports.push(...event.reports.filter((r) => !known.has(`${r.article}|${r.start}|${r.end}`)))
      host.weapons = [...new Set([...host.weapons, ...event.weapons])].sort()
      host.actors = [...new Set([...host.actors, ...event.actors])].sort()
      host.mergeReasons.push(`Merged by an editor from ${before}: ${c.reason}`)
      recompute(host)
      host.corrections?.push(audit(c, [], `Merged ${before} into this event.`), ...(event.corrections ?? []))
      events = events.filter((e) => e !== event)
      outcomes.push({ line: c.line, kind: 'merge', reason: c.reason, target, result: 'applied', events: [host.id] })
      continue
    }
    if (action.kind === 'split') {
      const moving = event.reports.filter((r) => action.reports.some((a) => sameArticle(a.article, r.article) && squash(r.quote).includes(squash(a.quote))))
      if (moving.length === 0 || moving.length === event.reports.length) {
        report(c, `The split names ${moving.length === 0 ? 'no report' : 'every report'} of ${event.id}, so nothing was split. List in \`split.reports\` the reports (article and quote) that form the new event, leaving at least one behind.`)
        outcomes.push({ line: c.line, kind: 'split', reason: c.reason, target, result: 'no-target', events: [] })
        continue
      }
      const piece: TimelineEvent = { ...structuredClone(event), reports: moving, mergeReasons: [], corrections: [] }
      event.reports = event.reports.filter((r) => !moving.includes(r))
      event.mergeReasons = event.mergeReasons.slice(0, Math.max(0, event.reports.length - 1))
      recompute(event)
      recompute(piece)
      const fixed = applyFix(piece, action.set, knowledge)
      if ('error' in fixed) report(c, `The split's \`set\` was not applied: ${fixed.error}`)
      piece.id = idFor(piece, event.id)
      if (piece.id === event.id || events.some((e) => e.id === piece.id)) piece.id = `${piece.id}-split-${c.line}`
      piece.corrections?.push(audit(c, 'error' in fixed ? [] : fixed.changes, `Split from ${event.id}.`))
      event.corrections?.push(audit(c, [], `Split ${piece.id} out of this event.`))
      events.push(piece)
      outcomes.push({ line: c.line, kind: 'split', reason: c.reason, target, result: 'applied', events: [event.id, piece.id] })
      continue
    }
    const fixed = applyFix(event, action.set, knowledge)
    if ('error' in fixed) {
      report(c, `This correction was not applied: ${fixed.error}`)
      outcomes.push({ line: c.line, kind: 'fix', reason: c.reason, target, result: 'no-target', events: [] })
      continue
    }
    const id = idFor(event, before)
    if (id !== before) {
      event.id = events.some((e) => e !== event && e.id === id) ? `${id}-corrected-${c.line}` : id
      fixed.changes.push({ field: 'id', from: JSON.stringify(before), to: JSON.stringify(event.id) })
    }
    event.corrections?.push(audit(c, fixed.changes, null))
    outcomes.push({ line: c.line, kind: 'fix', reason: c.reason, target, result: 'applied', events: [event.id] })
  }
  events.sort(compareEvents)
  return { events, outcomes, diagnostics }
}
