import { safeSlug } from './safe-slug.js'
import { compareDiagnostics, type Diagnostic } from './model/diagnostic.js'
import { keepDistinct, listArticleFiles } from './ingest/read-articles.js'
import type { Article } from './ingest/article.js'
import { articleBodyKey, bodyEventsOf, renderArticleBody } from './render/render-article-body.js'
import { groupBy } from './render/group-by.js'
import { remember } from './render/remember.js'
import type { ArticleRecord, TimelineData } from './model/timeline-data.js'
import type { TimelineEvent } from './model/event.js'
import { mergeReports } from './merge/merge-reports.js'
import { findCopies } from './merge/find-copies.js'
import { articleShingles } from './merge/article-shingles.js'
import type { ArticleCopy } from './model/article-copy.js'
import type { Knowledge } from './knowledge/knowledge.js'
import { loadKnowledge } from './knowledge/load-knowledge.js'
import { processArticles } from './parallel/process-articles.js'
import { extractorVersion } from './cache/extractor-version.js'
import { openExtractionCache, type KeptBody } from './cache/extraction-cache.js'
import type { OpenCache } from './cache/resident-cache.js'
import { pipelineMemo, type PipelineMemo } from './pipeline-memo.js'
import { loadCorrections } from './editorial/load-corrections.js'
import { applyCorrections, sameArticle } from './editorial/apply-corrections.js'
import { acceptWarnings } from './editorial/accept-warnings.js'
import { relative } from './ingest/read-articles.js'
import { seedsPath, shownPath } from './ingest/seeds-path.js'
import path from 'node:path'

export interface PipelineOptions {
  /** Folder of article files, e.g. `seeds`. */
  seedsDir: string
  /** Gazetteer, groups, weapons and claimants; loaded from `src/data/` when not given. */
  knowledge?: Knowledge
  /** The editors' corrections; default `<seedsDir>/corrections.yaml` (absent is fine). */
  correctionsFile?: string
  /** Folder of the extraction cache (e.g. `.cache/salvo/extract`), or `null` to extract every article afresh. */
  cacheDir?: string | null
  /** How to open the extraction cache in `cacheDir`: from disk by default; `npm start` keeps it in memory between builds (src/cache/resident-cache.ts). */
  openCache?: OpenCache
  /** The day of the build, `YYYY-MM-DD`, given by the command that runs the pipeline: articles, and corrected event days, after it are refused. */
  today?: string
  /** Worker threads for ingest and extract; default: one per core for large corpora (see parallel/process-articles.ts). */
  threads?: number
  /** Told, as a sentence, when the extraction cache could not be saved (the build goes on without it). */
  onCacheProblem?: (problem: string) => void
  /** What `npm start` keeps of its last build's pipeline, to make again only what an edit changed (src/pipeline-memo.ts); a build of its own starts from an empty one. */
  memo?: PipelineMemo
}

export interface PipelineResult {
  /** Exactly what the data file (`build/timeline.json`) holds: the site step (src/site/site-data.ts) derives the pages from it. */
  timeline: TimelineData
  /**
   * Every diagnostic, sorted, as the terminal shows it: `file` is the real path from the working directory, which
   * an editor can open. `timeline` holds the same diagnostics naming each file by its seeds path (`seedsPath`).
   */
  diagnostics: Diagnostic[]
  /** For the summary line: articles kept, events, articles extracted afresh and from the cache, corrections applied. */
  counts: { articles: number; events: number; extracted: number; cached: number; corrections: number }
}

/**
 * An article as the data file holds it, with its body rendered once, here, not per page. `events` are the
 * events this article reports; `sourceSlug` is `safeSlug(article.source)`; `html` its rendered body. Rendered in
 * the pipeline because the passages to mark are found by offsets into the parsed paragraphs and sentences,
 * which the data file does not carry: the site step starts from the data file alone.
 */
function toRecord(article: Article, events: TimelineEvent[], sourceSlug: string, copy: ArticleCopy | null, html: string): ArticleRecord {
  return {
    path: article.id,
    slug: article.slug,
    title: article.title,
    source: article.source,
    sourceSlug,
    url: article.url,
    archived: article.archived,
    date: article.date,
    author: article.author,
    original: article.original,
    copy,
    dateInferred: article.dateInferred,
    dateNote: article.dateNote,
    html,
    setAside: article.paragraphs.flatMap((p) => [
      ...(p.setAside !== null ? [{ text: article.body.slice(p.start, p.end), reason: p.setAside, line: p.line }] : []),
      ...p.sentences.filter((s) => p.setAside === null && s.setAside !== null).map((s) => ({ text: s.text, reason: s.setAside ?? '', line: p.line })),
    ]),
    events: events.map((e) => e.id),
  }
}

/**
 * An article's body rendered with its events' passages marked (render-article-body.ts), or the body the cache kept
 * when it was rendered from the same events by the same code: one paragraph per block as the pipeline split them
 * (scraped text has no blank lines between paragraphs); furniture is shown apart. `keep` is told a body rendered anew.
 */
function bodyOf(article: Article, events: TimelineEvent[], kept: KeptBody | null, keep: (body: KeptBody) => void): string {
  const shown = bodyEventsOf(article.id, events)
  const key = articleBodyKey(shown)
  if (kept !== null && kept.key === key) return kept.html
  const html = renderArticleBody(article, shown)
  keep({ key, html })
  return html
}

