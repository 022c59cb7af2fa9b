import { describe, expect, it } from 'vitest'
import { startWorker } from '../../src/parallel/run-worker.js'

describe('a started worker', () => {
  it('gives each of several requests sent at once its own answer, in turn', async () => {
    const worker = startWorker<number, { echo: number }>(new URL('../fixtures/workers/echo-worker.ts', import.meta.url))
    try {
      const answers = await Promise.all([1, 2, 3].map((n) => worker.run(n)))
      expect(answers).toEqual([{ echo: 1 }, { echo: 2 }, { echo: 3 }])
    } finally {
      await worker.stop()
    }
  })
})
