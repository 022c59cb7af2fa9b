import path from 'node:path'
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js'
import type { PipelineResult } from '../pipeline.js'
import { plural } from '../render/event-entry.js'
import type { SearchIndexResult } from './build-search-index.js'
import type { SiteSettings } from './site-settings.js'

/** Prints each diagnostic an editor acts on; notes (sentences read and set aside) are left to `npm run extract`. */
export function printDiagnostics(log: (line: string) => void, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) if (d.severity !== 'info') log(`  ${formatDiagnostic(d)}`)
}

/**
 * Prints what the pipeline found: the diagnostics an editor acts on, then what was extracted and the counts.
 * Returns the errors and warnings, which `--strict` refuses.
 */
export function reportPipeline(log: (line: string) => void, diagnostics: Diagnostic[], counts: PipelineResult['counts']): { errors: number; warnings: number } {
  printDiagnostics(log, diagnostics)
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length
  const notes = diagnostics.length - errors - warnings
  log(
    `Salvo: extracted ${plural(counts.extracted, 'article')}${counts.cached > 0 ? ` (${counts.cached} unchanged, from the cache)` : ''}; ${plural(counts.corrections, 'correction')} applied.`,
  )
  log(
    `Salvo: ${plural(counts.articles, 'article')}, ${plural(counts.events, 'event')}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notes > 0 ? `, ${plural(notes, 'note')} (sentences read and set aside; \`npm run extract\` lists them)` : ''}.`,
  )
  return { errors, warnings }
}

/** What a finished build wrote, for its summary line. */
export interface BuiltSite {
  outDir: string
  site: SiteSettings
  /** Pages rendered, and taken unchanged from the last build. */
  rendered: number
  reused: number
  /** The site's other files written (write-site-files.ts). */
  files: string[]
  search: SearchIndexResult
  /** The phases' times (phase-timer.ts). */
  took: string
}

/** Prints what a finished build wrote, where, for which hosting, and how long it took. */
export function reportSite(log: (line: string) => void, built: BuiltSite): void {
  const { site, search, files } = built
  const feeds = files.filter((f) => f.startsWith('feeds/')).length
  const hosting = site.relative ? 'with page-relative links' : `for ${site.siteUrl ?? `the path ${site.pathPrefix}`}`
  const reused = built.reused > 0 ? ` (${built.rendered} rendered, ${built.reused} unchanged since the last build)` : ''
  const shards = search.shards > 1 ? ` in ${search.shards} shards${search.indexed < search.shards ? ` (${search.indexed} re-indexed)` : ''}` : ''
  log(
    `Salvo: wrote ${built.rendered + built.reused} pages${reused}, ${feeds} feeds, ${files.length - feeds} other files and a search index of ${search.pages} pages${shards} to ${built.outDir}/, ${hosting}.`,
  )
  log(`Salvo: took ${built.took}.`)
  if (site.siteUrl === null)
    log('Salvo: no site URL (--site-url or SALVO_SITE_URL), so there is no sitemap.xml and no canonical links, and feed links are relative.')
}

/**
 * For `--strict`: the corrections entries that would acknowledge each warning of an article, one per
 * article and kind of warning, ready to paste (`accept: true`, src/editorial/accept-warnings.ts). A warning
 * about the corrections file itself is mended there, not accepted.
 */
export function acceptEntries(diagnostics: Diagnostic[], correctionsFile: string): string[] {
  const pairs = new Set(
    diagnostics
      .filter((d) => d.severity === 'warning' && path.basename(d.file) !== path.basename(correctionsFile))
      .map((d) => `  - target: {article: ${d.file}, code: ${d.code}}\n    accept: true\n    reason: "…why it can stay as it is…"`),
  )
  return [...pairs]
}
