import { deepFreeze, FREEZE_SHARED } from '../deep-freeze.js'
import { sameInputs } from '../rebuild-memo.js'

/**
 * What the site step keeps of one build's records and views for the next, in a process that builds again and again
 * (`npm start`, scripts/start.ts): after an edit, most events, articles and their pages are what they were, and
 * making their views again was most of a rebuild's site step. A build without one starts from an empty memo, so it
 * runs the same code and makes every view.
 *
 * Two kinds of reuse, both by id within a kind (`event`, `entry`, `event-page`…):
 * - `same` gives the last build's record in place of an equal one: equal field for field, in the same order, so the
 *   data serializes to the same bytes. From then on an unchanged record is the same object build after build.
 * - `view` gives the last build's view when every one of its inputs is the same object (or the same primitive) as
 *   last time. A view must be a function of the inputs it lists, and of what a `version` fixes (the knowledge);
 *   anything else it reads must be listed, or a change to it would not reach the page. test/site/view-memo.test.ts
 *   checks that a memo's views equal fresh ones after edits.
 *
 * What it gives is shared between builds, so nothing may change it: under tests (`NODE_ENV=test`) every record and
 * view it takes is frozen, deep, so that a stage that writes into one throws instead of changing a later build.
 * Each build keeps only what it used: what the last build left and this one did not ask for is let go.
 */
export interface ViewMemo {
  /**
   * Starts a build. `version` names what every view depends on besides its inputs (the knowledge's hash): when it
   * differs from the last build's, nothing of that build is reused.
   */
  begin(version: unknown): void
  /** `record`, or the last build's `kind` record of the same `id` when it is equal to `record` (`sameJson`). */
  same<T>(kind: string, id: string, record: T): T
  /** The `kind` view of `id` that the last build (or this one) made from the same `inputs`, compared with `Object.is`; otherwise `make()`. */
  view<T>(kind: string, id: string, inputs: readonly unknown[], make: () => T): T
}

interface Kept {
  inputs: readonly unknown[] | null
  value: unknown
}

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

/** A memo with nothing in it; see `ViewMemo`. */
export function viewMemo(): ViewMemo {
  let version: unknown = undefined
  /** What the last build kept, and what this one has kept so far, by `kind` and id. */
  let last = new Map<string, Kept>()
  let now = new Map<string, Kept>()
  const keyOf = (kind: string, id: string): string => `${kind}\0${id}`
  const keep = <T>(key: string, inputs: readonly unknown[] | null, value: T): T => {
    now.set(key, { inputs, value: FREEZE_SHARED ? deepFreeze(value) : value })
    return value
  }
  return {
    begin(next) {
      last = Object.is(next, version) ? now : new Map()
      now = new Map()
      version = next
    },
    same(kind, id, record) {
      const key = keyOf(kind, id)
      const kept = now.get(key) ?? last.get(key)
      return keep(key, null, kept !== undefined && sameJson(kept.value, record) ? (kept.value as typeof record) : record)
    },
    view(kind, id, inputs, make) {
      const key = keyOf(kind, id)
      const kept = now.get(key) ?? last.get(key)
      if (kept !== undefined && kept.inputs !== null && sameInputs(kept.inputs, inputs)) return keep(key, inputs, kept.value as ReturnType<typeof make>)
      return keep(key, inputs, make())
    },
  }
}
