import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PROJECT_ROOT } from '../project-root.js'
import { renderOutputs } from '../render/render-outputs.js'
import type { SiteSettings } from '../render/site-links.js'
import type { Timeline } from '../site/timeline.js'

/** The event records' JSON Schema, published as it is in the repository. */
const EVENT_SCHEMA = path.join(PROJECT_ROOT, 'src', 'model', 'event.schema.json')

/** The site's pages as the sitemap lists them (`/`, `/events/x/`), sorted, from their output files (`events/x/index.html`); the 404 page is not one. */
function sitePages(files: Iterable<string>): string[] {
  return [...files]
    .filter((file) => file.endsWith('.html') && file !== '404.html' && !file.startsWith('pagefind/'))
    .map((file) => '/' + file.replace(/(^|\/)index\.html$/, '$1'))
    .sort()
}

/**
 * Writes everything besides the pages (`pages`: their output files) into the built site at `dir` (the staging folder):
 * feeds, open data, the records' schema, robots.txt and, with a site URL, the sitemap.
 * Returns the paths written, sorted.
 */
export async function writeSiteFiles(dir: string, pages: Iterable<string>, timeline: Timeline, settings: SiteSettings): Promise<string[]> {
  const files = renderOutputs(timeline, settings, sitePages(pages))
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.content)
  }
  await mkdir(path.join(dir, 'data'), { recursive: true })
  await copyFile(EVENT_SCHEMA, path.join(dir, 'data', 'event.schema.json'))
  return [...files.map((f) => f.path), 'data/event.schema.json'].sort()
}
