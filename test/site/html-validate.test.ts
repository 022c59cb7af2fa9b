import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { HtmlValidate } from 'html-validate'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildFixture, type BuiltSite } from '../helpers/build-fixture.js'
import { listPages } from '../helpers/check-links.js'

// The recommended rules, minus the one that wants an upper-case DOCTYPE (TOOLCHAIN.md).
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off' } })

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
