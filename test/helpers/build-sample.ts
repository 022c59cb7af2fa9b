import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { cleanArticle } from '../../src/clean/clean-article.js'
import { readArticles } from '../../src/ingest/read-articles.js'
import type { TimelineEvent } from '../../src/model/event.js'
import { runPipeline } from '../../src/pipeline.js'
import { handTimelineToEleventy } from '../../src/publish/configure-eleventy.js'
import { createEleventy } from '../../src/publish/create-eleventy.js'
import { defaultSiteSettings } from '../../src/publish/site-settings.js'
import { writeDataFile } from '../../src/publish/write-data-file.js'
import { renderArticleBody } from '../../src/render/render-article-body.js'
import { siteData } from '../../src/site/site-data.js'
import { timelineData, type Timeline } from '../../src/site/timeline.js'
import type { BuiltSite } from './build-fixture.js'

/** Hand-written events about the seed articles, quoting their sentences at real offsets: the site's development data until extraction lands. */
export const SAMPLE_EVENTS = 'test/fixtures/sample-events.json'

/** The seeds' timeline with the sample events (or `events`) in place of extracted ones, derived through the same render functions as the pipeline. */
export async function sampleTimeline(seedsDir = 'seeds', given?: TimelineEvent[]): Promise<Timeline> {
  const events = given ?? (JSON.parse(await readFile(SAMPLE_EVENTS, 'utf8')) as TimelineEvent[])
  const { timeline } = await runPipeline({ seedsDir })
  const articles = new Map((await readArticles(seedsDir)).articles.map((a) => [a.id, cleanArticle(a)]))
  const records = timeline.articles.map((record) => {
    const article = articles.get(record.path)
    if (article === undefined) throw new Error(`The pipeline returned ${record.path}, which reading ${seedsDir}/ again did not.`)
    return {
      ...record,
      html: renderArticleBody(article, events),
      events: events.filter((e) => e.reports.some((r) => r.article === record.path)).map((e) => e.id),
    }
  })
  return siteData({ ...timeline, articles: records, events })
}

/** Renders a timeline with Eleventy into `outDir`, made as `buildSite` makes it (create-eleventy.ts), hosted at a domain's root, and writes its data file. */
export async function renderTimeline(timeline: Timeline, dataFile: string, outDir: string): Promise<void> {
  await writeDataFile(dataFile, timelineData(timeline))
  handTimelineToEleventy(timeline)
  try {
    await createEleventy({ templatesDir: 'templates', outDir, site: defaultSiteSettings }).write()
  } finally {
    handTimelineToEleventy(null)
  }
}

/** Builds the sample site into a fresh temporary folder. */
export async function buildSample(): Promise<BuiltSite> {
  const dir = await mkdtemp(path.join(tmpdir(), 'salvo-sample-'))
  const timeline = await sampleTimeline()
  await renderTimeline(timeline, path.join(dir, 'timeline.json'), path.join(dir, '_site'))
  return {
    dir,
    result: {
      ok: true,
      diagnostics: timeline.diagnostics,
      articles: timeline.articles.length,
      events: timeline.events.length,
      extraction: { extracted: timeline.articles.length, cached: 0 },
      pages: 0,
      timeline,
    },
    log: [],
    read: (file) => readFile(path.join(dir, '_site', file), 'utf8'),
  }
}

// `npx tsx test/helpers/build-sample.ts [outDir]` builds the sample site for a look in a browser.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const out = process.argv[2] ?? '_site'
  await renderTimeline(await sampleTimeline(), 'build/sample-timeline.json', out)
  process.stderr.write(`Salvo: built the sample site into ${out}/.\n`)
}
