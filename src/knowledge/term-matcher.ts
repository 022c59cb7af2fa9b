import { foldedWords, foldText } from './fold-text.js'

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

/**
 * Compiles entries into a function that finds every known term in a text,
 * longest match first, without overlaps (of two that overlap, the longer), in text order. Terms are looked up by
 * their first word, so the cost grows with the text, not with the number of terms.
 */
export function createTermMatcher<T>(entries: readonly TermEntry<T>[]): (text: string) => TermMatch<T>[] {
  /** First word → candidate terms (their words), longest first. */
  const byFirstWord = new Map<string, { words: string[]; value: T }[]>()
  const byAcronym = new Map<string, T>()
  const seen = new Set<string>()
  for (const entry of entries) {
    for (const term of entry.terms) {
      const words = foldedWords(term).map((w) => w.word)
      const key = words.join(' ')
      if (words.length === 0 || seen.has(key)) continue
      seen.add(key)
      const list = byFirstWord.get(words[0] ?? '') ?? []
      list.push({ words, value: entry.value })
      byFirstWord.set(words[0] ?? '', list)
    }
    for (const acronym of entry.acronyms ?? []) if (!byAcronym.has(acronym)) byAcronym.set(acronym, entry.value)
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length)
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const acronymPattern =
    byAcronym.size > 0
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${[...byAcronym.keys()]
            .sort((a, b) => b.length - a.length)
            .map(escape)
            .join('|')})(?![\\p{L}\\p{N}])`,
          'gu',
        )
      : null

  return (text: string): TermMatch<T>[] => {
    const found: TermMatch<T>[] = []
    const folded = foldText(text)
    const words = foldedWords(text)
    for (let i = 0; i < words.length; i++) {
      const candidates = byFirstWord.get(words[i]?.word ?? '')
      if (!candidates) continue
      for (const candidate of candidates) {
        const n = candidate.words.length
        if (i + n > words.length) continue
        let ok = true
        for (let j = 0; j < n && ok; j++) {
          const w = words[i + j]
          // Consecutive words of a term stand in the text with one space between them: "ain al asad", not "ain, al asad".
          ok = w !== undefined && w.word === candidate.words[j] && (j === 0 || w.start === (words[i + j - 1]?.end ?? -1) + 1)
        }
        if (!ok) continue
        const first = words[i]
        const last = words[i + n - 1]
        if (first && last) found.push({ value: candidate.value, start: folded.map[first.start] ?? 0, end: (folded.map[last.end - 1] ?? 0) + 1 })
        break
      }
    }
    if (acronymPattern) {
      // An exec loop, not `matchAll`, which copies the long pattern on every call (see extract/all-matches.ts).
      acronymPattern.lastIndex = 0
      for (let m = acronymPattern.exec(text); m !== null; m = acronymPattern.exec(text)) {
        if (m[0] === '') acronymPattern.lastIndex += 1
        const value = byAcronym.get(m[0])
        if (value !== undefined) found.push({ value, start: m.index, end: m.index + m[0].length })
      }
    }
    // Of two terms that overlap, the longer: "The National Security Council" is the council, not the outlet "The National".
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    const kept: TermMatch<T>[] = []
    for (const match of found) if (!kept.some((k) => match.start < k.end && k.start < match.end)) kept.push(match)
    return kept.sort((a, b) => a.start - b.start)
  }
}
