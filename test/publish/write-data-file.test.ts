import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { stableJson } from '../../src/model/stable-json.js'
import { startDataFile } from '../../src/publish/data-file-writer.js'
import type { TimelineData } from '../../src/model/timeline-data.js'
import { writeDataFile } from '../../src/publish/write-data-file.js'

describe('stable JSON', () => {
  it('sorts keys at every depth, keeps array order, and leaves already-sorted objects as they are', () => {
    expect(stableJson({ b: 1, a: { d: [{ y: 1, x: 2 }, 3], c: 2 }, e: { f: 1, g: 2 } }, 0)).toBe(
      '{"a":{"c":2,"d":[{"x":2,"y":1},3]},"b":1,"e":{"f":1,"g":2}}\n',
    )
    expect(stableJson({ B: 1, a: 1, _: 1 }, 0)).toBe('{"B":1,"_":1,"a":1}\n')
  })
})

describe('the data file', () => {
  it('is compact JSON with sorted keys at every depth, the same bytes as serializing it whole', async () => {
    const value = {
      views: { b: [{ z: 1, a: 'x' }], a: { y: null, x: 'é “quoted”' } },
      articles: [],
      schemaVersion: 1,
      skipped: undefined,
      deep: { one: { two: { c: 3, b: 2 } } },
    }
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'salvo-data-')), 'out', 'timeline.json')
    await writeDataFile(file, value)
    const text = readFileSync(file, 'utf8')
    expect(text).toBe(stableJson(value, 0))
    // Written out by hand, not by the serializer under test.
    expect(text).toBe(
      '{"articles":[],"deep":{"one":{"two":{"b":2,"c":3}}},"schemaVersion":1,"views":{"a":{"x":"é “quoted”","y":null},"b":[{"a":"x","z":1}]}}\n',
    )
    expect(text.startsWith('{"articles":[],"deep":{"one":{"two":{"b":2,"c":3}}},"schemaVersion":1,"views":{"a":{"x":')).toBe(true)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
  })

  it('sorts the keys of objects inside arrays at the top two levels, and drops undefined values there', async () => {
    const value = {
      list: [{ b: 1, a: { d: [{ f: 1, e: 2 }], c: null } }, [{ y: 'y', x: 'x' }], 3],
      a: { rows: [{ z: true, m: 'm' }], gone: undefined },
      none: undefined,
    }
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'salvo-data-')), 'timeline.json')
    await writeDataFile(file, value)
    expect(readFileSync(file, 'utf8')).toBe('{"a":{"rows":[{"m":"m","z":true}]},"list":[{"a":{"c":null,"d":[{"e":2,"f":1}]},"b":1},[{"x":"x","y":"y"}],3]}\n')
  })
})

describe('the data file written beside the build (data-file-writer.ts)', () => {
  // Shaped as a timeline enough for the writer, which reads only `articles.length`; keys out of order at every depth.
  const data = {
    schemaVersion: 1,
    events: [{ id: 'e', reports: [{ z: 1, a: 'é “quoted”' }] }],
    articles: [{ title: 'A', path: 'seeds/a.md', html: '<p>a</p>' }],
    diagnostics: [],
    corrections: [],
  } as unknown as TimelineData

  it('is the same bytes from its worker thread as written here, and appears only when committed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-data-'))
    const here = path.join(dir, 'here.json')
    await writeDataFile(here, data)
    const file = path.join(dir, 'out', 'timeline.json')
    const writer = startDataFile(file, data, 0)
    // Nothing at the data file's name before the build commits it, however far the worker got.
    expect(existsSync(file)).toBe(false)
    await writer.commit()
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(here, 'utf8'))
    expect(readdirSync(path.dirname(file))).toEqual(['timeline.json'])
  })

  it('leaves the last data file as it was, and nothing beside it, when the build discards it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-data-'))
    const file = path.join(dir, 'timeline.json')
    writeFileSync(file, 'last build\n')
    await startDataFile(file, data, 0).discard()
    expect(readdirSync(dir)).toEqual(['timeline.json'])
    expect(readFileSync(file, 'utf8')).toBe('last build\n')
  })

  it('is written here when the worker cannot write it, so the failure is the one any write reports', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-data-'))
    // A folder where the data file goes: the worker's rename could not replace it either, and writing it here says EISDIR.
    const file = path.join(dir, 'timeline.json')
    mkdirSync(file)
    await expect(startDataFile(file, data, 0).commit()).rejects.toMatchObject({ code: 'EISDIR' })
    expect(readdirSync(dir)).toEqual(['timeline.json'])
  })
})
