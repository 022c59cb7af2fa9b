import { textWidth } from './text-width.js'

/**
 * The widths, in CSS pixels, at which the map changes layer: each layer is laid out for the narrowest width
 * it is shown at and shown until the next (`.map__frame` is a CSS container: style.css holds the same
 * numbers). Between two widths the map grows at most a third, so labels grow from 12 px to at most 16 px.
 * 288 px is a 320 px phone less the page's margins; MAP_MAX_WIDTH is the widest the map is drawn.
 */
export const MAP_WIDTHS = [288, 384, 512, 683] as const
export const MAP_MAX_WIDTH = 896

/** Labels' size at a layer's narrowest, in CSS pixels. */
const FONT_PX = 12
/**
 * The radius of a circle for the map's `scaleMax` attacks at each layer's narrowest, in CSS pixels: smaller on
 * a smaller map, which has less room around its circles (each layer's key shows its own scale).
 */
const RADII_PX = [13, 16, 19, 22]
/** A place with events but no attack: a small hollow circle, in CSS pixels. */
const CONTEXT_RADIUS_PX = 3.5
/** Least room between two circles, or a label and anything, in CSS pixels. */
const GAP_PX = 2

/** A place the map shows: a point (a base, a town) or an area (a region the reports named), with its events. */
export interface MapPlace {
  /** Its page's slug: `ain-al-asad`. */
  slug: string
  /** `Ain al-Asad Air Base`. */
  name: string
  /** What the map writes beside it: the gazetteer's short name, or the name without its bracket. */
  short: string
  /** Its row in the table under the map, from 1: the map writes it instead of the name where the name finds no room. */
  number: number
  country: string | null
  /** `/sites/ain-al-asad/`. */
  url: string
  /** Where it is in the map's viewBox. */
  x: number
  y: number
  attacks: number
  /** Its events of other kinds: U.S. strikes, statements. */
  others: number
  /**
   * An area's outline, as SVG path data, and how far it reaches from `x`, `y` in viewBox units; `contains` says
   * whether a point of the viewBox is in what is drawn of it (its country: areas are clipped to it). `null` for a point.
   */
  area: { d: string; reach: number; contains: (x: number, y: number) => boolean } | null
}

/** A label's box, in viewBox units: `x`, `y` its top left. */
interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Words on the map, at `x`, `y` (the baseline), anchored as SVG's `text-anchor` says. */
export interface MapLabel {
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  text: string
  /** A line from its circle or area to it, when it had to stand off to find room; absent beside it. */
  leader?: Segment
}

/** A straight line, in viewBox units. */
interface Segment {
  x1: number
  y1: number
  x2: number
  y2: number
}

/** One circle: a place, or places too close to draw apart, grouped. Its area is proportional to its attacks. */
export interface MapCircle {
  x: number
  y: number
  r: number
  attacks: number
  /** `true` for a place (or group) with events but no attack: hollow. */
  context: boolean
  /** A place's page; for a group, the list of its places under the map (`#g2-1`). */
  url: string
  /** What it says to a screen reader and in its tooltip: `Ain al-Asad Air Base, Iraq: 4 attacks`. */
  title: string
  label: MapLabel
}

/** Places drawn as one circle on a layer, listed under the map. */
export interface MapGroup {
  /** Its fragment: `g2-1`. */
  id: string
  /** `Victory Base and 2 places near it`. */
  heading: string
  members: { name: string; url: string; counts: string }[]
}

/** The circles of the key, nested, each with its number of attacks. */
export interface MapKey {
  /** Its viewBox's width and height, in the layer's units; the key is drawn at `width / map width` of the map's width, so at its scale. */
  width: number
  height: number
  /** Of the map's width, for the key's `width` attribute: `31.25%`. */
  share: string
  circles: { cx: number; cy: number; r: number; line: { x1: number; y1: number; x2: number; y2: number }; label: MapLabel }[]
}

