import { accessSync, constants } from 'node:fs'
import { tmpdir } from 'node:os'

/**
 * Where tests make folders whose listing order matters: tmpfs (`/dev/shm`) when the machine has one we
 * may write to, else the system's temporary folder. tmpfs lists a folder's entries by when they were
 * made (btrfs and XFS by when and where), as ext4, which lists by a hash of the names, never shows; so
 * only there can a test catch output that depends on the order a build made its files in.
 */
export const SCRATCH_ROOT = ((): string => {
  try {
    accessSync('/dev/shm', constants.W_OK)
    return '/dev/shm'
  } catch {
    return tmpdir()
  }
})()
