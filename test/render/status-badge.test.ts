import { describe, expect, it } from 'vitest'
import { agreesWithRecord, denialText, showsStatus, statusBadge, tollDispute } from '../../src/render/event-entry.js'
import type { EventStatus, EventType } from '../../src/model/report.js'

const STATUSES: EventStatus[] = ['confirmed', 'claimed', 'denied', 'reported']

/** The badge every page, feed and comparison table prints comes from `statusBadge`: one table holds what each kind of event is shown with. */
describe('statusBadge', () => {
  it.each([
    ['attack', 'confirmed', 'confirmed', 'Confirmed', '✓'],
    ['attack', 'claimed', 'claimed', 'Claimed', '◆'],
    ['attack', 'denied', 'denied', 'Denied', '✕'],
    ['attack', 'reported', 'reported', 'Reported', '○'],
    ['us-strike', 'confirmed', 'confirmed', 'Confirmed', '✓'],
    ['us-strike', 'reported', 'reported', 'Reported', '○'],
    ['other', 'claimed', 'claimed', 'Claimed', '◆'],
    ['statement', 'confirmed', 'statement', 'Statement', '“'],
    ['statement', 'claimed', 'statement', 'Statement', '“'],
    ['statement', 'denied', 'statement', 'Statement', '“'],
    ['statement', 'reported', 'statement', 'Statement', '“'],
  ] as [EventType, EventStatus, string, string, string][])('a %s whose reports say %s is shown as %s: “%s”', (type, status, id, label, icon) => {
    expect(statusBadge(type, status)).toEqual({ id, label, icon, disputed: false, note: null })
  })

  it('says that the reports of an attack disagree on whether it happened, and how; never of a statement, which has no status to disagree on', () => {
    const reports: EventStatus[] = ['confirmed', 'denied', 'claimed']
    expect(statusBadge('attack', 'confirmed', true, reports)).toMatchObject({
      id: 'confirmed',
      disputed: true,
      note: 'Reports disagree on whether it happened: 1 report denies it, 2 say it did (1 confirmed, 1 claimed).',
    })
    expect(statusBadge('attack', 'confirmed', true).note).toBe('Reports disagree on whether it happened.')
    expect(statusBadge('statement', 'confirmed', true, reports)).toEqual({ id: 'statement', label: 'Statement', icon: '“', disputed: false, note: null })
  })

  it('never gives a statement a status word or the check mark, whatever its reports say', () => {
    for (const status of STATUSES) {
      const badge = statusBadge('statement', status, false, [status])
      expect(badge.label).not.toMatch(/confirmed|claimed|denied|reported/i)
      expect(badge.icon).not.toBe('✓')
    }
  })

  it('shows a status for every kind of event but statements, and counts no report of a statement as differing from its record', () => {
    expect((['attack', 'us-strike', 'statement', 'other'] as EventType[]).filter(showsStatus)).toEqual(['attack', 'us-strike', 'other'])
    expect(agreesWithRecord({ type: 'attack', status: 'confirmed' }, 'claimed')).toBe(false)
    expect(agreesWithRecord({ type: 'attack', status: 'claimed' }, 'claimed')).toBe(true)
    expect(agreesWithRecord({ type: 'statement', status: 'confirmed' }, 'reported')).toBe(true)
  })
})

describe('tollDispute', () => {
  const centcom = { claimant: 'U.S. Central Command', denies: 'casualties' as const, killed: null, injured: null }
  const claim = { claimant: 'Islamic Resistance in Iraq', denies: null, killed: { min: 3, max: 3 }, injured: null }
  const plain = { claimant: 'Gulf Wire', denies: null, killed: null, injured: null }

  it('says the reports disagree on the casualties when one denies them and another gives a figure above its own', () => {
    expect(tollDispute([claim, centcom])).toBe('Reports disagree on the casualties: U.S. Central Command denies them.')
    expect(tollDispute([claim, { ...centcom, killed: { min: 0, max: 0 } }])).not.toBeNull()
  })

  it('says nothing when the denial stands beside a report that the attack happened, or a figure it does not contradict', () => {
    expect(tollDispute([plain, centcom])).toBeNull()
    // "No one was killed; four were lightly injured" beside a report of four injured: no disagreement.
    const noDeaths = { ...centcom, killed: { min: 0, max: 0 } }
    expect(tollDispute([{ ...plain, injured: { min: 4, max: 4 } }, noDeaths])).toBeNull()
    expect(tollDispute([claim, { ...centcom, denies: 'responsibility' }])).toBeNull()
  })

  it('names what a report denies in words', () => {
    expect([denialText('occurrence'), denialText('casualties'), denialText(null)]).toEqual(['that it happened', 'the casualties', null])
  })
})
