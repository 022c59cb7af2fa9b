import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { shippedKnowledge } from '../helpers/extract-text.js'
import { compareEvent, contains, eventsOf, readExpectations } from '../helpers/score-extraction.js'

/**
 * Held-out articles (synthetic, fictional outlets, real events; see each folder's
 * README) that the rules were not written from. Every expected event is a test;
 * the ones extraction is known to miss are listed here with the reason, and run
 * as `it.fails`, so fixing one turns its test red until it is moved out of the list.
 */
const KNOWN_GAPS: Record<string, string> = {
  'unseen/2023-11-22-ballistic-missile-al-asad.md#an AC-130 gunship that was already airborne tracked the militants':
    'the AC-130 strike is dated only by "minutes after the launch" of the attack in the sentence before last; extraction does not follow event-relative times',
  'unseen-2/2023-11-29-magazine-the-war-next-door.md#against two Kataib Hezbollah facilities near Jurf al-Sakhar':
    '"The American answer came from the air, against …" names no verb of striking; extraction needs one',
  "unseen-3/2024-02-03-baghdad-condemns-qaim-strikes.md#Friday's strikes hit sites around al-Qaim and Akashat":
    '"Friday\'s strikes" names no striker; that they are U.S. strikes comes from the paragraphs before',
  'unseen-3/2024-02-03-baghdad-condemns-qaim-strikes.md#the same wave of strikes killed at least 23 Iran-backed fighters':
    '"the same wave of strikes" refers back to U.S. strikes named paragraphs before, with no day of its own',
}

for (const corpus of ['unseen', 'unseen-2', 'unseen-3']) {
  const dir = path.join('test/fixtures', corpus)
  if (!existsSync(path.join(dir, 'expected.yaml'))) continue
  describe(`held-out corpus ${corpus}/`, () => {
    for (const [file, exp] of Object.entries(readExpectations(path.join(dir, 'expected.yaml')))) {
      for (const expected of exp.events) {
        const gap = KNOWN_GAPS[`${corpus}/${file}#${expected.quoteContains}`]
        const name = `${file}: ${expected.type} ${expected.date ?? `${expected.dateStart}..${expected.dateEnd}`} ${expected.site ?? expected.area ?? ''}${gap ? ` (known gap: ${gap})` : ''}`
        ;(gap ? it.fails : it)(name, async () => {
          expect(compareEvent(expected, await eventsOf(path.join(dir, file), shippedKnowledge()))).toEqual([])
        })
      }
      for (const trap of exp.nothing ?? []) {
        it(`${file}: no event from "${trap}"`, async () => {
          const events = await eventsOf(path.join(dir, file), shippedKnowledge())
          expect(events.filter((e) => e.reports.some((r) => contains(r.quote, trap))).map((e) => e.id)).toEqual([])
        })
      }
    }
  })
}
