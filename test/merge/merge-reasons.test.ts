import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../../src/clean/clean-article.js'
import { applyCorrections } from '../../src/editorial/apply-corrections.js'
import { extractReports } from '../../src/extract/extract-reports.js'
import { mergeReports } from '../../src/merge/merge-reports.js'
import type { Correction } from '../../src/model/correction.js'
import type { TimelineEvent } from '../../src/model/event.js'
import type { Report } from '../../src/model/report.js'
import { articleOf, shippedKnowledge } from '../helpers/extract-text.js'

const knowledge = shippedKnowledge()

/** The reports extraction finds in `body`, an article with id `id` by `source`, published on Thursday 19 October 2023. */
const reportsIn = (id: string, source: string, body: string): Report[] =>
  extractReports(cleanArticle({ ...articleOf(body, '2023-10-19', source), path: `../elsewhere/${id}`, id }), knowledge).reports

const titles = new Map([
  ['seeds/a.md', 'Drones strike al-Tanf'],
  ['seeds/b.md', 'Drone hits al-Tanf'],
  ['seeds/c.md', 'Rockets fired at U.S. forces in Syria'],
])

/** Gulf Wire's lead, Levant Daily's three sentences about the same attack, and Desert Wire's report with and without a base. */
const reports = [
  ...reportsIn('seeds/a.md', 'Gulf Wire', 'Drones struck the al-Tanf garrison in Syria on Wednesday, U.S. officials said.'),
  ...reportsIn(
    'seeds/b.md',
    'Levant Daily',
    'A drone hit al-Tanf garrison on Wednesday, the outlet reported. The Pentagon confirmed the attack. Officials said nobody was hurt in the attack.',
  ),
  ...reportsIn(
    'seeds/c.md',
    'Desert Wire',
    'Drones struck the al-Tanf garrison on Wednesday. Rockets were fired at U.S. forces in Syria on Wednesday, officials said.',
  ),
]

describe('merge reasons', () => {
  it('name each article by its outlet and title, never by its file, and say each reason once', () => {
    const [event, ...others] = mergeReports(reports, knowledge, titles)
    expect(others).toEqual([])
    expect(event?.reports).toHaveLength(6)
    expect(event?.mergeReasons).toEqual([
      'Levant Daily, “Drone hits al-Tanf”, reports the same type of event (attack) at the same place (Al-Tanf Garrison) on the same day, 2023-10-18.',
      'Desert Wire, “Rockets fired at U.S. forces in Syria”, reports the same type of event (attack) at the same place (Al-Tanf Garrison) on the same day, 2023-10-18.',
      "Desert Wire, “Rockets fired at U.S. forces in Syria”, names no base for this attack on 2023-10-18, but the same article places that day's attack at Al-Tanf Garrison.",
    ])
  })

  it('name an article without a known title by its outlet alone, still never by its file', () => {
    const [event] = mergeReports(reports, knowledge)
    expect(event?.mergeReasons[0]).toBe(
      'Levant Daily reports the same type of event (attack) at the same place (Al-Tanf Garrison) on the same day, 2023-10-18.',
    )
    expect(event?.mergeReasons.join('\n')).not.toMatch(/\.md|seeds\/|elsewhere/)
  })

  it("of an editor's merge name the articles it brought; a split keeps only the reasons about articles still in the event", () => {
    const fourth = reportsIn('seeds/d.md', 'Plains Post', 'Rockets were fired at U.S. forces in Syria on Wednesday, officials said.')
    const named = new Map([...titles, ['seeds/d.md', 'Rocket fire in Syria']])
    const merged = mergeReports([...reports.filter((r) => r.article !== 'seeds/c.md'), ...fourth], knowledge, named)
    const tanf = merged.find((e) => e.location?.id === 'al-tanf') as TimelineEvent
    const syria = merged.find((e) => e !== tanf) as TimelineEvent
    const corrections: Correction[] = [
      { line: 1, target: { event: syria.id }, reason: 'The rockets were fired at al-Tanf.', action: { kind: 'merge', into: { event: tanf.id } } },
      {
        line: 4,
        target: { event: tanf.id },
        reason: "Levant Daily's drone hit another day.",
        action: { kind: 'split', reports: [{ article: 'seeds/b.md', quote: '' }], set: {} },
      },
    ]
    const [afterMerge] = applyCorrections(merged, corrections.slice(0, 1), knowledge, 'seeds/corrections.yaml', null, [], named).events
    const editorLine = `Merged by an editor from ${syria.id} (Plains Post, “Rocket fire in Syria”): The rockets were fired at al-Tanf.`
    expect(afterMerge?.mergeReasons).toEqual([
      'Levant Daily, “Drone hits al-Tanf”, reports the same type of event (attack) at the same place (Al-Tanf Garrison) on the same day, 2023-10-18.',
      editorLine,
    ])

    const afterSplit = applyCorrections(merged, corrections, knowledge, 'seeds/corrections.yaml', null, [], named).events
    const rest = afterSplit.find((e) => e.id === tanf.id)
    const piece = afterSplit.find((e) => e.reports.every((r) => r.article === 'seeds/b.md'))
    expect(rest?.reports.map((r) => r.article)).toEqual(['seeds/a.md', 'seeds/d.md'])
    expect(rest?.mergeReasons).toEqual([editorLine])
    expect(piece?.mergeReasons).toEqual([])
  })
})
