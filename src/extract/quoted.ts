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

/**
 * A quotation, from its opening mark to its closing one; or an opening mark (at the start or after a space) never closed
 * in the sentence, whose words run on to the end of it: a quoted statement of several sentences.
 */
const QUOTATION = /"[^"]*"|(?<=^|[\s(])"[^"]*$/g
