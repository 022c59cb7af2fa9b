/**
 * `text` with its ASCII capitals lowered, same length, so offsets hold: what a `lowerCasePattern` reads.
 */
export const lowerAscii = (text: string): string => text.replace(/[A-Z]+/g, (capitals) => capitals.toLowerCase())

/** Letters with a case in a pattern's source, escapes aside: any but a–z would make `lowerAscii` change what it matches. */
const casedLetters = (source: string): string[] => [...source.replace(/\\./g, '')].filter((c) => c.toLowerCase() !== c.toUpperCase() && !/[a-z]/.test(c))

/**
 * A global pattern, written in lower case, to read `lowerAscii(text)` instead of `text` with the `i` flag. For a pattern
 * whose letters are all lower-case ASCII the matches are the same, at the same offsets (without `u`, `i` lets an ASCII
 * letter match only itself in either case and changes nothing else), and V8 compiles a long pattern about four times
 * faster without `i`: the casualty patterns took about a quarter of a second per thread. A pattern with another cased
 * letter is a mistake in the code, and throws.
 */
export function lowerCasePattern(source: string): RegExp {
  const cased = casedLetters(source)
  if (cased.length > 0)
    throw new Error(`A pattern that reads lower-cased text has the letters "${cased.join('')}" (/${source.slice(0, 60)}…/); write them in lower case.`)
  return new RegExp(source, 'g')
}
