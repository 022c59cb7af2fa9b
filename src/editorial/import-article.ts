import { isSafeHttpUrl, MAX_TITLE_CHARS, normalizeDay, normalizeFrontMatter, type ArticleMeta } from '../ingest/normalize-front-matter.js'
import { isFrontMatterProblem, parseFrontMatter } from '../ingest/parse-front-matter.js'
import { MAX_ARTICLE_BYTES } from '../ingest/read-articles.js'
import { seedFileName } from './import-file-name.js'
import { formatFrontMatter } from './import-front-matter.js'
import { inferPublicationDay } from './import-infer-date.js'

/** What the editor gave on the command line. `null` means the flag was not given. */
export interface ImportFlags {
  title: string | null
  source: string | null
  url: string | null
  /** `YYYY-MM-DD`, as typed; checked here. */
  date: string | null
  author: string | null
  originalSource: string | null
  originalUrl: string | null
  /** Infer the publication day from the URL or the text when no date is given. */
  inferDate: boolean
}

/** An article ready to be written into the seeds folder. */
export interface ImportedArticle {
  /** `<date>-<slug>.md`. */
  fileName: string
  /** The whole file: front matter, then the body. */
  content: string
  meta: ArticleMeta
  /** The body exactly as given (leading blank lines dropped, a final newline ensured). */
  body: string
}

/** Either the article, or the problems that stop it, each a sentence naming the fix. Warnings never stop it. */
export type ImportResult =
  { article: ImportedArticle; problems?: undefined; warnings: string[] } | { article?: undefined; problems: string[]; warnings: string[] }

/** A title longer than this is probably the first paragraph of a scraped page with no title line. */
const LONG_TITLE = 150

/** `the file x.txt` → `The file x.txt`, to open a sentence. */
const opening = (origin: string): string => origin.charAt(0).toUpperCase() + origin.slice(1)

/** Decodes the bytes of an input as UTF-8 text, or says why it cannot be imported. `origin` names it: `the file x.txt`, `the standard input`. */
export function decodeInput(bytes: Uint8Array, origin: string): { text: string } | { problem: string } {
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '')
    return { problem: `${opening(origin)} is empty. Give the article's title on the first line and its text below.` }
  if (bytes.length > MAX_ARTICLE_BYTES)
    return {
      problem: `${opening(origin)} is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article. Check that it is a single article.`,
    }
  if (bytes.includes(0)) return { problem: `${opening(origin)} contains NUL bytes: it is binary, not text. Save the article as UTF-8 text first.` }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { problem: `${opening(origin)} is not valid UTF-8 text. Re-save it with UTF-8 encoding.` }
  }
}

/** The parts of an input: front-matter fields (empty without front matter), its comment lines, a title line, and the body. */
export interface SplitInput {
  fields: Record<string, unknown>
  comments: string[]
  title: string | null
  body: string
  hasFrontMatter: boolean
  /** Where each field was read when Salvo read it for the editor (a web page, a feed): field → place, e.g. `source` → `og:site_name`. Written as `metadataFrom`. */
  metadataFrom?: Record<string, string>
}

/**
 * Splits an input into front matter, title and body. Markdown with front matter
 * takes its fields from it. Otherwise the first non-blank line is the title (a
 * Markdown `# heading` loses its `#`), unless `titleGiven`: then the whole text is body.
 */
function splitInput(raw: string, titleGiven: boolean, origin: string): SplitInput | { problem: string } {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  // `---` alone opens front matter; `---js`, `---yaml` and the like are refused by parseFrontMatter, never evaluated.
  const parsed = /^---[ \t]*(?:[A-Za-z][\w-]*[ \t]*)?\n/.test(text) ? parseFrontMatter(text) : null
  if (parsed !== null) {
    if (isFrontMatterProblem(parsed)) {
      return { problem: `The front matter of ${origin} cannot be used (line ${parsed.line}): ${parsed.message} Or remove it and give the fields as flags.` }
    }
    const data: unknown = parsed.data
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { problem: `The front matter of ${origin} is not a set of \`field: value\` lines. Fix it, or remove it and give the fields as flags.` }
    }
    const comments = parsed.matter.split('\n').flatMap((line) => /^\s*#(.*)$/.exec(line)?.slice(1, 2) ?? [])
    return { fields: data as Record<string, unknown>, comments, title: null, body: parsed.content, hasFrontMatter: true }
  }
  if (titleGiven) return { fields: {}, comments: [], title: null, body: text, hasFrontMatter: false }
  const lines = text.replace(/^(?:[ \t]*\n)+/, '').split('\n')
  const first = lines[0] ?? ''
  const heading = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(first)
  const title = (heading?.[1] ?? first).replace(/\s+/g, ' ').trim()
  return { fields: {}, comments: [], title, body: lines.slice(1).join('\n'), hasFrontMatter: false }
}

