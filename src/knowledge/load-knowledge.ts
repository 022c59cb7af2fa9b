import { createHash } from 'node:crypto'
import path from 'node:path'
import { PROJECT_ROOT } from '../project-root.js'
import { isMap, isScalar, isSeq, type Node } from 'yaml'
import { readYamlFile } from '../read-yaml-file.js'
import { foldedWords } from './fold-text.js'
import type { ClaimantEntry, GroupEntry, Knowledge, PlaceEntry, WeaponEntry } from './knowledge.js'
import type { Campaign } from './campaign.js'
import { createTermMatcher } from './term-matcher.js'

/** The data folder shipped with Salvo. */
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, 'src', 'data')

/** A knowledge file that cannot be used. The message names the file, line and field, with the fix. */
export class KnowledgeError extends Error {
  override name = 'KnowledgeError'
}

type Raw = Record<string, unknown>

/** One entry of a knowledge file: its fields, its line, and the line of each field's value (`lineOf('aliases', 2)` for a list item). */
interface Item {
  raw: Raw
  line: number
  lineOf: (field: string, index?: number) => number
}

/**
 * Reads a YAML list of mappings, giving each item's 1-based line for error messages. Anything
 * that keeps the file from being read whole is a `KnowledgeError` naming the file and the fix.
 */
function readList(file: string): { items: Item[]; bytes: Buffer } {
  const name = path.relative(process.cwd(), file).split(path.sep).join('/')
  const read = readYamlFile(file, 'the file')
  if ('missing' in read) {
    throw new KnowledgeError(
      `${name}: the file is missing, and every article is read against it. Likely cause: it was deleted or renamed, or SALVO_DATA_DIR points at a folder without it. Restore it from version control (git checkout -- ${name}), or point SALVO_DATA_DIR at a folder with gazetteer.yaml, groups.yaml, weapons.yaml and claimants.yaml.`,
    )
  }
  if ('problem' in read) throw new KnowledgeError(`${name}${read.problem.line === null ? '' : `:${read.problem.line}`}: ${read.problem.message}`)
  const { doc, lineCounter, bytes } = read
  if (doc.contents === null) throw new KnowledgeError(`${name}:1: the file is empty. Restore it from version control (git checkout -- ${name}).`)
  if (!isSeq(doc.contents))
    throw new KnowledgeError(`${name}:1: the file must be a list of entries, each starting with "- id:". Check that it was not overwritten.`)
  const lineAt = (node: unknown, fallback: number): number => {
    const offset = (node as Node | null)?.range?.[0]
    return offset === undefined ? fallback : lineCounter.linePos(offset).line
  }
  const items = doc.contents.items.map((node) => {
    const line = lineAt(node, 1)
    if (!isMap(node)) throw new KnowledgeError(`${name}:${line}: each entry must be a mapping of fields (\`- id: …\`), not a bare value.`)
    const lineOf = (field: string, index?: number): number => {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === field)
      if (pair === undefined) return line
      const value = index !== undefined && isSeq(pair.value) ? pair.value.items[index] : pair.value
      return lineAt(value ?? pair.key, line)
    }
    return { raw: node.toJS(doc, { maxAliasCount: 0 }) as Raw, line, lineOf }
  })
  return { items, bytes }
}

/** `{ [key]: value }`, or nothing when the value is absent: an optional field stays absent rather than `undefined`. */
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>))

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
    /** A number of `unit`s between `min` and `max`, or `undefined` when the field is absent. */
    optionalAmount(field: string, min: number, max: number, unit: string): number | undefined {
      const v = raw[field]
      if (v === undefined || v === null) return undefined
      if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) return fail(field, `must be a number of ${unit} between ${min} and ${max}`)
      return v
    },
    /** `true` or `false`, or `fallback` when the field is absent. */
    flag(field: string, fallback: boolean): boolean {
      const v = raw[field]
      if (v === undefined || v === null) return fallback
      if (typeof v !== 'boolean') return fail(field, 'must be true or false')
      return v
    },
    list(field: string, required = true): string[] {
      const v = raw[field]
      if (v === undefined || v === null) return required ? fail(field, 'is missing: give a list in brackets, e.g. [a, b]') : []
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === ''))
        return fail(field, 'must be a list of non-empty text items, e.g. [a, b]')
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
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      throw new KnowledgeError(`${name}:${line}: id "${id}" must be kebab-case (lower-case letters, digits and hyphens), e.g. ain-al-asad.`)
    const earlier = seen.get(id)
    if (earlier !== undefined) throw new KnowledgeError(`${name}:${line}: id "${id}" is already used at line ${earlier}. Give each entry its own id.`)
    seen.set(id, line)
  }
}

