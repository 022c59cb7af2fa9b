import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { readArticle } from '../../src/ingest/read-articles.js'
import { cleanArticle } from '../../src/clean/clean-article.js'
import { extractReports } from '../../src/extract/extract-reports.js'
import { mergeReports } from '../../src/merge/merge-reports.js'
import type { Knowledge } from '../../src/knowledge/knowledge.js'
import type { TimelineEvent } from '../../src/model/event.js'

/** One hand-checked expectation from an `expected.yaml`: only the fields given are checked. */
export interface ExpectedEvent {
  type: string
  date?: string
  dateStart?: string
  dateEnd?: string
  datePrecision?: string
  site?: string | null
  area?: string
  country?: string
  weapons?: string[]
  actors?: string[]
  killed?: { min: number; max: number } | null
  injured?: { min: number; max: number } | null
  status?: string
  quoteContains: string
}

export interface Expectations {
  events: ExpectedEvent[]
  nothing?: string[]
}

/** A problem found when comparing extraction with the expectations, as a readable line. */
export interface Miss {
  file: string
  problem: string
}

/** Reads `expected.yaml` (dates stay strings with the `yaml` package's core schema). */
export function readExpectations(file: string): Record<string, Expectations> {
  return parse(readFileSync(file, 'utf8')) as Record<string, Expectations>
}

/** Runs ingest → clean → extract → merge on one file, as the build does. */
export async function eventsOf(file: string, knowledge: Knowledge): Promise<TimelineEvent[]> {
  const { article } = await readArticle(file)
  if (!article) throw new Error(`${file} did not ingest`)
  return mergeReports(extractReports(cleanArticle(article), knowledge).reports, knowledge)
}

/** Compares text modulo whitespace: scraped quotes carry no-break spaces that expectations write as plain ones. */
export const contains = (quote: string, part: string): boolean => quote.replace(/\s+/g, ' ').includes(part.replace(/\s+/g, ' '))

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i])

/** Compares one expected event with the extracted events; returns what differs, or `[]` when one event matches on every given field. */
export function compareEvent(expected: ExpectedEvent, events: TimelineEvent[]): string[] {
  const candidates = events.filter((e) => e.reports.some((r) => contains(r.quote, expected.quoteContains)))
  if (candidates.length === 0) return [`no event quotes "${expected.quoteContains}"`]
  let best: string[] | null = null
  for (const e of candidates) {
    const diffs: string[] = []
    if (e.type !== expected.type) diffs.push(`type ${e.type} ≠ ${expected.type}`)
    if (expected.date && (e.date !== expected.date || e.dateEnd !== expected.date)) diffs.push(`date ${e.date}..${e.dateEnd} ≠ ${expected.date}`)
    if (expected.dateStart && (e.date !== expected.dateStart || e.dateEnd !== expected.dateEnd || e.datePrecision !== 'range'))
      diffs.push(`range ${e.date}..${e.dateEnd} (${e.datePrecision}) ≠ ${expected.dateStart}..${expected.dateEnd}`)
    if (expected.site !== undefined && expected.site !== null && e.location?.id !== expected.site)
      diffs.push(`site ${e.location?.id ?? 'none'} ≠ ${expected.site}`)
    if (expected.site === null && e.location?.precision === 'site') diffs.push(`site ${e.location.id} given where none is named`)
    if (expected.country && e.location && e.location.country !== expected.country) diffs.push(`country ${e.location.country} ≠ ${expected.country}`)
    if (expected.weapons && !sameSet(e.weapons, expected.weapons)) diffs.push(`weapons [${e.weapons}] ≠ [${expected.weapons}]`)
    if (expected.actors && !expected.actors.every((a) => e.actors.includes(a))) diffs.push(`actors [${e.actors}] lack [${expected.actors}]`)
    for (const field of ['killed', 'injured'] as const) {
      const want = expected[field]
      if (want === undefined) continue
      const got = e[field]
      if (want === null ? got !== null : got === null || got.min !== want.min || got.max !== want.max)
        diffs.push(`${field} ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`)
    }
    if (expected.status && e.status !== expected.status) diffs.push(`status ${e.status} ≠ ${expected.status}`)
    if (best === null || diffs.length < best.length) best = diffs
  }
  return best ?? []
}

/** Scores a folder of articles against its `expected.yaml`. */
export async function scoreFolder(
  dir: string,
  knowledge: Knowledge,
  expectationsFile = path.join(dir, 'expected.yaml'),
): Promise<{ expected: number; matched: number; traps: number; sprung: number; misses: Miss[] }> {
  const expectations = readExpectations(expectationsFile)
  const misses: Miss[] = []
  let expected = 0
  let matched = 0
  let traps = 0
  let sprung = 0
  for (const [file, exp] of Object.entries(expectations)) {
    const events = await eventsOf(path.join(dir, file), knowledge)
    for (const e of exp.events) {
      expected++
      const diffs = compareEvent(e, events)
      if (diffs.length === 0) matched++
      else misses.push({ file, problem: `${e.type} ${e.date ?? e.dateStart} ${e.site ?? e.area ?? ''}: ${diffs.join('; ')}` })
    }
    for (const trap of exp.nothing ?? []) {
      traps++
      const hit = events.find((ev) => ev.reports.some((r) => contains(r.quote, trap)))
      if (hit) {
        sprung++
        misses.push({ file, problem: `trap "${trap}" became ${hit.id}` })
      }
    }
  }
  return { expected, matched, traps, sprung, misses }
}
