// npm run add -- <page.html | folder/ | https://… | feed.xml | file.txt | file.md | -> [--source "Outlet" --date YYYY-MM-DD --url … --force --keep-html --seeds <dir> …]
// Imports articles into seeds/ with complete front matter, proves each through the real
// ingest, and prints what extraction finds in it. A web page's text and metadata are read for
// the editor; plain text and Markdown need --source and --date. Refusals and warnings go to
// stderr as sentences naming the fix; exit code 1 when anything was refused.
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { escapeTerminal, escapeTerminalLines } from '../src/escape-terminal.js'
import { ADD_USAGE, parseAddOptions, type AddOptions } from '../src/editorial/add-options.js'
import { decodeInput, importArticle, type ImportFlags, type ImportResult } from '../src/editorial/import-article.js'
import { urlKey } from '../src/editorial/import-find-duplicates.js'
import { formatPreview, previewArticle } from '../src/editorial/import-preview.js'
import { addToSeeds, errorCode, type AddOutcome } from '../src/import/add-to-seeds.js'
import { decodePage, pageKind } from '../src/import/decode-page.js'
import { fetchPage, MAX_PAGE_BYTES, type FetchedPage } from '../src/import/fetch-page.js'
import { importPage, MIN_ARTICLE_WORDS, type Fallback, type ReadField } from '../src/import/import-page.js'
import { readFeed, type FeedItem } from '../src/import/read-feed.js'
import { readPage, type PageReading } from '../src/import/read-page.js'
import { dayOf } from '../src/import/read-page-metadata.js'
import { listArticleFiles, MAX_ARTICLE_BYTES } from '../src/ingest/read-articles.js'
import { KnowledgeError, loadKnowledge } from '../src/knowledge/load-knowledge.js'
import { buildDay } from './build-day.js'

// Lines quote the article (title, outlet, file name, sentences): escapeTerminal shows its control characters instead of sending them.
const warn = (line: string): void => void process.stderr.write(`Warning: ${escapeTerminal(line)}\n`)
const print = (line = ''): void => void process.stdout.write(`${escapeTerminal(line)}\n`)
/** A user's mistake: reported as sentences on stderr with exit code 1, never with a stack trace. */
class Refusal extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '))
  }
}
function refuse(...problems: string[]): never {
  throw new Refusal(problems)
}
/** A path relative to the working folder when it is inside it, else absolute. */
const shown = (file: string): string => {
  const rel = path.relative(process.cwd(), path.resolve(file))
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(file) : rel.split(path.sep).join('/')
}
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
/** A page's file extension. */
const PAGE_FILE = /\.(?:html?|xhtml)$/i
/** A feed's file extension. */
const FEED_FILE = /\.(?:xml|rss|atom|rdf|json|feed)$/i
const TEXT_FILE = /\.(?:txt|text|md|markdown)$/i

/** Reads a file whole, refusing what is not a regular file or is larger than `limit` bytes. */
async function readInputFile(input: string, limit: number): Promise<Uint8Array> {
  const info = await stat(input).catch(() => null)
  if (info === null) return refuse(`There is no file ${input}. Check the path, or give - to read the article from standard input.`)
  if (!info.isFile()) return refuse(`${input} is not a file. Give one article file, a folder of saved pages, or - to read standard input.`)
  if (info.size > limit) return refuse(`${input} is ${(info.size / 1048576).toFixed(1)} MB, over the ${limit / 1048576} MB limit for one article.`)
  return readFile(input).catch((error: unknown) => refuse(`${input} cannot be read (${errorCode(error) ?? 'an error'}). Check its permissions.`))
}

async function readStandardInput(): Promise<Uint8Array> {
  if (process.stdin.isTTY) process.stderr.write('Reading the article from standard input: paste it, then press Ctrl-D.\n')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk)
    size += chunk.length
    if (size > MAX_ARTICLE_BYTES) break
  }
  return Buffer.concat(chunks)
}

/** Prints an added article: the line that says so, what was read for the editor to check, and what extraction finds. Returns `false` when the knowledge files are broken. */
function printAdded(outcome: Extract<AddOutcome, { status: 'added' }>, read: ReadField[]): boolean {
  const { article } = outcome
  print(`Added ${shown(outcome.file)}: "${article.title}" (${article.source}, published ${article.date}${article.dateInferred ? ', inferred' : ''}).`)
  if (read.length > 0) {
    print('Read for you, not given (check each; the flag after it replaces it):')
    for (const r of read) print(`  ${r.field}: ${r.value.length > 100 ? `${r.value.slice(0, 99)}…` : r.value}, from ${r.from} (${r.flag})`)
  }
  print()
  try {
    const preview = previewArticle(article, outcome.diagnostics, loadKnowledge())
    const diagnostics = preview.diagnostics.map((d) => (d.file === article.path ? { ...d, file: shown(outcome.file) } : d))
    for (const line of formatPreview({ ...preview, diagnostics })) print(line)
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error
    process.stderr.write(
      `Salvo add: the article was added, but nothing could be extracted: a knowledge file is malformed.\n  ${escapeTerminalLines(error.message)}\n`,
    )
    return false
  }
  return true
}

