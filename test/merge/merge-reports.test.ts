import { describe, expect, it } from 'vitest'
import type { Report } from '../../src/model/report.js'
import { deriveStatus, disputesOccurrence, highestOf } from '../../src/merge/derive-event.js'
import { mergeReports } from '../../src/merge/merge-reports.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

const tanf = { id: 'al-tanf', name: 'Al-Tanf Garrison', country: 'Syria', admin1: 'Homs', lat: 33.5, lon: 38.6, precision: 'site' as const }
const asad = { id: 'ain-al-asad', name: 'Ain al-Asad Air Base', country: 'Iraq', admin1: 'Anbar', lat: 33.8, lon: 42.4, precision: 'site' as const }

/** A report with sensible defaults; each test changes what it is about. */
function report(over: Partial<Report>): Report {
  return {
    type: 'attack',
    date: { start: '2023-10-18', end: '2023-10-18', precision: 'day' },
    location: tanf,
    weapons: ['drone'],
    actors: [],
    killed: null,
    injured: null,
    status: 'reported',
    claimant: 'Gulf Wire',
    claimantKind: 'media',
    article: 'seeds/a.md',
    source: 'Gulf Wire',
    quote: 'Drones hit al-Tanf.',
    start: 0,
    end: 19,
    dateText: 'on Wednesday',
    saidOn: '2023-10-19',
    denies: null,
    summary: '',
    ...over,
  }
}

