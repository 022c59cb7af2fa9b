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
 * Arguments that run a command as root without root's permission override (the capabilities
 * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, dropped from the bounding set by util-linux's
 * `setpriv`), so that file permissions stop it as they stop any user: the only way for a test
 * running as root to see a real EACCES. Unlike switching to another user, it needs no access
 * to the project's folder for anyone else, wherever the checkout lives.
 */
export function withoutPermissionOverride(command: string, args: string[]): [string, string[]] {
  return RUNNING_AS_ROOT ? ['setpriv', ['--bounding-set=-dac_override,-dac_read_search', '--', command, ...args]] : [command, args]
}

/**
 * Runs `source` (a TypeScript module, through tsx) as root without its permission override
 * (`withoutPermissionOverride`) and returns what it printed. `skipped` says why it could not
 * (not root, where a chmod 000 file is refused anyway, or no `setpriv`).
 */
export function runWithoutPermissionOverride(source: string): { stdout: string } | { skipped: string } {
  if (!RUNNING_AS_ROOT) return { skipped: 'not running as root: the test reads the file directly instead' }
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-noroot-'))
  const probe = path.join(dir, 'probe.ts')
  writeFileSync(probe, source)
  const [command, args] = withoutPermissionOverride(process.execPath, ['--import', 'tsx', probe])
  const run = spawnSync(command, args, { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 })
  if (run.error)
    return { skipped: `running as root, but dropping its permission override with setpriv failed (${run.error.message}), and root reads a chmod 000 file` }
  if (run.status !== 0) throw new Error(`The probe run without root's permission override failed:\n${run.stderr}`)
  return { stdout: run.stdout }
}

/** A folder that other users can enter, for a file that only its permissions keep from them. */
export function sharedTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  chmodSync(dir, 0o755)
  return dir
}
