import { mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../scripts/bench/generate-corpus.js'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import { runPipeline } from '../../src/pipeline.js'
import { pageFingerprinter } from '../../src/publish/page-fingerprint.js'
import { planPages } from '../../src/publish/page-plan.js'
import { PAGE_TYPES, viewOf } from '../../src/site/page-types.js'
import { siteData } from '../../src/site/site-data.js'
import type { Timeline } from '../../src/site/timeline.js'
import { SCRATCH_ROOT } from '../helpers/scratch-root.js'

const entry = (id: string, summary = `Attack ${id}`) => ({ id, url: `/events/${id}/`, summary, status: { id: 'confirmed', label: 'Confirmed' } })
const day = (id: string, attacks: object[], context: object[] = []) => ({ id, heading: { text: id, datetime: id }, attacks, context })
const page = (entries: object[], extra: Record<string, unknown> = {}) => ({
  url: '/sites/x/',
  timeline: [{ id: 'm-2023-10', label: 'October 2023', counts: `${entries.length} attacks`, days: [day('d-2023-10-20', entries)] }],
  ...extra,
})

describe('page fingerprints', () => {
  it('are the same for equal pages, whether their entries are one object or copies, and in another build', () => {
    const shared = entry('a')
    const one = pageFingerprinter()
    const sameObject = one(['v', page([shared, entry('b')]), null])
    expect(one(['v', page([structuredClone(shared), entry('b')]), null])).toBe(sameObject)
    expect(pageFingerprinter()(['v', structuredClone(page([shared, entry('b')])), null])).toBe(sameObject)
  })

  it('change with anything a timeline page prints: an entry, a day, a month, another field, the shared part', () => {
    const fingerprint = (value: unknown, shared = 'v'): string => pageFingerprinter()([shared, value, null])
    const base = fingerprint(page([entry('a'), entry('b')]))
    const changed = [
      page([entry('a'), entry('b', 'Rocket attack b')]),
      page([entry('b'), entry('a')]),
      page([entry('a')]),
      { ...page([entry('a'), entry('b')]), timeline: [{ ...page([]).timeline[0], days: [day('d-2023-10-20', [entry('a')], [entry('b')])] }] },
      { ...page([entry('a'), entry('b')]), timeline: [{ ...page([entry('a'), entry('b')]).timeline[0], label: 'Oct. 2023' }] },
      {
        ...page([entry('a'), entry('b')]),
        timeline: [{ ...page([]).timeline[0], days: [{ ...day('d-2023-10-20', [entry('a'), entry('b')]), heading: { text: '21', datetime: '21' } }] }],
      },
      page([entry('a'), entry('b')], { pager: { summary: 'Page 1 of 2' } }),
    ]
    for (const value of changed) expect(fingerprint(value)).not.toBe(base)
    expect(fingerprint(page([entry('a'), entry('b')]), 'w')).not.toBe(base)
    // An entry changed after a build took its digest is a new object in the next build: a new fingerprinter sees it.
    const a = entry('a')
    const earlier = pageFingerprinter()(['v', page([a]), null])
    a.summary = 'Mortar attack a'
    expect(pageFingerprinter()(['v', page([a]), null])).not.toBe(earlier)
  })

  it('keep the parts of a page apart', () => {
    const fingerprint = pageFingerprinter()
    expect(fingerprint(['v', 'ab', null])).not.toBe(fingerprint(['v', 'a', 'b']))
    expect(fingerprint(['v', { timeline: [] }, null])).not.toBe(fingerprint(['v', { timeline: {} }, null]))
  })
})

describe('page fingerprints of a real site', () => {
  const dirs: string[] = []
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  /** Every paged page's item and lookup as JSON, by output file, as the fingerprint saw them before entries were hashed apart. */
  const pageJson = (timeline: Timeline): Map<string, string> => {
    const out = new Map<string, string>()
    for (const type of PAGE_TYPES) {
      const items = type.source.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], timeline) as unknown[]
      for (const item of items) out.set(type.url(item), JSON.stringify([item, type.lookup?.(item, viewOf(type, timeline)) ?? null]))
    }
    return out
  }

  it('change exactly for the pages whose item or lookup changed, when one event is retitled', async () => {
    const dir = mkdtempSync(path.join(SCRATCH_ROOT, 'salvo-fingerprint-'))
    dirs.push(dir)
    await generateCorpus(path.join(dir, 'seeds'), 120)
    const knowledge = loadKnowledge()
    const { timeline: data } = await runPipeline({ seedsDir: path.join(dir, 'seeds'), knowledge, cacheDir: null })
    const retitled = data.events.find((e) => e.type === 'attack' && e.location !== null)
    expect(retitled).toBeDefined()
    const before = siteData(data, knowledge)
    const after = siteData({ ...data, events: data.events.map((e) => (e === retitled ? { ...e, summary: `${e.summary} (retitled)` } : e)) }, knowledge)
    const urls = (plan: ReturnType<typeof planPages>): Map<string, string> => new Map([...plan.fingerprints].map(([file, fp]) => [file, fp]))
    const planned = [before, after, siteData(data, knowledge)].map((t) => urls(planPages(t, 'v', null, dir)))
    const [first, second, again] = planned as [Map<string, string>, Map<string, string>, Map<string, string>]
    // The same data twice, in two sets of objects: the same fingerprints.
    expect(again).toEqual(first)
    const jsonBefore = pageJson(before)
    const jsonAfter = pageJson(after)
    expect(first.size).toBe(jsonBefore.size)
    const changedJson = [...jsonBefore].filter(([url, json]) => jsonAfter.get(url) !== json).map(([url]) => url)
    const fileOf = (url: string): string => `${url.replace(/^\/+/, '')}index.html`
    const changedFingerprints = [...first].filter(([file, fp]) => second.get(file) !== fp).map(([file]) => file)
    // Pages of several kinds list the event: its own, the home timeline's, its site's, a facet's.
    expect(changedJson.length).toBeGreaterThan(4)
    expect(changedJson.length).toBeLessThan(jsonBefore.size)
    expect(changedFingerprints.sort()).toEqual(changedJson.map(fileOf).sort())
  }, 120_000)
})
