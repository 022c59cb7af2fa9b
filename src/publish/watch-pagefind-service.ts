// Pagefind's Node API (1.6.0) runs its indexer as a service in a child process and waits for each answer,
// but does not watch the child: when the service dies (a full disk makes it panic while it writes the
// index), nothing answers and the build waited forever, while the panic's Rust backtrace went straight to
// the terminal. This makes the Pagefind of one thread start its service with stderr kept, and when the
// service dies, close Pagefind's side (every call waiting on it then fails) and keep what it said, for
// the build to report in a sentence (output-error.ts reads `Os { code: 28, … }` as ENOSPC).
import childProcess, { type ChildProcess, type SpawnOptions } from 'node:child_process'
import path from 'node:path'
import type { Readable } from 'node:stream'

/** The service's last words, once it died: the panic's message (its first lines, without the backtrace), or its exit status. */
let death: string | null = null

/** Why this thread's Pagefind service died, or `null` while it lives (or was closed as it should be). */
export const pagefindDeath = (): string | null => death

/**
 * Watches the Pagefind service this thread starts from now on; `close` is Pagefind's own (`pagefind.close`),
 * which fails the calls still waiting. Pagefind closes its service by SIGTERM: any other end is a death.
 * Patches `child_process.spawn`, which Pagefind calls through the module object, in this thread only
 * (a worker thread has builtin modules of its own); every other spawn goes through as it was.
 */
export function watchPagefindService(close: () => Promise<unknown>): void {
  const spawn = childProcess.spawn
  const watched = (command: string, args: readonly string[] = [], options: SpawnOptions = {}): ChildProcess => {
    if (!path.basename(command).startsWith('pagefind') || !args.includes('--service')) return spawn(command, args, options)
    const child = spawn(command, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] })
    death = null
    let said = ''
    // As Pagefind does with the other two pipes, this one does not keep the thread alive.
    const stderr = child.stderr as (Readable & { unref?: () => void }) | null
    stderr?.setEncoding('utf8').on('data', (chunk: string) => void (said += chunk))
    stderr?.unref?.()
    child.once('exit', (code, signal) => {
      if (code === 0 || signal === 'SIGTERM') {
        if (said !== '') process.stderr.write(said)
        return
      }
      const panic = said
        .split('\n')
        .filter((line) => line.trim() !== '' && !/^(stack backtrace:|note: |\s+\d+: |\s+at )/.test(line))
        .slice(0, 3)
        .join(' ')
      death = `Pagefind's indexing service stopped (${code === null ? signal : `exit code ${code}`})${panic === '' ? '' : `: ${panic}`}`
      void close()
    })
    return child
  }
  childProcess.spawn = watched as typeof childProcess.spawn
}
