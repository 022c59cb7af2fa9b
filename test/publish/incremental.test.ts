import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSite, type BuildResult } from '../../src/publish/build-site.js'
import { manifestFile } from '../../src/publish/page-plan.js'
import { planBuild } from '../../src/publish/plan-build.js'
import { touchedPages } from '../../src/publish/touched-pages.js'
import { resolveSiteSettings, type SiteSettingsInput } from '../../src/publish/site-settings.js'
import { PAGE_TYPES } from '../../src/site/page-types.js'
import { hashTree } from '../helpers/hash-tree.js'
import { SCRATCH_ROOT } from '../helpers/scratch-root.js'

const ADDED = 'test/fixtures/unseen/2023-10-19-drones-target-tanf-and-assad.md'

const workspaces: string[] = []
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true })
})

/** A working folder with a copy of seeds/ and a held-out corpus to edit, and builds into it that keep their caches (as `npm run build` does). */
function workspace() {
  // In tmpfs where there is one (SCRATCH_ROOT), so the comparisons with a build from scratch also cover the order pages are made in.
  const dir = mkdtempSync(path.join(SCRATCH_ROOT, 'salvo-incremental-'))
  workspaces.push(dir)
  const seeds = path.join(dir, 'seeds')
  cpSync('seeds', seeds, { recursive: true })
  // Articles over several months, so the search index has several month shards.
  cpSync('test/fixtures/unseen-2', seeds, { recursive: true, filter: (file) => !/README|\.yaml$/.test(path.basename(file)) })
  let scratches = 0
  const build = async (out: string, options: { pageCache?: boolean; site?: SiteSettingsInput } = {}): Promise<BuildResult> => {
    const result = await buildSite({
      seedsDir: seeds,
      outDir: path.join(dir, out),
      dataFile: path.join(dir, `${out}.json`),
      cacheDir: path.join(dir, 'cache', 'extract'),
      // Without the page cache, no other kept work either (the knowledge, the base maps): a build from scratch.
      knowledgeCacheDir: options.pageCache === false ? null : path.join(dir, 'cache', 'knowledge'),
      pageCacheDir: options.pageCache === false ? null : path.join(dir, 'cache', 'pages'),
      site: resolveSiteSettings(options.site ?? { siteUrl: 'https://example.org/salvo/' }),
      // Small shards, so a handful of articles gives a search index in several shards, as 10,000 do.
      searchShardPages: 4,
      log: () => undefined,
    })
    expect(result.ok).toBe(true)
    return result
  }
  /** A build of the same input from nothing, into a new folder, without the page cache: what the incremental build must equal. */
  const fromScratch = async (site?: SiteSettingsInput): Promise<Record<string, string>> => {
    const out = `scratch-${++scratches}`
    await build(out, { pageCache: false, ...(site ? { site } : {}) })
    return hashTree(path.join(dir, out))
  }
  return { dir, seeds, build, fromScratch, tree: () => hashTree(path.join(dir, '_site')) }
}

describe('incremental page rendering', () => {
  it('after adding an article, renders only the pages that changed, and the site equals a build from scratch', async () => {
    const w = workspace()
    const first = await w.build('_site')
    expect(first.rendered).toBe(first.pages)
    cpSync(ADDED, path.join(w.seeds, path.basename(ADDED)))
    const second = await w.build('_site')
    expect(second.pages).toBeGreaterThan(first.pages)
    // The new article's page and the pages that list it, not every page; its month's shard of the search index, not every shard.
    expect(second.rendered).toBeGreaterThan(0)
    expect(second.rendered).toBeLessThan(second.pages)
    expect(second.searchShards?.total).toBeGreaterThan(2)
    expect(second.searchShards?.indexed).toBeGreaterThan(0)
    expect(second.searchShards?.indexed).toBeLessThan(second.searchShards?.total ?? 0)
    expect(await w.tree()).toEqual(await w.fromScratch())
    // The replaced output went to the page cache's trash, for the next build to remove while its pipeline runs.
    const trash = path.join(w.dir, 'cache', 'pages', 'trash')
    expect(readdirSync(trash)).toHaveLength(1)
    const [earlier] = readdirSync(trash)
    await w.build('_site')
    expect(readdirSync(trash)).toHaveLength(1)
    expect(readdirSync(trash)).not.toContain(earlier)
  }, 120_000)

  it('after removing an article, editing one and adding a correction, the site equals a build from scratch', async () => {
    const w = workspace()
    await w.build('_site')
    const files = (await readdir(w.seeds)).filter((f) => f.endsWith('.md')).sort()
    rmSync(path.join(w.seeds, files[0] ?? ''))
    const edited = path.join(w.seeds, files[1] ?? '')
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "An edited headline"'))
    writeFileSync(
      path.join(w.seeds, 'corrections.yaml'),
      '- target: {event: 2023-10-18-al-tanf-attack}\n  note: "Checked against CENTCOM\'s statement."\n  reason: "Editor\'s check."\n',
    )
    const second = await w.build('_site')
    expect(second.rendered).toBeLessThan(second.pages)
    expect(await w.tree()).toEqual(await w.fromScratch())
    expect(readFileSync(path.join(w.dir, '_site', 'events', '2023-10-18-al-tanf-attack', 'index.html'), 'utf8')).toContain('Checked against CENTCOM')
  }, 120_000)

  it('renders every page again when the hosting changes, and restores a page edited by hand in the output', async () => {
    const w = workspace()
    await w.build('_site')
    const prefixed = await w.build('_site', { site: { pathPrefix: '/salvo/' } })
    expect(prefixed.rendered).toBe(prefixed.pages)
    expect(await w.tree()).toEqual(await w.fromScratch({ pathPrefix: '/salvo/' }))

    const page = path.join(w.dir, '_site', 'events', '2023-10-18-al-tanf-attack', 'index.html')
    const before = readFileSync(page, 'utf8')
    writeFileSync(page, before.replace('</main>', '<p>tampered</p></main>'))
    const again = await w.build('_site', { site: { pathPrefix: '/salvo/' } })
    expect(again.rendered).toBeGreaterThan(0)
    expect(again.rendered).toBeLessThan(again.pages)
    expect(readFileSync(page, 'utf8')).toBe(before)
  }, 120_000)
})

