import { normalizeForMatching } from '../clean/normalize-for-matching.js'
import { SPEECH } from './sentence-cues.js'

/** Verbs that carry the decision themselves ("ordered his forces to …"): the gist keeps them. */
const DECISION = /^(ordered|pledged|announced|warned|urged|condemned|called for|vowed|declared|denied|confirmed)$/i
const MAX = 100

/** What opens a sentence but is not its words: a dateline ("WASHINGTON (AP) — "), a live-blog time ("10:05 — "), a day ("On Monday, "). */
const LEAD =
  /^\s*(?:[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Za-z .]{2,30})?\s*(?:\([^)]{1,40}\))?\s*[—–]\s*|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[—–-]\s*)?(?:(?:On|Late on|Early on|Later on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?,\s*)?/
/** What may stand between "said" and the clause it reports: the day, the time of day, where it was said. */
const SETTING =
  /^(?:\s*,?\s*(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?|\s*(?:in a (?:written )?statement|at a (?:news |press )?(?:briefing|conference)|(?:to|in) (?:reporters|an interview)))*\s*/i
/** How a reported clause starts: a pronoun, an article, a number or a name. */
const CLAUSE_START = /^(?:it|he|she|they|we|there|the|a|an|more|at least|several|no|all|some|two|three|four|five|six|seven|eight|nine|ten|\d+|[A-Z][a-z]+)\b/
/** A clause that reports another report ("officials had at first said …"): no headline. */
const NESTED = /^.{0,40}\b(?:said|says|told|claimed)\b/i
const withoutLead = (text: string): string => text.slice(LEAD.exec(text)?.[0].length ?? 0)
const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

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
  return gistOf(sentence)?.text ?? null
}

/** The gist, and how it was found: a decision with its verb, the clause after "said that", or the words before the speaker. */
function gistOf(sentence: string): { text: string; how: 'decision' | 'that' | 'before'; at: number } | null {
  const text = normalizeForMatching(sentence)
  const quotes = [...text.matchAll(/"[^"]*"/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const)
  const outside = (at: number): boolean => !quotes.some(([a, b]) => at > a && at < b)
  const verb = [...text.matchAll(new RegExp(SPEECH.source, 'gi'))].find((m) => outside(m.index ?? 0))
  if (!verb) return null
  const at = verb.index ?? 0
  const after = sentence.slice(at + verb[0].length)
  if (DECISION.test(verb[0])) return { text: cut(`${sentence.slice(at, at + verb[0].length)}${after}`), how: 'decision', at }
  // `text` is `sentence` normalized character by character, so its tail is `after` normalized.
  const that = /^.{0,60}?\bthat\s+/.exec(text.slice(at + verb[0].length))
  if (that) {
    const rest = after.slice(that[0].length)
    if (rest.trim().length >= 20 && !NESTED.test(rest)) return { text: cut(rest), how: 'that', at }
  } else if (/^(?:said|says)$/i.test(verb[0]) && after.trim().length >= 40) {
    // "said on Tuesday it was tracking …": a reported clause without "that", after the day or the setting.
    const setting = SETTING.exec(after)?.[0] ?? ''
    const rest = after.slice(setting.length)
    if (rest.trim().length >= 20 && CLAUSE_START.test(rest) && !NESTED.test(rest)) return { text: cut(rest), how: 'that', at }
  }
  // The verb closes the sentence: '"…," CENTCOM told reporters' or 'The base was hit, Ryder said at a briefing'.
  if (after.trim().length < 40) {
    const quoted = quotes[0]
    if (quoted && quoted[0] < at && quoted[1] - quoted[0] > 22) return { text: cut(sentence.slice(quoted[0] + 1, quoted[1] - 1)), how: 'before', at }
    const comma = text.lastIndexOf(',', at)
    if (comma > 20) return { text: cut(withoutLead(sentence.slice(0, comma))), how: 'before', at }
  }
  return null
}

/**
 * A statement's title, a sentence a reader can take in at a glance. A decision keeps its own subject and verb
 * ("Iraqi Prime Minister Mohammed al-Sudani ordered his forces to …", never "The Iraqi government: ordered his
 * forces"); a claim or a quotation is headed by its speaker ("CENTCOM: The reports … are not true"); a sentence
 * with no gist that reads as a clause of its own is "Statement by <speaker>".
 */
export function statementTitle(sentence: string, speaker: string): string {
  const gist = gistOf(sentence)
  if (gist === null) return `Statement by ${speaker}`
  if (gist.how !== 'before') {
    // The subject as the sentence names it, so that "his forces" has its owner; else the speaker.
    const subject = withoutLead(sentence.slice(0, gist.at)).trim()
    const who = subject.length >= 2 && subject.length <= 80 && !/[,;:"“”]/.test(subject) && /^[A-Z]/.test(subject) ? subject : capitalized(speaker)
    return capitalized(gist.how === 'decision' ? `${who} ${gist.text}` : `${who} said ${gist.text}`)
  }
  // A fragment that starts mid-clause ("officials had at first said …") is no headline.
  if (!/^["“'‘(]?[A-Z0-9]/.test(gist.text)) return `Statement by ${speaker}`
  return `${capitalized(speaker)}: ${gist.text}`
}
