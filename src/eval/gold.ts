import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml'
import type { Knowledge } from '../knowledge/knowledge.js'
import type { Count, EventStatus } from '../model/report.js'
import { readYamlFile } from '../read-yaml-file.js'

/**
 * One attack a person recorded from an article, for `npm run eval` (the format is in
 * docs/eval-gold-format.md). Fields left out of the gold file are `undefined` and not scored.
 */
export interface GoldAttack {
  day: string
  /** Gazetteer id, or `null` when the article names no place. */
  place: string | null
  status?: EventStatus
  killed?: Count | null
  injured?: Count | null
  claimedBy?: string
  /** A few words of the sentence, shown with a miss. */
  sentence?: string
  /** 1-based line of the entry in the gold file. */
  line: number
}

/** What a person recorded from one article: its attacks, and words of sentences that must give none. */
export interface GoldArticle {
  attacks: GoldAttack[]
  nothing: string[]
}

/** A gold file read and checked: article file name → what it holds. */
export type Gold = Map<string, GoldArticle>

/** A gold file that cannot be used; the message names the file, line and field, with the fix. */
export class GoldError extends Error {
  override name = 'GoldError'
}

const STATUSES: readonly EventStatus[] = ['confirmed', 'claimed', 'denied', 'reported']
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)

/**
 * Reads and checks a gold file (YAML or JSON). Places may be written as any gazetteer id, name
 * or alias; they are resolved to ids here, so a typo is an error with the line, not a silent miss.
 */
export function readGold(file: string, knowledge: Knowledge): Gold {
  const read = readYamlFile(file, 'the gold file')
  if ('missing' in read) throw new GoldError(`${file}: there is no such gold file. Check the path; the format is in docs/eval-gold-format.md.`)
  if ('problem' in read) throw new GoldError(`${file}${read.problem.line === null ? '' : `:${read.problem.line}`}: ${read.problem.message}`)
  const { doc, lineCounter } = read
  const lineOf = (node: unknown): number => {
    const offset = (node as Node | null)?.range?.[0]
    return offset === undefined ? 1 : lineCounter.linePos(offset).line
  }
  const fail = (node: unknown, message: string): never => {
    throw new GoldError(`${file}:${lineOf(node)}: ${message} The format is in docs/eval-gold-format.md.`)
  }
  const get = (map: YAMLMap, key: string): { node: unknown; value: unknown } | undefined => {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key)
    if (!pair) return undefined
    return { node: pair.value ?? pair.key, value: isScalar(pair.value) ? pair.value.value : (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() }
  }
  const placeId = (node: unknown, value: unknown): string | null => {
    if (value === null) return null
    if (typeof value !== 'string' || value.trim() === '')
      return fail(node, 'field `place` must be a gazetteer id, name or spelling, or null when the article names no place.')
    const byId = knowledge.places.find((p) => p.id === value)
    if (byId) return byId.id
    const match = knowledge.findPlaces(value).find((m) => m.start === 0 && m.end === value.length)
    return match
      ? match.value.id
      : fail(node, `field \`place\` is "${value}", which is not an id, name or alias in src/data/gazetteer.yaml. Use its id, or add the spelling there.`)
  }
  const count = (node: unknown, value: unknown, field: string): Count | null => {
    if (value === null) return null
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { min: value, max: value }
    if (Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0) && value[0] <= value[1])
      return { min: value[0] as number, max: value[1] as number }
    return fail(node, `field \`${field}\` must be a whole number, [min, max], or null when the article gives no figure.`)
  }

  if (!isMap(doc.contents)) return fail(doc.contents, 'a gold file is a mapping with one key, `articles`.')
  const articles = get(doc.contents, 'articles')
  const articlesNode = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'articles')?.value
  if (!articles || !isMap(articlesNode)) return fail(doc.contents, 'the key `articles` is missing or is not a mapping of article file names.')
  const gold: Gold = new Map()
  for (const pair of articlesNode.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : fail(pair.key, 'each key under `articles` must be an article file name.')
    const entry = pair.value
    if (!isMap(entry)) return fail(pair.key, `"${name}" must map to \`attacks:\` (a list, maybe empty) and optionally \`nothing:\`.`)
    const attacksNode = entry.items.find((p) => isScalar(p.key) && p.key.value === 'attacks')?.value
    if (attacksNode === undefined)
      return fail(pair.key, `"${name}" has no \`attacks:\` list; write \`attacks: []\` for an article that reports no dated attack.`)
    if (!isSeq(attacksNode)) return fail(attacksNode, `\`attacks\` of "${name}" must be a list.`)
    const attacks = attacksNode.items.map((item): GoldAttack => {
      if (!isMap(item)) return fail(item, 'each attack must be a mapping with at least `day` and `place`.')
      const known = new Set(['day', 'place', 'status', 'killed', 'injured', 'claimedBy', 'sentence'])
      const stray = item.items.find((p) => isScalar(p.key) && !known.has(String(p.key.value)))
      if (stray) fail(stray.key, `field \`${String((stray.key as { value: unknown }).value)}\` is not read; the fields are ${[...known].join(', ')}.`)
      const day = get(item, 'day')
      if (!day || !isDay(day.value)) return fail(day?.node ?? item, 'field `day` must be the day of the attack, as YYYY-MM-DD.')
      const place = get(item, 'place')
      if (!place) return fail(item, 'field `place` is missing; give a gazetteer id, or null when the article names no place.')
      const attack: GoldAttack = { day: day.value, place: placeId(place.node, place.value), line: lineOf(item) }
      const status = get(item, 'status')
      if (status) {
        if (!STATUSES.includes(status.value as EventStatus)) fail(status.node, `field \`status\` must be one of ${STATUSES.join(', ')}.`)
        attack.status = status.value as EventStatus
      }
      for (const field of ['killed', 'injured'] as const) {
        const value = get(item, field)
        if (value) attack[field] = count(value.node, value.value, field)
      }
      for (const field of ['claimedBy', 'sentence'] as const) {
        const value = get(item, field)
        if (value) attack[field] = typeof value.value === 'string' ? value.value : fail(value.node, `field \`${field}\` must be text.`)
      }
      return attack
    })
    const nothingNode = entry.items.find((p) => isScalar(p.key) && p.key.value === 'nothing')?.value
    const nothing =
      nothingNode === undefined || nothingNode === null
        ? []
        : isSeq(nothingNode) && nothingNode.items.every((n) => isScalar(n) && typeof n.value === 'string')
          ? nothingNode.items.map((n) => String((n as { value: unknown }).value))
          : fail(nothingNode, '`nothing` must be a list of words from sentences that must give no attack.')
    gold.set(name, { attacks, nothing })
  }
  return gold
}
