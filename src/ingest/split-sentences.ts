import type { Sentence } from './article.js'

/**
 * Abbreviations after which a full stop does not end a sentence. `Intl.Segmenter`
 * splits "Oct. | 27" and "Brig. Gen. | Pat Ryder"; we join those pieces back.
 */
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'gen',
  'lt',
  'col',
  'maj',
  'brig',
  'capt',
  'sgt',
  'cpl',
  'pvt',
  // Army and Marine ranks as U.S. releases name the dead: "Sgt. William Rivers, Spc. Kennedy Sanders".
  'spc',
  'pfc',
  'ssg',
  'sfc',
  'msg',
  'cpt',
  'lcpl',
  'adm',
  'cmdr',
  'cdr',
  'gov',
  'sen',
  'rep',
  'pres',
  'amb',
  'sec',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'vs',
  'etc',
  'approx',
  'est',
  'inc',
  'corp',
  'co',
  'dept',
  'gov',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s.a',
])

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** True when `piece` ends with an abbreviation, so the next piece continues the same sentence. */
function endsWithAbbreviation(piece: string): boolean {
  const match = /(?:^|[^A-Za-z.])((?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)\.$/.exec(piece.trimEnd())
  if (!match?.[1]) return false
  const word = match[1].toLowerCase()
  if (ABBREVIATIONS.has(word)) return true
  // A single capital initial ("John F. Kennedy") continues the sentence.
  return /^[a-z]$/.test(word) && /[A-Z]\.$/.test(piece.trimEnd())
}

/** A full stop with an endnote mark in roman numerals, "January 28.[i] CENTCOM …", which the segmenter does not cut: a sentence ends after it. */
const ROMAN_NOTE_END = /[.!?]["”’]?\[[ivxlc]{1,6}\](?:\[[ivxlc]{1,6}\])*(?=\s+["“‘]?[A-Z])/g

/** A piece cut after every roman endnote mark that ends a sentence inside it. */
function atNoteMarks(text: string, piece: { start: number; end: number }): { start: number; end: number }[] {
  // Every mark opens with "[": a piece without one is whole, and the pattern is not run on it.
  const bracket = text.indexOf('[', piece.start)
  if (bracket === -1 || bracket >= piece.end) return [{ start: piece.start, end: piece.end }]
  const parts: { start: number; end: number }[] = []
  let start = piece.start
  for (const m of text.slice(piece.start, piece.end).matchAll(ROMAN_NOTE_END)) {
    const end = piece.start + (m.index ?? 0) + m[0].length
    parts.push({ start, end })
    start = end
  }
  parts.push({ start, end: piece.end })
  return parts
}

/**
 * Splits `text` (a paragraph, found at `offset` in the body) into sentences whose
 * `start`/`end` point into the body and whose `text` is the exact slice, trimmed of
 * surrounding whitespace. A line break in `text` always ends a sentence: the caller
 * passes soft breaks as spaces and keeps only the hard ones (parse-body.ts).
 */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const cuts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1), text.length]
  return cuts.slice(1).flatMap((end, i) => splitRun(text.slice(cuts[i] ?? 0, end), offset + (cuts[i] ?? 0)))
}

/**
 * A line the segmenter gives whole: no character that can end a sentence (".", "!", "?", a line or paragraph separator)
 * but in one run at its end, such as `."` or `?!)`, then spaces and the line break. The other characters are those of
 * a few common ranges, none of which can end one. Unicode's sentence rules (UAX #29, which `Intl.Segmenter` follows)
 * break only after a separator or after such a run, so there is nothing to cut inside; the segmenter, which costs a
 * copy of its break iterator per call, is not asked. `test/ingest/split-sentences.test.ts` checks both claims against it.
 */
export const ONE_SENTENCE = /^[\t\x20\x22-\x2D\x2F-\x3E\x40-\x7E\u00A0-\u024F\u2000-\u2023\u2025-\u2027\u202A-\u203B]*(?:[.!?]+["'”’)\]]*)?[ \t]*\n?$/

/** `splitSentences` within one line. */
function splitRun(text: string, offset: number): Sentence[] {
  if (text !== '' && ONE_SENTENCE.test(text)) return sentencesOf(text, offset, [{ start: 0, end: text.length }])
  const pieces: { start: number; end: number }[] = []
  for (const seg of segmenter.segment(text)) {
    const start = seg.index
    const end = seg.index + seg.segment.length
    const previous = pieces.at(-1)
    // A footnote mark after the full stop, "damage.[3]", which the segmenter cuts inside the bracket: it ends the sentence before it.
    const mark = previous && /\[$/.test(text.slice(previous.start, previous.end)) ? /^\d{1,3}\](?:\[\d{1,3}\])*/.exec(seg.segment) : null
    if (previous && mark) {
      previous.end = start + mark[0].length
      if (start + mark[0].length < end) pieces.push({ start: start + mark[0].length, end })
    } else if (previous && endsWithAbbreviation(text.slice(previous.start, previous.end))) {
      previous.end = end
    } else {
      pieces.push({ start, end })
    }
  }
  return sentencesOf(text, offset, pieces)
}

/** The sentences of the pieces of `text` (a line at `offset` in the body), each cut again after an endnote mark and trimmed. */
function sentencesOf(text: string, offset: number, pieces: { start: number; end: number }[]): Sentence[] {
  const sentences: Sentence[] = []
  for (const piece of pieces.flatMap((p) => atNoteMarks(text, p))) {
    const raw = text.slice(piece.start, piece.end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed === '') continue
    const start = offset + piece.start + lead
    sentences.push({ text: trimmed, start, end: start + trimmed.length, setAside: null })
  }
  return sentences
}
