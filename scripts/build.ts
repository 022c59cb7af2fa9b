import { parseArgs } from 'node:util'
import { buildSite } from '../src/publish/build-site.js'
import { DEFAULT_PATHS, extractionCacheIn, knowledgeCacheIn, pageCacheIn } from '../src/publish/default-paths.js'
import { escapeTerminalLines } from '../src/escape-terminal.js'
import { KnowledgeError } from '../src/knowledge/load-knowledge.js'
import { OutputError } from '../src/publish/output-error.js'
import { resolveSiteSettings, SiteSettingsError, type SiteSettings } from '../src/publish/site-settings.js'
import { buildDay } from './build-day.js'
import { readCommandLine } from './command-line.js'

const USAGE = `Usage: npm run build -- [options]
Builds the site from the articles into ${DEFAULT_PATHS.out}/, which is replaced only when every step succeeded.
It replaces only a folder Salvo made (one holding a .salvo-site file), an empty one or a new one,
and one build at a time: a second build into the same folder waits for the first (up to 5 minutes).

  --seeds DIR          the articles (default: ${DEFAULT_PATHS.seeds})
  --out DIR            the site (default: ${DEFAULT_PATHS.out})
  --data FILE          the timeline as one JSON file (default: ${DEFAULT_PATHS.data})
  --cache DIR          extraction results, the checked knowledge and the last build's pages (default: ${DEFAULT_PATHS.cache})
  --no-cache           extract every article, render every page and index every shard afresh
  --strict             build nothing if any article has an error or a warning
  --site-url URL       the public address: canonical links, sitemap.xml, absolute feed links (or SALVO_SITE_URL)
  --path-prefix PATH   the subfolder the site is served from, e.g. /salvo/
  --relative           links relative to each page, so the site opens from disk
  --help               this text`

const { values } = readCommandLine(USAGE, () =>
  parseArgs({
    options: {
      strict: { type: 'boolean', default: false },
      seeds: { type: 'string', default: DEFAULT_PATHS.seeds },
      out: { type: 'string', default: DEFAULT_PATHS.out },
      'no-cache': { type: 'boolean', default: false },
      // The cache folder: extraction results in extract/, the checked knowledge in knowledge/, the record of the last build's pages in pages/.
      cache: { type: 'string', default: DEFAULT_PATHS.cache },
      data: { type: 'string', default: DEFAULT_PATHS.data },
      // Hosting (README, "Publishing"): a subfolder, the public address, or links that work from disk.
      'path-prefix': { type: 'string' },
      'site-url': { type: 'string' },
      relative: { type: 'boolean', default: false },
    },
  }),
)

let site: SiteSettings
try {
  site = resolveSiteSettings({ siteUrl: values['site-url'] ?? null, pathPrefix: values['path-prefix'] ?? null, relative: values.relative }, process.env)
} catch (error) {
  if (!(error instanceof SiteSettingsError)) throw error
  process.stderr.write(`Salvo: nothing was built and ${values.out}/ was left as it was. ${escapeTerminalLines(error.message)}\n`)
  process.exit(1)
}

try {
  const result = await buildSite({
    strict: values.strict,
    seedsDir: values.seeds,
    outDir: values.out,
    dataFile: values.data,
    site,
    today: buildDay(),
    cacheDir: values['no-cache'] ? null : extractionCacheIn(values.cache),
    knowledgeCacheDir: values['no-cache'] ? null : knowledgeCacheIn(values.cache),
    pageCacheDir: values['no-cache'] ? null : pageCacheIn(values.cache),
  })
  process.exitCode = result.ok ? 0 : 1
} catch (error) {
  if (error instanceof KnowledgeError) {
    process.stderr.write(
      `Salvo: a knowledge file is malformed, so nothing was built and ${values.out}/ was left as it was.\n  ${escapeTerminalLines(error.message)}\n`,
    )
    process.exit(1)
  }
  // The output folder or the disk under it (src/publish/output-error.ts): one sentence with the path and the fix, no stack trace.
  if (error instanceof OutputError) {
    process.stderr.write(`Salvo: ${escapeTerminalLines(error.message)}\n`)
    process.exit(1)
  }
  process.stderr.write(
    `Salvo: the build failed and ${values.out}/ was left as it was.\n${escapeTerminalLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
  )
  process.exitCode = 1
}
