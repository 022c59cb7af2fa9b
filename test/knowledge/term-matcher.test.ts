import { describe, expect, it } from 'vitest'
import { createTermMatcher } from '../../src/knowledge/term-matcher.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

describe('createTermMatcher', () => {
  const find = createTermMatcher([
    { terms: ['The National'], value: 'outlet' },
    { terms: ['National Security Council'], value: 'council' },
    { terms: ['Iraq'], value: 'country' },
    { terms: ['Islamic Resistance in Iraq'], value: 'group' },
  ])

  it('keeps the longer of two terms that overlap, whichever starts first', () => {
    expect(find("The National Security Council's spokeswoman said so, The National reported.").map((m) => m.value)).toEqual(['council', 'outlet'])
  })

  it('keeps a term that holds another whole, and gives matches in text order', () => {
    expect(find('Iraq: the Islamic Resistance in Iraq claimed it.').map((m) => [m.value, m.start])).toEqual([
      ['country', 0],
      ['group', 10],
    ])
  })

  it('reads "The National Security Council" in the shipped claimants as the White House, a U.S. official', () => {
    const [first] = shippedKnowledge().findClaimants("The National Security Council's spokeswoman said three were wounded.")
    expect(first?.value.kind).toBe('us-official')
  })
})
