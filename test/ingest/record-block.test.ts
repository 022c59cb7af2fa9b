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
