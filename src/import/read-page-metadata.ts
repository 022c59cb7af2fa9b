import { isSafeHttpUrl, normalizeDay } from '../ingest/normalize-front-matter.js'
import { findFullDates } from '../editorial/import-infer-date.js'

/** A value read from a page, and where on the page it was read, in words an editor can look for: `og:site_name`, `JSON-LD datePublished`. */
export interface Found<T = string> {
  value: T
  from: string
}

/** A publication day the page states. */
export interface FoundDay {
  /** `YYYY-MM-DD`: the calendar day as written, in the page's own offset (`2023-11-17T23:30:00-05:00` is the 17th). */
  day: string
  /** Where it was read, e.g. `JSON-LD datePublished`. */
  from: string
  /** The value as the page wrote it, e.g. `2023-11-17T14:05:00+03:00`. */
  written: string
  /** Milliseconds since the epoch when the value names an instant (a time with an offset), else `null`. */
  instant: number | null
}

/** The original publication of syndicated copy. */
export interface FoundOriginal {
  source: string
  url: string | null
}

/** What a page says about itself, each field with where it was read; `null` when the page does not say. */
export interface PageMetadata {
  title: Found | null
  source: Found | null
  /** Every publication day the page states, most trusted first (JSON-LD, meta tags, microdata, `<time>`). */
  days: FoundDay[]
  author: Found | null
  /** The page's canonical address, http(s) only. */
  url: Found | null
  /** For wire copy, the outlet that first published it, when the metadata names it (JSON-LD `isBasedOn`). The lead's "(AP)" is read by `findWireOrigin`. */
  original: Found<FoundOriginal> | null
  /** The page's language (`<html lang>`, `og:locale`), e.g. `en-GB`, or `null`. */
  language: Found | null
  /** What marks the page as an article (JSON-LD `NewsArticle`, `og:type` article, microdata), or `null` when nothing does. */
  articleType: Found | null
  /** Values the page holds but Salvo could not use, as sentences. */
  warnings: string[]
}

/** schema.org types of a news article or a post. */
const ARTICLE_TYPES =
  /^(?:(?:News|Reportage|Analysis|Opinion|Background|Review|Satirical|Scholarly|Tech|Ask|Report)?Article|NewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report)$/

type JsonObject = Record<string, unknown>
const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value)
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
const clean = (text: string | null | undefined): string | null => {
  const value = (text ?? '').replace(/\s+/g, ' ').trim()
  return value === '' ? null : value
}

/** Every JSON-LD node of the page, `@graph`s and arrays flattened; scripts that are not JSON are named in `warnings`. */
function jsonLdNodes(document: Document, warnings: string[]): JsonObject[] {
  const nodes: JsonObject[] = []
  const visit = (value: unknown): void => {
    for (const item of asArray(value)) {
      if (!isObject(item)) continue
      nodes.push(item)
      if (item['@graph'] !== undefined) visit(item['@graph'])
    }
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''))
    } catch {
      warnings.push('A JSON-LD block of the page is not valid JSON, so its metadata was not read.')
    }
  }
  return nodes
}

const typesOf = (node: JsonObject): string[] => asArray(node['@type']).filter((t): t is string => typeof t === 'string')

/** A JSON-LD value that may be text, `{ name }`, `{ @id }` pointing at another node, or a list of those: the names. */
function names(value: unknown, byId: Map<string, JsonObject>): string[] {
  return asArray(value).flatMap((item) => {
    if (typeof item === 'string') return clean(item) ?? []
    if (!isObject(item)) return []
    const node = typeof item['@id'] === 'string' && item.name === undefined ? (byId.get(item['@id']) ?? item) : item
    return typeof node.name === 'string' ? (clean(node.name) ?? []) : []
  })
}

/** A JSON-LD value that may be a URL, `{ @id }` or `{ url }`: the first http(s) URL. */
function jsonLdUrl(value: unknown): string | null {
  for (const item of asArray(value)) {
    const candidate = typeof item === 'string' ? item : isObject(item) ? (item.url ?? item['@id']) : null
    if (typeof candidate === 'string' && isSafeHttpUrl(candidate.trim())) return candidate.trim()
  }
  return null
}

