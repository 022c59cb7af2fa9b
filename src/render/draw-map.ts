import { createRequire } from 'node:module'
import { geoCircle, geoConicConformal, geoContains, geoPath, type GeoProjection } from 'd3-geo'
import { feature } from 'topojson-client'
import type { Topology, GeometryCollection } from 'topojson-specification'
import type { Feature, FeatureCollection, Geometry } from 'geojson'

// Natural Earth boundaries (public domain) as packaged by world-atlas: read from
// node_modules when the site is built, so the map needs no network and no tile server.
const require = createRequire(import.meta.url)

/** The three countries the campaign took place in; their ISO 3166 numeric ids, as Natural Earth keys them. */
const FOCUS = new Map([
  ['368', 'Iraq'],
  ['760', 'Syria'],
  ['400', 'Jordan'],
])

/** One country outline, as an SVG path. */
export interface MapShape {
  name: string
  /** `iraq`, `syria`, `jordan` for the three countries, whose outlines areas are clipped to; `null` for a neighbour. */
  id: string | null
  /** SVG path data in the map's viewBox. */
  d: string
  /** `true` for Iraq, Syria and Jordan; neighbours are drawn for context. */
  focus: boolean
  /** Where its name goes, or `null` for a neighbour (not labelled). */
  label: { x: number; y: number } | null
}

/** A drawn base map: the outlines and the projection that placed them, to place markers with. */
export interface BaseMap {
  width: number
  height: number
  shapes: MapShape[]
  /** Projects WGS 84 `[lon, lat]` to `[x, y]` in the viewBox, rounded to 0.1. */
  project: (lon: number, lat: number) => { x: number; y: number }
  /** The outline of everything within `radiusKm` of `[lon, lat]` (a circle on the globe), as SVG path data in the viewBox. */
  area: (lon: number, lat: number, radiusKm: number) => string
  /** Whether the point `x`, `y` of the viewBox is inside the country whose shape has the `id` given (`syria`). */
  contains: (id: string, x: number, y: number) => boolean
}

/** Kilometres in a degree of a great circle (the mean Earth radius, 6,371 km, times π/180). */
const KM_PER_DEGREE = 111.195

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>

/** A country with the extremes of its coordinates, in degrees. */
interface Country {
  feature: Feature<Geometry, { name: string }>
  box: { west: number; east: number; south: number; north: number }
}

/** The extremes of every coordinate pair in a geometry (a planar box: a country across the antimeridian spans every longitude). */
function boxOf(geometry: Geometry): Country['box'] {
  const box = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity }
  const visit = (node: unknown): void => {
    if (!Array.isArray(node)) return
    if (typeof node[0] === 'number' && typeof node[1] === 'number') {
      box.west = Math.min(box.west, node[0])
      box.east = Math.max(box.east, node[0])
      box.south = Math.min(box.south, node[1])
      box.north = Math.max(box.north, node[1])
      return
    }
    for (const child of node) visit(child)
  }
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => visit('coordinates' in g ? g.coordinates : []))
  else visit(geometry.coordinates)
  return box
}

const cache = new Map<string, Country[]>()
function countries(resolution: '50m' | '110m'): Country[] {
  let found = cache.get(resolution)
  if (found === undefined) {
    const topology = require(`world-atlas/countries-${resolution}.json`) as Countries
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
    found = collection.features.filter((f) => f.geometry !== null).map((f) => ({ feature: f, box: boxOf(f.geometry) }))
    cache.set(resolution, found)
  }
  return found
}

/** Degrees added around the map's window before leaving a country out: far more than any outline bends between its corners. */
const WINDOW_MARGIN = 10

/** What a base map is drawn for: its size in viewBox units, the margin around the three countries, Natural Earth's resolution, and the decimals of its path data. */
export interface BaseMapSpec {
  width: number
  height: number
  margin: number
  resolution: '50m' | '110m'
  /** 1 for the big map, 0 for small locators. */
  digits: number
}

/**
 * A drawn base map as plain data: what `drawBaseMap` computes from Natural Earth, and all a `BaseMap` is
 * made from (`baseMapOf`). The page cache keeps it (src/publish/base-map-cache.ts), so a build need not load
 * the outlines and draw them again.
 */
export interface BaseMapDrawing {
  spec: BaseMapSpec
  shapes: MapShape[]
  /** The projection fitted to the three countries: its scale and translation, as d3-geo's `scale()` and `translate()` give them. */
  scale: number
  translate: [number, number]
  /** Iraq, Syria and Jordan as GeoJSON features, for `contains`. */
  focus: Feature<Geometry, { name: string }>[]
}

