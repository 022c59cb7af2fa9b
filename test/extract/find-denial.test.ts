import { describe, expect, it } from 'vitest'
import { findDenial, findDenialByRules } from '../../src/extract/find-denial.js'
import { normalizeForMatching } from '../../src/clean/normalize-for-matching.js'
import { corpusLines } from '../helpers/corpus-lines.js'
import type { Denial } from '../../src/model/report.js'
import { reportsOf } from '../helpers/extract-text.js'

/** Sentences written for these tests, in the phrasings wire copy and regional outlets use; none is quoted from an article. */
const denials: [string, Denial][] = [
  // that it happened at all
  ['A Pentagon spokesman denied that any attack on the base took place.', 'occurrence'],
  ['The coalition said the explosion did not happen at the airfield.', 'occurrence'],
  ['Two defense officials said there had been no attack on the garrison that night.', 'occurrence'],
  ['No drone attack on the outpost was recorded on Friday, a coalition spokesperson said.', 'occurrence'],
  ['U.S. Central Command rejected reports that rockets had landed inside the base.', 'occurrence'],
  ['The militia’s account was false, a U.S. official told reporters.', 'occurrence'],
  ['The Pentagon dismissed the group’s claim on Wednesday.', 'occurrence'],
  // the toll, not the attack
  ['CENTCOM denied claims that the strike had killed American troops.', 'casualties'],
  ['Reports of U.S. deaths at the site are not true, a defense official said.', 'casualties'],
  ['Officials dismissed militia statements that dozens of soldiers were wounded.', 'casualties'],
  ['No U.S. personnel were killed, contrary to what the faction said on its channel.', 'casualties'],
  ['The Defense Department rejected accounts of heavy losses among the garrison.', 'casualties'],
  // who did it
  ['Tehran denied any involvement in the drone strike on the outpost.', 'responsibility'],
  ['The faction said it had no role in the rocket fire, and blamed a rival group.', 'responsibility'],
  ['A spokesman rejected accusations that his government was behind the attack.', 'responsibility'],
  ['The group denied carrying out the assault on the airfield.', 'responsibility'],
  ['Baghdad said the fighters were not responsible for the shelling.', 'responsibility'],
  // that U.S. forces were what it was aimed at
  ['U.S. troops were not the target of the blast, a coalition official said.', 'target'],
  ['A defense official said military forces were not targeted.', 'target'],
  ['The Pentagon denied that American forces had been targeted in the explosion near the border.', 'target'],
  ['Officials described the rockets as not aimed at coalition positions but at a nearby militia depot.', 'target'],
  // that it happened, told as having no record of it
  ['The Pentagon said it had no record of an attack on the garrison that the group claimed.', 'occurrence'],
  ['An official said the department had no operational or intelligence reports confirming that any attack on the base had taken place.', 'occurrence'],
  ['The group said it fired drones at the garrison, a claim the Defense Department said it could find nothing to support.', 'occurrence'],
]

/** Sentences that look like denials and deny nothing. */
const notDenials: string[] = [
  "Iraq's military forces were not the target, the ministry said.",
  'U.S. officials did not deny that the base had been struck.',
  'The Pentagon has not denied the account.',
  'A spokesperson declined to confirm or deny the claim.',
  'Neither Baghdad nor Washington confirmed or denied the strike.',
  'The group has not claimed the attack, and no group has claimed responsibility so far.',
  'No one was hurt in the attack, officials said.',
  'The Iraqi government said it rejected any attack on bases hosting coalition advisers.',
  'Militia leaders reject the presence of foreign troops in the country.',
  'No attack on U.S. forces had been recorded since the groups announced a pause in February.',
  'Sirens sounded in a false alarm at the base on Monday.',
  'Nobody denied that the drones had reached the perimeter.',
  'There were no immediate reports of casualties from the attack.',
  'There is no record of how many drones were fired in the attack.',
]

describe('findDenial says what a sentence denies', () => {
  it.each(denials)('%j denies %s', (sentence, denies) => {
    expect(findDenial(sentence)).toBe(denies)
  })

  it.each(notDenials)('%j denies nothing', (sentence) => {
    expect(findDenial(sentence)).toBeNull()
  })
})

describe('extraction records what a denial denies; a denial that it happened, or of the target by the only U.S. voice, makes a report denied', () => {
  const one = (sentence: string, published: string) => {
    const reports = reportsOf(sentence, published).filter((r) => r.type === 'attack')
    expect(reports, sentence).toHaveLength(1)
    return reports[0]
  }

  it.each([
    // [sentence, published, status, claimantKind, denies]
    ['The Pentagon said no attack on Harir air base took place on Saturday.', '2024-02-05', 'denied', 'us-official', 'occurrence'],
    [
      'U.S. Central Command on Monday denied claims that Sunday’s drone attack on Tower 22 killed four Americans.',
      '2024-02-06',
      'confirmed',
      'us-official',
      'casualties',
    ],
    [
      'Iraqi security sources rejected reports that anyone was wounded when rockets hit Ain al-Asad air base on Tuesday.',
      '2024-01-24',
      'reported',
      'local-security',
      'casualties',
    ],
    [
      'A U.S. official denied that Iran carried out the rocket attack on Ain al-Asad air base on Friday.',
      '2024-01-22',
      'confirmed',
      'us-official',
      'responsibility',
    ],
    [
      'Rockets struck near Al-Tanf Garrison on Sunday, but U.S. forces were not the target, a coalition official said.',
      '2024-01-23',
      'denied',
      'us-official',
      'target',
    ],
    [
      'Rockets were fired at the Victory base complex early on Tuesday, Iraqi security sources said, but a U.S. defense official said American forces were not what the attackers were aiming at.',
      '2024-10-02',
      'denied',
      'us-official',
      'target',
    ],
    [
      'Rockets fell near the Victory base complex on Tuesday; a defense official said U.S. troops had not been targeted.',
      '2024-10-02',
      'denied',
      'us-official',
      'target',
    ],
    [
      'Rockets were fired toward Victory base on Tuesday; the State Department said its compound was attacked, and a U.S. defense official said military forces were not the target.',
      '2024-10-02',
      'confirmed',
      'us-official',
      'target',
    ],
  ] as const)('%j (published %s) → %s by %s, denies %s', (sentence, published, status, kind, denies) => {
    const r = one(sentence, published)
    expect([r?.status, r?.claimantKind, r?.denies]).toEqual([status, kind, denies])
  })

  it('a report that denies nothing says so', () => {
    expect(one('Drones struck Ain al-Asad air base on Sunday, CENTCOM said.', '2023-10-24')?.denies).toBeNull()
    expect(one('Drones struck Ain al-Asad air base on Sunday; U.S. officials did not deny it.', '2023-10-24')?.denies).toBeNull()
  })

  it('a militia that denies a role makes no claim', () => {
    const reports = reportsOf('Rockets hit Ain al-Asad air base on Sunday. The group said it had no role in the attack on the base.', '2023-10-24')
    expect(reports.map((r) => [r.status, r.denies])).toEqual([
      ['reported', null],
      ['reported', 'responsibility'],
    ])
  })
})

describe('findDenial skips a sentence with no word a denial needs', () => {
  it('answers as the rules alone do, on every line of the corpora and every sentence above', () => {
    const lines = [...corpusLines(), ...denials.map(([s]) => s)].flatMap((line) => [line, normalizeForMatching(line)])
    let denied = 0
    for (const line of lines) {
      const byRules = findDenialByRules(line)
      expect(findDenial(line), line).toBe(byRules)
      if (byRules !== null) denied++
    }
    expect(denied).toBeGreaterThan(100)
  })
})
