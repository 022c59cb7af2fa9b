import { load } from 'cheerio'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readArticle } from '../../src/ingest/read-articles.js'
import type { TimelineEvent } from '../../src/model/event.js'
import { PASSAGE_TAG, type PassageSpan } from '../../src/render/mark-passages.js'
import { articleBodyKey, bodyEventsOf, renderArticleBody } from '../../src/render/render-article-body.js'
import { plainParagraphHtml, renderBody, renderParsed } from '../../src/render/render-body.js'
import { articleFiles } from '../helpers/article-files.js'
import { articleOf } from '../helpers/extract-text.js'

/** An event with one report quoting `start`-`end` of the test article. */
function eventQuoting(id: string, start: number, end: number): TimelineEvent {
  return {
    id,
    type: 'attack',
    date: '2023-10-24',
    dateEnd: '2023-10-24',
    datePrecision: 'day',
    location: null,
    weapons: [],
    actors: [],
    killed: null,
    injured: null,
    status: 'reported',
    disputed: false,
    grade: 'single-source',
    independentSources: 1,
    summary: 'Drone attack',
    mergeReasons: [],
    reports: [
      {
        article: 'test/article.md',
        source: 'Test Wire',
        quote: '',
        start,
        end,
        claimant: 'officials',
        claimantKind: 'us-official',
        status: 'reported',
        killed: null,
        injured: null,
        dateText: null,
        saidOn: '2023-10-24',
        denies: null,
        origin: 'Test Wire',
      },
    ],
  }
}

/** The links that follow passage `i` (quoted by event `e{i}`). */
const links = (i: number): string =>
  `<a class="to-event" href="/events/e${i}/" data-pagefind-ignore>event<span class="vh">: Drone attack, 24 October 2023</span></a>`

/** `body` rendered with each quote (its first occurrence, or offsets) a report's passage; `⟨i⟩` in the expectation stands for passage i's event links. */
function rendered(body: string, quotes: Array<string | [number, number]>): string {
  const events = quotes.map((q, i) => {
    const start = typeof q === 'string' ? body.indexOf(q) : q[0]
    if (start === -1) throw new Error(`The test quotes "${String(q)}", which is not in its body.`)
    return eventQuoting(`e${i}`, start, typeof q === 'string' ? start + q.length : q[1])
  })
  return renderArticleBody(articleOf(body, '2023-10-24'), events)
}
const expand = (html: string): string => html.replace(/⟨(\d+)⟩/g, (_, i: string) => links(Number(i)))

const TITLED = 'Officials said [this](https://a.example/ "Rockets hit the base") on Monday.'
const ESCAPED = 'Rockets hit AT&amp;T \\*offices\\* today.'

