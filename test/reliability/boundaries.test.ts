import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import slugify from '@sindresorhus/slugify'
import { MAX_SLUG_LENGTH, safeSlug } from '../../src/safe-slug.js'

const run = promisify(execFile)

describe('safeSlug', () => {
  it.each([
    ['Breitbart News', 'breitbart-news'],
    ["FDD's Long War Journal", 'fdds-long-war-journal'],
    ['U.S. officials', 'us-officials'],
    ['../../etc/passwd', 'etc-passwd'],
  ])('%j → %s', (text, slug) => expect(safeSlug(text)).toBe(slug))

  it('gives what the slug library gives for text that already looks like a slug, and for text that nearly does', () => {
    const texts = ['2024-01-28-tower-22', 'a', '0-0', 'ain-al-asad', 'abc--def', '-abc', 'abc-', 'Abc-def', 'a.b-c', 'a_b', 'über-base', 'a b']
    for (let i = 0; i < 200; i++)
      texts.push(Array.from({ length: 1 + (i % 7) }, (_, j) => ((i * 7919 + j * 104729) % 46656).toString(36)).join(i % 5 === 0 ? '--' : '-'))
    for (const text of texts) expect(safeSlug(text), text).toBe(slugify(text.replace(/\./g, '')))
  })

  it('keeps every slug short, ASCII and distinct, even for text that slugs to nothing or to too much', () => {
    const texts = ['الجزيرة', '中文新闻', '<<<>>>', 'x'.repeat(500), `${'x'.repeat(500)}y`, 'a'.repeat(81), 'a'.repeat(80)]
    const slugs = texts.map(safeSlug)
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    }
    expect(new Set(slugs).size).toBe(texts.length)
  })
})

/** Every file under `dir` with its size and modification time, except the folders a build may write. */
function snapshot(dir: string, skip: Set<string>): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name)
    const rel = path.relative(dir, full)
    if ([...skip].some((s) => rel === s || rel.startsWith(`${s}${path.sep}`)) || !entry.isFile()) continue
    const info = statSync(full)
    files.set(rel, `${info.size}:${info.mtimeMs}`)
  }
  return files
}

describe('the build writes nothing outside its output and cache folders', () => {
  it('changes no file of the project but _site/, build/ and .cache/, and no file in the seeds folder', async () => {
    const skip = new Set(['node_modules', '.git', '_site', 'build', '.cache', 'test-results', '.scratch'])
    const work = mkdtempSync(path.join(tmpdir(), 'salvo-bounds-'))
    const seeds = path.join(work, 'seeds')
    cpSync('seeds', seeds, { recursive: true })
    const project = snapshot('.', skip)
    const seedFiles = snapshot(seeds, new Set())
    await run('npx', ['tsx', 'scripts/build.ts', '--seeds', seeds, '--out', path.join(work, 'out')])
    expect(snapshot('.', skip)).toEqual(project)
    expect(snapshot(seeds, new Set())).toEqual(seedFiles)
    expect(readdirSync(work).sort()).toEqual(['out', 'seeds'])
  })
})
