// Issue 15: what the disk under the output can do to a build, done for real: a tmpfs small enough to fill,
// the same remounted read-only, a mount point as the output folder, and a folder the build may not write.
// Each build is the command as a user runs it: one sentence naming the path and the fix, exit code 1,
// never a stack trace, the site left as it was and nothing left beside it. Mounting needs root (CI runs
// as root) or password-less sudo; without either, those tests are skipped, saying why.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import { filesUnder } from '../../src/files-under.js'
import { hashTree } from '../helpers/hash-tree.js'
import { runBuild, STACK_TRACE, type CommandRun } from '../helpers/run-build.js'
import { RUNNING_AS_ROOT as root } from '../helpers/data-file-cases.js'

let work: string
/** Mount points to unmount at the end. */
const mounts: string[] = []

/** Runs `mount`/`umount` with `args`: as root, or through `sudo -n`. The reason it failed, or `null`. */
function privileged(command: 'mount' | 'umount', args: string[]): string | null {
  const [program, ...rest] = root ? [command] : ['sudo', '-n', command]
  const result = spawnSync(program ?? command, [...rest, ...args], { encoding: 'utf8' })
  return result.status === 0
    ? null
    : `\`${[program, ...rest, ...args].join(' ')}\` failed (${(result.stderr || result.error?.message || `exit code ${result.status}`).trim()}): mounting a file system needs root or password-less sudo`
}

/** Mounts a tmpfs of `size` at `dir`, made here; the reason it could not, or `null`. */
function mountTmpfs(dir: string, size: string): string | null {
  mkdirSync(dir, { recursive: true })
  const failed = privileged('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir])
  if (failed === null) mounts.push(dir)
  return failed
}

/** Skips the test, visibly: in the report and in the output. */
function skipBecause(context: TestContext, reason: string): never {
  process.stderr.write(`faults-disk: skipped "${context.task.name}": ${reason}\n`)
  return context.skip(reason)
}

/** `npm run build -- --out <out>` with its data file and cache outside the disk under test; `--no-cache`, so every file is written anew, none hard-linked. */
function build(out: string, options: Parameters<typeof runBuild>[1] = {}): Promise<CommandRun> {
  return runBuild(['--out', out, '--data', path.join(work, 'data', 'timeline.json'), '--no-cache'], options)
}

/** A build that stopped for a reason of the disk's: exit code 1, no stack trace, its last line one sentence matching `said`; it took less than a minute (Pagefind's service once died of a full disk and the build waited forever). */
function expectStopped(run: CommandRun, said: RegExp): void {
  expect(run.code, run.stderr).toBe(1)
  expect(run.stderr + run.stdout).not.toMatch(STACK_TRACE)
  const last = run.stderr.trim().split('\n').at(-1)
  expect(last).toMatch(/^Salvo: \S.*\.$/)
  expect(last).toMatch(said)
}

/** Bytes the files under `dir` take on the disk. */
const diskUse = (dir: string): number => filesUnder(dir).reduce((sum, file) => sum + statSync(file).blocks * 512, 0)

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'salvo-faults-disk-'))
  mkdirSync(path.join(work, 'data'))
})
afterAll(() => {
  for (const dir of mounts.reverse()) privileged('umount', ['-l', dir])
  rmSync(work, { recursive: true, force: true })
})

