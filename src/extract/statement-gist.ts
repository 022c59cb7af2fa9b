import { normalizeForMatching } from '../clean/normalize-for-matching.js'
import { SPEECH } from './sentence-cues.js'

/** Verbs that carry the decision themselves ("ordered his forces to …"): the gist keeps them. */
const DECISION = /^(ordered|pledged|announced|warned|urged|condemned|called for|vowed|declared|denied|confirmed)$/i
const MAX = 100

/** Cuts `text` to at most MAX characters at a word boundary, without trailing punctuation, marking a cut with "…". */
function cut(text: string): string {
  const trimmed = text.trim().replace(/^[,;:\s]+/, '')
  if (trimmed.length <= MAX) return trimmed.replace(/[\s,;:.]+$/, '')
  const slice = trimmed.slice(0, MAX)
  return `${slice.slice(0, Math.max(slice.lastIndexOf(' '), 40)).replace(/[\s,;:]+$/, '')}…`
}

/**
 * What an official said, in the sentence's own words, for a statement's summary:
 * the clause after "said (on Monday) that", a decision with its verb ("ordered
 * his forces to …"), the quotation when the sentence is a quote with its speaker
 * after it, or the clause before ", X said". `null` when the sentence gives no gist.
 */
export function statementGist(sentence: string): string | null {
  const text = normalizeForMatching(sentence)
  const quotes = [...text.matchAll(/"[^"]*"/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const)
  const outside = (at: number): boolean => !quotes.some(([a, b]) => at > a && at < b)
  const verb = [...text.matchAll(new RegExp(SPEECH.source, 'gi'))].find((m) => outside(m.index ?? 0))
  if (!verb) return null
  const at = verb.index ?? 0
  const after = sentence.slice(at + verb[0].length)
  if (DECISION.test(verb[0])) return cut(`${sentence.slice(at, at + verb[0].length)}${after}`)
  // `text` is `sentence` normalized character by character, so its tail is `after` normalized.
  const that = /^.{0,60}?\bthat\s+/.exec(text.slice(at + verb[0].length))
  if (that) {
    const rest = after.slice(that[0].length)
    if (rest.trim().length >= 20) return cut(rest)
  }
  // The verb closes the sentence: '"…," CENTCOM told reporters' or 'The base was hit, Ryder said at a briefing'.
  if (after.trim().length < 40) {
    const quoted = quotes[0]
    if (quoted && quoted[0] < at && quoted[1] - quoted[0] > 22) return cut(sentence.slice(quoted[0] + 1, quoted[1] - 1))
    const comma = text.lastIndexOf(',', at)
    if (comma > 20) return cut(sentence.slice(0, comma))
  }
  return null
}