describe('mergeReports', () => {
  const knowledge = shippedKnowledge()

  it('merges reports of the same type, site and day from two outlets into one event, with a reason', () => {
    const events = mergeReports(
      [
        report({}),
        report({
          article: 'seeds/b.md',
          source: 'Levant Daily',
          status: 'confirmed',
          claimant: 'U.S. Central Command',
          claimantKind: 'us-official',
          injured: { min: 20, max: 20 },
          weapons: ['drone', 'rocket'],
        }),
      ],
      knowledge,
    )
    expect(events).toHaveLength(1)
    const [event] = events
    expect(event?.id).toBe('2023-10-18-al-tanf-attack')
    expect(event?.reports.map((r) => r.source)).toEqual(['Gulf Wire', 'Levant Daily'])
    expect(event?.weapons).toEqual(['drone', 'rocket'])
    expect(event?.status).toBe('confirmed')
    expect(event?.injured).toEqual({ min: 20, max: 20 })
    expect(event?.mergeReasons).toHaveLength(1)
    expect(event?.mergeReasons[0]).toMatch(/Levant Daily .*same place \(Al-Tanf Garrison\).*2023-10-18/)
  })

  it('folds an attack dated only to a month into the one attack there dated to a day in that month', () => {
    const october = { start: '2023-10-01', end: '2023-10-31', precision: 'month' as const }
    // The month's report sorts first: the event still takes the day's date.
    const events = mergeReports(
      [
        report({ article: 'seeds/b.md' }),
        report({ article: 'seeds/a.md', source: 'Levant Daily', date: october, quote: 'after the drone attack on al-Tanf in October' }),
      ],
      knowledge,
    )
    expect(events.map((e) => [e.date, e.dateEnd, e.reports.map((r) => r.source)])).toEqual([['2023-10-18', '2023-10-18', ['Gulf Wire', 'Levant Daily']]])
    expect(events[0]?.mergeReasons).toEqual([
      'Levant Daily dates this attack at Al-Tanf Garrison only to October 2023, and the one attack there in that time is told on 2023-10-18.',
    ])
    // A report its article attached to the month's (it names no base) goes with it.
    const unplaced = report({
      article: 'seeds/a.md',
      date: october,
      location: null,
      injured: { min: 2, max: 2 },
      start: 40,
      end: 70,
      quote: 'The attack in October wounded two.',
    })
    const withAttached = mergeReports([report({ article: 'seeds/b.md' }), report({ article: 'seeds/a.md', date: october }), unplaced], knowledge)
    expect(withAttached.map((e) => [e.date, e.dateEnd, e.location?.id, e.injured?.max ?? null])).toEqual([['2023-10-18', '2023-10-18', 'al-tanf', 2]])
    // With two days there that month, the month's report cannot say which: it stays an event of its own.
    const two = mergeReports(
      [report({}), report({ date: { start: '2023-10-20', end: '2023-10-20', precision: 'day' } }), report({ article: 'seeds/b.md', date: october })],
      knowledge,
    )
    expect(two.map((e) => `${e.date}..${e.dateEnd}`)).toEqual(['2023-10-01..2023-10-31', '2023-10-18..2023-10-18', '2023-10-20..2023-10-20'])
  })

  it('keeps the same site on different days apart', () => {
    const events = mergeReports([report({}), report({ date: { start: '2023-10-19', end: '2023-10-19', precision: 'day' }, article: 'seeds/b.md' })], knowledge)
    expect(events.map((e) => e.id)).toEqual(['2023-10-18-al-tanf-attack', '2023-10-19-al-tanf-attack'])
  })

  it('keeps different sites on one day apart, and different types at one site apart', () => {
    const events = mergeReports(
      [report({}), report({ location: asad, article: 'seeds/b.md' }), report({ type: 'us-strike', location: null, article: 'seeds/c.md' })],
      knowledge,
    )
    expect(events.map((e) => e.id).sort()).toEqual(['2023-10-18-ain-al-asad-attack', '2023-10-18-al-tanf-attack', '2023-10-18-unknown-location-us-strike'])
  })

  it('keeps a disagreement: a claim of deaths and a denial stay side by side; the event shows the highest figure, each report its own', () => {
    const [event] = mergeReports(
      [
        report({ status: 'claimed', claimant: 'Islamic Resistance in Iraq', claimantKind: 'militia', killed: { min: 2, max: 2 } }),
        report({
          article: 'seeds/b.md',
          status: 'denied',
          denies: 'occurrence',
          claimant: 'U.S. Central Command',
          claimantKind: 'us-official',
          killed: { min: 0, max: 0 },
        }),
      ],
      knowledge,
    )
    expect(event?.status).toBe('denied')
    expect(event?.disputed).toBe(true)
    expect(event?.killed).toEqual({ min: 2, max: 2 })
    expect(event?.reports.map((r) => [r.status, r.killed?.min])).toEqual([
      ['claimed', 2],
      ['denied', 0],
    ])
  })

  it('is disputed only when the reports disagree on whether it happened, not when one denies the toll, who did it or the target', () => {
    const claim = report({ status: 'claimed', claimant: 'Islamic Resistance in Iraq', claimantKind: 'militia', killed: { min: 2, max: 2 } })
    const denial = (denies: Report['denies'], status: Report['status']) =>
      report({ article: 'seeds/b.md', status, denies, claimant: 'U.S. Central Command', claimantKind: 'us-official' })
    const merged = (denies: Report['denies'], status: Report['status']) => mergeReports([claim, denial(denies, status)], knowledge)[0]
    expect([merged('occurrence', 'denied')?.status, merged('occurrence', 'denied')?.disputed]).toEqual(['denied', true])
    for (const denies of ['casualties', 'responsibility', 'target'] as const) {
      expect([merged(denies, 'confirmed')?.status, merged(denies, 'confirmed')?.disputed], denies).toEqual(['confirmed', false])
      expect(merged(denies, 'confirmed')?.reports.map((r) => r.denies)).toEqual([null, denies])
    }
    // A denial that it happened with no other account of it is no disagreement; nor is a statement ever disputed.
    expect(mergeReports([denial('occurrence', 'denied')], knowledge)[0]?.disputed).toBe(false)
    const statement = { type: 'statement' as const, location: null, claimant: 'John Kirby', claimantKind: 'us-official' as const, status: 'confirmed' as const }
    const said = mergeReports([report(statement), report({ ...statement, article: 'seeds/b.md', denies: 'occurrence' })], knowledge)
    expect(said.map((e) => e.disputed)).toEqual([false])
  })

  it('attaches a report that names no base to the attack its own article places on that day', () => {
    const events = mergeReports([report({}), report({ location: null, start: 30, end: 60, quote: 'The attacks on Wednesday involved drones.' })], knowledge)
    expect(events).toHaveLength(1)
    expect(events[0]?.reports).toHaveLength(2)
    expect(events[0]?.mergeReasons[0]).toMatch(/names no base .* same article places that day's attack at Al-Tanf Garrison/)
  })

  it('with two bases attacked that day, attaches an unplaced report to the attack told nearest to it, not to both', () => {
    const events = mergeReports(
      [
        report({ start: 0, end: 20 }),
        report({ location: null, status: 'confirmed', claimantKind: 'us-official', start: 25, end: 60, quote: 'Officials confirmed the attack.' }),
        report({ location: asad, start: 400, end: 430 }),
      ],
      knowledge,
    )
    expect(events.map((e) => [e.location?.id, e.status, e.reports.length])).toEqual([
      ['ain-al-asad', 'reported', 1],
      ['al-tanf', 'confirmed', 2],
    ])
  })

  it('makes one event of one statement quoted by two outlets', () => {
    const statement = {
      type: 'statement' as const,
      location: null,
      weapons: [],
      claimant: 'John Kirby',
      claimantKind: 'us-official' as const,
      status: 'confirmed' as const,
    }
    const events = mergeReports([report(statement), report({ ...statement, article: 'seeds/b.md', source: 'Levant Daily' })], knowledge)
    expect(events.map((e) => [e.id, e.reports.length])).toEqual([['2023-10-18-john-kirby-statement', 2]])
  })

  it('derives ids from content alone: the same reports in another order give the same events', () => {
    const reports = [report({}), report({ location: asad, article: 'seeds/b.md' }), report({ article: 'seeds/c.md', start: 5, end: 9 })]
    expect(JSON.stringify(mergeReports([...reports].reverse(), knowledge))).toBe(JSON.stringify(mergeReports(reports, knowledge)))
  })
})

describe('highestOf: the figure an event shows', () => {
  it('is the highest any report gives (a later, higher toll), the greatest maximum winning; null when none gives one', () => {
    expect(highestOf([{ min: 25, max: 25 }, null, { min: 34, max: 34 }, { min: 30, max: 35 }])).toEqual({ min: 30, max: 35 })
    expect(
      highestOf([
        { min: 0, max: 0 },
        { min: 3, max: 3 },
      ]),
    ).toEqual({ min: 3, max: 3 })
    expect(highestOf([null, null])).toBeNull()
  })
})

describe('deriveStatus', () => {
  const media = 'media' as const
  it.each([
    [
      [
        ['claimed', 'militia'],
        ['confirmed', 'us-official'],
      ],
      'confirmed',
    ],
    [
      [
        ['claimed', 'militia'],
        ['denied', 'us-official'],
      ],
      'denied',
    ],
    // A source besides the perpetrator (security sources, a monitor, the host government) outweighs its own claim.
    [
      [
        ['claimed', 'militia'],
        ['reported', 'local-security'],
      ],
      'reported',
    ],
    [
      [
        ['claimed', 'militia'],
        ['reported', 'host-government'],
      ],
      'reported',
    ],
    // An outlet telling the attack in its own voice beside the group's claim says it happened too: not only the group says so.
    [
      [
        ['claimed', 'militia'],
        ['reported', media],
      ],
      'reported',
    ],
    [[['claimed', 'militia']], 'claimed'],
    [[['reported', media]], 'reported'],
    [[['reported', 'local-security']], 'reported'],
  ] as const)('%j → %s', (stances, status) => expect(deriveStatus(stances.map(([s, claimantKind]) => ({ status: s, claimantKind })))).toBe(status))

  it('a denial of involvement says nothing on whether the claimed attack happened, unless it is all there is', () => {
    const denial = { status: 'reported', claimantKind: 'host-government', denies: 'responsibility' } as const
    expect(deriveStatus([{ status: 'claimed', claimantKind: 'militia' }, denial])).toBe('claimed')
    expect(
      deriveStatus([
        { status: 'claimed', claimantKind: 'militia' },
        { ...denial, denies: null },
      ]),
    ).toBe('reported')
    expect(deriveStatus([denial])).toBe('reported')
  })

  it('a U.S. denial of the target makes the event denied, and is no dispute of whether the rockets were fired', () => {
    const target = { status: 'denied', claimantKind: 'us-official', denies: 'target' } as const
    const security = { status: 'reported', claimantKind: 'local-security', denies: null } as const
    expect(deriveStatus([security, target])).toBe('denied')
    expect(disputesOccurrence('attack', [security, target])).toBe(false)
    expect(disputesOccurrence('attack', [security, { ...target, denies: 'occurrence' }])).toBe(true)
  })
})
