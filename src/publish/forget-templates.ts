import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { filesUnder } from '../files-under.js'

/** The part of Eleventy's internal event bus (its `src/EventBus.js`, an EventEmitter) that this uses. */
interface EleventyEventBus {
  emit(event: string, ...args: unknown[]): boolean
}

/** Eleventy's own instance of its event bus: the module its `Eleventy.js` imports, by file, since the package does not export it. */
async function eleventyEventBus(): Promise<EleventyEventBus> {
  const eleventySource = path.dirname(createRequire(import.meta.url).resolve('@11ty/eleventy'))
  const module = (await import(pathToFileURL(path.join(eleventySource, 'EventBus.js')).href)) as { default: EleventyEventBus }
  return module.default
}

/**
 * Makes the next Eleventy of this process read the templates in `templatesDir` and `eleventy.config.js` afresh.
 *
 * Eleventy keeps what it read of each template and layout in caches that outlive an Eleventy instance, and
 * imports a template's `.11tydata.js` and its configuration once per process. Only its own watcher (`eleventy
 * --serve`) clears them, through an event bus it does not export. `npm start` builds again and again in one
 * process, each time with a new Eleventy (create-eleventy.ts), so after a template changed it would render the
 * old one. This sends the events Eleventy's watcher sends for a changed file, for every file there: Eleventy
 * 3.1.7 is pinned (package.json), and the watch test changes a template while `npm start` runs.
 */
export async function forgetTemplates(templatesDir: string): Promise<void> {
  const bus = await eleventyEventBus()
  const files = [...filesUnder(templatesDir), 'eleventy.config.js'].map((file) => path.relative('.', file))
  bus.emit(
    'eleventy.importCacheReset',
    files.filter((file) => /\.(js|cjs|mjs)$/.test(file)),
  )
  for (const file of files) bus.emit('eleventy.resourceModified', file, [], { viaConfigReset: false, relevantLayouts: [] })
}
