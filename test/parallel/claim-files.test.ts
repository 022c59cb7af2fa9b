import { describe, expect, it } from 'vitest'
import { listArticleFiles } from '../../src/ingest/read-articles.js'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import { processArticle, processClaimed, type ProcessedArticle } from '../../src/parallel/process-article.js'
import type { WorkerInput } from '../../src/parallel/process-articles.js'
import { runWorker } from '../../src/parallel/run-worker.js'
import { stableJson } from '../../src/model/stable-json.js'

describe('threads claim the files to extract from one shared counter', () => {
  const knowledge = loadKnowledge()

  it('processes each file once, whichever thread claims it, with the same result as one thread', async () => {
    const files = [...(await listArticleFiles('seeds', [])), ...(await listArticleFiles('test/fixtures/unseen', []))]
    expect(files.length).toBeGreaterThan(8)
    const alone: ProcessedArticle[] = []
    for (const file of files) alone.push(await processArticle(file, knowledge, {}))

    // A worker claims every file while this thread claims none; then this thread finds nothing left.
    const input: WorkerInput = { files, next: new Int32Array(new SharedArrayBuffer(4)), dataDir: knowledge.dir ?? '', today: null }
    const worker = await runWorker<[number, ProcessedArticle][]>(new URL('../../src/parallel/article-worker.ts', import.meta.url), input)
    expect(await processClaimed(files, input.next, knowledge, {})).toEqual([])
    expect(worker.map(([index]) => index)).toEqual(files.map((_, i) => i))
    expect(stableJson(worker.map(([, result]) => result))).toBe(stableJson(alone))

    // Claims taken in turn: one claim by "another thread", the rest here.
    const next = new Int32Array(new SharedArrayBuffer(4))
    const first = await processClaimed(files.slice(0, 8), new Int32Array(new SharedArrayBuffer(4)), knowledge, {})
    Atomics.add(next, 0, 8)
    const rest = await processClaimed(files, next, knowledge, {})
    expect([...first, ...rest].map(([index]) => index)).toEqual(files.map((_, i) => i))
    expect(stableJson([...first, ...rest].map(([, result]) => result))).toBe(stableJson(alone))

    // Both threads at once, on a fresh counter: between them every file exactly once, each with its one-thread result.
    // This thread starts claiming once the worker has made its first claim (else it takes every file while the worker
    // is still loading its code), so each claims while the other works.
    const shared: WorkerInput = { files, next: new Int32Array(new SharedArrayBuffer(4)), dataDir: knowledge.dir ?? '', today: null }
    const [theirs, ours] = await Promise.all([
      runWorker<[number, ProcessedArticle][]>(new URL('../../src/parallel/article-worker.ts', import.meta.url), shared),
      (async () => {
        while (Atomics.load(shared.next, 0) === 0) await new Promise((resolve) => setTimeout(resolve, 1))
        return processClaimed(files, shared.next, knowledge, {})
      })(),
    ])
    expect(theirs.length).toBeGreaterThan(0)
    expect(ours.length).toBeGreaterThan(0)
    const both = [...theirs, ...ours].sort(([a], [b]) => a - b)
    expect(both.map(([index]) => index)).toEqual(files.map((_, i) => i))
    expect(stableJson(both.map(([, result]) => result))).toBe(stableJson(alone))
  })
})
