import { deepFreeze, FREEZE_SHARED } from './deep-freeze.js'

/**
 * What a stage keeps of one build's work for the next, in a process that builds again and again (`npm start`,
 * scripts/start.ts): after an edit, most articles and their reports are the objects the last build had (the resident
 * extraction cache gives them, src/cache/resident-cache.ts), so most of what is made from them (merge's events, the
 * articles' records, the site's views of them) is made of the same objects as last time. A build without one starts
 * from an empty memo, so it runs the same code and makes everything. The pipeline keeps one for merge and one for the
 * records (src/pipeline-memo.ts), the site step one for its views (src/site/site-data.ts).
 *
 * Two kinds of reuse, both by id within a kind (`event`, `entry`, `event-page`…):
 * - `kept(kind, id, inputs, make)` gives what the last build (or this one) made for `id` when every one of `inputs` is
 *   the same object or primitive as then (`Object.is`), and otherwise `make()`. What `make` reads must be among its
 *   inputs, or fixed by the version (the knowledge); anything else it reads must be listed, or a change to it would
 *   not reach the page.
 * - `same(kind, id, record)` gives the last build's record in place of an equal one: equal field for field, in the same
 *   order, so the data serializes to the same bytes. From then on an unchanged record is the same object build after
 *   build, and what is kept from it stays kept.
 *
 * What it keeps is shared between builds, so nothing may change it: under tests (`NODE_ENV=test`) it is frozen, deep,
 * so a stage that writes into a kept event, record or view throws. Each build keeps only what it used: what the last
 * build left and this one did not ask for is let go. test/merge/pipeline-memo.test.ts and test/site/view-memo.test.ts
 * check that the pipeline and the site with a memo give what they give from scratch after a series of edits.
 */
export interface RebuildMemo {
  /**
   * Starts a build. `version` names what every result depends on besides its inputs (the knowledge's hash): when it
   * differs from the last build's, nothing of that build is reused.
   */
  begin(version: unknown): void
  /** The `kind` result for `id` that the last build (or this one) made from the same `inputs`, compared with `Object.is`; otherwise `make()`. */
  kept<T>(kind: string, id: string, inputs: readonly unknown[], make: () => T): T
  /** `record`, or the last build's `kind` record of the same `id` when it is equal to `record` (`sameJson`). */
  same<T>(kind: string, id: string, record: T): T
}

interface Kept {
  /** What it was made from; `null` for a record given by `same`, which no `kept` call may take. */
  inputs: readonly unknown[] | null
  value: unknown
}

/** Whether two lists of inputs hold the same objects or primitives, in order (`Object.is`). */
export const sameInputs = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => Object.is(x, b[i]))

/**
 * `true` when `a` and `b` are equal as JSON-like data: the same primitives, arrays of equal items, and objects with
 * the same keys in the same order and equal values. The key order counts, as it does in the data file's bytes.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  const keys = Object.keys(a)
  const other = Object.keys(b)
  if (keys.length !== other.length) return false
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    if (key !== other[i] || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}

/** A memo with nothing in it; see `RebuildMemo`. */
export function rebuildMemo(): RebuildMemo {
  let version: unknown = undefined
  /**
   * What the last build kept, and what this one has kept so far, by `kind`, then id: maps of maps, not one map of
   * joined keys, so that a lookup makes no string (a kind is a literal, an id the record's own string, whose hash
   * the engine keeps), which at tens of thousands of lookups a build was much of the memo's cost.
   */
  let last = new Map<string, Map<string, Kept>>()
  let now = new Map<string, Map<string, Kept>>()
  const nowOf = (kind: string): Map<string, Kept> => {
    let kept = now.get(kind)
    if (kept === undefined) now.set(kind, (kept = new Map()))
    return kept
  }
  const keep = <T>(into: Map<string, Kept>, id: string, inputs: readonly unknown[] | null, value: T): T => {
    into.set(id, { inputs, value: FREEZE_SHARED ? deepFreeze(value) : value })
    return value
  }
  return {
    begin(next) {
      last = Object.is(next, version) ? now : new Map()
      now = new Map()
      version = next
    },
    kept(kind, id, inputs, make) {
      const into = nowOf(kind)
      const found = into.get(id) ?? last.get(kind)?.get(id)
      if (found !== undefined && found.inputs !== null && sameInputs(found.inputs, inputs))
        return keep(into, id, inputs, found.value as ReturnType<typeof make>)
      return keep(into, id, inputs, make())
    },
    same(kind, id, record) {
      const into = nowOf(kind)
      const found = into.get(id) ?? last.get(kind)?.get(id)
      return keep(into, id, null, found !== undefined && sameJson(found.value, record) ? (found.value as typeof record) : record)
    },
  }
}
