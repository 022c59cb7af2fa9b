import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { withoutPermissionOverride } from './data-file-cases.js'

/** How a command run as its own process ended, and what it printed. */
export interface CommandRun {
  /** The exit code, or `null` when a signal ended it. */
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** A command started as its own process (in its own process group, so a test can kill it with everything it started), and how it ends. */
export interface StartedCommand {
  child: ChildProcess
  pid: number
  /** What it printed so far. */
  stdout: () => string
  stderr: () => string
  ended: Promise<CommandRun>
}

/** The environment commands run in: the day pinned, no hosting settings from the caller's. */
const ENV = { ...process.env, SALVO_TODAY: '2025-01-01', SALVO_SITE_URL: '' }

/** Starts `scripts/<command>.ts` with `args` through tsx (as root without its permission override, with `withoutPermissionOverride`), as `npm run <command> -- args` would run it, from the project's folder, or from `cwd`, a copy of it (copy-project.ts). */
export function startCommand(
  command: 'build' | 'start',
  args: string[],
  options: Pick<SpawnOptions, 'cwd'> & { env?: Record<string, string>; withoutPermissionOverride?: boolean } = {},
): StartedCommand {
  const node: [string, string[]] = [process.execPath, ['--import', 'tsx', `scripts/${command}.ts`, ...args]]
  const [program, programArgs] = options.withoutPermissionOverride === true ? withoutPermissionOverride(...node) : node
  const child = spawn(program, programArgs, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...ENV, ...options.env },
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk))
  const ended = new Promise<CommandRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })))
  return { child, pid: child.pid ?? -1, stdout: () => stdout, stderr: () => stderr, ended }
}

/** Runs `npm run build -- args` as its own process, to its end. */
export function runBuild(args: string[], options: Parameters<typeof startCommand>[2] = {}): Promise<CommandRun> {
  return startCommand('build', args, options).ended
}

/** Waits until `ready()` holds, checking every few milliseconds; fails after `timeoutMs`. */
export async function waitFor(ready: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const since = performance.now()
  while (!ready()) {
    if (performance.now() - since > timeoutMs) throw new Error(`Waited ${timeoutMs / 1000} s for ${what}.`)
    await sleep(5)
  }
}

/** The pid in the lock an output folder's build or server holds (`<out>.lock/owner.json`, src/publish/output-lock.ts), or `null` when none is held. */
export function lockHolder(out: string): number | null {
  const owner = `${out}.lock/owner.json`
  if (!existsSync(owner)) return null
  try {
    return (JSON.parse(readFileSync(owner, 'utf8')) as { pid: number }).pid
  } catch {
    return null
  }
}

/** Lines of a stack trace (`    at f (file.ts:1:2)`), a Rust panic or Node's report of an uncaught error: a command must print none of them for a user's or the system's mistake. */
export const STACK_TRACE = /^\s+at \S|panicked at|^Node\.js v\d|^\S*Error: |^\[11ty\] .*Error|stack backtrace/m
