// One build (or `npm start`) at a time per output folder. Two at once corrupted each other: one swapped
// the folder away while the other linked pages from it or ran Pagefind in it.
//
// The lock is a folder beside the output, `_site.lock/`, holding `owner.json`: the holder's pid, when that
// process started, what it is, and a token of its own. Whoever puts `owner.json` there first holds the lock:
// it is hard-linked into place from a complete file, which fails if one is there, so no one ever reads half
// of it. A lock whose process is gone (killed, the machine restarted, its pid given to another process) is
// stale and is taken over; a holder lets go on every way out, Ctrl+C and SIGTERM included. A folder, not a
// file, so that `.gitignore`'s `_site.*/` covers it.
import { randomUUID } from 'node:crypto'
import { linkSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { makeFolder } from './make-folder.js'
import { OutputError, shownPath } from './output-error.js'
import type { OutputPlace } from './output-place.js'

/** The file in a lock folder that names its holder. */
const OWNER_FILE = 'owner.json'

/** Who holds an output folder, as its lock's `owner.json` says. */
interface LockOwner {
  /** Always `salvo-output-lock`: a lock folder that says anything else is not Salvo's, and is left alone. */
  kind: 'salvo-output-lock'
  /** The holding process. */
  pid: number
  /** When it started, in clock ticks after boot (Linux, `/proc/<pid>/stat`), or `null` where unknown: tells the holder from a later process given its pid. */
  started: number | null
  /** A build (`npm run build`, or `buildSite` in a test), or `npm start`, which holds the folder for as long as it serves. */
  command: 'build' | 'start'
  /** Made anew each time the lock is taken: a holder lets go only of its own lock. */
  token: string
}

/** A lock held on an output folder. */
export interface OutputLock {
  /** Throws an OutputError unless this lock still holds the folder; a build checks before it replaces anything. */
  verify(): void
  /** Lets the folder go. Safe to call more than once. */
  release(): void
}

export interface OutputLockOptions {
  command: LockOwner['command']
  /** How long to wait for a build holding the folder to finish, in milliseconds; `npm start` is never waited for, since it does not finish. */
  waitMs: number
  /** Says what the build is waiting for. */
  log: (line: string) => void
}

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code

/** The locks this process holds, by lock folder, with their tokens: a lock naming this pid but not held here was left by an earlier process given the same pid. */
const heldHere = new Map<string, string>()

/** When process `pid` started (clock ticks after boot) and whether it is a zombie, on Linux; `null` elsewhere or when it is gone. */
function processStat(pid: number): { started: number; zombie: boolean } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the name, which is in parentheses and may hold spaces: state is field 3, starttime field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const started = Number(fields[19])
    return Number.isFinite(started) ? { started, zombie: fields[0] === 'Z' } : null
  } catch {
    return null
  }
}

/** `false` when the lock's holder is gone: its process has ended, or its pid now belongs to a process that started later. */
function alive(owner: LockOwner, lock: string): boolean {
  if (owner.pid === process.pid) return heldHere.get(lock) === owner.token
  try {
    process.kill(owner.pid, 0)
  } catch (error) {
    if (code(error) === 'ESRCH') return false
  }
  const now = processStat(owner.pid)
  return now === null || (!now.zombie && (owner.started === null || now.started === owner.started))
}

/** What the lock folder says: free (no folder, or no owner in it yet), its owner, or `unreadable` (an owner file being written, where links are not supported). */
function readLock(place: OutputPlace): LockOwner | 'free' | 'unreadable' {
  let text: string
  try {
    text = readFileSync(path.join(place.lock, OWNER_FILE), 'utf8')
  } catch (error) {
    if (code(error) === 'ENOENT') {
      const others = listing(place.lock).filter((name) => !/^owner\.[\w-]+\.(tmp|stale)$/.test(name))
      if (others.length > 0) throw notALock(place)
      return 'free'
    }
    if (code(error) === 'ENOTDIR' || code(error) === 'EISDIR') throw notALock(place)
    throw error
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>
    if (owner.kind === 'salvo-output-lock' && typeof owner.pid === 'number' && typeof owner.token === 'string') return owner as LockOwner
  } catch {
    // Unreadable: below.
  }
  // Written whole and still not an owner: someone else's file. Empty or cut short: being written (see claim).
  if (text.endsWith('\n')) throw notALock(place)
  return 'unreadable'
}

