import path from 'node:path'
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js'
import { summarize } from '../extract/summarize.js'
import type { Place, Report, UnplacedReport } from '../model/report.js'
import { mergeReports, type ArticleOrigins } from '../merge/merge-reports.js'
import { gradeEvent } from '../merge/grade.js'
import { placeKey } from '../model/place-key.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import { compareEvents, type EventReport, type TimelineEvent } from '../model/event.js'
import { deriveEvent, eventId, reportKey, unionSorted } from '../merge/derive-event.js'
import { nameArticle, type ArticleTitles } from '../merge/name-article.js'
import type { AppliedCorrection, Correction, CorrectionOutcome, EventFix, EventTarget } from '../model/correction.js'
import { resolveActor } from './resolve-actor.js'

export interface CorrectionsResult {
  events: TimelineEvent[]
  outcomes: CorrectionOutcome[]
  diagnostics: Diagnostic[]
  /** The unplaced reports a correction placed on the timeline or set aside: their warnings are answered. */
  answered: UnplacedReport[]
}

/** Text with its runs of whitespace as one space: quotes match however an article wraps its lines. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Articles are named by file: `seeds/x.md`, `x.md` and `/elsewhere/seeds/x.md` are one article (file names are unique in a seeds folder). */
export const sameArticle = (a: string, b: string): boolean => path.basename(a) === path.basename(b)

/** True when `report` is in the article the target names and holds its quote (spacing ignored). */
const namedBy = (report: { article: string; quote: string }, target: EventTarget): boolean =>
  target.article !== undefined && sameArticle(report.article, target.article) && squash(report.quote).includes(squash(target.quote ?? ''))

/** True when `event` is the one `target` names: every field given matches. */
export function matchesTarget(event: TimelineEvent, target: EventTarget): boolean {
  if (target.event !== undefined && event.id !== target.event) return false
  if (target.date !== undefined && event.date !== target.date) return false
  if (target.type !== undefined && event.type !== target.type) return false
  if (target.site !== undefined && event.location?.id !== target.site) return false
  if (target.article !== undefined && !event.reports.some((r) => namedBy(r, target))) return false
  return true
}

/** The target as a phrase for messages: `article seeds/x.md, quote "One assault"`. */
export function describeTarget(target: EventTarget): string {
  return Object.entries(target)
    .map(([k, v]) => (k === 'quote' ? `quote "${String(v).slice(0, 60)}"` : `${k} ${String(v)}`))
    .join(', ')
}

/** The id an event's content gives it, as merge gives it; a statement keeps the speaker of its old id, as an event does not record its speaker's slug. */
function idFor(event: TimelineEvent, previousId: string): string {
  const oldDays = /^\d{4}-\d{2}-\d{2}(?:-to-\d{4}-\d{2}-\d{2})?-/.exec(previousId)?.[0] ?? ''
  return eventId(event, () => previousId.slice(oldDays.length).replace(/-(attack|us-strike|statement|other)$/, ''))
}

/** Recomputes what an event derives from its reports, as merge does: figures, status and whether they disagree. A statement keeps its status, which an editor may have set. */
function recompute(event: TimelineEvent): void {
  Object.assign(event, deriveEvent(event.type, event.reports, event.status))
}

/** Why a correction was refused: the field at fault and a sentence saying why and what to do. */
interface Refusal {
  field: string
  error: string
}

/**
 * Applies a fix to `event`, which must be the caller's own copy: the checks and the changes are
 * interleaved, so on a refusal the copy is half-changed and must be thrown away. `field` prefixes
 * the fields in a refusal (`set`, `split.set`); `today` (`YYYY-MM-DD`) refuses days after the build's.
 */
