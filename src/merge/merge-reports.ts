import { format, parseISO } from 'date-fns'
import { TELLS_AN_UNNAMED_BASE, UNNAMED_BASE } from '../extract/sentence-cues.js'
import { liesOutside } from '../knowledge/lies-outside.js'
import { safeSlug } from '../safe-slug.js'
import { createHash } from 'node:crypto'
import type { Knowledge } from '../knowledge/knowledge.js'
import { SMALL } from '../extract/find-dates.js'
import { summarize } from '../extract/summarize.js'
import type { Place, Report } from '../model/report.js'
import { compareEvents, type EventReport, type TimelineEvent } from '../model/event.js'
import { placeKey } from '../model/place-key.js'
import { deriveEvent, eventId, reportKey, unionSorted } from './derive-event.js'
import { nameArticle, type ArticleTitles } from './name-article.js'
import { rebuildMemo, type RebuildMemo } from '../rebuild-memo.js'
import { foldSpans } from './fold-spans.js'

/** The outlet whose reporting each article is, by article id (`ArticleCopy.outlet`); an article not in it is its own outlet's. */
export type ArticleOrigins = ReadonlyMap<string, string>

const PRECISION_ORDER: Place['precision'][] = ['site', 'area', 'country']

/** What makes two reports the same event: same type, same day(s), and the same site (attacks), country (U.S. strikes) or speaker (statements). */
export function mergeKey(report: Report): string {
  const days = `${report.date.start}|${report.date.end}`
  switch (report.type) {
    case 'us-strike':
      return `us-strike|${days}|${report.location?.country ?? 'unknown'}`
    case 'statement':
      return `statement|${days}|${report.claimant}`
    default:
      return `${report.type}|${days}|${placeKey(report.location)}`
  }
}

/** A report with the key of the event it belongs to and, when it was attached by context, why. */
export interface Placed {
  report: Report
  key: string
  attachedTo: string | null
  /** The day of the event a report dated only to a span joined (`foldSpans`). */
  foldedInto?: string
}

/** "at three bases in Syria", "three times at separate bases in Syria": how many bases in an area a report's sentence says were hit. */
const SEVERAL_BASES =
  /\b(?:(?<!\b(?:deployed|stationed|based|positioned|operating|housed|serving)\s+)(?:at|on|against|targeting|targeted|hit|struck)\s+(?:the\s+)?|(?=[\w-]+\s+times\s+at\s))(two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d{1,2})\s+(?:times\s+at\s+)?(?:separate\s+|different\s+|other\s+)?(?:U\.S\.\s+|US\s+|American\s+|coalition\s+)?(?:bases|sites|locations|installations|facilities|positions|outposts)\b(?=\s+(?:in|across)\s)/i
const basesCounted = (quote: string): number | null => {
  const m = SEVERAL_BASES.exec(quote)
  if (m === null) return null
  const word = (m[1] ?? '').toLowerCase()
  // "several", "multiple": at least two.
  return SMALL[word] ?? (word === 'several' || word === 'multiple' ? 2 : Number(word))
}

/**
 * An attack report that names no base (or only a country or province) belongs to the
 * attack its own article places at a base on the same day: "the attacks on Sunday
 * involved rockets" beside "the Ain al-Asad base was hit on Sunday". With several, it
 * belongs to the one the article tells most, else the one told nearest to it. Not to one its own sentence names beside
 * it: that sentence told two attacks.
 */