/** The names in a folder, or none when it is gone. */
function listing(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch (error) {
    if (code(error) === 'ENOENT') return []
    throw error
  }
}

function notALock(place: OutputPlace): OutputError {
  return new OutputError(
    `${shownPath(place.lock)} is in the way: Salvo keeps its lock on ${place.named}/ there, but this is not a Salvo lock, so nothing was built and nothing was deleted; rename or delete it yourself, or choose another folder with --out.`,
  )
}

/**
 * Puts `me` in the lock folder as its owner, if no one is there: `true` when this process now holds the lock.
 * The owner file is written whole under a name of its own, then hard-linked as `owner.json`, which fails when
 * another process got there first. Where hard links are refused (some network and FAT file systems), it is
 * created exclusively instead, and a reader may briefly find it half-written (`unreadable`).
 */
function claim(place: OutputPlace, me: LockOwner): boolean {
  try {
    return claimOnce(place, me)
  } catch (error) {
    // A full disk or a read-only folder: leave no empty lock folder behind.
    try {
      rmdirSync(place.lock)
    } catch {
      // Not empty (another process's), or never made.
    }
    throw error
  }
}

function claimOnce(place: OutputPlace, me: LockOwner): boolean {
  makeFolder(place.lock)
  const mine = path.join(place.lock, `owner.${me.token}.tmp`)
  const owner = path.join(place.lock, OWNER_FILE)
  const text = JSON.stringify(me) + '\n'
  try {
    writeFileSync(mine, text, { flag: 'wx' })
    linkSync(mine, owner)
    return true
  } catch (error) {
    // EEXIST: another process holds it now. ENOENT: the folder was removed by a holder letting go; try again.
    if (code(error) === 'EEXIST' || code(error) === 'ENOENT') return false
    if (code(error) !== 'EPERM' && code(error) !== 'ENOTSUP' && code(error) !== 'EOPNOTSUPP' && code(error) !== 'ENOSYS') throw error
  } finally {
    rmSync(mine, { force: true })
  }
  try {
    writeFileSync(owner, text, { flag: 'wx' })
    return true
  } catch (error) {
    if (code(error) === 'EEXIST' || code(error) === 'ENOENT') return false
    throw error
  }
}

/**
 * Removes the owner file of a stale lock, as long as it still names `stale`: it is first moved aside, under
 * a name of this process's, so that two processes taking over the same stale lock cannot both succeed; one
 * that moved a fresh owner aside (taken meanwhile by a third) puts it back.
 */
function removeStale(place: OutputPlace, stale: LockOwner, me: LockOwner): void {
  const aside = path.join(place.lock, `owner.${me.token}.stale`)
  try {
    renameSync(path.join(place.lock, OWNER_FILE), aside)
  } catch (error) {
    if (code(error) === 'ENOENT') return
    throw error
  }
  try {
    const moved = JSON.parse(readFileSync(aside, 'utf8')) as Partial<LockOwner>
    if (moved.token !== stale.token) linkSync(aside, path.join(place.lock, OWNER_FILE))
  } catch {
    // Another process took the lock in that instant: it holds it.
  } finally {
    rmSync(aside, { force: true })
  }
}

/** Lets go of a lock this process holds: its owner file, then the folder if nothing else is in it (a process taking the lock meanwhile keeps it). */
function letGo(lock: string, token: string): void {
  try {
    const owner = JSON.parse(readFileSync(path.join(lock, OWNER_FILE), 'utf8')) as Partial<LockOwner>
    if (owner.token === token) rmSync(path.join(lock, OWNER_FILE), { force: true })
    rmdirSync(lock)
  } catch {
    // Gone, taken over, or in use by a process taking it now: nothing of ours is left to remove.
  }
}

