import { isMap, isSeq, type Node } from 'yaml'
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../model/diagnostic.js'
import { normalizeDay } from '../ingest/normalize-front-matter.js'
import { relative } from '../ingest/read-articles.js'
import { readYamlFile } from '../read-yaml-file.js'
import type { Correction, EventFix, EventTarget, ReportFix } from '../model/correction.js'

const TYPES = ['attack', 'us-strike', 'statement', 'other'] as const
const STATUSES = ['confirmed', 'claimed', 'denied', 'reported'] as const
const PRECISIONS = ['day', 'range', 'month'] as const
const ACTIONS = ['set', 'note', 'suppress', 'mergeInto', 'split', 'accept'] as const
const CLAIMANT_KINDS = ['militia', 'us-official', 'host-government', 'local-security', 'media'] as const
const EXAMPLE =
  'for example:\n  - target: {article: seeds/2023-10-30-….md, quote: "One assault took place today"}\n    set: {injured: {min: 2, max: 2}}\n    reason: "CENTCOM gave the figure on Oct. 31."'
/** What a whole-file problem means for the build. */
const NONE_APPLIED = 'No correction was applied; the rest of the site was built.'

type Raw = Record<string, unknown>

/**
 * Reads and checks `seeds/corrections.yaml`. An absent file is no corrections. A file that cannot
 * be used whole (not a regular file, unreadable, not UTF-8, too large, not YAML, anchors) is one
 * diagnostic and no corrections; a bad entry is skipped with a diagnostic naming its line, field
 * and fix, and the rest apply.
 */