/** The map as drawn at one width and up to the next: circles, their labels, areas' labels and countries' names. */
export interface MapLayer {
  /** The narrowest width it is shown at, in CSS pixels. */
  minWidth: number
  /** Its labels' font size, in viewBox units (12 px at its narrowest). */
  font: number
  /** Its countries' names' font size, in viewBox units. */
  countryFont: number
  /** `true` when a place is labelled with its number in the table, its name finding no room. */
  numbered: boolean
  /** Biggest first, so that small circles are drawn on top and stay clickable. */
  circles: MapCircle[]
  areas: { url: string; title: string; label: MapLabel }[]
  countries: MapLabel[]
  groups: MapGroup[]
  key: MapKey
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** `4 attacks`, `4 attacks, 1 other event`, `no attacks; 2 other events`. */
export function placeCounts(attacks: number, others: number): string {
  if (attacks === 0) return `no attacks; ${plural(others, 'other event')}`
  return others === 0 ? plural(attacks, 'attack') : `${plural(attacks, 'attack')}, ${plural(others, 'other event')}`
}

interface Cluster {
  members: MapPlace[]
  x: number
  y: number
  attacks: number
  others: number
}

/** The numbers the key shows: the map's top, a round number near a fifth of it, and 1. */
function keyValues(top: number): number[] {
  const round = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].reduce((best, n) => (Math.abs(n - top / 5) < Math.abs(best - top / 5) ? n : best), 1)
  return [...new Set([top, round, 1])].filter((n) => n >= 1 && n <= top).sort((a, b) => b - a)
}

const rounded = (n: number): number => Math.round(n * 10) / 10
const roundLabel = (label: MapLabel): MapLabel => ({
  ...label,
  x: rounded(label.x),
  y: rounded(label.y),
  ...(label.leader === undefined
    ? {}
    : { leader: { x1: rounded(label.leader.x1), y1: rounded(label.leader.y1), x2: rounded(label.leader.x2), y2: rounded(label.leader.y2) } }),
})

/**
 * Lays the places out for one width: circles whose area is proportional to attacks (`scaleMax` attacks
 * get the largest), each labelled beside it, or farther off with a leader line. Places whose circles would
 * touch are drawn as one circle (clustering, not moving them: every circle stays where its attacks were, and
 * its area still counts them all). A label that finds no room is written as the place's number in the table;
 * a circle whose number finds none either is drawn with its nearest neighbour. Areas' labels go where no
 * circle, label or leader is, then countries' names where room is left (a name that finds none is left out).
 */
