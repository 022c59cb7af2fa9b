import path from 'node:path'

/** Where and how the built site will be hosted: decides every URL the build writes. */
export interface SiteSettings {
  /** The site's public address, absolute, ending in `/`, e.g. `https://example.org/salvo/`; `null` when not given. Feeds, the sitemap and canonical links use it. */
  siteUrl: string | null
  /** The folder the site is served from, starting and ending with `/`: `/` at a domain's root, `/salvo/` in a subfolder. */
  pathPrefix: string
  /** `true` to write every internal link relative to its page (`../../events/x/index.html`), so the folder works from disk or unpacked from a zip. */
  relative: boolean
}

/**
 * A root-relative URL (`/events/x/`, `/#d-2023-10-22`) rewritten relative to the page at
 * `pageUrl` (`/events/y/`, `/404.html`), with `index.html` added to folder links so it
 * also works from disk, where no server turns a folder into its index. Anything else
 * (`https://…`, `#top`, `mailto:`, `//host/…`, already relative) is returned as it is.
 */
export function pageRelativeUrl(url: string, pageUrl: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url
  const hashAt = url.indexOf('#')
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt)
  const hash = hashAt === -1 ? '' : url.slice(hashAt)
  const queryAt = beforeHash.indexOf('?')
  const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt)
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt)
  const target = pathname.endsWith('/') ? `${pathname}index.html` : pathname
  const fromFolder = pageUrl.endsWith('/') ? pageUrl : pageUrl.replace(/[^/]*$/, '')
  return path.posix.relative(fromFolder, target) + query + hash
}

/** How a file the build writes outside Eleventy (a feed, the sitemap) links to a page of the site. */
export interface SiteLinks {
  /** The page's absolute URL, or `null` without a site URL. */
  absolute: (sitePath: string) => string | null
  /**
   * The best link from the file at `fromPath` (e.g. `/feeds/events.atom`) to `sitePath` (e.g. `/events/x/`):
   * absolute with a site URL; else relative to the file in relative mode; else root-relative with the path prefix.
   */
  link: (sitePath: string, fromPath: string) => string
}

export function makeSiteLinks(settings: SiteSettings): SiteLinks {
  const absolute = (sitePath: string): string | null => (settings.siteUrl === null ? null : settings.siteUrl + sitePath.replace(/^\//, ''))
  return {
    absolute,
    link: (sitePath, fromPath) =>
      absolute(sitePath) ?? (settings.relative ? pageRelativeUrl(sitePath, fromPath) : settings.pathPrefix + sitePath.replace(/^\//, '')),
  }
}
