import { addDays, format, getISODay, parseISO } from 'date-fns'
import type { DateSpan, Report } from '../model/report.js'
import type { SentenceFacts } from './classify-sentence.js'
import { SMALL, weekdayIndex, type DateMention } from './find-dates.js'

/** Right before a base named as a time: "Three nights before the", "two days after the". */
const COUNTED_BEFORE = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|nights?)\s+(before|after)\s+(?:the\s+)?$/i

/** A weekday as the only thing a date mention says: "on Thursday", "Thursday night". */
const WEEKDAY_ONLY = /^(?:(?:on|late|early|last)\s+)*(mon|tues|wednes|thurs|fri|satur|sun)day\b(?:\s+(?:morning|afternoon|evening|night))?$/i

/**
 * "Three nights before the Tower 22 strike, on Thursday, a drone aimed at the base at Erbil airport was shot down": a day
 * counted from an attack the article told before, at the base the count names, is that attack's day minus (or plus) the
 * count. It replaces a weekday the sentence gives when the two agree (Thursday, January 25, three nights before Sunday the
 * 28th), and is the sentence's day when it gives none; a weekday that disagrees is left as it is, and so is the sentence.
 * `told` is every report made so far in the article. Returns the sentence's point dates: `points` itself when unchanged.
 */
export function countedFromTold(facts: Pick<SentenceFacts, 'text' | 'places'>, points: DateMention[], told: readonly Report[]): DateMention[] {
  for (const p of facts.places) {
    if (p.value.precision !== 'site') continue
    const count = COUNTED_BEFORE.exec(facts.text.slice(Math.max(0, p.start - 40), p.start))
    if (count === null) continue
    const before = told.findLast((r) => r.type === 'attack' && r.location?.id === p.value.id && r.date.precision === 'day' && r.date.start === r.date.end)
    if (before === undefined) continue
    const n = SMALL[(count[1] ?? '').toLowerCase()] ?? Number(count[1])
    const day = format(addDays(parseISO(before.date.start), /after/i.test(count[2] ?? '') ? n : -n), 'yyyy-MM-dd')
    const span: DateSpan = { start: day, end: day, precision: 'day' }
    const days = points.filter((d) => d.span.precision === 'day')
    if (days.length === 0) {
      const start = Math.max(0, p.start - 40) + count.index
      return [...points, { start, end: p.start, text: facts.text.slice(start, p.start).trim(), span, role: 'point' }]
    }
    const weekday = weekdayIndex(WEEKDAY_ONLY.exec(days[0]?.text.trim() ?? '')?.[1])
    if (days.length === 1 && weekday !== -1 && weekday === getISODay(parseISO(day)) - 1) return points.map((d) => (d === days[0] ? { ...d, span } : d))
    return points
  }
  return points
}
