// `npm run add` for the web: saved pages, a folder of them, links and feeds. Every page and feed
// here was written for these tests (test/fixtures/add-html, test/fixtures/add-feeds); links are
// served by a real server on 127.0.0.1 that each test starts, and nothing reaches the internet.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { load } from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildFixture, timelineOf, type BuiltSite } from '../helpers/build-fixture.js'
import { readArticle } from '../../src/ingest/read-articles.js'
import { runScript, type ScriptRun } from '../helpers/run-script.js'

const PAGES = 'test/fixtures/add-html'
const FEEDS = 'test/fixtures/add-feeds'
const EXPECTED = `${PAGES}/expected`
const UPDATE = process.env.UPDATE === '1'
const temporaryDirs: string[] = []

afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function seedsDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'salvo-add-web-'))
  temporaryDirs.push(dir)
  return dir
}

/** `npm run add` as the editor runs it, through tsx, today pinned. */
const add = (args: string[]): Promise<ScriptRun> => runScript('add', args)

const files = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((name) => !name.startsWith('.')).sort()
const STACK = /^\s+at .+:\d+:\d+\)?$/m

/** A real HTTP server on 127.0.0.1 answering from `routes`; it records the requests it gets. */
async function serve(
  routes: Record<string, (res: ServerResponse, base: string) => void>,
): Promise<{ base: string; requests: { url: string; headers: IncomingHttpHeaders }[]; close: () => Promise<void> }> {
  const requests: { url: string; headers: IncomingHttpHeaders }[] = []
  let base = ''
  const server: Server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers })
    const route = routes[req.url ?? '']
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title>')
      return
    }
    route(res, base)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
const page = (file: string) => (res: ServerResponse) =>
  void readFile(file).then((bytes) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(bytes))

/** Each fixture page: the seed it becomes, and the events the site must show from it (by label). */
const IMPORTED: { fixture: string; seed: string; events: RegExp[] }[] = [
  { fixture: 'json-ld-only', seed: '2023-11-08-rockets-target-ain-al-asad-air-base-in-anbar', events: [/Ain al-Asad/] },
  { fixture: 'opengraph-only', seed: '2023-10-26-drone-attack-on-erbil-air-base-foiled-coalition-says', events: [/Erbil/] },
  { fixture: 'microdata', seed: '2023-11-03-rockets-strike-near-conoco-gas-field-base-in-eastern-syria', events: [/Conoco/] },
  { fixture: 'amp', seed: '2023-10-31-attack-reported-at-shaddadi-base-in-northeast-syria', events: [/Shaddadi/] },
  { fixture: 'live-blog', seed: '2023-10-19-live-attacks-on-us-bases-in-iraq-and-syria', events: [/Ain al-Asad/, /Al-Tanf/] },
  { fixture: 'wire-on-local-paper', seed: '2023-12-08-rockets-fired-at-us-embassy-compound-in-baghdad', events: [/Embassy/] },
  { fixture: 'wire-isbasedon', seed: '2023-10-27-us-strikes-facilities-in-eastern-syria-after-attacks-on', events: [/Eastern Syria/] },
  { fixture: 'cookie-banner', seed: '2023-11-01-drone-strikes-al-tanf-garrison-causing-minor-injuries', events: [/Al-Tanf/] },
  { fixture: 'other-language', seed: '2023-11-08-des-roquettes-visent-la-base-d-ain-al-asad-dans-l-ouest-de-l', events: [] },
  { fixture: 'contradictory-dates', seed: '2023-11-10-us-troops-hurt-in-attack-on-harir-base', events: [/Harir/] },
  { fixture: 'dateline-only', seed: '2023-11-14-rocket-attack-reported-near-erbil-airport', events: [/Erbil/] },
  { fixture: 'state-media', seed: '2023-11-21-explosions-heard-at-occupation-base-in-al-omar-oil-field', events: [/Green Village|al-Omar/] },
]
/** The fixture pages refused, and the sentence that says why and what to do. */
const REFUSED: { fixture: string; message: RegExp }[] = [
  { fixture: 'no-date', message: /no-date\.html gives no publication day Salvo can read: .*Salvo does not guess it\. Add --date YYYY-MM-DD/ },
  { fixture: 'paywall-teaser', message: /paywall-teaser\.html holds only \d+ words of article text, fewer than the 80 .*paywall/ },
  { fixture: 'section-front', message: /section-front\.html does not look like a news article: .*not a section front/ },
]

