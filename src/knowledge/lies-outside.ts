import type { Place } from '../model/report.js'
import type { PlaceEntry } from './knowledge.js'

/**
 * Whether a place lies outside an area of the gazetteer: in another country, or in a province the area does not cover
 * (its own `admin1`, or the `provinces` a region spanning several lists). Where neither says, nothing shows it outside.
 */
export function liesOutside(place: Place, area: PlaceEntry): boolean {
  if (place.country !== area.country) return true
  if (area.precision === 'country' || place.admin1 === null) return false
  if (area.provinces !== undefined) return !area.provinces.includes(place.admin1)
  return area.admin1 !== null && area.admin1 !== place.admin1
}
