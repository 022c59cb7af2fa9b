import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildSite, type BuildOptions, type BuildResult } from '../../src/publish/build-site.js'
import { resolveSiteSettings, type SiteSettingsInput } from '../../src/publish/site-settings.js'
import type { Timeline } from '../../src/site/timeline.js'

export interface BuiltSite {
  dir: string
  result: BuildResult
  log: string[]
  /** Reads a built file, e.g. `index.html` or `articles/x/index.html`. */
  read: (file: string) => Promise<string>
}

/** Builds a real site from `seedsDir` into a fresh temporary folder; `site` sets the hosting as the build command's flags would (site URL, path prefix, relative links). */
export async function buildFixture(
  seedsDir: string,
  options: { strict?: boolean; site?: SiteSettingsInput; build?: Partial<BuildOptions> } = {},
): Promise<BuiltSite> {
  const dir = await mkdtemp(path.join(tmpdir(), 'salvo-site-'))
  const log: string[] = []
  const result = await buildSite({
    seedsDir,
    outDir: path.join(dir, '_site'),
    dataFile: path.join(dir, 'timeline.json'),
    strict: options.strict ?? false,
    log: (line) => log.push(line),
    site: resolveSiteSettings(options.site ?? {}),
    ...options.build,
  })
  return { dir, result, log, read: (file) => readFile(path.join(dir, '_site', file), 'utf8') }
}

/** The timeline a successful build rendered, views included (the data file leaves the views out). */
export function timelineOf(site: BuiltSite): Timeline {
  if (site.result.timeline === undefined) throw new Error(`The build into ${site.dir} did not succeed, so it has no timeline: ${site.log.join(' ')}`)
  return site.result.timeline
}
