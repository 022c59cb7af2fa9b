import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { stringify } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildFixture, type BuiltSite } from '../helpers/build-fixture.js'
import { launchChromium } from '../helpers/chromium.js'
import { serveSite, type ServedSite } from '../helpers/serve-site.js'

/** Payloads from the OWASP XSS filter-evasion cheat sheet, one per line, plus template and Markdown ones. */
const PAYLOADS = readFileSync('test/fixtures/xss-payloads.txt', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')

/** One article per payload, with the payload in every field a user controls, and corrections that carry it too. */
/** A payload as it can stand in a URL: what ingest refuses there (spaces, quote marks, angle brackets…) percent-encoded, the rest raw. */
const inUrl = (payload: string): string =>
  payload.replace(/[\s"'<>`\\^{|}\u0000-\u001f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)

function hostileSeeds(): string {
  const seeds = mkdtempSync(path.join(tmpdir(), 'salvo-xss-'))
  PAYLOADS.forEach((payload, i) => {
    const front = {
      title: `Attack ${i} ${payload}`.slice(0, 290),
      source: `Outlet ${i} ${payload}`,
      url: `https://example.org/${i}?q=${inUrl(payload)}`,
      date: '2023-10-24',
      author: payload,
      original: { source: payload, url: `https://example.org/original/${i}?${inUrl(payload)}` },
      dateInferred: true,
      dateNote: payload,
    }
    const body = [`Two drones struck the al-Tanf garrison on Monday ${payload}, U.S. officials said.`, '', payload, '', `In this 2020 photo, ${payload}`].join(
      '\n',
    )
    writeFileSync(path.join(seeds, `2023-10-24-hostile-${String(i).padStart(2, '0')}.md`), `---\n${stringify(front)}---\n${body}\n`)
  })
  writeFileSync(
    path.join(seeds, 'corrections.yaml'),
    stringify([
      { target: { event: '2023-10-23-al-tanf-attack' }, note: PAYLOADS.join(' '), reason: PAYLOADS.slice(0, 5).join(' ') },
      { target: { event: '2023-10-23-al-tanf-attack' }, set: { summary: PAYLOADS[0] }, reason: PAYLOADS[1] },
    ]),
  )
  return seeds
}

describe('hostile input renders as inert text, in a real browser', () => {
  let site: BuiltSite
  let served: ServedSite
  let browser: Browser
  let pages: string[]

  beforeAll(async () => {
    site = await buildFixture(hostileSeeds())
    served = await serveSite(path.join(site.dir, '_site'))
    browser = await launchChromium()
    pages = (readdirSync(path.join(site.dir, '_site'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort()
  })
  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  it(`uses at least 20 payloads and builds a page for each article`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20)
    expect(site.result.ok).toBe(true)
    expect(site.result.articles).toBe(PAYLOADS.length)
  })

  it('every page forbids inline script with a Content-Security-Policy, and loads only external scripts of its own', async () => {
    for (const page of pages) {
      const html = await site.read(page)
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1] ?? ''
      expect(csp, page).toMatch(/script-src 'self'/)
      expect(csp, page).not.toMatch(/unsafe-inline/)
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag, page).toMatch(/\bsrc="\/[^"]+\.js"/)
    }
  })

  it('no script runs, no dialog opens, and no payload becomes markup, on any page', async () => {
    const context = await browser.newContext()
    const dialogs: string[] = []
    const page = await context.newPage()
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`)
      void dialog.dismiss()
    })
    const problems: string[] = []
    for (const file of pages) {
      await page.goto(`${served.origin}/${file.replace(/index\.html$/, '')}`)
      const found = await page.evaluate(() => {
        const out: string[] = []
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(el.attributes)) {
            if (/^on/i.test(attr.name)) out.push(`${el.tagName} ${attr.name}`)
            if (/^(href|src|action|formaction|background|data)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value))
              out.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 30)}`)
          }
        }
        for (const tag of ['iframe', 'object', 'embed', 'input[type=image i]', 'input[src]', 'body style', 'base', 'svg script', 'xss', 'table[background]'])
          if (document.querySelector(tag)) out.push(`a <${tag}> element`)
        for (const s of Array.from(document.scripts)) if (!s.src) out.push('an inline <script>')
        if (document.querySelector('meta[http-equiv="refresh" i]')) out.push('a refresh <meta>')
        if ((document.body.textContent ?? '').includes('49') && !(document.body.textContent ?? '').includes('7*7'))
          out.push('a template expression was evaluated')
        return out
      })
      problems.push(...found.map((f) => `${file}: ${f}`))
    }
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  }, 300_000)

  it('shows each payload as the text it is', async () => {
    const html = await site.read('articles/2023-10-24-hostile-00/index.html')
    expect(html).toContain('&lt;script&gt;alert(&#39;XSS&#39;)&lt;/script&gt;')
  })
})
