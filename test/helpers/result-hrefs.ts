import type { Page } from 'playwright-core'

/** The links of the search page's results, in the order shown. */
export const resultHrefs = async (page: Page): Promise<string[]> =>
  page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