/** The day a date value names, in its own offset, with its instant when it names one; `null` when it is not a date. */
export function dayOf(written: string): { day: string; instant: number | null } | null {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(written)
  if (iso?.[1]) {
    const day = normalizeDay(iso[1])
    if (!('day' in day)) return null
    const zone = iso[3] === undefined ? null : /^[+-]\d{4}$/.test(iso[3]) ? `${iso[3].slice(0, 3)}:${iso[3].slice(3)}` : iso[3].toUpperCase()
    const instant = iso[2] !== undefined && zone !== null ? Date.parse(`${iso[1]}T${iso[2]}${zone}`) : NaN
    return { day: day.day, instant: Number.isNaN(instant) ? null : instant }
  }
  const [full] = findFullDates(written)
  return full === undefined ? null : { day: full.day, instant: null }
}

/** The content of the first `<meta>` whose `property` or `name` is one of `keys`, with the key that held it. */
function meta(document: Document, keys: readonly string[]): Found | null {
  for (const key of keys) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const value = clean(document.querySelector(`meta[${attribute}="${key}" i]`)?.getAttribute('content'))
      // OpenGraph and article keys name themselves (`og:site_name`); a plain name says which tag (`<meta name="author">`).
      if (value !== null) return { value, from: key.includes(':') ? key : `<meta ${attribute}="${key}">` }
    }
  }
  return null
}

/** An element's value as microdata reads it: `content`, `datetime`, `href`, or its text. */
const itemValue = (element: Element | null): string | null =>
  element === null ? null : clean(element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.getAttribute('href') ?? element.textContent)

/** A URL as written on the page, resolved against the page's address; `null` unless it is http(s). */
function resolveUrl(href: string | null, base: string | null): string | null {
  if (href === null) return null
  try {
    const url = base === null ? new URL(href.trim()) : new URL(href.trim(), base)
    url.hash = ''
    return isSafeHttpUrl(url.href) ? url.href : null
  } catch {
    return null
  }
}

/** "Gulf Ledger - Drone hits base | Gulf Ledger" → "Drone hits base": the outlet's name cut from either end of a `<title>`. */
function withoutSiteName(title: string, site: string | null): string {
  if (site === null) return title
  const name = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const cut = title.replace(new RegExp(`\\s+[|–—:-]\\s+${name}\\s*$`, 'i'), '').replace(new RegExp(`^${name}\\s+[|–—:-]\\s+`, 'i'), '')
  return cut.trim() === '' ? title : cut
}

const first = <T>(...candidates: (T | null | undefined)[]): T | null => candidates.find((c) => c !== null && c !== undefined) ?? null

/**
 * Reads what a page says about itself: title, outlet, publication days, author, canonical
 * URL, the original outlet of syndicated copy, the language and whether it calls itself an
 * article. Each value keeps where it was read, so the editor can check it. It reads the
 * page's own statements only (JSON-LD, OpenGraph and article meta tags, microdata,
 * `<time datetime>`, `<link rel=canonical>`); the text itself (a dateline, "(AP)") is read
 * by the caller. `pageUrl` is where the page was fetched from, to resolve relative links;
 * `null` for a saved file. Does not change the document.
 */
