import { describe, expect, it } from 'vitest'
import { findCasualties, parseCount } from '../../src/extract/find-casualties.js'

describe('findCasualties keeps killed and injured apart', () => {
  it.each([
    ['Two dozen American military personnel were wounded last week.', null, 24],
    ['Twenty American personnel sustained minor injuries on Oct. 18.', null, 20],
    ['The drone attack killed three U.S. soldiers and wounded at least 34.', 3, 34],
    ['Three U.S. Army soldiers were killed and more than 40 others were injured.', 3, 41],
    ['The strike killed six SDF fighters.', 6, null],
    ['Eight U.S. personnel suffered minor injuries.', null, 8],
    ['One service member was killed.', 1, null],
  ] as const)('%j → killed %s, injured %s', (sentence, killed, injured) => {
    const found = findCasualties(sentence)
    expect(found.killed?.min ?? null).toBe(killed)
    expect(found.injured?.min ?? null).toBe(injured)
  })

  it.each([
    'At least 24 strikes hit U.S. bases since Oct. 17.',
    'No U.S. personnel were hurt.',
    'The militia claimed some of the injuries were fatal.',
    'Brigade 45 was blamed.',
  ])('%j gives no figure', (sentence) => {
    expect(findCasualties(sentence)).toEqual({ killed: null, injured: null })
  })
})

describe('parseCount', () => {
  it.each([
    ['20', 20],
    ['twenty-four', 24],
    ['two dozen', 24],
    ['a dozen', 12],
    ['at least 34', 34],
    ['more than 40', 41],
    ['1,200', 1200],
  ] as const)('%s → %i', (phrase, n) => {
    expect(parseCount(phrase)).toEqual({ min: n, max: n })
  })
  it('refuses words that are not numbers', () => expect(parseCount('several')).toBeNull())
})
