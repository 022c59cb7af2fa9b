import { mergeMemo, type MergeMemo } from './merge/merge-memo.js'

/**
 * What `npm start` keeps of its last build's pipeline for the next (scripts/start.ts), beside the extraction cache it
 * keeps in memory (src/cache/resident-cache.ts): each piece makes again only what an edit changed, and gives the last
 * build's objects for the rest. A build without one starts from an empty memo and runs the same code.
 */
export interface PipelineMemo {
  /** The merge's placements and events (src/merge/merge-memo.ts). */
  merge: MergeMemo
}

/** A memo with nothing in it; see `PipelineMemo`. */
export function pipelineMemo(): PipelineMemo {
  return { merge: mergeMemo() }
}
