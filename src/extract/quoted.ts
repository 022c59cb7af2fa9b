/**
 * Whether offset `at` of a sentence falls between quotation marks: in words quoted, whose "today" and speaker are the
 * quoted person's. The sentence is one `normalizeForMatching` has read, so every quotation mark is a straight `"`.
 */
export function insideQuotes(text: string, at: number): boolean {
  for (const m of text.matchAll(QUOTATION)) {
    const start = m.index ?? 0
    if (at > start && at < start + m[0].length) return true
  }
  return false
}

/** A quotation, from its opening mark to its closing one. */
const QUOTATION = /"[^"]*"/g
