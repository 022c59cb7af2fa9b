import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js'
import type { Original } from '../model/timeline-data.js'
import { editDistance } from '../edit-distance.js'
import { hasControls, hasVisibleText, withoutControls } from './control-characters.js'

/** The metadata of an article, as typed after the ingest boundary. */
export interface ArticleMeta {
  title: string
  source: string
  url: string | null
  /** A copy of the article in a web archive (the Wayback Machine, archive.today), http(s); `null` when none was saved. */
  archived: string | null
  /** Publication day, `YYYY-MM-DD`. */
  date: string
  author: string | null
  original: Original | null
  dateInferred: boolean
  dateNote: string | null
}

/** Where the front matter sits, so diagnostics can name the file and line. */
export interface FrontMatterContext {
  /** Path of the file, relative to the project root. */
  file: string
  /** The raw front-matter text (between the `---` lines), to find a field's line when `fieldLines` lacks it. */
  matter: string
  /** 1-based file line of each top-level field, as the YAML parser found it (`parseFrontMatter`). */
  fieldLines?: ReadonlyMap<string, number>
  /** 1-based file line of the first front-matter line (the line after the opening `---`). */
  firstLine: number
  /** The day of the build, `YYYY-MM-DD`, to refuse publication days in the future; absent, no such check (src/ never reads the clock). */
  today?: string
}

/** A headline longer than this is the body pasted into the title, not a headline. */
export const MAX_TITLE_CHARS = 300

export const KNOWN_FIELDS = ['title', 'source', 'url', 'archived', 'date', 'author', 'original', 'dateInferred', 'dateNote', 'metadataFrom'] as const

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const EXAMPLE = 'for example `date: 2023-10-24`'

/** The 1-based file line where `field:` is written, or the first front-matter line when it is absent. */
function lineOf(ctx: FrontMatterContext, field: string): number {
  const parsed = ctx.fieldLines?.get(field)
  if (parsed !== undefined) return parsed
  const lines = ctx.matter.split(/\r?\n/)
  const name = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const index = lines.findIndex((line) => new RegExp(`^\\s*["']?${name}["']?\\s*:`).test(line))
  // The matter text begins with the newline after `---`, so line index 1 is the first field.
  return ctx.firstLine + Math.max(0, index - 1)
}

/** Checks that `y-m-d` names a real calendar day (no 2023-02-30). */
function isCalendarDay(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
}

