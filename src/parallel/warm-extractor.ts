import type { Diagnostic } from '../model/diagnostic.js'
import { listArticleFiles } from '../ingest/read-articles.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import { processArticle } from './process-article.js'

/**
 * Runs ingest, clean and extract once over the first article in `seedsDir` and drops the result. `npm start` calls
 * it after its first build, which took every article from the cache and so never ran the extractor: the first edit
 * would otherwise pay for compiling its code and building its patterns (about a second at 10,000 articles here).
 * Writes nothing, and never fails: an article that cannot be read just warms less.
 */
export async function warmExtractor(seedsDir: string, knowledge: Knowledge): Promise<void> {
  try {
    const [first] = await listArticleFiles(seedsDir, [] as Diagnostic[])
    if (first !== undefined) await processArticle(first, knowledge, { seedsDir })
  } catch {
    // Only warming: the next edit extracts as it would have.
  }
}
