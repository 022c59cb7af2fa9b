import type { TimelineEvent } from '../../model/event.js'
import type { BaseMapSpec, MapShape } from '../../render/draw-map.js'
import { layoutMap, type MapLayer, type MapPlace } from '../../render/layout-map.js'
import type { Link } from '../../render/site-views.js'
import type { PageType } from '../page-type.js'
import type { SiteContext } from '../site-context.js'

/** An area's outline on a map, under the circles. */
export interface MapArea {
  d: string
  /** The country it is clipped to: `syria` (a `MapShape`'s `id`), or `null`. */
  clip: string | null
}

/** A place in the table under the map. */
export interface MapRow {
  /** Its number, which the map writes for it where its name finds no room. */
  number: number
  name: string
  url: string
  country: string | null
  /** `a site`, `a town`, `an area`: how the map draws it. */
  drawn: string
  attacks: number
  others: number
}

/** One map page: every event, or one month's. */
export interface MapPage {
  /** `/map/`, or `/map/2023-10/` for a month. */
  url: string
  pageTitle: string
  description: string
  /** `Map of attacks`, `Map of attacks, October 2023`. */
  heading: string
  /** The month's page, for a month's map; `null` for the map of every event. */
  month: Link | null
  /** What the map holds: `181 attacks at 14 places, and 12 other events.` */
  summary: string
  /** Events it cannot draw, in a sentence, or `null` when it draws them all. */
  unmapped: string | null
  width: number
  height: number
  shapes: MapShape[]
  areas: MapArea[]
  /** The map laid out for each width it is shown at (src/render/layout-map.ts). */
  layers: MapLayer[]
  /** The numbers the key shows, in words: `40 attacks, 10 attacks and 1 attack`. */
  key: string
  places: MapRow[]
  /** `true` when a place on the map has events but no attack: drawn as a small hollow circle. */
  hollow: boolean
  /** Every month's map, this one marked: how the months are reached from one another. */
  months: (Link & { current: boolean })[]
  previous: Link | null
  next: Link | null
}

/** The map's viewBox: Iraq, Syria and Jordan fill it, with a margin. */
const WIDTH = 640
const HEIGHT = 480
/** The map pages' base map: Natural Earth's finer outlines, to one decimal. */
export const MAP_PAGE_MAP: BaseMapSpec = { width: WIDTH, height: HEIGHT, margin: 14, resolution: '50m', digits: 1 }

/** `Mission Support Site Conoco (MSS Euphrates)` → `Mission Support Site Conoco`; `Green Zone (International Zone), Baghdad` → `Green Zone`. */
function withoutBracket(name: string): string {
  return (
    name
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/,.*$/, '')
      .trim() || name
  )
}