describe('passages are marked in the syntax tree, around text only', () => {
  it.each<[string, string, Array<string | [number, number]>, string]>([
    [
      'a plain paragraph (no parse)',
      'Rockets hit the base on Monday. Officials said so.',
      ['Rockets hit the base on Monday.'],
      '<p><mark id="q-0">Rockets hit the base on Monday.</mark> ⟨0⟩ Officials said so.</p>\n',
    ],
    [
      'two passages in a plain paragraph',
      'Rockets hit the base on Monday. Officials said so.',
      ['Rockets hit', 'Officials said'],
      '<p><mark id="q-0">Rockets hit</mark> ⟨0⟩ the base on Monday. <mark id="q-32">Officials said</mark> ⟨1⟩ so.</p>\n',
    ],
    [
      'a passage across the end of emphasis: one mark inside, one after',
      'Rockets *hit the* base on Monday.',
      ['hit the* base'],
      '<p>Rockets <em><mark id="q-9">hit the</mark></em><mark> base</mark> ⟨0⟩ on Monday.</p>\n',
    ],
    [
      'a passage covering emphasis whole: one mark around it',
      'Rockets *hit* the base.',
      ['Rockets *hit* the'],
      '<p><mark id="q-0">Rockets <em>hit</em> the</mark> ⟨0⟩ base.</p>\n',
    ],
    [
      'a passage ending in link text: its links go after the link',
      'Rockets hit [the al-Tanf base](https://a.example/) on Monday.',
      ['Rockets hit [the al-Tanf'],
      '<p><mark id="q-0">Rockets hit </mark><a href="https://a.example/"><mark>the al-Tanf</mark> base</a> ⟨0⟩ on Monday.</p>\n',
    ],
    [
      'a passage starting in a link title marks the text after it',
      TITLED,
      ['hit the base") on Monday'],
      `<p>Officials said <a href="https://a.example/" title="Rockets hit the base">this</a><mark id="q-${TITLED.indexOf('hit')}"> on Monday</mark> ⟨0⟩.</p>\n`,
    ],
    [
      'a passage ending in a link title marks the text before it',
      TITLED,
      ['said [this](https://a.example/ "Rockets'],
      '<p>Officials <mark id="q-10">said </mark><a href="https://a.example/" title="Rockets hit the base"><mark>this</mark></a> ⟨0⟩ on Monday.</p>\n',
    ],
    [
      'a passage wholly in a link title is quoted below the text',
      TITLED,
      ['hit the base'],
      `<p>Officials said <a href="https://a.example/" title="Rockets hit the base">this</a> on Monday.</p>\n<p class="unplaced" id="q-${TITLED.indexOf('hit')}">Quoted from the text above, where it cannot be highlighted: “hit the base” ⟨0⟩</p>\n`,
    ],
    [
      'a passage wholly in a URL is quoted below the text',
      'See [the statement](https://a.example/rockets-hit) today.',
      ['rockets-hit'],
      '<p>See <a href="https://a.example/rockets-hit">the statement</a> today.</p>\n<p class="unplaced" id="q-38">Quoted from the text above, where it cannot be highlighted: “rockets-hit” ⟨0⟩</p>\n',
    ],
    [
      'part of inline code is not marked',
      'The file was `rockets.txt` today.',
      ['rockets'],
      '<p>The file was <code>rockets.txt</code> today.</p>\n<p class="unplaced" id="q-14">Quoted from the text above, where it cannot be highlighted: “rockets” ⟨0⟩</p>\n',
    ],
    [
      'inline code covered whole is marked whole',
      'The file was `rockets.txt` today.',
      ['was `rockets.txt` today'],
      '<p>The file <mark id="q-9">was <code>rockets.txt</code> today</mark> ⟨0⟩.</p>\n',
    ],
    [
      'a text node with an escape or entity is marked whole',
      ESCAPED,
      ['AT&amp;T'],
      '<p><mark id="q-12">Rockets hit AT&#x26;T *offices* today.</mark> ⟨0⟩</p>\n',
    ],
    [
      'a second passage in such a node is an anchor after the first',
      ESCAPED,
      ['Rockets', 'today'],
      `<p><mark id="q-0">Rockets hit AT&#x26;T *offices* today.</mark> ⟨0⟩<mark id="q-${ESCAPED.indexOf('today')}"></mark> ⟨1⟩</p>\n`,
    ],
    [
      'spaces at a soft line break print as remark prints them',
      'Rockets hit \nthe base.',
      ['hit \nthe'],
      '<p>Rockets <mark id="q-8">hit\nthe</mark> ⟨0⟩ base.</p>\n',
    ],
    [
      'an indented continuation line is cut at the passage too',
      'Rockets hit\n   the base today.',
      ['hit\n   the base'],
      '<p>Rockets <mark id="q-8">hit\nthe base</mark> ⟨0⟩ today.</p>\n',
    ],
    ['a hard line break inside a passage', 'Rockets hit  \nthe base.', ['hit  \nthe'], '<p>Rockets <mark id="q-8">hit<br>\nthe</mark> ⟨0⟩ base.</p>\n'],
    [
      'raw HTML prints nothing, inside a mark or out',
      'Rockets <b>hit</b> the base.',
      ['Rockets <b>hit</b> the base.'],
      '<p><mark id="q-0">Rockets hit the base.</mark> ⟨0⟩</p>\n',
    ],
    [
      'a passage of raw HTML alone is quoted below the text',
      'Rockets hit.\n\n<iframe src="https://evil.example/"></iframe>',
      ['<iframe src="https://evil.example/"></iframe>'],
      '<p>Rockets hit.</p>\n<p class="unplaced" id="q-14">Quoted from the text above, where it cannot be highlighted: “&lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt;” ⟨0⟩</p>\n',
    ],
  ])('%s', (_, body, quotes, expected) => {
    expect(rendered(body, quotes)).toBe(expand(expected))
  })

  // The markers of the old design, U+E000 n U+E000 and U+E001 n U+E001, written into the article: text like any other now.
  it.each<[string, string, string]>([
    [
      'in a link title',
      `Rockets hit [the base](https://a.example/ '\uE0000\uE000"><meta http-equiv="refresh" content="0;url=https://evil.example/">') on Monday.`,
      '<p><mark id="q-0">Rockets hit</mark> ⟨0⟩ <a href="https://a.example/" title="\uE0000\uE000&#x22;&#x3E;&#x3C;meta http-equiv=&#x22;refresh&#x22; content=&#x22;0;url=https://evil.example/&#x22;&#x3E;">the base</a> on Monday.</p>\n',
    ],
    [
      'in link text',
      'Rockets hit [\uE0000\uE000 the base \uE0010\uE001](https://a.example/) on Monday.',
      '<p><mark id="q-0">Rockets hit</mark> ⟨0⟩ <a href="https://a.example/">\uE0000\uE000 the base \uE0010\uE001</a> on Monday.</p>\n',
    ],
    [
      'in a URL',
      'Rockets hit [the base](https://a.example/\uE0000\uE000) on Monday.',
      '<p><mark id="q-0">Rockets hit</mark> ⟨0⟩ <a href="https://a.example/%EE%80%800%EE%80%80">the base</a> on Monday.</p>\n',
    ],
    [
      'in alt text',
      'Rockets hit ![\uE0000\uE000" onerror="alert(1)](https://a.example/x.png) the base.',
      '<p><mark id="q-0">Rockets hit</mark> ⟨0⟩ <img src="https://a.example/x.png" alt="\uE0000\uE000&#x22; onerror=&#x22;alert(1)"> the base.</p>\n',
    ],
    [
      'in code',
      'Rockets hit `\uE0000\uE000<img src=x onerror=alert(1)>\uE0010\uE001` the base.',
      '<p><mark id="q-0">Rockets hit</mark> ⟨0⟩ <code>\uE0000\uE000&#x3C;img src=x onerror=alert(1)>\uE0010\uE001</code> the base.</p>\n',
    ],
    [
      'in emphasis across the passage',
      'Rockets *hit \uE0010\uE001 the* base.',
      '<p><mark id="q-0">Rockets </mark><em><mark>hit</mark> ⟨0⟩ \uE0010\uE001 the</em> base.</p>\n',
    ],
  ])('forged markers %s stay text', (_, body, expected) => {
    expect(rendered(body, [body.startsWith('Rockets *') ? 'Rockets *hit' : 'Rockets hit'])).toBe(expand(expected))
  })

  it('our own tags written in the article stay text, in text, titles and code', () => {
    const body = 'Rockets hit <mark data-passage="0"> the [base](https://a.example/ \'<mark data-passage-end="0"></mark>\') `<mark data-passage="0">`.'
    expect(rendered(body, ['Rockets hit'])).toBe(
      expand(
        '<p><mark id="q-0">Rockets hit</mark> ⟨0⟩  the <a href="https://a.example/" title="&#x3C;mark data-passage-end=&#x22;0&#x22;&#x3E;&#x3C;/mark&#x3E;">base</a> <code>&#x3C;mark data-passage=\"0\"></code>.</p>\n',
      ),
    )
  })
})