/** The map's projection: a conformal conic suited to the region's latitudes, before it is fitted. */
const conic = (): GeoProjection => geoConicConformal().parallels([30, 36]).rotate([-41, 0])

/** `Syria` → `syria`: a focus country's id, as `MapShape.id` and `BaseMap.contains` name it. */
const countryId = (name: string): string => name.toLowerCase().replace(/[^a-z]+/g, '-')

/**
 * Draws Iraq, Syria and Jordan with their neighbours, fitted to `width` × `height`
 * with a margin, in a conformal conic projection suited to the region's latitudes.
 * Path data keeps `digits` decimals: 1 for the big map, 0 for small locators.
 */
export function drawBaseMapData(spec: BaseMapSpec): BaseMapDrawing {
  const { width, height, margin, resolution, digits } = spec
  const all = countries(resolution)
  const focus = all.filter((c) => FOCUS.has(String(c.feature.id))).map((c) => c.feature)
  const projection: GeoProjection = conic()
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      { type: 'FeatureCollection', features: focus },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ])
  const path = geoPath(projection).digits(digits)
  // Only countries near the window are projected (drawing all of them cost every build noticeable time): its corners and edges in degrees, widened.
  const edge = [0, 0.25, 0.5, 0.75, 1].flatMap(
    (t) =>
      [
        [t * width, 0],
        [t * width, height],
        [0, t * height],
        [width, t * height],
      ] as [number, number][],
  )
  const seen = edge.map((point) => projection.invert?.(point) ?? null).filter((p): p is [number, number] => p !== null)
  const window = {
    west: Math.min(...seen.map((p) => p[0])) - WINDOW_MARGIN,
    east: Math.max(...seen.map((p) => p[0])) + WINDOW_MARGIN,
    south: Math.min(...seen.map((p) => p[1])) - WINDOW_MARGIN,
    north: Math.max(...seen.map((p) => p[1])) + WINDOW_MARGIN,
  }
  const near = all.filter(({ box }) => box.east >= window.west && box.west <= window.east && box.north >= window.south && box.south <= window.north)
  const shapes: MapShape[] = []
  for (const { feature: f } of near) {
    const d = path(f)
    if (d === null || d === '') continue
    const isFocus = FOCUS.has(String(f.id))
    const centroid = isFocus ? path.centroid(f) : null
    shapes.push({
      name: f.properties.name,
      id: isFocus ? countryId(f.properties.name) : null,
      d,
      focus: isFocus,
      label: centroid === null ? null : { x: Math.round(centroid[0]), y: Math.round(centroid[1]) },
    })
  }
  shapes.sort((a, b) => Number(a.focus) - Number(b.focus) || a.name.localeCompare(b.name, 'en'))
  const [x, y] = projection.translate()
  return { spec, shapes, scale: projection.scale(), translate: [x, y], focus }
}

/** The base map a drawing holds, its projection made again from the drawing's scale and translation: no outline is loaded or drawn. */
export function baseMapOf(drawing: BaseMapDrawing): BaseMap {
  const { width, height, digits } = drawing.spec
  const projection: GeoProjection = conic()
    .scale(drawing.scale)
    .translate(drawing.translate)
    .clipExtent([
      [0, 0],
      [width, height],
    ])
  const path = geoPath(projection).digits(digits)
  const project = (lon: number, lat: number): { x: number; y: number } => {
    const point = projection([lon, lat]) ?? [0, 0]
    return { x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }
  }
  const area = (lon: number, lat: number, radiusKm: number): string =>
    path(
      geoCircle()
        .center([lon, lat])
        .radius(radiusKm / KM_PER_DEGREE)
        .precision(3)(),
    ) ?? ''
  const byId = new Map(drawing.focus.map((f) => [countryId(f.properties.name), f]))
  const contains = (id: string, x: number, y: number): boolean => {
    const country = byId.get(id)
    const point = projection.invert?.([x, y])
    return country !== undefined && point !== null && point !== undefined && geoContains(country, point)
  }
  return { width, height, shapes: drawing.shapes, project, area, contains }
}

/** Draws a base map (`drawBaseMapData`) and makes it ready to place markers on. */
export const drawBaseMap = (spec: BaseMapSpec): BaseMap => baseMapOf(drawBaseMapData(spec))

/** Where a base map comes from: drawn afresh (`drawBaseMapData`), or a drawing kept from an earlier build (src/publish/base-map-cache.ts). */
export type BaseMapSource = (spec: BaseMapSpec) => BaseMapDrawing