/** One thing to import, prepared: the import's result, what was read, and the page to keep with --keep-html. */
interface Prepared {
  imported: ImportResult
  read: ReadField[]
  html: Uint8Array | null
}

/** Reads a page's bytes (a saved file or a fetched page) into an article. `origin` names it in messages. */
function preparePage(
  bytes: Uint8Array,
  charset: string | null,
  pageUrl: string | null,
  origin: string,
  options: AddOptions,
  today: string,
  fallback?: Fallback,
): Prepared {
  const decoded = decodePage(bytes, charset)
  const prepared = prepareReading(readPage(decoded.text, pageUrl), options.keepHtml ? bytes : null, origin, options, today, fallback)
  if (decoded.warning !== null) prepared.imported.warnings.unshift(decoded.warning)
  return prepared
}

/** A page Salvo has read, as an article; `html` is kept beside it with --keep-html. */
function prepareReading(reading: PageReading, html: Uint8Array | null, origin: string, options: AddOptions, today: string, fallback?: Fallback): Prepared {
  const imported = importPage(reading, options.flags, origin, today, fallback)
  return { imported, read: imported.read, html }
}

/** Adds one prepared article to the seeds folder; the outcome, its warnings printed. */
async function add(prepared: Prepared, options: AddOptions, today: string, duplicates: 'warn' | 'skip'): Promise<AddOutcome> {
  const { imported } = prepared
  if (imported.article === undefined) return { status: 'refused', problems: imported.problems, warnings: imported.warnings }
  const outcome = await addToSeeds(imported.article, { seedsDir: options.seedsDir, force: options.force, today, shown, duplicates }, prepared.html)
  return { ...outcome, warnings: [...imported.warnings, ...outcome.warnings] }
}

/** The outcome of a single import, as the command reports it; returns the exit code. */
function finishOne(outcome: AddOutcome, read: ReadField[], seedsDir: string): number {
  if (outcome.status === 'refused') return refuse(...outcome.problems)
  for (const line of outcome.warnings) warn(line)
  if (outcome.status === 'present') {
    warn(outcome.message)
    return 0
  }
  if (!printAdded(outcome, read)) return 1
  print()
  print(`Run npm start to see it, or add a correction in ${shown(path.join(seedsDir, 'corrections.yaml'))}.`)
  return 0
}

/** Flags that describe one article, refused for a folder or a feed of many. */
function refuseSingleArticleFlags(flags: ImportFlags, what: string): void {
  const given = (
    [
      ['--title', flags.title],
      ['--url', flags.url],
      ['--date', flags.date],
      ['--author', flags.author],
      ['--original-url', flags.originalUrl],
    ] as const
  ).filter(([, value]) => value !== null)
  if (given.length > 0)
    refuse(
      `${given.map(([flag]) => flag).join(', ')} name${given.length === 1 ? 's' : ''} one article, but ${what} holds several. Import the article on its own to give ${given.length === 1 ? 'it' : 'them'}; --source and --original-source apply to all.`,
    )
}

/** The tally of a folder or a feed, and the reasons for what was not imported. */
class Tally {
  imported = 0
  present = 0
  refused: string[] = []
  listed: string[] = []
  brokenKnowledge = false
  record(name: string, outcome: AddOutcome, read: ReadField[]): void {
    for (const line of outcome.warnings) warn(`${name}: ${line}`)
    if (outcome.status === 'added') {
      this.imported++
      if (!printAdded(outcome, read)) this.brokenKnowledge = true
      print()
    } else if (outcome.status === 'present') {
      this.present++
      print(`Already present: ${outcome.message}`)
      print()
    } else {
      this.refused.push(`${name}: ${outcome.problems.join(' ')}`)
    }
  }
  /** Prints the summary line and the refusals; the exit code. */
  finish(what: string): number {
    const parts = [`${this.imported} imported`, `${this.present} already present`, `${this.refused.length} refused`]
    if (this.listed.length > 0) parts.push(`${this.listed.length} listed, not fetched (--no-fetch)`)
    print(`${what}: ${parts.join(', ')}.`)
    for (const line of this.listed) print(`  ${line}`)
    for (const line of this.refused) process.stderr.write(`Salvo add: refused ${escapeTerminal(line)}\n`)
    return this.refused.length > 0 || this.brokenKnowledge ? 1 : 0
  }
}