function attachToSitedAttacks(reports: readonly Report[], knowledge: Knowledge): Placed[] {
  // (A report that says its source did not name the base, "without naming the base", stays apart: it may be another.)
  const placed: Placed[] = []
  for (const report of reports) {
    const vague = report.type === 'attack' && (report.location === null || report.location.precision !== 'site') && !UNNAMED_BASE.test(report.quote)
    const unnamedIn = report.location?.id != null && TELLS_AN_UNNAMED_BASE.test(report.quote) ? knowledge.placeById.get(report.location.id) : undefined
    const areaOf = vague && report.location?.precision === 'area' ? knowledge.placeById.get(report.location.id ?? '') : undefined
    const sited = vague
      ? reports.filter(
          (r) =>
            r.type === 'attack' &&
            r.article === report.article &&
            r.location?.precision === 'site' &&
            r.date.start === report.date.start &&
            r.date.end === report.date.end &&
            (report.location === null || report.location.country === r.location.country) &&
            // "the US base at al-Malikiyah", a town in Hasakah: not an attack at al-Tanf, in another province, that day.
            !(areaOf !== undefined && liesOutside(r.location, areaOf)) &&
            // "drones heading for Ain al-Asad, and a third aimed at a base in northern Iraq": one sentence that names both
            // told them apart.
            (r.start !== report.start || r.end !== report.end) &&
            // "A third drone was destroyed over a base in northern Iraq": an indefinite base in a region the sited attack
            // lies outside of is another ("a base in Syria" may well be al-Tanf).
            !(unnamedIn !== undefined && liesOutside(r.location, unnamedIn)),
        )
      : []
    // With several sited attacks that day, the unplaced report is about one of them, not all: the one the article tells
    // most (its story, as in a live blog of one attack that also relays a claim on another base), else the one told nearest.
    const told = (r: Report): number => sited.filter((o) => o.location?.id === r.location?.id).length
    // "three times at separate bases in Syria", in an article that names one Syrian base hit that day: the report stands
    // for more attacks than the bases named, so it is none of them in particular, and stays apart.
    const counted = basesCounted(report.quote)
    if (counted !== null && counted > new Set(sited.map((r) => r.location?.id)).size) {
      placed.push({ report, key: mergeKey(report), attachedTo: null })
      continue
    }
    const nearest = [...sited].sort((a, b) => told(b) - told(a) || Math.abs(a.start - report.start) - Math.abs(b.start - report.start) || a.start - b.start)[0]
    if (nearest === undefined) placed.push({ report, key: mergeKey(report), attachedTo: null })
    else placed.push({ report, key: mergeKey(nearest), attachedTo: nearest.location?.name ?? null })
  }
  return placed
}

/**
 * Every report placed (`attachToSitedAttacks`), in the order of `sorted`. A report is attached only to a report of its
 * own article, so each article's reports are placed apart, and an article whose reports are the objects of the last
 * build (`memo`) keeps that build's placement.
 */
function placeReports(sorted: readonly Report[], memo: RebuildMemo, knowledge: Knowledge): Placed[] {
  const ofArticle = new Map<string, Report[]>()
  for (const report of sorted) {
    const list = ofArticle.get(report.article)
    if (list === undefined) ofArticle.set(report.article, [report])
    else list.push(report)
  }
  const placedOf = new Map<string, { placed: Placed[]; next: number }>()
  for (const [article, reports] of ofArticle)
    placedOf.set(article, { placed: memo.kept('placed', article, reports, () => attachToSitedAttacks(reports, knowledge)), next: 0 })
  return sorted.map((report) => {
    const of = placedOf.get(report.article)
    const placed = of?.placed[of.next++]
    if (placed === undefined)
      throw new Error(`Report ${reportKey(report)} was not placed: placeReports places every report of its article, so this is a bug in merge-reports.ts.`)
    return placed
  })
}

const compareReports = (a: Report, b: Report): number => a.article.localeCompare(b.article) || a.start - b.start || a.end - b.end

/**
 * Why `report` joined the event `lead` began, as a sentence that names its article by outlet and
 * title (`nameArticle`): `Reuters, “Drone hits base in Syria”, reports the same type of event …`.
 */
function mergeReason(report: Report, lead: Report, placed: Pick<Placed, 'attachedTo' | 'foldedInto'>, where: string, titles: ArticleTitles): string {
  const { attachedTo, foldedInto } = placed
  const named = nameArticle(report, titles)
  // The title is set off by commas: "Reuters, “Drone hits base”, reports …"; an outlet alone is not.
  const who = named === report.source ? named : `${named},`
  const day = report.date.start === report.date.end ? report.date.start : `${report.date.start} to ${report.date.end}`
  if (foldedInto !== undefined)
    return `${who} dates this ${report.type} at ${where} only to ${report.date.precision === 'month' ? format(parseISO(report.date.start), 'MMMM yyyy') : day}, and the one ${report.type} there in that time is told on ${foldedInto}.`
  if (attachedTo !== null)
    return `${who} names no base for this ${report.type} on ${day}, but the same article places that day's ${report.type} at ${attachedTo}.`
  switch (lead.type) {
    case 'statement':
      return `${who} quotes the same speaker, ${report.claimant}, on the same day, ${day}.`
    case 'us-strike':
      return `${who} reports a U.S. strike in the same country, ${report.location?.country ?? 'not named'}, on the same day, ${day}.`
    default:
      return `${who} reports the same type of event (${report.type}) at the same place (${where}) on the same day, ${day}.`
  }
}

