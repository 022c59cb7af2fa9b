import type { Page } from 'playwright-core'

/**
 * What went wrong in `page` while `run` used it: console messages reporting a
 * Content-Security-Policy violation, and uncaught errors of its scripts. Empty when all went well.
 */
export async function problemsDuring(page: Page, run: () => Promise<void>): Promise<string[]> {
  const problems: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await run()
  return problems
}
