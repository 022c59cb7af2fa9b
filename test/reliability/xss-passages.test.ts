import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Locator } from 'playwright-core'
import { stringify } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readArticles } from '../../src/ingest/read-articles.js'
import type { TimelineEvent } from '../../src/model/event.js'
import { renderTimeline, sampleTimeline } from '../helpers/build-sample.js'
import { launchChromium } from '../helpers/chromium.js'
import { serveSite, type ServedSite } from '../helpers/serve-site.js'

// The passage markers of the old design (issue 15): U+E000 n U+E000 opened passage n, U+E001 n U+E001 closed it.
const OPEN = '\uE0000\uE000'
const CLOSE = '\uE0010\uE001'
const RLO = '\u202E'

/** A hostile article: its body, and what reports quote of it (a string where it first occurs, or `[from, to]`: from the start of one string to the end of another). */
interface Hostile {
  slug: string
  title: string
  source: string
  body: string
  quotes: Array<string | [string, string]>
}

const ARTICLES: Hostile[] = [
  {
    slug: 'forged-in-title',
    title: 'Markers in a link title',
    source: 'Test Wire',
    body: `Rockets hit [the base](https://a.example/ '${OPEN}<meta http-equiv=refresh content=0;url=https://evil.example/><img src=x onerror=alert(1)>${CLOSE}') on Monday, officials said.`,
    quotes: ['on Monday'],
  },
  {
    slug: 'forged-in-alt',
    title: 'Markers in alt text',
    source: 'Test Wire',
    body: `![${OPEN}<img src=x onerror=alert(2)>${CLOSE}](https://a.example/x.png) Rockets hit the base on Monday, officials said.`,
    quotes: ['on Monday'],
  },
  {
    slug: 'forged-in-text',
    title: 'Markers in link text, a URL and code',
    source: 'Test Wire',
    body: [
      `Officials said [${OPEN}<img src=x onerror=alert(3)>${CLOSE}](https://a.example/${OPEN}) that rockets hit the base on Monday.`,
      '',
      `A drone was shot down \`${OPEN}<script>alert(4)</script>${CLOSE}\` near the base on Tuesday.`,
      '',
      `Our own tags: <mark data-passage="0"> and [a link](https://a.example/ '<mark data-passage-end="0"></mark>" onmouseover="alert(5)') in the text on Wednesday.`,
    ].join('\n'),
    quotes: ['rockets hit the base', 'shot down', 'in the text'],
  },
  {
    slug: 'edges-in-markdown',
    title: 'Passage edges inside Markdown',
    source: 'Test Wire',
    body: [
      '*Rockets hit the base* on Monday, **officials said in a statement** on Tuesday.',
      '',
      'Officials [said](https://a.example/ "Rockets hit the base on Monday") that the attack was small.',
      '',
      'A spokesman [confirmed](https://a.example/statement "the attack on the base") the strike on Wednesday.',
    ].join('\n'),
    quotes: [
      ['hit the base*', '**officials'],
      ['base on Monday")', 'the attack'],
      ['spokesman [', 'the attack on'],
    ],
  },
  {
    slug: 'right-to-left-override',
    title: `Attack ${RLO}on the base`,
    source: `Outlet ${RLO}name`,
    body: 'Rockets hit the base on Monday, officials said.',
    quotes: ['Rockets hit the base'],
  },
]

/** Seeds for the hostile articles, and the events quoting them at the offsets `readArticles` gives. */
async function hostileSite(): Promise<{ seeds: string; events: TimelineEvent[]; anchors: Map<string, string[]> }> {
  const seeds = mkdtempSync(path.join(tmpdir(), 'salvo-xss-passages-'))
  for (const a of ARTICLES) {
    const front = { title: a.title, source: a.source, url: `https://example.org/${a.slug}`, date: '2023-10-24' }
    writeFileSync(path.join(seeds, `2023-10-24-${a.slug}.md`), `---\n${stringify(front)}---\n${a.body}\n`)
  }
  const { articles } = await readArticles(seeds)
  const events: TimelineEvent[] = []
  const anchors = new Map<string, string[]>()
  for (const a of ARTICLES) {
    const article = articles.find((x) => x.slug === `2023-10-24-${a.slug}`)
    if (article === undefined) throw new Error(`Ingest did not read the hostile article ${a.slug}.`)
    for (const quote of a.quotes) {
      const [from, to] = typeof quote === 'string' ? [quote, quote] : quote
      const start = article.body.indexOf(from)
      const end = article.body.indexOf(to, start) + to.length
      if (start === -1 || end < start + to.length) throw new Error(`The test quotes "${from}" to "${to}", which is not in ${a.slug}.`)
      const n = events.length
      events.push({
        id: `2023-10-24-hostile-${n}-attack`,
        type: 'attack',
        date: '2023-10-24',
        dateEnd: '2023-10-24',
        datePrecision: 'day',
        location: null,
        weapons: ['rocket'],
        actors: [],
        killed: null,
        injured: null,
        status: 'confirmed',
        disputed: false,
        grade: 'confirmed-by-officials',
        independentSources: 1,
        summary: `Rocket attack ${n}`,
        mergeReasons: [],
        reports: [
          {
            article: article.id,
            source: article.source,
            quote: article.body.slice(start, end),
            start,
            end,
            claimant: 'officials',
            claimantKind: 'us-official',
            status: 'confirmed',
            killed: null,
            injured: null,
            dateText: 'on Monday',
            saidOn: '2023-10-24',
            denies: null,
            origin: article.source,
          },
        ],
      })
      anchors.set(article.slug, [...(anchors.get(article.slug) ?? []), `q-${start}`])
    }
  }
  return { seeds, events, anchors }
}

