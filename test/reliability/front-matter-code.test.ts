import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeEach, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const FIXTURES = 'test/fixtures/bad-input'
/** What the hostile fixtures' front matter writes if it is ever evaluated (gray-matter runs `---js` with eval). */
const SENTINEL = path.join(tmpdir(), 'salvo-pwned-by-article')
const HOSTILE = ['38-front-matter-js.md', '39-front-matter-javascript.md', '40-front-matter-coffee.md']

/** Each command that reads seeds, run for real from the command line, as an editor would. */
async function command(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run('npx', ['tsx', `scripts/${script}.ts`, ...args], { env: { ...process.env, SALVO_TODAY: '2025-01-01' }, maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  )
}

/** A seeds folder holding one good article and the articles whose front matter asks to be run as code. */
function hostileSeeds(): { root: string; seeds: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'salvo-code-'))
  const seeds = path.join(root, 'seeds')
  mkdirSync(seeds)
  for (const name of ['00-good.md', ...HOSTILE]) copyFileSync(path.join(FIXTURES, name), path.join(seeds, name))
  return { root, seeds }
}

describe('no code runs from an article: front matter is YAML only, in every command that reads a seed', () => {
  beforeEach(() => rmSync(SENTINEL, { force: true }))

  it('npm run build refuses each non-YAML opener, naming the file, and builds the rest', async () => {
    const { root, seeds } = hostileSeeds()
    const { code, stderr } = await command('build', [
      '--seeds',
      seeds,
      '--out',
      path.join(root, '_site'),
      '--data',
      path.join(root, 'timeline.json'),
      '--no-cache',
    ])
    expect(existsSync(SENTINEL)).toBe(false)
    expect(code, stderr).toBe(0)
    for (const name of HOSTILE) expect(stderr).toMatch(new RegExp(`${name}:1 \\[error\\] front matter: Front matter must be YAML`))
    expect(existsSync(path.join(root, '_site', 'articles', '00-good', 'index.html'))).toBe(true)
  })

  it('npm run extract and npm run check refuse them too', async () => {
    const { seeds } = hostileSeeds()
    const extracted = await command('extract', [seeds])
    expect(existsSync(SENTINEL)).toBe(false)
    expect(extracted.stderr).toMatch(/38-front-matter-js\.md:1 \[error\] front matter: Front matter must be YAML/)
    const checked = await command('check', ['--seeds', seeds])
    expect(existsSync(SENTINEL)).toBe(false)
    expect(checked.stdout + checked.stderr).toMatch(/Front matter must be YAML/)
  })

  it('npm run add of another file scans the hostile seeds for duplicates without running them, and refuses a hostile input', async () => {
    const { root, seeds } = hostileSeeds()
    const input = path.join(root, 'new.txt')
    writeFileSync(input, 'A new article\nTwo drones struck the al-Tanf garrison on Monday, U.S. officials said.\n')
    const added = await command('add', [
      input,
      '--source',
      'Gulf Wire (synthetic)',
      '--url',
      'https://example.org/new',
      '--date',
      '2023-10-24',
      '--seeds',
      seeds,
    ])
    expect(existsSync(SENTINEL)).toBe(false)
    expect(added.code, added.stderr).toBe(0)
    const refused = await command('add', [path.join(FIXTURES, '38-front-matter-js.md'), '--seeds', seeds])
    expect(existsSync(SENTINEL)).toBe(false)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/Front matter must be YAML/)
  })

  it('npm run add refuses text that would stall or crash the build, with the reason and no stack trace', async () => {
    const { root, seeds } = hostileSeeds()
    const input = path.join(root, 'nested.txt')
    writeFileSync(input, `Nested\n${'> '.repeat(10_000)}Two drones struck the al-Tanf garrison on Monday.\n`)
    const { code, stderr } = await command('add', [
      input,
      '--source',
      'Gulf Wire (synthetic)',
      '--url',
      'https://example.org/nested',
      '--date',
      '2023-10-24',
      '--seeds',
      seeds,
    ])
    expect(code).toBe(1)
    expect(stderr).toMatch(/nested quotes or lists/)
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})
