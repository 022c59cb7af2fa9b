// Issue 21, edit to page: `npm start` keeps what its last build's pipeline made (src/pipeline-memo.ts) beside the
// extraction cache it keeps in memory, and makes again only what an edit changed. Each edit below is made to the
// article files and the corrections, one after another, as an editor makes them while npm start runs; after each,
// the pipeline with the kept memo and cache must give what a build from scratch (no cache, no memo) gives, byte for
// byte. A kept result that reads something it does not list as an input would be stale here.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../scripts/bench/generate-corpus.js'
import { residentCache } from '../../src/cache/resident-cache.js'
import type { Knowledge } from '../../src/knowledge/knowledge.js'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import { runPipeline, type PipelineResult } from '../../src/pipeline.js'
import { pipelineMemo } from '../../src/pipeline-memo.js'
import { SCRATCH_ROOT } from '../helpers/scratch-root.js'

describe('the pipeline kept between builds', () => {
  let dir: string
  let seeds: string
  let knowledge: Knowledge

  beforeAll(async () => {
    dir = mkdtempSync(path.join(SCRATCH_ROOT, 'salvo-pipeline-memo-'))
    seeds = path.join(dir, 'seeds')
    await generateCorpus(seeds, 120)
    knowledge = loadKnowledge()
  }, 120_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const bytes = (result: PipelineResult): string => JSON.stringify({ timeline: result.timeline, diagnostics: result.diagnostics })

  it('gives what a build from scratch gives after each of a series of edits', async () => {
    const memo = pipelineMemo()
    const openCache = residentCache()
    const resident = (): Promise<PipelineResult> =>
      runPipeline({ seedsDir: seeds, knowledge, cacheDir: path.join(dir, 'cache'), openCache, memo, today: '2024-06-01', threads: 0 })
    const fresh = (): Promise<PipelineResult> => runPipeline({ seedsDir: seeds, knowledge, cacheDir: null, today: '2024-06-01', threads: 0 })

    const files = readdirSync(seeds)
      .filter((f) => f.endsWith('.md'))
      .sort()
    const file = (name: string): string => path.join(seeds, name)
    const read = (name: string): string => readFileSync(file(name), 'utf8')
    const original = new Map(files.map((f) => [f, read(f)]))
    const [first, second, third, fourth] = files as [string, string, string, string]
    const body = (text: string): string => text.slice(text.indexOf('\n---\n') + 5)
    const frontMatter = (text: string): string => text.slice(0, text.indexOf('\n---\n') + 5)
    const firstResult = await fresh()
    // An article that joined another's event: the event's merge reasons name it by its title.
    const joined = firstResult.timeline.events.find((e) => e.mergeReasons.length > 0 && e.reports.length > 1)
    const retitled = path.basename(joined?.reports[1]?.article ?? first)
    const anEvent = firstResult.timeline.events.find((e) => e.type === 'attack' && e.reports.length > 1)
    expect(anEvent).toBeDefined()
    // A day as YYYY-MM-DD, one before `day`: a corrected day reaches the bodies of the event's articles.
    const dayBefore = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

    const edits: [string, () => void][] = [
      ['nothing changed', () => undefined],
      ['an article retitled', () => writeFileSync(file(retitled), read(retitled).replace(/^title: .*$/m, 'title: "Retitled by an editor"'))],
      // Its reports now tell another article's events: the events it leaves and joins change.
      ['an article telling other events', () => writeFileSync(file(second), frontMatter(read(second)) + body(read(third)))],
      ['an article removed', () => rmSync(file(fourth))],
      // Another outlet's copy of an article, published later: copy detection counts its reports toward the first outlet.
      [
        'a copy of an article added',
        () =>
          writeFileSync(
            file('zz-copy.md'),
            `---\ntitle: "A copy"\nsource: Copying Courier (synthetic)\nurl: https://example.org/copy\ndate: 2024-01-30\n---\n${body(read(third))}`,
          ),
      ],
      [
        'a correction added',
        () =>
          writeFileSync(
            file('corrections.yaml'),
            `- target: {event: ${anEvent?.id}}\n  set: {status: denied, date: ${dayBefore(anEvent?.date ?? '')}}\n  reason: "The ministry denied it, and gave the day before."\n`,
          ),
      ],
      ['the correction removed', () => rmSync(file('corrections.yaml'))],
      [
        'back as it was',
        () => {
          rmSync(file('zz-copy.md'))
          for (const [name, text] of original) writeFileSync(file(name), text)
        },
      ],
    ]

    let last = await resident()
    expect(bytes(last)).toBe(bytes(firstResult))
    for (const [what, edit] of edits) {
      edit()
      const kept = await resident()
      expect(bytes(kept), what).toBe(bytes(await fresh()))
      if (what === 'nothing changed') {
        // Kept, not made again: the same objects as the last build's.
        expect(kept.timeline.events[0], what).toBe(last.timeline.events[0])
      }
      last = kept
    }
  }, 300_000)
})
