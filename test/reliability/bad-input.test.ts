import { execFile, execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../../src/model/diagnostic.js'
import { DEFAULT_DATA_DIR } from '../../src/knowledge/load-knowledge.js'
import { runPipeline } from '../../src/pipeline.js'
import { buildSite } from '../../src/publish/build-site.js'
import { reportPipeline } from '../../src/publish/report-build.js'
import { MARKER_FILE, MARKER_TEXT } from '../../src/publish/output-marker.js'
import { siteData } from '../../src/site/site-data.js'
import type { Timeline } from '../../src/site/timeline.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

const run = promisify(execFile)
const FIXTURES = 'test/fixtures/bad-input'
const TODAY = '2025-01-01'

interface Case {
  outcome: 'included' | 'skipped' | 'fails'
  field?: string
  code?: DiagnosticCode
  line?: number
  message?: string
}
const cases = parse(readFileSync(path.join(FIXTURES, 'cases.yaml'), 'utf8')) as Record<string, Case>

const article = (title: string, body: string): string =>
  [
    '---',
    `title: "${title}"`,
    'source: "Gulf Wire (synthetic)"',
    `url: "https://example.org/${encodeURIComponent(title)}"`,
    'date: 2023-10-24',
    '---',
    body,
    '',
  ].join('\n')

/** The committed fixtures plus the generated ones, in a fresh seeds folder. */
function badSeeds(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'salvo-bad-'))
  const seeds = path.join(root, 'seeds')
  mkdirSync(seeds)
  for (const name of readdirSync(FIXTURES)) if (/\.(md|txt)$/.test(name)) cpSync(path.join(FIXTURES, name), path.join(seeds, name))
  const generated = path.join(seeds, 'generated')
  mkdirSync(generated)
  writeFileSync(path.join(generated, '34-five-megabytes.md'), article('Five megabytes', 'Two drones struck the al-Tanf garrison on Monday. '.repeat(110_000)))
  writeFileSync(
    path.join(generated, '35-one-megabyte-line.md'),
    article('One megabyte line', `${'word '.repeat(210_000)}\n\nTwo drones struck the al-Tanf garrison on Monday, U.S. officials said.`),
  )
  writeFileSync(path.join(root, 'outside.md'), article('Outside the seeds folder', 'Secret.'))
  symlinkSync(path.join(root, 'outside.md'), path.join(generated, '36-symlink-out-of-seeds.md'))
  writeFileSync(path.join(generated, '37-same-slug.md'), article('Same slug one', 'Text.'))
  writeFileSync(path.join(generated, '37 Same Slug.md'), article('Same slug two', 'Text.'))
  // One article must not stall or crash the build: quadratic emphasis, deep nesting.
  writeFileSync(path.join(generated, '54-emphasis-bomb.md'), article('Emphasis bomb', '*a_'.repeat(14_000)))
  writeFileSync(
    path.join(generated, '55-nested-quotes.md'),
    article('Nested quotes', `${'>'.repeat(10_000)} Two drones struck the al-Tanf garrison on Monday.`),
  )
  writeFileSync(path.join(generated, '56-nested-lists.md'), article('Nested lists', `${'- '.repeat(10_000)}Two drones struck the al-Tanf garrison on Monday.`))
  writeFileSync(
    path.join(generated, '57-indented-lists.md'),
    article('Indented lists', Array.from({ length: 600 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n')),
  )
  // Files that are not regular files: reading one would block forever, or read 2 GiB.
  execFileSync('mkfifo', [path.join(generated, '58-named-pipe.md')])
  execFileSync('mkfifo', [path.join(generated, 'pipe')])
  symlinkSync('pipe', path.join(generated, '59-link-to-named-pipe.md'))
  const huge = path.join(generated, '60-over-two-gibibytes.md')
  writeFileSync(huge, article('Huge', 'Text.'))
  truncateSync(huge, 2 ** 31 + 4096) // sparse: no disk used, but over 2 GiB as far as any reader can tell
  // Two links to the folder itself: the walk must visit each real folder once, not 2^depth times.
  const loops = path.join(generated, '61-links-to-itself')
  mkdirSync(loops)
  writeFileSync(path.join(loops, 'inside.md'), article('Reached once', 'Two drones struck the al-Tanf garrison on Monday, U.S. officials said.'))
  symlinkSync('.', path.join(loops, 'a'))
  symlinkSync('.', path.join(loops, 'b'))
  writeFileSync(path.join(seeds, 'corrections.yaml'), '- target: {event: 2023-01-01-nowhere-attack}\n  suppress: true\n  reason: "gone"\n')
  return seeds
}

const fileOf = (name: string): string => path.basename(name.replace(/ \(.*\)$/, ''))
const diagnosticsFor = (diagnostics: Diagnostic[], name: string): Diagnostic[] => diagnostics.filter((d) => path.basename(d.file) === fileOf(name))

describe('bad input: each case gets its documented outcome, and the rest of the site builds', () => {
  let timeline: Timeline
  let diagnostics: Diagnostic[]
  beforeAll(async () => {
    rmSync(path.join(tmpdir(), 'salvo-pwned-by-article'), { force: true })
    const result = await runPipeline({ seedsDir: badSeeds(), knowledge: shippedKnowledge(), today: TODAY })
    ;({ diagnostics } = result)
    timeline = siteData(result.timeline, shippedKnowledge())
  })

  it('has at least 30 cases', () => expect(Object.keys(cases).length).toBeGreaterThanOrEqual(30))

  it('gives every case that is a diagnostic its code, one of the codes', () => {
    for (const [name, c] of Object.entries(cases)) {
      if (c.outcome === 'fails' || c.message === undefined) expect(c.code, name).toBeUndefined()
      else expect(Object.keys(DIAGNOSTIC_CODES), name).toContain(c.code)
    }
  })

  it('documents every case in the README table, with its outcome', () => {
    const readme = readFileSync(path.join(FIXTURES, 'README.md'), 'utf8')
    for (const [name, c] of Object.entries(cases)) expect(readme, name).toContain(`| ${name} | ${c.outcome} |`)
  })

  const articleCases = Object.entries(cases).filter(([name, c]) => c.outcome !== 'fails' && !name.includes('corrections.yaml'))
  it.each(articleCases)('%s → %o', (name, c) => {
    const included = timeline.articles.some((a) => path.basename(a.path) === fileOf(name))
    expect(included).toBe(c.outcome === 'included')
    const found = diagnosticsFor(diagnostics, name)
    if (c.message) {
      const d = found.find((x) => x.message.includes(c.message ?? '') && (c.field === undefined || x.field === c.field))
      expect(d, JSON.stringify(found)).toBeDefined()
      if (c.line !== undefined) expect(d?.line).toBe(c.line)
      expect(d?.code).toBe(c.code)
      expect(d?.message).toMatch(/[.!?]$/) // a sentence, with its fix
      if (c.outcome === 'included') expect(d?.severity).not.toBe('error')
    } else {
      expect(found.filter((d) => d.severity !== 'info')).toEqual([])
    }
    if (c.outcome === 'skipped') expect(found.some((d) => d.severity === 'error' || d.message.includes('skipped'))).toBe(true)
  })

  it('reports a correction whose target is gone', () => {
    const d = diagnostics.find((x) => x.file.endsWith('corrections.yaml') && x.field === 'target')
    expect(d?.message).toMatch(/No event matches/)
    expect(d?.code).toBe(cases['generated/corrections.yaml (target gone)']?.code)
  })

  it("reads right-to-left Arabic text and still finds the English sentence's event", () => {
    expect(timeline.articles.find((a) => a.path.endsWith('19-arabic-rtl.md'))?.title).toBe('هجوم بطائرة مسيرة على قاعدة التنف')
    expect(timeline.events.some((e) => e.id === '2023-10-23-al-tanf-attack' && e.reports.some((r) => r.article.endsWith('19-arabic-rtl.md')))).toBe(true)
  })

  it('walks a folder holding two links to itself once, reading its article once', () => {
    expect(timeline.articles.filter((a) => a.title === 'Reached once').map((a) => a.path)).toEqual([expect.stringMatching(/61-links-to-itself\/inside\.md$/)])
    expect(diagnostics.filter((d) => d.file.includes('61-links-to-itself'))).toEqual([])
  })

  it('reads no code from front matter: no opener but `---` is parsed, so nothing an article says runs', () => {
    expect(existsSync(path.join(tmpdir(), 'salvo-pwned-by-article'))).toBe(false)
  })

  it('replaces control characters with spaces, keeping every offset into the body', () => {
    const record = timeline.articles.find((a) => a.path.endsWith('44-control-characters.md'))
    expect(record?.title).toBe('Drone attack ]8;;https://evil.example on al-Tanf')
    expect(record?.source).toBe('Gulf Wire (synthetic)')
    expect(JSON.stringify(timeline)).not.toMatch(/\\u00(0[0-8bcef]|1[0-9a-f])/)
  })

  it('gives a traversal-looking file name a safe page address', () => {
    const slug = timeline.articles.find((a) => a.path.endsWith('25-..-..-etc-passwd.md'))?.slug
    expect(slug).toMatch(/^[a-z0-9-]+$/)
  })

  it('reads CRLF and a byte-order mark as if they were not there', () => {
    for (const name of ['16-crlf-line-endings.md', '17-byte-order-mark.md']) {
      const record = timeline.articles.find((a) => a.path.endsWith(name))
      expect(record?.title).toMatch(/^(CRLF|BOM) article$/)
      expect(record?.html).not.toMatch(/\r|\uFEFF/)
    }
  })
})

describe('bad input in a real build', () => {
  it('builds the rest of the site, renders markup in every field as inert text, and prints no stack trace', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'salvo-bad-out-'))
    const log: string[] = []
    const result = await buildSite({
      seedsDir: badSeeds(),
      outDir: path.join(out, '_site'),
      dataFile: path.join(out, 'timeline.json'),
      cacheDir: null,
      today: TODAY,
      log: (l) => log.push(l),
    })
    expect(result.ok).toBe(true)
    expect(log.join('\n')).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/)
    expect(readdirSync(path.join(out, '_site', 'articles'))).toContain('00-good')
    const pages = (readdirSync(path.join(out, '_site'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(20)
    for (const page of pages) {
      const html = readFileSync(path.join(out, '_site', page), 'utf8')
      expect(html, page).not.toMatch(/<script>alert|<img[^>]+onerror|<iframe|href="(javascript|data):|<b onmouseover/i)
    }
  })
})

describe('failures stop the build and leave the previous site untouched', () => {
  /** A previous build's folder, with a marker, to prove it is not touched. */
  function previousSite(): string {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'salvo-prev-')), '_site')
    mkdirSync(out)
    writeFileSync(path.join(out, 'index.html'), 'previous build')
    writeFileSync(path.join(out, MARKER_FILE), MARKER_TEXT) // a site Salvo made, which a build may replace
    return out
  }
  const cli = (args: string[], env: Record<string, string> = {}) =>
    run('npx', ['tsx', 'scripts/build.ts', ...args], { env: { ...process.env, SALVO_TODAY: TODAY, ...env } }).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    )

  it('--strict fails on any warning or skipped article, with the messages, and no partial _site/', async () => {
    const out = previousSite()
    const { code, stderr } = await cli(['--strict', '--seeds', badSeeds(), '--out', out, '--no-cache'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/06-impossible-date\.md:5 \[error\] date: The publication `date` "2023-02-30" is not a calendar date/)
    expect(stderr).toMatch(/--strict/)
    expect(stderr).toContain(`--strict treats every error and warning as fatal; ${out}/ was left as it was.`) // the folder it was given, not _site/
    expect(stderr).toMatch(/; \d+ errors, \d+ warnings/)
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build')
    expect(existsSync(`${out}.building`)).toBe(false)
  })

  it('a malformed gazetteer fails the build naming file, line and field, without a stack trace', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'salvo-data-'))
    cpSync(DEFAULT_DATA_DIR, data, { recursive: true })
    const gazetteer = path.join(data, 'gazetteer.yaml')
    writeFileSync(gazetteer, readFileSync(gazetteer, 'utf8').replace(/lat: 33\.786[^\n]*/, 'lat: "north"'))
    const out = previousSite()
    const { code, stderr } = await cli(['--seeds', 'seeds', '--out', out, '--no-cache'], { SALVO_DATA_DIR: data })
    expect(code).toBe(1)
    expect(stderr).toMatch(new RegExp(cases['generated/src/data/gazetteer.yaml (malformed)']?.message ?? 'never'))
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build')
  })

  it('an invalid corrections file is reported with its line, and the build goes on without it', async () => {
    const seeds = mkdtempSync(path.join(tmpdir(), 'salvo-corr-'))
    cpSync('seeds', seeds, { recursive: true })
    writeFileSync(path.join(seeds, 'corrections.yaml'), '- target: {event: x}\n  reason: "unclosed\n')
    const { diagnostics, timeline } = await runPipeline({ seedsDir: seeds, knowledge: shippedKnowledge() })
    const d = diagnostics.find((x) => x.field === 'corrections')
    expect(d?.message).toMatch(new RegExp(cases['generated/corrections.yaml (invalid YAML)']?.message ?? 'never'))
    expect(d?.code).toBe(cases['generated/corrections.yaml (invalid YAML)']?.code)
    expect(timeline.events.length).toBeGreaterThan(10)
  })
})

describe('what the build says about its input', () => {
  it('names a seeds folder that does not exist, with the fix', async () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'salvo-noseeds-')), 'seeds')
    const { diagnostics } = await runPipeline({ seedsDir: missing, knowledge: shippedKnowledge() })
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['folder-unreadable', 'The seeds folder does not exist. Create it and put the articles in it, or name the folder that holds them with --seeds.'],
    ])
  })

  it('counts in the singular when there is one', () => {
    const lines: string[] = []
    const one: Diagnostic = { file: 'seeds/a.md', line: 1, field: 'url', code: 'url-missing', severity: 'warning', message: 'A warning.' }
    reportPipeline((line) => lines.push(line), [one, { ...one, severity: 'error', code: 'date-invalid' }], {
      articles: 1,
      events: 1,
      extracted: 1,
      cached: 0,
      corrections: 0,
    })
    expect(lines.at(-1)).toBe('Salvo: 1 article, 1 event; 1 error, 1 warning.')
  })
})
