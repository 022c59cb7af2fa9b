import { diagnosticNames, type DiagnosticNames } from './diagnostic-names.js'
import { shingleCounts, type ShingleCounts } from './merge/shingle-counts.js'
import { rebuildMemo, type RebuildMemo } from './rebuild-memo.js'

/**
 * What `npm start` keeps of its last build's pipeline for the next (scripts/start.ts), beside the extraction cache it
 * keeps in memory (src/cache/resident-cache.ts): each piece makes again only what an edit changed, and gives the last
 * build's objects for the rest. A build without one starts from an empty memo and runs the same code.
 */
export interface PipelineMemo {
  /** Copy detection's shingle counts (src/merge/shingle-counts.ts). */
  copies: ShingleCounts
  /** The merge's placements and events (src/merge/merge-reports.ts). */
  merge: RebuildMemo
  /** Each article's record, body included, by the article, its events and what copy detection found (src/pipeline.ts). */
  records: RebuildMemo
  /** The diagnostics' files named as the data and the terminal name them (src/diagnostic-names.ts), for a seeds folder and corrections file, from the working directory. */
  names(seedsDir: string, correctionsFile: string): DiagnosticNames
}

/** A memo with nothing in it; see `PipelineMemo`. */
export function pipelineMemo(): PipelineMemo {
  let names: { key: string; names: DiagnosticNames } | null = null
  return {
    copies: shingleCounts(),
    merge: rebuildMemo(),
    records: rebuildMemo(),
    names(seedsDir, correctionsFile) {
      const key = JSON.stringify([seedsDir, correctionsFile, process.cwd()])
      if (names === null || names.key !== key) names = { key, names: diagnosticNames() }
      return names.names
    },
  }
}
