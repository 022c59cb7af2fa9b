import { isProbablyReaderable, Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { findWireOrigin } from './find-wire-origin.js'
import { blocksToBody, contentBlocks, wordCount } from './page-text.js'
import { readPageMetadata, type Found, type FoundOriginal, type PageMetadata } from './read-page-metadata.js'

/** The fewest words of a paragraph of prose, as opposed to a teaser, a label or a link. */
const PROSE_WORDS = 20

/** What Salvo reads from one page: its metadata, and its main content as an article body. */
export interface PageReading {
  metadata: PageMetadata
  /** The main content as Markdown paragraphs (captions marked), or `''` when Readability found none. */
  body: string
  /** Words of article text in `body`: paragraphs, headings and list items, not captions. */
  words: number
  /** The byline Readability found in the text ("By Jane Roe"), when the metadata names no author. */
  byline: Found | null
  /** The original outlet of wire copy: from the metadata (JSON-LD `isBasedOn`), else from the text ("(AP) —"). */
  original: Found<FoundOriginal> | null
  /** Paragraphs of prose in `body`: paragraph blocks of at least `PROSE_WORDS` words. */
  paragraphs: number
  /** `true` when Readability's own test finds enough text in paragraphs to be an article (`isProbablyReaderable`). */
  readerable: boolean
}

/**
 * Reads a page as a browser saved it (or as it was fetched): metadata first, from the
 * untouched document, then the main content through Mozilla's Readability (the engine of
 * Firefox's Reader View) on a linkedom DOM, which leaves out navigation, share bars,
 * related-story teasers, cookie banners and comments. `pageUrl` resolves relative links;
 * `null` for a saved file. Pure: no disk, no network.
 */
export function readPage(html: string, pageUrl: string | null): PageReading {
  const { document } = parseHTML(html) as unknown as { document: Document }
  const metadata = readPageMetadata(document, pageUrl)
  const readerable = isProbablyReaderable(document)
  // Readability changes the document it reads: it gets a fresh copy, after the metadata was read.
  const fresh = (parseHTML(html) as unknown as { document: Document }).document
  const article = new Readability<Element>(fresh, { serializer: (node) => node as Element }).parse()
  const blocks = article?.content ? contentBlocks(article.content) : []
  const body = blocksToBody(blocks)
  const words = blocks.filter((b) => b.kind !== 'caption').reduce((sum, b) => sum + wordCount(b.text), 0)
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph' && wordCount(b.text) >= PROSE_WORDS).length
  const byline = article?.byline ? article.byline.replace(/^\s*by\s+/i, '').trim() : ''
  const found: Found | null = byline === '' ? null : { value: byline, from: 'the byline in the text' }
  const original = metadata.original ?? findWireOrigin(body, metadata.author?.value ?? byline, metadata.source?.value ?? null)
  return { metadata, body, words, paragraphs, byline: found, original, readerable }
}
