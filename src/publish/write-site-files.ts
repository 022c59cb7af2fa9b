import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderOutputs } from '../render/render-outputs.js'
import type { SiteSettings } from '../render/site-links.js'
import type { Timeline } from '../timeline.js'

/** The event records' JSON Schema, published as it is in the repository. */
const EVENT_SCHEMA = fileURLToPath(new URL('../merge/event.schema.json', import.meta.url))

/** The pages under `dir` as the sitemap lists them (`/`, `/events/x/`), sorted; the 404 page is not one. */
export async function listSitePages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => '/' + path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((page) => page !== '/404.html' && !page.startsWith('/pagefind/'))
    .map((page) => page.replace(/(^|\/)index\.html$/, '$1'))
    .sort()
}

/**
 * Writes everything besides the pages into the built site at `dir` (the staging folder):
 * feeds, open data, the records' schema, robots.txt and, with a site URL, the sitemap.
 * Returns the paths written, sorted.
 */
export async function writeSiteFiles(dir: string, timeline: Timeline, settings: SiteSettings): Promise<string[]> {
  const files = renderOutputs(timeline, settings, await listSitePages(dir))
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.content)
  }
  await mkdir(path.join(dir, 'data'), { recursive: true })
  await copyFile(EVENT_SCHEMA, path.join(dir, 'data', 'event.schema.json'))
  return [...files.map((f) => f.path), 'data/event.schema.json'].sort()
}
