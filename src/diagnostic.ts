import { escapeTerminal } from './escape-terminal.js'

/**
 * A problem found in the input, said as a sentence an editor can act on:
 * what is wrong, where, the likely cause and the fix.
 */
export interface Diagnostic {
  /** Path of the file, relative to the project root, with `/` separators. */
  file: string
  /** 1-based line in that file, or `null` when the problem is not tied to a line. */
  line: number | null
  /** The front-matter field, data-file field or stage the problem concerns, e.g. `date`, `body`, `extract`. */
  field: string
  /** `error` skips the article (or fails the build with `--strict`); `warning` and `info` never do. */
  severity: 'error' | 'warning' | 'info'
  /** A full sentence: what, where, and the fix. */
  message: string
}

/** Orders diagnostics by file, line, field and message so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file, 'en') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.field.localeCompare(b.field, 'en') ||
    a.message.localeCompare(b.message, 'en')
  )
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
