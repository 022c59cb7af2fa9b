import type { Original } from '../model/timeline-data.js'

/** A sentence of an article body, with offsets so it can be quoted and highlighted exactly. */
export interface Sentence {
  /** The sentence exactly as it stands in the body: never edited. */
  text: string
  /** Offset of the first character in `Article.body` (UTF-16 code units, as JavaScript strings count). */
  start: number
  /** Offset one past the last character in `Article.body`. */
  end: number
  /** Set by the clean stage when the sentence is page furniture inside a paragraph (an inline teaser): why. */
  setAside: string | null
}

/** A paragraph of the body (a block from remark-parse), split into sentences. */
export interface Paragraph {
  /** Offset of the first character in `Article.body`. */
  start: number
  /** Offset one past the last character in `Article.body`. */
  end: number
  /** 1-based line of the paragraph's first character in the source file. */
  line: number
  /** `true` for a Markdown heading ("## Sunday, Dec. 3"), which can date the paragraphs under it. */
  heading: boolean
  /** The paragraph's sentences in order. */
  sentences: Sentence[]
  /** Set by the clean stage when the paragraph is page furniture: why it was set aside. `null` while it is article text. */
  setAside: string | null
}

/** One news article, normalized at the ingest boundary. Everything past ingest trusts these types. */
export interface Article {
  /**
   * The file's real path from the working directory, with `/` separators, e.g. `seeds/2023-10-24-white-house.md`
   * or `../big/seeds/2023-10-24-white-house.md`: what diagnostics name in the terminal, so an editor can open it.
   * Never in the data or on a page: they name the article by `id`.
   */
  path: string
  /**
   * The article's id: `seeds/` and its path inside the seeds folder, with `/` separators, e.g.
   * `seeds/2023-10-24-white-house.md`, whatever the folder is called and wherever it is (`seedsPath`).
   * Reports, the data file, the pages and corrections name the article by it.
   */
  id: string
  /** URL-safe identifier derived from the file name, e.g. `2023-10-24-white-house`. */
  slug: string
  title: string
  /** The outlet that published this copy. */
  source: string
  url: string | null
  /** An archived copy's web address (front matter `archived`), http(s); `null` when none was saved. */
  archived: string | null
  /** Publication day, `YYYY-MM-DD`: the reference every relative date in the body is resolved against. */
  date: string
  author: string | null
  original: Original | null
  /** `true` when the publication day was reasoned from the text rather than read off the page. */
  dateInferred: boolean
  /** How an inferred date was established. */
  dateNote: string | null
  /** The body text exactly as in the file (after the front matter). Offsets point into this string. */
  body: string
  /** 1-based line in the file where `body` starts. */
  bodyLine: number
  paragraphs: Paragraph[]
  /** SHA-256 of the raw file, hex: keys caches and detects duplicates. */
  hash: string
}
