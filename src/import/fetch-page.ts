/** The User-Agent Salvo sends: it names the program and why it asks, so an outlet can tell who fetched its page. */
export const SALVO_USER_AGENT = 'Salvo/0.1 (news timeline builder; fetches one page at an editor request, never crawls)'

/** The largest page or feed Salvo reads, in bytes: news pages with their scripts run to a few megabytes. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024

/** How long a fetch may take, headers and body together, in milliseconds, unless `--timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000

/** Redirects followed before giving up. */
const MAX_REDIRECTS = 10

/** What a fetch gave: the body, the address it finally came from, and its media type. */
export interface FetchedPage {
  bytes: Uint8Array
  /** The address after redirects. */
  url: string
  /** The media type without parameters, lower case, e.g. `text/html`; `''` when the server gave none. */
  mediaType: string
  /** The `charset` parameter of `Content-Type`, or `null`. */
  charset: string | null
}

export interface FetchOptions {
  timeoutMs?: number
  maxBytes?: number
}

/** A fetch that failed: `problem` is a sentence naming the address, what went wrong and what to do. */
export type FetchResult = { page: FetchedPage } | { problem: string }

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} second${ms === 1000 ? '' : 's'}`
const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`

/**
 * Fetches one page or feed over http(s) with Node's own `fetch`: redirects followed by hand
 * (each must stay http(s); a loop or more than ten is refused), a time limit on the whole
 * exchange, a size limit checked against `Content-Length` and again while reading, and a
 * User-Agent naming Salvo. Every failure is a sentence: not found, refused, not reachable,
 * too slow, too large, a redirect loop.
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES
  const signal = AbortSignal.timeout(timeoutMs)
  const seen = new Set<string>()
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return { problem: `"${address}" is not a web address. Give it whole, starting with https://.` }
  }
  const tooSlow = (): { problem: string } => ({
    problem: `${address} did not answer within ${seconds(timeoutMs)}. Check the address, try again later, or give more time with --timeout <seconds>.`,
  })
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return {
        problem:
          hop === 0
            ? `${address} is not an http(s) address: Salvo fetches only http:// and https:// pages. Save the page from your browser and give the saved file instead.`
            : `${address} redirects to ${url.href}, which is not an http(s) address, so it was not followed.`,
      }
    if (seen.has(url.href))
      return { problem: `${address} redirects in a loop (back to ${url.href}), so there is no page to read. Open it in a browser to check it.` }
    if (hop > MAX_REDIRECTS)
      return {
        problem: `${address} redirects more than ${MAX_REDIRECTS} times, so Salvo stopped following it. Open it in a browser and give the address it ends on.`,
      }
    seen.add(url.href)
    let response: Response
    try {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: {
          'User-Agent': SALVO_USER_AGENT,
          Accept:
            'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, */*;q=0.1',
        },
      })
    } catch (error) {
      if (signal.aborted) return tooSlow()
      const cause = (error as { cause?: { code?: string } }).cause?.code
      return {
        problem: `${url.href} could not be reached${cause ? ` (${cause})` : ''}. Check the address and your connection; if the site is down, try again later.`,
      }
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.get('location')
      await response.body?.cancel()
      if (location === null) return { problem: `${url.href} answered with a redirect (HTTP ${response.status}) but gave no address to go to.` }
      url = new URL(location, url)
      continue
    }
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel()
      return { problem: `${url.href} was not found (HTTP ${response.status}). Check the address: the page may have moved or been taken down.` }
    }
    if (!response.ok) {
      await response.body?.cancel()
      const hint =
        response.status === 401 || response.status === 403
          ? 'The site refuses to serve it to Salvo (it may need a login or block programs): open it in a browser, save the page, and import the saved file.'
          : response.status === 429
            ? 'The site asks for fewer requests: wait a while before trying again.'
            : 'Try again later, or save the page from a browser and import the saved file.'
      return { problem: `${url.href} answered with HTTP ${response.status} ${response.statusText}. ${hint}` }
    }
    const contentType = response.headers.get('content-type') ?? ''
    const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase()
    const charset = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1] ?? null
    const length = Number(response.headers.get('content-length'))
    if (Number.isFinite(length) && length > maxBytes) {
      await response.body?.cancel()
      return { problem: `${url.href} is ${megabytes(length)}, over the ${megabytes(maxBytes)} Salvo reads for one page: it is not a news article.` }
    }
    const chunks: Uint8Array[] = []
    let size = 0
    try {
      for await (const chunk of (response.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length
        if (size > maxBytes) {
          await response.body?.cancel().catch(() => undefined)
          return {
            problem: `${url.href} sent more than ${megabytes(maxBytes)}, the most Salvo reads for one page, so it stopped reading: it is not a news article.`,
          }
        }
        chunks.push(chunk)
      }
    } catch {
      if (signal.aborted) return tooSlow()
      return { problem: `The connection to ${url.href} broke while the page was being read. Try again.` }
    }
    return { page: { bytes: Buffer.concat(chunks), url: url.href, mediaType, charset } }
  }
}
