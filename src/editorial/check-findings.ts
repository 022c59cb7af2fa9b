import { compareDiagnostics, type Diagnostic, type DiagnosticCode } from '../model/diagnostic.js'
import type { TimelineData } from '../model/timeline-data.js'

/** One thing an editor can act on, for `npm run check`. */
export interface Finding extends Diagnostic {
  /** What kind of problem: the table groups and counts by it. */
  kind:
    | 'unresolved date'
    | 'unknown place'
    | 'attack without a site'
    | 'possible duplicate'
    | 'correction without target'
    | 'outside the campaign'
    | 'input'
    | 'note'
}

/** The kind of finding each code is: one row per code, so a new code does not compile until it has its kind. */
export const KIND_OF: Record<DiagnosticCode, Finding['kind']> = {
  'folder-unreadable': 'input',
  'link-outside-seeds': 'input',
  'file-refused': 'input',
  'file-not-text': 'input',
  'file-missing': 'input',
  'duplicate-file': 'possible duplicate',
  'duplicate-slug': 'input',
  'duplicate-url': 'possible duplicate',
  'front-matter-missing': 'input',
  'front-matter-invalid': 'input',
  'field-unknown': 'input',
  'field-missing': 'input',
  'field-not-text': 'input',
  'field-empty': 'input',
  'field-control-characters': 'input',
  'title-too-long': 'input',
  'url-invalid': 'input',
  'archived-invalid': 'input',
  'url-missing': 'input',
  'date-missing': 'input',
  'date-invalid': 'input',
  'date-future': 'input',
  'date-inferred-invalid': 'input',
  'date-note-missing': 'input',
  'original-invalid': 'input',
  'txt-no-title': 'input',
  'txt-no-date': 'input',
  'txt-no-metadata': 'input',
  'body-empty': 'input',
  'body-too-complex': 'input',
  'paragraph-too-long': 'input',
  'sentence-set-aside': 'note',
  'date-unresolved': 'unresolved date',
  'place-unknown': 'unknown place',
  'outside-campaign': 'outside the campaign',
  'corrections-unreadable': 'input',
  'corrections-invalid': 'input',
  'correction-invalid': 'input',
  'correction-no-target': 'correction without target',
  'correction-ambiguous': 'correction without target',
  'correction-refused': 'input',
  'attack-without-site': 'attack without a site',
  'duplicate-title': 'possible duplicate',
  'duplicate-day-apart': 'possible duplicate',
}

/** A diagnostic as a finding, its kind read from its code. */
const finding = (d: Diagnostic): Finding => ({ ...d, kind: KIND_OF[d.code] })

/** Days between two `YYYY-MM-DD` days. */
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000

/**
 * Collects what an editor should look at: the pipeline's diagnostics by kind, plus
 * attacks reported without a base, and possible duplicates (articles with one
 * title, or attacks on one base a day apart from different articles, which may be
 * one night reported in two time zones).
 */
export function collectFindings(timeline: TimelineData): Finding[] {
  const findings: Finding[] = timeline.diagnostics.map(finding)

  for (const event of timeline.events) {
    // A place missing from the gazetteer is already reported as an unknown place.
    if (event.type !== 'attack' || event.location?.precision === 'site' || (event.location !== null && event.location.id === null)) continue
    const first = event.reports[0]
    if (!first) continue
    findings.push(
      finding({
        file: first.article,
        line: null,
        field: 'location',
        code: 'attack-without-site',
        severity: 'warning',
        message: `The attack ${event.id} names no base${event.location ? ` (only ${event.location.name})` : ''}. If the article says which, add a correction: \`- target: {event: ${event.id}}\` with \`set: {site: <gazetteer id>}\` and a reason.`,
      }),
    )
  }

  const byTitle = new Map<string, TimelineData['articles'][number]>()
  // A republication that names the first in `original:` (by its outlet or its url) is not a duplicate.
  const republishes = (copy: TimelineData['articles'][number], first: TimelineData['articles'][number]): boolean =>
    copy.original !== null &&
    (copy.original.source.toLowerCase() === first.source.toLowerCase() || (copy.original.url !== null && copy.original.url === first.url))
  for (const article of timeline.articles) {
    const key = article.title.toLowerCase().replace(/\W+/g, ' ').trim()
    const first = byTitle.get(key)
    const other = first === undefined || republishes(article, first) || republishes(first, article) ? undefined : first.path
    if (first === undefined) byTitle.set(key, article)
    if (other)
      findings.push(
        finding({
          file: article.path,
          line: 2,
          field: 'title',
          code: 'duplicate-title',
          severity: 'warning',
          message: `This article has the same title as ${other}. If it is the same piece, delete one; if it is a republication, name the first in \`original:\`.`,
        }),
      )
  }

  const attacks = timeline.events.filter((e) => e.type === 'attack' && e.location?.id)
  for (const [i, a] of attacks.entries()) {
    for (const b of attacks.slice(i + 1)) {
      if (a.location?.id !== b.location?.id || daysApart(a.date, b.date) !== 1) continue
      const articlesA = new Set(a.reports.map((r) => r.article))
      if (b.reports.some((r) => articlesA.has(r.article))) continue
      findings.push(
        finding({
          file: b.reports[0]?.article ?? '',
          line: null,
          field: 'event',
          code: 'duplicate-day-apart',
          severity: 'warning',
          message: `${a.id} and ${b.id} are attacks on ${a.location?.name} a day apart, each from different articles: it may be one night reported in two time zones. If so, merge them: \`- target: {event: ${b.id}}\` with \`mergeInto: {event: ${a.id}}\` and a reason.`,
        }),
      )
    }
  }
  return findings.sort(compareDiagnostics)
}