function applyFix(
  event: TimelineEvent,
  fix: EventFix,
  knowledge: Knowledge,
  field: string,
  today: string | null,
  /** The reports `set.report` changes: those the target's article and quote name. */
  chosen: (report: EventReport) => boolean = () => false,
): { changes: AppliedCorrection['changes'] } | Refusal {
  const changes: AppliedCorrection['changes'] = []
  const change = (name: string, from: unknown, to: unknown): void => {
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field: name, from: JSON.stringify(from), to: JSON.stringify(to) })
  }
  if (fix.report !== undefined) {
    const refused = fixReports(event, fix.report, knowledge, `${field}.report`, chosen, change)
    if (refused) return refused
  }
  let location: Place | null | undefined
  if (fix.site !== undefined) {
    const place = knowledge.placeById.get(fix.site)
    if (!place)
      return {
        field: `${field}.site`,
        error: `\`site: ${fix.site}\` is not an id in src/data/gazetteer.yaml. Use one of its ids, or add the place there first.`,
      }
    location = { id: place.id, name: place.name, country: place.country, admin1: place.admin1, lat: place.lat, lon: place.lon, precision: place.precision }
  } else if (fix.location === null) location = null
  const weapons = fix.weapons?.filter((w) => !knowledge.weapons.some((k) => k.id === w))
  if (weapons && weapons.length > 0)
    return {
      field: `${field}.weapons`,
      error: `\`weapons\` has ${weapons.join(', ')}, not in src/data/weapons.yaml. Use its ids (${knowledge.weapons.map((w) => w.id).join(', ')}), or add the weapon there first.`,
    }
  const resolved = { actors: resolveGroups(fix.actors, knowledge, `${field}.actors`), claimedBy: resolveGroups(fix.claimedBy, knowledge, `${field}.claimedBy`) }
  if ('error' in resolved.actors) return resolved.actors
  if ('error' in resolved.claimedBy) return resolved.claimedBy
  const claimedBy = resolved.claimedBy.names
  // A group that claimed it is one of its actors.
  const actors = claimedBy === undefined ? resolved.actors.names : unionSorted(resolved.actors.names ?? event.actors, claimedBy)

  if (fix.type !== undefined) {
    change('type', event.type, fix.type)
    event.type = fix.type
  }
  if (fix.date !== undefined) {
    change('date', event.date, fix.date)
    event.date = fix.date
    if (fix.dateEnd === undefined && event.datePrecision === 'day') event.dateEnd = fix.date
  }
  if (fix.dateEnd !== undefined) {
    change('dateEnd', event.dateEnd, fix.dateEnd)
    event.dateEnd = fix.dateEnd
  }
  if (event.dateEnd < event.date)
    return {
      field: `${field}.${fix.dateEnd === undefined ? 'date' : 'dateEnd'}`,
      error: `The corrected dates end (${event.dateEnd}) before they start (${event.date}). Set both \`date\` and \`dateEnd\`, the first day before the last.`,
    }
  if (today !== null && (fix.date !== undefined || fix.dateEnd !== undefined) && event.dateEnd > today) {
    const late = fix.date !== undefined && fix.date > today ? 'date' : fix.dateEnd !== undefined ? 'dateEnd' : 'date'
    return {
      field: `${field}.${late}`,
      error: `The corrected ${late === 'date' ? 'day' : 'last day'} (${late === 'date' ? event.date : event.dateEnd}) is after the day of this build (${today}): an event cannot be dated in the future. Likely cause: a typo in the year, or the day and month swapped. Write the day it happened as YYYY-MM-DD.`,
    }
  }
  if (fix.datePrecision !== undefined) {
    change('datePrecision', event.datePrecision, fix.datePrecision)
    event.datePrecision = fix.datePrecision
  }
  if (location !== undefined) {
    change('location', event.location?.name ?? null, location?.name ?? null)
    event.location = location
  }
  if (fix.status !== undefined) {
    change('status', event.status, fix.status)
    event.status = fix.status
  }
  if (fix.killed !== undefined) {
    change('killed', event.killed, fix.killed)
    event.killed = fix.killed
  }
  if (fix.injured !== undefined) {
    change('injured', event.injured, fix.injured)
    event.injured = fix.injured
  }
  if (claimedBy !== undefined) {
    change('claimedBy', event.claimedBy ?? null, claimedBy)
    event.claimedBy = claimedBy
  }
  if (actors !== undefined) {
    change('actors', event.actors, actors)
    event.actors = actors
  }
  if (fix.weapons !== undefined) {
    change('weapons', event.weapons, fix.weapons)
    event.weapons = fix.weapons
  }
  const summary = fix.summary ?? (event.type === 'statement' ? event.summary : summarize(event.type, event.location, event.weapons, '', knowledge))
  if (summary !== event.summary) {
    change('summary', event.summary, summary)
    event.summary = summary
  }
  return { changes }
}

