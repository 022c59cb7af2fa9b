import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildFixture, type BuiltSite } from '../helpers/build-fixture.js'
import { checkLinks, listPages } from '../helpers/check-links.js'

describe('the internal link checker', () => {
  it('reports a missing page and a missing anchor, and accepts good ones', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'salvo-links-'))
    await mkdir(path.join(root, 'a'))
    await writeFile(
      path.join(root, 'index.html'),
      '<a href="/a/">ok</a> <a href="/a/#here">ok</a> <a href="/b/">gone</a> <a href="/a/#nowhere">gone</a> <a href="https://example.org/">external</a>',
    )
    await writeFile(path.join(root, 'a', 'index.html'), '<p id="here">x</p><a href="../">up</a>')
    const { checked, broken } = await checkLinks(root)
    expect(checked).toBe(5)
    expect(broken.map((b) => b.href)).toEqual(['/b/', '/a/#nowhere'])
  })
})

describe('every internal link of the seeds build', () => {
  let site: BuiltSite
  beforeAll(async () => {
    site = await buildFixture('seeds')
  })

  it('leads to a page that exists, and to an element with the fragment id', async () => {
    const root = path.join(site.dir, '_site')
    expect((await listPages(root)).length).toBeGreaterThan(30)
    const { checked, broken } = await checkLinks(root)
    expect(checked).toBeGreaterThan(500)
    expect(broken).toEqual([])
  })
})