/** Characters a URL must not hold as written: spaces, quote marks, angle brackets, backslashes and controls (percent-encode them). */
const UNSAFE_IN_URL = /[\s"'<>`\\^{|}\u0000-\u001F\u007F-\u009F]/

/** A URL an article may link to: http or https only, never `javascript:` or `data:`, and nothing that needs quoting. */
export function isSafeHttpUrl(value: string): boolean {
  if (UNSAFE_IN_URL.test(value)) return false
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** Turns a date as YAML gives it (a string, or a JS Date at UTC midnight for an unquoted date) into `YYYY-MM-DD`, or a reason it is not one. */
export function normalizeDay(value: unknown): { day: string } | { problem: string } {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { problem: 'is not a valid date' }
    const iso = value.toISOString()
    return ISO_DAY.test(iso.slice(0, 10)) ? { day: iso.slice(0, 10) } : { problem: `"${iso.slice(0, 10)}" is not a four-digit-year date` }
  }
  if (typeof value === 'number') return { problem: `is the number ${value}, not a day` }
  if (typeof value !== 'string') return { problem: 'is not a date' }
  const text = value.trim()
  if (text === '') return { problem: 'is empty' }
  const match = ISO_DAY.exec(text)
  if (!match) return { problem: `"${text}" is not in YYYY-MM-DD form` }
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (!isCalendarDay(y, m, d)) return { problem: `"${text}" is not a calendar date` }
  return { day: text }
}

/**
 * The ingest boundary: turns front matter (`unknown`, as YAML gave it) into typed
 * `ArticleMeta`, or into diagnostics naming the file, line, field and fix. Returns
 * `meta: null` when any error makes the article unusable.
 */
export function normalizeFrontMatter(data: unknown, ctx: FrontMatterContext): { meta: ArticleMeta | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const report = (field: string, code: DiagnosticCode, severity: Diagnostic['severity'], message: string): void => {
    diagnostics.push({ file: ctx.file, line: lineOf(ctx, field), field, code, severity, message })
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push({
      file: ctx.file,
      line: ctx.firstLine,
      field: 'front matter',
      code: 'front-matter-invalid',
      severity: 'error',
      message:
        'The front matter is not a set of `field: value` lines. Start the file with `---`, then lines such as `title: "…"`, `source: "…"`, `date: 2023-10-24`, then `---`.',
    })
    return { meta: null, diagnostics }
  }
  const fields = data as Record<string, unknown>

  for (const key of Object.keys(fields).sort()) {
    if ((KNOWN_FIELDS as readonly string[]).includes(key)) continue
    const nearest = [...KNOWN_FIELDS].sort((a, b) => editDistance(key, a) - editDistance(key, b))[0] ?? 'title'
    const hint = editDistance(key, nearest) <= 2 ? ` Did you mean \`${nearest}\`? Rename it.` : ` Remove it, or use one of: ${KNOWN_FIELDS.join(', ')}.`
    report(key, 'field-unknown', 'warning', `Unknown field \`${key}\` is ignored.${hint}`)
  }

  const text = (field: string, required: boolean): string | null => {
    const value = fields[field]
    if (value === undefined || value === null) {
      if (required) report(field, 'field-missing', 'error', `The \`${field}\` field is missing. Add a line \`${field}: "…"\` to the front matter.`)
      return null
    }
    if (typeof value !== 'string') {
      report(
        field,
        'field-not-text',
        'error',
        `The \`${field}\` field must be text, but it is ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a nested object' : `the ${typeof value} ${String(value)}`}. Put the value in quotes: \`${field}: "…"\`.`,
      )
      return null
    }
    if (hasControls(value))
      report(
        field,
        'field-control-characters',
        'warning',
        `The \`${field}\` holds control characters (such as escape codes), which were replaced by spaces. Check the value against the page it came from.`,
      )
    const clean = withoutControls(value).trim()
    if (!hasVisibleText(clean)) {
      if (required)
        report(
          field,
          'field-empty',
          'error',
          `The \`${field}\` field is empty${clean === '' ? '' : ' once its invisible characters (zero-width spaces, direction marks) are removed'}. Write the ${field} between the quotes.`,
        )
      return null
    }
    return clean
  }

  let title = text('title', true)
  if (title !== null && title.length > MAX_TITLE_CHARS) {
    report(
      'title',
      'title-too-long',
      'error',
      `The \`title\` is ${title.length} characters long; a headline is under ${MAX_TITLE_CHARS}. Check that the article text did not end up in the title.`,
    )
    title = null
  }
  const source = text('source', true)
  const author = text('author', false)
  const dateNote = text('dateNote', false)

  let url = text('url', false)
  if (url !== null && !isSafeHttpUrl(String(fields.url).trim())) {
    report(
      'url',
      'url-invalid',
      'error',
      `The \`url\` "${url.slice(0, 80)}" is not an http(s) address Salvo can link to. Give the article's web address, starting with https://, with any space or quote mark in it percent-encoded (%20, %22).`,
    )
    url = null
  } else if (fields.url === undefined) {
    report('url', 'url-missing', 'warning', 'The `url` field is missing, so readers cannot check the source. Add `url: "https://…"`.')
  }

  // Checked as `url` is: readers follow it from the event page, so only http(s), nothing that needs quoting.
  let archived = text('archived', false)
  if (archived !== null && !isSafeHttpUrl(String(fields.archived).trim())) {
    report(
      'archived',
      'archived-invalid',
      'error',
      `The \`archived\` "${archived.slice(0, 80)}" is not an http(s) address Salvo can link to. Give the archived copy's web address, starting with https:// (for example https://web.archive.org/web/2023/https://…), with any space or quote mark in it percent-encoded (%20, %22), or remove the line.`,
    )
    archived = null
  }

  let date: string | null = null
  if (fields.date === undefined || fields.date === null) {
    report(
      'date',
      'date-missing',
      'error',
      `The publication \`date\` is missing; relative dates such as "on Monday" cannot be resolved without it. Add it, ${EXAMPLE}.`,
    )
  } else {
    // parseFrontMatter keeps `2023-02-30` as text (no YAML timestamps), so an impossible day is refused here, however it was written.
    const day = normalizeDay(fields.date)
    if ('day' in day && ctx.today !== undefined && day.day > ctx.today) {
      report(
        'date',
        'date-future',
        'error',
        `The publication \`date\` ${day.day} is after the day of this build, so it cannot be when the article was published. Check the year and the month.`,
      )
    } else if ('day' in day) date = day.day
    else report('date', 'date-invalid', 'error', `The publication \`date\` ${day.problem}. Write the day the article was published as YYYY-MM-DD, ${EXAMPLE}.`)
  }

  let dateInferred = false
  if (fields.dateInferred !== undefined) {
    if (typeof fields.dateInferred === 'boolean') dateInferred = fields.dateInferred
    else report('dateInferred', 'date-inferred-invalid', 'error', 'The `dateInferred` field must be `true` or `false`, without quotes.')
  }
  if (dateInferred && dateNote === null) {
    report(
      'dateInferred',
      'date-note-missing',
      'warning',
      'The date is marked as inferred but there is no `dateNote` saying how. Add `dateNote: "…"` so readers can judge it.',
    )
  }

  let original: Original | null = null
  const rawOriginal = fields.original
  if (rawOriginal !== undefined && rawOriginal !== null) {
    if (typeof rawOriginal !== 'object' || Array.isArray(rawOriginal)) {
      report(
        'original',
        'original-invalid',
        'error',
        'The `original` field must be a nested `source:` and optional `url:`; write it as `original: {source: "Daily Caller News Foundation", url: "https://…"}`.',
      )
    } else {
      const o = rawOriginal as Record<string, unknown>
      const cleanSource = typeof o.source === 'string' ? withoutControls(o.source).trim() : ''
      const oSource = hasVisibleText(cleanSource) ? cleanSource : null
      const oUrl = typeof o.url === 'string' && o.url.trim() !== '' ? o.url.trim() : null
      if (oSource === null)
        report('original', 'original-invalid', 'error', 'The `original` field needs a `source:` naming the outlet that first published the piece.')
      else if (oUrl !== null && !isSafeHttpUrl(oUrl))
        report(
          'original',
          'original-invalid',
          'error',
          `The original's \`url\` "${oUrl.slice(0, 80)}" is not an http(s) address. Give the web address, starting with https://.`,
        )
      else original = { source: oSource, url: oUrl }
    }
  }

  // Written by `npm run add` for a page or feed item: where each field was read (`source: "og:site_name"`). For the editor; the build does not use it.
  const from = fields.metadataFrom
  if (from !== undefined && from !== null && (typeof from !== 'object' || Array.isArray(from) || Object.values(from).some((v) => typeof v !== 'string'))) {
    report(
      'metadataFrom',
      'field-not-text',
      'warning',
      'The `metadataFrom` field must be `field: "where it was read"` lines, such as `source: "og:site_name"`; it is ignored. Fix or remove it.',
    )
  }

  const failed = diagnostics.some((d) => d.severity === 'error')
  if (failed || title === null || source === null || date === null) return { meta: null, diagnostics }
  return { meta: { title, source, url, archived, date, author, original, dateInferred, dateNote }, diagnostics }
}
