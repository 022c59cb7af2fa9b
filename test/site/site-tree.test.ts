import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPipeline } from '../../src/pipeline.js'
import { siteData } from '../../src/site/site-data.js'
import { stableJson } from '../../src/model/stable-json.js'
import { buildFixture } from '../helpers/build-fixture.js'
import { shippedKnowledge } from '../helpers/extract-text.js'
import { hashTree } from '../helpers/hash-tree.js'

/** Compares `actual` with a golden file, which only `UPDATE=1` (never in CI) rewrites. */
function expectGolden(golden: string, actual: string): void {
  if (process.env.UPDATE === '1' && process.env.CI !== 'true') writeFileSync(golden, actual)
  expect(existsSync(golden), `${golden} is missing; make it on purpose with UPDATE=1`).toBe(true)
  expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

describe("the seeds' site, byte for byte (regenerate on purpose with UPDATE=1, never in CI)", () => {
  it('every file of a fresh build of seeds/ has the hash in test/golden/site-tree.json', async () => {
    // A site URL with a folder, so feeds, the sitemap and every link carry their absolute and prefixed forms.
    const site = await buildFixture('seeds', { site: { siteUrl: 'https://example.org/salvo/' }, build: { cacheDir: null, pageCacheDir: null } })
    expect(site.result.ok, site.log.join('\n')).toBe(true)
    const hashes = await hashTree(path.join(site.dir, '_site'))
    expect(Object.keys(hashes).length).toBeGreaterThan(100)
    expectGolden('test/golden/site-tree.json', stableJson(hashes))
  })

  it('seeds/ with a correction of every kind gives the timeline, views included, hashed in test/golden/corrected-timeline.json', async () => {
    // Pages are laid out from the timeline's views, so this guards what corrections do to every page without a second build.
    const { timeline: data } = await runPipeline({
      seedsDir: 'seeds',
      correctionsFile: 'test/fixtures/site-tree/corrections.yaml',
      knowledge: shippedKnowledge(),
      cacheDir: null,
    })
    const timeline = siteData(data, shippedKnowledge())
    expect(timeline.corrections.map((c) => c.result)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied', 'applied', 'no-target'])
    const parts: Record<string, unknown> = {
      articles: timeline.articles,
      events: timeline.events,
      corrections: timeline.corrections,
      diagnostics: timeline.diagnostics,
      ...Object.fromEntries(Object.entries(timeline.views).map(([k, v]) => [`views.${k}`, v])),
    }
    expectGolden('test/golden/corrected-timeline.json', stableJson(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, sha256(stableJson(v))]))))
  })
})
