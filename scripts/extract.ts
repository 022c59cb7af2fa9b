// npm run --silent extract -- <file-or-folder>...
// Prints {"events": [...], "diagnostics": [...]} as JSON on stdout and nothing else;
// progress and warnings go to stderr. Uses the same stages as the build. Article text
// reaches the terminal escaped (src/escape-terminal.ts), the JSON parsing the same.
import { stat } from 'node:fs/promises'
import { compareDiagnostics, formatDiagnostic, type Diagnostic } from '../src/model/diagnostic.js'
import { escapeJsonForTerminal, escapeTerminal, escapeTerminalLines } from '../src/escape-terminal.js'
import { cleanArticle } from '../src/clean/clean-article.js'
import { extractReports } from '../src/extract/extract-reports.js'
import type { Article } from '../src/ingest/article.js'
import { readArticle, readArticles } from '../src/ingest/read-articles.js'
import { KnowledgeError, loadKnowledge } from '../src/knowledge/load-knowledge.js'
import { mergeReports } from '../src/merge/merge-reports.js'
import { stableJson } from '../src/model/stable-json.js'
import { buildDay } from './build-day.js'
import { readCommandLine } from './command-line.js'

const log = (line: string): void => void process.stderr.write(line + '\n')
const USAGE = 'Usage: npm run --silent extract -- <file.md | folder>...\nPrints the events found as JSON on stdout.'
const inputs = readCommandLine(USAGE, () => process.argv.slice(2).filter((a) => a !== '--'))
if (inputs.length === 0) {
  log(USAGE)
  process.exit(2)
}

try {
  const knowledge = loadKnowledge()
  const articles: Article[] = []
  const diagnostics: Diagnostic[] = []
  for (const input of inputs) {
    const info = await stat(input).catch(() => null)
    if (info === null) {
      diagnostics.push({
        file: input,
        line: null,
        field: 'file',
        code: 'file-missing',
        severity: 'error',
        message: `There is no file or folder "${input}". Check the path.`,
      })
      continue
    }
    const read = info.isDirectory()
      ? await readArticles(input, { today: buildDay() })
      : await readArticle(input, { today: buildDay() }).then((r) => ({ articles: r.article ? [r.article] : [], diagnostics: r.diagnostics }))
    articles.push(...read.articles)
    diagnostics.push(...read.diagnostics)
  }
  log(`Salvo extract: ${articles.length} article${articles.length === 1 ? '' : 's'} read.`)
  const reports = articles.flatMap((article) => {
    const result = extractReports(cleanArticle(article), knowledge)
    diagnostics.push(...result.diagnostics)
    log(`  ${escapeTerminal(article.path)}: ${result.reports.length} report${result.reports.length === 1 ? '' : 's'}`)
    return result.reports
  })
  const events = mergeReports(reports, knowledge, new Map(articles.map((a) => [a.id, a.title])))
  diagnostics.sort(compareDiagnostics)
  for (const d of diagnostics) if (d.severity !== 'info') log(`  ${formatDiagnostic(d)}`)
  log(`Salvo extract: ${events.length} events.`)
  process.stdout.write(escapeJsonForTerminal(stableJson({ events, diagnostics })))
  process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0
} catch (error) {
  if (error instanceof KnowledgeError) {
    log(`Salvo extract: a knowledge file is malformed, so nothing was extracted.\n  ${escapeTerminalLines(error.message)}`)
    process.exitCode = 1
  } else throw error
}
