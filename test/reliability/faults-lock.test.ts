// Issue 15: two builds (or a build and `npm start`) on one output folder corrupted each other. One holds
// the folder's lock at a time (src/publish/output-lock.ts). These run real processes on a real folder:
// two builds at once, a process that keeps the lock, builds ended by Ctrl+C, SIGTERM and SIGKILL, and
// `npm start` serving while a build is asked for.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../src/publish/build-site.js'
import { OutputError } from '../../src/publish/output-error.js'
import { resolveSiteSettings } from '../../src/publish/site-settings.js'
import { hashTree } from '../helpers/hash-tree.js'
import { lockHolder, runBuild, startCommand, STACK_TRACE, waitFor, type StartedCommand } from '../helpers/run-build.js'

let work: string
/** A site built alone, by the command: what every build below must leave, whatever happened to the others. */
let reference: Record<string, string>
const started: StartedCommand[] = []

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'salvo-faults-lock-'))
  const alone = await runBuild(args(path.join(work, 'reference')))
  expect(alone.code, alone.stderr).toBe(0)
  reference = await hashTree(path.join(work, 'reference'))
})
afterAll(() => {
  for (const command of started) if (command.child.exitCode === null && command.child.signalCode === null) process.kill(-command.pid, 'SIGKILL')
  rmSync(work, { recursive: true, force: true })
})

/** The build command's arguments for a site in `out`, with its own data file; the extraction cache shared, so each build is quick. */
function args(out: string): string[] {
  return ['--out', out, '--data', `${out}.json`, '--cache', path.join(work, 'cache')]
}

/** Starts the build command into `out`, as its own process. */
function startBuild(out: string): StartedCommand {
  const command = startCommand('build', args(out))
  started.push(command)
  return command
}

/** What is beside `out` besides the site and its data file: a build that ended, however it ended, leaves no lock (a killed one leaves what the next build clears). */
const beside = (out: string): string[] =>
  readdirSync(path.dirname(out)).filter((name) => name.startsWith(`${path.basename(out)}.`) && name !== `${path.basename(out)}.json`)

/**
 * Starts another process that takes the lock on `out` and keeps it until it is ended, as a build would
 * (`command` `build`) or `npm start` (`start`); resolves once it holds it.
 */
async function holdLock(out: string): Promise<StartedCommand & { pid: number }> {
  const code = [
    `import { takeOutputLock } from ${JSON.stringify(pathToFileURL(path.resolve('src/publish/output-lock.ts')).href)}`,
    `import { outputPlace } from ${JSON.stringify(pathToFileURL(path.resolve('src/publish/output-place.ts')).href)}`,
    `await takeOutputLock(outputPlace(process.env.SALVO_OUT), { command: 'build', waitMs: 0, log: () => undefined })`,
    `process.stdout.write('held\\n')`,
    'setInterval(() => undefined, 1000)',
  ].join('\n')
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, SALVO_OUT: out },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk))
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  )
  const holder = { child, pid: child.pid ?? -1, stdout: () => stdout, stderr: () => stderr, ended }
  started.push(holder)
  await waitFor(() => stdout.includes('held') || child.exitCode !== null, 'the holder to take the lock')
  expect(lockHolder(out), stderr).toBe(holder.pid)
  return holder
}