/**
 * `set.report`: changes the reports the target's `article` + `quote` name, then derives the event's status
 * and whether its reports disagree again, as merge does. A `claimant` that is a group in `src/data/groups.yaml`
 * makes the report that group's claim; anyone else needs `claimantKind`.
 */
function fixReports(
  event: TimelineEvent,
  fix: NonNullable<EventFix['report']>,
  knowledge: Knowledge,
  field: string,
  choose: (report: EventReport) => boolean,
  change: (name: string, from: unknown, to: unknown) => void,
): Refusal | null {
  const chosen = event.reports.filter(choose)
  if (chosen.length === 0)
    return {
      field,
      error: `\`report\` changes the report a target names by its sentence, and this target names none. Write the target as \`{article: seeds/x.md, quote: "words of the sentence"}\`.`,
    }
  let claimant: Pick<EventReport, 'claimant' | 'claimantKind'> | undefined
  if (fix.claimant !== undefined) {
    const group = resolveActor(fix.claimant, knowledge.groups)
    if ('name' in group) claimant = { claimant: group.name, claimantKind: fix.claimantKind ?? 'militia' }
    else if (fix.claimantKind !== undefined) claimant = { claimant: fix.claimant, claimantKind: fix.claimantKind }
    else
      return {
        field: `${field}.claimant`,
        error: `${group.problem} For a speaker who is not a group, add \`claimantKind\` (us-official, host-government, local-security or media).`,
      }
  } else if (fix.claimantKind !== undefined) claimant = { claimant: chosen[0]?.claimant ?? '', claimantKind: fix.claimantKind }
  for (const report of chosen) {
    const which = `report (${report.source})`
    if (fix.status !== undefined) {
      change(`${which} status`, report.status, fix.status)
      report.status = fix.status
      // A denied report denies that it happened; a report no longer denied denies nothing of the kind.
      if (fix.status === 'denied') report.denies = 'occurrence'
      else if (report.denies === 'occurrence') report.denies = null
    }
    if (claimant !== undefined) {
      change(`${which} claimant`, `${report.claimant} (${report.claimantKind})`, `${claimant.claimant} (${claimant.claimantKind})`)
      Object.assign(report, claimant)
    }
  }
  const derived = deriveEvent(event.type, event.reports, event.status)
  event.status = derived.status
  event.disputed = derived.disputed
  return null
}

/**
 * The merge reasons of `event` that still hold once only the reports `rest` are left: a reason that
 * names articles (as `nameArticle` names them) stays while one of them still has a report here, and
 * one that names none stays; a lone report has nothing merged into it.
 */
function reasonsLeft(event: TimelineEvent, rest: EventReport[], titles: ArticleTitles): string[] {
  if (rest.length < 2) return []
  const named = [...new Set(event.reports.map((r) => nameArticle(r, titles)))]
  const still = new Set(rest.map((r) => nameArticle(r, titles)))
  return event.mergeReasons.filter((reason) => {
    const names = named.filter((name) => reason.includes(name))
    return names.length === 0 || names.some((name) => still.has(name))
  })
}

