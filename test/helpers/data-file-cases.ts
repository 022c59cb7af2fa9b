import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Makes `file` a named pipe, with a writer that opens it after `seconds`. Code that blocks on
 * the pipe is freed then (and the test sees how long it took) instead of hanging the run;
 * `stop` ends the writer, which waits for a reader that never comes when nothing blocked.
 */
export function fifoWithLateWriter(file: string, seconds = 6): { stop: () => void } {
  execFileSync('mkfifo', [file])
  const writer = spawn('sh', ['-c', `sleep ${seconds}; printf -- '- x\\n' > "$0"`, file], { detached: true, stdio: 'ignore' })
  writer.unref()
  return {
    stop: () => {
      try {
        if (writer.pid !== undefined) process.kill(-writer.pid)
      } catch {
        // Already gone.
      }
    },
  }
}

/** `true` when the tests run as root, which reads a `chmod 000` file as if it were readable. */
export const RUNNING_AS_ROOT = process.getuid?.() === 0

/**
 * Runs `source` (a TypeScript module, through tsx) as the unprivileged user `nobody` and returns
 * what it printed. As root, that is the only way to see a real EACCES. `skipped` says why it could
 * not (not root, or no CAP_SETUID to switch users).
 */
export function runAsNobody(source: string): { stdout: string } | { skipped: string } {
  if (!RUNNING_AS_ROOT) return { skipped: 'not running as root, so the test cannot switch to the user nobody' }
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-nobody-'))
  chmodSync(dir, 0o755)
  const probe = path.join(dir, 'probe.ts')
  writeFileSync(probe, source)
  chmodSync(probe, 0o644)
  const run = spawnSync(process.execPath, ['--import', 'tsx', probe], { uid: 65534, gid: 65534, cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 })
  if (run.error) return { skipped: `running as root, but switching to the user nobody failed (${run.error.message}), and root reads a chmod 000 file` }
  if (run.status !== 0) throw new Error(`The probe run as nobody failed:\n${run.stderr}`)
  return { stdout: run.stdout }
}

/** A folder that other users can enter, for a file that only its permissions keep from them. */
export function sharedTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  chmodSync(dir, 0o755)
  return dir
}
