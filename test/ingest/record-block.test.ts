import { describe, expect, it } from 'vitest'
import { parseBody } from '../../src/ingest/parse-body.js'

/** Each paragraph's text and how many sentences it has. */
const shape = (body: string) => parseBody(body, 1).map((p) => [body.slice(p.start, p.end), p.sentences.length])

describe('record blocks: an incident told as fields', () => {
  it('makes the heading and its field lines one paragraph of one sentence', () => {
    const body =
      'Incidents this week.\n\n**Ain al-Asad air base, Anbar**\n\n- Date: 21 October 2023\n- Weapon: 2 UAVs\n- Outcome: both shot down near the base\n- Status: Reported (Iraqi army sources)\n\nMore next week.\n'
    expect(shape(body)).toEqual([
      ['Incidents this week.', 1],
      [
        '**Ain al-Asad air base, Anbar**\n\n- Date: 21 October 2023\n- Weapon: 2 UAVs\n- Outcome: both shot down near the base\n- Status: Reported (Iraqi army sources)',
        1,
      ],
      ['More next week.', 1],
    ])
  })

  it('leaves fields alone that tell no day, or nothing of what happened, and a run of two', () => {
    const noDay = '**Harir**\n\n- Weapon: drone\n- Outcome: shot down\n- Status: Reported\n'
    const noWhat = '**Harir**\n\n- Date: 5 January 2024\n- Source: local officials\n- Status: Reported\n'
    const two = '**Harir**\n\n- Date: 5 January 2024\n- Outcome: shot down\n'
    for (const body of [noDay, noWhat, two]) expect(shape(body).length).toBeGreaterThan(2)
  })
})

describe('a table a scraper left with tabs between its cells', () => {
  it('makes each line a paragraph of its own, as a Markdown row is', () => {
    const body =
      'The week in rows.\nDate\tSite\tWeapon\tResult\tSource\n15 Dec\tAin al-Asad air base\tdrones\thit, per claim\tIRI statement\n16 Dec\tal-Malikiyah base\tdrones\tnot known\tIRI statement\n'
    expect(shape(body).map(([text]) => text)).toEqual([
      'The week in rows.',
      'Date\tSite\tWeapon\tResult\tSource',
      '15 Dec\tAin al-Asad air base\tdrones\thit, per claim\tIRI statement',
      '16 Dec\tal-Malikiyah base\tdrones\tnot known\tIRI statement',
    ])
  })
})

describe('a table a scraper left one cell to a line', () => {
  it('makes its line of names and each row of as many lines a paragraph of one sentence', () => {
    const body =
      'Entries are in date order.\nDate\nSite\nWeapon\nSource\nThu 9 Nov\nHarir air base, Erbil\narmed drones\nsecurity sources\nFri 10 Nov\nal-Tanf base, Syria\narmed drone\nU.S. military official (via SANA)\nHarir: security sources said the blast was heard across the valley.\n'
    expect(shape(body)).toEqual([
      ['Entries are in date order.', 1],
      ['Date\nSite\nWeapon\nSource', 1],
      ['Thu 9 Nov\nHarir air base, Erbil\narmed drones\nsecurity sources', 1],
      ['Fri 10 Nov\nal-Tanf base, Syria\narmed drone\nU.S. military official (via SANA)', 1],
      ['Harir: security sources said the blast was heard across the valley.', 1],
    ])
  })

  // A guard: it passes without the rule too.
  it('leaves a list of short lines alone that has no day and place among its names', () => {
    const body = 'Home\nIraq\nSyria\nData\nSubscribe\nSearch\nRockets hit the base on Monday.\n'
    expect(shape(body).map(([text]) => text)).not.toContain('Home\nIraq\nSyria')
  })
})

describe('a chronology laid out in columns of spaces, as text pulled from a PDF leaves one (session 58)', () => {
  it('makes each dated row a paragraph of its own, so no row lends the next its figures', () => {
    const body =
      'Annex B. Incidents (selected)\n12 Nov   Shaddadi, Syria         rockets; 2 U.S. personnel hurt\n14 Nov   Harir AB, Iraq          drone; no losses\nNov 15   Erbil airport, Iraq     drone; shot down\n'
    expect(shape(body).map(([text]) => text)).toEqual([
      'Annex B. Incidents (selected)',
      '12 Nov   Shaddadi, Syria         rockets; 2 U.S. personnel hurt',
      '14 Nov   Harir AB, Iraq          drone; no losses',
      'Nov 15   Erbil airport, Iraq     drone; shot down',
    ])
  })
  it('leaves a hard-wrapped line of prose that opens with a day together with the next', () => {
    const body = 'The monitor counted four drones that\n23 November, one of them near Erbil airport.\n'
    expect(shape(body)).toHaveLength(1)
  })
})

describe('hard-wrapped lines that end on an abbreviation (session 58)', () => {
  it('goes on past "U.S." when the next line opens in lower case, and past a title always', () => {
    const body =
      'A CENTCOM spokesperson said eight U.S.\npersonnel were injured in the attack, according to Maj. Gen.\nPat Ryder.\n\nThe base was struck by the U.S.\nOfficials said nothing more.\n'
    expect(shape(body).map(([text]) => text)).toEqual([
      'A CENTCOM spokesperson said eight U.S.\npersonnel were injured in the attack, according to Maj. Gen.\nPat Ryder.',
      'The base was struck by the U.S.',
      'Officials said nothing more.',
    ])
  })
})
