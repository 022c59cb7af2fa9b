import path from 'node:path'
import type { Timeline } from '../site/timeline.js'
import { handTimelineToEleventy } from './configure-eleventy.js'
import { createEleventy } from './create-eleventy.js'
import { forgetTemplates } from './forget-templates.js'
import { explainFilesystemError } from './output-error.js'
import type { SiteSettings } from './site-settings.js'

export interface RenderPagesOptions {
  /** Eleventy's input folder. */
  templatesDir: string
  /** The build's staging folder, where the pages go. */
  staging: string
  site: SiteSettings
  /** The timeline as planned (page-plan.ts): each paged list holds only the items whose page must be rendered. */
  timeline: Timeline
  /** The rendering version (page-plan.ts, `renderVersion`): a new one means the templates changed. */
  version: string
  /** The pages the plan renders, as output files: Eleventy writing fewer is an error in Salvo's code. */
  expected: string[]
}

/** The rendering version this process last rendered with: when the next differs, Eleventy's caches of the templates are stale. */
let lastVersion: string | null = null

/** The HTML pages Eleventy wrote, as output files relative to `dir` (`events/x/index.html`). */
function writtenPages(written: unknown, dir: string): Set<string> {
  const results = (Array.isArray(written) ? written.flat(3) : []) as { outputPath?: unknown }[]
  return new Set(
    results.flatMap((r) =>
      typeof r.outputPath === 'string' && r.outputPath.endsWith('.html') ? [path.relative(dir, r.outputPath).split(path.sep).join('/')] : [],
    ),
  )
}

/**
 * The build's render step: renders the planned pages with Eleventy into the staging folder, and returns
 * the HTML files it wrote, every one expected among them. The timeline goes to eleventy.config.js in memory (see loadTimeline there).
 * Eleventy and the pages it holds are let go when this returns, before the build writes feeds and data.
 *
 * What Eleventy prints (a template's error, with its stack) is printed once it is done, unless it
 * failed for a file system reason (a full disk): then the build's one sentence says it (output-error.ts).
 */
export async function renderPages(options: RenderPagesOptions): Promise<Set<string>> {
  const { staging } = options
  if (lastVersion !== null && lastVersion !== options.version) await forgetTemplates(options.templatesDir)
  lastVersion = options.version
  const eleventy = createEleventy({ templatesDir: options.templatesDir, outDir: staging, site: options.site })
  const printers = { log: console.log, info: console.info, warn: console.warn, error: console.error }
  const said: [keyof typeof printers, unknown[]][] = []
  const keep =
    (type: keyof typeof printers) =>
    (...args: unknown[]): void =>
      void said.push([type, args])
  // Eleventy's logger (src/Util/ConsoleLogger.js), which its types leave out, prints through the console it is given.
  const { logger } = eleventy as unknown as { logger: { overrideLogger(console: typeof printers): void } }
  logger.overrideLogger({ log: keep('log'), info: keep('info'), warn: keep('warn'), error: keep('error') })
  handTimelineToEleventy(options.timeline)
  let failure: unknown = null
  try {
    const written = writtenPages(await eleventy.write(), staging)
    const unwritten = options.expected.filter((file) => !written.has(file))
    if (unwritten.length > 0)
      throw new Error(
        `Eleventy did not write ${unwritten.slice(0, 3).join(', ')}${unwritten.length > 3 ? ` and ${unwritten.length - 3} more` : ''}: a page type's url in src/site/pages/ and the permalink Eleventy gave it disagree (src/publish/add-page-templates.ts makes one from the other, so this is a bug in Salvo).`,
      )
    return written
  } catch (error) {
    failure = error
    throw error
  } finally {
    handTimelineToEleventy(null)
    if (failure === null || explainFilesystemError(failure, staging) === null) for (const [type, args] of said) printers[type](...args)
    said.length = 0
  }
}
