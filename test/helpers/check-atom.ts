import { XMLParser } from 'fast-xml-parser'
import { checkXml } from './check-xml.js'

/** RFC 3339 date-time, as Atom's Date constructs require (RFC 4287 §3.3). */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
/** An absolute IRI: a scheme, then anything (RFC 3987). */
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i

type Node = Record<string, unknown>
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => ['entry', 'link', 'author', 'category', 'id', 'title', 'updated', 'published', 'content', 'summary'].includes(name),
})

const text = (value: unknown): string => (typeof value === 'object' && value !== null ? String((value as Node)['#text'] ?? '') : String(value ?? ''))
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])

/** The checks RFC 4287 makes of a feed's or an entry's metadata, for either. */
function checkCommon(node: Node, where: string, problems: string[]): void {
  for (const name of ['id', 'title', 'updated']) {
    const count = list(node[name]).length
    if (count !== 1) problems.push(`${where} has ${count} <${name}> elements; RFC 4287 requires exactly one.`)
  }
  const id = text(list(node.id)[0])
  if (!ABSOLUTE_IRI.test(id)) problems.push(`${where} <id> "${id}" is not an absolute IRI.`)
  for (const name of ['updated', 'published']) {
    for (const value of list(node[name])) if (!RFC3339.test(text(value))) problems.push(`${where} <${name}> "${text(value)}" is not an RFC 3339 date-time.`)
  }
  const alternates = list(node.link)
    .filter((l) => ((l as Node)['@rel'] ?? 'alternate') === 'alternate')
    .map((l) => `${String((l as Node)['@type'] ?? '')}|${String((l as Node)['@hreflang'] ?? '')}`)
  if (new Set(alternates).size !== alternates.length) problems.push(`${where} has two alternate links with the same type and hreflang.`)
  for (const link of list(node.link)) if (typeof (link as Node)['@href'] !== 'string') problems.push(`${where} has a <link> without href.`)
}

/**
 * Checks an Atom document against RFC 4287: well-formed XML (`checkXml`), the Atom namespace, and the
 * required elements of the feed and each entry (one id, title and updated, dates in RFC
 * 3339, an author for every entry, a link or content for every entry, unique entry ids).
 * Returns the problems as sentences; none for a valid feed.
 */
export function checkAtom(xml: string): string[] {
  const wellFormed = checkXml(xml)
  if (wellFormed.length > 0) return wellFormed
  const document = parser.parse(xml) as Node
  const feed = document.feed as Node | undefined
  if (feed === undefined) return ['The root element is not <feed>.']
  const problems: string[] = []
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('<feed> is not in the Atom namespace http://www.w3.org/2005/Atom.')
  checkCommon(feed, '<feed>', problems)
  if (!list(feed.link).some((l) => (l as Node)['@rel'] === 'self')) problems.push('<feed> has no link rel="self" (RFC 4287 says it SHOULD).')
  const feedHasAuthor = list(feed.author).length > 0
  const ids = new Set<string>()
  for (const [i, entry] of list(feed.entry).entries()) {
    const node = entry as Node
    const where = `<entry> ${i + 1}`
    checkCommon(node, where, problems)
    if (!feedHasAuthor && list(node.author).length === 0) problems.push(`${where} has no author, and neither has the feed.`)
    const hasAlternate = list(node.link).some((l) => ((l as Node)['@rel'] ?? 'alternate') === 'alternate')
    if (!hasAlternate && list(node.content).length === 0) problems.push(`${where} has neither an alternate link nor content.`)
    const id = text(list(node.id)[0])
    if (ids.has(id)) problems.push(`${where} repeats the id ${id}.`)
    ids.add(id)
  }
  return problems
}

/** The parts of an Atom feed tests look at. */
export function readAtom(xml: string): {
  id: string
  updated: string
  links: { rel: string; href: string }[]
  entries: { id: string; title: string; updated: string; published: string; link: string; content: string }[]
} {
  const feed = (parser.parse(xml) as Node).feed as Node
  const href = (node: Node, rel: string): string =>
    String(
      (
        list(node.link).find((l) => ((l as Node)['@rel'] ?? 'alternate') === rel && ((l as Node)['@type'] ?? 'text/html') === 'text/html') as Node | undefined
      )?.['@href'] ?? '',
    )
  return {
    id: text(list(feed.id)[0]),
    updated: text(list(feed.updated)[0]),
    links: list(feed.link).map((l) => ({ rel: String((l as Node)['@rel'] ?? 'alternate'), href: String((l as Node)['@href']) })),
    entries: list(feed.entry).map((e) => {
      const node = e as Node
      return {
        id: text(list(node.id)[0]),
        title: text(list(node.title)[0]),
        updated: text(list(node.updated)[0]),
        published: text(list(node.published)[0]),
        link: href(node, 'alternate'),
        content: text(list(node.content)[0]),
      }
    }),
  }
}
