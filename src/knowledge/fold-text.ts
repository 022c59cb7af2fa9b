/** Text folded for matching names, with a map from each folded character back to the original. */
export interface FoldedText {
  /** Lower case, no diacritics, no apostrophes or full stops, hyphens as spaces, single spaces. */
  text: string
  /** `map[i]` is the offset in the original of folded character `i`; `map[text.length]` is the original's length. */
  map: number[]
}

const APOSTROPHES = new Set(["'", '\u2018', '\u2019', '\u02BC', '`', '\u00B4'])
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000\-\u2010-\u2015\u2212_/]/

/**
 * Folds `text` so that "Ain Al-Assad", "ain al assad" and "Ain al‑Assad" compare equal,
 * "Kata'ib" equals "Kataib", "U.S." equals "US" and a possessive "Iraq’s" equals "Iraq".
 */
export function foldText(text: string): FoldedText {
  // Places, groups, weapons and claimants are matched one after another on the same sentence: fold it once.
  if (text === last.input) return last.output
  const output = fold(text)
  last = { input: text, output, words: null }
  return output
}

/** A word of a folded text, with where it starts and ends in the folded text. */
export interface FoldedWord {
  word: string
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}]+/gu

/** The words of `text` folded (`foldText`), split once per text like the fold itself. */
export function foldedWords(text: string): readonly FoldedWord[] {
  const folded = foldText(text)
  if (last.words === null) {
    // An exec loop, not `matchAll`, which copies the pattern on every call (see extract/all-matches.ts).
    const words: FoldedWord[] = []
    WORD.lastIndex = 0
    for (let m = WORD.exec(folded.text); m !== null; m = WORD.exec(folded.text)) words.push({ word: m[0], start: m.index, end: m.index + m[0].length })
    last.words = words
  }
  return last.words
}

/** The last text folded, and its words once asked for. */
let last: { input: string | null; output: FoldedText; words: readonly FoldedWord[] | null } = { input: null, output: { text: '', map: [0] }, words: null }

function fold(text: string): FoldedText {
  let out = ''
  const map: number[] = []
  let lastWasSpace = true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // ASCII letters and digits, most of any text, fold to themselves in lower case (`| 32` lowers A–Z and keeps
    // a–z and 0–9): no lookups, no Unicode normalization.
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
      out += String.fromCharCode(code | 32)
      map.push(i)
      lastWasSpace = false
      continue
    }
    const ch = text[i] ?? ''
    if (APOSTROPHES.has(ch)) {
      // A possessive 's at the end of a word is dropped with its apostrophe.
      if ((text[i + 1] === 's' || text[i + 1] === 'S') && !/[\p{L}\p{N}]/u.test(text[i + 2] ?? '')) i++
      continue
    }
    if (ch === '.') continue
    if (SPACES.test(ch)) {
      if (!lastWasSpace) {
        out += ' '
        map.push(i)
        lastWasSpace = true
      }
      continue
    }
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    for (const c of base) {
      out += c
      map.push(i)
    }
    lastWasSpace = false
  }
  map.push(text.length)
  return { text: out, map }
}
