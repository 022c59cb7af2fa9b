import type { TimelineEvent } from '../model/event.js'
import type { ArticleRecord } from '../model/timeline-data.js'
import { EVENT_COLUMNS, type CellValue } from './event-columns.js'

export interface EventFeature {
  type: 'Feature'
  id: string
  /** RFC 7946: longitude first, then latitude, WGS 84. */
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: Record<string, CellValue>
}

export interface EventFeatureCollection {
  type: 'FeatureCollection'
  features: EventFeature[]
}

const IN_GEOMETRY = new Set(['latitude', 'longitude'])

/**
 * `events.geojson` (RFC 7946): one Point feature per event that has coordinates, in the
 * order given; properties are the CSV's columns with lists as arrays and numbers as numbers.
 * Events without coordinates are left out (they are in `events.json` and `events.csv`).
 */
export function eventsGeoJson(events: TimelineEvent[], articles: ArticleRecord[]): EventFeatureCollection {
  const byPath = new Map(articles.map((a) => [a.path, a]))
  const features = events.flatMap((event): EventFeature[] => {
    const lat = event.location?.lat ?? null
    const lon = event.location?.lon ?? null
    if (lat === null || lon === null) return []
    const properties: Record<string, CellValue> = {}
    for (const column of EVENT_COLUMNS) if (!IN_GEOMETRY.has(column.name)) properties[column.name] = column.value(event, byPath)
    return [{ type: 'Feature', id: event.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties }]
  })
  return { type: 'FeatureCollection', features }
}
