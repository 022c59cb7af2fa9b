import { load } from 'cheerio'

export interface CrawlResult {
  /** Every URL fetched (without fragments), in the order found. */
  fetched: string[]
  /** Links that did not lead to a 200 response, or to an element with the fragment's id. */
  broken: { page: string; href: string; problem: string }[]
}

/**
 * Crawls a site over HTTP from `start`, as a visitor's browser would resolve its links:
 * fetches every same-origin `href`, `src` and form `action` of every HTML page reached,
 * and checks that each answers 200 and that a `#fragment` names an element of the target.
 * Other origins are not followed (the check runs offline).
 */
export async function crawlSite(start: string): Promise<CrawlResult> {
  const origin = new URL(start).origin
  const queue = [new URL(start).href]
  const seen = new Set(queue)
  const fetched: string[] = []
  const broken: CrawlResult['broken'] = []
  const pages = new Map<string, { status: number; ids: Set<string> | null }>()
  const links: { page: string; href: string; url: URL }[] = []

  while (queue.length > 0) {
    const url = queue.shift() ?? ''
    const response = await fetch(url)
    fetched.push(url)
    const type = response.headers.get('content-type') ?? ''
    if (!type.startsWith('text/html') || response.status !== 200) {
      pages.set(url, { status: response.status, ids: null })
      await response.arrayBuffer()
      continue
    }
    const $ = load(await response.text())
    pages.set(url, {
      status: response.status,
      ids: new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id') ?? '')
          .get(),
      ),
    })
    $('[href], [src], form[action]').each((_, el) => {
      for (const attribute of ['href', 'src', 'action']) {
        const href = $(el).attr(attribute)
        if (href === undefined) continue
        const target = new URL(href, url)
        if (target.origin !== origin) continue
        links.push({ page: url, href, url: target })
        const bare = new URL(target)
        bare.hash = ''
        bare.search = ''
        if (!seen.has(bare.href)) {
          seen.add(bare.href)
          queue.push(bare.href)
        }
      }
    })
  }

  for (const link of links) {
    const bare = new URL(link.url)
    bare.hash = ''
    bare.search = ''
    const target = pages.get(bare.href)
    if (target === undefined || target.status !== 200) {
      broken.push({ page: link.page, href: link.href, problem: `HTTP ${target?.status ?? 'not fetched'} for ${bare.pathname}` })
      continue
    }
    const fragment = decodeURIComponent(link.url.hash.slice(1))
    if (fragment !== '' && target.ids !== null && !target.ids.has(fragment))
      broken.push({ page: link.page, href: link.href, problem: `no element with id "${fragment}" on ${bare.pathname}` })
  }
  return { fetched, broken }
}