describe('npm run add -- <folder of saved pages>', () => {
  let run: ScriptRun
  let dir: string
  let site: BuiltSite
  beforeAll(async () => {
    dir = await seedsDir()
    run = await add([PAGES, '--seeds', dir])
    site = await buildFixture(dir)
  })

  it('imports each article page, refuses each page that is not one with a sentence naming the fix, and sums up', async () => {
    expect(run.stdout).toContain('Folder test/fixtures/add-html (15 pages): 12 imported, 0 already present, 3 refused.')
    expect(run.code).toBe(1)
    for (const { message } of REFUSED) expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toMatch(STACK)
    expect(await files(dir)).toEqual(IMPORTED.map((i) => `${i.seed}.md`).sort())
  })

  it.each(IMPORTED)('writes the page $fixture as its expected front matter and body', async ({ seed }) => {
    const written = await readFile(path.join(dir, `${seed}.md`), 'utf8')
    const golden = path.join(EXPECTED, `${seed}.md`)
    if (UPDATE) await mkdir(EXPECTED, { recursive: true }).then(() => writeFile(golden, written))
    expect(written).toBe(await readFile(golden, 'utf8'))
    const { diagnostics } = await readArticle(path.join(dir, `${seed}.md`))
    expect(diagnostics.filter((d) => d.severity !== 'info' && d.field !== 'url')).toEqual([])
  })

  it('reads where each field came from and records it, and shows it in the preview', () => {
    expect(run.stdout).toContain('  source: Levant Daily, from JSON-LD publisher (--source)')
    expect(run.stdout).toContain('  date: 2023-10-31, from JSON-LD datePublished (--date)')
    expect(run.stdout).toContain('  url: https://levantdaily.example/world/middle-east/shaddadi-base-attack-20231031, from <link rel="canonical"> (--url)')
    expect(run.stdout).toContain('  date: 2023-11-03, from microdata datePublished (--date)')
    expect(run.stdout).toContain('  date: 2023-11-21, from <time datetime> (--date)')
    expect(run.stdout).toContain('  original: Associated Press, from the dateline "BAGHDAD (AP) —" (--original-source)')
    expect(run.stdout).toContain('  original: Reuters, from JSON-LD isBasedOn (--original-source)')
    expect(run.stdout).toMatch(/Added \S+2023-11-14-rocket-attack-reported-near-erbil-airport\.md: .*published 2023-11-14, inferred\)/)
  })

  it('warns when the page is not in English, and when its dates disagree', () => {
    expect(run.stderr).toMatch(/other-language\.html: The page is in another language \("fr", from <html lang>\): extraction reads English/)
    expect(run.stderr).toMatch(
      /contradictory-dates\.html: The page's dates disagree: Salvo used 2023-11-10, from the page's JSON-LD datePublished, but it also gives 2023-11-12 \(article:published_time/,
    )
  })

  it('builds a site on which each imported article shows its outlet, its day and the events taken from it', async () => {
    expect(site.result.ok).toBe(true)
    const timeline = timelineOf(site)
    for (const { seed, events } of IMPORTED) {
      const { article } = await readArticle(path.join(dir, `${seed}.md`))
      const $ = load(await site.read(`articles/${seed}/index.html`))
      expect($('h1').first().text()).toBe(article?.title)
      expect($('.source').first().text()).toBe(article?.source)
      expect($('time').first().attr('datetime')).toBe(article?.date)
      const labels = $('#article-events')
        .parent()
        .find('ul.links a')
        .map((_, a) => $(a).text())
        .get()
      expect(labels.length, `${seed}: ${labels.join(' | ')}`).toBe(events.length)
      for (const label of events)
        expect(
          labels.some((l) => label.test(l)),
          `${seed}: ${labels.join(' | ')}`,
        ).toBe(true)
      for (const href of $('#article-events')
        .parent()
        .find('ul.links a')
        .map((_, a) => $(a).attr('href'))
        .get()) {
        const event = load(await site.read(path.join(href, 'index.html')))
        expect(event('body').text()).toContain(article?.source ?? '')
      }
    }
    expect(timeline.events.length).toBeGreaterThanOrEqual(12)
  })

  it('sets the marked caption and the page furniture Readability kept aside, and shows the republication', async () => {
    const amp = load(await site.read('articles/2023-10-31-attack-reported-at-shaddadi-base-in-northeast-syria/index.html'))
    expect(amp('.set-aside').text()).toContain('Caption: A U.S. armored vehicle on a road in Hasakah province')
    expect(amp('.body').text()).not.toContain('Caption:')
    const wire = load(await site.read('articles/2023-12-08-rockets-fired-at-us-embassy-compound-in-baghdad/index.html'))
    expect(wire('dl.facts').text()).toContain('Republished from Associated Press')
    const cookies = await readFile(path.join(dir, '2023-11-01-drone-strikes-al-tanf-garrison-causing-minor-injuries.md'), 'utf8')
    for (const furniture of ['cookies', 'Share on', 'Related stories', 'Comments', 'Rockets land near Erbil airport', 'Privacy'])
      expect(cookies).not.toContain(furniture)
  })
})

