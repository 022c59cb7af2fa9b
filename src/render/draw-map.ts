import { createRequire } from 'node:module'
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo'
import { feature } from 'topojson-client'
import type { Topology, GeometryCollection } from 'topojson-specification'
import type { Feature, FeatureCollection, Geometry } from 'geojson'

// Natural Earth boundaries (public domain) as packaged by world-atlas: read from
// node_modules when the site is built, so the map needs no network and no tile server.
const require = createRequire(import.meta.url)

/** The three countries the campaign took place in; their ISO 3166 numeric ids, as Natural Earth keys them. */
const FOCUS = new Map([['368', 'Iraq'], ['760', 'Syria'], ['400', 'Jordan']])

/** One country outline, as an SVG path. */
export interface MapShape {
  name: string
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
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>

const cache = new Map<string, FeatureCollection<Geometry, { name: string }>>()
function countries(resolution: '50m' | '110m'): FeatureCollection<Geometry, { name: string }> {
  let found = cache.get(resolution)
  if (found === undefined) {
    const topology = require(`world-atlas/countries-${resolution}.json`) as Countries
    found = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
    cache.set(resolution, found)
  }
  return found
}

/**
 * Draws Iraq, Syria and Jordan with their neighbours, fitted to `width` × `height`
 * with a margin, in a conformal conic projection suited to the region's latitudes.
 * Path data keeps `digits` decimals: 1 for the big map, 0 for small locators.
 */
export function drawBaseMap(options: { width: number; height: number; margin: number; resolution: '50m' | '110m'; digits: number }): BaseMap {
  const { width, height, margin, resolution, digits } = options
  const all = countries(resolution)
  const focus = all.features.filter((f) => FOCUS.has(String(f.id)))
  const projection: GeoProjection = geoConicConformal()
    .parallels([30, 36])
    .rotate([-41, 0])
    .fitExtent([[margin, margin], [width - margin, height - margin]], { type: 'FeatureCollection', features: focus })
    .clipExtent([[0, 0], [width, height]])
  const path = geoPath(projection).digits(digits)
  const shapes: MapShape[] = []
  for (const f of all.features as Feature<Geometry, { name: string }>[]) {
    const d = path(f)
    if (d === null || d === '') continue
    const isFocus = FOCUS.has(String(f.id))
    const centroid = isFocus ? path.centroid(f) : null
    shapes.push({
      name: f.properties.name,
      d,
      focus: isFocus,
      label: centroid === null ? null : { x: Math.round(centroid[0]), y: Math.round(centroid[1]) },
    })
  }
  shapes.sort((a, b) => Number(a.focus) - Number(b.focus) || a.name.localeCompare(b.name, 'en'))
  const project = (lon: number, lat: number): { x: number; y: number } => {
    const point = projection([lon, lat]) ?? [0, 0]
    return { x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }
  }
  return { width, height, shapes, project }
}
