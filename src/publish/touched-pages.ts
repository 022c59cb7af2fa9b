import { statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import type { PageManifest, PageRecord } from './page-plan.js'

// Apart from page-plan.ts, which imports every page type: the build's worker (build-worker.ts) runs `touchedPages`
// and loads only this.

/** `true` when the file a manifest recorded (a page, or a search shard's entry file) is still there, untouched: same size and modification time. */
export function untouched(file: string, record: PageRecord): boolean {
  try {
    const info = statSync(file)
    return info.isFile() && info.size === record.size && info.mtimeMs === record.mtimeMs
  } catch {
    return false
  }
}

/**
 * The manifest in `file` and which file it was read from: its device, inode, size and modification time as the open
 * file said while it was read, or `null` when it was not read. A manifest is written through a new file renamed into
 * place (`writeManifest`), so two reads with the same stamp read the same bytes.
 */
export async function readManifestFile(file: string): Promise<{ manifest: PageManifest | null; stamp: string | null }> {
  try {
    const handle = await open(file, 'r')
    try {
      const { dev, ino, size, mtimeMs } = await handle.stat()
      const parsed = JSON.parse(await handle.readFile('utf8')) as Partial<PageManifest>
      const manifest =
        typeof parsed.version === 'string' &&
        typeof parsed.outDir === 'string' &&
        typeof parsed.pages === 'object' &&
        parsed.pages !== null &&
        typeof parsed.search === 'object' &&
        parsed.search !== null
          ? (parsed as PageManifest)
          : null
      return { manifest, stamp: manifest === null ? null : `${dev}:${ino}:${size}:${mtimeMs}` }
    } finally {
      await handle.close()
    }
  } catch {
    return { manifest: null, stamp: null }
  }
}

/**
 * The pages the manifest in `file` records whose files in `outDir` are no longer the ones it describes (`untouched`),
 * and the manifest's stamp (`readManifestFile`). A build's worker runs it while the pipeline runs (build-worker.ts),
 * so the main thread does not look at every page; the plan takes the answer only for the manifest of the same stamp.
 */
export async function touchedPages(file: string, outDir: string): Promise<{ stamp: string | null; touched: string[] }> {
  const { manifest, stamp } = await readManifestFile(file)
  if (manifest === null) return { stamp: null, touched: [] }
  return { stamp, touched: Object.entries(manifest.pages).flatMap(([page, record]) => (untouched(path.join(outDir, page), record) ? [] : [page])) }
}
