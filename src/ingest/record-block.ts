import type { Paragraph } from './article.js'

/**
 * A tracker's incident told as fields rather than prose, as monitors and trackers write them:
 *
 *     **Ain al-Asad air base, Anbar**
 *     - Date: 21 October 2023
 *     - Weapon: 2 UAVs
 *     - Outcome: both shot down by base air defences
 *     - Status: Reported (Iraqi army sources)
 *
 * Each field alone tells nothing (a day with no attack, an outcome with no day or base). Read together, as one sentence
 * quoting the whole block, they are one record, as a table's row is.
 */

/** "Date: …", "- **Weapon:** …", "Claimed by: …": a field line, its key before the colon. */
export const FIELD = /^\s*(?:[-*+•]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z/ ]{1,24}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+\S/
/** The keys of a record's day. */
const DAY_KEY = /^(?:date|date\/time|day|when)$/i
/** The keys of what was used or what happened. */
const WHAT_KEY = /^(?:weapons?|type|outcome|result|incident|what happened|details|means)$/i
/** Every key a record may have. */
export const RECORD_KEY =
  /^(?:date|date\/time|day|when|time|weapons?|type|outcome|result|incident|what happened|details|means|location|site|base|target|where|place|casualties|killed|injured|wounded|hurt|damage|status|confirmation|claimed|claimed by|claim|claimant|source|sources|attribution|reported by|confirmed by|notes?)$/i
/** A heading line over a record, naming its base: short, with no end of sentence. */
const isHeadingOver = (text: string): boolean => text.trim().split(/\s+/).length <= 12 && !/[.!?]["”’*_]*$/.test(text.trim())

/** The key of a field paragraph, or null for any other paragraph. */
function keyOf(text: string): string | null {
  const m = FIELD.exec(text)
  const key = m?.[1]?.trim() ?? null
  return key !== null && RECORD_KEY.test(key) ? key : null
}

/**
 * `paragraphs` with each record block (three or more field paragraphs in a row, among them a day and what was used or
 * what happened, with the heading line right above them if there is one) made one paragraph of one sentence.
 */
export function mergeRecordBlocks(body: string, paragraphs: Paragraph[]): Paragraph[] {
  // Most bodies have no field line of a day: a quick test before each paragraph is read.
  if (!/(?:^|\n)[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)?(?:date|date\/time|day|when)(?:\*\*|__)?[ \t]*:/i.test(body)) return paragraphs
  const keys = paragraphs.map((p) => (p.sentences.length > 0 ? keyOf(body.slice(p.start, p.end)) : null))
  if (!keys.some((k) => k !== null && DAY_KEY.test(k))) return paragraphs
  const out: Paragraph[] = []
  for (let i = 0; i < paragraphs.length;) {
    let j = i
    while (j < paragraphs.length && keys[j] !== null) j++
    const run = keys.slice(i, j)
    if (j - i >= 3 && run.some((k) => k !== null && DAY_KEY.test(k)) && run.some((k) => k !== null && WHAT_KEY.test(k))) {
      const before = out.at(-1)
      const heading = before !== undefined && before.sentences.length === 1 && isHeadingOver(body.slice(before.start, before.end)) ? out.pop() : undefined
      const first = heading ?? paragraphs[i]
      const last = paragraphs[j - 1]
      if (first !== undefined && last !== undefined) {
        out.push({
          start: first.start,
          end: last.end,
          line: first.line,
          heading: false,
          sentences: [{ text: body.slice(first.start, last.end), start: first.start, end: last.end, setAside: null }],
          setAside: null,
        })
      }
      i = j
      continue
    }
    const p = paragraphs[i]
    if (p !== undefined) out.push(p)
    i++
  }
  return out
}