/** The groups a correction lists, by id or name, as events hold them (sorted, once each); the first unknown one refuses it. */
function resolveGroups(written: string[] | undefined, knowledge: Knowledge, field: string): { names: string[] | undefined } | Refusal {
  if (written === undefined) return { names: undefined }
  const names: string[] = []
  for (const one of written) {
    const group = resolveActor(one, knowledge.groups)
    if ('problem' in group) return { field, error: group.problem }
    names.push(group.name)
  }
  return { names: unionSorted(names) }
}

/** Why a correction was not applied, as its outcome records it. */
type NotApplied = Exclude<CorrectionOutcome['result'], 'applied'>

/** What one correction would do: the events it replaces, removes and adds, and its outcome; or why it was refused. */
/** A correction that acts on events; `accept` acts on warnings (accept-warnings.ts). */
type EventCorrection = Correction & { action: Exclude<Correction['action'], { kind: 'accept' }> }

type Plan =
  { replace: Map<TimelineEvent, TimelineEvent>; remove: TimelineEvent[]; add: TimelineEvent[]; events: string[] } | { refused: Refusal; result: NotApplied }

/**
 * Plans correction `c` on the one event it targets, from copies: nothing in `events` changes
 * here, so a correction that fails a check changes nothing at all.
 */
function plan(c: EventCorrection, event: TimelineEvent, events: TimelineEvent[], knowledge: Knowledge, today: string | null, titles: ArticleTitles): Plan {
  const audit = (changes: AppliedCorrection['changes'], note: string | null): AppliedCorrection => ({
    kind: c.action.kind,
    reason: c.reason,
    line: c.line,
    changes,
    note,
  })
  const copy = (e: TimelineEvent): TimelineEvent => ({ ...structuredClone(e), corrections: structuredClone(e.corrections ?? []) })
  const action = c.action
  const before = event.id
  switch (action.kind) {
    case 'suppress':
      return { replace: new Map(), remove: [event], add: [], events: [before] }
    case 'note': {
      const next = copy(event)
      next.corrections?.push(audit([], action.note))
      return { replace: new Map([[event, next]]), remove: [], add: [], events: [next.id] }
    }
    case 'merge': {
      const into = events.filter((e) => e !== event && matchesTarget(e, action.into))
      if (into.length !== 1) {
        return {
          refused: {
            field: 'mergeInto',
            error: `The event to merge into (${describeTarget(action.into)}) matches ${into.length === 0 ? 'no event' : `${into.length} events (${into.map((e) => e.id).join(', ')})`}, so nothing was merged. Name exactly one event in \`mergeInto\`.`,
          },
          result: into.length === 0 ? 'no-target' : 'ambiguous',
        }
      }
      const host = copy(into[0] as TimelineEvent)
      const known = new Set(host.reports.map(reportKey))
      host.reports.push(...structuredClone(event.reports).filter((r) => !known.has(reportKey(r))))
      host.weapons = unionSorted(host.weapons, event.weapons)
      host.actors = unionSorted(host.actors, event.actors)
      // Named by the articles its reports came from, as merge names them: the event merged has no page any more.
      const from = [...new Set(event.reports.map((r) => nameArticle(r, titles)))].join('; ')
      const reason = `Merged by an editor from ${before} (${from}): ${c.reason}`
      if (!host.mergeReasons.includes(reason)) host.mergeReasons.push(reason)
      recompute(host)
      host.corrections?.push(audit([], `Merged ${before} into this event.`), ...structuredClone(event.corrections ?? []))
      return { replace: new Map([[into[0] as TimelineEvent, host]]), remove: [event], add: [], events: [host.id] }
    }
    case 'split': {
      const moving = event.reports.filter((r) => action.reports.some((a) => sameArticle(a.article, r.article) && squash(r.quote).includes(squash(a.quote))))
      if (moving.length === 0 || moving.length === event.reports.length) {
        return {
          refused: {
            field: 'split',
            error: `The split names ${moving.length === 0 ? 'no report' : 'every report'} of ${event.id}, so nothing was split. List in \`split.reports\` the reports (article and quote) that form the new event, leaving at least one behind.`,
          },
          result: moving.length === 0 ? 'no-target' : 'refused',
        }
      }
      const rest = copy(event)
      rest.reports = event.reports.filter((r) => !moving.includes(r)).map((r) => structuredClone(r))
      rest.mergeReasons = reasonsLeft(event, rest.reports, titles)
      recompute(rest)
      const piece: TimelineEvent = { ...copy(event), reports: structuredClone(moving), mergeReasons: [], corrections: [] }
      recompute(piece)
      const fixed = applyFix(piece, action.set, knowledge, 'split.set', today, () => true)
      if ('error' in fixed) return { refused: fixed, result: 'refused' }
      piece.id = idFor(piece, event.id)
      if (piece.id === event.id || events.some((e) => e.id === piece.id)) piece.id = `${piece.id}-split-${c.line}`
      piece.corrections?.push(audit(fixed.changes, `Split from ${event.id}.`))
      rest.corrections?.push(audit([], `Split ${piece.id} out of this event.`))
      return { replace: new Map([[event, rest]]), remove: [], add: [piece], events: [rest.id, piece.id] }
    }
    case 'fix': {
      const next = copy(event)
      const fixed = applyFix(next, action.set, knowledge, 'set', today, (r) => c.target.quote !== undefined && namedBy(r, c.target))
      if ('error' in fixed) return { refused: fixed, result: 'refused' }
      const id = idFor(next, before)
      if (id !== before) {
        next.id = events.some((e) => e !== event && e.id === id) ? `${id}-corrected-${c.line}` : id
        fixed.changes.push({ field: 'id', from: JSON.stringify(before), to: JSON.stringify(next.id) })
      }
      next.corrections?.push(audit(fixed.changes, null))
      return { replace: new Map([[event, next]]), remove: [], add: [], events: [next.id] }
    }
  }
}

