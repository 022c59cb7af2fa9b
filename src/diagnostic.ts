// Moved to src/model/diagnostic.ts. Kept only for src/pipeline.ts and src/publish/build-site.ts, which
// other work is changing now: delete this file once they import src/model/diagnostic.ts.
export { compareDiagnostics, formatDiagnostic, type Diagnostic, type DiagnosticCode } from './model/diagnostic.js'
