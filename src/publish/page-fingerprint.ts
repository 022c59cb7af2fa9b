import { createHash } from 'node:crypto'

/** One line of a timeline as a page lists it (`EventEntry`): an object, compared by identity. */
type Entry = object

/** A day of a timeline (`DayGroup`): its two lanes of entries, and whatever else it prints. */
interface DayLike {
  attacks: Entry[]
  context: Entry[]
}

/** A month of a timeline (`MonthGroup`): its days, and whatever else it prints. */
interface MonthLike {
  days: DayLike[]
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

const isEntries = (value: unknown): value is Entry[] => Array.isArray(value) && value.every(isObject)

/** `true` for a timeline as the site's views lay one out: months of days of entries in two lanes (src/render/group-timeline.ts). */
function isTimeline(value: unknown): value is MonthLike[] {
  return (
    Array.isArray(value) &&
    value.every(
      (month) => isObject(month) && Array.isArray(month.days) && month.days.every((day) => isObject(day) && isEntries(day.attacks) && isEntries(day.context)),
    )
  )
}

/**
 * Fingerprints the pages of one build. A fingerprint hashes a page's parts (its page type's shared part,
 * its item, what it looks up) as JSON, with one difference: a timeline at the top of an item (`timeline`,
 * the home page's `months`) is hashed with each entry's digest in its place. The same entry objects are
 * listed on the home timeline, their outlets', sites', groups' and facets' pages, so each is serialized
 * once per build instead of once per page that lists it, about a third of the bytes a build hashed.
 *
 * An entry's digest hashes all of it, and every other field of a month and a day is kept as it is, so a
 * page's fingerprint changes whenever anything it prints does. Entries are told apart by identity: the
 * views are not changed while a build plans (they never are: the site step is done).
 */
export function pageFingerprinter(): (parts: unknown[]) => string {
  const digests = new WeakMap<Entry, string>()
  const digestOf = (entry: Entry): string => {
    let digest = digests.get(entry)
    if (digest === undefined) {
      digest = createHash('sha256').update(JSON.stringify(entry)).digest('hex')
      digests.set(entry, digest)
    }
    return digest
  }
  const digestTimeline = (months: MonthLike[]): unknown[] =>
    months.map((month) => ({
      ...month,
      days: month.days.map((day) => ({ ...day, attacks: day.attacks.map(digestOf), context: day.context.map(digestOf) })),
    }))
  /** The item with its top-level timelines' entries replaced by their digests; the item itself when it holds none. */
  const compact = (item: unknown): unknown => {
    if (!isObject(item) || Array.isArray(item)) return item
    let out: Record<string, unknown> | null = null
    for (const key of Object.keys(item)) {
      const value = item[key]
      if (!isTimeline(value) || value.length === 0) continue
      out ??= { ...item }
      out[key] = digestTimeline(value)
    }
    return out ?? item
  }
  return (parts) => {
    const hash = createHash('sha256')
    // Each part's JSON is followed by a character JSON never ends with, so that parts cannot run into each other.
    for (const part of parts) hash.update(JSON.stringify(compact(part ?? null))).update('\n')
    return hash.digest('hex').slice(0, 32)
  }
}

/** A page's fingerprint from its page type's shared part, its item and what it looks up (`planPages`). */
export type PageFingerprints = (shared: string, item: unknown, looked: unknown) => string

/**
 * Fingerprints pages as `pageFingerprinter` does, remembering each by its item and what it looks up, as objects, for as
 * long as they live: a process that builds again and again (`npm start`) keeps one, and its site step gives an
 * unchanged page the same item and lookup objects as the last build (src/rebuild-memo.ts), so such a page is not
 * serialized and hashed again. The entries' digests are kept the same way. Sound only while those objects are not
 * changed, which the memo ensures (it freezes them under tests); a page of new objects is hashed in full.
 */
export function pageFingerprints(): PageFingerprints {
  const fingerprintOf = pageFingerprinter()
  const known = new WeakMap<object, { shared: string; looked: unknown; fingerprint: string }>()
  return (shared, item, looked) => {
    if (!isObject(item)) return fingerprintOf([shared, item, looked])
    const kept = known.get(item)
    if (kept !== undefined && kept.shared === shared && Object.is(kept.looked, looked)) return kept.fingerprint
    const fingerprint = fingerprintOf([shared, item, looked])
    known.set(item, { shared, looked, fingerprint })
    return fingerprint
  }
}