/** One spelling the matcher looks for, where it is written, and the entry it belongs to. */
interface Spelling {
  text: string
  /** `name`, `aliases`, `terms` or `acronyms`. */
  field: string
  line: number
}

/** An entry's spellings: `terms` are compared folded (`foldText`), `acronyms` exactly, as the matcher does. */
interface Spellings {
  id: string
  line: number
  terms: Spelling[]
  acronyms: Spelling[]
}

/** The spellings of `item`'s fields, each with its own line. A single-text field (`name`) is a list of one. */
function spellingsOf(id: string, item: Item, terms: [string, readonly string[]][], acronyms: [string, readonly string[]][] = []): Spellings {
  const list = ([field, values]: [string, readonly string[]]): Spelling[] =>
    values.map((text, i) => ({ text, field, line: item.lineOf(field, Array.isArray(item.raw[field]) ? i : undefined) }))
  return { id, line: item.line, terms: terms.flatMap(list), acronyms: acronyms.flatMap(list) }
}

/**
 * Refuses a spelling that two entries share once folded the matcher's way: the matcher keeps the
 * first and silently drops the other, so a sentence naming it could never find the second entry.
 * Within one entry a repeat is harmless (a name listed again among its aliases).
 */
function checkSpellings(name: string, kind: string, entries: Spellings[]): void {
  const check = (pick: (e: Spellings) => Spelling[], keyOf: (text: string) => string, how: string): void => {
    const seen = new Map<string, { entry: Spellings; spelling: Spelling }>()
    for (const entry of entries) {
      for (const spelling of pick(entry)) {
        const key = keyOf(spelling.text)
        if (key === '') continue // nothing left to match once folded: the matcher skips it too
        const earlier = seen.get(key)
        if (earlier === undefined) seen.set(key, { entry, spelling })
        else if (earlier.entry !== entry) {
          throw new KnowledgeError(
            `${name}:${spelling.line}: the spelling "${spelling.text}" in \`${spelling.field}\` of ${kind} "${entry.id}" (entry at line ${entry.line}) is already a spelling of ${kind} "${earlier.entry.id}" ("${earlier.spelling.text}" in \`${earlier.spelling.field}\`, line ${earlier.spelling.line}, entry at line ${earlier.entry.line})${how}, so a sentence using it would only ever find "${earlier.entry.id}". Likely cause: one ${kind} entered twice, or a spelling copied into the wrong entry. Keep the spelling in the one entry it names and remove it from the other.`,
          )
        }
      }
    }
  }
  check(
    (e) => e.terms,
    (text) =>
      foldedWords(text)
        .map((w) => w.word)
        .join(' '),
    ' once case, diacritics, apostrophes, full stops and hyphens are set aside, as the matcher does',
  )
  check(
    (e) => e.acronyms,
    (text) => text,
    '',
  )
}

/** A calendar day `YYYY-MM-DD` that exists. */
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)

