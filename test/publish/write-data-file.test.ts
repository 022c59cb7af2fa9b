import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { stableJson } from '../../src/model/stable-json.js'
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
