import { mkdtemp, open, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeChunks, writeChunksTo } from '../../src/cache/write-chunks.js'

const made: string[] = []
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})

describe('writeChunks', () => {
  it('writes every part in order, strings and byte views alike, across several chunks', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'salvo-chunks-'))
    made.push(dir)
    const file = path.join(dir, 'entries.jsonl')
    // About 20 MB in lines of different lengths, some with characters of several bytes, and views into a larger buffer.
    const backing = Buffer.from('xxxxview-of-a-larger-buffer\nxxxx')
    const parts: (string | Uint8Array)[] = []
    for (let i = 0; i < 40_000; i++) parts.push(i % 7 === 0 ? backing.subarray(4, backing.length - 4) : `${i}\t${'é—'.repeat(i % 300)}\n`)
    const handle = await open(file, 'w')
    try {
      await writeChunks(
        handle,
        (function* () {
          yield* parts
        })(),
      )
    } finally {
      await handle.close()
    }
    const expected = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)))
    expect(expected.length).toBeGreaterThan(16 * 1024 * 1024)
    expect((await readFile(file)).equals(expected)).toBe(true)
  })

  it('appends after what the file holds', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'salvo-chunks-'))
    made.push(dir)
    const file = path.join(dir, 'entries.jsonl')
    for (const line of ['first\n', 'second\n']) await writeChunksTo(file, 'a', [line])
    expect(await readFile(file, 'utf8')).toBe('first\nsecond\n')
  })
})
