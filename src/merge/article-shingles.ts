import type { Article } from '../ingest/article.js'
import { articleText } from './article-text.js'
import { wordShingles } from './word-shingles.js'

/** Each article's shingles, by the article object: a cached article is the same object from build to build of one process. */
const kept = new WeakMap<Article, ReadonlySet<number>>()

/**
 * An article's five-word shingles (`wordShingles` of `articleText`), as copy detection reads them (find-copies.ts).
 * Kept per article object, never changed: `npm start` keeps its cached articles in memory between builds
 * (src/cache/resident-cache.ts), so a rebuild shingles only the articles it extracted again. A build that reads
 * every article afresh gains nothing and loses nothing.
 */
export function articleShingles(article: Article): ReadonlySet<number> {
  let shingles = kept.get(article)
  if (shingles === undefined) {
    shingles = wordShingles(articleText(article))
    kept.set(article, shingles)
  }
  return shingles
}