/** Sorted, non-overlapping spans inside a text of `length` characters, from cut points. */
const spansOf = (length: number, cuts: number[]): PassageSpan[] => {
  const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b)
  const spans: PassageSpan[] = []
  for (let i = 0; i + 1 < points.length; i += 2) spans.push({ start: points[i] ?? 0, end: points[i + 1] ?? 0 })
  return spans
}

describe('marking holds for any text', () => {
  it('marks a plain paragraph without a parse, to the bytes the syntax tree gives', async () => {
    const plain: string[] = []
    for (const file of [...articleFiles('seeds'), ...articleFiles('test/fixtures')]) {
      const { article } = await readArticle(file)
      for (const p of article?.paragraphs ?? []) {
        const markdown = article?.body.slice(p.start, p.end) ?? ''
        if (plainParagraphHtml(markdown) !== null) plain.push(markdown)
      }
    }
    expect(plain.length).toBeGreaterThan(200)
    fc.assert(
      fc.property(fc.constantFrom(...plain), fc.array(fc.nat(), { maxLength: 6 }), (markdown, cuts) => {
        const spans = spansOf(markdown.length, cuts)
        expect(renderBody(markdown, spans)).toBe(renderParsed(markdown, spans))
      }),
      { numRuns: 1000 },
    )
  })

  // Counterexamples the property below found (CI seeds -341950027 and -727499515), and kin:
  // alt text, a title and a code fence's language land in attribute values.
  it.each([
    ['alt text', '![<mark data-passage="0">]()'],
    ['alt text with an end', '![<mark data-passage-end="0"></mark>]()'],
    ['a link title', '[a](https://a.example/ (<mark data-passage="0">))'],
    ['an image title', '![a](https://a.example/x.png "</mark><b>")'],
    ['a code fence language', '```<mark\nRockets\n```'],
  ])('article text in an attribute (%s) writes no "<" there', (_, markdown) => {
    const html = renderBody(markdown)
    expect(html).not.toContain('<mark')
    const $ = load(html, null, false)
    // Every raw `<` starts an element: as many as the elements and end tags cheerio sees.
    const elements = $('*')
      .toArray()
      .flatMap((node) => ('attribs' in node ? [node] : []))
    const ends = elements.filter((e) => !['img', 'br', 'hr', 'input'].includes(e.tagName)).length
    expect(html.split('<').length - 1).toBe(elements.length + ends)
    // And the value reads back as the author wrote it.
    const values = elements.flatMap((e) => Object.values(e.attribs) as string[])
    expect(values.some((v) => v.includes('<'))).toBe(true)
  })

  it('adds only its own marks: nothing else changes, and article text can make none', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'Rockets',
        ' hit',
        ' ',
        '  ',
        '\n',
        '\n\n',
        '*',
        '**',
        '_',
        '`',
        '[',
        ']',
        '](',
        ')',
        '"',
        "'",
        '(',
        '<',
        '>',
        '&amp;',
        '&#x22;',
        '\\',
        '\\*',
        '# ',
        '> ',
        '- ',
        '1. ',
        '    ',
        '\t',
        '!',
        '![',
        'https://a.example/',
        ' "t"',
        '\uE000',
        '\uE001',
        '0',
        '\uE0000\uE000',
        '\uE0010\uE001',
        '<mark data-passage="0">',
        '</mark>',
        '<mark data-passage-end="0"></mark>',
        '<b>',
        '</b>',
        '<!-- c -->',
      ),
      fc.string({ maxLength: 3 }),
    )
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((p) => p.join('')),
        fc.array(fc.nat(), { maxLength: 8 }),
        (markdown, cuts) => {
          const spans = spansOf(markdown.length, cuts)
          const plain = renderBody(markdown)
          const marked = renderBody(markdown, spans)
          // Unmarked, no `<mark` at all: so every one in the marked output is ours.
          expect(plain).not.toContain('<mark')
          expect(marked.replace(PASSAGE_TAG, '').replaceAll('</mark>', '')).toBe(plain)
          const $ = load(marked, null, false)
          // Every `<mark` is an element (none sits in an attribute value), with only our attributes, never nested.
          expect($('mark').length).toBe(marked.split('<mark').length - 1)
          $('mark').each((_, mark) => {
            expect(Object.keys(mark.attribs).length).toBe(1)
            expect(Object.keys(mark.attribs)[0]).toMatch(/^data-passage(-end)?$/)
            expect($(mark).find('mark').length).toBe(0)
            expect($(mark).closest('a').length === 0 || mark.attribs['data-passage'] !== undefined).toBe(true)
          })
          // A passage with a mark has exactly one end, after its last mark; one without has none.
          spans.forEach((_, i) => {
            const marks = $(`mark[data-passage="${i}"]`).length
            const ends = $(`mark[data-passage-end="${i}"]`)
            expect(ends.length).toBe(marks > 0 ? 1 : 0)
            if (marks > 0) expect(marked.lastIndexOf(`<mark data-passage="${i}">`)).toBeLessThan(marked.indexOf(`<mark data-passage-end="${i}">`))
          })
        },
      ),
      { numRuns: 3000 },
    )
  })
})

