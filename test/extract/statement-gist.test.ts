import { describe, expect, it } from 'vitest'
import { statementGist, statementTitle } from '../../src/extract/statement-gist.js'

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

describe('statementTitle: a title a reader can take in, never "Speaker: verb …"', () => {
  it.each([
    // A decision keeps its own subject, so "his" has its owner.
    [
      'On Tuesday, Iraqi Prime Minister Ali Rahman ordered his commanders to find the launch teams.',
      'the Iraqi government',
      'Iraqi Prime Minister Ali Rahman ordered his commanders to find the launch teams',
    ],
    ['The defense secretary vowed to hold the attackers to account.', 'Pentagon', 'The defense secretary vowed to hold the attackers to account'],
    // A reported clause, with or without "that", reads as "<subject> said …".
    [
      'A ministry spokesman said on Friday that the strikes had violated Iraqi sovereignty.',
      'the Iraqi government',
      'A ministry spokesman said the strikes had violated Iraqi sovereignty',
    ],
    [
      'The Pentagon said on Wednesday it was now counting 19 service members with minor wounds.',
      'the Pentagon',
      'The Pentagon said it was now counting 19 service members with minor wounds',
    ],
    // A quotation with its speaker after it is headed by the speaker.
    [
      '"No American personnel were hurt in the attack," the command told reporters.',
      'U.S. Central Command',
      'U.S. Central Command: No American personnel were hurt in the attack',
    ],
    // A dateline is not part of what was said.
    [
      'AMMAN (Wire) — Three drones were downed over the border overnight, a military spokesman said.',
      'the Jordanian military',
      'The Jordanian military: Three drones were downed over the border overnight',
    ],
    // A clause that is itself a report of a report, or a fragment, gets no headline.
    ['The attack, which officials first said caused no injuries, wounded four, Ryder said.', 'Pat Ryder', 'Statement by Pat Ryder'],
    ['The spokesman also described the first raids of the week.', 'the Pentagon', 'Statement by the Pentagon'],
  ])('%s', (sentence, speaker, title) => {
    expect(statementTitle(sentence, speaker)).toBe(title)
  })
})
