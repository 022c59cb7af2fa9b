import { cleanArticle } from '../../src/clean/clean-article.js'
import { extractReports } from '../../src/extract/extract-reports.js'
import type { Report } from '../../src/model/report.js'
import type { Article } from '../../src/ingest/article.js'
import { parseBody } from '../../src/ingest/parse-body.js'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import type { Knowledge } from '../../src/knowledge/knowledge.js'

let knowledge: Knowledge | null = null
/** The shipped knowledge files, loaded once per test file. */
export function shippedKnowledge(): Knowledge {
  knowledge ??= loadKnowledge()
  return knowledge
}

/** Builds an in-memory article from body text, as ingest would, published on `date`. */
export function articleOf(body: string, date: string, source = 'Test Wire'): Article {
  return {
    path: 'test/article.md',
    id: 'test/article.md',
    slug: 'article',
    title: 'Test article',
    source,
    url: null,
    archived: null,
    date,
    author: null,
    original: null,
    dateInferred: false,
    dateNote: null,
    body,
    bodyLine: 1,
    paragraphs: parseBody(body, 1),
    hash: 'test',
  }
}

/** Runs clean and extract over `body` published on `date`. */
export function reportsOf(body: string, date: string): Report[] {
  return extractReports(cleanArticle(articleOf(body, date)), shippedKnowledge()).reports
}