describe('npm run add -- page.html', () => {
  it('lets flags override what was read, keeps the page with --keep-html where the build does not read it, and imports it once', async () => {
    const dir = await seedsDir()
    const args = [`${PAGES}/no-date.html`, '--date', '2023-11-05', '--source', 'Tigris Review Weekly', '--keep-html', '--seeds', dir]
    const first = await add(args)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const seed = '2023-11-05-militias-warn-of-more-attacks-on-us-forces'
    expect(await files(dir)).toEqual([`${seed}.html`, `${seed}.md`])
    expect(await readFile(path.join(dir, `${seed}.html`), 'utf8')).toBe(await readFile(`${PAGES}/no-date.html`, 'utf8'))
    const written = await readFile(path.join(dir, `${seed}.md`), 'utf8')
    expect(written).toContain('source: "Tigris Review Weekly"\nurl: "https://tigrisreview.example/news/militias-warn-of-more-attacks"\ndate: 2023-11-05\n')
    expect(written).toContain('metadataFrom:\n  title: "og:title"\n  url: "og:url"\n---\n')
    expect(written).not.toMatch(/dateNote|dateInferred/)

    const again = await add(args)
    expect(again.code).toBe(0)
    expect(again.stderr).toMatch(
      /^Warning: "Militias warn of more attacks on U\.S\. forces" is already in the seeds folder as \S+\.md\. Nothing was written; add --force to import it again\.$/m,
    )
    expect(again.stdout).toBe('')
    const forced = await add([...args, '--force'])
    expect(forced.code).toBe(0)
    expect(await files(dir)).toEqual([`${seed}.html`, `${seed}.md`])
    expect(await readFile(path.join(dir, `${seed}.md`), 'utf8')).toBe(written)

    const site = await buildFixture(dir)
    expect(site.result.ok).toBe(true)
    expect(timelineOf(site).articles.map((a) => a.slug)).toEqual([seed])
  })
})

describe('npm run add -- pasted.txt', () => {
  it('splits text pasted one paragraph per line, sets navigation, byline, date, share and copyright lines aside with reasons, and reads the same day as the dateline', async () => {
    const dir = await seedsDir()
    const result = await add(['test/fixtures/add/pasted-one-paragraph-per-line.txt', '--source', 'Desert Wire', '--infer-date', '--seeds', dir])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('The publication day was inferred as 2023-11-01.')
    expect(result.stdout).toContain('date: 2023-10-30 (day) · type: attack · place: Al-Tanf Garrison, Syria (site)')
    expect(result.stdout).toContain(
      [
        'Set aside as page furniture, not read for events (5):',
        '  "Skip to content": site navigation',
        '  "Home | World | Middle East": site navigation',
        '  "By Sam Reporter": byline, publication time or reading time',
        '  "November 1, 2023 | 3:15 PM": byline, publication time or reading time',
        '  "Share on Facebook | Share on X | Email © 2023 Desert Wire. All rights reserved.": share, follow or subscribe prompt; credit, copyright or standards line that closes an article',
      ].join('\n'),
    )
    const { article } = await readArticle(path.join(dir, '2023-11-01-drone-strikes-al-tanf-garrison-causing-minor-injuries.md'))
    expect(article?.paragraphs.length).toBe(3)
  })
})