/**
 * Places reports extraction could not date (`unplaced`), which the target names by article and quote:
 * `set: {date}` (with `site` when the sentence names several bases, or none) makes each an event, or adds
 * it to the event already on that day at that base; `suppress: true` sets it aside. Either answers its warning.
 */
function planPlacement(
  c: EventCorrection,
  pending: UnplacedReport[],
  events: TimelineEvent[],
  knowledge: Knowledge,
  today: string | null,
  origins: ArticleOrigins,
): Plan & { answered: UnplacedReport[] } {
  const action = c.action
  if (action.kind === 'suppress') return { replace: new Map(), remove: [], add: [], events: [], answered: pending }
  if (action.kind !== 'fix' || action.set.date === undefined)
    return {
      refused: {
        field: action.kind === 'fix' ? 'set.date' : 'target',
        error: `The sentence this target names is not on the timeline: Salvo found no day for it. Place it first with \`set: {date: YYYY-MM-DD}\` (and \`site:\` if needed), or set it aside with \`suppress: true\`.`,
      },
      result: 'refused',
      answered: [],
    }
  const set = action.set
  const day = action.set.date
  // A sentence naming several bases: `site` picks the one meant; without it, each base is placed.
  const chosen = set.site === undefined ? pending : pending.filter((u) => u.location?.id === set.site)
  const placing = chosen.length > 0 ? chosen : pending.slice(0, 1)
  const replace = new Map<TimelineEvent, TimelineEvent>()
  const add: TimelineEvent[] = []
  const ids: string[] = []
  for (const unplaced of placing) {
    const { line: _line, ...rest } = unplaced
    const report: Report = {
      ...rest,
      date: { start: day, end: set.dateEnd ?? day, precision: set.datePrecision ?? (set.dateEnd === undefined ? 'day' : 'range') },
    }
    const made = mergeReports([report], knowledge, new Map(), origins)[0]
    if (made === undefined) continue
    const event: TimelineEvent = { ...made, corrections: [] }
    const fixed = applyFix(event, set, knowledge, 'set', today, (r) => namedBy(r, c.target))
    if ('error' in fixed) return { refused: fixed, result: 'refused', answered: [] }
    const placed = { field: 'date', from: 'null', to: JSON.stringify(event.date) }
    const audit: AppliedCorrection = { kind: 'fix', reason: c.reason, line: c.line, changes: [placed, ...fixed.changes], note: null }
    const current = [...events.filter((e) => !replace.has(e)), ...replace.values(), ...add]
    const host = current.find(
      (e) => e.type === event.type && e.date === event.date && e.dateEnd === event.dateEnd && placeKey(e.location) === placeKey(event.location),
    )
    if (host === undefined) {
      event.id = idFor(event, event.id)
      if (current.some((e) => e.id === event.id)) event.id = `${event.id}-placed-${c.line}`
      event.corrections = [{ ...audit, note: 'Placed on the timeline by an editor: Salvo found no day for this sentence.' }]
      add.push(event)
      ids.push(event.id)
      continue
    }
    const original = [...replace.entries()].find(([, v]) => v === host)?.[0] ?? host
    const next: TimelineEvent = { ...structuredClone(host), corrections: structuredClone(host.corrections ?? []) }
    if (!next.reports.some((r) => reportKey(r) === reportKey(report))) next.reports.push(...structuredClone(event.reports))
    next.weapons = unionSorted(next.weapons, event.weapons)
    next.actors = unionSorted(next.actors, event.actors)
    next.mergeReasons.push(`Placed here by an editor (corrections line ${c.line}): ${c.reason}`)
    recompute(next)
    next.corrections?.push({ ...audit, note: 'A sentence Salvo found no day for, placed in this event by an editor.' })
    const added = add.indexOf(host)
    if (added >= 0) add[added] = next
    else replace.set(original, next)
    ids.push(next.id)
  }
  return { replace, remove: [], add, events: [...new Set(ids)].sort(), answered: placing }
}

