import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { importGraph } from '../cache/import-graph.js'
import { PROJECT_ROOT } from '../project-root.js'
import { drawBaseMapData, type BaseMapDrawing, type BaseMapSource, type BaseMapSpec } from '../render/draw-map.js'

/** The module that draws base maps; it and every module it imports are hashed into the version. */
const DRAW_MAP = path.join('src', 'render', 'draw-map.ts')

/**
 * What a drawing depends on besides its spec: the code that draws it (draw-map.ts and what it imports) and the
 * lockfile, which pins world-atlas (Natural Earth's outlines), d3-geo and topojson-client. `root` is the project's folder.
 */
export function baseMapVersion(root: string = PROJECT_ROOT): string {
  const hash = createHash('sha256')
  for (const file of importGraph([path.join(root, DRAW_MAP)])) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file))
  const lock = path.join(root, 'package-lock.json')
  if (existsSync(lock)) hash.update('package-lock.json\0').update(readFileSync(lock))
  return hash.digest('hex').slice(0, 16)
}

/** A spec as the start of its files' names: `640x480-m14-50m-d1`. */
const specName = (spec: BaseMapSpec): string => `${spec.width}x${spec.height}-m${spec.margin}-${spec.resolution}-d${spec.digits}`

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** `true` when `value` is a drawing of `spec`, whole: what a file holds when this module wrote it. */
function isDrawing(value: unknown, spec: BaseMapSpec): value is BaseMapDrawing {
  if (!isObject(value) || JSON.stringify(value.spec) !== JSON.stringify(spec)) return false
  const { shapes, scale, translate, focus } = value
  return (
    Array.isArray(shapes) &&
    shapes.every(
      (s) =>
        isObject(s) &&
        typeof s.name === 'string' &&
        (s.id === null || typeof s.id === 'string') &&
        typeof s.d === 'string' &&
        typeof s.focus === 'boolean' &&
        (s.label === null || (isObject(s.label) && isNumber(s.label.x) && isNumber(s.label.y))),
    ) &&
    isNumber(scale) &&
    Array.isArray(translate) &&
    translate.length === 2 &&
    translate.every(isNumber) &&
    Array.isArray(focus) &&
    focus.every((f) => isObject(f) && isObject(f.geometry) && isObject(f.properties) && typeof f.properties.name === 'string')
  )
}

/** The drawing in `file`, or `null` when there is none or it is not a whole drawing of `spec`. */
function readDrawing(file: string, spec: BaseMapSpec): BaseMapDrawing | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return isDrawing(value, spec) ? value : null
  } catch {
    return null
  }
}

/** Writes a drawing through a temporary file, then removes the drawings of the same spec by other versions. Only tidying fails quietly. */
function writeDrawing(dir: string, name: string, file: string, drawing: BaseMapDrawing): void {
  const temporary = `${file}.tmp-${process.pid}`
  try {
    mkdirSync(dir, { recursive: true })
    writeFileSync(temporary, JSON.stringify(drawing))
    renameSync(temporary, file)
    for (const other of readdirSync(dir)) if (other.startsWith(`${name}-`) && path.join(dir, other) !== file) rmSync(path.join(dir, other), { force: true })
  } catch {
    // A cache that cannot be written costs the next build the drawing again, nothing else.
    try {
      rmSync(temporary, { force: true })
    } catch {
      // Nothing was written there (its folder is a file, say).
    }
  }
}

/**
 * Base maps kept between builds, one file per spec in `dir` (the page cache's `maps/`), named by the spec and
 * `version` (`baseMapVersion`): drawing a map loads Natural Earth's outlines and projects every country near
 * it, the same work every build. A file that is missing, cut short or not a drawing of its spec is drawn again
 * and replaced; a change to the drawing code or the lockfile gives a new version, so the maps are drawn again.
 * `dir` `null` draws every map afresh. Either way the drawing is the one `drawBaseMapData` makes.
 */
export function cachedBaseMaps(dir: string | null, version?: string): BaseMapSource {
  const drawn = new Map<string, BaseMapDrawing>()
  const files = dir === null ? null : { dir, version: version ?? baseMapVersion() }
  return (spec) => {
    const name = specName(spec)
    let drawing = drawn.get(name)
    if (drawing !== undefined) return drawing
    const file = files === null ? null : path.join(files.dir, `${name}-${files.version}.json`)
    const kept = file === null ? null : readDrawing(file, spec)
    drawing = kept ?? drawBaseMapData(spec)
    if (kept === null && files !== null && file !== null) writeDrawing(files.dir, name, file, drawing)
    drawn.set(name, drawing)
    return drawing
  }
}
