import type { FeedDocument } from './build-feeds.js'
import type { SiteLinks } from './site-links.js'

/**
 * Every character XML 1.0 forbids (its `Char` production, §2.2): the C0 controls but tab,
 * line feed and carriage return, U+FFFE, U+FFFF and lone surrogates. No escape can carry
 * them (`&#1;` is not well-formed either), so a feed reader would refuse the whole file.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Text or an attribute value, escaped for XML, without the characters XML 1.0 forbids:
 * they are dropped here, whatever earlier stages let through, so the document stays
 * well-formed. Every XML writer (Atom, sitemap) goes through this.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** A calendar day as an RFC 3339 instant: the start of that day in UTC. */
export const dayInstant = (day: string): string => `${day}T00:00:00Z`

/**
 * The feed as Atom (RFC 4287). Ids are `urn:uuid:` names that survive a move of the site;
 * links are absolute with a site URL, else relative to the feed file (relative mode) or
 * to the site root with the path prefix. Every value goes through `escapeXml`, ids and
 * days too, so the document is well-formed whatever the data holds.
 */
export function writeAtom(feed: FeedDocument, links: SiteLinks): string {
  const { view } = feed
  const href = (sitePath: string): string => escapeXml(links.link(sitePath, view.atom))
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    // Atom has no element for it; a comment after the declaration leaves every parser's reading the same.
    ...(feed.dataAsOf === null ? [] : [`<!-- Data as of ${feed.dataAsOf}: the latest publication day among the articles Salvo read. -->`]),
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>Salvo: ${escapeXml(view.title)}</title>`,
    `  <subtitle>${escapeXml(view.description)}</subtitle>`,
    `  <updated>${escapeXml(dayInstant(feed.updated))}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${href(view.atom)}"/>`,
    `  <link rel="alternate" type="text/html" href="${href(view.page)}"/>`,
    `  <link rel="alternate" type="application/feed+json" href="${href(view.json)}"/>`,
    '  <author><name>Salvo</name></author>',
    '  <generator>Salvo</generator>',
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${href(entry.page)}"/>`,
      `    <published>${escapeXml(dayInstant(entry.published))}</published>`,
      `    <updated>${escapeXml(dayInstant(entry.updated))}</updated>`,
      ...entry.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      `    <content type="html">${escapeXml(entry.html)}</content>`,
      '  </entry>',
    ]),
    '</feed>',
  ]
  return lines.join('\n') + '\n'
}
