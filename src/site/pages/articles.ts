import { formatSpan } from '../../render/format-date.js'
import { ARTICLE_INDEX_PAGE, chunk, makePagers, pageUrl } from '../../render/paginate.js'
import type { Pager } from '../../render/site-views.js'
import type { PageType } from '../page-type.js'

/** One page of the /articles/ index. */
export interface ArticleIndexPage {
  url: string
  title: string
  articles: { title: string; url: string; source: string; date: string; datetime: string }[]
  pager: Pager | null
}

const DESCRIPTION = 'Every article the timeline was built from, with its outlet and publication day.'

/** The index of every article, oldest first, in pages. */
export const articlesPage: PageType<'articleIndex', ArticleIndexPage[], ArticleIndexPage> = {
  template: 'articles',
  alias: 'index',
  view: 'articleIndex',
  source: 'views.articleIndex',
  build: (context) => {
    const runs = chunk(context.articles, ARTICLE_INDEX_PAGE)
    const labels = runs.map((run) => (run.length === 0 ? '' : formatSpan(run[0]?.date ?? '', run.at(-1)?.date ?? '')))
    const pagers = makePagers('/articles/', labels, 'the articles')
    // A page is made from its articles and the labels of every page (its pager): kept from the last build while they are the same (src/rebuild-memo.ts).
    return runs.map((run, i) =>
      context.memo.kept('article-index', String(i), [...labels, ...run], () => ({
        url: pageUrl('/articles/', i + 1),
        title: pagers[i] === null ? 'Articles' : `Articles, ${labels[i]}`,
        articles: run.map((a) => ({ title: a.title, url: `/articles/${a.slug}/`, source: a.source, date: context.day(a.date), datetime: a.date })),
        pager: pagers[i] ?? null,
      })),
    )
  },
  url: (index) => index.url,
  title: (index) => index.title,
  description: (index) => (index.pager === null ? DESCRIPTION : `${DESCRIPTION} ${index.pager.summary}: ${index.title.replace(/^Articles, /, '')}.`),
  reads: ['views.siteFeed', 'views.dataAsOf'],
}