/** Imports every saved page (`.html`, `.htm`) of a folder, each on its own. */
async function addFolder(folder: string, options: AddOptions, today: string): Promise<number> {
  refuseSingleArticleFlags(options.flags, `the folder ${folder}`)
  const names = (await readdir(folder)).filter((name) => PAGE_FILE.test(name) && !name.startsWith('.')).sort()
  if (names.length === 0) refuse(`The folder ${folder} holds no saved pages (.html or .htm files). Save the pages there from a browser, or name one file.`)
  const tally = new Tally()
  for (const name of names) {
    const file = path.join(folder, name)
    const origin = `the page ${shown(file)}`
    try {
      const bytes = await readInputFile(file, MAX_PAGE_BYTES)
      const prepared = preparePage(bytes, null, null, origin, options, today)
      tally.record(shown(file), await add(prepared, options, today, 'skip'), prepared.read)
    } catch (error) {
      if (!(error instanceof Refusal)) throw error
      tally.refused.push(`${shown(file)}: ${error.problems.join(' ')}`)
    }
  }
  return tally.finish(`Folder ${shown(folder)} (${plural(names.length, 'page')})`)
}

/** The seeds' URLs, to skip a feed item already there without fetching it. */
async function seedUrls(seedsDir: string): Promise<Set<string>> {
  const urls = new Set<string>()
  for (const file of await listArticleFiles(seedsDir, [])) {
    const text = await readFile(file, 'utf8').catch(() => '')
    const url = /^url:\s*["']?([^"'\n]+)["']?\s*$/m.exec(text.slice(0, 4096))?.[1]
    if (url !== undefined) urls.add(urlKey(url))
  }
  return urls
}

/** Imports each item of a feed not already in the seeds folder. `feedUrl` is where it was fetched from, or `null` for a file. */
async function addFeed(text: string, origin: string, options: AddOptions, today: string): Promise<number> {
  refuseSingleArticleFlags(options.flags, origin)
  const feed = readFeed(text)
  if ('problem' in feed) return refuse(`${origin.charAt(0).toUpperCase()}${origin.slice(1)} cannot be imported: ${feed.problem}`)
  if (feed.items.length === 0) refuse(`${origin.charAt(0).toUpperCase()}${origin.slice(1)} holds no items.`)
  const tally = new Tally()
  const known = await seedUrls(options.seedsDir)
  const outlet = feed.title === null ? null : { value: feed.title, from: "the feed's title" }
  for (const item of feed.items) {
    const name = `item ${item.position}${item.title === null ? '' : ` ("${item.title.length > 70 ? `${item.title.slice(0, 69)}…` : item.title}")`}`
    if (item.url !== null && known.has(urlKey(item.url)) && !options.force) {
      tally.present++
      print(`Already present: ${name}: ${item.url} is in the seeds folder.`)
      continue
    }
    const fallback = itemFallback(item, outlet)
    const html = item.content === null ? null : itemPage(item.content)
    const reading = html === null ? null : readPage(html, null)
    let prepared: Prepared
    if (html !== null && reading !== null && reading.words >= MIN_ARTICLE_WORDS) {
      prepared = prepareReading(reading, options.keepHtml ? Buffer.from(html) : null, `${name} of ${origin}`, options, today, fallback)
    } else {
      // The feed holds only a summary (or a teaser): the article is on the item's page.
      if (item.url === null) {
        tally.refused.push(`${name}: it has no link and ${html === null ? 'no text' : 'too little text'} in the feed, so there is no article to import.`)
        continue
      }
      if (!options.fetch) {
        tally.listed.push(`${name}: only a summary in the feed. Import it with npm run add -- ${item.url}`)
        continue
      }
      const fetched = await fetchPage(item.url, { ...(options.timeoutMs !== null && { timeoutMs: options.timeoutMs }) })
      if ('problem' in fetched) {
        tally.refused.push(`${name}: ${fetched.problem}`)
        continue
      }
      prepared = preparePage(fetched.page.bytes, fetched.page.charset, fetched.page.url, `the page of ${name}`, options, today, fallback)
    }
    tally.record(name, await add(prepared, options, today, 'skip'), prepared.read)
  }
  return tally.finish(`Feed ${origin.replace(/^the (?:feed|file) /, '')} (${FORMAT_NAMES[feed.format]}, ${plural(feed.items.length, 'item')})`)
}

const FORMAT_NAMES = { rss: 'RSS', rdf: 'RSS 1.0', atom: 'Atom', json: 'JSON Feed' } as const

