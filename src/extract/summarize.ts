import type { Knowledge } from '../knowledge/knowledge.js'
import { statementTitle } from './statement-gist.js'
import type { EventType, Place } from '../model/report.js'

/** Capitalized weapon words for a summary: ['drone', 'rocket'] → "Drone and rocket". */
function weaponPhrase(weapons: string[], knowledge: Knowledge): string {
  const labels = weapons.map((id) => knowledge.weapons.find((w) => w.id === id)?.label ?? id)
  const phrase = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '')
  return phrase.charAt(0).toUpperCase() + phrase.slice(1)
}

/** A one-line English summary of an event from its fields, e.g. `Drone attack on Al-Tanf Garrison`. */
export function summarize(type: EventType, location: Place | null, weapons: string[], claimant: string, knowledge: Knowledge, quote = ''): string {
  if (type === 'statement') {
    return statementTitle(quote, claimant)
  }
  if (type === 'us-strike') return location ? `U.S. strike in ${location.name}` : 'U.S. strike'
  const where = location ? `on ${location.name}` : 'on U.S. forces (place not named)'
  return weapons.length > 0 ? `${weaponPhrase(weapons, knowledge)} attack ${where}` : `Attack ${where}`
}
