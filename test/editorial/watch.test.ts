import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/** A port the system says is free right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Polls `check` until it returns true or `ms` pass. */
async function until(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

const status = (url: string): Promise<number> =>
  fetch(url).then(
    (r) => r.status,
    () => 0,
  )

describe('npm start is watch mode', () => {
  let server: ChildProcess | null = null
  afterAll(() => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  })

  it('serves a new event page after an article is added while it runs, re-extracting only that article', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'salvo-watch-'))
    const seeds = path.join(work, 'seeds')
    cpSync('seeds', seeds, { recursive: true })
    const port = await freePort()
    let stderr = ''
    server = spawn(
      'npx',
      [
        'tsx',
        'scripts/start.ts',
        '--port',
        String(port),
        '--seeds',
        seeds,
        '--out',
        path.join(work, '_site'),
        '--data',
        path.join(work, 'timeline.json'),
        '--cache',
        path.join(work, 'cache'),
      ],
      {
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    server.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    expect(await until(() => /serving at http:\/\/localhost/.test(stderr), 90_000)).toBe(true)
    const base = `http://localhost:${port}`
    expect(await until(async () => (await status(`${base}/events/2023-10-18-al-tanf-attack/`)) === 200, 30_000)).toBe(true)
    expect(await status(`${base}/events/2024-01-28-tower-22-attack/`)).toBe(404)

    writeFileSync(
      path.join(seeds, '2024-01-29-tower-22.md'),
      [
        '---',
        'title: "Drone kills three U.S. soldiers in Jordan"',
        'source: "Meridian Wire (synthetic)"',
        'url: "https://example.org/tower-22"',
        'date: 2024-01-29',
        '---',
        'A one-way attack drone struck Tower 22 in northeastern Jordan on Sunday, killing three U.S. soldiers and wounding at least 34, U.S. officials said.',
        '',
      ].join('\n'),
    )

    expect(await until(async () => (await status(`${base}/events/2024-01-28-tower-22-attack/`)) === 200, 60_000)).toBe(true)
    const page = await fetch(`${base}/events/2024-01-28-tower-22-attack/`).then((r) => r.text())
    expect(page).toContain('Tower 22')
    // The edit path shows the page before the rebuild is done (scripts/start.ts), so its summary line may come a little later.
    expect(await until(() => /re-extracted /.test(stderr), 60_000)).toBe(true)
    expect(stderr).toMatch(/re-extracted 1 article \(5 from the cache\)/)
  }, 180_000)
})
