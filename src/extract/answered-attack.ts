import type { SentenceFacts } from './classify-sentence.js'
import { IN_CLAUSE } from './sentence-cues.js'

/**
 * The words that open the clause of a U.S. strike sentence telling the attack the strike answers: "in retaliation for",
 * "in response to", "to avenge", "payback for", "the first part of its answer to", "saying they responded to a rocket attack on
 * U.S. personnel", "struck … on Tuesday after a rocket attack on U.S. personnel" (a "responded to" or "after" only before an
 * attack on someone, "after" only after a strike). They must be followed, within the
 * clause, by a word for an attack or its toll ("the drone that killed three soldiers", "the Jan. 28 attack": the dot of
 * a month or of "U.S." cut short does not end the clause).
 */
export const ANSWERS = new RegExp(
  String.raw`\b(?:in (?:retaliation|response|reprisal|revenge) (?:for|to)|to avenge|(?:as )?(?:payback|revenge) for|(?:its |an? |the )?(?:first |initial )?(?:part of (?:its|the|an?) )?(?:answer|response|reply) to|(?:its|their|the|Washington's|America's) (?:[\w-]+ )?(?:retaliation|reprisals?) (?:for|to)|(?:responded|responding|replied|replying) to(?=\s+(?:[\w'’-]+\s+){1,4}?attacks?\s+(?:on|against|targeting)\b)|after(?<=\b(?:struck|strikes?|raids?|hit|bombed|targeted)\b[^.;]{0,120}?after)(?=\s+(?:a|an|the|two|three|several|multiple|repeated)\s+(?:[\w'’-]+\s+){0,4}?attacks?\s+(?:on|against|targeting)\b))\s+(?=${IN_CLAUSE}{0,60}?\b(?:attacks?|strikes?|drones?|rockets?|missiles?|killings?|deaths?|killed)\b)`,
  'i',
)

/**
 * "Washington struck more than 85 targets in retaliation for the drone that killed three U.S. soldiers at the Tower 22
 * outpost on Jan. 28": a sentence about a U.S. strike that also tells, in a clause of its own, the attack it answers.
 * Returns the sentence's facts split at that clause: those before it are the strike's, those in it the attack's, with
 * the text before the clause blanked (offsets kept) so that a figure of the strike is never read as the attack's toll.
 * `null` when the sentence has no such clause, or the clause gives the attack no day and no place of its own: an
 * attack only alluded to ("in response to the attacks on U.S. forces") is no event.
 */
export function splitAnsweredAttack(facts: SentenceFacts): { strike: SentenceFacts; attack: SentenceFacts } | null {
  const clause = ANSWERS.exec(facts.text)
  if (!clause) return null
  const from = clause.index + clause[0].length
  // The clause runs to the end of the sentence, or to the first semicolon after it.
  const semicolon = facts.text.indexOf(';', from)
  const to = semicolon === -1 ? facts.text.length : semicolon
  const inClause = (m: { start: number }): boolean => m.start >= from && m.start < to
  const before = (m: { start: number }): boolean => m.start < clause.index
  const attack: SentenceFacts = {
    text: ' '.repeat(from) + facts.text.slice(from, to) + ' '.repeat(facts.text.length - to),
    dates: facts.dates.filter(inClause),
    places: facts.places.filter(inClause),
    groups: facts.groups.filter(inClause),
    weapons: facts.weapons.filter(inClause),
    claimants: [],
  }
  const dated = attack.dates.some((d) => d.role === 'point' && d.span.precision === 'day')
  const placed = attack.places.some((p) => p.value.precision === 'site' || p.value.precision === 'area' || p.value.precision === 'country')
  if (!dated || !placed) return null
  const strike: SentenceFacts = {
    ...facts,
    dates: facts.dates.filter((d) => !inClause(d)),
    places: facts.places.filter(before),
    weapons: facts.weapons.filter(before),
  }
  return { strike, attack }
}