/** Reads `campaign.yaml`, a mapping (not a list), checking each field. */
function readCampaign(file: string, name: string, countries: Set<string>): { campaign: Campaign; bytes: Buffer } {
  const read = readYamlFile(file, 'the file')
  if ('missing' in read)
    throw new KnowledgeError(
      `${name}: the file is missing; it says what the timeline covers (subject, start, end, region). Restore it from version control (git checkout -- ${name}).`,
    )
  if ('problem' in read) throw new KnowledgeError(`${name}${read.problem.line === null ? '' : `:${read.problem.line}`}: ${read.problem.message}`)
  const { doc, lineCounter, bytes } = read
  if (!isMap(doc.contents))
    throw new KnowledgeError(`${name}:1: the file must be a mapping with subject, start, end and region. Check that it was not overwritten.`)
  const raw = doc.contents.toJS(doc, { maxAliasCount: 0 }) as Raw
  const lineOf = (field: string): number => {
    const pair = (doc.contents as { items: { key: unknown; value: unknown }[] }).items.find((p) => isScalar(p.key) && p.key.value === field)
    const offset = ((pair?.value ?? pair?.key) as Node | undefined)?.range?.[0]
    return offset === undefined ? 1 : lineCounter.linePos(offset).line
  }
  const fail = (field: string, what: string): never => {
    throw new KnowledgeError(`${name}:${lineOf(field)}: field \`${field}\` ${what}.`)
  }
  const f = fields(name, 1, raw)
  const subject =
    typeof raw.subject === 'string' && raw.subject.trim() !== '' ? raw.subject.trim() : fail('subject', 'must be one line saying what the timeline covers')
  const start = isDay(raw.start) ? raw.start : fail('start', 'must be the first day of the campaign, as YYYY-MM-DD')
  const end =
    raw.end === undefined || raw.end === null
      ? null
      : isDay(raw.end)
        ? raw.end
        : fail('end', 'must be the last day as YYYY-MM-DD, or left out while the campaign goes on')
  if (end !== null && end < start) fail('end', `is before \`start\` (${start}); give the last day of the campaign, or leave it out`)
  const region = f.list('region')
  const unknown = region.find((c) => !countries.has(c))
  if (unknown !== undefined)
    fail('region', `names "${unknown}", which no place in gazetteer.yaml has as its country; use one of ${[...countries].sort().join(', ')}`)
  return { campaign: { subject, start, end, region }, bytes }
}

/**
 * Loads and validates the knowledge files (`gazetteer.yaml`, `groups.yaml`,
 * `weapons.yaml`, `claimants.yaml`, `campaign.yaml`) from `dataDir` (default: `SALVO_DATA_DIR`, else
 * `src/data/`), and compiles their matchers.
 * Throws a `KnowledgeError` naming file, line and field when one is malformed.
 */
export function loadKnowledge(dataDir: string = process.env.SALVO_DATA_DIR || DEFAULT_DATA_DIR): Knowledge {
  const bytes = new Map<string, Buffer>()
  const shown = (file: string): string => path.relative(process.cwd(), path.join(dataDir, file)).split(path.sep).join('/')
  const load = (file: string) => {
    const result = readList(path.join(dataDir, file))
    bytes.set(file, result.bytes)
    return result.items
  }

  const gazetteer = load('gazetteer.yaml')
  const places: (PlaceEntry & { line: number })[] = gazetteer.map(({ raw, line }) => {
    const f = fields(shown('gazetteer.yaml'), line, raw)
    return {
      id: f.text('id'),
      name: f.text('name'),
      precision: f.oneOf('precision', ['site', 'area', 'country'] as const),
      country: f.text('country'),
      admin1: f.optionalText('admin1'),
      lat: f.number('lat', -90, 90),
      lon: f.number('lon', -180, 180),
      aliases: f.list('aliases'),
      ...optional('shortName', f.optionalText('shortName') ?? undefined),
      ...optional('radiusKm', f.optionalAmount('radiusKm', 1, 1000, 'kilometres')),
      ...optional('provinces', f.list('provinces', false).length > 0 ? f.list('provinces', false) : undefined),
      line,
    }
  })
  checkIds(shown('gazetteer.yaml'), places)
  checkSpellings(
    shown('gazetteer.yaml'),
    'place',
    places.map((p, i) =>
      spellingsOf(p.id, gazetteer[i] as Item, [
        ['name', [p.name]],
        ['aliases', p.aliases],
      ]),
    ),
  )

  const groupItems = load('groups.yaml')
  const groups: (GroupEntry & { line: number })[] = groupItems.map(({ raw, line }) => {
    const f = fields(shown('groups.yaml'), line, raw)
    return {
      id: f.text('id'),
      name: f.text('name'),
      kind: f.oneOf('kind', ['militia', 'state', 'state-military'] as const),
      campaign: f.flag('campaign', true),
      partOf: f.list('partOf', false),
      aliases: f.list('aliases'),
      acronyms: f.list('acronyms', false),
      line,
    }
  })
  checkIds(shown('groups.yaml'), groups)
  checkSpellings(
    shown('groups.yaml'),
    'group',
    groups.map((g, i) =>
      spellingsOf(
        g.id,
        groupItems[i] as Item,
        [
          ['name', [g.name]],
          ['aliases', g.aliases],
        ],
        [['acronyms', g.acronyms]],
      ),
    ),
  )
  const groupIds = new Set(groups.map((g) => g.id))
  for (const g of groups) {
    const missing = g.partOf.find((id) => !groupIds.has(id))
    if (missing)
      throw new KnowledgeError(
        `${shown('groups.yaml')}:${g.line}: field \`partOf\` names "${missing}", which is not an id in groups.yaml. Add that group or fix the id.`,
      )
  }

  const weaponItems = load('weapons.yaml')
  const weapons: (WeaponEntry & { line: number })[] = weaponItems.map(({ raw, line }) => {
    const f = fields(shown('weapons.yaml'), line, raw)
    return { id: f.text('id'), label: f.text('label'), terms: f.list('terms'), line }
  })
  checkIds(shown('weapons.yaml'), weapons)
  checkSpellings(
    shown('weapons.yaml'),
    'weapon',
    weapons.map((w, i) => spellingsOf(w.id, weaponItems[i] as Item, [['terms', w.terms]])),
  )

  const claimantItems = load('claimants.yaml')
  const claimants: ClaimantEntry[] = claimantItems.map(({ raw, line }) => {
    const f = fields(shown('claimants.yaml'), line, raw)
    return {
      label: f.text('label'),
      kind: f.oneOf('kind', ['militia', 'us-official', 'host-government', 'local-security', 'media'] as const),
      terms: f.list('terms'),
      acronyms: f.list('acronyms', false),
    }
  })

  checkSpellings(
    shown('claimants.yaml'),
    'claimant',
    claimants.map((c, i) => spellingsOf(c.label, claimantItems[i] as Item, [['terms', c.terms]], [['acronyms', c.acronyms]])),
  )

  const campaignRead = readCampaign(path.join(dataDir, 'campaign.yaml'), shown('campaign.yaml'), new Set(places.map((p) => p.country)))
  bytes.set('campaign.yaml', campaignRead.bytes)

  const strip = <T extends { line: number }>({ line: _line, ...rest }: T): Omit<T, 'line'> => rest
  const data = { places: places.map(strip), groups: groups.map(strip), weapons: weapons.map(strip), claimants, campaign: campaignRead.campaign }
  return compileKnowledge(data, knowledgeHash(KNOWLEDGE_FILES.map((file) => bytes.get(file) ?? Buffer.alloc(0))), path.resolve(dataDir))
}

