/**
 * How many articles hold each shingle, and each article's shingles without the stock phrases (those in more articles
 * than the limit, `stockPhraseLimit`), as copy detection reads them (find-copies.ts). Counting every shingle of a
 * corpus is most of copy detection: at 10,000 articles, about three million. `npm start` keeps one between builds
 * (src/pipeline-memo.ts): each build it counts only the shingles of the articles whose shingles are other objects
 * than last time (article-shingles.ts gives an unchanged article's as the same object), and filters again only the
 * articles that hold a shingle whose count crossed the limit, or all of them when the limit moved. A build without
 * one counts everything, with the same code.
 */
export interface ShingleCounts {
  /**
   * Counts `articles` (each id once) and gives each article's shingles without stock phrases (held by more than
   * `limit` articles), by its position in `articles`.
   */
  distinctive(articles: readonly { id: string; shingles: ReadonlySet<number> }[], limit: number): Set<number>[]
}

/** Shingle counts with nothing counted yet; see `ShingleCounts`. */
export function shingleCounts(): ShingleCounts {
  const counts = new Map<number, number>()
  /** Each article's shingles as counted, by id. */
  let counted = new Map<string, ReadonlySet<number>>()
  /** Each article's distinctive shingles, and the shingles they were filtered from. */
  let filtered = new Map<string, { all: ReadonlySet<number>; distinctive: Set<number> }>()
  let lastLimit: number | null = null

  const add = (shingles: ReadonlySet<number>, by: number, before: Map<number, number>): void => {
    for (const shingle of shingles) {
      const count = counts.get(shingle) ?? 0
      if (!before.has(shingle)) before.set(shingle, count)
      if (count + by === 0) counts.delete(shingle)
      else counts.set(shingle, count + by)
    }
  }

  return {
    distinctive(articles, limit) {
      const next = new Map(articles.map((a) => [a.id, a.shingles]))
      if (next.size !== articles.length) {
        // Two articles with one id (a caller's own list; a build's ids are unique seeds paths): counted afresh, each as given.
        counts.clear()
        counted = new Map()
        filtered = new Map()
        lastLimit = null
        const all = new Map<number, number>()
        for (const { shingles } of articles) for (const shingle of shingles) all.set(shingle, (all.get(shingle) ?? 0) + 1)
        return articles.map(({ shingles }) => new Set([...shingles].filter((shingle) => (all.get(shingle) ?? 0) <= limit)))
      }
      // Each changed shingle's count before this build's changes.
      const before = new Map<number, number>()
      for (const [id, shingles] of counted) if (next.get(id) !== shingles) add(shingles, -1, before)
      for (const [id, shingles] of next) if (counted.get(id) !== shingles) add(shingles, 1, before)
      counted = next
      // The shingles that became, or stopped being, stock phrases.
      const crossed = new Set<number>()
      if (limit === lastLimit) for (const [shingle, was] of before) if (was <= limit !== (counts.get(shingle) ?? 0) <= limit) crossed.add(shingle)
      const reusable = (all: ReadonlySet<number>): boolean => {
        for (const shingle of crossed) if (all.has(shingle)) return false
        return true
      }
      const kept = limit === lastLimit ? filtered : new Map<string, { all: ReadonlySet<number>; distinctive: Set<number> }>()
      lastLimit = limit
      filtered = new Map()
      return articles.map(({ id, shingles: all }) => {
        const last = kept.get(id)
        const distinctive =
          last !== undefined && last.all === all && reusable(all)
            ? last.distinctive
            : new Set([...all].filter((shingle) => (counts.get(shingle) ?? 0) <= limit))
        filtered.set(id, { all, distinctive })
        return distinctive
      })
    },
  }
}
