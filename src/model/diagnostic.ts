import { escapeTerminal } from '../escape-terminal.js'

/**
 * Every kind of diagnostic, with what it means. A code names the fix an editor would make, so
 * `npm run check` and the tests match on it, never on a message's words; the message says the
 * same for a person. Grouped by where the problem is found.
 */
export const DIAGNOSTIC_CODES = {
  // The files in the seeds folder.
  'folder-unreadable': 'a folder of articles cannot be listed',
  'link-outside-seeds': 'a symbolic link out of the seeds folder, or to nothing',
  'file-refused': 'not a regular file, too large, or unreadable',
  'file-not-text': 'empty, binary, or not UTF-8',
  'file-missing': 'a path given to a command does not exist',
  'duplicate-file': 'the same bytes as another article',
  'duplicate-slug': 'the same page address as another article',
  'duplicate-url': 'the same url as another article',
  // Front matter.
  'front-matter-missing': 'no front matter',
  'front-matter-invalid': 'not YAML, not closed, anchors, a field twice, or not a map',
  'field-unknown': 'a field Salvo does not read',
  'field-missing': 'a required field is absent',
  'field-not-text': 'a text field holds a number, list or map',
  'field-empty': 'a required field is blank',
  'field-control-characters': 'control characters, replaced by spaces',
  'title-too-long': 'a title over the limit',
  'url-invalid': 'not an http(s) address',
  'url-missing': 'no url',
  'archived-invalid': '`archived` not an http(s) address',
  'date-missing': 'no publication date',
  'date-invalid': 'not a YYYY-MM-DD calendar day',
  'date-future': 'a publication day after the build',
  'date-inferred-invalid': '`dateInferred` not true or false',
  'date-note-missing': 'an inferred date without `dateNote`',
  'original-invalid': '`original` without its outlet, or with a bad url',
  // A .txt article.
  'txt-no-title': 'no title line, or no text below it',
  'txt-no-date': 'no date prefix in the file name',
  'txt-no-metadata': 'outlet unknown, date from the file name',
  // The article text.
  'body-empty': 'no text after the front matter',
  'body-too-complex': 'Markdown past the parsing bounds',
  'paragraph-too-long': 'a paragraph shown but not read',
  // Extraction.
  'sentence-set-aside': 'a sentence read and judged not an event',
  'date-unresolved': 'an attack without a day',
  'place-unknown': 'a place not in the gazetteer',
  'outside-campaign': 'a report dated or placed outside the campaign (src/data/campaign.yaml), set aside',
  // The corrections file.
  'corrections-unreadable': 'the file cannot be read as UTF-8 text',
  'corrections-invalid': 'not YAML, anchors, or not a list',
  'correction-invalid': 'an entry that fails a check, skipped',
  'correction-no-target': 'names no event',
  'correction-ambiguous': 'names several events',
  'correction-refused': 'its change fails a check',
  // `npm run check`, on the whole timeline.
  'attack-without-site': 'an attack that names no base',
  'duplicate-title': 'the same title as another article',
  'duplicate-day-apart': 'attacks on one base a day apart',
} as const satisfies Record<string, string>

/** What kind of problem a diagnostic is, e.g. `date-invalid`: one of `DIAGNOSTIC_CODES`. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES

/**
 * A problem found in the input, said as a sentence an editor can act on:
 * what is wrong, where, the likely cause and the fix.
 */
export interface Diagnostic {
  /**
   * The file, with `/` separators. As the stages make it and the terminal shows it: its real path from the working
   * directory, which an editor can open (`../big/seeds/x.md`). In the data file: its seeds path (`seeds/x.md`,
   * src/ingest/seeds-path.ts), so the data does not depend on where the build ran. A message that names another
   * article names it by its id.
   */
  file: string
  /** 1-based line in that file, or `null` when the problem is not tied to a line. */
  line: number | null
  /** The front-matter field, data-file field or stage the problem concerns, e.g. `date`, `body`, `extract`. */
  field: string
  /** What kind of problem: tools and `npm run check` match on this, never on the message. */
  code: DiagnosticCode
  /** `error` skips the article (or fails the build with `--strict`); `warning` and `info` never do. */
  severity: 'error' | 'warning' | 'info'
  /** A full sentence: what, where, and the fix. */
  message: string
}

/** Orders diagnostics by file, line, field and message so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field, 'en') || a.message.localeCompare(b.message, 'en')
}

/**
 * Formats a diagnostic as `file:line [severity] field: message`, the shape editors and
 * editors' tools expect: one line for a terminal, whatever the file name or the values the
 * message quotes hold (`escapeTerminal`: an ESC from a title is shown as `\x1b`, never run).
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}`
  return escapeTerminal(`${where} [${d.severity}] ${d.field}: ${d.message}`)
}
