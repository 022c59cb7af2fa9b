import { compareDiagnostics, type Diagnostic } from '../diagnostic.js'
import type { Timeline } from '../timeline.js'

/** One thing an editor can act on, for `npm run check`. */
export interface Finding extends Diagnostic {
  /** What kind of problem: the table groups and counts by it. */
  kind: 'unresolved date' | 'unknown place' | 'attack without a site' | 'possible duplicate' | 'correction without target' | 'input' | 'note'
}

const kindOf = (d: Diagnostic): Finding['kind'] =>
  d.field === 'target' ? 'correction without target'
    : d.field === 'location' ? 'unknown place'
      : d.field === 'date' && d.file.endsWith('.md') && d.message.includes('without a day') ? 'unresolved date'
        : d.severity === 'info' ? 'note'
          : d.message.includes('same url') || d.message.includes('exact copy') ? 'possible duplicate' : 'input'

/** Days between two `YYYY-MM-DD` days. */
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000

/**
 * Collects what an editor should look at: the pipeline's diagnostics by kind, plus
 * attacks reported without a base, and possible duplicates (articles with one
 * title, or attacks on one base a day apart from different articles, which may be
 * one night reported in two time zones).
 */
export function collectFindings(timeline: Timeline): Finding[] {
  const findings: Finding[] = timeline.diagnostics.map((d) => ({ ...d, kind: kindOf(d) }))

  for (const event of timeline.events) {
    // A place missing from the gazetteer is already reported as an unknown place.
    if (event.type !== 'attack' || event.location?.precision === 'site' || (event.location !== null && event.location.id === null)) continue
    const first = event.reports[0]
    if (!first) continue
    findings.push({
      file: first.article, line: null, field: 'location', severity: 'warning', kind: 'attack without a site',
      message: `The attack ${event.id} names no base${event.location ? ` (only ${event.location.name})` : ''}. If the article says which, add a correction: \`- target: {event: ${event.id}}\` with \`set: {site: <gazetteer id>}\` and a reason.`,
    })
  }

  const byTitle = new Map<string, string>()
  for (const article of timeline.articles) {
    const key = article.title.toLowerCase().replace(/\W+/g, ' ').trim()
    const other = byTitle.get(key)
    if (other) findings.push({ file: article.path, line: 2, field: 'title', severity: 'warning', kind: 'possible duplicate', message: `This article has the same title as ${other}. If it is the same piece, delete one; if it is a republication, name the first in \`original:\`.` })
    else byTitle.set(key, article.path)
  }

  const attacks = timeline.events.filter((e) => e.type === 'attack' && e.location?.id)
  for (const [i, a] of attacks.entries()) {
    for (const b of attacks.slice(i + 1)) {
      if (a.location?.id !== b.location?.id || daysApart(a.date, b.date) !== 1) continue
      const articlesA = new Set(a.reports.map((r) => r.article))
      if (b.reports.some((r) => articlesA.has(r.article))) continue
      findings.push({
        file: b.reports[0]?.article ?? '', line: null, field: 'event', severity: 'warning', kind: 'possible duplicate',
        message: `${a.id} and ${b.id} are attacks on ${a.location?.name} a day apart, each from different articles: it may be one night reported in two time zones. If so, merge them: \`- target: {event: ${b.id}}\` with \`mergeInto: {event: ${a.id}}\` and a reason.`,
      })
    }
  }
  return findings.sort(compareDiagnostics)
}
