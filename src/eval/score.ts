import type { TimelineEvent } from '../model/event.js'
import type { Count } from '../model/report.js'
import { outsideCampaign, type Campaign } from '../knowledge/campaign.js'
import type { Gold, GoldAttack } from './gold.js'

/** One thing extraction got wrong, with the sentence that shows it. */
export interface EvalMiss {
  article: string
  kind: 'missed' | 'extra' | 'status' | 'killed' | 'injured' | 'trap' | 'no-article'
  /** One line: what was expected and what was found. */
  message: string
  /** The sentence: the gold entry's words for a missed attack, the extracted quote otherwise. */
  sentence: string | null
}

/** A hit rate: how many of how many. */
export interface Rate {
  right: number
  of: number
}

/** What `npm run eval` prints. */
export interface EvalScore {
  articles: number
  gold: number
  extracted: number
  matched: number
  precision: number
  recall: number
  f1: number
  status: Rate
  killed: Rate
  injured: Rate
  /** Killed and injured together: each figure the gold gives counts once. */
  casualties: Rate
  /** Extracted attacks dated to a span, not a day: not scored, counted so they stay visible. */
  unscored: number
  traps: Rate
  /** Extracted events outside the campaign (before its first day, after its last, or outside its region): should be none, as extraction sets them aside. */
  outsideCampaign: number
  misses: EvalMiss[]
}

const sameCount = (a: Count | null, b: Count | null): boolean => (a === null || b === null ? a === b : a.min === b.min && a.max === b.max)
const showCount = (c: Count | null): string => (c === null ? 'not stated' : c.min === c.max ? String(c.min) : `${c.min}–${c.max}`)
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)
const placeOf = (e: TimelineEvent): string => e.location?.id ?? (e.location ? `"${e.location.name}"` : 'no place')
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Does an extracted attack stand for a gold one: the same day, and the same place (a gold `null` place matches any attack placed less precisely than a site). */
function matches(gold: GoldAttack, event: TimelineEvent): boolean {
  if (event.date !== gold.day || event.dateEnd !== gold.day) return false
  return gold.place === null ? event.location === null || event.location.precision !== 'site' : event.location?.id === gold.place
}

/**
 * Compares what extraction found in each article with what a person recorded. `eventsOf`
 * gives the events extracted from one article alone (merged within it, the campaign's scope
 * applied), or why the article could not be read.
 */
export function scoreExtraction(gold: Gold, eventsOf: (article: string) => TimelineEvent[] | string, campaign: Campaign | null = null): EvalScore {
  const misses: EvalMiss[] = []
  let goldCount = 0
  let extracted = 0
  let matched = 0
  let unscored = 0
  let outside = 0
  const status: Rate = { right: 0, of: 0 }
  const killed: Rate = { right: 0, of: 0 }
  const injured: Rate = { right: 0, of: 0 }
  const traps: Rate = { right: 0, of: 0 }

  for (const [article, expected] of [...gold.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const events = eventsOf(article)
    goldCount += expected.attacks.length
    if (typeof events === 'string') {
      misses.push({ article, kind: 'no-article', message: `the article could not be read, so all its attacks count as missed: ${events}`, sentence: null })
      continue
    }
    if (campaign !== null)
      outside += events.filter((e) => outsideCampaign(campaign, { date: { start: e.date, end: e.dateEnd }, location: e.location }) !== null).length
    const attacks = events.filter((e) => e.type === 'attack')
    const dated = attacks.filter((e) => e.datePrecision === 'day' && e.date === e.dateEnd)
    unscored += attacks.length - dated.length
    extracted += dated.length
    const taken = new Set<TimelineEvent>()
    // Sited gold entries first, so an unplaced one cannot take the event a placed one needs.
    for (const g of [...expected.attacks].sort((a, b) => Number(a.place === null) - Number(b.place === null))) {
      const event = dated.find((e) => !taken.has(e) && matches(g, e))
      const where = `${g.day} ${g.place ?? 'no place'}`
      if (!event) {
        const near = dated.filter((e) => !taken.has(e) && (e.date === g.day || (g.place !== null && e.location?.id === g.place)))
        const found = near.length > 0 ? `; found ${near.map((e) => `${e.date} ${placeOf(e)}`).join(', ')}` : ''
        misses.push({ article, kind: 'missed', message: `missed the attack of ${where}${found}`, sentence: g.sentence ?? null })
        continue
      }
      taken.add(event)
      matched++
      const quote = oneLine(event.reports[0]?.quote ?? '')
      if (g.status !== undefined) {
        status.of++
        if (event.status === g.status) status.right++
        else misses.push({ article, kind: 'status', message: `${where}: status ${event.status}, expected ${g.status}`, sentence: quote })
      }
      for (const [field, rate] of [
        ['killed', killed],
        ['injured', injured],
      ] as const) {
        const want = g[field]
        if (want === undefined) continue
        rate.of++
        if (sameCount(event[field], want)) rate.right++
        else misses.push({ article, kind: field, message: `${where}: ${field} ${showCount(event[field])}, expected ${showCount(want)}`, sentence: quote })
      }
    }
    for (const e of dated.filter((d) => !taken.has(d))) {
      misses.push({
        article,
        kind: 'extra',
        message: `extracted an attack not in the gold: ${e.date} ${placeOf(e)}`,
        sentence: oneLine(e.reports[0]?.quote ?? ''),
      })
    }
    for (const words of expected.nothing) {
      traps.of++
      const hit = attacks.find((e) => e.reports.some((r) => oneLine(r.quote).includes(oneLine(words))))
      if (hit)
        misses.push({ article, kind: 'trap', message: `a sentence that reports no attack gave one: ${hit.date} ${placeOf(hit)}`, sentence: oneLine(words) })
      else traps.right++
    }
  }
  const precision = ratio(matched, extracted)
  const recall = ratio(matched, goldCount)
  return {
    articles: gold.size,
    gold: goldCount,
    extracted,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    status,
    killed,
    injured,
    casualties: { right: killed.right + injured.right, of: killed.of + injured.of },
    unscored,
    traps,
    outsideCampaign: outside,
    misses,
  }
}
