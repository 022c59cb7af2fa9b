import type { Report } from '../model/report.js'

/** Each article's title by its id (`Article.id`, a report's `article`): what merge reasons name articles by. */
export type ArticleTitles = ReadonlyMap<string, string>

/**
 * An article as a reader knows it, by outlet and title: `Reuters, “Drone hits base in Syria”`, as the
 * feeds name it. Merge reasons name articles so, never by file: a path means nothing to a reader and
 * depends on where the build ran. An article `titles` lacks (a caller that read no titles) is named by
 * its outlet alone.
 */
export function nameArticle(report: Pick<Report, 'article' | 'source'>, titles: ArticleTitles): string {
  const title = titles.get(report.article)
  return title === undefined ? report.source : `${report.source}, “${title}”`
}
