import { parseFeed, type AnyFeed } from 'feedsmith'
import { parseHTML } from 'linkedom'

/** One item of a feed, as Salvo reads it, whatever the format. */
export interface FeedItem {
  /** 1-based position in the feed, to name it in messages. */
  position: number
  /** Plain text (an Atom `type="html"` title loses its tags), or `null`. */
  title: string | null
  /** The item's own page, http(s) only, or `null`. */
  url: string | null
  /** The publication date as the feed writes it, or `null`. */
  date: string | null
  /** Where `date` was read: `<pubDate>`, `<published>`, `date_published`… */
  dateFrom: string
  author: string | null
  /** The full text as HTML (`content:encoded`, Atom `<content>`, `content_html`; plain `content_text` is escaped), or `null`. */
  content: string | null
  /** The summary as HTML (`<description>`, `<summary>`, `summary`), or `null`. */
  summary: string | null
}

/** A feed: its title (the outlet, usually), its format, and its items. */
export interface Feed {
  format: 'rss' | 'atom' | 'rdf' | 'json'
  title: string | null
  items: FeedItem[]
}

const text = (value: string | null | undefined): string | null => {
  const clean = (value ?? '').replace(/\s+/g, ' ').trim()
  return clean === '' ? null : clean
}
/** The text of an HTML fragment (an Atom `type="html"` title). */
const plain = (html: string | null | undefined): string | null =>
  html == null
    ? null
    : text((parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`) as unknown as { document: Document }).document.body.textContent)
const httpUrl = (value: string | null | undefined): string | null => {
  const candidate = text(value)
  if (candidate === null) return null
  try {
    const url = new URL(candidate)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
const escapeHtml = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Reads an RSS 2.0, Atom, RDF or JSON Feed document with feedsmith into items of one
 * shape. Feedsmith is lenient: a malformed item comes through with what it has, and the
 * caller refuses that item alone. Returns a sentence when the text is no feed at all.
 */
export function readFeed(source: string): Feed | { problem: string } {
  let parsed: AnyFeed
  try {
    parsed = parseFeed(source)
  } catch (error) {
    return { problem: `it is not an RSS, Atom or JSON Feed document Salvo can read (${(error as Error).message}).` }
  }
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const items = (parsed.feed.items ?? []).map((item, index): FeedItem => {
      const guid = 'guid' in item ? item.guid : undefined
      const permalink = guid !== undefined && guid.isPermaLink !== false ? httpUrl(guid.value) : null
      const pubDate = 'pubDate' in item ? item.pubDate : undefined
      return {
        position: index + 1,
        title: plain(item.title),
        url: httpUrl(item.link) ?? permalink,
        date: text(pubDate ?? item.dc?.dates?.[0]),
        dateFrom: pubDate ? '<pubDate>' : '<dc:date>',
        author: text(item.dc?.creators?.[0] ?? ('authors' in item ? item.authors?.[0]?.name : undefined)),
        content: text(item.content?.encoded) === null ? null : (item.content?.encoded ?? null),
        summary: text(item.description) === null ? null : (item.description ?? null),
      }
    })
    return { format: parsed.format, title: text(parsed.feed.title), items }
  }
  if (parsed.format === 'atom') {
    const items = (parsed.feed.entries ?? []).map((entry, index): FeedItem => {
      const link = entry.links?.find((l) => l.rel === undefined || l.rel === 'alternate')
      const html = (t: { value?: string; type?: string } | undefined): string | null =>
        t?.value === undefined || text(t.value) === null ? null : t.type === 'html' || t.type === 'xhtml' ? t.value : escapeHtml(t.value)
      return {
        position: index + 1,
        title: entry.title?.type === 'html' || entry.title?.type === 'xhtml' ? plain(entry.title.value) : text(entry.title?.value),
        url: httpUrl(link?.href),
        date: text(entry.published ?? entry.updated),
        dateFrom: entry.published ? '<published>' : '<updated>',
        author: text(entry.authors?.[0]?.name),
        content: html(entry.content),
        summary: html(entry.summary),
      }
    })
    return { format: 'atom', title: plain(parsed.feed.title?.value), items }
  }
  const items = (parsed.feed.items ?? []).map((item, index): FeedItem => ({
    position: index + 1,
    title: text(item.title),
    url: httpUrl(item.url) ?? httpUrl(item.external_url),
    date: text(item.date_published),
    dateFrom: 'date_published',
    author: text(item.authors?.[0]?.name),
    content:
      text(item.content_html) ?? (text(item.content_text) === null ? null : `<p>${escapeHtml(item.content_text ?? '').replace(/\n\s*\n/g, '</p><p>')}</p>`),
    summary: text(item.summary) === null ? null : escapeHtml(item.summary ?? ''),
  }))
  return { format: 'json', title: text(parsed.feed.title), items }
}
