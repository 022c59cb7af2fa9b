// Issue 15: a build replaces its output folder whole, so it must never replace, move or remove a folder
// Salvo did not make. Each case runs the build command as a user would, on real folders, and checks both
// the sentence it prints and that every file of the user's is where it was.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MARKER_FILE, MARKER_TEXT } from '../../src/publish/output-marker.js'
import { hashTree } from '../helpers/hash-tree.js'
import { runBuild, STACK_TRACE, type CommandRun } from '../helpers/run-build.js'

let work: string
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'salvo-faults-output-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** `npm run build -- --out <out>`, with its data file and cache in the test's folder. */
const build = (out: string, extra: string[] = []): Promise<CommandRun> =>
  runBuild(['--out', out, '--data', path.join(work, 'timeline.json'), '--cache', path.join(work, 'cache'), ...extra])

/** A folder of a user's own: notes and a page, nothing Salvo made. */
function usersFolder(dir: string): void {
  mkdirSync(path.join(dir, 'drafts'), { recursive: true })
  writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nTwo years of them.\n')
  writeFileSync(path.join(dir, 'drafts', 'index.html'), '<p>mine</p>\n')
}

/** A refusal: exit code 1, no stack trace, and a last line that is one `Salvo:` sentence matching `said`; the only line, unless the build got `past` reading the articles. */
function expectRefusal(run: CommandRun, said: RegExp, past = false): void {
  expect(run.code, run.stderr).toBe(1)
  expect(run.stderr).not.toMatch(STACK_TRACE)
  const lines = run.stderr.trim().split('\n')
  expect(lines.at(-1)).toMatch(/^Salvo: \S.*\.$/)
  expect(lines.at(-1)).toMatch(said)
  if (!past) expect(lines).toHaveLength(1)
}

