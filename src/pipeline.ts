import slugify from '@sindresorhus/slugify'
import { compareDiagnostics, type Diagnostic } from './diagnostic.js'
import { readArticles } from './ingest/read-articles.js'
import type { Article } from './ingest/article.js'
import { cleanArticle } from './clean/clean-article.js'
import { renderArticleBody } from './render/render-article-body.js'
import { buildViews } from './render/build-views.js'
import type { ArticleRecord, Timeline } from './timeline.js'
import type { TimelineEvent } from './merge/event.js'
import { extractReports } from './extract/extract-reports.js'
import { mergeReports } from './merge/merge-reports.js'
import type { Knowledge } from './knowledge/knowledge.js'
import { loadKnowledge } from './knowledge/load-knowledge.js'

export interface PipelineOptions {
  /** Folder of article files, e.g. `seeds`. */
  seedsDir: string
  /** Gazetteer, groups, weapons and claimants; loaded from `src/data/` when not given. */
  knowledge?: Knowledge
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
    html: renderArticleBody(article, events),
    setAside: article.paragraphs.flatMap((p) => [
      ...(p.setAside !== null ? [{ text: article.body.slice(p.start, p.end), reason: p.setAside, line: p.line }] : []),
      ...p.sentences.filter((s) => p.setAside === null && s.setAside !== null).map((s) => ({ text: s.text, reason: s.setAside ?? '', line: p.line })),
    ]),
    events: events.filter((e) => e.reports.some((r) => r.article === article.path)).map((e) => e.id),
  }
}

/** Runs the stages in order: ingest → clean → extract → merge → timeline. Touches the disk only to read. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const knowledge = options.knowledge ?? loadKnowledge()
  const read = await readArticles(options.seedsDir)
  const articles = read.articles.map((article) => cleanArticle(article))
  const extracted = articles.map((article) => extractReports(article, knowledge))
  const events = mergeReports(extracted.flatMap((e) => e.reports), knowledge)
  const diagnostics = [...read.diagnostics, ...extracted.flatMap((e) => e.diagnostics)].sort(compareDiagnostics)
  const records = articles
    .map((article) => toRecord(article, events))
    .sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path))
  const timeline: Timeline = { schemaVersion: 1, articles: records, events, diagnostics, views: buildViews(records, events, knowledge) }
  return { timeline, diagnostics, counts: { articles: records.length, events: events.length } }
}
