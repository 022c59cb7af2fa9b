import { cleanArticle } from '../../src/clean/clean-article.js'
import { extractReports } from '../../src/extract/extract-reports.js'
import { mergeReports } from '../../src/merge/merge-reports.js'
import type { TimelineEvent } from '../../src/model/event.js'
import type { Report } from '../../src/model/report.js'
import type { Article } from '../../src/ingest/article.js'
import { parseBody } from '../../src/ingest/parse-body.js'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import type { Knowledge } from '../../src/knowledge/knowledge.js'

let knowledge: Knowledge | null = null
/** The shipped knowledge files, loaded once per test file. */
export function shippedKnowledge(): Knowledge {
  knowledge ??= loadKnowledge()
  return knowledge
}

/** Builds an in-memory article from body text, as ingest would, published on `date`. */
export function articleOf(body: string, date: string, source = 'Test Wire'): Article {
  return {
    path: 'test/article.md',
    id: 'test/article.md',
    slug: 'article',
    title: 'Test article',
    source,
    url: null,
    archived: null,
    date,
    author: null,
    original: null,
    dateInferred: false,
    dateNote: null,
    body,
    bodyLine: 1,
    paragraphs: parseBody(body, 1),
    hash: 'test',
  }
}

/** Runs clean and extract over `body` published on `date`. */
export function reportsOf(body: string, date: string): Report[] {
  return extractReports(cleanArticle(articleOf(body, date)), shippedKnowledge()).reports
}

/** The events one article gives, merged within it, as the build and `npm run eval` see them. */
export function eventsOf(body: string, date: string): TimelineEvent[] {
  const known = shippedKnowledge()
  return mergeReports(extractReports(cleanArticle(articleOf(body, date)), known).reports, known)
}

/** The attacks among `events`. */
export const attacks = (events: TimelineEvent[]): TimelineEvent[] => events.filter((e) => e.type === 'attack')

/** What a reader checks of an event: its day, place, status and tolls. */
export const brief = (e: TimelineEvent) => ({
  day: e.date,
  place: e.location?.id ?? null,
  status: e.status,
  killed: e.killed?.max ?? null,
  injured: e.injured?.max ?? null,
})

/** The attacks one article gives as [day, place, status, killed, injured], sorted by day and place. */
export function briefsReadHere(body: string, published: string): unknown[][] {
  return attacks(eventsOf(body, published))
    .map((e) => [e.date, e.location?.id ?? null, e.status, e.killed?.max ?? null, e.injured?.max ?? null])
    .sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`))
}

/** The attacks one article gives as [day, place], sorted by day and place. */
export function asReadHere(body: string, date: string): [string, string | null][] {
  return attacks(eventsOf(body, date))
    .map((e): [string, string | null] => [e.date, e.location?.id ?? null])
    .sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`))
}

/** The attacks one article gives as [day, place], place null when none, in the order merge gives them. */
export const asRead = (body: string, date: string) => attacks(eventsOf(body, date)).map((e) => [e.date, e.location?.id ?? null])

/** The attacks one article gives as [day, place], place undefined when none, in the order merge gives them. */
export const places = (body: string, date: string) => attacks(eventsOf(body, date)).map((e) => [e.date, e.location?.id])

/** The attacks one article gives, each as `brief` reads it, in the order merge gives them. */
export const events = (body: string, date: string) => attacks(eventsOf(body, date)).map(brief)
