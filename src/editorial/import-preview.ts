import { cleanArticle } from '../clean/clean-article.js'
import { compareDiagnostics, formatDiagnostic, type Diagnostic } from '../model/diagnostic.js'
import { extractReports } from '../extract/extract-reports.js'
import type { Count } from '../model/report.js'
import type { Article } from '../ingest/article.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import type { TimelineEvent } from '../model/event.js'
import { mergeReports } from '../merge/merge-reports.js'

/** What the pipeline makes of one article on its own. */
export interface ArticlePreview {
  events: TimelineEvent[]
  /** Ingest's diagnostics for the file, then extraction's, sorted. */
  diagnostics: Diagnostic[]
  /** What the clean stage set aside as page furniture (menus, bylines, captions, share lines), in order, with why: the editor checks that no news went with it. */
  setAside?: { text: string; reason: string }[]
}

/** Runs clean → extract → merge over one article, as the build does over all of them. */
export function previewArticle(article: Article, ingestDiagnostics: Diagnostic[], knowledge: Knowledge): ArticlePreview {
  const cleaned = cleanArticle(article)
  const extracted = extractReports(cleaned, knowledge)
  const events = mergeReports(extracted.reports, knowledge)
  const setAside = cleaned.paragraphs.flatMap((p) =>
    p.setAside !== null
      ? [{ text: article.body.slice(p.start, p.end), reason: p.setAside }]
      : p.sentences.flatMap((s) => (s.setAside === null ? [] : [{ text: s.text, reason: s.setAside }])),
  )
  return { events, diagnostics: [...ingestDiagnostics, ...extracted.diagnostics].sort(compareDiagnostics), setAside }
}

const QUOTE_LENGTH = 160
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
const count = (c: Count | null): string => (c === null ? 'not given' : c.min === c.max ? String(c.min) : `${c.min}–${c.max}`)

/** `2023-10-30 (day)`, `2023-10-23 to 2023-10-29 (range)`. */
function when(event: TimelineEvent): string {
  return `${event.date}${event.dateEnd === event.date ? '' : ` to ${event.dateEnd}`} (${event.datePrecision})`
}

/** `Al-Tanf Garrison, Syria (site)`; a place missing from the gazetteer says so. */
function where(event: TimelineEvent): string {
  const place = event.location
  if (place === null) return 'place not named'
  const country = place.country !== null && place.country !== place.name ? `, ${place.country}` : ''
  return `${place.name}${country} (${place.precision}${place.id === null ? ', not in the gazetteer' : ''})`
}

/** One event as an editor reads it: what, when, where, with what, how sure, and the words it came from. */
function describe(event: TimelineEvent, index: number): string[] {
  const status = `${event.status}${event.disputed ? ', disputed: the reports disagree' : ''}`
  const lines = [
    `  ${index + 1}. ${event.summary}`,
    `     date: ${when(event)} · type: ${event.type} · place: ${where(event)}`,
    `     weapons: ${event.weapons.join(', ') || 'none named'} · status: ${status}`,
  ]
  const extras = [
    event.actors.length > 0 ? `groups: ${event.actors.join(', ')}` : null,
    event.killed !== null ? `killed: ${count(event.killed)}` : null,
    event.injured !== null ? `injured: ${count(event.injured)}` : null,
  ].filter((x) => x !== null)
  if (extras.length > 0) lines.push(`     ${extras.join(' · ')}`)
  for (const report of event.reports) {
    const quote = report.quote.replace(/\s+/g, ' ').trim()
    const shown = quote.length > QUOTE_LENGTH ? `${quote.slice(0, QUOTE_LENGTH - 1)}…` : quote
    lines.push(`     "${shown}"${report.dateText === null ? '' : ` (day from "${report.dateText.trim()}")`}, per ${report.claimant} (${report.status})`)
  }
  return lines
}

/** The preview as lines of text for the terminal: the events, then the diagnostics, errors and warnings first. */
export function formatPreview(preview: ArticlePreview): string[] {
  const lines: string[] = []
  const { events, diagnostics } = preview
  if (events.length === 0) {
    const why = diagnostics.length > 0 ? ' If it reports one, the lines below may say why it was not read as one.' : ''
    lines.push(`Extraction found no events in this article.${why}`)
  } else {
    lines.push(`Extraction found ${plural(events.length, 'event')}:`)
    events.forEach((event, i) => lines.push(...describe(event, i)))
  }
  const problems = diagnostics.filter((d) => d.severity !== 'info')
  const notes = diagnostics.filter((d) => d.severity === 'info')
  lines.push('')
  if (problems.length === 0) lines.push('Diagnostics: no errors or warnings.')
  else {
    const errors = problems.filter((d) => d.severity === 'error').length
    lines.push(`Diagnostics: ${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}:`)
    for (const d of [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))) lines.push(`  ${formatDiagnostic(d)}`)
  }
  if (notes.length > 0) {
    lines.push(`Notes (${notes.length}):`)
    for (const d of notes) lines.push(`  ${formatDiagnostic(d)}`)
  }
  const furniture = preview.setAside ?? []
  if (furniture.length > 0) {
    lines.push(`Set aside as page furniture, not read for events (${furniture.length}):`)
    for (const { text, reason } of furniture) {
      const shown = text.replace(/\s+/g, ' ').trim()
      lines.push(`  "${shown.length > 80 ? `${shown.slice(0, 79)}…` : shown}": ${[...new Set(reason.split('; ').map((r) => r.split(':')[0]))].join('; ')}`)
    }
  }
  return lines
}
