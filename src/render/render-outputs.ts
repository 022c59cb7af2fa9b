import { stableJson } from '../model/stable-json.js'
import type { Timeline } from '../site/timeline.js'
import { buildFeeds } from './build-feeds.js'
import { eventsCsv } from './events-csv.js'
import { eventsGeoJson } from './events-geojson.js'
import { makeSiteLinks, type SiteSettings } from './site-links.js'
import { writeAtom } from './write-atom.js'
import { writeJsonFeed } from './write-json-feed.js'
import { writeRobots, writeSitemap } from './write-sitemap.js'

/** `document` with `dataAsOf` (`YYYY-MM-DD`) as a top-level member, when there is one. */
function withDataAsOf<T extends object>(document: T, asOf: string | null): T & { dataAsOf?: string } {
  return asOf === null ? document : { ...document, dataAsOf: asOf }
}

/** A file the site needs besides its HTML pages: a path under the site root and its text. */
export interface OutputFile {
  /** E.g. `feeds/events.atom`, `data/events.csv`: relative, `/`-separated. */
  path: string
  content: string
}

/**
 * Everything the site publishes besides its pages, from the timeline alone: the feeds,
 * the open data (records, CSV, GeoJSON), the filter's events, the sitemap of `pages` and robots.txt. Pure and
 * deterministic: the same timeline and settings give the same bytes.
 */
export function renderOutputs(timeline: Timeline, settings: SiteSettings, pages: string[]): OutputFile[] {
  const links = makeSiteLinks(settings)
  // In timeline order already (`compareEvents`), as merge and corrections leave them: the order of the pages.
  const events = timeline.events
  // How current the data is, in each file whose format has room for it: a top-level member of a JSON object (GeoJSON allows
  // foreign members), a comment in Atom, an extension in JSON Feed. Not in events.json (a bare array of the records) nor
  // events.csv (RFC 4180 has no comments, and a row of metadata would break its readers): the /data/ page gives it for them.
  const asOf = timeline.views.dataAsOf?.datetime ?? null
  const files: OutputFile[] = []
  for (const feed of buildFeeds(timeline)) {
    files.push({ path: feed.view.atom.slice(1), content: writeAtom(feed, links) }, { path: feed.view.json.slice(1), content: writeJsonFeed(feed, links) })
  }
  files.push(
    { path: 'data/events.json', content: stableJson(events) },
    { path: 'data/events.csv', content: eventsCsv(events, timeline.articles) },
    { path: 'data/events.geojson', content: stableJson(withDataAsOf(eventsGeoJson(events, timeline.articles), asOf)) },
    { path: 'robots.txt', content: writeRobots(links) },
    // What the filter on /browse/ (public/browse.js) lists, and search without words (public/search.js): not open data, so compact, and beside its page.
    { path: 'browse/events.json', content: stableJson(withDataAsOf({ facets: timeline.views.filter.facets, events: timeline.views.filter.events }, asOf), 0) },
  )
  const sitemap = writeSitemap(pages, links)
  if (sitemap !== null) files.push({ path: 'sitemap.xml', content: sitemap })
  return files
}
