import { safeSlug } from '../safe-slug.js'
import type { Place } from './report.js'

/** A stable key for a place in event ids, merge keys and page addresses: the gazetteer id, or a slug of the name; `unknown-location` for none. */
export function placeKey(place: Place | null): string {
  if (place === null) return 'unknown-location'
  return place.id ?? safeSlug(place.name)
}
