import { beforeAll, describe, expect, it } from 'vitest'
import { cleanArticle } from '../../src/clean/clean-article.js'
import { readArticles } from '../../src/ingest/read-articles.js'
import { articleText } from '../../src/merge/article-text.js'
import { COPY_THRESHOLD, findCopies, MIN_SHINGLES, stockPhraseLimit, type CopyCandidate } from '../../src/merge/find-copies.js'
import { containment, wordShingles } from '../../src/merge/word-shingles.js'

/**
 * test/fixtures/wire-copies: one drone attack on Harir Air Base, told by a wire story (Gulf Wire, 8 January), four
 * republications of it with small edits and no `original` in their front matter (a new headline; the last paragraph
 * trimmed; a local line added at the top and the end; a few words changed in six sentences, with a dateline), and two
 * stories written independently that quote the same sentence of the same official as the wire story.
 */
const FIXTURE = 'test/fixtures/wire-copies'
const WIRE = 'seeds/2024-01-08-harir-drone-wire.md'
const COPIES = ['new-headline', 'trimmed', 'local-line', 'reworded'].map((edit) => `seeds/2024-01-09-harir-drone-${edit}.md`)
const INDEPENDENT = ['seeds/2024-01-08-harir-drone-independent-a.md', 'seeds/2024-01-09-harir-drone-independent-b.md']
const SHARED_QUOTE = 'Our air defences tracked the aircraft from the moment it crossed into the region, and the damage is limited to one structure'

/** An article as copy detection reads it, from `text`: `id` and `source` from `name`, on `date`. */
const candidate = (name: string, text: string, changes: Partial<CopyCandidate> = {}): CopyCandidate => ({
  id: `seeds/${name}.md`,
  date: '2024-01-08',
  source: `${name} outlet`,
  url: `https://example.org/${name}`,
  original: null,
  text,
  ...changes,
})

const VOCABULARY = (
  'drone rocket base guard runway hangar fire smoke night morning officials witnesses village road convoy tower ' +
  'soldiers advisers border desert river bridge statement militia faction strike damage injured blast siren radar ' +
  'launch field gate wall truck market mosque school clinic governor council spokesman reporters camp airport'
).split(' ')

/** `n` lines of words of a story of its own: drawn from a vocabulary by a generator seeded with `place`, so no two places share a run of five words. */
const story = (place: string, n: number): string => {
  let seed = [...place].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261)
  const next = (): number => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0)
  return Array.from({ length: n }, () => Array.from({ length: 12 }, () => VOCABULARY[next() % VOCABULARY.length]).join(' ') + '.').join('\n')
}

describe('copies of a wire story, found by their text', () => {
  let candidates: CopyCandidate[]
  beforeAll(async () => {
    const { articles } = await readArticles(FIXTURE)
    candidates = articles
      .map((a) => cleanArticle(a))
      .map((a) => ({ id: a.id, date: a.date, source: a.source, url: a.url, original: a.original, text: articleText(a) }))
    expect(candidates.map((c) => c.id).sort()).toEqual([WIRE, ...COPIES, ...INDEPENDENT].sort())
  })

  it('each republication with a small edit is a copy of the wire story, counted toward its outlet', () => {
    const copies = findCopies(candidates)
    for (const id of COPIES) {
      expect(copies.get(id), id).toMatchObject({ outlet: 'Gulf Wire (synthetic)', of: WIRE, by: 'text' })
      expect(copies.get(id)?.overlap, id).toBeGreaterThanOrEqual(COPY_THRESHOLD)
    }
  })

  it('a new headline, a trimmed end and an added line keep the whole of the shorter text; rewording keeps most of it', () => {
    const copies = findCopies(candidates)
    expect(COPIES.map((id) => copies.get(id)?.overlap)).toEqual([1, 1, 1, 0.75])
  })

  it('stories that only share a quoted sentence are not copies, of the wire story or of each other', () => {
    const texts = new Map(candidates.map((c) => [c.id, c.text]))
    // The premise: all three quote the same sentence, word for word.
    for (const id of [WIRE, ...INDEPENDENT]) expect(texts.get(id), id).toContain(SHARED_QUOTE)
    const copies = findCopies(candidates)
    for (const id of [WIRE, ...INDEPENDENT]) expect(copies.has(id), id).toBe(false)
    const shingles = (id: string): Set<number> => wordShingles(texts.get(id) ?? '')
    expect(containment(shingles(INDEPENDENT[0] ?? ''), shingles(WIRE))).toBeLessThan(0.1)
    expect(containment(shingles(INDEPENDENT[1] ?? ''), shingles(WIRE))).toBeLessThan(0.1)
    expect(containment(shingles(INDEPENDENT[0] ?? ''), shingles(INDEPENDENT[1] ?? ''))).toBeLessThan(0.1)
  })

  it('gives the same answer whatever order the articles come in', () => {
    const once = findCopies(candidates)
    expect(findCopies([...candidates].reverse())).toEqual(once)
    expect(findCopies([...candidates.slice(3), ...candidates.slice(0, 3)])).toEqual(once)
  })
})