const joinAnd = (items: string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** Lays out every map page: the map of every event, then a map per month, the months on one scale. */
function buildMaps(context: SiteContext): MapPage[] {
  const base = context.baseMap(MAP_PAGE_MAP)
  const countries = base.shapes.flatMap((s) => (s.label === null ? [] : [{ name: s.name, x: s.label.x, y: s.label.y }]))
  const months = context.facets.filter((f) => f.kind === 'Month')

  /** The places `events` name, with their counts, as the map draws them; and the events it cannot draw. */
  const placesOf = (events: TimelineEvent[]): { places: (MapPlace & { drawn: string; clip: string | null })[]; unmapped: TimelineEvent[] } => {
    const found = new Map<string, MapPlace & { drawn: string; clip: string | null }>()
    const unmapped: TimelineEvent[] = []
    for (const event of events) {
      const location = event.location
      if (location === null || location.lat === null || location.lon === null || location.precision === 'country') {
        unmapped.push(event)
        continue
      }
      const slug = context.naming.placeSlug(location)
      let place = found.get(slug)
      if (place === undefined) {
        const known = location.id === null ? undefined : context.gazetteer.get(location.id)
        const { x, y } = base.project(location.lon, location.lat)
        const radiusKm = location.precision === 'area' ? known?.radiusKm : undefined
        const clip = base.shapes.find((s) => s.id !== null && s.name === location.country)?.id ?? null
        const area =
          radiusKm === undefined
            ? null
            : {
                d: base.area(location.lon, location.lat, radiusKm),
                contains: (px: number, py: number): boolean => clip === null || base.contains(clip, px, py),
                // The area's reach in viewBox units, north of its centre (the projection is conformal: the same every way).
                reach: Math.hypot(...((p) => [p.x - x, p.y - y] as const)(base.project(location.lon, location.lat + radiusKm / 111.195))),
              }
        place = {
          slug,
          name: location.name,
          short: known?.shortName ?? withoutBracket(location.name),
          number: 0,
          country: location.country,
          url: `/sites/${slug}/`,
          x,
          y,
          attacks: 0,
          others: 0,
          area,
          drawn: area !== null ? 'an area' : location.precision === 'site' ? 'a site' : 'a town or place',
          clip,
        }
        found.set(slug, place)
      }
      if (event.type === 'attack') place.attacks++
      else place.others++
    }
    const places = [...found.values()].sort((a, b) => b.attacks - a.attacks || b.others - a.others || a.name.localeCompare(b.name, 'en'))
    places.forEach((p, i) => (p.number = i + 1))
    return { places, unmapped }
  }

  const mostAt = (places: MapPlace[]): number => Math.max(1, ...places.map((p) => p.attacks))
  const everything = placesOf(context.events)
  const perMonth = months.map((m) => ({ month: m, ...placesOf(m.events) }))
  // One scale for every month, so that a circle of a given size means as many attacks whichever month it is on.
  const monthScale = Math.max(1, ...perMonth.map((m) => mostAt(m.places)))
  const monthLinks = months.map((m) => ({ label: m.label, url: `/map/${m.key}/` }))

  const page = (
    url: string,
    heading: string,
    month: Link | null,
    found: { places: (MapPlace & { drawn: string; clip: string | null })[]; unmapped: TimelineEvent[] },
    scaleMax: number,
  ): MapPage => {
    const { places, unmapped } = found
    const attacks = places.reduce((sum, p) => sum + p.attacks, 0)
    const others = places.reduce((sum, p) => sum + p.others, 0)
    const layers = layoutMap(places, { width: WIDTH, height: HEIGHT, scaleMax, countries })
    const values = layers[0]?.key.circles.map((c) => c.label.text.replace(/ attacks?$/, '')) ?? []
    const index = monthLinks.findIndex((l) => l.url === url)
    const unplacedAttacks = unmapped.filter((e) => e.type === 'attack').length
    return {
      url,
      pageTitle: heading,
      description: `${heading}: ${plural(attacks, 'attack')} at ${plural(places.length, 'place')} in Iraq, Syria and Jordan, each circle sized by its attacks.`,
      heading,
      month,
      summary:
        places.length === 0
          ? 'No event this month names a place the map can show.'
          : `${plural(attacks, 'attack')} at ${plural(places.filter((p) => p.attacks > 0).length, 'place')}${others > 0 ? `, and ${plural(others, 'other event')} (U.S. strikes and statements)` : ''}.`,
      unmapped:
        unmapped.length === 0
          ? null
          : `${plural(unmapped.length, 'event')}${unplacedAttacks > 0 ? ` (${plural(unplacedAttacks, 'attack')})` : ''} name${unmapped.length === 1 ? 's' : ''} no place, or only a country, and ${unmapped.length === 1 ? 'is' : 'are'} not drawn.`,
      width: WIDTH,
      height: HEIGHT,
      shapes: base.shapes,
      areas: places.flatMap((p) => (p.area === null ? [] : [{ d: p.area.d, clip: p.clip }])),
      layers,
      hollow: places.some((p) => p.area === null && p.attacks === 0),
      key: joinAnd(values.map((v) => plural(Number(v), 'attack'))),
      places: places.map((p) => ({ number: p.number, name: p.name, url: p.url, country: p.country, drawn: p.drawn, attacks: p.attacks, others: p.others })),
      months: monthLinks.map((l) => ({ ...l, current: l.url === url })),
      previous: index > 0 ? (monthLinks[index - 1] ?? null) : null,
      next: index >= 0 ? (monthLinks[index + 1] ?? null) : null,
    }
  }

  return [
    page('/map/', 'Map of attacks', null, everything, mostAt(everything.places)),
    ...perMonth.map(({ month, places, unmapped }) =>
      page(`/map/${month.key}/`, `Map of attacks, ${month.label}`, { label: month.label, url: month.url }, { places, unmapped }, monthScale),
    ),
  ]
}

/**
 * The map of every event, and one per month (linked from that month's page): the places named, each a
 * circle whose area is proportional to its attacks, labelled; areas drawn as areas. SVG laid out at build
 * time for several widths, shown by a CSS container query: no JavaScript.
 */
export const mapPage: PageType<'maps', MapPage[], MapPage> = {
  template: 'map',
  alias: 'map',
  view: 'maps',
  source: 'views.maps',
  build: buildMaps,
  url: (map) => map.url,
  title: (map) => map.pageTitle,
  description: (map) => map.description,
  reads: ['views.siteFeed', 'views.dataAsOf'],
}