const present = (value: unknown): boolean => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')

/**
 * Turns an article as given (scraped text, or Markdown with or without front
 * matter) and the editor's flags into a seed file: complete front matter, then the
 * body as given. Flags override the front matter. It refuses, with a sentence
 * naming the flag to add, when the outlet or the publication day is missing (it
 * infers the day only with `inferDate`, and records how), a URL is not http(s), or
 * the day is after `today` (the day of the run, `YYYY-MM-DD`, given by the command:
 * src/ never reads the clock). Touches no disk: `origin` names the input in messages
 * (`the file x.txt`, `the standard input`).
 */
export function importArticle(raw: string, flags: ImportFlags, origin: string, today?: string): ImportResult {
  const split = splitInput(raw, flags.title !== null, origin)
  if ('problem' in split) return { problems: [split.problem], warnings: [] }
  return completeImport(split, flags, origin, today)
}

/**
 * The checks and the front matter of `importArticle`, for an input already split into
 * fields and body: an imported web page or feed item comes here with the fields read
 * from it (and where each was read, in `metadataFrom`).
 */
export function completeImport(split: SplitInput, flags: ImportFlags, origin: string, today?: string): ImportResult {
  const warnings: string[] = []
  const problems: string[] = []

  const fields: Record<string, unknown> = { ...split.fields }
  if (split.metadataFrom !== undefined) fields.metadataFrom = split.metadataFrom
  if (split.title !== null) fields.title = split.title
  const overrides = { title: flags.title, source: flags.source, url: flags.url, author: flags.author }
  for (const [key, value] of Object.entries(overrides)) if (value !== null) fields[key] = value
  if (flags.originalSource !== null || flags.originalUrl !== null) {
    const given =
      fields.original !== null && typeof fields.original === 'object' && !Array.isArray(fields.original) ? (fields.original as Record<string, unknown>) : {}
    fields.original = {
      ...given,
      ...(flags.originalSource !== null && { source: flags.originalSource }),
      ...(flags.originalUrl !== null && { url: flags.originalUrl }),
    }
  }
  const body = `${split.body.replace(/^(?:[ \t]*\n)+/, '')}${split.body.endsWith('\n') ? '' : '\n'}`
  const where = split.hasFrontMatter ? ' in the front matter' : ''

  if (body.trim() === '')
    problems.push(
      `${opening(origin)} has no article text${split.title !== null ? ' after its title line' : ''}. Check that it holds the whole article, title first, then the text.`,
    )
  if (!present(fields.title)) problems.push(`The article has no title${where}. Add --title "…".`)
  else if (split.title !== null && split.title.length > MAX_TITLE_CHARS) {
    problems.push(
      `The first line of ${origin} is ${split.title.length} characters long, too long for a headline: it is probably the first paragraph of a page scraped without its title. Add --title "…" (the text is then kept whole as the body).`,
    )
  }
  if (!present(fields.source))
    problems.push(
      'The outlet is missing: every article must name who published it. Add --source "Outlet name" for the outlet that published this copy (and --original-source for the first outlet, if it is a republication).',
    )

  if (typeof fields.url === 'string' && fields.url.trim() !== '') {
    if (!isSafeHttpUrl(fields.url.trim()))
      problems.push(`The URL "${fields.url.slice(0, 80)}"${where} is not an http(s) address. Give the article's web address with --url https://….`)
  } else if (!present(fields.url)) {
    warnings.push('No URL was given, so readers cannot check the source. Add --url https://… if the article is online.')
  }
  const original = fields.original as Record<string, unknown> | undefined
  if (original && typeof original === 'object' && typeof original.url === 'string' && !isSafeHttpUrl(original.url.trim())) {
    problems.push(`The original's URL "${original.url.slice(0, 80)}" is not an http(s) address. Give it with --original-url https://….`)
  }
  if (original && typeof original === 'object' && !present(original.source)) {
    problems.push('The original publication needs its outlet. Add --original-source "Outlet name" (with --original-url for its address).')
  }

  if (flags.date !== null) {
    const day = normalizeDay(flags.date)
    if (!('day' in day)) {
      problems.push(`The date ${day.problem}. Give the day the article was published as --date YYYY-MM-DD, for example --date 2023-10-24.`)
    } else {
      const old = present(fields.date) ? normalizeDay(fields.date) : null
      if (old !== null && 'day' in old && old.day !== day.day && (present(fields.dateInferred) || present(fields.dateNote))) {
        warnings.push(
          `--date ${day.day} replaces the front matter's date ${old.day}, so its dateInferred and dateNote, which explained the old date, were left out.`,
        )
        delete fields.dateInferred
        delete fields.dateNote
      }
      fields.date = day.day
    }
    if (flags.inferDate) warnings.push('--infer-date was not used: --date gives the day.')
  } else if (present(fields.date)) {
    const day = normalizeDay(fields.date)
    if (!('day' in day))
      problems.push(`The date${where} ${day.problem}. Give the day the article was published as --date YYYY-MM-DD, for example --date 2023-10-24.`)
    else fields.date = day.day
    if (flags.inferDate) warnings.push('--infer-date was not used: the front matter gives the date.')
  } else if (!flags.inferDate) {
    problems.push(
      'The publication date is missing, and Salvo does not guess it: every relative date in the article ("on Monday") is resolved against it. Add --date YYYY-MM-DD with the day the article was published, or --infer-date to read it from the URL or a dateline, marked as inferred.',
    )
  } else {
    const url = typeof fields.url === 'string' && isSafeHttpUrl(fields.url.trim()) ? fields.url.trim() : null
    const inferred = inferPublicationDay(body, url, typeof fields.title === 'string' ? fields.title : '')
    if (inferred === null) {
      problems.push(
        '--infer-date found nothing to read the publication day from: the URL has no /YYYY/MM/DD/ path, and the text has no dateline and no full date such as "Nov. 1, 2023". Add --date YYYY-MM-DD.',
      )
    } else {
      fields.date = inferred.day
      fields.dateInferred = true
      fields.dateNote = inferred.note
      warnings.push(
        `The publication day was inferred as ${inferred.day}. ${inferred.note} If it is wrong, delete the file and add the article again with --date YYYY-MM-DD.`,
        ...inferred.disagreements,
      )
    }
  }
  if (today !== undefined && typeof fields.date === 'string' && fields.date > today) {
    problems.push(
      `The publication date ${fields.date} is after today (${today}), so it cannot be when the article was published. Check the year and the month${flags.date === null ? '' : ' given with --date'}.`,
    )
  }
  if (problems.length > 0) return { problems, warnings }

  // The ingest boundary itself is the last check: what it refuses is not written.
  const gate = normalizeFrontMatter(fields, { file: origin, matter: '', firstLine: 1, ...(today !== undefined && { today }) })
  for (const d of gate.diagnostics) {
    if (d.code === 'url-missing') continue // said above, in the command's terms
    ;(d.severity === 'error' ? problems : warnings).push(d.message)
  }
  if (gate.meta === null || problems.length > 0) return { problems, warnings }
  const meta = gate.meta
  if (split.title !== null && meta.title.length > LONG_TITLE) {
    warnings.push(
      `The title is ${meta.title.length} characters long: the first line may be the article's first paragraph rather than its title. If so, delete the file and add the article again with --title "…" (the text is then kept whole as the body).`,
    )
  }
  const fileName = seedFileName(meta.date, meta.title)
  return { article: { fileName, content: formatFrontMatter(meta, split.comments, split.metadataFrom) + body, meta, body }, warnings }
}
