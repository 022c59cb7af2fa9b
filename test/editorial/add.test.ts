import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importArticle, type ImportFlags } from '../../src/editorial/import-article.js'
import { seedFileName, titleSlug } from '../../src/editorial/import-file-name.js'
import { formatFrontMatter } from '../../src/editorial/import-front-matter.js'
import { findFullDates, inferPublicationDay } from '../../src/editorial/import-infer-date.js'
import { readArticle } from '../../src/ingest/read-articles.js'
import { runProcess, runScript, type ScriptRun } from '../helpers/run-script.js'

const FIXTURES = 'test/fixtures/add'
const temporaryDirs: string[] = []

afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A fresh, empty seeds folder. */
async function seedsDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'salvo-add-'))
  temporaryDirs.push(dir)
  return dir
}

/** `npm run add` without npm's start-up cost: the same script, run by tsx. */
const add = (args: string[], input?: string): Promise<ScriptRun> => runScript('add', args, input)
/** Exactly as an editor types it. */
const npmAdd = (args: string[], input?: string): Promise<ScriptRun> => runProcess('npm', ['run', '--silent', 'add', '--', ...args], input)

const files = async (dir: string): Promise<string[]> => (await readdir(dir)).sort()
/** What a stack trace looks like: a user's mistake must never print one. */
const STACK = /^\s+at .+:\d+:\d+\)?$/m

const TEXT_FIXTURE = `${FIXTURES}/al-tanf-drone.txt`

