import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../model/diagnostic.js'
import type { ClaimantKind, Count, DateSpan, Denial, EventStatus, EventType, Place, Report, UnplacedReport } from '../model/report.js'
import type { Article, Paragraph, Sentence } from '../ingest/article.js'
import type { Original } from '../model/timeline-data.js'
import type { CacheEntry, KeptBody } from './extraction-cache.js'

// Plain checks by hand, not a schema validator: they run on every hit of a warm build (10,000 on a large
// corpus), so they read each field once and allocate nothing. They cover every field the stages after the
// cache read, down to each paragraph, sentence and report, because a value of the wrong type there would
// fail the build, and the cache must never do that. `shape` wants a check for each field of the type, so a
// field added to Article or Report does not compile until it has one here.

type Check = (v: unknown) => boolean
type Fields = Record<string, unknown>

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v)
const isString: Check = (v) => typeof v === 'string'
/** JSON has no NaN, but `1e999` parses to Infinity. */
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v)
const isBoolean: Check = (v) => typeof v === 'boolean'
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v)
const listOf =
  (check: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return false
    for (const item of v) if (!check(item)) return false
    return true
  }
/** One of the words of a union type; the record names each of them, so one added to the type does not compile until it is here. */
const oneOf = <T extends string>(words: Record<T, unknown>): Check => {
  const set = new Set<string>(Object.keys(words))
  return (v) => typeof v === 'string' && set.has(v)
}
/** An object with a value that passes its check for every field of `T` (other fields are ignored). */
function shape<T>(checks: { [K in keyof T]-?: Check }): Check {
  const fields = Object.entries(checks) as [string, Check][]
  return (v) => {
    if (!isObject(v)) return false
    for (const [name, check] of fields) if (!check(v[name])) return false
    return true
  }
}

// An entry written before diagnostics had a code, or with a code since retired, is a miss.
const isDiagnostic = shape<Diagnostic>({
  file: isString,
  line: orNull(isNumber),
  field: isString,
  code: oneOf<DiagnosticCode>(DIAGNOSTIC_CODES),
  severity: oneOf<Diagnostic['severity']>({ error: true, warning: true, info: true }),
  message: isString,
})

const isSentence = shape<Sentence>({ text: isString, start: isNumber, end: isNumber, setAside: orNull(isString) })
const isParagraph = shape<Paragraph>({
  start: isNumber,
  end: isNumber,
  line: isNumber,
  heading: isBoolean,
  sentences: listOf(isSentence),
  setAside: orNull(isString),
})
const isArticle = shape<Article>({
  path: isString,
  id: isString,
  slug: isString,
  title: isString,
  source: isString,
  url: orNull(isString),
  archived: orNull(isString),
  date: isString,
  author: orNull(isString),
  original: orNull(shape<Original>({ source: isString, url: orNull(isString) })),
  dateInferred: isBoolean,
  dateNote: orNull(isString),
  body: isString,
  bodyLine: isNumber,
  paragraphs: listOf(isParagraph),
  hash: isString,
})

const isCount = orNull(shape<Count>({ min: isNumber, max: isNumber }))
/** What a report and an unplaced report both hold: everything but the day. */
const reportFields = {
  type: oneOf<EventType>({ attack: true, 'us-strike': true, statement: true, other: true }),
  location: orNull(
    shape<Place>({
      id: orNull(isString),
      name: isString,
      country: orNull(isString),
      admin1: orNull(isString),
      lat: orNull(isNumber),
      lon: orNull(isNumber),
      precision: oneOf<Place['precision']>({ site: true, area: true, country: true }),
    }),
  ),
  weapons: listOf(isString),
  actors: listOf(isString),
  killed: isCount,
  injured: isCount,
  hurtUncounted: (v: unknown) => v === undefined || v === true,
  status: oneOf<EventStatus>({ confirmed: true, claimed: true, denied: true, reported: true }),
  claimant: isString,
  claimantKind: oneOf<ClaimantKind>({ militia: true, 'us-official': true, 'host-government': true, 'local-security': true, media: true }),
  article: isString,
  source: isString,
  quote: isString,
  start: isNumber,
  end: isNumber,
  dateText: orNull(isString),
  saidOn: isString,
  denies: orNull(oneOf<Denial>({ occurrence: true, casualties: true, responsibility: true, target: true })),
  summary: isString,
}
const isReport = shape<Report>({
  ...reportFields,
  date: shape<DateSpan>({ start: isString, end: isString, precision: oneOf<DateSpan['precision']>({ day: true, range: true, month: true }) }),
})
const isUnplaced = shape<UnplacedReport>({ ...reportFields, line: isNumber })
const isDiagnosticList = listOf(isDiagnostic)
const isResult = shape<CacheEntry['result']>({ reports: listOf(isReport), unplaced: listOf(isUnplaced), diagnostics: isDiagnosticList })
const isBody = shape<KeptBody>({ key: isString, html: isString })

/**
 * Whether `value`, a cache line's parsed JSON, is the entry of the file `articlePath` with content
 * hash `hash`, usable as the stages' own results: every field they read is there with its type.
 * Anything else (a line of another layout, an edited or damaged one) is a miss.
 */
export function isCacheEntry(value: unknown, articlePath: string, hash: string): value is CacheEntry {
  if (!isObject(value)) return false
  const { article } = value
  return (
    isObject(article) &&
    article.path === articlePath &&
    article.hash === hash &&
    isArticle(article) &&
    isDiagnosticList(value.diagnostics) &&
    isResult(value.result) &&
    (value.body === undefined || isBody(value.body))
  )
}