/** Lets go of every lock this process holds: on exit, and on a signal that ends it. */
function releaseAll(): void {
  for (const [lock, token] of heldHere) letGo(lock, token)
  heldHere.clear()
  stopWatching()
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

/** Ctrl+C, SIGTERM, SIGHUP: lets the locks go, then ends the process by the same signal, as if this handler had not been there, unless the command handles it too. */
function onSignal(signal: NodeJS.Signals): void {
  releaseAll()
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
}

function watchExits(): void {
  if (process.listeners('exit').includes(releaseAll)) return
  process.on('exit', releaseAll)
  for (const signal of SIGNALS) process.on(signal, onSignal)
}

function stopWatching(): void {
  process.off('exit', releaseAll)
  for (const signal of SIGNALS) process.off(signal, onSignal)
}

/** How a holder is named in messages. */
const holderOf = (owner: LockOwner): string => (owner.command === 'start' ? `npm start (pid ${owner.pid})` : `another build (pid ${owner.pid})`)

/**
 * Takes the lock on `place`'s output folder: at once when it is free or stale; else waits up to
 * `options.waitMs` for the build holding it to finish, saying so. Refuses at once when `npm start`
 * holds it. Throws an OutputError with a sentence naming the holder and the fix when it gives up.
 */
export async function takeOutputLock(place: OutputPlace, options: OutputLockOptions): Promise<OutputLock> {
  const me: LockOwner = {
    kind: 'salvo-output-lock',
    pid: process.pid,
    started: processStat(process.pid)?.started ?? null,
    command: options.command,
    token: randomUUID(),
  }
  const since = performance.now()
  let told = false
  let unreadableSince: number | null = null
  for (;;) {
    const state = readLock(place)
    if (state === 'unreadable') {
      // Being written where links are refused (claim): read it again in a moment.
      unreadableSince ??= performance.now()
      if (performance.now() - unreadableSince > 5000) throw notALock(place)
      await sleep(20)
      continue
    }
    unreadableSince = null
    if (state === 'free') {
      if (claim(place, me)) break
      await sleep(20)
      continue
    }
    if (!alive(state, place.lock)) {
      removeStale(place, state, me)
      continue
    }
    const seconds = Math.round(options.waitMs / 1000)
    if (state.command === 'start')
      throw new OutputError(
        `npm start (pid ${state.pid}) is serving ${place.named}/ and rebuilding it in place, so nothing was built; stop it (Ctrl+C in its terminal) first, or build into another folder with --out.`,
      )
    if (performance.now() - since >= options.waitMs)
      throw new OutputError(
        `${holderOf(state)} has been writing ${place.named}/ for over ${seconds} seconds, so this one gave up and built nothing; wait for it to finish (or stop it: \`kill ${state.pid}\`), then build again.`,
      )
    if (!told) options.log(`Salvo: ${holderOf(state)} is writing ${place.named}/; waiting for it to finish (for up to ${seconds} seconds; Ctrl+C to stop).`)
    told = true
    await sleep(200)
  }
  heldHere.set(place.lock, me.token)
  watchExits()
  return {
    verify() {
      let owner: LockOwner | 'free' | 'unreadable' = 'free'
      try {
        owner = readLock(place)
      } catch {
        // Not ours: below.
      }
      if (typeof owner === 'string' || owner.token !== me.token)
        throw new OutputError(
          `the lock on ${place.named}/ (${shownPath(place.lock)}) was removed or taken by another process while this build ran, so it replaced nothing; build again, one build at a time.`,
        )
    },
    release() {
      if (heldHere.get(place.lock) !== me.token) return
      heldHere.delete(place.lock)
      letGo(place.lock, me.token)
      if (heldHere.size === 0) stopWatching()
    },
  }
}
