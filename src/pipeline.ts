import slugify from '@sindresorhus/slugify'
import { compareDiagnostics, type Diagnostic } from './diagnostic.js'
import { readArticles } from './ingest/read-articles.js'
import type { Article } from './ingest/article.js'
import { cleanArticle } from './clean/clean-article.js'
import { renderBody } from './render/render-body.js'
import type { ArticleRecord, Timeline } from './timeline.js'
import type { TimelineEvent } from './merge/event.js'

export interface PipelineOptions {
  /** Folder of article files, e.g. `seeds`. */
  seedsDir: string
}

export interface PipelineResult {
  timeline: Timeline
  /** Every diagnostic, sorted; also inside `timeline`. */
  diagnostics: Diagnostic[]
  /** How many articles were read and kept, for the summary line. */
  counts: { articles: number; events: number }
}

/** What the site needs of one article, with its body rendered once, here, not per page. */
function toRecord(article: Article, events: TimelineEvent[]): ArticleRecord {
  return {
    path: article.path,
    slug: article.slug,
    title: article.title,
    source: article.source,
    sourceSlug: slugify(article.source),
    url: article.url,
    date: article.date,
    author: article.author,
    original: article.original,
    dateInferred: article.dateInferred,
    dateNote: article.dateNote,
    // One paragraph per block as the pipeline split them (scraped text has no blank lines between paragraphs); furniture is shown apart.
    html: renderBody(article.paragraphs.filter((p) => p.setAside === null).map((p) => article.body.slice(p.start, p.end)).join('\n\n')),
    setAside: article.paragraphs.flatMap((p) => [
      ...(p.setAside !== null ? [{ text: article.body.slice(p.start, p.end), reason: p.setAside, line: p.line }] : []),
      ...p.sentences.filter((s) => p.setAside === null && s.setAside !== null).map((s) => ({ text: s.text, reason: s.setAside ?? '', line: p.line })),
    ]),
    events: events.filter((e) => e.reports.some((r) => r.article === article.path)).map((e) => e.id),
  }
}

/** Runs the stages in order: ingest → clean → extract → merge → timeline. Touches the disk only to read. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const read = await readArticles(options.seedsDir)
  const articles = read.articles.map((article) => cleanArticle(article))
  const events: TimelineEvent[] = []
  const diagnostics = [...read.diagnostics].sort(compareDiagnostics)
  const records = articles
    .map((article) => toRecord(article, events))
    .sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path))
  const timeline: Timeline = { schemaVersion: 1, articles: records, events, diagnostics }
  return { timeline, diagnostics, counts: { articles: records.length, events: events.length } }
}
