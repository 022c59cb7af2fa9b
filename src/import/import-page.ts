import { completeImport, type ImportFlags, type ImportResult } from '../editorial/import-article.js'
import { fromDateline, fromLatestFullDate, fromUrlPath, withoutFurniture, type DateEvidence, type InferredDay } from '../editorial/import-infer-date.js'
import type { PageReading } from './read-page.js'
import type { Found, FoundDay } from './read-page-metadata.js'

/** Fewer words of article text than this is a teaser (a paywall, a cookie wall, a page that builds its text with scripts), not an article. */
export const MIN_ARTICLE_WORDS = 80

/** A page that does not call itself an article, and that Readability does not find readable, needs this many paragraphs of prose to be read as one. */
const MIN_PARAGRAPHS = 3

/** A field Salvo read for the editor rather than was given, shown in the preview so that it can be checked. */
export interface ReadField {
  /** The front-matter field: `title`, `source`, `date`… */
  field: string
  value: string
  /** Where it was read, e.g. `og:site_name`. */
  from: string
  /** The flag that overrides it. */
  flag: string
}

/** An imported page: the article or its problems, and what was read from the page. */
export type PageImport = ImportResult & { read: ReadField[] }

/** Metadata from outside the page, used where the page says nothing: a feed item's title, date, link and outlet. */
export interface Fallback {
  title?: Found | null
  source?: Found | null
  author?: Found | null
  url?: Found | null
  days?: FoundDay[]
}

const NO_FLAGS: ImportFlags = { title: null, source: null, url: null, date: null, author: null, originalSource: null, originalUrl: null, inferDate: false }

/** `Found` for a flag's value, or the page's, or the fallback's. `null` from every one of them gives `null`. */
const pick = (flag: string | null, ...found: (Found | null | undefined)[]): { value: string; from: string | null } | null =>
  flag !== null ? { value: flag, from: null } : (found.find((f) => f !== null && f !== undefined) ?? null)

/**
 * Turns a page Salvo has read into a seed article: each field from the editor's flag when
 * given, else from the page (then from `fallback`, a feed item's metadata), recording in
 * `metadataFrom` where each was read, and the day's provenance in `dateNote` (with
 * `dateInferred` when the day was read from the text or the URL rather than the page's
 * metadata). It refuses, with a sentence naming the flag to add, a page with no publication
 * day it can read (it never guesses one), no outlet or no title; a page with too little
 * text to be an article (a paywall teaser); and a page that is not an article. It warns
 * when the page's days disagree, and when the page is not in English.
 */
export function importPage(reading: PageReading, flags: ImportFlags, origin: string, today?: string, fallback: Fallback = {}): PageImport {
  const { metadata, body, words } = reading
  const read: ReadField[] = []
  const warnings = [...metadata.warnings]
  const refuse = (...problems: string[]): PageImport => ({ problems, warnings, read })
  const Origin = origin.charAt(0).toUpperCase() + origin.slice(1)

  if (words < MIN_ARTICLE_WORDS) {
    if (metadata.articleType === null && !reading.readerable && fallback.days === undefined)
      return refuse(
        `${Origin} does not look like a news article: it does not call itself one (no JSON-LD NewsArticle, no og:type article) and holds no run of paragraphs to read. Give the address or the saved page of one article, not a section front, a search or a home page.`,
      )
    return refuse(
      `${Origin} holds ${words === 0 ? 'no' : `only ${words}`} word${words === 1 ? '' : 's'} of article text, fewer than the ${MIN_ARTICLE_WORDS} an article has: it is probably a paywall or cookie-wall teaser, or a page that loads its text with scripts. Open it in a browser (logged in if need be), save it once the whole article shows ("Save Page As…, Web Page, complete"), and import the saved file; or paste the text into a .txt file and import that with --source and --date.`,
    )
  }
  if (metadata.articleType === null && !reading.readerable && reading.paragraphs < MIN_PARAGRAPHS && fallback.days === undefined) {
    return refuse(
      `${Origin} does not look like a news article: it does not call itself one (no JSON-LD NewsArticle, no og:type article) and holds fewer than ${MIN_PARAGRAPHS} paragraphs of prose, as a section front or a list of links does. Give the address or the saved page of one article. If it is one, save its text as a .txt file and import that with --source and --date.`,
    )
  }
  if (metadata.language !== null && !/^en\b/i.test(metadata.language.value)) {
    warnings.push(
      `The page is in another language ("${metadata.language.value}", from ${metadata.language.from}): extraction reads English, so it may find no events in it. The article was imported as it is; check the preview below.`,
    )
  }

  const title = pick(flags.title, metadata.title, fallback.title)
  const source = pick(flags.source, metadata.source, fallback.source)
  const url = pick(flags.url, metadata.url, fallback.url)
  const author = pick(flags.author, metadata.author, reading.byline, fallback.author)
  const problems: string[] = []
  if (title === null) problems.push(`${Origin} has no title Salvo can read (no JSON-LD headline, og:title, <h1> or <title>). Add --title "…".`)
  if (source === null)
    problems.push(
      `${Origin} does not name its outlet (no og:site_name, no JSON-LD publisher). Add --source "Outlet name" for the outlet that published this copy.`,
    )

  const fields: Record<string, unknown> = {}
  const note = (field: string, value: string, from: string | null, flag: string): void => {
    if (from === null) return
    read.push({ field, value, from, flag })
  }
  for (const [field, found, flag] of [
    ['title', title, '--title'],
    ['source', source, '--source'],
    ['url', url, '--url'],
    ['author', author, '--author'],
  ] as const) {
    if (found === null) continue
    fields[field] = found.value
    note(field, found.value, found.from, flag)
  }

  const original =
    flags.originalSource !== null
      ? { source: flags.originalSource, url: flags.originalUrl, from: null }
      : reading.original !== null && reading.original.value.source !== source?.value
        ? { ...reading.original.value, url: flags.originalUrl ?? reading.original.value.url, from: reading.original.from }
        : null
  if (original !== null) {
    fields.original = original.url === null ? { source: original.source } : { source: original.source, url: original.url }
    note('original', original.source, original.from, '--original-source')
  } else if (flags.originalUrl !== null) {
    problems.push('--original-url needs --original-source, the outlet that first published the piece: the page does not name one.')
  }

  const day = publicationDay(reading, flags, typeof fields.url === 'string' ? fields.url : null, fallback.days ?? [])
  if (day === null) {
    problems.push(
      `${Origin} gives no publication day Salvo can read: no JSON-LD datePublished, no article:published_time, no <time datetime>, no /YYYY/MM/DD/ in its address and no dateline with a full date. Salvo does not guess it. Add --date YYYY-MM-DD with the day the article was published${flags.inferDate ? '' : ', or --infer-date to take the latest full date in the text as a lower bound'}.`,
    )
  } else {
    fields.date = day.day
    if (day.note !== null) fields.dateNote = day.note
    if (day.inferred) fields.dateInferred = true
    if (day.from !== null) note('date', day.day, day.from, '--date')
    warnings.push(...day.disagreements)
  }
  if (problems.length > 0) return refuse(...problems)

  const metadataFrom = Object.fromEntries(read.map((r) => [r.field, r.from]))
  const result = completeImport({ fields, comments: [], title: null, body, hasFrontMatter: false, metadataFrom }, NO_FLAGS, origin, today)
  return { ...result, warnings: [...warnings, ...result.warnings], read }
}

