import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildFixture, type BuiltSite } from '../helpers/build-fixture.js'

describe('a real Eleventy build of seeds/', () => {
  let site: BuiltSite
  beforeAll(async () => {
    site = await buildFixture('seeds')
  })

  it('succeeds and says what it did', () => {
    expect(site.result.ok).toBe(true)
    expect(site.log.join('\n')).toMatch(/5 articles/)
  })

  it('lists the five articles with their outlets and publication days on the articles page', async () => {
    const $ = load(await site.read('articles/index.html'))
    const rows = $('ul.articles li')
      .map((_, li) => ({ source: $(li).find('.source').text(), date: $(li).find('time').attr('datetime') }))
      .get()
    // Outlets and days from ../shared/seeds/SOURCES.md.
    expect(rows).toEqual(
      expect.arrayContaining([
        { source: 'Breitbart News', date: '2023-10-23' },
        { source: 'Attention to the Unseen', date: '2023-10-24' },
        { source: 'Prophecy Update', date: '2023-10-24' },
        { source: 'The Conservatives Post', date: '2023-10-24' },
        { source: "FDD's Long War Journal", date: '2023-10-30' },
      ]),
    )
    expect(rows).toHaveLength(5)
  })

  it('links each article to a page that shows its body rendered as HTML', async () => {
    const $ = load(await site.read('articles/index.html'))
    const hrefs = $('ul.articles a')
      .map((_, a) => $(a).attr('href'))
      .get()
    expect(hrefs).toHaveLength(5)
    for (const href of hrefs) {
      const page = load(await site.read(path.join(href, 'index.html')))
      expect(page('.body p').length).toBeGreaterThan(3)
    }
    const lwj = load(await site.read('articles/2023-10-30-iran-backed-militias-continue-to-attack-us-bases/index.html'))
    expect(lwj('.body').text()).toContain('Two of the militia attacks took place on Oct. 29')
  })
})

describe('article bodies are sanitized', () => {
  it('renders script and event handlers in a body as inert text, never as markup', async () => {
    const seeds = await mkdtemp(path.join(tmpdir(), 'salvo-seeds-'))
    await writeFile(
      path.join(seeds, '2023-10-24-hostile.md'),
      [
        '---',
        'title: "<img src=x onerror=alert(1)>"',
        'source: "Gulf Wire"',
        'url: "https://example.org/x"',
        'date: 2023-10-24',
        '---',
        'Rockets hit the base. <script>alert(1)</script>',
        '',
        '<img src=x onerror="alert(2)">',
        '',
        '[click](javascript:alert(3))',
        '',
      ].join('\n'),
    )
    const site = await buildFixture(seeds)
    const html = await site.read('articles/2023-10-24-hostile/index.html')
    expect(html).not.toMatch(/<script>alert/)
    expect(html).not.toMatch(/<img[^>]*onerror/i)
    expect(html).not.toMatch(/href="javascript:/i)
    expect(load(html)('h1').text()).toBe('<img src=x onerror=alert(1)>')
  })
})