/** Every `.html` file under `dir`, relative, sorted. */
const htmlFiles = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort()

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?/

/** A copy of the built site with the Content-Security-Policy meta tag taken out of every page. */
function withoutCsp(site: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'salvo-no-csp-'))
  cpSync(site, copy, { recursive: true })
  for (const file of htmlFiles(copy)) {
    const html = readFileSync(path.join(copy, file), 'utf8')
    if (!CSP_META.test(html)) throw new Error(`${file} has no Content-Security-Policy meta tag to take out; the test's pattern no longer matches base.njk.`)
    writeFileSync(path.join(copy, file), html.replace(CSP_META, ''))
  }
  return copy
}

describe('article text cannot forge passage marks or become markup, with or without the CSP', () => {
  let site: string
  let bare: string
  let browser: Browser
  const served: ServedSite[] = []
  let anchors: Map<string, string[]>

  beforeAll(async () => {
    const hostile = await hostileSite()
    anchors = hostile.anchors
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-xss-passages-site-'))
    site = path.join(dir, '_site')
    await renderTimeline(await sampleTimeline(hostile.seeds, hostile.events), path.join(dir, 'timeline.json'), site)
    bare = withoutCsp(site)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    for (const s of served) await s.close()
  })

  it('builds a page for every hostile article', () => {
    for (const a of ARTICLES) expect(htmlFiles(site), a.slug).toContain(`articles/2023-10-24-${a.slug}/index.html`)
  })

  it.each([
    ['as built, with its Content-Security-Policy', true],
    ['with the Content-Security-Policy meta tag taken out', false],
  ])(
    'no page runs script, navigates away or holds markup from the text: %s',
    async (_, withCsp) => {
      const root = withCsp ? site : bare
      const server = await serveSite(root)
      served.push(server)
      const context = await browser.newContext()
      // Nothing leaves 127.0.0.1: a request elsewhere is recorded and refused.
      const outside: string[] = []
      await context.route('**/*', (route) => {
        if (route.request().url().startsWith(server.origin)) return route.continue()
        outside.push(route.request().url())
        return route.abort()
      })
      const page = await context.newPage()
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`)
        void dialog.dismiss()
      })
      const navigations: string[] = []
      let expected = ''
      page.on('request', (request) => {
        if (request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() !== expected)
          navigations.push(`${expected} → ${request.url()}`)
      })
      const problems: string[] = []
      for (const file of htmlFiles(root)) {
        expected = `${server.origin}/${file.replace(/index\.html$/, '')}`
        await page.goto(expected, { waitUntil: 'load' })
        // A refresh <meta> with a delay of 0 fires just after load.
        await page.waitForTimeout(30)
        if (page.url() !== expected) problems.push(`${file}: the page moved to ${page.url()}`)
        const slug = /^articles\/([^/]+)\/index\.html$/.exec(file)?.[1] ?? ''
        const found = await page.evaluate(
          ({ withCsp, origin, anchors }) => {
            const out: string[] = []
            const metas = Array.from(document.querySelectorAll('meta[http-equiv]')).map((m) => m.getAttribute('http-equiv') ?? '')
            if (metas.join() !== (withCsp ? 'Content-Security-Policy' : '')) out.push(`meta http-equiv: ${metas.join(', ')}`)
            for (const el of Array.from(document.querySelectorAll('*'))) {
              for (const attr of Array.from(el.attributes)) {
                if (/^on/i.test(attr.name)) out.push(`<${el.localName} ${attr.name}>`)
                if (/^javascript:/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))) out.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`)
              }
            }
            for (const a of Array.from(document.querySelectorAll('a[href], area[href]')))
              if ((a as HTMLAnchorElement).protocol === 'javascript:') out.push(`a javascript: link ${(a as HTMLAnchorElement).href.slice(0, 40)}`)
            for (const s of Array.from(document.scripts))
              if (![`${origin}/search.js`, `${origin}/hide-context.js`, `${origin}/browse.js`].includes(s.src))
                out.push(`a script not our own: ${s.src || s.textContent?.slice(0, 40)}`)
            for (const mark of Array.from(document.querySelectorAll('mark'))) {
              const attrs = Array.from(mark.attributes).map((a) => `${a.name}=${a.value}`)
              if (!(attrs.length === 0 || (attrs.length === 1 && /^id=q-\d+$/.test(attrs[0] ?? '')))) out.push(`<mark ${attrs.join(' ')}>`)
              if (mark.parentElement?.closest('mark')) out.push('a <mark> inside a <mark>')
              if (!mark.closest('.body')) out.push('a <mark> outside the article text')
            }
            // Every passage keeps its anchor: a mark in the text or, where it has no text to mark, a line below it.
            for (const id of anchors) {
              const target = document.getElementById(id)
              if (!(target?.localName === 'mark' || target?.classList.contains('unplaced'))) out.push(`passage ${id} has no anchor`)
            }
            return out
          },
          { withCsp, origin: server.origin, anchors: anchors.get(slug) ?? [] },
        )
        problems.push(...found.map((f) => `${file}: ${f}`))
      }
      expect(dialogs).toEqual([])
      expect(navigations).toEqual([])
      expect(outside.filter((url) => !url.startsWith('https://a.example/'))).toEqual([])
      expect(problems).toEqual([])
      await context.close()
    },
    300_000,
  )

  it('shows the old markers and our own tags as the text they are', async () => {
    const server = await serveSite(bare)
    served.push(server)
    const page = await browser.newPage()
    await page.goto(`${server.origin}/articles/2023-10-24-forged-in-title/`)
    expect(await page.locator('.body a[title]').getAttribute('title')).toBe(
      `${OPEN}<meta http-equiv=refresh content=0;url=https://evil.example/><img src=x onerror=alert(1)>${CLOSE}`,
    )
    expect(await page.locator('.body mark').allTextContents()).toEqual(['on Monday'])
    await page.goto(`${server.origin}/articles/2023-10-24-forged-in-text/`)
    // Raw HTML is dropped (the sanitizer), the markers around it stay, as text.
    const text = await page.locator('.body').textContent()
    expect(text).toContain(`Officials said ${OPEN}${CLOSE} that rockets hit the base`)
    expect(text).toContain('Our own tags:  and a link')
    expect(await page.locator('.body code').textContent()).toBe(`${OPEN}<script>alert(4)</script>${CLOSE}`)
    expect(await page.locator('.body a[title]').getAttribute('title')).toBe('<mark data-passage-end="0"></mark>" onmouseover="alert(5)')
    expect(await page.locator('.body mark').allTextContents()).toEqual(['rockets hit the base', 'shot down', 'in the text'])
    await page.goto(`${server.origin}/articles/2023-10-24-edges-in-markdown/`)
    // Only text is marked: the first passage in two marks (end of the emphasis, start of the strong), the second after the link, the third before and in the link text.
    expect(await page.locator('.body mark').allTextContents()).toEqual([
      'hit the base',
      ' on Monday, ',
      'officials',
      ' that the attack',
      'spokesman ',
      'confirmed',
    ])
    await page.close()
  })

  it('keeps a right-to-left override in a title or outlet name from reversing the site’s own text', async () => {
    const server = await serveSite(site)
    served.push(server)
    const page = await browser.newPage()
    /** `true` when the characters of the element's text (spaces aside) stand left to right on the screen, as English is read. */
    const readsLeftToRight = (element: Locator): Promise<boolean> =>
      element.evaluate((el) => {
        const lefts: number[] = []
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const text = node.textContent ?? ''
          for (let i = 0; i < text.length; i++) {
            if (/\s/.test(text[i] ?? ' ')) continue
            const range = document.createRange()
            range.setStart(node, i)
            range.setEnd(node, i + 1)
            lefts.push(range.getBoundingClientRect().left)
          }
        }
        return lefts.length > 1 && lefts.every((x, i) => i === 0 || x > (lefts[i - 1] ?? 0))
      })
    const rtl = '2023-10-24-right-to-left-override'
    await page.goto(`${server.origin}/articles/${rtl}/`)
    expect(await page.title()).toBe(`\u2068Attack ${RLO}on the base\u2069 · Salvo`)
    // The outlet's name, then the site's " · " and the date, in one line.
    expect(await readsLeftToRight(page.locator('.kicker time'))).toBe(true)
    const eventUrl = await page.locator('.body a.to-event').first().getAttribute('href')
    await page.goto(`${server.origin}${eventUrl ?? ''}`)
    // The outlet, the article's title, then the date, in the report's source line.
    expect(await readsLeftToRight(page.locator('.report__source time'))).toBe(true)
    await page.goto(`${server.origin}/articles/`)
    // The title, the outlet, then the date, in one list item.
    expect(await readsLeftToRight(page.locator(`li:has(a[href="/articles/${rtl}/"]) time`))).toBe(true)
    await page.goto(`${server.origin}/sources/`)
    // The outlet, then its counts.
    expect(
      await readsLeftToRight(
        page
          .locator('ul.index li')
          .filter({ hasText: `Outlet ${RLO}name` })
          .locator('.muted'),
      ),
    ).toBe(true)
    await page.close()
  })
})