describe('npm run add -- https://…', () => {
  it('fetches the page from its server, with a User-Agent naming Salvo, following a redirect, and imports it', async () => {
    const server = await serve({
      '/old': (res, base) => res.writeHead(301, { location: `${base}/news/erbil` }).end(),
      '/news/erbil': page(`${PAGES}/dateline-only.html`),
    })
    try {
      const dir = await seedsDir()
      const result = await add([`${server.base}/old`, '--seeds', dir])
      expect(result.code).toBe(0)
      expect(server.requests.map((r) => r.url)).toEqual(['/old', '/news/erbil'])
      expect(server.requests[0]?.headers['user-agent']).toMatch(/^Salvo\/\S+ \(/)
      const written = await readFile(path.join(dir, '2023-11-14-rocket-attack-reported-near-erbil-airport.md'), 'utf8')
      expect(written).toContain(`url: "${server.base}/news/erbil"`)
      expect(written).toContain('  url: "the address it was fetched from"')
    } finally {
      await server.close()
    }
  })

  const failures: [string, Record<string, (res: ServerResponse, base: string) => void>, string[], RegExp][] = [
    ['a page that is not there', {}, [], /\/gone was not found \(HTTP 404\)\. Check the address/],
    [
      'a file that is not HTML',
      { '/gone': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])) },
      [],
      /\/gone is not an HTML page or a feed \(it is image\/png\)/,
    ],
    [
      'a redirect loop',
      {
        '/gone': (res, base) => res.writeHead(302, { location: `${base}/back` }).end(),
        '/back': (res, base) => res.writeHead(302, { location: `${base}/gone` }).end(),
      },
      [],
      /redirects in a loop/,
    ],
    [
      'a page too large',
      { '/gone': (res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(11 * 1024 * 1024) }).end() },
      [],
      /\/gone is 11\.0 MB, over the 10\.0 MB Salvo reads for one page/,
    ],
    [
      'a page too large that does not say so',
      {
        '/gone': (res) => {
          res.writeHead(200, { 'content-type': 'text/html' })
          const chunk = Buffer.alloc(1024 * 1024, 'a')
          for (let i = 0; i < 11; i++) res.write(chunk)
          res.end()
        },
      },
      [],
      /sent more than 10\.0 MB, the most Salvo reads for one page/,
    ],
    ['a server that does not answer', { '/gone': () => undefined }, ['--timeout', '1'], /\/gone did not answer within 1 second\. .*--timeout <seconds>/],
  ]
  it.each(failures)('refuses %s with a sentence, writes nothing and prints no stack trace', async (_name, routes, extra, message) => {
    const server = await serve(routes)
    try {
      const dir = await seedsDir()
      const result = await add([`${server.base}/gone`, ...extra, '--seeds', dir])
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).toContain('Nothing was written.')
      expect(result.stderr).not.toMatch(STACK)
      expect(await files(dir)).toEqual([])
    } finally {
      await server.close()
    }
  })

  it('refuses an address that is not http(s) without fetching anything', async () => {
    const dir = await seedsDir()
    const result = await add(['ftp://127.0.0.1/page.html', '--seeds', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/ftp:\/\/127\.0\.0\.1\/page\.html is not an http\(s\) address: Salvo fetches only http:\/\/ and https:\/\/ pages/)
  })
})