export function loadCorrections(file: string): { corrections: Correction[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const rel = relative(file)
  const problem = (code: DiagnosticCode, line: number | null, field: string, message: string): void => {
    diagnostics.push({ file: rel, line, field, code, severity: 'error', message })
  }
  const read = readYamlFile(file, 'The corrections file')
  if ('missing' in read) return { corrections: [], diagnostics }
  if ('problem' in read) {
    problem(
      read.problem.kind === 'unreadable' ? 'corrections-unreadable' : 'corrections-invalid',
      read.problem.line,
      'corrections',
      `${read.problem.message} ${NONE_APPLIED}`,
    )
    return { corrections: [], diagnostics }
  }
  const { doc, lineCounter } = read
  if (doc.contents === null) return { corrections: [], diagnostics }
  if (!isSeq(doc.contents)) {
    problem('corrections-invalid', 1, 'corrections', `The corrections file must be a list of entries, each starting with "- target:"; ${EXAMPLE}`)
    return { corrections: [], diagnostics }
  }

  const corrections: Correction[] = []
  for (const node of doc.contents.items) {
    const line = lineCounter.linePos((node as Node).range?.[0] ?? 0).line
    if (!isMap(node)) {
      problem('correction-invalid', line, 'corrections', `Each correction must be a mapping with target, an action and reason; ${EXAMPLE}`)
      continue
    }
    const raw = node.toJS(doc, { maxAliasCount: 0 }) as Raw
    const errors: [string, string][] = []
    const target = readTarget(raw.target, 'target', errors)
    const reason = typeof raw.reason === 'string' && raw.reason.trim() !== '' ? raw.reason.trim() : null
    if (reason === null) errors.push(['reason', 'Every correction needs a `reason:` saying why, for the audit trail. Add one.'])
    const actions = ACTIONS.filter((a) => raw[a] !== undefined)
    for (const key of Object.keys(raw))
      if (!['target', 'reason', ...ACTIONS].includes(key))
        errors.push([key, `Unknown field \`${key}\`. A correction has \`target\`, \`reason\` and one of ${ACTIONS.join(', ')}.`])
    if (actions.length !== 1)
      errors.push([
        'action',
        `A correction needs exactly one action (${ACTIONS.join(', ')}); this one has ${actions.length === 0 ? 'none' : actions.join(' and ')}. Split it into one entry per action.`,
      ])

    let action: Correction['action'] | null = null
    if (actions.length === 1) {
      if (raw.set !== undefined) action = { kind: 'fix', set: readFix(raw.set, 'set', errors) }
      else if (raw.note !== undefined) {
        if (typeof raw.note === 'string' && raw.note.trim() !== '') action = { kind: 'note', note: raw.note.trim() }
        else errors.push(['note', 'The `note` must be text.'])
      } else if (raw.suppress !== undefined) {
        if (raw.suppress === true) action = { kind: 'suppress' }
        else errors.push(['suppress', 'Write `suppress: true` to remove a false event.'])
      } else if (raw.mergeInto !== undefined) {
        const into = readTarget(raw.mergeInto, 'mergeInto', errors)
        if (into) action = { kind: 'merge', into }
      } else if (raw.accept !== undefined) {
        if (raw.accept === true) action = { kind: 'accept' }
        else errors.push(['accept', 'Write `accept: true` to acknowledge the warnings the target names.'])
      } else if (raw.split !== undefined) {
        const split = (raw.split ?? {}) as Raw
        const reports = Array.isArray(split.reports) ? split.reports : []
        const anchors = reports.flatMap((r) => {
          const o = (r ?? {}) as Raw
          return typeof o.article === 'string' && typeof o.quote === 'string' ? [{ article: o.article, quote: o.quote }] : []
        })
        if (anchors.length === 0 || anchors.length !== reports.length)
          errors.push(['split', 'A split needs `reports:`, a list of `{article, quote}` naming the reports that form the new event.'])
        action = { kind: 'split', reports: anchors, set: split.set === undefined ? {} : readFix(split.set, 'split.set', errors) }
      }
    }
    if (target !== null && action !== null) checkTargetFor(action.kind, target, errors)
    if (errors.length > 0 || target === null || reason === null || action === null) {
      for (const [field, message] of errors) problem('correction-invalid', line, field, `${message} This correction was skipped.`)
      continue
    }
    corrections.push({ line, target, reason, action })
  }
  return { corrections, diagnostics }
}

function readTarget(value: unknown, field: string, errors: [string, string][]): EventTarget | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    errors.push([
      field,
      `\`${field}\` must name the event, by \`event: <id>\`, by \`article:\` and \`quote:\` (a report's sentence), or by \`date:\`, \`site:\` and \`type:\`.`,
    ])
    return null
  }
  const raw = value as Raw
  const target: EventTarget = {}
  for (const key of Object.keys(raw)) {
    const v = raw[key]
    if (key === 'date') {
      const day = normalizeDay(v)
      if ('day' in day) target.date = day.day
      else errors.push([`${field}.date`, `The target's date ${day.problem}; write YYYY-MM-DD.`])
    } else if (key === 'type') {
      if ((TYPES as readonly unknown[]).includes(v)) target.type = v as EventTarget['type']
      else errors.push([`${field}.type`, `The target's type must be one of ${TYPES.join(', ')}.`])
    } else if (key === 'code') {
      if (typeof v === 'string' && v in DIAGNOSTIC_CODES) target.code = v as DiagnosticCode
      else errors.push([`${field}.code`, `\`code\` must be a warning's code as \`npm run check -- --json\` prints it, e.g. place-unknown or date-unresolved.`])
    } else if (['event', 'article', 'quote', 'site'].includes(key) && typeof v === 'string' && v.trim() !== '') {
      target[key as 'event' | 'article' | 'quote' | 'site'] = v.trim()
    } else {
      errors.push([
        `${field}.${key}`,
        `\`${key}\` is not a way to name an event (use event, article + quote, or date, site and type), or its value is not text.`,
      ])
    }
  }
  if (Object.keys(target).length === 0) errors.push([field, `\`${field}\` is empty: name the event.`])
  return target
}

/** What a target must hold for its action: an event's fields for most; an article's warnings for `accept`. */
function checkTargetFor(kind: Correction['action']['kind'], target: EventTarget, errors: [string, string][]): void {
  if (kind === 'accept') {
    const other = Object.keys(target).filter((k) => !['article', 'quote', 'code'].includes(k))
    if (target.article === undefined || other.length > 0 || (target.quote === undefined && target.code === undefined))
      errors.push([
        'target',
        'To accept a warning, name it by the article it is about and its words or its kind: `target: {article: seeds/x.md, quote: "words of the warning"}`, or `{article: seeds/x.md, code: place-unknown}`.',
      ])
    return
  }
  if (target.code !== undefined)
    errors.push(['target.code', '`code` names a warning, for `accept: true` only; an event is named by event, article + quote, or date, site and type.'])
  if ((target.quote !== undefined) !== (target.article !== undefined))
    errors.push(['target', "`article` and `quote` go together: the quote is looked for in that article's reports."])
}

const isCount = (v: unknown): boolean => {
  if (v === null) return true
  const o = v as { min?: unknown; max?: unknown }
  return typeof o === 'object' && Number.isInteger(o.min) && Number.isInteger(o.max) && (o.min as number) >= 0 && (o.max as number) >= (o.min as number)
}

