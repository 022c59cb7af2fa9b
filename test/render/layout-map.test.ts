import { describe, expect, it } from 'vitest'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import { drawBaseMap } from '../../src/render/draw-map.js'
import { layoutMap, MAP_WIDTHS, type MapLabel, type MapLayer, type MapPlace } from '../../src/render/layout-map.js'
import { textWidth } from '../../src/render/text-width.js'

const WIDTH = 640
const HEIGHT = 480
const base = drawBaseMap({ width: WIDTH, height: HEIGHT, margin: 14, resolution: '50m', digits: 1 })
const countries = base.shapes.flatMap((s) => (s.label === null ? [] : [{ name: s.name, x: s.label.x, y: s.label.y }]))

/** Every place of the gazetteer with a made-up number of attacks (none random): bases, towns, and regions drawn as areas. */
function gazetteerPlaces(): MapPlace[] {
  const places = loadKnowledge().places.filter((p) => p.precision !== 'country')
  return places.map((p, i) => {
    const { x, y } = base.project(p.lon, p.lat)
    const north = base.project(p.lon, p.lat + (p.radiusKm ?? 0) / 111.195)
    const country = base.shapes.find((s) => s.name === p.country)?.id ?? null
    return {
      slug: p.id,
      name: p.name,
      short: p.shortName ?? p.name.replace(/\s*\([^)]*\)/g, '').replace(/,.*$/, ''),
      number: i + 1,
      country: p.country,
      url: `/sites/${p.id}/`,
      x,
      y,
      attacks: (i * 7) % 23,
      others: i % 3,
      area:
        p.radiusKm === undefined
          ? null
          : {
              d: base.area(p.lon, p.lat, p.radiusKm),
              reach: Math.hypot(north.x - x, north.y - y),
              contains: (px, py) => country === null || base.contains(country, px, py),
            },
    }
  })
}

/** A label's box as the layout reckons it (DejaVu Sans's widths, ascent and descent). */
function boxOf(label: MapLabel, font: number, spacing = 0): { x: number; y: number; w: number; h: number } {
  const w = textWidth(label.text, font) + spacing * label.text.length * font
  const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2
  return { x, y: label.y - 0.93 * font, w, h: 1.17 * font }
}

/** Labels that touch another label or a circle, or leave the map, in one layer: none expected. */
function collisions(layer: MapLayer): string[] {
  const labels = [
    ...layer.circles.map((c) => ({ text: c.label.text, box: boxOf(c.label, layer.font) })),
    ...layer.areas.map((a) => ({ text: a.label.text, box: boxOf(a.label, layer.font) })),
    ...layer.countries.map((c) => ({ text: c.text, box: boxOf(c, layer.countryFont, 0.12) })),
  ]
  const found: string[] = []
  const slack = 0.05
  for (const [i, a] of labels.entries()) {
    if (a.box.x < 0 || a.box.y < 0 || a.box.x + a.box.w > WIDTH || a.box.y + a.box.h > HEIGHT) found.push(`${a.text} leaves the map`)
    for (const b of labels.slice(i + 1))
      if (
        a.box.x < b.box.x + b.box.w - slack &&
        b.box.x < a.box.x + a.box.w - slack &&
        a.box.y < b.box.y + b.box.h - slack &&
        b.box.y < a.box.y + a.box.h - slack
      )
        found.push(`${a.text} | ${b.text}`)
    for (const c of layer.circles) {
      const dx = Math.max(a.box.x - c.x, 0, c.x - (a.box.x + a.box.w))
      const dy = Math.max(a.box.y - c.y, 0, c.y - (a.box.y + a.box.h))
      if (Math.hypot(dx, dy) < c.r - slack) found.push(`${a.text} | circle ${c.title}`)
    }
  }
  return found
}