/** A free TCP port on this machine. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  return typeof address === 'object' && address !== null ? address.port : 8080
}

describe('one build at a time per output folder', () => {
  it('a second build started while the first writes waits for it, says for whom, then builds; both succeed, and the site is whole', async () => {
    const out = path.join(work, 'together')
    const first = startBuild(out)
    await waitFor(() => lockHolder(out) === first.pid, 'the first build to take the lock')
    // Paused (it and its Pagefind), so that it is still at work when the second has started, however fast it builds.
    process.kill(-first.pid, 'SIGSTOP')
    const second = startBuild(out)
    await waitFor(() => /waiting/.test(second.stderr()) || second.child.exitCode !== null, 'the second build to wait')
    process.kill(-first.pid, 'SIGCONT')
    const [one, two] = await Promise.all([first.ended, second.ended])
    expect(one.code, one.stderr).toBe(0)
    expect(two.code, two.stderr).toBe(0)
    expect(two.stderr).toMatch(
      new RegExp(
        `^Salvo: another build \\(pid ${first.pid}\\) is writing .*together/; waiting for it to finish \\(for up to 300 seconds; Ctrl\\+C to stop\\)\\.$`,
        'm',
      ),
    )
    expect(one.stderr + two.stderr).not.toMatch(STACK_TRACE)
    expect(await hashTree(out)).toEqual(reference)
    expect(beside(out)).toEqual([])
  })

  it('two builds in one process take turns too', async () => {
    const out = path.join(work, 'in-process')
    const options = {
      outDir: out,
      dataFile: `${out}.json`,
      cacheDir: path.join(work, 'cache', 'extract'),
      pageCacheDir: path.join(work, 'cache', 'pages'),
      site: resolveSiteSettings({}, {}),
      today: '2025-01-01',
    }
    const said: string[] = []
    const [one, two] = await Promise.all([buildSite({ ...options, log: () => undefined }), buildSite({ ...options, log: (line) => said.push(line) })])
    expect(one.ok && two.ok).toBe(true)
    expect(said.join('\n')).toMatch(new RegExp(`another build \\(pid ${process.pid}\\) is writing .*in-process/; waiting`))
    expect(await hashTree(out)).toEqual(reference)
  })

  it('gives up after the time it was given when another process keeps the folder, naming it; the holder lets go when sent SIGTERM', async () => {
    const out = path.join(work, 'held')
    const holder = await holdLock(out)
    const said: string[] = []
    const waiting = performance.now()
    const build = buildSite({ outDir: out, dataFile: `${out}.json`, cacheDir: null, pageCacheDir: null, lockWaitMs: 1500, log: (line) => said.push(line) })
    await expect(build).rejects.toThrow(OutputError)
    await expect(build).rejects.toThrow(
      new RegExp(
        `^another build \\(pid ${holder.pid}\\) has been writing .*held/ for over 2 seconds, so this one gave up and built nothing; wait for it to finish \\(or stop it: \`kill ${holder.pid}\`\\), then build again\\.$`,
      ),
    )
    expect(performance.now() - waiting).toBeGreaterThanOrEqual(1500)
    expect(said).toEqual([expect.stringMatching(new RegExp(`^Salvo: another build \\(pid ${holder.pid}\\) is writing .*held/; waiting`))])
    expect(existsSync(out)).toBe(false)
    process.kill(holder.pid, 'SIGTERM')
    expect((await holder.ended).signal).toBe('SIGTERM')
    expect(beside(out)).toEqual([])
  })

  it.each([
    ['Ctrl+C (SIGINT to its process group)', 'SIGINT', true],
    ['SIGTERM', 'SIGTERM', false],
  ] as const)('a build ended by %s lets the folder go, and leaves the site as it was', async (_, signal, group) => {
    const out = path.join(work, `signalled-${signal}`)
    expect((await runBuild(args(out))).code).toBe(0)
    const before = await hashTree(out)
    const build = startBuild(out)
    await waitFor(() => existsSync(path.join(`${out}.building`, 'index.html')), 'the build to write pages')
    process.kill(group ? -build.pid : build.pid, signal)
    const ended = await build.ended
    // Ended by the signal itself, as it would be without Salvo's handler: what shells and CI expect.
    expect(ended.signal).toBe(signal)
    expect(ended.stderr).not.toMatch(STACK_TRACE)
    expect(lockHolder(out)).toBe(null)
    expect(existsSync(`${out}.lock`)).toBe(false)
    expect(await hashTree(out)).toEqual(before)
    // The next build clears the half-built folder and needs to wait for no one.
    const next = await runBuild(args(out))
    expect(next.code, next.stderr).toBe(0)
    expect(next.stderr).not.toMatch(/waiting/)
    expect(beside(out)).toEqual([])
  })

  it('a lock left by a build killed with SIGKILL is stale: the next build takes it over at once', async () => {
    const out = path.join(work, 'killed')
    const build = startBuild(out)
    await waitFor(() => lockHolder(out) === build.pid && existsSync(`${out}.building`), 'the build to hold the lock and start writing')
    process.kill(-build.pid, 'SIGKILL')
    expect((await build.ended).signal).toBe('SIGKILL')
    // Really left behind, naming a process that is gone.
    expect(lockHolder(out)).toBe(build.pid)
    const next = await runBuild(args(out))
    expect(next.code, next.stderr).toBe(0)
    expect(next.stderr).not.toMatch(/waiting/)
    expect(await hashTree(out)).toEqual(reference)
    expect(beside(out)).toEqual([])
  })

  it('a stale lock whose pid now belongs to a process that started later is taken over too', async () => {
    const out = path.join(work, 'reused-pid')
    const holder = await holdLock(out)
    process.kill(-holder.pid, 'SIGKILL')
    await holder.ended
    // Another process is given the dead holder's pid (here: a live process put in its place in the lock).
    const other = spawn('sleep', ['60'], { stdio: 'ignore', detached: true })
    const lock = path.join(`${out}.lock`, 'owner.json')
    writeFileSync(lock, JSON.stringify({ ...JSON.parse(readFileSync(lock, 'utf8')), pid: other.pid }) + '\n')
    try {
      const next = await runBuild(args(out))
      expect(next.code, next.stderr).toBe(0)
      expect(next.stderr).not.toMatch(/waiting/)
    } finally {
      other.kill('SIGKILL')
    }
    expect(beside(out)).toEqual([])
  })

  it('npm start holds its folder while it serves: a build into it stops at once and says so; after Ctrl+C, the build runs', async () => {
    const out = path.join(work, 'served')
    const seeds = path.join(work, 'seeds')
    cpSync('seeds', seeds, { recursive: true })
    const server = startCommand('start', ['--port', String(await freePort()), '--seeds', seeds, ...args(out)])
    started.push(server)
    await waitFor(() => /Salvo: serving at/.test(server.stderr()) || server.child.exitCode !== null, 'npm start to serve', 90_000)
    expect(lockHolder(out)).toBe(server.pid)
    const refused = await runBuild(args(out))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      `Salvo: npm start (pid ${server.pid}) is serving ${out}/ and rebuilding it in place, so nothing was built; stop it (Ctrl+C in its terminal) first, or build into another folder with --out.\n`,
    )
    process.kill(-server.pid, 'SIGINT')
    const stopped = await server.ended
    expect(stopped.signal).toBe('SIGINT')
    expect(stopped.stderr).not.toMatch(STACK_TRACE)
    expect(lockHolder(out)).toBe(null)
    const after = await runBuild(args(out))
    expect(after.code, after.stderr).toBe(0)
    expect(beside(out)).toEqual([])
  }, 180_000)
})