/** The code of a correction not applied, as its outcome says why: its diagnostic and its audit record agree. */
const CODE_OF: Record<NotApplied, DiagnosticCode> = {
  'no-target': 'correction-no-target',
  ambiguous: 'correction-ambiguous',
  refused: 'correction-refused',
}

/** Each merged event with an empty audit trail, by the event: `npm start`'s merge gives an unchanged event as the same object (src/pipeline-memo.ts), and so it stays here. */
const withTrail = new WeakMap<TimelineEvent, TimelineEvent>()

/** `event` with its audit trail, empty when it has none: the same object for the same event. */
function withAuditTrail(event: TimelineEvent): TimelineEvent {
  if (event.corrections !== undefined) return event
  let trailed = withTrail.get(event)
  if (trailed === undefined) withTrail.set(event, (trailed = { ...event, corrections: [] }))
  return trailed
}

/** Each event with its grade read again, by the event: the event itself when the grade is what it had, as it is for every event no correction changed. */
const regradedOf = new WeakMap<TimelineEvent, TimelineEvent>()

/** `event` with the grade and independent sources its status and reports give it (`gradeEvent`): the same object for the same event. */
function regraded(event: TimelineEvent): TimelineEvent {
  let graded = regradedOf.get(event)
  if (graded === undefined) {
    const grade = gradeEvent(event)
    graded = grade.grade === event.grade && grade.independentSources === event.independentSources ? event : { ...event, ...grade }
    regradedOf.set(event, graded)
  }
  return graded
}

/**
 * Applies the editors' corrections, in file order, after extraction and merge. Each applies
 * whole or not at all: it is planned on copies and committed only when every check passes.
 * Each changed event carries the record of what changed and why; a correction whose target
 * matches no event (or several), or that fails a check, is reported and changes nothing, never
 * silently ignored. `today` (`YYYY-MM-DD`, the day of the build) refuses corrected days after it.
 * `titles` (each article's title by id) names articles in merge reasons, as merge does; `origins` (the outlet
 * whose reporting each article is, `findCopies`) is what a sentence placed by an editor counts toward. Every
 * event's grade is derived again at the end (`gradeEvent`), from the status and reports the editors left it.
 */
