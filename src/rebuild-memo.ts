import { deepFreeze, FREEZE_SHARED } from './deep-freeze.js'

/**
 * What a stage of the pipeline keeps of one build's work for the next, in a process that builds again and again
 * (`npm start`, scripts/start.ts): after an edit, most articles and their reports are the objects the last build had
 * (the resident extraction cache gives them, src/cache/resident-cache.ts), so most of what is made from them (merge's
 * events, the articles' records) is made of the same objects as last time. A build without one starts from an empty
 * memo, so it runs the same code and makes everything.
 *
 * `kept(kind, id, inputs, make)` gives what the last build (or this one) made for `id` when every one of `inputs` is
 * the same object or primitive as then (`Object.is`), and otherwise `make()`. What `make` reads must be among its
 * inputs, or fixed by the version (the knowledge). What it keeps is shared between builds: under tests
 * (`NODE_ENV=test`) it is frozen, deep, so a stage that writes into a kept event or record throws. Each build keeps
 * only what it used. test/merge/pipeline-memo.test.ts checks that the pipeline with a memo gives what one from scratch
 * gives after a series of edits.
 */
export interface RebuildMemo {
  /** Starts a build. `version` names what every result depends on besides its inputs (the knowledge's hash). */
  begin(version: unknown): void
  kept<T>(kind: string, id: string, inputs: readonly unknown[], make: () => T): T
}

interface Kept {
  inputs: readonly unknown[]
  value: unknown
}

/** Whether two lists of inputs hold the same objects or primitives, in order (`Object.is`). Also the site's view memo's test. */
export const sameInputs = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => Object.is(x, b[i]))

/** A memo with nothing in it; see `RebuildMemo`. */
export function rebuildMemo(): RebuildMemo {
  let version: unknown = undefined
  let last = new Map<string, Kept>()
  let now = new Map<string, Kept>()
  return {
    begin(next) {
      last = Object.is(next, version) ? now : new Map()
      now = new Map()
      version = next
    },
    kept(kind, id, inputs, make) {
      const key = `${kind}\0${id}`
      const found = now.get(key) ?? last.get(key)
      const value = found !== undefined && sameInputs(found.inputs, inputs) ? (found.value as ReturnType<typeof make>) : make()
      now.set(key, { inputs, value: FREEZE_SHARED ? deepFreeze(value) : value })
      return value
    },
  }
}
