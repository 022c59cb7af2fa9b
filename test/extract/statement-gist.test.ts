import { describe, expect, it } from 'vitest'
import { statementGist } from '../../src/extract/statement-gist.js'

describe('statementGist sums up a statement in its own words', () => {
  it.each([
    ['John Kirby said on Monday that Iran is “actively facilitating” attacks on U.S. forces.', 'Iran is “actively facilitating” attacks on U.S. forces'],
    [
      'On Monday, Prime Minister Mohammed al-Sudani ordered his forces to hunt down the groups responsible.',
      'ordered his forces to hunt down the groups responsible',
    ],
    [
      '“The reports of U.S. service member deaths earlier today are not true,” CENTCOM told the National on Sunday.',
      'The reports of U.S. service member deaths earlier today are not true',
    ],
    [
      'The Pentagon is looking into the latest reports, Pentagon Press Secretary Pat Ryder said at a briefing Monday.',
      'The Pentagon is looking into the latest reports',
    ],
  ])('%j → %j', (sentence, gist) => expect(statementGist(sentence)).toBe(gist))

  it('cuts a long gist at a word and marks the cut', () => {
    const gist = statementGist(`Kirby said on Monday that ${'the attacks are unacceptable and '.repeat(6)}must stop.`)
    expect(gist?.length).toBeLessThanOrEqual(101)
    expect(gist).toMatch(/\w…$/)
    // As much of it as fits in 100 characters, cut at the last whole word: three of the six repeats.
    expect(gist).toBe(`${'the attacks are unacceptable and '.repeat(3).trimEnd()}…`)
  })

  it('gives nothing when the sentence has no gist', () => expect(statementGist('A senior defense official echoed that concern on Monday.')).toBeNull())
})
