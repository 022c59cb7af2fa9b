import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { stableJson } from '../model/stable-json.js'
import { writeFileAtomic } from './write-file-atomic.js'

/** `true` for a plain object (not an array, not null). */
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** Characters gathered before a write: few writes, and never the whole document in memory. */
const CHUNK = 1 << 20

/**
 * Writes `data` as compact JSON with keys sorted at every depth (the same bytes as
 * `stableJson(data, 0)`), through a temporary file and a rename (writeFileAtomic). The top two levels,
 * objects and lists alike, are serialized one value at a time (a list of articles one
 * article at a time), so the whole document never exists as one string: the data file
 * grows with the corpus, and must not double the memory the timeline already takes.
 */
export async function writeDataFile(file: string, data: object): Promise<void> {
  await writeFileAtomic(file, (handle) => writeJson(handle, data))
}

/** The temporary sibling `stageDataFile` writes `file` to, for `commitDataFile` to rename into place. */
export const stagedDataFile = (file: string): string => `${file}.staged-${process.pid}`

/**
 * Writes `data` as `writeDataFile` would, but to `stagedDataFile(file)`, leaving `file` as it is until
 * `commitDataFile`: a build writes its data file beside its other work (data-file-writer.ts) and puts it in
 * place only where it would have written it. A failed write removes the staged file.
 */
export async function stageDataFile(file: string, data: object): Promise<void> {
  const staged = stagedDataFile(file)
  await mkdir(path.dirname(file), { recursive: true })
  try {
    const handle = await open(staged, 'w')
    try {
      await writeJson(handle, data)
    } finally {
      await handle.close()
    }
  } catch (error) {
    await rm(staged, { force: true })
    throw error
  }
}

/** Renames the file `stageDataFile` wrote over `file`; when that fails, removes it and throws, leaving `file` as it was. */
export async function commitDataFile(file: string): Promise<void> {
  const staged = stagedDataFile(file)
  try {
    await rename(staged, file)
  } catch (error) {
    await rm(staged, { force: true })
    throw error
  }
}

/** Writes `data` to `handle` as `writeDataFile` describes. */
async function writeJson(handle: FileHandle, data: object): Promise<void> {
  let pending = ''
  const emit = async (text: string): Promise<void> => {
    pending += text
    if (pending.length >= CHUNK) {
      await handle.write(pending)
      pending = ''
    }
  }
  const write = async (value: unknown, depth: number): Promise<void> => {
    if (depth < 2 && Array.isArray(value)) {
      await emit('[')
      for (const [i, item] of value.entries()) {
        await emit(i === 0 ? '' : ',')
        // As JSON.stringify writes a list: a value JSON has no form for is null.
        await (item === undefined || typeof item === 'function' ? emit('null') : write(item, depth + 1))
      }
      await emit(']')
      return
    }
    if (depth >= 2 || !isRecord(value)) {
      await emit(stableJson(value, 0).trimEnd())
      return
    }
    await emit('{')
    let first = true
    for (const key of Object.keys(value).sort()) {
      const child = value[key]
      if (child === undefined || typeof child === 'function') continue
      await emit(`${first ? '' : ','}${JSON.stringify(key)}:`)
      await write(child, depth + 1)
      first = false
    }
    await emit('}')
  }
  await write(data, 0)
  await handle.write(pending + '\n')
}
