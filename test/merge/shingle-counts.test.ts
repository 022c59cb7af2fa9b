// Issue 21, edit to page: `npm start` keeps copy detection's shingle counts between builds (src/merge/shingle-counts.ts)
// and counts again only the changed articles' shingles. After each of a series of edits, one kept counter must give
// what a fresh one gives: the same distinctive shingles for every article, and the same copies found.
import { describe, expect, it } from 'vitest'
import { findCopies, stockPhraseLimit, type CopyCandidate } from '../../src/merge/find-copies.js'
import { shingleCounts } from '../../src/merge/shingle-counts.js'
import { wordShingles } from '../../src/merge/word-shingles.js'

/** `n` words of a story of its own, from a generator seeded with `seed`: no two seeds share a run of five words. */
const words = (seed: number, n: number): string => {
  let state = seed * 2654435761
  return Array.from({ length: n }, () => `w${(state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % 5000}`).join(' ')
}

/** A stock line: in every article of the first `holders`, it is a stock phrase past the limit. */
const STOCK = words(999_999, 40)

/** Article `i`, with the stock line when `stock`, its own story, and, for `copyOf`, that article's story. */
const article = (i: number, stock: boolean, copyOf: number | null = null): CopyCandidate & { shingles: ReadonlySet<number> } => {
  const text = `${stock ? STOCK : ''} ${words(i, 60)} ${copyOf === null ? '' : words(copyOf, 200)}`
  return {
    id: `seeds/a-${String(i).padStart(3, '0')}.md`,
    date: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    source: `Outlet ${i % 7}`,
    url: null,
    original: null,
    shingles: wordShingles(text),
  }
}

describe('shingle counts kept between builds', () => {
  it('give what fresh counts give after each edit, across the stock-phrase limit and back', () => {
    const base = Array.from({ length: 70 }, (_, i) => article(i, i < 55, i % 10 === 9 ? i - 5 : null))
    const edits: [string, (list: typeof base) => typeof base][] = [
      ['nothing changed', (list) => list],
      // 55 articles held the stock line, past the limit of 50: with ten gone it is distinctive again, and ties them.
      ['articles holding the stock line removed', (list) => list.filter((_, i) => i < 40 || i >= 50)],
      ['an article edited', (list) => list.map((a, i) => (i === 3 ? { ...a, shingles: wordShingles(`${words(3, 60)} ${words(1234, 30)}`) } : a))],
      ['a copy added', (list) => [...list, article(500, false, 12)]],
      ['the stock line back in enough articles', (list) => [...list, ...Array.from({ length: 12 }, (_, i) => article(600 + i, true))]],
      ['back as it was', () => base],
    ]
    const kept = shingleCounts()
    let list = base
    expect(findCopies(list, kept)).toEqual(findCopies(list))
    for (const [what, edit] of edits) {
      list = edit(list)
      const limit = stockPhraseLimit(list.length)
      const byId = (sets: Set<number>[]): Map<string, number[]> => new Map(list.map((a, i) => [a.id, [...(sets[i] ?? [])].sort((x, y) => x - y)]))
      const fresh = byId(shingleCounts().distinctive(list, limit))
      expect(byId(kept.distinctive(list, limit)), what).toEqual(fresh)
      expect(findCopies(list, kept), what).toEqual(findCopies(list))
    }
  })

  it('count each article as given when two share an id', () => {
    const twice = [article(1, false), article(1, false)]
    expect(shingleCounts().distinctive(twice, 1)).toEqual([new Set(), new Set()])
  })
})