describe('npm run add: importing', () => {
  it('imports scraped text: the first line is the title, the body is written unedited after complete front matter, and the events are printed', async () => {
    const dir = await seedsDir()
    const result = await add([
      TEXT_FIXTURE,
      '--source',
      'Desert Wire',
      '--url',
      'https://desertwire.example/2023/11/01/drone-al-tanf/',
      '--date',
      '2023-11-01',
      '--author',
      'Sam Reporter',
      '--seeds',
      dir,
    ])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const name = '2023-11-01-drone-strikes-al-tanf-garrison-minor-injuries-pentagon-says.md'
    expect(await files(dir)).toEqual([name])

    const given = await readFile(TEXT_FIXTURE, 'utf8')
    const body = given.slice(given.indexOf('\n\n') + 2)
    expect(await readFile(path.join(dir, name), 'utf8')).toBe(
      [
        '---',
        'title: "Drone strikes al-Tanf garrison: \\"minor injuries,\\" Pentagon says"',
        'source: "Desert Wire"',
        'url: "https://desertwire.example/2023/11/01/drone-al-tanf/"',
        'date: 2023-11-01',
        'author: "Sam Reporter"',
        '---',
        '',
      ].join('\n') + body,
    )

    const { article, diagnostics } = await readArticle(path.join(dir, name))
    expect(diagnostics).toEqual([])
    expect(article?.title).toBe('Drone strikes al-Tanf garrison: "minor injuries," Pentagon says')
    expect(article?.body).toBe(body)

    // The drone attack "on Monday" in an article published on Wednesday, Nov. 1 is Monday, Oct. 30.
    expect(result.stdout).toContain('Extraction found 1 event:')
    expect(result.stdout).toContain('1. Drone attack on Al-Tanf Garrison')
    expect(result.stdout).toContain('date: 2023-10-30 (day) · type: attack · place: Al-Tanf Garrison, Syria (site)')
    expect(result.stdout).toContain('weapons: drone · status: confirmed')
    expect(result.stdout).toContain('"A one-way attack drone struck al-Tanf garrison in southern Syria on Monday,')
    expect(result.stdout).toContain('Diagnostics: no errors or warnings.')
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(`Run npm start to see it, or add a correction in ${path.join(dir, 'corrections.yaml')}.`)
  })

  it('imports Markdown with front matter: flags override and complete its fields, and its comment lines are kept', async () => {
    const dir = await seedsDir()
    const result = await add([
      `${FIXTURES}/al-tanf-drone.md`,
      '--source',
      'Desert Wire Service',
      '--url',
      'https://desertwire.example/a',
      '--original-source',
      'Wire: Two',
      '--seeds',
      dir,
    ])
    expect(result.code).toBe(0)
    const name = '2023-11-01-drone-strikes-al-tanf-minor-injuries-says-centcom.md'
    expect(await files(dir)).toEqual([name])
    const written = await readFile(path.join(dir, name), 'utf8')
    expect(written).toBe(
      [
        '---',
        "# Provenance: a synthetic article written for the add command's tests.",
        'title: "Drone strikes al-Tanf: \\"minor injuries,\\" says CENTCOM"',
        'source: "Desert Wire Service"',
        'url: "https://desertwire.example/a"',
        'date: 2023-11-01',
        'author: "Sam Reporter"',
        'original:',
        '  source: "Wire: Two"',
        '---',
        'A one-way attack drone struck al-Tanf garrison in southern Syria on Monday, U.S. Central Command said, causing minor injuries to two American service members.',
        '',
        'The Islamic Resistance in Iraq claimed responsibility for the attack in a statement on Telegram.',
        '',
      ].join('\n'),
    )
    const { article } = await readArticle(path.join(dir, name))
    expect(article?.original).toEqual({ source: 'Wire: Two', url: null })
    expect(result.stdout).toContain('date: 2023-10-30 (day) · type: attack · place: Al-Tanf Garrison, Syria (site)')
  })

  it('imports Markdown without front matter: a `# heading` first line is the title', async () => {
    const dir = await seedsDir()
    const result = await add([`${FIXTURES}/heading-no-front-matter.md`, '--source', 'Desert Wire', '--date', '2023-11-01', '--seeds', dir])
    expect(result.code).toBe(0)
    expect(await files(dir)).toEqual(['2023-11-01-drone-strikes-al-tanf-garrison-in-syria.md'])
    const { article } = await readArticle(path.join(dir, '2023-11-01-drone-strikes-al-tanf-garrison-in-syria.md'))
    expect(article?.title).toBe('Drone strikes al-Tanf garrison in Syria')
    expect(article?.body.startsWith('A one-way attack drone struck')).toBe(true)
    expect(article?.body).toContain('*The Islamic Resistance in Iraq* claimed')
    // No --url: the command says so on stderr, and still adds the article.
    expect(result.stderr).toMatch(/^Warning: No URL was given.*Add --url https:\/\//m)
  })

  it('reads standard input with `-` (npm run --silent add -- - …), and a title full of YAML syntax survives the round trip', async () => {
    const dir = await seedsDir()
    const title = `Kirby: "Iran is 'actively facilitating'" attacks — #1: [update] & more`
    const input = `${title}\n\nRockets hit Ain al-Asad air base in western Iraq on Tuesday, a U.S. official said.\n`
    const result = await npmAdd(['-', '--source', 'Wire: "Quotes"', '--url', 'https://wire.example/x', '--date', '2023-11-01', '--seeds', dir], input)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const [name] = await files(dir)
    expect(name).toBe('2023-11-01-kirby-iran-is-actively-facilitating-attacks-1-update-and.md')
    const { article, diagnostics } = await readArticle(path.join(dir, name ?? ''))
    expect(diagnostics).toEqual([])
    expect(article?.title).toBe(title)
    expect(article?.source).toBe('Wire: "Quotes"')
    expect(article?.body).toBe('Rockets hit Ain al-Asad air base in western Iraq on Tuesday, a U.S. official said.\n')
    expect(result.stdout).toContain('date: 2023-10-31 (day) · type: attack · place: Ain al-Asad Air Base, Iraq (site)')
    expect(result.stdout).toContain('weapons: rocket')
  })

  it('replaces an existing file only with --force', async () => {
    const dir = await seedsDir()
    const args = [TEXT_FIXTURE, '--url', 'https://desertwire.example/x', '--date', '2023-11-01', '--seeds', dir]
    expect((await add([...args, '--source', 'First Outlet'])).code).toBe(0)
    const [name] = await files(dir)
    const file = path.join(dir, name ?? '')
    const first = await readFile(file, 'utf8')

    const refused = await add([...args, '--source', 'Second Outlet'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`${file} already exists. If this is a new version of that article, add --force to replace it`)
    expect(refused.stderr).not.toMatch(STACK)
    expect(await readFile(file, 'utf8')).toBe(first)

    const forced = await add([...args, '--source', 'Second Outlet', '--force'])
    expect(forced.code).toBe(0)
    expect(await files(dir)).toEqual([name])
    expect(await readFile(file, 'utf8')).toBe(first.replace('source: "First Outlet"', 'source: "Second Outlet"'))
    // Replacing a file is not a duplicate of itself.
    expect(forced.stderr).not.toMatch(/same URL|same text/)
  })
})

describe('npm run add: refusals', () => {
  const refusals: [string, string[], RegExp][] = [
    ['no date', ['--source', 'Desert Wire'], /The publication date is missing, and Salvo does not guess it.*Add --date YYYY-MM-DD/],
    ['a date that is not a day', ['--source', 'Desert Wire', '--date', '2023-02-30'], /The date "2023-02-30" is not a calendar date\..*--date YYYY-MM-DD/],
    [
      'a date after today',
      ['--source', 'Desert Wire', '--date', '2024-06-02'],
      /The publication date 2024-06-02 is after today \(2024-06-01\).*Check the year and the month given with --date/,
    ],
    ['no source', ['--date', '2023-11-01'], /The outlet is missing.*Add --source "Outlet name"/],
    [
      'a URL that is not http(s)',
      ['--source', 'Desert Wire', '--date', '2023-11-01', '--url', 'javascript:alert(1)'],
      /The URL "javascript:alert\(1\)" is not an http\(s\) address\. Give the article's web address with --url https:/,
    ],
    [
      '--infer-date with nothing to infer from',
      ['--source', 'Desert Wire', '--infer-date', '--url', 'https://x.example/news/militias-warn'],
      /--infer-date found nothing to read the publication day from.*Add --date YYYY-MM-DD/,
    ],
    ['an unknown option', ['--source', 'Desert Wire', '--date', '2023-11-01', '--sauce', 'x'], /Unknown option '--sauce'\. The options are --source/],
  ]
  it.each(refusals)('refuses %s: a sentence naming the fix, exit code 1, nothing written, no stack trace', async (_name, args, message) => {
    const dir = await seedsDir()
    const result = await add([`${FIXTURES}/no-date-clues.txt`, ...args, '--seeds', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toContain('Nothing was written.')
    expect(result.stderr).not.toMatch(STACK)
    expect(result.stdout).toBe('')
    expect(await files(dir)).toEqual([])
  })

  it('refuses a first line too long to be a headline, pointing to --title', async () => {
    const dir = await seedsDir()
    const input = `${'Secretary of State Antony Blinken pledged to respond rapidly to strikes from Iran-backed militias. '.repeat(4)}\nMore text.\n`
    const result = await add(['-', '--source', 'Desert Wire', '--date', '2023-10-24', '--seeds', dir], input)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/The first line of the standard input is \d+ characters long, too long for a headline.*Add --title "…"/)
    expect(await files(dir)).toEqual([])
  })

  it('refuses an empty input and a title with no text under it', async () => {
    const dir = await seedsDir()
    const empty = await add(['-', '--source', 'Desert Wire', '--date', '2023-10-24', '--seeds', dir], ' \n\n')
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('Salvo add: The standard input is empty.')
    const titleOnly = await add(['-', '--source', 'Desert Wire', '--date', '2023-10-24', '--seeds', dir], 'A headline\n')
    expect(titleOnly.code).toBe(1)
    expect(titleOnly.stderr).toContain('The standard input has no article text after its title line.')
    expect(await files(dir)).toEqual([])
  })

  it('names every problem at once', async () => {
    const dir = await seedsDir()
    const result = await add([`${FIXTURES}/no-date-clues.txt`, '--seeds', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/--source/)
    expect(result.stderr).toMatch(/--date/)
  })

  it('refuses a missing input file and a missing seeds folder', async () => {
    const dir = await seedsDir()
    const missing = await add(['no-such-article.txt', '--source', 'X', '--date', '2023-11-01', '--seeds', dir])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('There is no file no-such-article.txt. Check the path')
    const noSeeds = await add([TEXT_FIXTURE, '--source', 'X', '--date', '2023-11-01', '--seeds', path.join(dir, 'typo')])
    expect(noSeeds.code).toBe(1)
    expect(noSeeds.stderr).toContain(`There is no seeds folder ${path.join(dir, 'typo')}.`)
    expect(noSeeds.stderr).not.toMatch(STACK)
  })
})

describe('npm run add --infer-date', () => {
  it('reads the day from a dateline and records dateInferred with a note saying how', async () => {
    const dir = await seedsDir()
    const result = await add([`${FIXTURES}/dateline.txt`, '--source', 'Desert Wire', '--infer-date', '--seeds', dir])
    expect(result.code).toBe(0)
    expect(await files(dir)).toEqual(['2023-11-02-rockets-fired-at-ain-al-asad-air-base.md'])
    const written = await readFile(path.join(dir, '2023-11-02-rockets-fired-at-ain-al-asad-air-base.md'), 'utf8')
    expect(written).toContain('date: 2023-11-02\ndateInferred: true\ndateNote: "Read from the dateline \\"BAGHDAD, Nov. 2, 2023 —\\"."\n---\n')
    expect(result.stderr).toContain('The publication day was inferred as 2023-11-02. Read from the dateline')
    expect(result.stdout).toContain('published 2023-11-02, inferred')
  })

  it('prefers the URL path, and warns when the text contradicts it', async () => {
    const dir = await seedsDir()
    const result = await add([
      `${FIXTURES}/dateline.txt`,
      '--source',
      'Desert Wire',
      '--infer-date',
      '--url',
      'https://desertwire.example/2023/11/03/rockets/',
      '--seeds',
      dir,
    ])
    expect(result.code).toBe(0)
    const written = await readFile(path.join(dir, '2023-11-03-rockets-fired-at-ain-al-asad-air-base.md'), 'utf8')
    expect(written).toContain('dateNote: "Taken from the URL path (/2023/11/03/)."')
    expect(result.stderr).toContain('Another clue points to 2023-11-02, so check the day: Read from the dateline')
  })
})

describe('npm run add: duplicates', () => {
  it('warns, naming the file, when the URL or the text (ignoring spacing) is already in the seeds folder, and not otherwise', async () => {
    const dir = await seedsDir()
    const url = 'https://desertwire.example/2023/11/01/drone-al-tanf/'
    expect((await add([TEXT_FIXTURE, '--source', 'Desert Wire', '--url', url, '--date', '2023-11-01', '--seeds', dir])).code).toBe(0)
    const [existing] = await files(dir)
    const existingPath = path.join(dir, existing ?? '')

    // The same page by another spelling of its URL, with a new title and text.
    const sameUrl = await add([
      `${FIXTURES}/no-date-clues.txt`,
      '--source',
      'Desert Wire',
      '--url',
      'http://www.desertwire.example/2023/11/01/drone-al-tanf',
      '--date',
      '2023-11-01',
      '--seeds',
      dir,
    ])
    expect(sameUrl.code).toBe(0)
    expect(sameUrl.stderr).toContain(`Warning: ${existingPath} has the same URL.`)
    expect(sameUrl.stderr).not.toContain('same text')

    // The same text re-wrapped, under another title and URL.
    const given = await readFile(TEXT_FIXTURE, 'utf8')
    const rewrapped = `A republished copy\n\n${given.slice(given.indexOf('\n\n') + 2).replace(/ in southern Syria /, '\u00a0in southern\nSyria  ')}`
    const copy = path.join(await seedsDir(), 'copy.txt')
    await writeFile(copy, rewrapped)
    const sameText = await add([copy, '--source', 'Other Outlet', '--url', 'https://other.example/copy', '--date', '2023-11-02', '--seeds', dir])
    expect(sameText.code).toBe(0)
    expect(sameText.stderr).toContain(`Warning: ${existingPath} has the same text (ignoring spacing).`)
    expect(sameText.stderr).not.toContain('same URL')

    // A different article: no warning at all.
    const other = await add([
      `${FIXTURES}/dateline.txt`,
      '--source',
      'Desert Wire',
      '--url',
      'https://desertwire.example/2023/11/02/rockets/',
      '--date',
      '2023-11-02',
      '--seeds',
      dir,
    ])
    expect(other.code).toBe(0)
    expect(other.stderr).toBe('')
  })

  it('refuses a name that gives the same page address as another file (a .txt of the same name)', async () => {
    const dir = await seedsDir()
    await copyFile(`${FIXTURES}/no-date-clues.txt`, path.join(dir, '2023-11-01-militias-warn-of-more-attacks.txt'))
    const result = await add([`${FIXTURES}/no-date-clues.txt`, '--source', 'X', '--url', 'https://x.example/a', '--date', '2023-11-01', '--seeds', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('2023-11-01-militias-warn-of-more-attacks.txt would get the same page address')
    expect(await files(dir)).toEqual(['2023-11-01-militias-warn-of-more-attacks.txt'])
  })
})

describe('inferPublicationDay', () => {
  const found: [string, string, string | null, string, RegExp][] = [
    ['the URL path', 'Rockets hit the base.\n', 'https://x.example/2023/10/24/rockets/', '2023-10-24', /^Taken from the URL path \(\/2023\/10\/24\/\)\.$/],
    [
      'a publication line',
      'Published: November 1, 2023\n\nRockets hit the base on Monday.\n',
      null,
      '2023-11-01',
      /^Read from the publication line "Published: November 1, 2023"\.$/,
    ],
    [
      'a city dateline',
      'WASHINGTON, Nov. 1, 2023 — Rockets hit the base on Monday.\n',
      null,
      '2023-11-01',
      /^Read from the dateline "WASHINGTON, Nov\. 1, 2023 —"\.$/,
    ],
    ['an agency dateline', 'Nov. 1, 2023 (AP) — Rockets hit the base.\n', null, '2023-11-01', /dateline "Nov\. 1, 2023 \(AP\) —"/],
    [
      'a line that is only a date, with its weekday and time',
      'Wednesday, November 1, 2023 | 3:15 PM EST\n\nRockets hit.\n',
      null,
      '2023-11-01',
      /date line at the top of the text/,
    ],
    ['a British date line', '1 November 2023\n\nRockets hit.\n', null, '2023-11-01', /date line/],
    [
      'the latest full date, as a lower bound',
      'Rockets hit on Oct. 17, 2023. More came on Oct. 29, 2023, officials said.\n',
      null,
      '2023-10-29',
      /latest full date in the text is "Oct\. 29, 2023"; the article was published on that day or later/,
    ],
    [
      'the latest full date, not a 2020 photo caption',
      'A picture taken on January 13, 2020 during a press tour\n\nRockets hit on Oct. 29, 2023, officials said.\n',
      null,
      '2023-10-29',
      /"Oct\. 29, 2023"/,
    ],
    [
      'the latest full date within the URL month',
      'Rockets hit on Oct. 29, 2023. A vote is set for Nov. 30, 2023.\n',
      'https://x.example/2023/10/rockets.php',
      '2023-10-29',
      /within the URL's month \(\/2023\/10\/\)/,
    ],
  ]
  it.each(found)('reads the day from %s', (_name, text, url, day, note) => {
    const inferred = inferPublicationDay(text, url)
    expect(inferred?.day).toBe(day)
    expect(inferred?.note).toMatch(note)
  })

  const nothing: [string, string, string | null][] = [
    ['weekdays only', 'Rockets hit the base on Monday and again on Tuesday.\n', null],
    ['a month and day without a year', 'Rockets hit the base on Oct. 27.\n', null],
    ['a weekday that contradicts the date', 'Tuesday, November 1, 2023\n\nRockets hit.\n', null],
    ['a day that is not in the calendar', 'Feb. 30, 2023\n\nRockets hit.\n', null],
    ['only a photo caption', 'A picture taken on January 13, 2020 during a press tour\n\nRockets hit on Monday.\n', null],
    ['a URL with only a month, and no full date in it', 'Rockets hit on Oct. 27.\n', 'https://x.example/2023/10/rockets.php'],
    ['a full date outside the URL month', 'Rockets hit on Sept. 3, 2023.\n', 'https://x.example/2023/10/rockets.php'],
  ]
  it.each(nothing)('infers nothing from %s', (_name, text, url) => {
    expect(inferPublicationDay(text, url)).toBeNull()
  })

  it('says when another clue contradicts the chosen day, but not when the text only reports earlier days', () => {
    expect(inferPublicationDay('WASHINGTON, Oct. 25, 2023 — Rockets hit.\n', 'https://x.example/2023/10/24/a')?.disagreements[0]).toMatch(
      /^Another clue points to 2023-10-25, so check the day: Read from the dateline/,
    )
    expect(inferPublicationDay('Rockets hit on Oct. 22, 2023.\n', 'https://x.example/2023/10/24/a')?.disagreements).toEqual([])
  })

  it('finds full dates in US, British and ISO forms with their offsets', () => {
    expect(findFullDates('On Sept. 3rd, 2023, and 4 October 2023, and 2023-10-05.').map((d) => [d.day, d.text, d.start])).toEqual([
      ['2023-09-03', 'Sept. 3rd, 2023', 3],
      ['2023-10-04', '4 October 2023', 24],
      ['2023-10-05', '2023-10-05', 44],
    ])
  })
})

describe('front matter and file names', () => {
  const flags: ImportFlags = {
    title: null,
    source: 'Wire',
    url: null,
    date: '2023-11-01',
    author: null,
    originalSource: null,
    originalUrl: null,
    inferDate: false,
  }

  it.each([
    `Kirby: "Iran is 'actively facilitating'"`,
    '- starts like a list item: #not a comment',
    'Back\\slash, {braces} & [brackets] % @ `tick`',
    'yes',
    '2023-11-01',
  ])('writes a title that the real ingest reads back unchanged: %s', async (title) => {
    const imported = importArticle(`${title}\n\nRockets hit the base on Monday.\n`, flags, 'the test input')
    expect(imported.problems).toBeUndefined()
    const dir = await seedsDir()
    const file = path.join(dir, imported.article?.fileName ?? 'x.md')
    await writeFile(file, imported.article?.content ?? '')
    const { article, diagnostics } = await readArticle(file)
    expect(diagnostics.filter((d) => d.field !== 'url')).toEqual([])
    expect(article?.title).toBe(title)
  })

  it('orders the fields as the README does, with the date unquoted and absent fields left out', () => {
    const text = formatFrontMatter({
      title: 'T',
      source: 'S',
      url: 'https://x.example/',
      archived: 'https://web.archive.org/web/2023/https://x.example/',
      date: '2023-10-24',
      author: 'A',
      original: { source: 'O', url: 'https://o.example/' },
      dateInferred: true,
      dateNote: 'N',
    })
    expect(text).toBe(
      '---\ntitle: "T"\nsource: "S"\nurl: "https://x.example/"\narchived: "https://web.archive.org/web/2023/https://x.example/"\ndate: 2023-10-24\nauthor: "A"\noriginal:\n  source: "O"\n  url: "https://o.example/"\ndateInferred: true\ndateNote: "N"\n---\n',
    )
    expect(
      formatFrontMatter({
        title: 'T',
        source: 'S',
        url: null,
        archived: null,
        date: '2023-10-24',
        author: null,
        original: null,
        dateInferred: false,
        dateNote: null,
      }),
    ).toBe('---\ntitle: "T"\nsource: "S"\ndate: 2023-10-24\n---\n')
  })

  it('slugs the title and cuts it at a word boundary', () => {
    expect(seedFileName('2023-10-24', 'White House: Iran Aiding Attacks on U.S. Bases')).toBe('2023-10-24-white-house-iran-aiding-attacks-on-us-bases.md')
    const long = titleSlug('Intelligence shows Iranian-backed militias are ready to ramp up their attacks against U.S. forces in the Middle East')
    expect(long).toBe('intelligence-shows-iranian-backed-militias-are-ready-to-ramp')
    expect(long.length).toBeLessThanOrEqual(60)
    expect(titleSlug('U.N. envoy meets U.S. officials in Baghdad')).toBe('un-envoy-meets-us-officials-in-baghdad')
    expect(titleSlug('«»')).toBe('article')
  })

  it('keeps the front matter date, and lets --date replace it together with the note that explained it', () => {
    const input = '---\ntitle: "T"\nsource: "S"\ndate: 2023-10-24\ndateInferred: true\ndateNote: "From the URL."\n---\nRockets hit.\n'
    expect(importArticle(input, { ...flags, date: null, source: null }, 'x').article?.meta).toMatchObject({
      date: '2023-10-24',
      dateInferred: true,
      dateNote: 'From the URL.',
    })
    const replaced = importArticle(input, { ...flags, date: '2023-10-25', source: null }, 'x')
    expect(replaced.article?.meta).toMatchObject({ date: '2023-10-25', dateInferred: false, dateNote: null })
    expect(replaced.warnings.join('\n')).toMatch(/--date 2023-10-25 replaces the front matter's date 2023-10-24/)
  })

  it('uses --title for a page scraped without a title line, keeping the whole text as body', () => {
    const imported = importArticle(
      'Secretary of State Antony Blinken pledged to respond.\nMore text.\n',
      { ...flags, title: 'Blinken Threatens Response' },
      'x',
    )
    expect(imported.article?.meta.title).toBe('Blinken Threatens Response')
    expect(imported.article?.body).toBe('Secretary of State Antony Blinken pledged to respond.\nMore text.\n')
  })
})
