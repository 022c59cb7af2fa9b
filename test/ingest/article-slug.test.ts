import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { seedFileName, TITLE_SLUG_LENGTH, titleSlug } from '../../src/editorial/import-file-name.js'
import { findDuplicates } from '../../src/editorial/import-find-duplicates.js'
import { articleSlug } from '../../src/ingest/article-slug.js'
import { readArticle } from '../../src/ingest/read-articles.js'
import { MAX_SLUG_LENGTH } from '../../src/safe-slug.js'

describe('one page slug for an article file, in ingest and in the importer', () => {
  it.each([
    ['seeds/2023-10-24-white-house.md', '2023-10-24-white-house'],
    ['seeds/2023-10-24-u.s.-bases.md', '2023-10-24-us-bases'],
    ['seeds/2023-10-24-U.S.-Bases.MD', '2023-10-24-us-bases'],
    ['seeds/2023-10-24-transcript.txt', '2023-10-24-transcript'],
    ['seeds/2023-10-24-drones_and_rockets.md', '2023-10-24-drones-and-rockets'],
  ])('%s → %s', (file, slug) => {
    expect(articleSlug(file)).toBe(slug)
  })

  it('a name that slugs to nothing still gets a slug of its own', () => {
    expect(articleSlug('seeds/«».md')).toMatch(/^x-[0-9a-f]{8}$/)
    expect(articleSlug('seeds/«».md')).not.toBe(articleSlug('seeds/».md'))
  })

  it('is the slug ingest gives the article', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-slug-'))
    const file = path.join(dir, '2023-10-24-u.s.-bases.md')
    writeFileSync(file, '---\ntitle: "U.S. bases"\nsource: "Test Wire"\ndate: 2023-10-24\n---\nDrones attacked U.S. bases.\n')
    expect((await readArticle(file)).article?.slug).toBe(articleSlug(file))
  })

  it('the importer sees a file whose name gives the same page as the new one, as ingest would', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-slug-'))
    writeFileSync(
      path.join(dir, '2023-10-24-u.s.-bases.md'),
      '---\ntitle: "U.S. bases"\nsource: "Test Wire"\ndate: 2023-10-24\n---\nDrones attacked U.S. bases.\n',
    )
    const overlap = await findDuplicates(dir, { target: path.join(dir, '2023-10-24-us-bases.md'), url: null, body: 'Another text.' }, (f) => path.basename(f))
    expect(overlap.sameName).toEqual(['2023-10-24-u.s.-bases.md'])
  })
})

describe('slug lengths', () => {
  it("a seed file name's day and title slug fit in one page slug, so ingest never cuts what the importer named", () => {
    expect('YYYY-MM-DD-'.length + TITLE_SLUG_LENGTH).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    const title = 'Intelligence shows Iranian-backed militias are ready to ramp up their attacks against U.S. forces in the Middle East'
    expect(articleSlug(seedFileName('2023-10-24', title))).toBe(`2023-10-24-${titleSlug(title)}`)
  })
})