export function readPageMetadata(document: Document, pageUrl: string | null): PageMetadata {
  const warnings: string[] = []
  const nodes = jsonLdNodes(document, warnings)
  const byId = new Map(nodes.flatMap((n) => (typeof n['@id'] === 'string' ? [[n['@id'], n] as const] : [])))
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t))) ?? null
  const ld = (field: string): unknown => article?.[field]
  const ldType = article === null ? null : typesOf(article).find((t) => ARTICLE_TYPES.test(t))

  const item = Array.from(document.querySelectorAll('[itemscope][itemtype]')).find((e) =>
    /schema\.org\/(?:\w*Article|BlogPosting|LiveBlogPosting|Report)\b/i.test(e.getAttribute('itemtype') ?? ''),
  )
  const prop = (name: string): Element | null => item?.querySelector(`[itemprop~="${name}"]`) ?? null
  const propName = (name: string): string | null => {
    const holder = prop(name)
    return holder === null ? null : (itemValue(holder.querySelector('[itemprop~="name"]')) ?? (holder.hasAttribute('itemscope') ? null : itemValue(holder)))
  }

  const ogType = meta(document, ['og:type'])
  const articleType = first<Found>(
    ldType ? { value: ldType, from: `JSON-LD @type ${ldType}` } : null,
    ogType !== null && /^article\b/i.test(ogType.value) ? { value: 'article', from: 'og:type' } : null,
    item ? { value: item.getAttribute('itemtype') ?? '', from: 'microdata itemtype' } : null,
  )

  const ldPublisher = names(ld('publisher'), byId)[0] ?? null
  const source = first<Found>(
    meta(document, ['og:site_name']),
    ldPublisher === null ? null : { value: ldPublisher, from: 'JSON-LD publisher' },
    propName('publisher') === null ? null : { value: propName('publisher') ?? '', from: 'microdata publisher' },
    meta(document, ['application-name']),
  )

  const ldHeadline = typeof ld('headline') === 'string' ? clean(ld('headline') as string) : null
  const h1s = Array.from(document.querySelectorAll('h1'))
    .map((h) => clean(h.textContent))
    .filter((t) => t !== null)
  const pageTitle = clean(document.querySelector('title')?.textContent)
  const title = first<Found>(
    ldHeadline === null ? null : { value: ldHeadline, from: 'JSON-LD headline' },
    meta(document, ['og:title']),
    itemValue(prop('headline')) === null ? null : { value: itemValue(prop('headline')) ?? '', from: 'microdata headline' },
    meta(document, ['twitter:title']),
    h1s.length === 1 && h1s[0] ? { value: h1s[0], from: 'the <h1> heading' } : null,
    pageTitle === null ? null : { value: withoutSiteName(pageTitle, source?.value ?? null), from: 'the <title> element' },
  )

  const days: FoundDay[] = []
  const addDay = (written: string | null, from: string): void => {
    if (written === null) return
    const read = dayOf(written)
    if (read === null) warnings.push(`The page's ${from} "${written.slice(0, 60)}" is not a date Salvo can read, so it was not used.`)
    else days.push({ ...read, from, written })
  }
  addDay(typeof ld('datePublished') === 'string' ? clean(ld('datePublished') as string) : null, 'JSON-LD datePublished')
  const metaDate = meta(document, [
    'article:published_time',
    'og:article:published_time',
    'datePublished',
    'pubdate',
    'publish-date',
    'dc.date.issued',
    'dc.date',
  ])
  addDay(metaDate?.value ?? null, metaDate?.from ?? '')
  addDay(itemValue(prop('datePublished')), 'microdata datePublished')
  const time = document.querySelector('time[pubdate][datetime], article time[datetime], time[datetime]')
  addDay(clean(time?.getAttribute('datetime')), '<time datetime>')

  const ldAuthors = names(ld('author'), byId)
  const metaAuthor = meta(document, ['author', 'article:author', 'sailthru.author', 'parsely-author'])
  const author = first<Found>(
    ldAuthors.length > 0 ? { value: ldAuthors.join(' and '), from: 'JSON-LD author' } : null,
    metaAuthor !== null && !/^https?:/i.test(metaAuthor.value) ? metaAuthor : null,
    propName('author') === null ? null : { value: propName('author') ?? '', from: 'microdata author' },
  )

  const canonical = resolveUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null, pageUrl)
  const ogUrl = resolveUrl(meta(document, ['og:url'])?.value ?? null, pageUrl)
  const ldUrl = jsonLdUrl(ld('url')) ?? jsonLdUrl(ld('mainEntityOfPage'))
  const url = first<Found>(
    canonical === null ? null : { value: canonical, from: '<link rel="canonical">' },
    ogUrl === null ? null : { value: ogUrl, from: 'og:url' },
    ldUrl === null ? null : { value: ldUrl, from: 'JSON-LD url' },
    pageUrl === null ? null : { value: pageUrl, from: 'the address it was fetched from' },
  )

  let original: Found<FoundOriginal> | null = null
  for (const based of asArray(ld('isBasedOn'))) {
    const basedOn = isObject(based) && typeof based['@id'] === 'string' && based.name === undefined ? (byId.get(based['@id']) ?? based) : based
    const outlet = isObject(basedOn) ? (names(basedOn.publisher, byId)[0] ?? names(basedOn.sourceOrganization, byId)[0] ?? null) : null
    const basedUrl = jsonLdUrl(basedOn)
    const host = basedUrl === null ? null : new URL(basedUrl).hostname.replace(/^www\./, '')
    if (outlet !== null || host !== null) {
      original = { value: { source: outlet ?? host ?? '', url: basedUrl }, from: 'JSON-LD isBasedOn' }
      break
    }
  }

  const lang = clean(document.documentElement?.getAttribute('lang'))
  const locale = meta(document, ['og:locale'])
  const language = first<Found>(lang === null ? null : { value: lang, from: '<html lang>' }, locale)

  return { title, source, days, author, url, original, language, articleType, warnings }
}
