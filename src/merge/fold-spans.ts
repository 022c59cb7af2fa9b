import { placeKey } from '../model/place-key.js'
import type { Placed } from './merge-reports.js'

/**
 * "Rockets hit Ain al-Asad on Monday, weeks after the drone strike on Tower 22 in January": an attack a report dates only
 * to a span (a month, a week) at a named base is the attack the reports date to a day inside that span at that base, when
 * there is exactly one. The report joins that day's event (`foldedInto` is the day) instead of standing as a second,
 * vaguer event of the same attack. So do the reports its article attached to it (they name no base; `attachedTo`). With
 * none, or several days there in the span, it stays an event of its own.
 */
export function foldSpans(placed: readonly Placed[]): Placed[] {
  // Attacks at a named base, each in its own place (not attached to another report), by base: a day's, a span's.
  const sited = placed.filter((p) => p.report.type === 'attack' && p.report.location?.precision === 'site' && p.attachedTo === null)
  const daysAt = new Map<string, Map<string, string>>()
  for (const p of sited) {
    const r = p.report
    if (r.date.start !== r.date.end) continue
    const days = daysAt.get(placeKey(r.location)) ?? new Map<string, string>()
    days.set(r.date.start, p.key)
    daysAt.set(placeKey(r.location), days)
  }
  // The span's key → the day's key and day, for the span reports and the unplaced reports their article attached to them.
  const folded = new Map<string, [string, string]>()
  for (const p of sited) {
    const r = p.report
    if (r.date.start === r.date.end) continue
    const inside = [...(daysAt.get(placeKey(r.location)) ?? new Map<string, string>())].filter(([day]) => day >= r.date.start && day <= r.date.end)
    const [only] = inside
    if (inside.length === 1 && only !== undefined) folded.set(p.key, [only[1], only[0]])
  }
  return placed.map((p) => {
    const into = folded.get(p.key)
    return into === undefined ? p : { ...p, key: into[0], foldedInto: into[1] }
  })
}