/** The chosen publication day: `note` for `dateNote` (`null` when the editor gave it), `from` for the preview. */
interface ChosenDay {
  day: string
  inferred: boolean
  note: string | null
  from: string | null
  disagreements: string[]
}

/**
 * The publication day: `--date`; else the first day the page's metadata states (a feed
 * item's date after it); else, marked as inferred, the URL's `/YYYY/MM/DD/` or a dateline
 * at the top of the text; else, with `--infer-date` only, the latest full date in the text,
 * as a lower bound. `null` when none gives one. Days that contradict the chosen one are
 * listed as warnings.
 */
function publicationDay(reading: PageReading, flags: ImportFlags, url: string | null, feedDays: FoundDay[]): ChosenDay | null {
  const stated = [...reading.metadata.days, ...feedDays]
  const evidence: DateEvidence = { text: reading.body, articleText: withoutFurniture(reading.body, reading.metadata.title?.value ?? ''), url }
  const inferred = [fromUrlPath(evidence), fromDateline(evidence)].filter((r): r is InferredDay => r !== null)
  const check = (chosen: { day: string; instant: number | null }, label: string): string[] => {
    const others = [
      ...stated.filter((d) => d.day !== chosen.day && (d.instant === null || d.instant !== chosen.instant)).map((d) => `${d.day} (${d.from} "${d.written}")`),
      ...inferred.filter((r) => r.day !== chosen.day).map((r) => `${r.day} (${r.note.replace(/\.$/, '').replace(/^\w/, (c) => c.toLowerCase())})`),
    ]
    const unique = [...new Set(others)]
    return unique.length === 0
      ? []
      : [
          `The page's dates disagree: Salvo used ${chosen.day}, ${label}, but it also gives ${unique.join('; ')}. Check the page; if another day is right, add --date YYYY-MM-DD.`,
        ]
  }
  if (flags.date !== null) return { day: flags.date, inferred: false, note: null, from: null, disagreements: [] }
  const [first] = stated
  if (first !== undefined) {
    const inOffset = first.instant !== null && !/Z$|[+-]00:?00$/i.test(first.written) ? ' (the day in its own time zone)' : ''
    const place = first.from.startsWith('the ') ? first.from : `the page's ${first.from}`
    return {
      day: first.day,
      inferred: false,
      note: `Read from ${place}, "${first.written}"${inOffset}.`,
      from: first.from,
      disagreements: check(first, `from ${place}`),
    }
  }
  const [best] = inferred
  const lower = flags.inferDate ? fromLatestFullDate(evidence) : null
  const chosen = best ?? lower
  if (chosen === undefined || chosen === null) return null
  return {
    day: chosen.day,
    inferred: true,
    note: chosen.note,
    from: chosen.note.replace(/^(?:Read|Taken) from /, '').replace(/\.$/, ''),
    disagreements: check(
      { day: chosen.day, instant: null },
      chosen.note.replace(/\.$/, '').replace(/^\w/, (c) => c.toLowerCase()),
    ),
  }
}