/** The knowledge files' entries once checked: what `compileKnowledge` makes the matchers from. Plain data, as JSON keeps it. */
export type KnowledgeData = Pick<Knowledge, 'places' | 'groups' | 'weapons' | 'claimants' | 'campaign'>

/** Knowledge from checked entries (`loadKnowledge`'s, or a copy a cache kept of them): the entries with their matchers compiled. */
export function compileKnowledge(data: KnowledgeData, hash: string, dir: string | null): Knowledge {
  const { places, groups, weapons, claimants, campaign } = data
  return {
    places,
    placeById: new Map(places.map((p) => [p.id, p])),
    groups,
    weapons,
    claimants,
    campaign,
    findPlaces: createTermMatcher(places.map((p) => ({ terms: [p.name, ...p.aliases], value: p }))),
    findGroups: createTermMatcher(groups.map((g) => ({ terms: [g.name, ...g.aliases], acronyms: g.acronyms, value: g }))),
    findWeapons: createTermMatcher(weapons.map((w) => ({ terms: w.terms, value: w }))),
    findClaimants: createTermMatcher(claimants.map((c) => ({ terms: c.terms, acronyms: c.acronyms, value: c }))),
    hash,
    dir,
  }
}

/** The knowledge files, in the order their bytes are hashed into `Knowledge.hash`. */
export const KNOWLEDGE_FILES = ['gazetteer.yaml', 'groups.yaml', 'weapons.yaml', 'claimants.yaml', 'campaign.yaml'] as const

/** `Knowledge.hash` from the files' bytes, in `KNOWLEDGE_FILES` order, as `loadKnowledge` computes it. */
export function knowledgeHash(bytes: readonly Buffer[]): string {
  const hash = createHash('sha256')
  KNOWLEDGE_FILES.forEach((file, i) => hash.update(file).update(bytes[i] ?? Buffer.alloc(0)))
  return hash.digest('hex')
}
