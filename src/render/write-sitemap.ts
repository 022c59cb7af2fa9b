import type { SiteLinks } from './site-links.js'
import { escapeXml } from './write-atom.js'

/**
 * `sitemap.xml` (sitemaps.org 0.9) listing `pages` (root-relative, e.g. `/events/x/`) in the
 * order given, or `null` without a site URL: the protocol wants absolute addresses.
 * No `lastmod`: the pages carry no date of their own that the data could vouch for.
 */
export function writeSitemap(pages: string[], links: SiteLinks): string | null {
  const urls = pages.map((page) => links.absolute(page))
  if (urls.some((url) => url === null)) return null
  return (
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...urls.map((url) => `  <url><loc>${escapeXml(url ?? '')}</loc></url>`),
      '</urlset>',
    ].join('\n') + '\n'
  )
}

/** `robots.txt`: everything may be crawled; names the sitemap when there is one. Crawlers read it only at a domain's root. */
export function writeRobots(links: SiteLinks): string {
  const sitemap = links.absolute('/sitemap.xml')
  return ['User-agent: *', 'Allow: /', ...(sitemap === null ? [] : [`Sitemap: ${sitemap}`])].join('\n') + '\n'
}
