/**
 * Returns a copy of `text` for pattern matching, with the same length so offsets
 * still point into the original: no-break and other exotic spaces and line breaks
 * become plain spaces, curly quotes become straight ones, dashes become hyphens.
 * The original text is what gets quoted; this copy is only for matching.
 */
export function normalizeForMatching(text: string): string {
  return text
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\r\n\f\v]/g, ' ')
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
}