/**
 * Runs the stages in order: ingest → clean → extract (through the cache) → merge →
 * corrections → the data file's contents. Reads the seeds; the only write is the extraction cache. It builds
 * no page: that is the site step's work (src/site/site-data.ts), which `npm run check` and `extract` never run.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const knowledge = options.knowledge ?? loadKnowledge()
  const memo = options.memo ?? pipelineMemo()
  const listed: Diagnostic[] = []
  const files = await listArticleFiles(options.seedsDir, listed)
  const cache = options.cacheDir ? await (options.openCache ?? openExtractionCache)(options.cacheDir, extractorVersion(knowledge.hash)) : null
  const processed = await processArticles(files, {
    knowledge,
    cache,
    today: options.today ?? null,
    seedsDir: options.seedsDir,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  })
  const read = keepDistinct(processed, listed)
  const articles = read.articles
  const kept = new Set(articles)
  const extracted = processed.flatMap((p) => (p.article !== null && kept.has(p.article) && p.extracted ? [p.extracted] : []))
  const cached = processed.filter((p) => p.article !== null && kept.has(p.article) && p.fromCache).length

  // Merge reasons name articles by outlet and title, never by file.
  const titles = new Map(articles.map((a) => [a.id, a.title]))
  // A story republished or copied counts once, toward the outlet that first published it.
  const copies = findCopies(
    articles.map((a) => ({ id: a.id, date: a.date, source: a.source, url: a.url, original: a.original, shingles: articleShingles(a) })),
    memo.copies,
  )
  const origins = new Map([...copies].map(([id, copy]) => [id, copy.outlet]))
  const merged = mergeReports(
    extracted.flatMap((e) => e.reports),
    knowledge,
    titles,
    origins,
    memo.merge,
  )
  const correctionsFile = options.correctionsFile ?? path.join(options.seedsDir, 'corrections.yaml')
  // The data names a file by its seeds path, the terminal by its real path (src/ingest/seeds-path.ts): stages
  // name files by their real paths, which become seeds paths here, and real paths again in `result.diagnostics`.
  const correctionsName = seedsPath(correctionsFile, options.seedsDir)
  // A large corpus has tens of thousands of diagnostics (its notes) in a few thousand files: each file's names are
  // found once, and `npm start` keeps them from build to build, as it keeps each diagnostic's two forms (a cached
  // article's diagnostics are the same objects build after build).
  const names = memo.names(options.seedsDir, correctionsFile)
  const inData = (d: Diagnostic): Diagnostic => names.inData(d, (file) => seedsPath(file, options.seedsDir))
  const shown = (d: Diagnostic): Diagnostic =>
    names.shown(d, (name) => (name === correctionsName ? relative(correctionsFile) : shownPath(name, options.seedsDir)))
  const loaded = loadCorrections(correctionsFile)
  const corrected = applyCorrections(
    merged,
    loaded.corrections,
    knowledge,
    correctionsName,
    options.today ?? null,
    extracted.flatMap((e) => e.unplaced),
    titles,
    origins,
  )
  const events = corrected.events
  // A sentence a correction placed (or set aside) no longer needs the warning that asked for it.
  const answered = (d: Diagnostic): boolean =>
    d.code === 'date-unresolved' && corrected.answered.some((u) => u.line === d.line && sameArticle(u.article, d.file))
  const found = [...[...read.diagnostics, ...extracted.flatMap((e) => e.diagnostics), ...loaded.diagnostics].map(inData), ...corrected.diagnostics].filter(
    (d) => !answered(d),
  )
  const accepted = acceptWarnings(found, loaded.corrections, correctionsName)
  const diagnostics = accepted.diagnostics.sort(compareDiagnostics)
  const outcomes = [...corrected.outcomes, ...accepted.outcomes].sort((a, b) => a.line - b.line)
  // Each article's events, found once: looking them up per article would be quadratic in the corpus.
  const byArticle = groupBy(events, (event) => [...new Set(event.reports.map((r) => r.article))])
  // A few dozen outlets write thousands of articles: slug each outlet's name once.
  const slugOf = remember(safeSlug)
  // A body is rendered again only when its events changed as it shows them (or the rendering code did); the cache keeps the new one.
  const processedOf = new Map(processed.flatMap((p) => (p.article === null ? [] : [[p.article, p] as const])))
  // An article whose events are the objects of the last build (src/pipeline-memo.ts) keeps that build's record.
  memo.records.begin(knowledge.hash)
  const records = articles
    .map((article) => {
      const p = processedOf.get(article)
      const events = byArticle.get(article.id) ?? []
      const copy = copies.get(article.id) ?? null
      const inputs = [article, p?.body, copy?.outlet, copy?.of, copy?.by, copy?.overlap, ...events]
      return memo.records.kept('record', article.id, inputs, () => {
        const html = bodyOf(article, events, p?.body ?? null, (body) => {
          if (p?.extracted) cache?.put({ article, diagnostics: p.diagnostics, result: p.extracted, body })
        })
        return toRecord(article, events, slugOf(article.source), copy, html)
      })
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path))
  // Saved once the bodies are rendered: new entries are appended, and entries no file used are dropped.
  if (cache !== null) {
    const saved = await cache.save()
    if (saved.problem !== null) options.onCacheProblem?.(saved.problem)
  }
  const timeline: TimelineData = { schemaVersion: 1, articles: records, events, corrections: outcomes, diagnostics }
  const applied = outcomes.filter((o) => o.result === 'applied').length
  return {
    timeline,
    diagnostics: diagnostics.map(shown).sort(compareDiagnostics),
    counts: { articles: records.length, events: events.length, extracted: articles.length - cached, cached, corrections: applied },
  }
}
