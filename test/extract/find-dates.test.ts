import { describe, expect, it } from 'vitest'
import { findDates } from '../../src/extract/find-dates.js'

type Row = [sentence: string, published: string, expected: string, role?: string]

/** Sentence + publication day → the span of the first date expression (`start` or `start..end`) and its role. */
const resolves: Row[] = [
  ['Kirby said on Monday that Iran is aiding the attacks.', '2023-10-24', '2023-10-23'],
  ['Missiles were fired last Thursday.', '2023-10-24', '2023-10-19'],
  ['Rockets hit the base late Sunday.', '2023-10-24', '2023-10-22'],
  ['A drone was shot down early Friday.', '2023-12-09', '2023-12-08'],
  ['The base was hit on Tuesday, officials said.', '2023-10-24', '2023-10-24'], // same weekday as publication: that day
  ['The base was hit last Tuesday, officials said.', '2023-10-24', '2023-10-17'], // "last" on the same weekday: a week earlier
  ['It was hit yesterday.', '2024-01-01', '2023-12-31'], // across a year boundary
  ['One assault took place today.', '2023-10-30', '2023-10-30'],
  ['Twenty were hurt on Oct. 18 when drones struck.', '2023-10-24', '2023-10-18'],
  ['Drones struck on 18 October.', '2023-10-24', '2023-10-18'],
  ['The attack on Sunday, Jan. 28 killed three.', '2024-02-05', '2024-01-28'],
  ['It happened on Nov. 1, 2023.', '2024-01-02', '2023-11-01'],
  ['The Dec. 30 drone attack on Harir was claimed.', '2024-01-02', '2023-12-30'], // month-day after publication: last year
  ['It was attacked on Monday.', '2023-11-01', '2023-10-30'], // across a month boundary
  ['Drones hit the base earlier this week.', '2023-10-19', '2023-10-16..2023-10-18'],
  ['The base was hit several times last week.', '2023-10-23', '2023-10-16..2023-10-22'],
  ['At least 24 strikes since Oct. 17.', '2023-10-30', '2023-10-17..2023-10-30', 'since'],
  ['Attacks rose in recent days.', '2023-10-30', '2023-10-28..2023-10-30', 'since'],
  ['Almost a dozen attacks over the past two weeks.', '2023-10-24', '2023-10-10..2023-10-24', 'since'],
  ['At 4:00 p.m. EST on Feb. 2, U.S. forces struck.', '2024-02-03', '2024-02-02'],
  ['Talks will be held on Monday.', '2023-10-24', '2023-10-30', 'future'],
  ['In this January 13, 2020, photo, soldiers stand guard.', '2023-10-23', '2020-01-13', 'historical'],
  ['The group was established in 2020.', '2023-10-30', '2020-01-01..2020-12-31', 'historical'],
  ['It was the first deadly attack since Sunday, Jan. 28, when a drone killed three.', '2024-02-05', '2024-01-28'],
]

describe('findDates: each expression resolves against the publication day', () => {
  it.each(resolves)('%j published %s → %s', (sentence, published, expected, role = 'point') => {
    const first = findDates(sentence, published)[0]
    expect(first).toBeDefined()
    const span = first?.span.start === first?.span.end ? first?.span.start : `${first?.span.start}..${first?.span.end}`
    expect(span).toBe(expected)
    expect(first?.role).toBe(role)
  })

  it('never makes "last week" one day', () => {
    const [m] = findDates('Two dozen were wounded last week.', '2023-10-24')
    expect(m?.span.precision).toBe('range')
    expect(m?.span.start).not.toBe(m?.span.end)
  })

  it('counts "the previous day" and "the same day" from the day just mentioned', () => {
    expect(findDates('A drone hit Harir on Dec. 30, and another hit Erbil the previous day.', '2024-01-02').map((m) => m.span.start)).toEqual([
      '2023-12-30',
      '2023-12-29',
    ])
    expect(findDates('It also struck Rumalyn the same day.', '2023-11-14', '2023-11-13')[0]?.span.start).toBe('2023-11-13')
  })

  it('gives the publication day for a weekday equal to it whatever the time zone', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles')
    expect(findDates('on Sunday', '2024-01-28')[0]?.span.start).toBe('2024-01-28')
  })
})

describe('findDates: text that is no date', () => {
  it.each([
    'Turnout was 12.53% in the province.',
    'In a second statement, the group said it struck the base.',
    'Tower 22 houses about 350 troops.',
    'Brigade 45 of the PMF is Kataib Hezbollah.',
    'The militias launched at least 24 strikes.',
  ])('%j yields no day', (sentence) => {
    expect(findDates(sentence, '2023-10-24').filter((m) => m.role === 'point')).toEqual([])
  })
})

describe('findDates: a number after a month-day is not a year', () => {
  it('reads "since Oct. 17, 20 times in Iraq" as Oct. 17 of this campaign', () => {
    const [m] = findDates('U.S. forces had been attacked 38 times since Oct. 17, 20 times in Iraq.', '2023-11-10')
    expect(m).toMatchObject({ role: 'since', span: { start: '2023-10-17', end: '2023-11-10' } })
  })
})
