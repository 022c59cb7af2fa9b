import { plural } from '../../render/event-entry.js'
import { shortTitle } from '../../render/short-title.js'
import type { Link } from '../../render/site-views.js'
import type { TimelineEvent } from '../../model/event.js'
import type { ArticleRecord } from '../../model/timeline-data.js'
import type { PageType } from '../page-type.js'

/** What the article page adds to an `ArticleRecord`. */
export interface ArticleExtra {
  /** The `<title>`: the headline, cut to fit. */
  pageTitle: string
  /** The page's meta description. */
  description: string
  outlet: Link
  published: string
  events: Link[]
  passages: number
}

/** Looks up an article's extra, which `build` made for every article. */
function extraOf(article: ArticleRecord, extras: Record<string, ArticleExtra>): ArticleExtra {
  const extra = extras[article.slug]
  if (extra === undefined) throw new Error(`The article ${article.path} has no page data: the article page's view is made from the same articles.`)
  return extra
}

/**
 * One page per article: the text as scraped, with the passages the timeline quotes marked, and the events
 * taken from it. Its items are the data's articles, whose rendered bodies are already in the data file; its
 * view holds only what each page adds, by article slug.
 */
export const articlePage: PageType<'articles', Record<string, ArticleExtra>, ArticleRecord> = {
  template: 'article',
  alias: 'article',
  view: 'articles',
  source: 'articles',
  build: (context) => {
    const extras: Record<string, ArticleExtra> = {}
    for (const a of context.articles) {
      const quoted = context.passagesOf.get(a.path)
      const reported = context.eventsOfArticle.get(a.path) ?? []
      // Made from the article, its passages and its events, nothing else.
      extras[a.slug] = context.memo.kept('article-page', a.path, [a, quoted, ...reported], () => extraFor(a, quoted?.length ?? 0, reported))
    }
    return extras
    function extraFor(a: ArticleRecord, passages: number, reported: TimelineEvent[]): ArticleExtra {
      return {
        pageTitle: shortTitle(a.title),
        description: `${a.title}, ${a.source}, ${context.day(a.date)}: the article as scraped, ${passages === 0 ? 'from which no event was taken' : `with the ${plural(passages, 'passage')} the timeline quotes highlighted`}.`,
        outlet: context.outletLink(a, a.source),
        published: context.day(a.date),
        events: reported.map((e) => ({ label: `${e.summary}, ${context.entryFor(e).date.text}`, url: `/events/${e.id}/` })),
        passages,
      }
    }
  },
  lookup: (article, extras) => extras[article.slug],
  url: (article) => `/articles/${article.slug}/`,
  title: (article, extras) => extraOf(article, extras).pageTitle,
  description: (article, extras) => extraOf(article, extras).description,
  reads: ['views.siteFeed', 'views.dataAsOf'],
  searchable: () => true,
  day: (article) => article.date,
}
