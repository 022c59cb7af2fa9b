import type { Diagnostic } from '../model/diagnostic.js'
import type { Correction, CorrectionOutcome } from '../model/correction.js'
import { describeTarget, sameArticle, squash } from './apply-corrections.js'

/**
 * Applies the editors' `accept: true` corrections: each warning a target names (its article, and its
 * words or its code) becomes a note that says who accepted it, on which line and why, so `--strict`
 * passes and the acknowledgment stays on record. An acceptance that names no warning is itself a
 * warning: the warning it was written for has gone (the article changed), and the entry can be removed.
 * Errors are never accepted: they skip an article, and no acknowledgment brings it back.
 */
export function acceptWarnings(
  diagnostics: Diagnostic[],
  corrections: Correction[],
  file: string,
): { diagnostics: Diagnostic[]; outcomes: CorrectionOutcome[] } {
  const outcomes: CorrectionOutcome[] = []
  const problems: Diagnostic[] = []
  let result = diagnostics
  for (const c of corrections) {
    if (c.action.kind !== 'accept') continue
    const { article = '', quote, code } = c.target
    const names = (d: Diagnostic): boolean =>
      d.severity === 'warning' &&
      sameArticle(d.file, article) &&
      (code === undefined || d.code === code) &&
      (quote === undefined || squash(d.message).includes(squash(quote)))
    const target = describeTarget(c.target)
    const named = result.filter(names)
    if (named.length === 0) {
      problems.push({
        file,
        line: c.line,
        field: 'target',
        code: 'correction-no-target',
        severity: 'warning',
        message: `No warning matches this acceptance (${target}): the warning it was written for is gone, or its words changed. Remove the entry, or name the warning by words of its message as \`npm run check\` prints it.`,
      })
      outcomes.push({ line: c.line, kind: 'accept', reason: c.reason, target, result: 'no-target', events: [] })
      continue
    }
    const accepted = new Set(named)
    result = result.map((d) =>
      accepted.has(d) ? { ...d, severity: 'info', message: `Accepted by an editor (${file}, line ${c.line}: ${c.reason}). ${d.message}` } : d,
    )
    outcomes.push({
      line: c.line,
      kind: 'accept',
      reason: c.reason,
      target,
      result: 'applied',
      events: [],
      accepted: named.map((d) => `${d.file}${d.line === null ? '' : `:${d.line}`} [${d.code}]`),
    })
  }
  return { diagnostics: [...result, ...problems], outcomes }
}
