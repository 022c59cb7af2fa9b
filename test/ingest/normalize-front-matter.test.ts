import { describe, expect, it } from 'vitest'
import { isFrontMatterProblem, parseFrontMatter } from '../../src/ingest/parse-front-matter.js'
import { normalizeFrontMatter } from '../../src/ingest/normalize-front-matter.js'

/** Parses front-matter text as the ingest stage does, then normalizes it. */
function normalize(yaml: string) {
  const parsed = parseFrontMatter(`---\n${yaml}\n---\nBody.\n`)
  if (parsed === null || isFrontMatterProblem(parsed)) throw new Error(`front matter not parsed: ${JSON.stringify(parsed)}`)
  return normalizeFrontMatter(parsed.data, { file: 'seeds/x.md', matter: parsed.matter, fieldLines: parsed.fieldLines, firstLine: 2 })
}

const good = 'title: "Drone attack on al-Tanf"\nsource: "Gulf Wire"\nurl: "https://example.org/a"\ndate: 2023-10-24'

describe('normalizeFrontMatter', () => {
  it('turns good input into a typed record with no diagnostics', () => {
    const { meta, diagnostics } = normalize(good + '\nauthor: "A. Writer"\noriginal:\n  source: "Daily Caller News Foundation"\n  url: "https://example.com/o"')
    expect(diagnostics).toEqual([])
    expect(meta).toEqual({
      title: 'Drone attack on al-Tanf',
      source: 'Gulf Wire',
      url: 'https://example.org/a',
      archived: null,
      date: '2023-10-24',
      author: 'A. Writer',
      original: { source: 'Daily Caller News Foundation', url: 'https://example.com/o' },
      dateInferred: false,
      dateNote: null,
    })
  })

  it('reads an unquoted YAML date as the same calendar day in any time zone', () => {
    expect(process.env.TZ).not.toBe('UTC') // the test script pins a zone west of UTC so slips would show
    const { meta } = normalize(good.replace('date: 2023-10-24', 'date: 2023-01-01'))
    expect(meta?.date).toBe('2023-01-01')
  })

  it('accepts a quoted date string', () => {
    expect(normalize(good.replace('date: 2023-10-24', 'date: "2023-10-24"')).meta?.date).toBe('2023-10-24')
  })

  const errors: [string, string, string, RegExp][] = [
    ['missing date', good.replace(/\ndate:.*$/, ''), 'date', /missing.*YYYY-MM-DD|missing/],
    ['empty date', good.replace('date: 2023-10-24', 'date: ""'), 'date', /is empty/],
    ['invalid date', good.replace('date: 2023-10-24', 'date: "24/10/2023"'), 'date', /not in YYYY-MM-DD form/],
    ['impossible date', good.replace('date: 2023-10-24', 'date: "2023-02-30"'), 'date', /not a calendar date/],
    ['impossible month', good.replace('date: 2023-10-24', 'date: "2023-13-40"'), 'date', /not a calendar date/],
    ['number as date', good.replace('date: 2023-10-24', 'date: 20231024'), 'date', /number/],
    ['non-string title', good.replace('title: "Drone attack on al-Tanf"', 'title: 42'), 'title', /must be text.*quotes/],
    ['list as title', good.replace('title: "Drone attack on al-Tanf"', 'title: [a, b]'), 'title', /a list/],
    ['empty title', good.replace('title: "Drone attack on al-Tanf"', 'title: ""'), 'title', /empty/],
    ['missing source', good.replace(/source:.*\n/, ''), 'source', /missing/],
    ['javascript: url', good.replace('"https://example.org/a"', '"javascript:alert(1)"'), 'url', /not an http\(s\) address/],
    ['bad original', good + '\noriginal: "Breitbart"', 'original', /nested `source:`/],
    ['dateInferred as text', good + '\ndateInferred: "yes"', 'dateInferred', /true. or .false/],
  ]
  it.each(errors)('refuses %s with an error naming the field, its line and the fix', (_name, yaml, field, message) => {
    const { meta, diagnostics } = normalize(yaml)
    expect(meta).toBeNull()
    const d = diagnostics.find((x) => x.severity === 'error')
    expect(d).toMatchObject({ file: 'seeds/x.md', field })
    expect(d?.message).toMatch(message)
    expect(d?.line).toBeGreaterThanOrEqual(2)
  })

  // `archived` (an archive's copy of the article) is checked as `url` is: the event page links it.
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['no scheme', 'web.archive.org/web/2023/https://example.org/a'],
    ['a space', 'https://web.archive.org/web/2023/https://example.org/a b'],
    ['a quote mark', 'https://archive.ph/"abc'],
  ])('refuses an `archived` with %s, naming the file, its line and field, and the fix', (_name, value) => {
    const { meta, diagnostics } = normalize(`${good}
archived: ${JSON.stringify(value)}`)
    expect(meta).toBeNull()
    expect(diagnostics).toEqual([
      {
        file: 'seeds/x.md',
        line: 6,
        field: 'archived',
        code: 'archived-invalid',
        severity: 'error',
        message: expect.stringMatching(
          /^The `archived` ".*" is not an http\(s\) address Salvo can link to\. Give .*starting with https:\/\/.*percent-encoded.*or remove the line\.$/,
        ),
      },
    ])
  })

  it('keeps an http(s) `archived` as it is, and none when the field is absent', () => {
    const archive = 'https://web.archive.org/web/20231024000000/https://example.org/a'
    expect(
      normalize(`${good}
archived: "${archive}"`),
    ).toMatchObject({ meta: { archived: archive, url: 'https://example.org/a' }, diagnostics: [] })
    expect(normalize(good).meta?.archived).toBeNull()
  })

  it('names the line of the offending field', () => {
    const { diagnostics } = normalize(good.replace('title: "Drone attack on al-Tanf"', 'title: 42'))
    expect(diagnostics[0]?.line).toBe(2)
    const late = normalize(good.replace('date: 2023-10-24', 'date: "2023-02-30"'))
    expect(late.diagnostics[0]?.line).toBe(5)
  })

  it('warns about an unknown field such as a misspelt `dat:` and suggests the right name', () => {
    const { meta, diagnostics } = normalize(good.replace('date: 2023-10-24', 'dat: 2023-10-24'))
    expect(meta).toBeNull() // the date is now missing
    const unknown = diagnostics.find((d) => d.field === 'dat')
    expect(unknown).toMatchObject({ severity: 'warning', line: 5 })
    expect(unknown?.message).toMatch(/Did you mean `date`/)
  })

  it('keeps an article with an unknown but harmless field, with a warning', () => {
    const { meta, diagnostics } = normalize(good + '\ncategory: "news"')
    expect(meta).not.toBeNull()
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ field: 'category', severity: 'warning' })
  })

  it('asks for a dateNote when the date is marked inferred', () => {
    const { meta, diagnostics } = normalize(good + '\ndateInferred: true')
    expect(meta?.dateInferred).toBe(true)
    expect(diagnostics[0]).toMatchObject({ field: 'dateInferred', severity: 'warning' })
  })

  it('refuses front matter that is not a mapping', () => {
    const { meta, diagnostics } = normalizeFrontMatter(['a', 'b'], { file: 'seeds/x.md', matter: '', firstLine: 2 })
    expect(meta).toBeNull()
    expect(diagnostics[0]?.message).toMatch(/field: value/)
  })
})

describe('normalizeFrontMatter: an impossible unquoted day', () => {
  it('refuses 2023-02-30 written without quotes, which YAML would turn into March 2', () => {
    const { meta, diagnostics } = normalize(good.replace('date: 2023-10-24', 'date: 2023-02-30'))
    expect(meta).toBeNull()
    expect(diagnostics[0]?.message).toMatch(/"2023-02-30" is not a calendar date/)
  })
})
