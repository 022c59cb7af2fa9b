import { open, mkdir, rename } from 'node:fs/promises'
import path from 'node:path'
import { stableJson } from './stable-json.js'

/** `true` for a plain object (not an array, not null). */
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Writes `data` as compact JSON with keys sorted at every depth (the same bytes as
 * `stableJson(data, 0)`), through a temporary file and a rename. The top two levels are
 * written one value at a time, so the whole document never exists as one string (the data
 * file is about 25 MB at 10,000 articles, on top of the timeline it is made from).
 */
export async function writeDataFile(file: string, data: object): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.tmp-${process.pid}`
  const handle = await open(temporary, 'w')
  try {
    const write = async (value: unknown, depth: number): Promise<void> => {
      if (depth >= 2 || !isRecord(value)) {
        await handle.write(stableJson(value, 0).trimEnd())
        return
      }
      await handle.write('{')
      let first = true
      for (const key of Object.keys(value).sort()) {
        const child = value[key]
        if (child === undefined || typeof child === 'function') continue
        await handle.write(`${first ? '' : ','}${JSON.stringify(key)}:`)
        await write(child, depth + 1)
        first = false
      }
      await handle.write('}')
    }
    await write(data, 0)
    await handle.write('\n')
  } finally {
    await handle.close()
  }
  await rename(temporary, file)
}
