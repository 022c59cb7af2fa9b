import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { baseMapVersion, cachedBaseMaps } from '../../src/publish/base-map-cache.js'
import { baseMapOf, drawBaseMap, drawBaseMapData, type BaseMapDrawing } from '../../src/render/draw-map.js'
import { MAP_PAGE_MAP } from '../../src/site/pages/map.js'
import { LOCATOR_MAP } from '../../src/site/site-context.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})
const scratch = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-maps-'))
  dirs.push(dir)
  return dir
}

describe('a base map kept as data', () => {
  it('is the map drawn afresh: the same outlines, places, areas and countries', () => {
    for (const spec of [MAP_PAGE_MAP, LOCATOR_MAP]) {
      const fresh = drawBaseMap(spec)
      const kept = baseMapOf(JSON.parse(JSON.stringify(drawBaseMapData(spec))) as BaseMapDrawing)
      expect(kept.shapes).toEqual(fresh.shapes)
      expect([kept.width, kept.height]).toEqual([fresh.width, fresh.height])
      for (let lon = 34; lon <= 49; lon += 0.7)
        for (let lat = 29; lat <= 38; lat += 0.7) {
          expect(kept.project(lon, lat)).toEqual(fresh.project(lon, lat))
          const { x, y } = fresh.project(lon, lat)
          for (const id of ['iraq', 'syria', 'jordan']) expect(kept.contains(id, x, y)).toBe(fresh.contains(id, x, y))
        }
      expect(kept.area(40.5, 34.5, 120)).toBe(fresh.area(40.5, 34.5, 120))
    }
  })
})

describe('the base map cache', () => {
  it('draws a map once, then reads it, until its version changes', () => {
    const dir = scratch()
    const first = cachedBaseMaps(dir, 'v1')(MAP_PAGE_MAP)
    expect(first).toEqual(drawBaseMapData(MAP_PAGE_MAP))
    const [file] = readdirSync(dir)
    expect(file).toMatch(/-v1\.json$/)
    // A later build reads the file: what it holds, not a new drawing.
    const kept = JSON.parse(readFileSync(path.join(dir, file ?? ''), 'utf8')) as BaseMapDrawing
    writeFileSync(path.join(dir, file ?? ''), JSON.stringify({ ...kept, shapes: kept.shapes.map((s) => ({ ...s, d: 'M0,0Z' })) }))
    expect(cachedBaseMaps(dir, 'v1')(MAP_PAGE_MAP).shapes.every((s) => s.d === 'M0,0Z')).toBe(true)
    // A new version (new drawing code, another world-atlas) draws it again, and the old file goes.
    expect(cachedBaseMaps(dir, 'v2')(MAP_PAGE_MAP)).toEqual(first)
    expect(readdirSync(dir)).toEqual([(file ?? '').replace('-v1.json', '-v2.json')])
  })

  it('keeps a file per map, and draws again over a file cut short or not a drawing', () => {
    const dir = scratch()
    const maps = cachedBaseMaps(dir, 'v1')
    maps(MAP_PAGE_MAP)
    maps(LOCATOR_MAP)
    const files = readdirSync(dir).sort()
    expect(files).toHaveLength(2)
    const locator = files.find((f) => f.includes('110m')) ?? ''
    const drawn = readFileSync(path.join(dir, locator), 'utf8')
    for (const broken of [drawn.slice(0, drawn.length / 2), JSON.stringify({ ...JSON.parse(drawn), spec: MAP_PAGE_MAP }), '[]']) {
      writeFileSync(path.join(dir, locator), broken)
      expect(cachedBaseMaps(dir, 'v1')(LOCATOR_MAP)).toEqual(drawBaseMapData(LOCATOR_MAP))
      expect(readFileSync(path.join(dir, locator), 'utf8')).toBe(drawn)
    }
  })

  it('without a folder, or with a file where the folder should be, draws every map', () => {
    expect(cachedBaseMaps(null)(LOCATOR_MAP)).toEqual(drawBaseMapData(LOCATOR_MAP))
    const file = path.join(scratch(), 'a-file')
    writeFileSync(file, 'not a folder')
    expect(cachedBaseMaps(file, 'v1')(LOCATOR_MAP)).toEqual(drawBaseMapData(LOCATOR_MAP))
    expect(readFileSync(file, 'utf8')).toBe('not a folder')
  })

  it('has a version that changes with the drawing code, a module it imports, and the lockfile', () => {
    const root = scratch()
    mkdirSync(path.join(root, 'src', 'render'), { recursive: true })
    writeFileSync(path.join(root, 'src', 'render', 'draw-map.ts'), "import { x } from './helper.js'\nexport const draw = x\n")
    writeFileSync(path.join(root, 'src', 'render', 'helper.ts'), 'export const x = 1\n')
    writeFileSync(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/world-atlas":{"version":"2.0.2"}}}\n')
    const versions = [baseMapVersion(root)]
    writeFileSync(path.join(root, 'src', 'render', 'draw-map.ts'), "import { x } from './helper.js'\nexport const draw = x + 1\n")
    versions.push(baseMapVersion(root))
    writeFileSync(path.join(root, 'src', 'render', 'helper.ts'), 'export const x = 2\n')
    versions.push(baseMapVersion(root))
    writeFileSync(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/world-atlas":{"version":"2.0.3"}}}\n')
    versions.push(baseMapVersion(root))
    expect(new Set(versions).size).toBe(4)
    expect(baseMapVersion(root)).toBe(versions[3])
  })
})