export function applyCorrections(
  input: TimelineEvent[],
  corrections: Correction[],
  knowledge: Knowledge,
  file: string,
  today: string | null = null,
  unplaced: UnplacedReport[] = [],
  titles: ArticleTitles = new Map(),
  origins: ArticleOrigins = new Map(),
): CorrectionsResult {
  const answered = new Set<UnplacedReport>()
  // Not cloned: every change is planned on a copy of the events it changes (`plan`, `planPlacement`), so `input` is
  // never written to, and an event no correction names is shared with it. Cloning every event cost about 0.2 s of
  // each npm start rebuild at 10,000 articles.
  let events: TimelineEvent[] = input.map(withAuditTrail)
  const outcomes: CorrectionOutcome[] = []
  const diagnostics: Diagnostic[] = []
  const report = (c: Correction, result: NotApplied, field: string, message: string): void =>
    void diagnostics.push({ file, line: c.line, field, code: CODE_OF[result], severity: 'warning', message })

  for (const c of corrections) {
    if (!isEventCorrection(c)) continue
    const target = describeTarget(c.target)
    const matches = events.filter((e) => matchesTarget(e, c.target))
    // A sentence extraction found no day for is no event yet: only an article and a quote can name it.
    const onlyQuote = Object.keys(c.target).every((k) => k === 'article' || k === 'quote') && c.target.quote !== undefined
    const pending = matches.length === 0 && onlyQuote ? unplaced.filter((u) => !answered.has(u) && namedBy(u, c.target)) : []
    if (pending.length > 0) {
      const placed = planPlacement(c, pending, events, knowledge, today, origins)
      if ('refused' in placed) {
        report(c, placed.result, placed.refused.field, `This correction was not applied: ${placed.refused.error}`)
        outcomes.push({ line: c.line, kind: c.action.kind, reason: c.reason, target, result: placed.result, events: [] })
        continue
      }
      for (const u of placed.answered) answered.add(u)
      events = [...events.map((e) => placed.replace.get(e) ?? e), ...placed.add]
      outcomes.push({ line: c.line, kind: c.action.kind, reason: c.reason, target, result: 'applied', events: placed.events })
      continue
    }
    if (matches.length !== 1) {
      const result: NotApplied = matches.length === 0 ? 'no-target' : 'ambiguous'
      report(
        c,
        result,
        'target',
        result === 'no-target'
          ? `No event matches this correction's target (${target}), so it was not applied. The event may have been removed, or its day, place or sentence changed; update the target (the most stable is \`article:\` with \`quote:\`).`
          : `This correction's target (${target}) matches ${matches.length} events (${matches.map((e) => e.id).join(', ')}), so it was not applied. Add fields to the target until it names one event.`,
      )
      outcomes.push({ line: c.line, kind: c.action.kind, reason: c.reason, target, result, events: [] })
      continue
    }
    const planned = plan(c, matches[0] as TimelineEvent, events, knowledge, today, titles)
    if ('refused' in planned) {
      report(c, planned.result, planned.refused.field, `This correction was not applied, and its event is unchanged: ${planned.refused.error}`)
      outcomes.push({ line: c.line, kind: c.action.kind, reason: c.reason, target, result: planned.result, events: [] })
      continue
    }
    const removed = new Set(planned.remove)
    events = [...events.filter((e) => !removed.has(e)).map((e) => planned.replace.get(e) ?? e), ...planned.add]
    outcomes.push({ line: c.line, kind: c.action.kind, reason: c.reason, target, result: 'applied', events: planned.events })
  }
  // An editor may set an event's status itself, which no recompute follows: its grade is read from the result.
  events = events.map(regraded).sort(compareEvents)
  return { events, outcomes, diagnostics, answered: unplaced.filter((u) => answered.has(u)) }
}

const isEventCorrection = (c: Correction): c is EventCorrection => c.action.kind !== 'accept'