describe('the map layout', () => {
  const places = gazetteerPlaces()
  const layers = layoutMap(places, { width: WIDTH, height: HEIGHT, scaleMax: 22, countries })

  it('lays out one layer per width, each labelling every circle, with no label touching another label or any circle', () => {
    expect(layers.map((l) => l.minWidth)).toEqual([...MAP_WIDTHS])
    for (const layer of layers) {
      expect(collisions(layer), `${layer.minWidth} px`).toEqual([])
      for (const c of layer.circles) expect(c.label.text, c.title).not.toBe('')
    }
  })

  it('sets labels 12 px high at each layer’s narrowest width', () => {
    for (const layer of layers) expect((layer.font * layer.minWidth) / WIDTH).toBeCloseTo(12, 0)
  })

  it('draws no two circles touching: places too close share one circle, whose area counts all their attacks, listed as a group', () => {
    for (const layer of layers) {
      for (const [i, a] of layer.circles.entries())
        for (const b of layer.circles.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.title} | ${b.title}`).toBeGreaterThanOrEqual(a.r + b.r)
      // Every point is in exactly one circle (directly or in a group); areas are never circles.
      const drawn = layer.circles.flatMap((c) =>
        c.url.startsWith('#') ? (layer.groups.find((g) => `#${g.id}` === c.url)?.members.map((m) => m.url) ?? []) : [c.url],
      )
      expect(drawn.sort()).toEqual(
        places
          .filter((p) => p.area === null)
          .map((p) => p.url)
          .sort(),
      )
      for (const c of layer.circles.filter((c) => c.url.startsWith('#'))) {
        const group = layer.groups.find((g) => `#${g.id}` === c.url)
        const attacks = group?.members.reduce((sum, m) => sum + Number(m.counts.match(/^(\d+) attack/)?.[1] ?? 0), 0)
        expect(c.attacks).toBe(attacks)
        expect(c.label.text).toMatch(new RegExp(`\\+${(group?.members.length ?? 0) - 1}$`))
      }
    }
    // The phone's layer groups more than the desktop's.
    expect(layers[0]?.circles.length).toBeLessThan(layers[3]?.circles.length ?? 0)
  })

  it('makes each circle’s area proportional to its attacks, on the scale its key shows', () => {
    for (const layer of layers) {
      const per = (r: number, attacks: number): number => (r * r) / attacks
      const key = layer.key.circles.map((k) => ({ r: k.r, attacks: Number(k.label.text.match(/^(\d+)/)?.[1]) }))
      expect(key.map((k) => k.attacks)).toEqual([22, 5, 1])
      const unit = per(key[0]?.r ?? 0, key[0]?.attacks ?? 1)
      for (const k of key) expect(per(k.r, k.attacks) / unit).toBeCloseTo(1, 1)
      for (const c of layer.circles.filter((c) => !c.context)) expect(per(c.r, c.attacks) / unit, c.title).toBeCloseTo(1, 1)
    }
  })

  it('labels a region as an area, inside it where there is room, with its attacks', () => {
    const desktop = layers[3] as MapLayer
    const eastern = desktop.areas.find((a) => a.url === '/sites/eastern-syria/')
    expect(eastern?.label.text).toMatch(/^Eastern Syria( · \d+)?$/)
    expect(eastern?.title).toMatch(/^Eastern Syria, Syria \(an area\): /)
    expect(desktop.circles.some((c) => c.url === '/sites/eastern-syria/')).toBe(false)
  })

  it('lays out the same map whatever order the places come in', () => {
    const again = layoutMap([...places].reverse(), { width: WIDTH, height: HEIGHT, scaleMax: 22, countries })
    expect(JSON.stringify(again)).toBe(JSON.stringify(layers))
  })

  it('groups two places a few kilometres apart at every width, and keeps a lone place alone', () => {
    const [embassy, union, tanf] = ['us-embassy-baghdad', 'union-iii', 'al-tanf'].map((id) => places.find((p) => p.slug === id) as MapPlace)
    const three = layoutMap(
      [
        { ...(embassy as MapPlace), attacks: 4 },
        { ...(union as MapPlace), attacks: 2 },
        { ...(tanf as MapPlace), attacks: 1 },
      ],
      { width: WIDTH, height: HEIGHT, scaleMax: 4, countries },
    )
    for (const layer of three) {
      expect(layer.circles.map((c) => [c.label.text, c.attacks])).toEqual([
        ['U.S. Embassy Baghdad +1', 6],
        ['Al-Tanf Garrison', 1],
      ])
      expect(layer.groups[0]?.heading).toBe('U.S. Embassy Baghdad and 1 place near it')
      expect(collisions(layer)).toEqual([])
    }
  })
})
