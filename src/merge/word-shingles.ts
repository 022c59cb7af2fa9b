/** How many words a shingle holds: five, the usual size for news-length text (long enough that two independent writers rarely share one by chance). */
export const SHINGLE_WORDS = 5

const WORD = /[\p{L}\p{N}]+/gu

/** Apostrophes and full stops, dropped inside words: `Kata'ib` is `kataib`, `U.S.` is `us`. */
const DROPPED = /['\u2018\u2019\u02bc`.]/g

/** The words of `text`, lower case, without diacritics (`Ḥashd` is `hashd`), apostrophes or full stops. */
function foldedWords(text: string): string[] {
  const plain = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text
  return plain.toLowerCase().replace(DROPPED, '').match(WORD) ?? []
}

/**
 * Text between quotation marks, to the closing mark or, when a quote runs on past its paragraph (news style
 * leaves a quote open when the next paragraph goes on with it), to the paragraph's end. Straight quotes pair
 * with each other; curly ones open with “ and close with ”.
 */
const QUOTED = /“[^”\n]*(?:”|$)|"[^"\n]*(?:"|$)/gm

/**
 * Two 32-bit hashes of each word (FNV-1a, and the same with another basis and prime), computed once per word, in
 * two typed arrays rather than a pair per word: every article of a corpus is shingled in every build.
 */
function hashWords(words: string[]): { a: Uint32Array; b: Uint32Array } {
  const first = new Uint32Array(words.length)
  const second = new Uint32Array(words.length)
  for (let w = 0; w < words.length; w++) {
    const word = words[w] ?? ''
    let a = 0x811c9dc5
    let b = 0x01000193
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i)
      a = Math.imul(a ^ c, 0x01000193)
      b = Math.imul(b ^ c, 0x5bd1e995)
    }
    first[w] = a >>> 0
    second[w] = b >>> 0
  }
  return { a: first, b: second }
}

/**
 * The set of `size`-word shingles of `text`: every run of `size` consecutive words, the words folded (lower case,
 * no diacritics, `U.S.` as `us`), each shingle kept as a 53-bit hash of its words in order rather than as text, a
 * fraction of the memory; two shingles of a corpus share a hash about once in 10¹⁵ pairs, far too rarely to move
 * an overlap. Text inside quotation marks is left out first: two independent stories quoting the same official
 * sentence share that sentence, which says nothing about whether one copied the other. A text of fewer than
 * `size` words has no shingles.
 */
export function wordShingles(text: string, size = SHINGLE_WORDS): Set<number> {
  const { a: firsts, b: seconds } = hashWords(foldedWords(text.replace(QUOTED, ' ')))
  const shingles = new Set<number>()
  for (let i = 0; i + size <= firsts.length; i++) {
    let h1 = 0x9e3779b9
    let h2 = 0x85ebca6b
    for (let j = i; j < i + size; j++) {
      h1 = Math.imul(h1 ^ (firsts[j] ?? 0), 0xcc9e2d51)
      h1 = (h1 << 13) | (h1 >>> 19)
      h2 = Math.imul(h2 ^ (seconds[j] ?? 0), 0x1b873593)
      h2 = (h2 << 15) | (h2 >>> 17)
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b)
    h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35)
    shingles.add(0x100000000 * (h2 & 0x1fffff) + (h1 >>> 0))
  }
  return shingles
}

/**
 * The share of the smaller set's shingles that the other holds, 0 to 1 (Broder's containment, taken of the
 * smaller): 1 when one text is the other with lines added or its end trimmed, where their Jaccard index falls
 * with every line one of them lacks. 0 when either is empty.
 */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const shingle of small) if (large.has(shingle)) shared++
  return shared / small.size
}
