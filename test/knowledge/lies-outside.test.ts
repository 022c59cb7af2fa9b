import { describe, expect, it } from 'vitest'
import { liesOutside } from '../../src/knowledge/lies-outside.js'
import type { Place } from '../../src/model/report.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

const knowledge = shippedKnowledge()
const entry = (id: string) => {
  const found = knowledge.placeById.get(id)
  if (found === undefined) throw new Error(`no gazetteer entry ${id}`)
  return found
}
const place = (id: string): Place => {
  const { id: own, name, country, admin1, lat, lon, precision } = entry(id)
  return { id: own, name, country, admin1, lat, lon, precision }
}

describe('liesOutside: whether a base lies outside an area the gazetteer describes', () => {
  it("knows a region's provinces", () => {
    expect(liesOutside(place('ain-al-asad'), entry('northern-iraq'))).toBe(true)
    expect(liesOutside(place('erbil-air-base'), entry('northern-iraq'))).toBe(false)
    expect(liesOutside(place('ain-al-asad'), entry('western-iraq'))).toBe(false)
    expect(liesOutside(place('rumalyn-landing-zone'), entry('northeast-syria'))).toBe(false)
    expect(liesOutside(place('al-tanf'), entry('eastern-syria'))).toBe(true)
  })
  it('holds every place of a country in it, and none of another', () => {
    expect(liesOutside(place('al-tanf'), entry('syria'))).toBe(false)
    expect(liesOutside(place('tower-22'), entry('syria'))).toBe(true)
  })
})