describe('articleBodyKey', () => {
  const event = {
    id: '2023-10-24-al-tanf-attack',
    summary: 'Drone attack on Al-Tanf',
    date: '2023-10-24',
    reports: [{ article: 'seeds/a.md', start: 10, end: 50 }],
  }
  it('changes with everything the body shows of its events, and their order', () => {
    const base = articleBodyKey([event])
    expect(articleBodyKey([structuredClone(event)])).toBe(base)
    const changed = [
      [{ ...event, id: '2023-10-24-al-tanf-drone-attack' }],
      [{ ...event, summary: 'Rocket attack on Al-Tanf' }],
      [{ ...event, date: '2023-10-23' }],
      [{ ...event, reports: [{ article: 'seeds/a.md', start: 11, end: 50 }] }],
      [{ ...event, reports: [{ article: 'seeds/a.md', start: 10, end: 51 }] }],
      [{ ...event, reports: [...event.reports, { article: 'seeds/a.md', start: 60, end: 70 }] }],
      [event, { ...event, id: 'x' }],
      [{ ...event, id: 'x' }, event],
      [],
    ]
    expect(new Set([base, ...changed.map((events) => articleBodyKey(events))]).size).toBe(changed.length + 1)
  })

  it('is made from the events as bodyEventsOf gives them: only this article’s reports, and nothing a body does not show', () => {
    const quoting = eventQuoting(event.id, 10, 50)
    const other = quoting.reports[0]
    const timelineEvent: TimelineEvent = { ...quoting, reports: other === undefined ? [] : [other, { ...other, article: 'seeds/b.md', start: 5, end: 9 }] }
    const shown = bodyEventsOf('test/article.md', [timelineEvent])
    expect(shown).toEqual([{ id: event.id, summary: 'Drone attack', date: '2023-10-24', reports: [{ article: 'test/article.md', start: 10, end: 50 }] }])
    // The body is the same from the events or from what it shows of them.
    const article = articleOf('Drones struck the base on Tuesday, officials said. Nobody was hurt in the attack, they added.', '2023-10-24')
    expect(renderArticleBody(article, shown)).toBe(renderArticleBody(article, [timelineEvent]))
  })
})