describe('a build never replaces a folder Salvo did not make', () => {
  it("refuses --out naming a folder of the user's, says so and how to fix it, and moves, trashes and deletes nothing, build after build", async () => {
    const docs = path.join(work, 'docs')
    usersFolder(docs)
    const before = await hashTree(docs)
    for (let attempt = 0; attempt < 2; attempt++) {
      const run = await build(docs)
      expectRefusal(
        run,
        /docs\/ holds files Salvo did not make \(it has no \.salvo-site file\).*nothing was deleted; choose a new or empty folder with --out, or delete .*docs\/ yourself/,
      )
      expect(await hashTree(docs)).toEqual(before)
    }
    // Nothing went to the trash (the old behaviour moved it there, and the next build deleted it), and nothing was left beside it.
    expect(existsSync(path.join(work, 'cache', 'pages', 'trash'))).toBe(false)
    expect(readdirSync(work).filter((name) => name.startsWith('docs'))).toEqual(['docs'])
  })

  it('builds into a new folder or an empty one, and marks what it built with fixed bytes', async () => {
    const empty = path.join(work, 'empty')
    mkdirSync(empty)
    const nested = path.join(work, 'new', 'deeper', 'site')
    for (const out of [empty, nested]) {
      const run = await build(out)
      expect(run.code, run.stderr).toBe(0)
      expect(readFileSync(path.join(out, MARKER_FILE), 'utf8')).toBe(MARKER_TEXT)
      expect(existsSync(path.join(out, 'index.html'))).toBe(true)
      expect(existsSync(`${out}.lock`)).toBe(false)
    }
  })

  it('refuses a site an earlier version of Salvo built (no marker), with the one line that adopts it; after it, the build replaces it', async () => {
    const old = path.join(work, 'old-site')
    expect((await build(old)).code).toBe(0)
    rmSync(path.join(old, MARKER_FILE))
    const run = await build(old)
    expectRefusal(run, /If it holds only a site an earlier version of Salvo built, `touch .*old-site\/\.salvo-site` marks it as Salvo's\./)
    writeFileSync(path.join(old, MARKER_FILE), '')
    expect((await build(old)).code).toBe(0)
    expect(readFileSync(path.join(old, MARKER_FILE), 'utf8')).toBe(MARKER_TEXT)
  })

  it.each([['.building'], ['.previous']])("refuses to touch a folder of the user's named like its %s folder, and builds once it is gone", async (suffix) => {
    const out = path.join(work, `beside${suffix.replace('.', '-')}`)
    expect((await build(out)).code).toBe(0)
    const site = await hashTree(out)
    const theirs = `${out}${suffix}`
    usersFolder(theirs)
    const mine = await hashTree(theirs)
    const run = await build(out)
    expectRefusal(
      run,
      new RegExp(
        `${path.basename(theirs).replace('.', '\\.')} is in the way: Salvo uses a folder of that name while it builds, but this one is not a folder Salvo made .*nothing was deleted`,
      ),
    )
    expect(await hashTree(theirs)).toEqual(mine)
    expect(await hashTree(out)).toEqual(site)
    // An empty folder of that name has nothing to lose: the build removes it.
    rmSync(theirs, { recursive: true })
    mkdirSync(theirs)
    expect((await build(out)).code).toBe(0)
    expect(existsSync(theirs)).toBe(false)
  })

  it('publishes through a symbolic link to a web root: the folder it points to is replaced, the link stays a link', async () => {
    const webRoot = path.join(work, 'www', 'salvo')
    const link = path.join(work, 'linked-site')
    // A link to a folder not made yet, then to the site it holds: the first build makes it, the second replaces it.
    symlinkSync(webRoot, link)
    for (let run = 0; run < 2; run++) {
      const built = await build(link)
      expect(built.code, built.stderr).toBe(0)
      expect(lstatSync(link).isSymbolicLink()).toBe(true)
      expect(readFileSync(path.join(webRoot, MARKER_FILE), 'utf8')).toBe(MARKER_TEXT)
      expect(existsSync(path.join(link, 'index.html'))).toBe(true)
    }
    // Its staging folder and lock were beside the folder it points to, and are gone.
    expect(readdirSync(path.dirname(webRoot))).toEqual(['salvo'])
    expect(readdirSync(work).filter((name) => name.startsWith('linked-site'))).toEqual(['linked-site'])
  })

  it("refuses a link to a web root that holds the user's files, and leaves link and files as they were", async () => {
    const webRoot = path.join(work, 'www', 'theirs')
    usersFolder(webRoot)
    const before = await hashTree(webRoot)
    const link = path.join(work, 'linked-theirs')
    symlinkSync(webRoot, link)
    expectRefusal(await build(link), /linked-theirs\/ \(a link to .*www\/theirs\/\) holds files Salvo did not make/)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(await hashTree(webRoot)).toEqual(before)
  })

  // Each of these was a stack trace: a sentence naming the path, and nothing built or removed.
  it.each([
    [
      '--out naming a file',
      () => {
        writeFileSync(path.join(work, 'a-file'), 'x')
        return { out: path.join(work, 'a-file') }
      },
      /--out .*a-file is a file, not a folder, so nothing was built/,
    ],
    [
      '--out inside a file (ENOTDIR)',
      () => {
        writeFileSync(path.join(work, 'b-file'), 'x')
        return { out: path.join(work, 'b-file', 'site') }
      },
      /a part of the path .*b-file\/site\S* is a file where a folder should be \(ENOTDIR\)/,
    ],
    ['--out the root of the file system', () => ({ out: '/' }), /--out \/ is the root of a file system/],
    [
      'a file where the staging folder goes (EEXIST)',
      () => {
        writeFileSync(path.join(work, 'c-site.building'), 'x')
        return { out: path.join(work, 'c-site') }
      },
      /c-site\.building is in the way/,
    ],
    [
      'a file where the lock goes',
      () => {
        writeFileSync(path.join(work, 'd-site.lock'), 'x')
        return { out: path.join(work, 'd-site') }
      },
      /d-site\.lock is in the way: Salvo keeps its lock on .*d-site\/ there, but this is not a Salvo lock/,
    ],
    [
      '--data naming a folder (EISDIR)',
      () => {
        mkdirSync(path.join(work, 'e-data.json'))
        return { out: path.join(work, 'e-site'), extra: ['--data', path.join(work, 'e-data.json')] }
      },
      /e-data\.json is a folder where Salvo writes a file \(EISDIR\)/,
    ],
  ])('%s is a sentence with the fix, never a stack trace', async (_, arrange, said) => {
    const { out, extra = [] } = arrange() as { out: string; extra?: string[] }
    const run = await build(out, extra)
    // The data file is written after the pages: that one fails past the start.
    expectRefusal(run, said, extra.length > 0)
    // Nothing built, and no lock left held.
    expect(existsSync(path.join(out, 'index.html'))).toBe(false)
    expect(readdirSync(work).filter((name) => name.endsWith('.lock') && lstatSync(path.join(work, name)).isDirectory())).toEqual([])
  })
})
