import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { importGraph } from '../cache/import-graph.js'
import { PROJECT_ROOT } from '../project-root.js'
import { readRegularFile } from '../read-regular-file.js'
import { MAX_DATA_FILE_BYTES } from '../read-yaml-file.js'
import type { Knowledge } from './knowledge.js'
import { compileKnowledge, DEFAULT_DATA_DIR, KNOWLEDGE_FILES, knowledgeHash, loadKnowledge, type KnowledgeData } from './load-knowledge.js'

/** The module that reads and checks the knowledge files; it and every module it imports are hashed into the version. */
const LOADER = path.join('src', 'knowledge', 'load-knowledge.ts')

/** The code that reads and checks the knowledge files (load-knowledge.ts and what it imports): a kept copy holds for the same code only. */
export function knowledgeLoaderVersion(root: string = PROJECT_ROOT): string {
  const hash = createHash('sha256')
  for (const file of importGraph([path.join(root, LOADER)])) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file))
  return hash.digest('hex').slice(0, 16)
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isList = (value: unknown, fields: string[]): boolean =>
  Array.isArray(value) && value.every((entry) => isObject(entry) && fields.every((field) => entry[field] !== undefined))

/** `true` when `value` is checked knowledge as this module writes it: every list, and every entry with its required fields. */
function isKnowledgeData(value: unknown): value is KnowledgeData {
  return (
    isObject(value) &&
    isList(value.places, ['id', 'name', 'precision', 'country', 'admin1', 'lat', 'lon', 'aliases']) &&
    isList(value.groups, ['id', 'name', 'kind', 'partOf', 'aliases', 'acronyms']) &&
    isList(value.weapons, ['id', 'label', 'terms']) &&
    isList(value.claimants, ['label', 'kind', 'terms', 'acronyms']) &&
    isObject(value.campaign) &&
    Array.isArray(value.campaign.region)
  )
}

/** The knowledge a file keeps, or `null` when there is none or it is not whole. */
function readKept(file: string): KnowledgeData | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return isKnowledgeData(value) ? value : null
  } catch {
    return null
  }
}

/** Keeps checked knowledge through a temporary file, and removes what other files or code left. Only tidying fails quietly. */
function keep(dir: string, file: string, data: KnowledgeData): void {
  const temporary = `${file}.tmp-${process.pid}`
  try {
    mkdirSync(dir, { recursive: true })
    writeFileSync(temporary, JSON.stringify(data))
    renameSync(temporary, file)
    for (const other of readdirSync(dir)) if (path.join(dir, other) !== file) rmSync(path.join(dir, other), { force: true, recursive: true })
  } catch {
    // The next build reads and checks the files again, nothing else.
    try {
      rmSync(temporary, { force: true })
    } catch {
      // Nothing was written there (its folder is a file, say).
    }
  }
}

/**
 * `loadKnowledge`, without reading and checking the YAML again when nothing changed: the checked entries are
 * kept as JSON in `cacheDir`, in a file named by the files' content hash (`Knowledge.hash`) and the loader's
 * code (`knowledgeLoaderVersion`). Parsing and checking the files took about a tenth of a second of every build;
 * a kept copy is read and its matchers compiled. Any change to a file or to the loader reads and checks them
 * again, so a malformed file is refused as before; a file that cannot be read is `loadKnowledge`'s to explain.
 * `cacheDir` `null` always reads them. The knowledge is the same either way.
 */
export function cachedKnowledge(dataDir: string = process.env.SALVO_DATA_DIR || DEFAULT_DATA_DIR, cacheDir: string | null, version?: string): Knowledge {
  if (cacheDir === null) return loadKnowledge(dataDir)
  const bytes: Buffer[] = []
  for (const name of KNOWLEDGE_FILES) {
    const read = readRegularFile(path.join(dataDir, name), MAX_DATA_FILE_BYTES)
    if (!('bytes' in read)) return loadKnowledge(dataDir)
    bytes.push(read.bytes)
  }
  const hash = knowledgeHash(bytes)
  const file = path.join(
    cacheDir,
    `${createHash('sha256')
      .update(hash)
      .update('\0')
      .update(version ?? knowledgeLoaderVersion())
      .digest('hex')
      .slice(0, 32)}.json`,
  )
  const kept = readKept(file)
  if (kept !== null) return compileKnowledge(kept, hash, path.resolve(dataDir))
  const knowledge = loadKnowledge(dataDir)
  // A file edited between the two reads is kept by the next build instead, under its own hash.
  if (knowledge.hash === hash) {
    const { places, groups, weapons, claimants, campaign } = knowledge
    keep(cacheDir, file, { places, groups, weapons, claimants, campaign })
  }
  return knowledge
}
