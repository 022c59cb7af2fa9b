import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'

/** Pagefind's own ready-made interfaces: Salvo ships a small search page of its own (`public/search.js`), so these are never loaded. */
const UNUSED_UI_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-highlight.js',
]

/** The pages that can be search results: events, articles, and the first page of each site, group and outlet. */
export const INDEXED_PAGES = '{events,articles,sites,groups,sources}/**/*.html'

/**
 * Indexes the built pages in `siteDir` with Pagefind (its Node API, offline) and writes the
 * index into `siteDir/pagefind/`. Only pages marked `data-pagefind-body` are indexed (events,
 * articles, and the headings of site, group and outlet pages). Pagefind computes result
 * URLs at search time from where `pagefind.js` is served, so one index works at any path
 * prefix. The same pages give the same bytes (checked by the reproducibility test).
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({})
  try {
    if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    // Only the folders whose pages carry `data-pagefind-body`: Pagefind would read every other page (the timeline's
    // pages, filters, indexes) only to leave it out, and at 10,000 articles that reading was a third of its time.
    const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES })
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    await Promise.all(UNUSED_UI_FILES.map((file) => rm(path.join(siteDir, 'pagefind', file), { force: true })))
    // `added.page_count` counts every page seen; the entry file says how many were indexed.
    const entry = JSON.parse(await readFile(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) }
  } finally {
    // The service is a child process: stop it, so a finished build leaves nothing running.
    await pagefind.close()
  }
}
