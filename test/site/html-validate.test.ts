import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { HtmlValidate } from 'html-validate'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildFixture, type BuiltSite } from '../helpers/build-fixture.js'
import { listPages } from '../helpers/check-links.js'

// The recommended rules, minus the one that wants an upper-case DOCTYPE (TOOLCHAIN.md).
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off' } })

/** Every html-validate message on every page under `root` (the search index aside), as `page:line:column rule: message`. */
async function problemsIn(root: string): Promise<{ pages: number; problems: string[] }> {
  const pages = (await listPages(root)).filter((page) => !page.startsWith('pagefind/'))
  const problems: string[] = []
  for (const page of pages) {
    const report = await validator.validateString(await readFile(path.join(root, page), 'utf8'), page)
    for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
  }
  return { pages: pages.length, problems }
}

describe('html-validate over every page of the seeds build', () => {
  let site: BuiltSite
  beforeAll(async () => {
    site = await buildFixture('seeds')
  })

  it('catches an error when there is one (the validator is really on)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>bad</div></p></body></html>')
    expect(report.valid).toBe(false)
  })

  it('finds no error on any page', async () => {
    const root = path.join(site.dir, '_site')
    const pages = await listPages(root)
    expect(pages.length).toBeGreaterThan(30)
    const problems: string[] = []
    for (const page of pages) {
      const report = await validator.validateString(await readFile(path.join(root, page), 'utf8'), page)
      for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
    }
    expect(problems).toEqual([])
  })
})

describe('html-validate over the subfolder and relative builds', () => {
  // A path prefix or relative links make Eleventy parse and re-serialize every page: check what comes out.
  it.each([
    ['--site-url https://example.org/salvo/', { siteUrl: 'https://example.org/salvo/' }],
    ['--relative', { relative: true }],
  ] as const)('finds no error on any page of a build with %s', async (_, site) => {
    const built = await buildFixture('seeds', { site })
    const { pages, problems } = await problemsIn(path.join(built.dir, '_site'))
    expect(pages).toBeGreaterThan(30)
    expect(problems).toEqual([])
  })
})
