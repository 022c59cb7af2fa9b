// Issue 21, edit to page: under `npm start`, when only articles change, the pages the rebuild rendered are put in the
// served folder as soon as they are rendered and the open pages reload then; the feeds, data files, sitemap and search
// index follow in the same rebuild (scripts/start.ts, src/publish/publish-pages.ts). This runs the real command on
// 127.0.0.1 with real Eleventy and Pagefind, edits and adds articles as an editor saves them, and checks that the page
// shows each change and that, once the rebuild is done, the served folder is byte for byte what `npm run build` makes
// of the same articles. No timings are asserted: the bench measures them (scripts/bench.ts).
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashTree } from '../helpers/hash-tree.js'
import { runBuild, startCommand, waitFor, type StartedCommand } from '../helpers/run-build.js'
import { SCRATCH_ROOT } from '../helpers/scratch-root.js'

/** A port the system says is free right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Saves `text` as many editors do: into a new file beside it, renamed over the old one. */
function saveAsEditor(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp`)
  writeFileSync(temporary, text)
  renameSync(temporary, file)
}

const get = (url: string): Promise<{ status: number; text: string }> =>
  fetch(url).then(
    async (response) => ({ status: response.status, text: await response.text() }),
    () => ({ status: 0, text: '' }),
  )

/** The summary lines of finished rebuilds that npm start printed so far. */
const rebuilds = (stderr: string): string[] => stderr.split('\n').filter((line) => / changed: re-extracted /.test(line))

const EDITED = '2023-10-24-white-house-iran-aiding-attacks.md'
const ADDED = 'test/fixtures/unseen/2023-10-19-drones-target-tanf-and-assad.md'

describe('npm start, edit path', () => {
  let dir: string
  let server: StartedCommand
  let origin: string
  const paths = (name: string): string[] => [
    '--seeds',
    path.join(dir, 'seeds'),
    '--out',
    path.join(dir, `${name}-site`),
    '--data',
    path.join(dir, `${name}.json`),
    '--cache',
    path.join(dir, `${name}-cache`),
  ]

  beforeAll(async () => {
    // In tmpfs where there is one (SCRATCH_ROOT), so the comparison also covers the order files are made in.
    dir = mkdtempSync(path.join(SCRATCH_ROOT, 'salvo-edit-path-'))
    cpSync('seeds', path.join(dir, 'seeds'), { recursive: true })
    const port = await freePort()
    server = startCommand('start', ['--port', String(port), ...paths('start')])
    await waitFor(() => /Salvo: serving at/.test(server.stderr()) || server.child.exitCode !== null, 'npm start to serve', 120_000)
    expect(server.child.exitCode, server.stderr()).toBeNull()
    origin = `http://127.0.0.1:${port}`
  }, 180_000)

  afterAll(async () => {
    if (server !== undefined && server.child.exitCode === null && server.child.signalCode === null) {
      process.kill(-server.pid, 'SIGINT')
      await server.ended
    }
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  })

  /** Waits until the page at `url` shows `text`, then until the rebuild that showed it has finished, and returns its summary line. */
  async function shownThenDone(url: string, text: string, rebuildsBefore: number): Promise<string> {
    const since = performance.now()
    while (!(await get(`${origin}${url}`)).text.includes(text)) {
      if (performance.now() - since > 120_000) throw new Error(`${url} did not show "${text}" within 120 s:\n${server.stderr()}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await waitFor(() => rebuilds(server.stderr()).length > rebuildsBefore, `the rebuild to finish\n${server.stderr()}`, 120_000)
    return rebuilds(server.stderr())[rebuildsBefore] ?? ''
  }

  it('shows an edited title on the open article page, before the rest of the rebuild', async () => {
    const slug = EDITED.replace(/\.md$/, '')
    expect((await get(`${origin}/articles/${slug}/`)).status).toBe(200)
    const file = path.join(dir, 'seeds', EDITED)
    saveAsEditor(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Edited while npm start was serving"'))
    const summary = await shownThenDone(`/articles/${slug}/`, 'Edited while npm start was serving', 0)
    expect(summary).toMatch(/re-extracted 1 article .*\(shown at once\)/)
    expect((await get(`${origin}/articles/`)).text).toContain('Edited while npm start was serving')
  }, 180_000)

  it('shows an added article on its page', async () => {
    saveAsEditor(path.join(dir, 'seeds', path.basename(ADDED)), readFileSync(ADDED, 'utf8'))
    const slug = path.basename(ADDED).replace(/\.md$/, '')
    const title = /^title: "?(.*?)"?$/m.exec(readFileSync(ADDED, 'utf8'))?.[1] ?? ''
    expect(title).not.toBe('')
    const summary = await shownThenDone(`/articles/${slug}/`, title, 1)
    expect(summary).toMatch(/re-extracted 1 article .*\(shown at once\)/)
  }, 180_000)

  it("shows a second edit of an article from the watcher's event alone, without looking at the other articles", async () => {
    // By now the resident cache knows what each article file was (src/cache/resident-cache.ts): the rebuild looks only
    // at the files the watcher named. Were the event not passed on, this rebuild would take the article as it was, and
    // only the check after it would find the change and build again.
    const slug = EDITED.replace(/\.md$/, '')
    const file = path.join(dir, 'seeds', EDITED)
    saveAsEditor(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Edited a second time"'))
    const summary = await shownThenDone(`/articles/${slug}/`, 'Edited a second time', 2)
    expect(summary).toMatch(/re-extracted 1 article .*\(shown at once\)/)
    expect(server.stderr()).not.toMatch(/with no word from the file watcher/)
  }, 180_000)

  it('once the rebuilds are done, the served folder is byte for byte what npm run build makes of the same articles', async () => {
    const built = await runBuild(paths('build'))
    expect(built.code, built.stderr).toBe(0)
    const served = await hashTree(path.join(dir, 'start-site'))
    const fresh = await hashTree(path.join(dir, 'build-site'))
    expect(Object.keys(served).length).toBeGreaterThan(100)
    expect(served).toEqual(fresh)
    expect(readFileSync(path.join(dir, 'start.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'build.json'), 'utf8'))
  }, 180_000)
})