/**
 * The merge stage: reports of the same type, on the same day, at the same site
 * (or, for U.S. strikes, in the same country; for statements, by the same
 * speaker) become one event that keeps every report and says why they merged:
 * one sentence per way an article's reports joined, naming the article by its
 * outlet and its title in `titles` (by id), never a sentence twice. Each report counts toward the
 * outlet `origins` gives its article (`findCopies`: the first publisher of a copied story), else its own.
 * `memo` is what `npm start` keeps of its last build's merge (src/rebuild-memo.ts): an event made of the same reports,
 * titles and outlets as then is that build's event, the same object.
 */
export function mergeReports(
  reports: Report[],
  knowledge: Knowledge,
  titles: ArticleTitles = new Map(),
  origins: ArticleOrigins = new Map(),
  memo: RebuildMemo = rebuildMemo(),
): TimelineEvent[] {
  memo.begin((knowledge as { hash?: unknown }).hash ?? knowledge)
  const groups = new Map<string, Placed[]>()
  for (const placed of foldSpans(placeReports([...reports].sort(compareReports), memo, knowledge))) {
    const list = groups.get(placed.key) ?? []
    list.push(placed)
    groups.set(placed.key, list)
  }

  const events: TimelineEvent[] = []
  const ids = new Set<string>()
  for (const [key, members] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Everything the event is made of: its reports as placed, and their articles' titles and outlets.
    const inputs = [...members, ...members.map((m) => titles.get(m.report.article)), ...members.map((m) => origins.get(m.report.article))]
    const made = memo.kept('event', key, inputs, () => makeEvent(members, knowledge, titles, origins))
    if (made === null) continue
    // An id two events would share: the later key's gets a suffix from its key.
    let id = made.id
    if (ids.has(id)) id = `${id}-${createHash('sha256').update(key).digest('hex').slice(0, 6)}`
    ids.add(id)
    events.push(id === made.id ? made : { ...made, id })
  }
  return events.sort(compareEvents)
}

/** One group's event, its id as its content gives it (`eventId`); `null` for a group with no report. */
function makeEvent(members: Placed[], knowledge: Knowledge, titles: ArticleTitles, origins: ArticleOrigins): TimelineEvent | null {
  const own = members.filter((m) => m.attachedTo === null && m.foldedInto === undefined).map((m) => m.report)
  const all = members.map((m) => m.report)
  const lead = own[0] ?? all[0]
  if (!lead) return null
  const location =
    [...all]
      .map((r) => r.location)
      .filter((l): l is Place => l !== null)
      .sort((a, b) => PRECISION_ORDER.indexOf(a.precision) - PRECISION_ORDER.indexOf(b.precision))[0] ?? null
  const weapons = unionSorted(all.flatMap((r) => r.weapons))
  const actors = unionSorted(all.flatMap((r) => r.actors))
  const id = eventId({ type: lead.type, date: lead.date.start, dateEnd: lead.date.end, location }, () => safeSlug(lead.claimant))

  const seen = new Set<string>()
  const eventReports: EventReport[] = []
  // In the order the reports joined; several sentences of one article that join for the same reason give it once.
  const mergeReasons = new Set<string>()
  const where = location?.name ?? 'an unnamed place'
  // A report folded in from a span (`foldSpans`) joins after the event's own: it says why it joined them.
  for (const placed of [...members.filter((m) => m.foldedInto === undefined), ...members.filter((m) => m.foldedInto !== undefined)]) {
    const { report } = placed
    const quoteKey = reportKey(report)
    if (seen.has(quoteKey)) continue
    seen.add(quoteKey)
    eventReports.push({
      article: report.article,
      source: report.source,
      quote: report.quote,
      start: report.start,
      end: report.end,
      claimant: report.claimant,
      claimantKind: report.claimantKind,
      status: report.status,
      killed: report.killed,
      injured: report.injured,
      ...(report.hurtUncounted === true ? { hurtUncounted: true as const } : {}),
      dateText: report.dateText,
      saidOn: report.saidOn,
      denies: report.denies,
      origin: origins.get(report.article) ?? report.source,
    })
    if (eventReports.length === 1) continue
    mergeReasons.add(mergeReason(report, lead, placed, where, titles))
  }

  return {
    id,
    type: lead.type,
    date: lead.date.start,
    dateEnd: lead.date.end,
    datePrecision: lead.date.precision,
    location,
    weapons,
    actors,
    ...deriveEvent(lead.type, eventReports),
    // A statement is summed up in its own words: the first report that gives a gist.
    summary:
      lead.type === 'statement'
        ? (all.find((r) => !r.summary.startsWith('Statement by ')) ?? lead).summary
        : summarize(lead.type, location, weapons, lead.claimant, knowledge),
    reports: eventReports,
    mergeReasons: [...mergeReasons],
  }
}
