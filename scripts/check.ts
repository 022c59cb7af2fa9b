// npm run check [-- --all --json --seeds <dir>]
// A table, per article, of what an editor can act on: unresolved dates, unknown
// places, attacks without a base, possible duplicates, corrections without a target.
// Exits 1 when there is an error.
import { parseArgs } from 'node:util'
import { collectFindings, type Finding } from '../src/editorial/check-findings.js'
import { escapeJsonForTerminal, escapeTerminal, escapeTerminalLines } from '../src/escape-terminal.js'
import { KnowledgeError } from '../src/knowledge/load-knowledge.js'
import { runPipeline } from '../src/pipeline.js'
import { shownPath } from '../src/ingest/seeds-path.js'
import { DEFAULT_PATHS, extractionCacheIn } from '../src/publish/default-paths.js'
import { stableJson } from '../src/model/stable-json.js'
import { buildDay } from './build-day.js'
import { readCommandLine } from './command-line.js'

const USAGE = `Usage: npm run check -- [options]
Lists what an editor should look at: unresolved dates, unknown places, attacks without a site, possible duplicates,
corrections that found no event, and input errors.
Exits with 1 when there is an error.

  --seeds DIR    the articles (default: ${DEFAULT_PATHS.seeds})
  --all          notes too (sentences read and set aside)
  --json         the findings as JSON, each with its code (what tools match on) and kind
  --help         this text`

const { values } = readCommandLine(USAGE, () =>
  parseArgs({
    options: {
      seeds: { type: 'string', default: DEFAULT_PATHS.seeds },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  }),
)

try {
  const { timeline } = await runPipeline({ seedsDir: values.seeds, cacheDir: extractionCacheIn(DEFAULT_PATHS.cache), today: buildDay() })
  // The data names files by their seeds paths; an editor is shown the real path, which they can open.
  const findings = collectFindings(timeline)
    .filter((f) => values.all || f.kind !== 'note')
    .map((f) => ({ ...f, file: shownPath(f.file, values.seeds) }))
  if (values.json) process.stdout.write(escapeJsonForTerminal(stableJson(findings)))
  else process.stdout.write(table(findings, timeline.articles.length))
  process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error
  process.stderr.write(`Salvo check: a knowledge file is malformed.\n  ${escapeTerminalLines(error.message)}\n`)
  process.exitCode = 1
}

/** Renders findings as a plain-text table grouped by file, with a summary by kind; file names and messages quote the articles, so each line goes through `escapeTerminal`. */
function table(findings: Finding[], articles: number): string {
  const lines: string[] = []
  let file: string | null = null
  for (const f of findings) {
    if (f.file !== file) {
      file = f.file
      lines.push('', escapeTerminal(file))
    }
    lines.push(escapeTerminal(`  ${String(f.line ?? '').padStart(4)}  ${f.severity.padEnd(7)}  ${f.kind.padEnd(25)}  ${f.message}`))
  }
  const counts = new Map<string, number>()
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1)
  const errors = findings.filter((f) => f.severity === 'error').length
  const summary =
    findings.length === 0
      ? `Salvo check: ${articles} article${articles === 1 ? '' : 's'}, nothing to act on.`
      : `Salvo check: ${articles} article${articles === 1 ? '' : 's'}; ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}; ${errors} error${errors === 1 ? '' : 's'}.${values.all ? '' : ' (Add -- --all for the sentences read and set aside.)'}`
  return `${lines.join('\n')}\n\n${summary}\n`
}
