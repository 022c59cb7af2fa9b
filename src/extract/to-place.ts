import type { PlaceEntry } from '../knowledge/knowledge.js'
import type { Place } from '../model/report.js'

/** A gazetteer entry as a report's place: the fields a record keeps. */
export const toPlace = (p: PlaceEntry): Place => ({
  id: p.id,
  name: p.name,
  country: p.country,
  admin1: p.admin1,
  lat: p.lat,
  lon: p.lon,
  precision: p.precision,
})
