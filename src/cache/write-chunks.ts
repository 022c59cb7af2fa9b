import { open, type FileHandle } from 'node:fs/promises'

/** How much is gathered before a write: large enough that writes are few, far below the longest string V8 allows (about 512 MiB). */
const CHUNK_BYTES = 8 * 1024 * 1024

/**
 * Writes `parts` to `handle` in order, a few megabytes at a time. Joining every line of a large cache into one
 * string first fails past V8's longest string ("Invalid string length", at about 100,000 articles) and holds the
 * whole file twice in memory; this holds one chunk.
 */
export async function writeChunks(handle: FileHandle, parts: Iterable<string | Uint8Array>): Promise<void> {
  let gathered: Buffer[] = []
  let size = 0
  const flush = async (): Promise<void> => {
    if (size === 0) return
    const chunk = gathered.length === 1 ? (gathered[0] as Buffer) : Buffer.concat(gathered, size)
    gathered = []
    size = 0
    for (let at = 0; at < chunk.length;) at += (await handle.write(chunk, at, chunk.length - at)).bytesWritten
  }
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength)
    gathered.push(bytes)
    size += bytes.length
    if (size >= CHUNK_BYTES) await flush()
  }
  await flush()
}

/** Opens `file` with `flags` (`'w'`, `'a'` or `fs.constants` bits), writes `parts` to it with `writeChunks`, and closes it. */
export async function writeChunksTo(file: string, flags: string | number, parts: Iterable<string | Uint8Array>): Promise<void> {
  const handle = await open(file, flags)
  try {
    await writeChunks(handle, parts)
  } finally {
    await handle.close()
  }
}
