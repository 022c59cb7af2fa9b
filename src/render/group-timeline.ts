import { formatMonth } from './format-date.js'
import { plural } from './event-entry.js'
import { groupBy } from './group-by.js'
import type { DayGroup, EventEntry, MonthGroup } from './site-views.js'

/** `3 attacks, 1 other event` for a list of entries. */
export function countEntries(entries: EventEntry[]): string {
  const attacks = entries.filter((e) => !e.context).length
  const other = entries.length - attacks
  return [plural(attacks, 'attack'), ...(other > 0 ? [plural(other, 'other event')] : [])].join(', ')
}

/**
 * Groups entries (already in timeline order) by month, then by date label: a day, a span
 * or a whole month each get their own group. `newest` reverses months, days and entries.
 * `monthCounts` gives a month's heading its whole count when this is one page of a longer timeline.
 */
export function groupTimeline(entries: EventEntry[], order: 'oldest' | 'newest' = 'oldest', monthCounts?: Map<string, string>): MonthGroup[] {
  const months = new Map<string, Map<string, DayGroup>>()
  const byMonth = groupBy(entries, (e) => [e.date.datetime.slice(0, 7)])
  for (const entry of entries) {
    const month = entry.date.datetime.slice(0, 7)
    const days = months.get(month) ?? new Map<string, DayGroup>()
    months.set(month, days)
    const key = `${entry.date.precision}-${entry.date.text}`
    const day = days.get(key) ?? {
      id: `d-${entry.date.datetime}${entry.date.precision === 'day' ? '' : `-${entry.date.precision}`}`,
      heading: entry.date,
      attacks: [],
      context: [],
    }
    days.set(key, day)
    ;(entry.context ? day.context : day.attacks).push(entry)
  }
  const flip = <T>(list: T[]): T[] => (order === 'newest' ? [...list].reverse() : list)
  return flip([...months.entries()]).map(([month, days]) => ({
    id: `m-${month}`,
    label: formatMonth(month),
    counts: monthCounts?.get(month) ?? countEntries(byMonth.get(month) ?? []),
    days: flip([...days.values()]).map((d) => ({ ...d, attacks: flip(d.attacks), context: flip(d.context) })),
  }))
}
