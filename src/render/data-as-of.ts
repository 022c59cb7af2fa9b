/**
 * How current the data is: the latest publication day among the articles, `YYYY-MM-DD`, or `null` when there are
 * none. Never the clock: the same articles give the same day whenever and wherever the site is built. Every page's
 * footer prints it ("Data as of …"), and every published data file that has room for it carries it.
 */
export function dataAsOf(articles: readonly { date: string }[]): string | null {
  let latest: string | null = null
  for (const { date } of articles) if (latest === null || date > latest) latest = date
  return latest
}
