import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../project-root.js'
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml'
import type { ClaimantEntry, GroupEntry, Knowledge, PlaceEntry, WeaponEntry } from './knowledge.js'
import { createTermMatcher } from './term-matcher.js'

/** The data folder shipped with Salvo. */
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, 'src', 'data')

/** A knowledge file that cannot be used. The message names the file, line and field, with the fix. */
export class KnowledgeError extends Error {
  override name = 'KnowledgeError'
}

type Raw = Record<string, unknown>

/** Reads a YAML list of mappings, giving each item's 1-based line for error messages. */
function readList(file: string): { items: { raw: Raw; line: number }[]; bytes: Buffer } {
  const bytes = readFileSync(file)
  const lineCounter = new LineCounter()
  const doc = parseDocument(bytes.toString('utf8'), { lineCounter, prettyErrors: false })
  const name = path.relative(process.cwd(), file).split(path.sep).join('/')
  const first = doc.errors[0]
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line
    throw new KnowledgeError(`${name}:${line}: the file is not valid YAML (${first.message.split('\n')[0]}). Fix the indentation or quoting on that line.`)
  }
  if (!isSeq(doc.contents)) throw new KnowledgeError(`${name}:1: the file must be a list of entries, each starting with "- id:". Check that it was not overwritten.`)
  const items = doc.contents.items.map((node) => {
    const line = lineCounter.linePos((node as Node).range?.[0] ?? 0).line
    if (!isMap(node)) throw new KnowledgeError(`${name}:${line}: each entry must be a mapping of fields (\`- id: …\`), not a bare value.`)
    return { raw: node.toJSON() as Raw, line }
  })
  return { items, bytes }
}

/** Field checks that throw a sentence naming the file, line and field. */
function fields(name: string, line: number, raw: Raw) {
  const where = `${name}:${line}`
  const fail = (field: string, what: string): never => {
    throw new KnowledgeError(`${where}: field \`${field}\` ${what}.`)
  }
  return {
    text(field: string): string {
      const v = raw[field]
      if (typeof v !== 'string' || v.trim() === '') return fail(field, 'must be non-empty text')
      return v.trim()
    },
    optionalText(field: string): string | null {
      const v = raw[field]
      if (v === undefined || v === null) return null
      if (typeof v !== 'string') return fail(field, 'must be text or null')
      return v
    },
    number(field: string, min: number, max: number): number {
      const v = raw[field]
      if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) return fail(field, `must be a number between ${min} and ${max} (decimal degrees)`)
      return v
    },
    list(field: string, required = true): string[] {
      const v = raw[field]
      if (v === undefined || v === null) return required ? fail(field, 'is missing: give a list in brackets, e.g. [a, b]') : []
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) return fail(field, 'must be a list of non-empty text items, e.g. [a, b]')
      return v as string[]
    },
    oneOf<T extends string>(field: string, allowed: readonly T[]): T {
      const v = raw[field]
      if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) return fail(field, `must be one of ${allowed.join(', ')}`)
      return v as T
    },
  }
}

/** Ids must be kebab-case and unique within a file. */
function checkIds(name: string, entries: { id: string; line: number }[]): void {
  const seen = new Map<string, number>()
  for (const { id, line } of entries) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new KnowledgeError(`${name}:${line}: id "${id}" must be kebab-case (lower-case letters, digits and hyphens), e.g. ain-al-asad.`)
    const earlier = seen.get(id)
    if (earlier !== undefined) throw new KnowledgeError(`${name}:${line}: id "${id}" is already used at line ${earlier}. Give each entry its own id.`)
    seen.set(id, line)
  }
}

/**
 * Loads and validates the knowledge files (`gazetteer.yaml`, `groups.yaml`,
 * `weapons.yaml`, `claimants.yaml`) from `dataDir` (default: `SALVO_DATA_DIR`, else
 * `src/data/`), and compiles their matchers.
 * Throws a `KnowledgeError` naming file, line and field when one is malformed.
 */
export function loadKnowledge(dataDir: string = process.env.SALVO_DATA_DIR || DEFAULT_DATA_DIR): Knowledge {
  const hash = createHash('sha256')
  const shown = (file: string): string => path.relative(process.cwd(), path.join(dataDir, file)).split(path.sep).join('/')
  const load = (file: string) => {
    const result = readList(path.join(dataDir, file))
    hash.update(file).update(result.bytes)
    return result.items
  }

  const places: (PlaceEntry & { line: number })[] = load('gazetteer.yaml').map(({ raw, line }) => {
    const f = fields(shown('gazetteer.yaml'), line, raw)
    return {
      id: f.text('id'), name: f.text('name'), precision: f.oneOf('precision', ['site', 'area', 'country'] as const),
      country: f.text('country'), admin1: f.optionalText('admin1'),
      lat: f.number('lat', -90, 90), lon: f.number('lon', -180, 180), aliases: f.list('aliases'), line,
    }
  })
  checkIds(shown('gazetteer.yaml'), places)

  const groups: (GroupEntry & { line: number })[] = load('groups.yaml').map(({ raw, line }) => {
    const f = fields(shown('groups.yaml'), line, raw)
    return {
      id: f.text('id'), name: f.text('name'), kind: f.oneOf('kind', ['militia', 'state', 'state-military'] as const),
      partOf: f.list('partOf', false), aliases: f.list('aliases'), acronyms: f.list('acronyms', false), line,
    }
  })
  checkIds(shown('groups.yaml'), groups)
  const groupIds = new Set(groups.map((g) => g.id))
  for (const g of groups) {
    const missing = g.partOf.find((id) => !groupIds.has(id))
    if (missing) throw new KnowledgeError(`${shown('groups.yaml')}:${g.line}: field \`partOf\` names "${missing}", which is not an id in groups.yaml. Add that group or fix the id.`)
  }

  const weapons: (WeaponEntry & { line: number })[] = load('weapons.yaml').map(({ raw, line }) => {
    const f = fields(shown('weapons.yaml'), line, raw)
    return { id: f.text('id'), label: f.text('label'), terms: f.list('terms'), line }
  })
  checkIds(shown('weapons.yaml'), weapons)

  const claimants: ClaimantEntry[] = load('claimants.yaml').map(({ raw, line }) => {
    const f = fields(shown('claimants.yaml'), line, raw)
    return {
      label: f.text('label'), kind: f.oneOf('kind', ['militia', 'us-official', 'host-government', 'local-security', 'media'] as const),
      terms: f.list('terms'), acronyms: f.list('acronyms', false),
    }
  })

  const strip = <T extends { line: number }>({ line: _line, ...rest }: T): Omit<T, 'line'> => rest
  const cleanPlaces = places.map(strip)
  const cleanGroups = groups.map(strip)
  const cleanWeapons = weapons.map(strip)
  return {
    places: cleanPlaces,
    groups: cleanGroups,
    weapons: cleanWeapons,
    claimants,
    findPlaces: createTermMatcher(cleanPlaces.map((p) => ({ terms: [p.name, ...p.aliases], value: p }))),
    findGroups: createTermMatcher(cleanGroups.map((g) => ({ terms: [g.name, ...g.aliases], acronyms: g.acronyms, value: g }))),
    findWeapons: createTermMatcher(cleanWeapons.map((w) => ({ terms: w.terms, value: w }))),
    findClaimants: createTermMatcher(claimants.map((c) => ({ terms: c.terms, acronyms: c.acronyms, value: c }))),
    hash: hash.digest('hex'),
    dir: path.resolve(dataDir),
  }
}