function layoutLayer(places: MapPlace[], options: MapLayoutOptions, minWidth: number, index: number): MapLayer {
  const unit = options.width / minWidth
  const font = FONT_PX * unit
  const gap = GAP_PX * unit
  const largest = (RADII_PX[index] ?? RADII_PX[0] ?? 0) * unit
  const radius = (c: { attacks: number }): number =>
    c.attacks === 0 ? CONTEXT_RADIUS_PX * unit : largest * Math.sqrt(c.attacks / Math.max(1, options.scaleMax))
  const bounds = { x0: gap, y0: gap, x1: options.width - gap, y1: options.height - gap }
  const points = places.filter((p) => p.area === null)
  const weight = (c: Cluster): number => c.attacks || 0.25

  const merge = (a: Cluster, b: Cluster): Cluster => ({
    members: [...a.members, ...b.members].sort((p, q) => q.attacks - p.attacks || q.others - p.others || p.name.localeCompare(q.name, 'en')),
    x: (a.x * weight(a) + b.x * weight(b)) / (weight(a) + weight(b)),
    y: (a.y * weight(a) + b.y * weight(b)) / (weight(a) + weight(b)),
    attacks: a.attacks + b.attacks,
    others: a.others + b.others,
  })
  const byWeight = (a: Cluster, b: Cluster): number =>
    b.attacks - a.attacks || b.others - a.others || (a.members[0]?.name ?? '').localeCompare(b.members[0]?.name ?? '', 'en')

  /** Merges the two circles that overlap most, again and again, until none touch. */
  const apart = (list: Cluster[]): Cluster[] => {
    const clusters = [...list]
    for (;;) {
      let worst: { i: number; j: number; by: number } | null = null
      for (let i = 0; i < clusters.length; i++) {
        for (let j = i + 1; j < clusters.length; j++) {
          const a = clusters[i] as Cluster
          const b = clusters[j] as Cluster
          const by = radius(a) + radius(b) + gap - Math.hypot(a.x - b.x, a.y - b.y)
          if (by > 0 && (worst === null || by > worst.by)) worst = { i, j, by }
        }
      }
      if (worst === null) return clusters.sort(byWeight)
      const merged = merge(clusters[worst.i] as Cluster, clusters[worst.j] as Cluster)
      clusters.splice(worst.j, 1)
      clusters.splice(worst.i, 1, merged)
    }
  }

  const box = (label: MapLabel, size = font): Box => {
    const w = textWidth(label.text, size)
    const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2
    // DejaVu Sans's ascent and descent are 0.93 and 0.24 em: a box from just above the capitals to just below the descenders.
    return { x, y: label.y - 0.93 * size, w, h: 1.17 * size }
  }
  const hitsCircle = (b: Box, c: { x: number; y: number; r: number }): boolean => {
    const dx = Math.max(b.x - c.x, 0, c.x - (b.x + b.w))
    const dy = Math.max(b.y - c.y, 0, c.y - (b.y + b.h))
    return Math.hypot(dx, dy) < c.r + gap
  }
  const hitsBox = (a: Box, b: Box): boolean => a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
  const inside = (b: Box): boolean => b.x >= bounds.x0 && b.y >= bounds.y0 && b.x + b.w <= bounds.x1 && b.y + b.h <= bounds.y1

  /** Whether a segment crosses a box (widened by the gap): Liang–Barsky clipping. */
  const crosses = (line: Segment, b: Box): boolean => {
    const [dx, dy] = [line.x2 - line.x1, line.y2 - line.y1]
    let [t0, t1] = [0, 1]
    for (const [p, q] of [
      [-dx, line.x1 - (b.x - gap)],
      [dx, b.x + b.w + gap - line.x1],
      [-dy, line.y1 - (b.y - gap)],
      [dy, b.y + b.h + gap - line.y1],
    ] as const) {
      if (p === 0) {
        if (q < 0) return false
      } else if (p < 0) t0 = Math.max(t0, q / p)
      else t1 = Math.min(t1, q / p)
      if (t0 > t1) return false
    }
    return true
  }
  /**
   * Where a circle's label may go, best first: beside it to the right, left, above, below, then on the four
   * diagonals; then the same farther off, with a leader line back to the circle (from `leaderFrom` rings out:
   * an area's label outside it always has one, since the area's edge is faint).
   */
  const around = (x: number, y: number, r: number, text: string, leaderFrom = 1): MapLabel[] =>
    [0, 1, 2, 3].flatMap((ring) => {
      const pad = r + 2 * gap + ring * font
      const middle = y + 0.35 * font
      const diagonal = pad * Math.SQRT1_2
      const spots: MapLabel[] = [
        { x: x + pad, y: middle, anchor: 'start', text },
        { x: x - pad, y: middle, anchor: 'end', text },
        { x, y: y - pad - 0.24 * font, anchor: 'middle', text },
        { x, y: y + pad + 0.93 * font, anchor: 'middle', text },
        { x: x + diagonal, y: y - diagonal - 0.1 * font, anchor: 'start', text },
        { x: x + diagonal, y: y + diagonal + 0.8 * font, anchor: 'start', text },
        { x: x - diagonal, y: y - diagonal - 0.1 * font, anchor: 'end', text },
        { x: x - diagonal, y: y + diagonal + 0.8 * font, anchor: 'end', text },
      ]
      if (ring < leaderFrom) return spots
      return spots.map((label) => {
        // From the circle's edge toward the nearest point of the label's box, stopping short of it.
        const b = box(label)
        const [nx, ny] = [Math.min(Math.max(x, b.x), b.x + b.w), Math.min(Math.max(y, b.y), b.y + b.h)]
        const length = Math.hypot(nx - x, ny - y)
        const [ux, uy] = [(nx - x) / length, (ny - y) / length]
        return { ...label, leader: { x1: x + ux * (r + gap / 2), y1: y + uy * (r + gap / 2), x2: nx - ux * gap, y2: ny - uy * gap } }
      })
    })
  /** A circle's label, and the shorter one tried when it finds no room: its first place's number in the table. */
  const labelsOf = (c: Cluster): string[] => {
    const more = c.members.length === 1 ? '' : ` +${c.members.length - 1}`
    return [`${c.members[0]?.short}${more}`, `${c.members[0]?.number}${more}`]
  }

  /** A label that touches no circle, no label and no leader line, and whose own leader line crosses no label. */
  const fits = (label: MapLabel, b: Box, circles: { x: number; y: number; r: number }[], placed: { label: MapLabel; box: Box }[]): boolean =>
    inside(b) &&
    !circles.some((circle) => hitsCircle(b, circle)) &&
    !placed.some((p) => hitsBox(b, p.box) || (p.label.leader !== undefined && crosses(p.label.leader, b))) &&
    (label.leader === undefined || !placed.some((p) => crosses(label.leader as Segment, p.box)))

  let clusters = apart(points.map((p) => ({ members: [p], x: p.x, y: p.y, attacks: p.attacks, others: p.others })))
  let placed: { cluster: Cluster; label: MapLabel; box: Box }[] = []
  for (;;) {
    placed = []
    const circles = clusters.map((c) => ({ x: c.x, y: c.y, r: radius(c) }))
    const stuck = clusters.find((c) => {
      for (const text of labelsOf(c)) {
        const spot = around(c.x, c.y, radius(c), text)
          .map((label) => ({ label, box: box(label) }))
          .find(({ label, box: b }) => fits(label, b, circles, placed))
        if (spot === undefined) continue
        placed.push({ cluster: c, ...spot })
        return false
      }
      return true
    })
    if (stuck === undefined) break
    // No room for its label: draw it with its nearest neighbour, then lay everything out again.
    const nearest = clusters
      .filter((c) => c !== stuck)
      .sort((a, b) => Math.hypot(a.x - stuck.x, a.y - stuck.y) - radius(a) - (Math.hypot(b.x - stuck.x, b.y - stuck.y) - radius(b)) || byWeight(a, b))[0]
    if (nearest === undefined)
      throw new Error(`The map has no room at ${minWidth} px for the label "${labelsOf(stuck).at(-1)}", even alone: make its font smaller.`)
    clusters = apart([...clusters.filter((c) => c !== stuck && c !== nearest), merge(stuck, nearest)])
  }

  const circles = clusters.map((c) => ({ x: c.x, y: c.y, r: radius(c) }))
  const taken: { label: MapLabel; box: Box }[] = placed.map(({ label, box: b }) => ({ label, box: b }))
  const free = (label: MapLabel, b: Box): boolean => fits(label, b, circles, taken)

  // Areas: the label inside the area where it finds room, else just outside it.
  const areas = places
    .filter((p) => p.area !== null)
    .sort((a, b) => b.attacks - a.attacks || a.name.localeCompare(b.name, 'en'))
    .flatMap((p) => {
      const reach = p.area?.reach ?? 0
      const contains = p.area?.contains ?? (() => true)
      const count = p.attacks > 0 ? ` · ${p.attacks}` : ''
      // Its number alone, where its name finds no room: `24 · 2` would read as two numbers of one kind.
      for (const text of [`${p.short}${count}`, String(p.number)]) {
        const within = [
          [0, 0],
          [0, -0.4],
          [0, 0.4],
          [-0.4, 0],
          [0.4, 0],
          [-0.35, -0.35],
          [0.35, -0.35],
          [-0.35, 0.35],
          [0.35, 0.35],
          [0, -0.7],
          [0, 0.7],
        ]
          .map(([dx, dy]): MapLabel => ({ x: p.x + (dx ?? 0) * reach, y: p.y + (dy ?? 0) * reach + 0.35 * font, anchor: 'middle', text }))
          // Inside what is drawn of the area: its middle and both ends within its country.
          .filter((label) => {
            const b = box(label)
            const middle = b.y + b.h / 2
            return contains(b.x, middle) && contains(b.x + b.w / 2, middle) && contains(b.x + b.w, middle)
          })
        const spot = [...within, ...around(p.x, p.y, reach, text, 0)].map((label) => ({ label, box: box(label) })).find(({ label, box: b }) => free(label, b))
        if (spot === undefined) continue
        taken.push(spot)
        return [
          {
            url: p.url,
            title: `${p.name}${p.country === null ? '' : `, ${p.country}`} (an area): ${placeCounts(p.attacks, p.others)}`,
            label: roundLabel(spot.label),
          },
        ]
      }
      // Neither its name nor its number finds room: the area is drawn unlabelled, and listed in the table.
      return []
    })

  // Countries' names, larger, where room is left near the middle of each.
  const countryFont = font * 1.15
  const countries = options.countries.flatMap((country) => {
    const text = country.name.toUpperCase()
    const steps = [0, 1, -1, 2, -2, 3, -3]
    const spots = steps.flatMap((dy) => steps.map((dx) => [dx, dy] as const)).sort((a, b) => Math.hypot(...a) - Math.hypot(...b))
    for (const [dx, dy] of spots) {
      const label: MapLabel = { x: country.x + dx * 1.5 * countryFont, y: country.y + dy * countryFont, anchor: 'middle', text }
      // The names are set with letter-spacing: 0.12em (style.css).
      const b = box(label, countryFont)
      const spaced = { ...b, x: b.x - 0.06 * text.length * countryFont, w: b.w + 0.12 * text.length * countryFont }
      if (free(label, spaced)) {
        taken.push({ label, box: spaced })
        return [label]
      }
    }
    return []
  })

  const groups: MapGroup[] = []
  const mapCircles = clusters.map((c, i): MapCircle => {
    const lead = c.members[0] as MapPlace
    const label = placed.find((p) => p.cluster === c)?.label as MapLabel
    const shape = { x: rounded(c.x), y: rounded(c.y), r: rounded(radius(c)), attacks: c.attacks, context: c.attacks === 0 }
    if (c.members.length === 1)
      return {
        ...shape,
        url: lead.url,
        title: `${lead.name}${lead.country === null ? '' : `, ${lead.country}`}: ${placeCounts(c.attacks, c.others)}`,
        label: roundLabel(label),
      }
    const id = `g${index}-${i + 1}`
    const heading = `${lead.name} and ${plural(c.members.length - 1, 'place')} near it`
    groups.push({ id, heading, members: c.members.map((m) => ({ name: m.name, url: m.url, counts: placeCounts(m.attacks, m.others) })) })
    return {
      ...shape,
      url: `#${id}`,
      title: `${heading}, drawn as one circle: ${placeCounts(c.attacks, c.others)}`,
      label: roundLabel(label),
    }
  })

  // The key: nested circles standing on one line, each number level with the top of its circle.
  const values = keyValues(options.scaleMax)
  const top = largest
  const keyCircles = values.map((v) => ({ v, r: radius({ attacks: v }) }))
  const base = 2 * top + gap
  let lastY = -Infinity
  const textX = 2 * top + 3 * gap + 0.6 * font
  const circlesOfKey = keyCircles.map(({ v, r }) => {
    const y = Math.max(base - 2 * r + 0.35 * font, lastY + 1.2 * font)
    lastY = y
    return {
      cx: rounded(top + gap),
      cy: rounded(base - r),
      r: rounded(r),
      line: { x1: rounded(top + gap), y1: rounded(base - 2 * r), x2: rounded(textX - 0.3 * font), y2: rounded(y - 0.35 * font) },
      label: { x: rounded(textX), y: rounded(y), anchor: 'start' as const, text: plural(v, 'attack') },
    }
  })
  const keyWidth = textX + Math.max(...values.map((v) => textWidth(plural(v, 'attack'), font))) + gap
  const keyHeight = Math.max(base + gap, lastY + 0.3 * font + gap)
  const key: MapKey = {
    width: rounded(keyWidth),
    height: rounded(keyHeight),
    share: `${Math.round((keyWidth / options.width) * 100_000) / 1000}%`,
    circles: circlesOfKey,
  }

  return {
    minWidth,
    font: rounded(font),
    countryFont: rounded(countryFont),
    numbered: [...placed.map((p) => p.label), ...areas.map((a) => a.label)].some((l) => /^\d/.test(l.text)),
    circles: mapCircles.sort((a, b) => b.r - a.r || a.url.localeCompare(b.url, 'en')),
    areas,
    countries: countries.map(roundLabel),
    groups,
    key,
  }
}

export interface MapLayoutOptions {
  /** The map's viewBox. */
  width: number
  height: number
  /** The attacks that get the largest circle: the most at one place on this map, or on any map it is compared with. */
  scaleMax: number
  /** Where each country's name would best go (the middle of its outline). */
  countries: { name: string; x: number; y: number }[]
}

/** The map laid out for each of `MAP_WIDTHS`: deterministic, from the places and options alone. */
export function layoutMap(places: MapPlace[], options: MapLayoutOptions): MapLayer[] {
  const sorted = [...places].sort((a, b) => a.slug.localeCompare(b.slug, 'en'))
  return MAP_WIDTHS.map((width, i) => layoutLayer(sorted, options, width, i))
}
