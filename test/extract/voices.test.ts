import { describe, expect, it } from 'vitest'
import type { Attribution } from '../../src/extract/attribute-claim.js'
import { Voices } from '../../src/extract/voices.js'

const said = (claimant: string, claimantKind: Attribution['claimantKind']): Attribution => ({
  claimant,
  claimantKind,
  status: claimantKind === 'us-official' ? 'confirmed' : claimantKind === 'militia' ? 'claimed' : 'reported',
  denies: null,
})
const pentagon = said('the Pentagon', 'us-official')
const outlet = said('The Daily', 'media')
const militia = said('Islamic Resistance in Iraq', 'militia')
const none = { text: 'Rockets were fired.', claimants: [] }
const naming = (label: string, kind: 'us-official' | 'host-government') => ({
  text: `${label} said.`,
  claimants: [{ value: { label, kind, terms: [label], acronyms: [] }, start: 0, end: label.length }],
})

describe('Voices: who a sentence that names no speaker goes on with', () => {
  it('a source that spoke stays "the official" in later paragraphs; the paragraph voice does not', () => {
    const voices = new Voices()
    voices.startParagraph(false)
    voices.heard(pentagon, naming('the Pentagon', 'us-official'), undefined)
    expect(voices.previous()).toEqual(pentagon)
    voices.startParagraph(false)
    voices.heard(militia, none, undefined)
    // In the paragraph that quoted the militia, "the group said" is the militia; in the next, the last source that spoke.
    expect(voices.previous()).toEqual(militia)
    voices.startParagraph(false)
    expect(voices.previous()).toEqual(pentagon)
  })

  it('an official named without a verb of speech is who "she said" means next', () => {
    const voices = new Voices()
    voices.startParagraph(false)
    voices.heard(outlet, naming('Sabrina Singh', 'us-official'), undefined)
    expect(voices.previous()).toMatchObject({ claimant: 'Sabrina Singh', claimantKind: 'us-official', status: 'confirmed' })
  })

  it("an official's account of one day's attack is gone on with only by the next sentence", () => {
    const voices = new Voices()
    voices.startParagraph(false)
    voices.heard(pentagon, none, { start: '2023-11-23', end: '2023-11-23' })
    expect(voices.account()).toEqual({ attribution: pentagon, day: '2023-11-23' })
    voices.heard(outlet, none, undefined)
    expect(voices.account()).toBeNull()
    // A span of days is no one day's account.
    voices.heard(pentagon, none, { start: '2023-11-20', end: '2023-11-26' })
    expect(voices.account()).toBeNull()
  })

  it("a paragraph ending in a colon in an official's voice speaks for the list after it, until a paragraph that is no item", () => {
    const voices = new Voices()
    voices.startParagraph(false)
    voices.heard(pentagon, none, undefined)
    voices.endParagraph(false, 'The official gave the following account:')
    voices.startParagraph(true)
    expect(voices.listVoice()).toEqual(pentagon)
    voices.endParagraph(true, 'Drones hit Al-Asad.')
    voices.startParagraph(true)
    expect(voices.listVoice()).toEqual(pentagon)
    voices.startParagraph(false)
    expect(voices.listVoice()).toBeNull()
  })

  it("a colon in the outlet's own voice introduces nothing", () => {
    const voices = new Voices()
    voices.startParagraph(false)
    voices.heard(outlet, none, undefined)
    voices.endParagraph(false, 'Here is what we know:')
    voices.startParagraph(true)
    expect(voices.listVoice()).toBeNull()
  })
  it("the outlet's words that say the statement lists what follows give the list the voice of the source that last spoke", () => {
    const voices = new Voices()
    voices.startParagraph(false)
    voices.heard(outlet, naming('the Pentagon', 'us-official'), undefined)
    voices.startParagraph(false)
    // A militia's claim quoted in between is not the statement's voice.
    voices.heard(militia, none, undefined)
    voices.heard(outlet, none, undefined)
    voices.endParagraph(false, 'As examples, the statement listed:')
    voices.startParagraph(true)
    expect(voices.listVoice()).toMatchObject({ claimant: 'the Pentagon', status: 'confirmed' })
    voices.startParagraph(false)
    voices.heard(outlet, none, undefined)
    voices.endParagraph(false, 'Analysts listed others:')
    voices.startParagraph(true)
    expect(voices.listVoice()).toBeNull()
  })
})
