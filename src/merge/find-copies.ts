import type { ArticleCopy } from '../model/article-copy.js'
import type { Original } from '../model/timeline-data.js'
import { containment, wordShingles } from './word-shingles.js'
import { shingleCounts, type ShingleCounts } from './shingle-counts.js'

/** The shingles of an article found to copy another by its `original.url`: it is not compared by text. */
const NONE: ReadonlySet<number> = new Set()

/** What copy detection reads of an article. */
export interface CopyCandidate {
  /** `Article.id`, e.g. `seeds/2023-10-24-white-house.md`. */
  id: string
  /** Publication day, `YYYY-MM-DD`. */
  date: string
  /** The outlet that published this copy. */
  source: string
  url: string | null
  original: Original | null
  /** The article's own text, without its title or page furniture (`articleText`); not read when `shingles` are given. */
  text?: string
  /** `wordShingles(text)`, when the caller has them already (article-shingles.ts); made from `text` otherwise. */
  shingles?: ReadonlySet<number>
}

/**
 * The share of the shorter body's distinctive five-word shingles the other must hold for one article to be a copy
 * of the other. Copies with a new headline, a trimmed end, a dropped or rewritten paragraph and an added local line
 * keep about three quarters or more of them (the reprint in test/fixtures/blind-4 keeps 0.73 of its wire story,
 * trimmed and reworded); different stories about the same attack, even quoting the same officials, share at most
 * about a fifth (0.21 at most over the 16,000 pairs of the 180 articles in the test corpora). One half sits in the
 * wide gap between.
 */
export const COPY_THRESHOLD = 0.5

/** Bodies with fewer distinctive shingles than this (about 30 words outside quotation marks) are too short to tell a copy from a shared stock phrase: never matched. */
export const MIN_SHINGLES = 25

/**
 * A shingle in more articles than this is a stock phrase ("attacks on U.S. forces in Iraq and Syria since Oct.
 * 17"), no sign of copying, and is left out on both sides, as I-Match leaves out a collection's commonest terms:
 * in more than 50 articles, or than one in a hundred in a corpus of over 5,000. A wire story republished 50 times
 * over in one corpus is rarer than a background line every outlet repeats; and without this, short briefs that
 * are mostly such lines would be copies of each other whatever attack they tell. It also keeps the search near
 * linear: no shingle nominates more originals than this.
 */
export function stockPhraseLimit(articles: number): number {
  return Math.max(50, Math.ceil(articles / 100))
}

/** A URL as two records of the same page compare: no fragment, no trailing slash, case ignored. */
const urlKey = (url: string): string => url.trim().replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase()

const outletKey = (outlet: string): string => outlet.trim().replace(/\s+/g, ' ').toLowerCase()

/** A copy found, before its outlet is known: the article it copies and how it was found. */
interface Link {
  of: string
  by: 'original-url' | 'text'
  overlap: number | null
}

/**
 * Which articles copy another outlet's reporting, by article id; an original is absent. Three kinds of evidence:
 * - `original.url` in the front matter is the address of another article in the corpus: a copy of it;
 * - the text: articles are taken in publication order (day, then id), and each is compared with the originals
 *   before it; when the shorter of the two bodies has at least half its five-word shingles in the other (Broder's
 *   containment; quotations and stock phrases left out, `wordShingles`, `stockPhraseLimit`), it is a copy of the
 *   one it shares most with (the earlier on a tie). So the earliest of a set of copies is their original, and
 *   every copy counts toward it. Only originals that share a shingle are compared, so the search stays near
 *   linear in the corpus;
 * - `original.source` alone names the outlet that first published it, which may not be in the corpus.
 * A copy counts toward the outlet of what it copies, followed to the first: a reprint of a reprint of a Reuters
 * story is Reuters'. Deterministic: the same articles in any order give the same answer. `counts` is what `npm start`
 * keeps of the last build's shingle counts (shingle-counts.ts): it counts again only the changed articles' shingles.
 */
export function findCopies(articles: readonly CopyCandidate[], counts: ShingleCounts = shingleCounts()): Map<string, ArticleCopy> {
  const ordered = [...articles].sort((a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const byId = new Map(ordered.map((a) => [a.id, a]))
  const links = new Map<string, Link>()

  const byUrl = new Map<string, string>()
  for (const a of ordered) if (a.url !== null && !byUrl.has(urlKey(a.url))) byUrl.set(urlKey(a.url), a.id)
  for (const a of ordered) {
    const first = a.original?.url == null ? undefined : byUrl.get(urlKey(a.original.url))
    if (first !== undefined && first !== a.id) links.set(a.id, { of: first, by: 'original-url', overlap: null })
  }

  // Each shingle's article count, to leave out stock phrases.
  const shingled = ordered.map((a) => ({ id: a.id, shingles: links.has(a.id) ? NONE : (a.shingles ?? wordShingles(a.text ?? '')) }))
  const distinctive = counts.distinctive(shingled, stockPhraseLimit(ordered.length))

  // The originals so far, and for each shingle the originals (by index) that hold it: a stock phrase is in none.
  const originals: { id: string; shingles: Set<number> }[] = []
  const holders = new Map<number, number[]>()
  for (const [position, { id }] of shingled.entries()) {
    const shingles = distinctive[position] ?? new Set<number>()
    if (shingles.size < MIN_SHINGLES) continue
    const candidates = new Set<number>()
    for (const shingle of shingles) for (const index of holders.get(shingle) ?? []) candidates.add(index)
    let best: { index: number; overlap: number } | null = null
    for (const index of [...candidates].sort((x, y) => x - y)) {
      const other = originals[index]
      if (other === undefined) continue
      const overlap = containment(shingles, other.shingles)
      if (overlap >= COPY_THRESHOLD && (best === null || overlap > best.overlap)) best = { index, overlap }
    }
    const copied = best === null ? undefined : originals[best.index]
    if (best !== null && copied !== undefined) {
      links.set(id, { of: copied.id, by: 'text', overlap: Math.round(best.overlap * 100) / 100 })
      continue
    }
    const index = originals.push({ id, shingles }) - 1
    for (const shingle of shingles) {
      const list = holders.get(shingle)
      if (list === undefined) holders.set(shingle, [index])
      else list.push(index)
    }
  }

  /** The outlet whose reporting `id` is: followed through what it copies to the first; a loop of `original.url`s stops where it closes. */
  const outletOf = (id: string, seen: Set<string> = new Set()): string => {
    const a = byId.get(id)
    if (a === undefined) return id
    seen.add(id)
    const link = links.get(id)
    if (link !== undefined && !seen.has(link.of)) return outletOf(link.of, seen)
    return a.original?.source ?? a.source
  }

  const copies = new Map<string, ArticleCopy>()
  for (const a of ordered) {
    const link = links.get(a.id)
    const outlet = outletOf(a.id)
    if (link !== undefined) copies.set(a.id, { outlet, of: link.of, by: link.by, overlap: link.overlap })
    else if (outletKey(outlet) !== outletKey(a.source)) copies.set(a.id, { outlet, of: null, by: 'original-source', overlap: null })
  }
  return copies
}