describe('which article is the original, and which outlet a copy counts toward', () => {
  const body = story('Harir', 6)

  it('of identical texts, the earliest is the original; on the same day, the first by id', () => {
    const copies = findCopies([candidate('c', body, { date: '2024-01-09' }), candidate('b', body), candidate('a', body)])
    expect([...copies.keys()].sort()).toEqual(['seeds/b.md', 'seeds/c.md'])
    expect(copies.get('seeds/c.md')).toEqual({ outlet: 'a outlet', of: 'seeds/a.md', by: 'text', overlap: 1 })
  })

  it('original.url names an article in the corpus: a copy of it, whatever its text', () => {
    const copies = findCopies([
      candidate('first', story('Tanf', 6)),
      candidate('repost', body, { date: '2024-01-07', original: { source: 'Whoever', url: 'https://example.org/first/' } }),
    ])
    expect(copies.get('seeds/repost.md')).toEqual({ outlet: 'first outlet', of: 'seeds/first.md', by: 'original-url', overlap: null })
  })

  it('original.source alone names the outlet; naming its own outlet makes no copy', () => {
    const copies = findCopies([
      candidate('a', body, { original: { source: 'Daily Caller News Foundation', url: null } }),
      candidate('b', story('Tanf', 6), { source: 'Reuters', original: { source: ' reuters ', url: null } }),
    ])
    expect(copies.get('seeds/a.md')).toEqual({ outlet: 'Daily Caller News Foundation', of: null, by: 'original-source', overlap: null })
    expect(copies.has('seeds/b.md')).toBe(false)
  })

  it('a copy of a copy counts toward the first outlet; a loop of original.urls ends', () => {
    const copies = findCopies([
      candidate('a', body, { original: { source: 'Reuters', url: null } }),
      candidate('b', body, { date: '2024-01-09' }),
      candidate('c', story('Tanf', 6), { date: '2024-01-10', original: { source: 'x', url: 'https://example.org/b' } }),
      candidate('d', story('Asad', 6), { original: { source: 'x', url: 'https://example.org/e' } }),
      candidate('e', story('Erbil', 6), { original: { source: 'x', url: 'https://example.org/d' } }),
    ])
    expect(copies.get('seeds/b.md')?.outlet).toBe('Reuters')
    expect(copies.get('seeds/c.md')?.outlet).toBe('Reuters')
    expect(copies.get('seeds/d.md')?.of).toBe('seeds/e.md')
    expect(copies.get('seeds/e.md')?.of).toBe('seeds/d.md')
  })
})

describe('what is not a copy', () => {
  it('a text too short to tell (under MIN_SHINGLES shingles) is never a copy', () => {
    const short = 'A drone struck the base on Sunday night and officials said nobody was hurt in the blast.'
    expect(wordShingles(short).size).toBeLessThan(MIN_SHINGLES)
    expect(findCopies([candidate('a', short), candidate('b', short)]).size).toBe(0)
  })

  it('two stories made mostly of the same quotation are not copies: quoted text is left out', () => {
    const quote = `“${story('Asad', 4).replace(/\n/g, ' ')}”`
    const a = `${quote}\nThe Pentagon spokesman said so on Monday, and no one else would comment.`
    const b = `A statement from the Pentagon on Monday read: ${quote}`
    expect(findCopies([candidate('a', a), candidate('b', b)]).size).toBe(0)
  })

  it('briefs about different attacks that share a stock background paragraph are not copies of each other', () => {
    const background =
      'The militias have launched more than one hundred and fifty attacks on bases housing U.S. forces in Iraq and Syria since the middle of October, according to the Pentagon, which has answered with strikes of its own on their depots and headquarters.'
    const n = stockPhraseLimit(0) + 10
    const briefs = Array.from({ length: n }, (_, i) =>
      candidate(`brief-${String(i).padStart(3, '0')}`, `${story(`site number ${i}`, 3)}\n${background}`, { date: '2024-01-08' }),
    )
    // The premise: without leaving out the background, each brief shares more than the threshold with the others.
    expect(containment(wordShingles(briefs[0]?.text ?? ''), wordShingles(briefs[1]?.text ?? ''))).toBeGreaterThan(COPY_THRESHOLD)
    expect(findCopies(briefs).size).toBe(0)
  })
})

describe('shingles', () => {
  it('fold case, diacritics, apostrophes and full stops, and leave out quoted text', () => {
    expect(wordShingles('U.S. forces at Ain al-Asad were hit')).toEqual(wordShingles('us Forces at ain al asad were HIT'))
    expect(wordShingles('Kata’ib Hezbollah fired rockets at Ḥarir base')).toEqual(wordShingles('Kataib Hezbollah fired rockets at Harir base'))
    expect(wordShingles('The base was hit, “we will respond at a time of our choosing,” he said, on Sunday night')).toEqual(
      wordShingles('The base was hit, he said, on Sunday night'),
    )
    expect(wordShingles('one two three four')).toEqual(new Set())
  })

  it('containment is the share of the smaller set the larger holds', () => {
    expect(containment(new Set([1, 2]), new Set([1, 2, 3, 4]))).toBe(1)
    expect(containment(new Set([1, 2, 3, 4]), new Set([1, 5]))).toBe(0.5)
    expect(containment(new Set(), new Set([1]))).toBe(0)
  })
})