describe('a small disk, filled', () => {
  let disk: string
  let out: string
  let site: Record<string, string>
  let unmountable: string | null = null
  beforeAll(async () => {
    disk = path.join(work, 'small')
    unmountable = mountTmpfs(disk, '4m')
    if (unmountable !== null) return
    out = path.join(disk, '_site')
    const first = await build(out)
    expect(first.code, first.stderr).toBe(0)
    site = await hashTree(out)
  })

  /** Fills the disk but for `free` bytes (a file beside the site), runs the build, and removes the filler. */
  async function buildWithFree(free: number): Promise<CommandRun> {
    const filler = path.join(disk, 'filler')
    const { bavail, bsize } = statfsSync(disk)
    writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - free)))
    try {
      return await build(out)
    } finally {
      rmSync(filler)
    }
  }

  /** The site as it was, nothing beside it: no staging folder, no lock. */
  async function expectSiteAsItWas(): Promise<void> {
    expect(await hashTree(out)).toEqual(site)
    expect(readdirSync(disk).sort()).toEqual(['_site'])
  }

  it('running out of space while Eleventy writes the pages: one sentence, the staging folder removed, the site as it was', async (context) => {
    if (unmountable !== null) skipBecause(context, unmountable)
    // A third of what the pages take besides the search index.
    const run = await buildWithFree((diskUse(out) - diskUse(path.join(out, 'pagefind'))) / 3)
    expectStopped(
      run,
      /^Salvo: the disk that holds .*small\/_site\/ is full \(ENOSPC\), so the build stopped and left .*small\/_site\/ as it was; free some space, or build onto another disk with --out, and build again\.$/,
    )
    // Eleventy did not get to the end (it prints its summary when it does).
    expect(run.stdout).not.toMatch(/Wrote \d+ files/)
    await expectSiteAsItWas()
  })

  it('running out of space while Pagefind writes the search index: the same, and no wait for a service that died', async (context) => {
    if (unmountable !== null) skipBecause(context, unmountable)
    // Room for everything but half the search index.
    const run = await buildWithFree(diskUse(out) - diskUse(path.join(out, 'pagefind')) / 2)
    expectStopped(
      run,
      /^Salvo: the disk that holds .*small\/_site\/ is full \(ENOSPC\), so the build stopped and left .*small\/_site\/ as it was; free some space/,
    )
    // Eleventy wrote every page: the disk filled after, under the search index.
    expect(run.stdout).toMatch(/Wrote \d+ files/)
    await expectSiteAsItWas()
  })

  it('no space at all, not even for the lock: one sentence, nothing left behind', async (context) => {
    if (unmountable !== null) skipBecause(context, unmountable)
    const run = await buildWithFree(0)
    expectStopped(run, /is full \(ENOSPC\)/)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    await expectSiteAsItWas()
  })

  it('the disk remounted read-only: one sentence naming the read-only file system, the site as it was', async (context) => {
    if (unmountable !== null) skipBecause(context, unmountable)
    const failed = privileged('mount', ['-o', 'remount,ro', disk])
    if (failed !== null) skipBecause(context, failed)
    try {
      const run = await build(out)
      expectStopped(
        run,
        /^Salvo: .*small\/_site\.lock is on a read-only file system \(EROFS\), so the build stopped and left .*small\/_site\/ as it was; build into a writable folder with --out, or remount that file system read-write\.$/,
      )
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    } finally {
      privileged('mount', ['-o', 'remount,rw', disk])
    }
    await expectSiteAsItWas()
  })
})

describe('other folders the build cannot write', () => {
  it('a mount point as the output folder, which cannot be renamed: one sentence with the fix, the mount untouched', async (context) => {
    const mounted = path.join(work, 'mounted')
    const failed = mountTmpfs(mounted, '8m')
    if (failed !== null) skipBecause(context, failed)
    const run = await build(mounted)
    expectStopped(
      run,
      /^Salvo: .*mounted is busy or is a mount point, which cannot be renamed \(EBUSY\), so the build stopped and left .*mounted\/ as it was; Salvo publishes by renaming a finished folder into place, so build into a folder inside the mount/,
    )
    expect(readdirSync(mounted)).toEqual([])
    expect(readdirSync(work).filter((name) => name.startsWith('mounted'))).toEqual(['mounted'])
  })

  it("a folder the user may not write (another user's): one sentence naming it, nothing made", async () => {
    // The folder is made read-only; as root, whom permissions do not stop, the build runs without root's permission override.
    const locked = path.join(work, 'locked')
    mkdirSync(locked)
    chmodSync(locked, 0o555)
    const run = await build(path.join(locked, '_site'), { withoutPermissionOverride: root })
    expectStopped(
      run,
      /^Salvo: there is no permission to make a folder at .*locked\/_site\.lock \(EACCES\), so the build stopped and left .*locked\/_site\/ as it was; give your user permission on it and on the folder that holds it/,
    )
    expect(readdirSync(locked)).toEqual([])
    expect(existsSync(path.join(locked, '_site'))).toBe(false)
  })
})
