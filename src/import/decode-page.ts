/** What a fetched or saved file holds, as far as `npm run add` is concerned. */
export type PageKind = 'html' | 'feed' | 'other'

/** The `charset` a page declares in its first bytes (`<meta charset="…">`, or the `http-equiv` form), or `null`. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ?? null
}

/**
 * Decodes a page's bytes as text: by a byte-order mark, else the `charset` the server gave,
 * else the one the page declares, else UTF-8. An encoding Node does not know falls back to
 * UTF-8, with a warning.
 */
export function decodePage(bytes: Uint8Array, charset: string | null): { text: string; warning: string | null } {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : null
  const label = bom ?? charset ?? declaredCharset(bytes) ?? 'utf-8'
  try {
    return { text: new TextDecoder(label).decode(bytes), warning: null }
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      warning: `The page declares the text encoding "${label}", which Salvo does not know, so it was read as UTF-8: check the accents in the preview.`,
    }
  }
}

/** JSON Feed's `version` URL. */
const JSON_FEED = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//

/**
 * What a text is, by its media type and then its first characters: an HTML page, a feed
 * (RSS, Atom, RDF or JSON Feed), or something else. Servers mislabel feeds often
 * (`text/xml`, `text/plain`), so the text decides when the type is not clear.
 */
export function pageKind(text: string, mediaType = ''): PageKind {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 2048)
  if (/^(?:application\/(?:rss|atom|rdf)\+xml|application\/feed\+json)$/.test(mediaType)) return 'feed'
  if (/^\{/.test(start)) return JSON_FEED.test(text.slice(0, 4096)) ? 'feed' : 'other'
  const withoutProlog = start.replace(/^(?:<\?xml[^>]*\?>|<!--[\s\S]*?-->|\s)+/, '')
  if (/^<(?:rss|feed|rdf:RDF)\b/i.test(withoutProlog)) return 'feed'
  if (/^(?:<!doctype html|<html|<head|<body|<meta|<title)\b/i.test(withoutProlog) || mediaType === 'text/html' || mediaType === 'application/xhtml+xml')
    return 'html'
  return 'other'
}
