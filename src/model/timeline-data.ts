import type { Diagnostic } from './diagnostic.js'
import type { CorrectionOutcome } from './correction.js'
import type { TimelineEvent } from './event.js'
import type { ArticleCopy } from './article-copy.js'

/** Where a republished article first appeared. */
export interface Original {
  /** The outlet that first published the piece, e.g. `Daily Caller News Foundation`. */
  source: string
  /** The original's URL, or `null` when it is not known. */
  url: string | null
}

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
  /**
   * The article's id (`Article.id`), what reports name it by: `seeds/` and its path inside the seeds folder, e.g.
   * `seeds/2023-10-24-white-house.md`, wherever the folder was. Not where the file is: the terminal shows that.
   */
  path: string
  slug: string
  title: string
  source: string
  /** URL-safe id of the outlet, for its page, e.g. `breitbart-news`. */
  sourceSlug: string
  url: string | null
  /** An archived copy of the article (front matter `archived`), http(s), or `null`. */
  archived: string | null
  date: string
  author: string | null
  original: Original | null
  /** When the article copies another outlet's reporting (`findCopies`), which, and how that was found; `null` for an original. */
  copy: ArticleCopy | null
  dateInferred: boolean
  dateNote: string | null
  /** The body without its furniture, rendered by remark-html with sanitizing on; each passage a report quotes is a `<mark id="q-…">` linked to its events. */
  html: string
  setAside: SetAsidePiece[]
  /** Ids of the events this article reports, in timeline order. */
  events: string[]
}

/** The pipeline's product, as the data file (`build/timeline.json`) holds it: everything the site is built from. */
export interface TimelineData {
  /** Version of this file's shape; bump when a field changes meaning. */
  schemaVersion: 1
  articles: ArticleRecord[]
  /** In timeline order (`compareEvents`), the order of every page, feed and data file. */
  events: TimelineEvent[]
  /** Every correction in `seeds/corrections.yaml` and what became of it, in file order. */
  corrections: CorrectionOutcome[]
  diagnostics: Diagnostic[]
}
