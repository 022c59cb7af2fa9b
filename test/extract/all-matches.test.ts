import { describe, expect, it } from 'vitest'
import { allMatches } from '../../src/extract/all-matches.js'

describe('allMatches', () => {
  it('finds what matchAll finds, with groups and offsets, and leaves the pattern ready for the next text', () => {
    const pattern = /(?<n>\d+) (?<what>rockets?|drones?)/g
    const text = 'Two attacks: 3 rockets at dawn, 1 drone at noon, and 12 rockets later.'
    const mine = allMatches(pattern, text)
    const theirs = [...text.matchAll(pattern)]
    expect(mine.map((m) => [m.index, m[0], m.groups?.n, m.groups?.what])).toEqual(theirs.map((m) => [m.index, m[0], m.groups?.n, m.groups?.what]))
    expect(mine).toHaveLength(3)
    expect(pattern.lastIndex).toBe(0)
    expect(allMatches(pattern, 'no figures here')).toEqual([])
  })

  it('steps past an empty match instead of finding it forever', () => {
    expect(allMatches(/\b/g, 'al Asad').map((m) => m.index)).toEqual([0, 2, 3, 7])
  })

  it('lets a caller run the same pattern again while it reads the matches', () => {
    const pattern = /\d+/g
    const seen = allMatches(pattern, '1 2 3').map((m) => `${m[0]}:${allMatches(pattern, '40 50').length}`)
    expect(seen).toEqual(['1:2', '2:2', '3:2'])
  })

  it('refuses a pattern without the g flag, which would match one place again and again', () => {
    expect(() => allMatches(/\d/, '1 2')).toThrow(/flag g/)
  })
})
