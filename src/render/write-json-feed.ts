import type { FeedDocument } from './build-feeds.js'
import type { SiteLinks } from './site-links.js'
import { dayInstant } from './write-atom.js'

/**
 * The feed as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Item ids are the
 * same `urn:uuid:` names as in the Atom feed; `feed_url` and `home_page_url` are given
 * only when they can be absolute (with a site URL), as the spec asks of them.
 */
export function writeJsonFeed(feed: FeedDocument, links: SiteLinks): string {
  const { view } = feed
  const link = (sitePath: string): string => links.link(sitePath, view.json)
  const home = links.absolute(view.page)
  const self = links.absolute(view.json)
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Salvo: ${view.title}`,
    ...(home === null ? {} : { home_page_url: home }),
    ...(self === null ? {} : { feed_url: self }),
    description: view.description,
    language: 'en',
    authors: [{ name: 'Salvo' }],
    // An extension, as JSON Feed allows (a key starting with `_`): readers that do not know it ignore it.
    ...(feed.dataAsOf === null ? {} : { _salvo: { data_as_of: feed.dataAsOf } }),
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: link(entry.page),
      title: entry.title,
      content_html: entry.html,
      summary: entry.summary,
      date_published: dayInstant(entry.published),
      date_modified: dayInstant(entry.updated),
      tags: entry.tags,
    })),
  }
  return JSON.stringify(document, null, 2) + '\n'
}
