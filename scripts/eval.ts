// npm run eval -- <articles folder> <gold file> [--json] [--quiet]
// Measures extraction against a person's reading of the same articles: precision, recall and F1
// on (day, place), status and casualty accuracy, and each miss with its sentence. The gold format
// is in docs/eval-gold-format.md. Exit code 0 when scored, 1 when the gold file cannot be used.
import { parseArgs } from 'node:util'
import { escapeJsonForTerminal, escapeTerminalLines } from '../src/escape-terminal.js'
import { evaluate, formatScore } from '../src/eval/evaluate.js'
import { GoldError } from '../src/eval/gold.js'
import { KnowledgeError, loadKnowledge } from '../src/knowledge/load-knowledge.js'
import { stableJson } from '../src/model/stable-json.js'
import { readCommandLine } from './command-line.js'

const USAGE = `Usage: npm run eval -- <articles folder> <gold file> [--json] [--quiet]
Scores extraction against gold annotations (format: docs/eval-gold-format.md).
  --json   print the score as JSON on stdout
  --quiet  print the figures without the list of misses`

const { values, positionals } = readCommandLine(USAGE, () =>
  parseArgs({ options: { json: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } }, allowPositionals: true }),
)
const [dir, goldFile] = positionals.filter((a) => a !== '--')
if (dir === undefined || goldFile === undefined) {
  process.stderr.write(
    `Salvo eval: give the folder of articles and the gold file, e.g. npm run eval -- test/fixtures/blind-1 test/fixtures/blind-1/gold.yaml\n\n${USAGE}\n`,
  )
  process.exit(2)
}
try {
  const score = await evaluate(dir, goldFile, loadKnowledge())
  if (values.json) process.stdout.write(escapeJsonForTerminal(stableJson(score)))
  else process.stdout.write(escapeTerminalLines(formatScore(score, !values.quiet).join('\n')) + '\n')
} catch (error) {
  if (!(error instanceof GoldError || error instanceof KnowledgeError)) throw error
  process.stderr.write(`Salvo eval: ${escapeTerminalLines(error.message)}\n`)
  process.exitCode = 1
}
