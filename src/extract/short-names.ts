import type { PlaceEntry } from '../knowledge/knowledge.js'
import type { TermMatch } from '../knowledge/term-matcher.js'
import { allMatches } from './all-matches.js'

/** A short name an article gave a base, and the pattern that finds it as a whole word, made once when it is learned. */
export interface ShortName {
  value: PlaceEntry
  pattern: RegExp
}

/** The word for a kind of base at the end of a base's name: "Al-Asad Airbase" is "Al-Asad", "al-Omar oil field" "al-Omar", in the article's later sentences. */
const BASE_WORD =
  /\s+(?:air ?base|airbase|air field|airfield|air station|airport|base|garrison|outpost|military base|landing zone|oil ?field|gas ?field|gas plant)$/i

/**
 * The short names an article gives the bases it named in full: "Al-Asad" after "Al-Asad Airbase", "al-Asad" after
 * "Ain al-Asad". Only a name of two words at most, of at least five letters, as the article wrote it.
 */
export function learnShortNames(text: string, places: TermMatch<PlaceEntry>[], into: Map<string, ShortName>): void {
  for (const p of places) {
    if (p.value.precision !== 'site') continue
    const written = text.slice(p.start, p.end)
    const short = written.replace(BASE_WORD, '')
    // "Ain al-Asad" is "al-Asad" too: a name's last word with the Arabic article.
    const article = /\s(al-\p{L}{4,})$/iu.exec(short)?.[1]
    for (const name of [short === written ? null : short, article ?? null]) {
      if (name === null || name.replace(/[^\p{L}]/gu, '').length < 5 || name.split(/\s+/).length > 2 || !/^(?:\p{Lu}|al-)/u.test(name)) continue
      // "al-Asad" opens a sentence as "Al-Asad": the Arabic article in either case, the name itself as written.
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^al-/, '[Aa]l-')
      if (!into.has(name)) into.set(name, { value: p.value, pattern: new RegExp(`(?<![\\p{L}\\d-])${escaped}(?![\\p{L}\\d-])`, 'gu') })
    }
    // "Erbil International Airport" … "the coalition base at the airport": "the airport" is the airport named last.
    if (/\bairport$/i.test(written)) into.set('the airport', { value: p.value, pattern: /(?<=\bthe )airport\b/giu })
  }
}

/** Where a sentence uses a short name the article learned (`learnShortNames`), outside any other name. */
export function findShortNames(text: string, shortNames: ReadonlyMap<string, ShortName>, taken: { start: number; end: number }[]): TermMatch<PlaceEntry>[] {
  const found: TermMatch<PlaceEntry>[] = []
  for (const { value, pattern } of shortNames.values()) {
    for (const m of allMatches(pattern, text)) {
      const start = m.index
      const end = start + m[0].length
      if (!taken.some((t) => start < t.end && end > t.start)) found.push({ value, start, end })
    }
  }
  return found
}