function readFix(value: unknown, field: string, errors: [string, string][]): EventFix {
  const fix: EventFix = {}
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    errors.push([field, `\`${field}\` must be a mapping of fields to their corrected values, e.g. {date: 2023-10-28}.`])
    return fix
  }
  for (const [key, v] of Object.entries(value as Raw)) {
    const bad = (what: string): void => void errors.push([`${field}.${key}`, `\`${key}\` ${what}.`])
    switch (key) {
      case 'type':
        ;(TYPES as readonly unknown[]).includes(v) ? (fix.type = v as EventFix['type']) : bad(`must be one of ${TYPES.join(', ')}`)
        break
      case 'status':
        ;(STATUSES as readonly unknown[]).includes(v) ? (fix.status = v as EventFix['status']) : bad(`must be one of ${STATUSES.join(', ')}`)
        break
      case 'datePrecision':
        ;(PRECISIONS as readonly unknown[]).includes(v) ? (fix.datePrecision = v as EventFix['datePrecision']) : bad(`must be one of ${PRECISIONS.join(', ')}`)
        break
      case 'date':
      case 'dateEnd': {
        const day = normalizeDay(v)
        if ('day' in day) fix[key] = day.day
        else bad(`${day.problem}; write YYYY-MM-DD`)
        break
      }
      case 'site':
        typeof v === 'string' && v.trim() !== '' ? (fix.site = v.trim()) : bad('must be a gazetteer id, e.g. ain-al-asad')
        break
      case 'location':
        v === null ? (fix.location = null) : bad('can only be set to null (no place); to set a place, use `site:` with a gazetteer id')
        break
      case 'killed':
      case 'injured':
        isCount(v) ? (fix[key] = v as EventFix['killed']) : bad('must be null or {min: N, max: M} with whole numbers, min ≤ max')
        break
      case 'actors':
        Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')
          ? (fix.actors = (v as string[]).map((x) => x.trim()))
          : bad('must be a list of group ids from src/data/groups.yaml, e.g. [kataib-hezbollah], or [] for none')
        break
      case 'weapons':
        Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')
          ? (fix.weapons = (v as string[]).map((x) => x.trim()).sort())
          : bad('must be a list of weapon ids from src/data/weapons.yaml, e.g. [drone, rocket], or [] for none')
        break
      case 'claimedBy':
        Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')
          ? (fix.claimedBy = (v as string[]).map((x) => x.trim()))
          : bad('must be a list of group ids from src/data/groups.yaml, e.g. [kataib-hezbollah], or [] for no claim')
        break
      case 'summary':
        typeof v === 'string' && v.trim() !== '' ? (fix.summary = v.trim()) : bad('must be text')
        break
      case 'report': {
        const report = readReportFix(v, `${field}.report`, errors)
        if (report) fix.report = report
        break
      }
      default:
        bad(
          `is not a field a correction can set (type, date, dateEnd, datePrecision, site, location, status, killed, injured, actors, claimedBy, weapons, summary, report)`,
        )
    }
  }
  if (Object.keys(value as Raw).length === 0 && field === 'set')
    errors.push([field, '`set` is empty, so it would change nothing. Name the fields to correct, e.g. `set: {date: 2023-10-28}`.'])
  return fix
}

/** `set.report`: the targeted report's own status and who asserts it. */
function readReportFix(value: unknown, field: string, errors: [string, string][]): ReportFix | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) {
    errors.push([field, `\`report\` must be a mapping of the report's fields, e.g. {status: confirmed} or {claimant: kataib-hezbollah}.`])
    return null
  }
  const fix: ReportFix = {}
  for (const [key, v] of Object.entries(value as Raw)) {
    const bad = (what: string): void => void errors.push([`${field}.${key}`, `\`${key}\` ${what}.`])
    if (key === 'status') (STATUSES as readonly unknown[]).includes(v) ? (fix.status = v as ReportFix['status']) : bad(`must be one of ${STATUSES.join(', ')}`)
    else if (key === 'claimantKind')
      (CLAIMANT_KINDS as readonly unknown[]).includes(v)
        ? (fix.claimantKind = v as ReportFix['claimantKind'])
        : bad(`must be one of ${CLAIMANT_KINDS.join(', ')}`)
    else if (key === 'claimant') typeof v === 'string' && v.trim() !== '' ? (fix.claimant = v.trim()) : bad('must be text: a group id, or who said it')
    else bad('is not a field of a report a correction can set (status, claimant, claimantKind)')
  }
  return fix
}
