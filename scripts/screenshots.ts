// The README's screenshots, remade on purpose: `npx tsx scripts/screenshots.ts`. Builds 1,000 synthetic articles
// (scripts/bench/generate-corpus.ts, with regions and archived copies), serves the site and saves, at 1,280 × 900 in
// the light theme, the first screenful of the home page, an event page and the methods page, and the map with its key, into docs/.
// Uses Debian's Chromium (test/helpers/chromium.ts). Look at each PNG before committing it.
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildSite, defaultBuildOptions } from '../src/publish/build-site.js'
import { resolveSiteSettings } from '../src/publish/site-settings.js'
import { launchChromium } from '../test/helpers/chromium.js'
import { serveSite } from '../test/helpers/serve-site.js'
import { generateCorpus } from './bench/generate-corpus.js'

const ARTICLES = 1000
const VIEWPORT = { width: 1280, height: 900 }

const dir = await mkdtemp(path.join(tmpdir(), 'salvo-screenshots-'))
try {
  const seeds = path.join(dir, 'seeds')
  await generateCorpus(seeds, ARTICLES, undefined, { areas: true, archived: true })
  const result = await buildSite({
    ...defaultBuildOptions,
    seedsDir: seeds,
    outDir: path.join(dir, '_site'),
    dataFile: path.join(dir, 'timeline.json'),
    strict: false,
    log: () => undefined,
    site: resolveSiteSettings({}),
    cacheDir: null,
    pageCacheDir: null,
  })
  if (result.timeline === undefined) throw new Error('The synthetic corpus did not build; run `npm run build -- --seeds <folder>` on it to see why.')
  // An attack told by two or three reports, the first from an article with an archived copy, so that the first screenful
  // reaches its reports and shows the original and archived links; of those, the one with the most reports, then the first by id.
  const archived = new Set(result.timeline.articles.filter((a) => a.archived !== null).map((a) => a.path))
  const event = [...result.timeline.events]
    .filter((e) => e.type === 'attack' && e.reports.length >= 2 && e.reports.length <= 3 && archived.has(e.reports[0]?.article ?? ''))
    .sort((a, b) => b.reports.length - a.reports.length || a.id.localeCompare(b.id))[0]
  if (event === undefined) throw new Error('No attack in the synthetic corpus has an archived report.')
  const served = await serveSite(path.join(dir, '_site'))
  const browser = await launchChromium()
  try {
    // The map whole with its key (its frame), the others as a reader first sees them.
    for (const [name, url, element] of [
      ['site', '/', null],
      ['event', `/events/${event.id}/`, null],
      ['map', '/map/', 'figure.map'],
      ['methods', '/methods/', null],
    ] as const) {
      const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' })
      const page = await context.newPage()
      await page.goto(served.origin + url, { waitUntil: 'networkidle' })
      const file = path.join('docs', `${name}.png`)
      await (element === null ? page.screenshot({ path: file }) : page.locator(element).screenshot({ path: file }))
      console.log(`${file}: ${url}, ${((await stat(file)).size / 1024).toFixed(0)} KB`)
      await context.close()
    }
  } finally {
    await browser.close()
    await served.close()
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
