import { parseArgs } from 'node:util'
import type { ImportFlags } from './import-article.js'

/** What `npm run add` was asked to do. */
export interface AddOptions {
  /** A `.txt`, `.md`, `.html` or feed file, a folder of `.html` pages, an http(s) address, or `-` for standard input. */
  input: string
  flags: ImportFlags
  /** Replace an existing seed file of the same name. */
  force: boolean
  /** The folder the article goes into; `seeds` unless `--seeds` says otherwise. */
  seedsDir: string
  /** Keep the page as the outlet published it beside the article, as `<name>.html`. */
  keepHtml: boolean
  /** For a feed: list the items that hold only a summary instead of fetching their pages. */
  fetch: boolean
  /** How long a fetch may take, in milliseconds; `null` for the default. */
  timeoutMs: number | null
}

export const ADD_USAGE = `Usage: npm run add -- <page.html | folder/ | https://… | feed.xml> [options]
       npm run add -- <file.txt | file.md | -> --source "Outlet" --date YYYY-MM-DD [options]

Imports an article into seeds/ as <date>-<slug>.md with complete front matter,
then prints the events extraction finds in it.

A web page (saved .html/.htm, a folder of them, or an http(s) address): the text is the
page's main content; title, outlet, day, author, URL and original outlet are read from the
page, each recorded with where it was read (metadataFrom). A feed (RSS, Atom or JSON Feed,
a file or an address): each item not already in seeds/ is imported.
Scraped text: the title on the first line, the text below ("-" reads standard input).
Markdown: with or without front matter. Flags override or complete what was read.

  --source "Outlet"          the outlet that published this copy (required)
  --url https://…            the article's address (recommended)
  --date YYYY-MM-DD          the publication day (required, unless --infer-date)
  --infer-date               read the day from the URL path (/2023/10/24/), a dateline, or the
                             latest full date in the text; recorded as dateInferred with a dateNote
  --title "…"                the title; the text is then all body (for a page with no title line)
  --author "…"               the byline
  --original-source "…"      for a republication: the outlet that first published it
  --original-url https://…   and its address
  --force                    replace an existing file of the same name, or import a page again
  --keep-html                keep the page as published beside the article, as <name>.html
  --no-fetch                 for a feed: list the items that hold only a summary, not fetch them
  --timeout <seconds>        how long to wait for a page or feed (default: 30)
  --seeds <dir>              the seeds folder (default: seeds)
  --help                     this text`

const TEXT_OPTIONS = ['source', 'url', 'date', 'title', 'author', 'original-source', 'original-url', 'seeds', 'timeout'] as const
const FLAG_OPTIONS = ['infer-date', 'force', 'keep-html', 'no-fetch', 'help'] as const

/** Reads the command line into options, or a sentence saying what is wrong with it. `help` asks for the usage text. */
export function parseAddOptions(argv: string[]): { options: AddOptions } | { problem: string } | { help: true } {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    const code = (error as { code?: string }).code
    const known = [...TEXT_OPTIONS, ...FLAG_OPTIONS].map((o) => `--${o}`).join(', ')
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { problem: `${(error as Error).message.replace(/\. To specify.*$/s, '')}. The options are ${known}.` }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      return { problem: `${(error as Error).message}. Give a value after the option, for example --source "Reuters" or --date 2023-10-24.` }
    throw error
  }
  const { values, positionals } = parsed
  if (values.help) return { help: true }
  if (positionals.length === 0)
    return {
      problem: 'Name the article to add: a saved page (.html), a folder of them, an https:// address, a feed, a .txt or .md file, or - to read standard input.',
    }
  if (positionals.length > 1)
    return {
      problem: `Give one article at a time; the command line names ${positionals.length}: ${positionals.join(', ')}. (Put values with spaces in quotes: --source "Long War Journal".)`,
    }
  const text = (name: (typeof TEXT_OPTIONS)[number]): string | null => values[name] ?? null
  const timeout = text('timeout')
  if (timeout !== null && !(/^\d+(?:\.\d+)?$/.test(timeout) && Number(timeout) > 0 && Number(timeout) <= 600))
    return { problem: `--timeout ${timeout} is not a number of seconds between 0 and 600. Give it as, for example, --timeout 60.` }
  return {
    options: {
      input: positionals[0] ?? '-',
      flags: {
        title: text('title'),
        source: text('source'),
        url: text('url'),
        date: text('date'),
        author: text('author'),
        originalSource: text('original-source'),
        originalUrl: text('original-url'),
        inferDate: values['infer-date'] ?? false,
      },
      force: values.force ?? false,
      seedsDir: text('seeds') ?? 'seeds',
      keepHtml: values['keep-html'] ?? false,
      fetch: !(values['no-fetch'] ?? false),
      timeoutMs: timeout === null ? null : Math.round(Number(timeout) * 1000),
    },
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      source: { type: 'string' },
      url: { type: 'string' },
      date: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
      'original-source': { type: 'string' },
      'original-url': { type: 'string' },
      seeds: { type: 'string' },
      timeout: { type: 'string' },
      'infer-date': { type: 'boolean' },
      'keep-html': { type: 'boolean' },
      'no-fetch': { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  })
}
