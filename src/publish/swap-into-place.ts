import { rename, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'

/**
 * Replaces the folder `target` with the finished folder `built`: the old output is
 * moved aside, the new one renamed in, and the old one removed. Both renames are on
 * the same file system, so `target` is never half-written.
 */
export async function swapIntoPlace(built: string, target: string): Promise<void> {
  const previous = `${target}.previous`
  await rm(previous, { recursive: true, force: true })
  if (existsSync(target)) await rename(target, previous)
  await rename(built, target)
  await rm(previous, { recursive: true, force: true })
}