/** What a feed item says of itself, for the fields its text does not give. */
function itemFallback(item: FeedItem, outlet: { value: string; from: string } | null): Fallback {
  const day = item.date === null ? null : dayOf(item.date)
  return {
    title: item.title === null ? null : { value: item.title, from: "the feed item's title" },
    source: outlet,
    author: item.author === null ? null : { value: item.author, from: "the feed item's author" },
    url: item.url === null ? null : { value: item.url, from: "the feed item's link" },
    days: day === null || item.date === null ? [] : [{ ...day, from: `the feed item's ${item.dateFrom}`, written: item.date }],
  }
}

/** A feed item's full text as a page of its own, for Readability to read; its metadata comes from the item (`itemFallback`). */
const itemPage = (content: string): string => `<!doctype html><html><head><meta charset="utf-8"></head><body><article>${content}</article></body></html>`

/** Fetches an address and imports what it holds: a page, or a feed. */
async function addAddress(address: string, options: AddOptions, today: string): Promise<number> {
  const fetched: { page: FetchedPage } | { problem: string } = await fetchPage(address, { ...(options.timeoutMs !== null && { timeoutMs: options.timeoutMs }) })
  if ('problem' in fetched) return refuse(fetched.problem)
  const { page } = fetched
  const decoded = decodePage(page.bytes, page.charset)
  const kind = pageKind(decoded.text, page.mediaType)
  if (kind === 'feed') return addFeed(decoded.text, `the feed ${page.url}`, options, today)
  if (kind !== 'html')
    return refuse(
      `${page.url} is not an HTML page or a feed (it is ${page.mediaType === '' ? 'of no stated type' : page.mediaType}). Give the address of the article's page itself.`,
    )
  const prepared = preparePage(page.bytes, page.charset, page.url, `the page ${page.url}`, options, today)
  return finishOne(await add(prepared, options, today, 'skip'), prepared.read, options.seedsDir)
}

/** Adds what the command line names; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseAddOptions(argv)
  if ('help' in parsed) {
    process.stdout.write(`${ADD_USAGE}\n`)
    return 0
  }
  if ('problem' in parsed) refuse(parsed.problem, 'Run npm run add -- --help for the options.')
  const options = parsed.options
  const { input, flags, seedsDir } = options

  const seedsInfo = await stat(seedsDir).catch(() => null)
  if (seedsInfo === null || !seedsInfo.isDirectory())
    refuse(`There is no seeds folder ${shown(seedsDir)}. Run the command from the project folder, or give the folder with --seeds <dir>.`)
  const today = buildDay()

  if (/^[a-z][a-z\d+.-]*:\/\//i.test(input)) return addAddress(input, options, today)
  const info = input === '-' ? null : await stat(input).catch(() => null)
  if (info?.isDirectory()) return addFolder(input, options, today)
  if (input !== '-' && !TEXT_FILE.test(input) && !PAGE_FILE.test(input) && !FEED_FILE.test(input) && path.extname(input) !== '') {
    refuse(
      `${input} is not a file Salvo imports. Give a saved web page (.html, .htm), a feed (.xml, .rss, .atom, .json), a folder of saved pages, an https:// address, or the text as .txt or .md.`,
    )
  }
  if (input !== '-' && (PAGE_FILE.test(input) || FEED_FILE.test(input))) {
    const bytes = await readInputFile(input, MAX_PAGE_BYTES)
    const decoded = decodePage(bytes, null)
    const kind = pageKind(decoded.text)
    if (kind === 'feed') return addFeed(decoded.text, `the feed ${input}`, options, today)
    if (kind !== 'html') refuse(`${input} is neither an HTML page nor an RSS, Atom or JSON feed. Check that it is the file you meant, saved whole.`)
    const prepared = preparePage(bytes, null, null, `the page ${input}`, options, today)
    return finishOne(await add(prepared, options, today, 'skip'), prepared.read, options.seedsDir)
  }

  const origin = input === '-' ? 'the standard input' : `the file ${input}`
  const decoded = decodeInput(input === '-' ? await readStandardInput() : await readInputFile(input, MAX_ARTICLE_BYTES), origin)
  if ('problem' in decoded) refuse(decoded.problem)
  const imported = importArticle(decoded.text, flags, origin, today)
  if (options.keepHtml) warn('--keep-html keeps a web page beside its article; this input is text, so there is nothing to keep.')
  return finishOne(await add({ imported, read: [], html: null }, options, today, 'warn'), [], seedsDir)
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof Refusal)) throw error
  for (const problem of error.problems) process.stderr.write(`Salvo add: ${escapeTerminal(problem)}\n`)
  process.stderr.write('Nothing was written.\n')
  process.exitCode = 1
}