describe('npm run add -- <feed>', () => {
  it('imports an RSS file: items with their text from the feed, a summary-only item listed under --no-fetch, a broken item refused alone', async () => {
    const dir = await seedsDir()
    const result = await add([`${FEEDS}/gulf-ledger.rss`, '--no-fetch', '--seeds', dir])
    expect(result.stdout).toContain(
      'Feed test/fixtures/add-feeds/gulf-ledger.rss (RSS, 3 items): 1 imported, 0 already present, 1 refused, 1 listed, not fetched (--no-fetch).',
    )
    expect(result.stdout).toContain(
      '  item 2 ("Drone attack on Harir base injures U.S. troops"): only a summary in the feed. Import it with npm run add -- https://gulfledger.example/2023/11/10/harir-drone',
    )
    expect(result.stderr).toContain('Salvo add: refused item 3 ("Untitled draft"): it has no link and no text in the feed, so there is no article to import.')
    expect(result.code).toBe(1)
    const seed = '2023-11-02-rockets-fall-inside-ain-al-asad-air-base.md'
    expect(await files(dir)).toEqual([seed])
    const written = await readFile(path.join(dir, seed), 'utf8')
    expect(written).toContain(
      'source: "Gulf Ledger"\nurl: "https://gulfledger.example/2023/11/02/rockets-ain-al-asad/"\ndate: 2023-11-02\nauthor: "Mina Farouk"\n',
    )
    expect(written).toContain(`dateNote: "Read from the feed item's <pubDate>, \\"Thu, 02 Nov 2023 14:20:00 +0300\\"."`)

    const again = await add([`${FEEDS}/gulf-ledger.rss`, '--no-fetch', '--seeds', dir])
    expect(again.stdout).toContain('0 imported, 1 already present, 1 refused, 1 listed')
    expect(await files(dir)).toEqual([seed])
  })

  it('fetches a feed from its address, and fetches the page of an item that holds only a summary', async () => {
    const feed = (await readFile(`${FEEDS}/gulf-ledger.rss`, 'utf8')).replace(/https:\/\/gulfledger\.example\/2023\/11\/10\//g, '{{base}}/2023/11/10/')
    const server = await serve({
      '/feed.rss': (res, base) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed.replaceAll('{{base}}', base)),
      '/2023/11/10/harir-drone': page(`${PAGES}/contradictory-dates.html`),
    })
    try {
      const dir = await seedsDir()
      const result = await add([`${server.base}/feed.rss`, '--seeds', dir])
      expect(result.stdout).toContain(`Feed ${server.base}/feed.rss (RSS, 3 items): 2 imported, 0 already present, 1 refused.`)
      expect(await files(dir)).toEqual(['2023-11-02-rockets-fall-inside-ain-al-asad-air-base.md', '2023-11-10-us-troops-hurt-in-attack-on-harir-base.md'])
      expect(server.requests.map((r) => r.url)).toEqual(['/feed.rss', '/2023/11/10/harir-drone'])
      const harir = await readFile(path.join(dir, '2023-11-10-us-troops-hurt-in-attack-on-harir-base.md'), 'utf8')
      expect(harir).toContain(`url: "${server.base}/2023/11/10/harir-drone"`)
    } finally {
      await server.close()
    }
  })

  it.each([
    ['desert-wire.atom', 'Atom', ['2023-10-24-rockets-land-near-al-tanf-garrison.md', '2023-10-26-drone-downed-near-erbil-air-base.md']],
    [
      'euphrates-monitor.json',
      'JSON Feed',
      ['2023-11-03-rockets-strike-near-conoco-gas-field-base-in-eastern-syria.md', '2023-11-05-drones-target-base-at-al-omar-oil-field.md'],
    ],
  ])('imports every item of %s', async (feed, format, seeds) => {
    const dir = await seedsDir()
    const result = await add([`${FEEDS}/${feed}`, '--seeds', dir])
    expect(result.stdout).toContain(`(${format}, 2 items): 2 imported, 0 already present, 0 refused.`)
    expect(result.code).toBe(0)
    expect(await files(dir)).toEqual(seeds)
    for (const seed of seeds) expect((await readArticle(path.join(dir, seed))).diagnostics).toEqual([])
  })

  it('refuses --date and the other flags that name one article for a feed or a folder', async () => {
    const dir = await seedsDir()
    await copyFile(`${FEEDS}/desert-wire.atom`, path.join(dir, 'feed.atom'))
    const result = await add([path.join(dir, 'feed.atom'), '--date', '2023-10-24', '--seeds', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/--date names one article, but the feed \S+feed\.atom holds several\. Import the article on its own to give it/)
  })
})
