// Issue 18, item 1: with its default paths, `npm start` re-extracted an edited article but never rendered the
// pages again. It handed the new timeline to a served Eleventy that was to rebuild when the data file changed,
// and Eleventy's watcher ignores what `.gitignore` lists: `build/`, where the data file is by default. (watch.test.ts
// passed because it gives --data outside the project.) Now every rebuild is a build (build-site.ts), so this runs
// `npm start` with no flag at all in a copy of the project, edits what an editor edits, and watches an open page
// in Chromium change by itself, and the feed, the open data and the search index with it once the rebuild is done.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/chromium.js'
import { copyProject } from '../helpers/copy-project.js'
import { problemsDuring } from '../helpers/problems-during.js'
import { startCommand, STACK_TRACE, waitFor, type StartedCommand } from '../helpers/run-build.js'

/** Saves `text` as many editors do: into a new file beside it, renamed over the old one. */
function saveAsEditor(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp`)
  writeFileSync(temporary, text)
  renameSync(temporary, file)
}

/** Waits until the open page (which nobody reloads here: live reload must) shows `text`. */
async function untilShown(page: Page, text: string, timeoutMs = 60_000): Promise<void> {
  const since = performance.now()
  for (;;) {
    // Read while the page may be reloading: a read that a reload cuts short is tried again.
    const body = await page
      .locator('body')
      .innerText()
      .catch(() => '')
    if (body.includes(text)) return
    if (performance.now() - since > timeoutMs) throw new Error(`The open page ${page.url()} did not show "${text}" within ${timeoutMs / 1000} s.`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const get = (url: string): Promise<string> =>
  fetch(url).then(
    (response) => response.text(),
    () => '',
  )

/** Pages in the search index, as its main bundle's entry file says. */
async function searchPages(origin: string): Promise<number> {
  const entry = JSON.parse(await get(`${origin}/pagefind/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> }
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
}

const TOWER_22 = [
  '---',
  'title: "Drone kills three U.S. soldiers in Jordan"',
  'source: "Meridian Wire (synthetic)"',
  'url: "https://example.org/tower-22"',
  'date: 2024-01-29',
  '---',
  'A one-way attack drone struck Tower 22 in northeastern Jordan on Sunday, killing three U.S. soldiers and wounding at least 34, U.S. officials said.',
  '',
].join('\n')

describe('npm start with its default paths', () => {
  let project: string
  let server: StartedCommand
  let origin: string
  let browser: Browser
  let home: Page
  let event: Page
  let articles: Page
  const problems: string[] = []

  beforeAll(async () => {
    project = copyProject('salvo-watch-defaults-')
    server = startCommand('start', [], { cwd: project })
    await waitFor(() => /Salvo: serving at/.test(server.stderr()) || server.child.exitCode !== null, 'npm start to serve', 120_000)
    // The port asked for by default, or the next free one, which the line names.
    const url = /serving at (http:\/\/localhost:\d+)\//.exec(server.stderr())?.[1]
    expect(url, server.stderr()).toBeDefined()
    origin = (url ?? '').replace('localhost', '127.0.0.1')
    browser = await launchChromium()
    home = await browser.newPage()
    event = await browser.newPage()
    articles = await browser.newPage()
    problems.push(...(await problemsDuring(home, async () => void (await home.goto(`${origin}/`)))))
    problems.push(...(await problemsDuring(event, async () => void (await event.goto(`${origin}/events/2023-10-18-al-tanf-attack/`)))))
    problems.push(...(await problemsDuring(articles, async () => void (await articles.goto(`${origin}/articles/`)))))
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    if (server !== undefined && server.child.exitCode === null && server.child.signalCode === null) {
      process.kill(-server.pid, 'SIGINT')
      await server.ended
    }
    if (project !== undefined) rmSync(project, { recursive: true, force: true })
  })

  it('serves the site it built with the default paths, and the pages load without a problem', async () => {
    await untilShown(home, 'Drawn from 5 articles')
    expect(problems).toEqual([])
    expect(readFileSync(path.join(project, 'build', 'timeline.json'), 'utf8')).toContain('"schemaVersion"')
  })

  it('an added article shows on the open page, and in the feed, the open data and the search index', async () => {
    const before = await searchPages(origin)
    saveAsEditor(path.join(project, 'seeds', '2024-01-29-tower-22.md'), TOWER_22)
    await untilShown(home, 'Drawn from 6 articles')
    // The pages show an added article first (the edit path, scripts/start.ts); the rest of the same rebuild follows.
    await waitFor(
      () => /seeds\/2024-01-29-tower-22\.md changed: re-extracted 1 article \(5 from the cache\); 6 articles/.test(server.stderr()),
      'the rebuild to finish',
    )
    expect(await get(`${origin}/feeds/events.atom`)).toContain('Tower 22')
    expect(await get(`${origin}/data/events.json`)).toContain('Tower 22')
    expect(await searchPages(origin)).toBeGreaterThan(before)
  })

  it('an article edited again, saved the same way, shows again', async () => {
    saveAsEditor(
      path.join(project, 'seeds', '2024-01-29-tower-22.md'),
      TOWER_22.replace('Drone kills three U.S. soldiers in Jordan', 'Drone strike on Tower 22 kills three soldiers'),
    )
    await untilShown(articles, 'Drone strike on Tower 22 kills three soldiers')
    expect(await get(`${origin}/events/2024-01-28-tower-22-attack/`)).toContain('Drone strike on Tower 22 kills three soldiers')
  })

  it('a correction in seeds/corrections.yaml shows on the open event page', async () => {
    writeFileSync(
      path.join(project, 'seeds', 'corrections.yaml'),
      ['- target: {event: 2023-10-18-al-tanf-attack}', '  note: "Noted while npm start was serving."', '  reason: "The watch test."', ''].join('\n'),
    )
    await untilShown(event, 'Noted while npm start was serving.')
  })

  it('a change to a knowledge file in src/data/ shows on the open event page', async () => {
    const gazetteer = path.join(project, 'src', 'data', 'gazetteer.yaml')
    saveAsEditor(gazetteer, readFileSync(gazetteer, 'utf8').replace('  name: Al-Tanf Garrison\n', '  name: Al-Tanf Garrison (renamed)\n'))
    await untilShown(event, 'Drone attack on Al-Tanf Garrison (renamed)')
  })

  it('a change to a template shows on the open page, and no stack trace was printed', async () => {
    const base = path.join(project, 'templates', '_includes', 'base.njk')
    saveAsEditor(base, readFileSync(base, 'utf8').replace('</body>', '<p>Changed while npm start was serving.</p>\n</body>'))
    await untilShown(home, 'Changed while npm start was serving.')
    expect(server.stderr()).not.toMatch(/rebuild failed/)
    expect(server.stderr()).not.toMatch(STACK_TRACE)
  })
})
