import type { Diagnostic } from './model/diagnostic.js'

/**
 * A diagnostic under the two names of its file (src/ingest/seeds-path.ts): its seeds path in the data, its real path
 * in the terminal. A large corpus has tens of thousands of diagnostics in a few thousand files, so each file's name is
 * found once; and each diagnostic's renamed copy is kept by the diagnostic, so that `npm start`, whose cached articles
 * give the same diagnostic objects build after build, renames each once (src/pipeline-memo.ts). A diagnostic is never
 * changed once made, so a copy kept by its object stays right.
 */
export interface DiagnosticNames {
  /** `diagnostic` with its file named by `rename` (the same function for every call: the names are kept). */
  inData(diagnostic: Diagnostic, rename: (file: string) => string): Diagnostic
  /** `diagnostic` with its file named as the terminal shows it, by `rename` (the same function for every call). */
  shown(diagnostic: Diagnostic, rename: (name: string) => string): Diagnostic
}

/** One direction of renaming: the names found so far, and each diagnostic's renamed copy. */
function renaming(): (diagnostic: Diagnostic, rename: (file: string) => string) => Diagnostic {
  const names = new Map<string, string>()
  const copies = new WeakMap<Diagnostic, Diagnostic>()
  return (diagnostic, rename) => {
    let copy = copies.get(diagnostic)
    if (copy === undefined) {
      let file = names.get(diagnostic.file)
      if (file === undefined) names.set(diagnostic.file, (file = rename(diagnostic.file)))
      copies.set(diagnostic, (copy = { ...diagnostic, file }))
    }
    return copy
  }
}

/** Names with nothing found yet; see `DiagnosticNames`. Good for one seeds folder, corrections file and working directory. */
export function diagnosticNames(): DiagnosticNames {
  return { inData: renaming(), shown: renaming() }
}
