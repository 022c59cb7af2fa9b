import type { Diagnostic } from './diagnostic.js'
import type { Original } from './ingest/article.js'
import type { TimelineEvent } from './merge/event.js'
import type { CorrectionOutcome } from './editorial/correction.js'
import type { SiteViews } from './render/site-views.js'

/** A piece of page furniture the clean stage set aside, for the article page to show collapsed. */
export interface SetAsidePiece {
  /** The text exactly as in the body. */
  text: string
  /** Why it was set aside. */
  reason: string
  /** 1-based line in the article file. */
  line: number
}

/** An article as the site shows it: metadata, rendered body and what cleaning set aside. */
export interface ArticleRecord {
  path: string
  slug: string
  title: string
  source: string
  /** URL-safe id of the outlet, for its page, e.g. `breitbart-news`. */
  sourceSlug: string
  url: string | null
  date: string
  author: string | null
  original: Original | null
  dateInferred: boolean
  dateNote: string | null
  /** The body without its furniture, rendered by remark-html with sanitizing on; each passage a report quotes is a `<mark id="q-…">` linked to its events. */
  html: string
  setAside: SetAsidePiece[]
  /** Ids of the events this article reports, in timeline order. */
  events: string[]
}

/** The pipeline's product: everything Eleventy renders. */
export interface Timeline {
  /** Version of this file's shape; bump when a field changes meaning. */
  schemaVersion: 1
  articles: ArticleRecord[]
  events: TimelineEvent[]
  /** Every correction in `seeds/corrections.yaml` and what became of it, in file order. */
  corrections: CorrectionOutcome[]
  diagnostics: Diagnostic[]
  /** Lists, figures, chart and maps derived from articles and events by the render stage, for templates to lay out as they are. */
  views: SiteViews
}

/** What the data file (`build/timeline.json`) holds: the timeline without its views, which only the templates need. */
export type TimelineData = Omit<Timeline, 'views'>

/** The timeline as the data file holds it. */
export function timelineData(timeline: Timeline): TimelineData {
  return { schemaVersion: timeline.schemaVersion, articles: timeline.articles, events: timeline.events, corrections: timeline.corrections, diagnostics: timeline.diagnostics }
}