describe("the build worker's look at the served pages", () => {
  // A build has its worker look at every page the last build recorded while the pipeline runs (touchedPages), and the
  // plan takes that answer for the manifest it read, or looks itself. A page edited by hand must be found either way.
  it('finds a page edited by hand in the output, and the plan takes its answer only for the same manifest', async () => {
    const w = workspace()
    const first = await w.build('_site')
    const outDir = path.join(w.dir, '_site')
    const manifest = manifestFile(path.join(w.dir, 'cache', 'pages'), outDir)
    const edited = 'events/2023-10-18-al-tanf-attack/index.html'
    expect(await touchedPages(manifest, outDir)).toMatchObject({ touched: [] })
    const page = path.join(outDir, edited)
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>tampered</p></main>'))
    const found = await touchedPages(manifest, outDir)
    expect(found.touched).toEqual([edited])
    expect(found.stamp).not.toBeNull()

    const timeline = first.timeline
    if (timeline === undefined) throw new Error('A build returns its timeline.')
    const plan = (touched: { stamp: string | null; touched: string[] } | null) =>
      planBuild({
        timeline,
        templatesDir: 'templates',
        site: resolveSiteSettings({ siteUrl: 'https://example.org/salvo/' }),
        outDir,
        staging: path.join(w.dir, 'staging'),
        pageCacheDir: path.join(w.dir, 'cache', 'pages'),
        touched: Promise.resolve(touched),
      })
    // The worker's answer is what the plan goes by: the page is rendered again, and only it.
    expect((await plan(found)).pages.render).toEqual([edited])
    // So an answer that missed it would reuse it: the answer matters.
    expect((await plan({ ...found, touched: [] })).pages.render).toEqual([])
    // An answer about another manifest, or none, and the plan looks at each page itself.
    expect((await plan({ stamp: 'another manifest', touched: [] })).pages.render).toEqual([edited])
    expect((await plan(null)).pages.render).toEqual([edited])
    // And a build puts the page back as the last build wrote it.
    await w.build('_site')
    expect(await w.tree()).toEqual(await w.fromScratch())
  }, 120_000)
})

describe('what paged templates read', () => {
  /** `timeline.x.y` paths a template file reads, as `timeline.…` in Nunjucks or `data.timeline.…` in code. */
  const readsOf = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/(?<![.\w$])(?:data\.)?timeline\.([\w.]+)/g)].map((m) => m[1] ?? '')

  it("every timeline value a page type's layout (_includes/pages/), the base layout or the macros print is declared in its PageType", () => {
    const shared = [...readsOf('templates/_includes/base.njk'), ...readsOf('templates/_includes/macros.njk')]
    for (const paged of PAGE_TYPES) {
      const own = [`templates/_includes/pages/${paged.template}.njk`].flatMap((file) => {
        try {
          return readsOf(file)
        } catch {
          return []
        }
      })
      const declared = [paged.source, ...paged.reads, ...(paged.lookup ? [`views.${paged.view}`] : [])]
      const missing = [...new Set([...own, ...shared])].filter((read) => !declared.some((d) => read === d || read.startsWith(`${d}.`)))
      expect(missing, `${paged.template}.njk prints timeline values its pages' fingerprints leave out`).toEqual([])
    }
    // The check reads the layout and the data files: it would pass vacuously if they stopped naming timeline values this way.
    expect(shared).toContain('views.siteFeed')
    expect(readsOf('templates/_includes/pages/article.njk')).toContain('views.articles')
  })

  it('no template reads a paginated list but the template that pages through it, since a rebuild cuts those lists down', () => {
    const sources = PAGE_TYPES.map((p) => p.source)
    const owner = new Map(PAGE_TYPES.map((p) => [p.source, p.template]))
    for (const file of readdirSync('templates', { recursive: true })
      .map(String)
      .filter((f) => /\.(njk|js)$/.test(f))) {
      const template = path.basename(file).replace(/\.(11tydata\.js|njk)$/, '')
      for (const read of readsOf(path.join('templates', file))) {
        const list = sources.find((source) => read === source || read.startsWith(`${source}.`))
        if (list !== undefined) expect(owner.get(list), `${file} reads timeline.${read}`).toBe(template)
      }
    }
    for (const paged of PAGE_TYPES) expect(paged.reads.filter((read) => sources.some((source) => read === source || read.startsWith(`${source}.`)))).toEqual([])
  })

  it("no template prints Eleventy's pagination numbers or collections, which change when only some pages are rendered", () => {
    const files = readdirSync('templates', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.njk') || f.endsWith('.js'))
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const text = readFileSync(path.join('templates', file), 'utf8')
      expect(text, file).not.toMatch(/\bpagination\.(pageNumber|hrefs|href|pages|items)|\bcollections\./)
    }
  })
})
