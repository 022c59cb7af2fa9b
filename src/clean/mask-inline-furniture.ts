/** Inline references to other articles: "[See LWJ Report, U.S. military strikes …]", "(RELATED: …)", "[Continue reading…]". */
const INLINE_FURNITURE =
  /\[\s*(?:see|read|related|watch|listen|continue reading|more)\b[^\]]*\]|\(\s*(?:related|read more|see also|see|watch|listen)\s*:[^)]*\)/gi

/**
 * Blanks out inline references to other articles in `text` (same length, so
 * offsets still hold), so that a linked headline is not read as this article's news.
 */
export function maskInlineFurniture(text: string): string {
  return text.replace(INLINE_FURNITURE, (m) => ' '.repeat(m.length))
}
