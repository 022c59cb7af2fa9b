import { foldText } from './fold-text.js'

/** One occurrence of a known term in a text. */
export interface TermMatch<T> {
  value: T
  /** Offset of the match in the original text. */
  start: number
  /** Offset one past the match in the original text. */
  end: number
}

/** Entries to match: `terms` compare folded (any case, spelling variants), `acronyms` exactly and as whole words. */
export interface TermEntry<T> {
  terms: readonly string[]
  acronyms?: readonly string[]
  value: T
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Compiles entries into a function that finds every known term in a text,
 * longest match first, without overlaps, in text order.
 */
export function createTermMatcher<T>(entries: readonly TermEntry<T>[]): (text: string) => TermMatch<T>[] {
  const byTerm = new Map<string, T>()
  const byAcronym = new Map<string, T>()
  for (const entry of entries) {
    for (const term of entry.terms) {
      const folded = foldText(term).text.trim()
      if (folded !== '' && !byTerm.has(folded)) byTerm.set(folded, entry.value)
    }
    for (const acronym of entry.acronyms ?? []) if (!byAcronym.has(acronym)) byAcronym.set(acronym, entry.value)
  }
  const longestFirst = (keys: Iterable<string>): string => [...keys].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|')
  const termPattern = byTerm.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst(byTerm.keys())})(?![\\p{L}\\p{N}])`, 'gu') : null
  const acronymPattern = byAcronym.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst(byAcronym.keys())})(?![\\p{L}\\p{N}])`, 'gu') : null

  return (text: string): TermMatch<T>[] => {
    const found: TermMatch<T>[] = []
    if (termPattern) {
      const folded = foldText(text)
      for (const m of folded.text.matchAll(termPattern)) {
        const value = byTerm.get(m[0])
        const i = m.index ?? 0
        if (value === undefined) continue
        found.push({ value, start: folded.map[i] ?? 0, end: (folded.map[i + m[0].length - 1] ?? 0) + 1 })
      }
    }
    if (acronymPattern) {
      for (const m of text.matchAll(acronymPattern)) {
        const value = byAcronym.get(m[0])
        if (value !== undefined) found.push({ value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    const kept: TermMatch<T>[] = []
    for (const match of found) {
      const last = kept.at(-1)
      if (last && match.start < last.end) continue
      kept.push(match)
    }
    return kept
  }
}
