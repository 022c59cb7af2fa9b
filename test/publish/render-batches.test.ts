import { describe, expect, it } from 'vitest'
import { renderBatches } from '../../src/publish/render-batches.js'
import { PAGE_TYPES } from '../../src/site/page-types.js'
import type { Timeline } from '../../src/site/timeline.js'
import { sampleTimeline } from '../helpers/build-sample.js'

/** Each page type's items in a timeline, by its source. */
const listsOf = (timeline: Timeline): unknown[][] =>
  PAGE_TYPES.map((type) => type.source.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], timeline) as unknown[])

describe('renderBatches', () => {
  it('cuts the pages into runs of at most the size, each page in exactly one run, in order', async () => {
    const timeline = await sampleTimeline()
    const all = listsOf(timeline).flat()
    const batches = renderBatches(timeline, ['all-of-them'], 10)
    expect(batches.length).toBe(Math.ceil(all.length / 10))
    for (const batch of batches) expect(batch.expected.length).toBeLessThanOrEqual(10)
    expect(batches.flatMap((b) => listsOf(b.timeline).flat())).toEqual(all)
    expect(new Set(batches.flatMap((b) => b.expected)).size).toBe(all.length)
    // Everything besides the lists is the timeline's own.
    for (const batch of batches) expect(batch.timeline.views.summary).toBe(timeline.views.summary)
  })

  it('with a rank, puts the pages of a lower rank in the earlier runs, the rest in their order', async () => {
    const timeline = await sampleTimeline()
    const files = renderBatches(timeline, [], 10).flatMap((b) => b.expected)
    // Every third page first: a shard's pages, say.
    const first = new Set(files.filter((_, i) => i % 3 === 0))
    const batches = renderBatches(timeline, [], 10, (file) => (first.has(file) ? 0 : 1))
    const ranked = batches.flatMap((b) => b.expected)
    expect(ranked).toEqual([...files.filter((f) => first.has(f)), ...files.filter((f) => !first.has(f))])
    expect(batches.flatMap((b) => listsOf(b.timeline).flat()).length).toBe(files.length)
    for (const batch of batches) expect(batch.expected.length).toBeLessThanOrEqual(10)
  })

  it('gives a site within the size as it is, with the files it was given', async () => {
    const timeline = await sampleTimeline()
    const [only, ...rest] = renderBatches(timeline, ['a.html', 'b.html'], 100_000)
    expect(rest).toEqual([])
    expect(only?.timeline).toBe(timeline)
    expect(only?.expected).toEqual(['a.html', 'b.html'])
  })
})
