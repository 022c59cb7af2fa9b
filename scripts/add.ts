// npm run add -- <file.txt | file.md | -> --source "Outlet" --date YYYY-MM-DD [--url … --infer-date --force --seeds <dir> …]
// Imports one article into seeds/ with complete front matter, proves it through the
// real ingest, and prints what extraction finds in it. Refusals and warnings go to
// stderr as sentences naming the fix; exit code 1 on refusal, 0 when the article is added.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { formatDiagnostic, type DiagnosticCode } from '../src/model/diagnostic.js'
import { escapeTerminal, escapeTerminalLines } from '../src/escape-terminal.js'
import { ADD_USAGE, parseAddOptions } from '../src/editorial/add-options.js'
import { decodeInput, importArticle } from '../src/editorial/import-article.js'
import { findDuplicates } from '../src/editorial/import-find-duplicates.js'
import { formatPreview, previewArticle } from '../src/editorial/import-preview.js'
import { writeSeed } from '../src/editorial/import-write-seed.js'
import { MAX_ARTICLE_BYTES, readArticle } from '../src/ingest/read-articles.js'
import { KnowledgeError, loadKnowledge } from '../src/knowledge/load-knowledge.js'
import { buildDay } from './build-day.js'

// Lines quote the article (title, outlet, file name, sentences): escapeTerminal shows its control characters instead of sending them.
const warn = (line: string): void => void process.stderr.write(`Warning: ${escapeTerminal(line)}\n`)
const print = (line = ''): void => void process.stdout.write(`${escapeTerminal(line)}\n`)
/** A user's mistake: reported as sentences on stderr with exit code 1, never with a stack trace. */
class Refusal extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '))
  }
}
function refuse(...problems: string[]): never {
  throw new Refusal(problems)
}
/** What ingest refuses in the article text itself (its size, encoding, emptiness, nesting), rather than in the front matter the importer wrote. */
const TEXT_REFUSALS: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['file-refused', 'file-not-text', 'body-empty', 'body-too-complex'])
/** A path relative to the working folder when it is inside it, else absolute. */
const shown = (file: string): string => {
  const rel = path.relative(process.cwd(), path.resolve(file))
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(file) : rel.split(path.sep).join('/')
}
/** The system error code (`EACCES`, `ENOSPC`…) of a failed file operation, or `null` for any other error. */
const errorCode = (error: unknown): string | null => {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null
}

async function readInput(input: string): Promise<Uint8Array> {
  if (input === '-') {
    if (process.stdin.isTTY) process.stderr.write('Reading the article from standard input: paste it, then press Ctrl-D.\n')
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      chunks.push(chunk)
      size += chunk.length
      if (size > MAX_ARTICLE_BYTES) break
    }
    return Buffer.concat(chunks)
  }
  if (!/\.(txt|text|md|markdown)$/i.test(input) && path.extname(input) !== '') {
    refuse(`${input} is not a .txt or .md file. Save the article as plain text (title on the first line) or Markdown first.`)
  }
  const info = await stat(input).catch(() => null)
  if (info === null) return refuse(`There is no file ${input}. Check the path, or give - to read the article from standard input.`)
  if (!info.isFile()) return refuse(`${input} is not a file. Give one article file, or - to read it from standard input.`)
  if (info.size > MAX_ARTICLE_BYTES)
    return refuse(`${input} is ${(info.size / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article.`)
  return readFile(input).catch((error: unknown) => refuse(`${input} cannot be read (${errorCode(error) ?? 'an error'}). Check its permissions.`))
}

/** Adds the article the command line names; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseAddOptions(argv)
  if ('help' in parsed) {
    process.stdout.write(`${ADD_USAGE}\n`)
    return 0
  }
  if ('problem' in parsed) refuse(parsed.problem, 'Run npm run add -- --help for the options.')
  const { input, flags, force, seedsDir } = parsed.options

  const seedsInfo = await stat(seedsDir).catch(() => null)
  if (seedsInfo === null || !seedsInfo.isDirectory())
    refuse(`There is no seeds folder ${shown(seedsDir)}. Run the command from the project folder, or give the folder with --seeds <dir>.`)

  const origin = input === '-' ? 'the standard input' : `the file ${input}`
  const decoded = decodeInput(await readInput(input), origin)
  if ('problem' in decoded) refuse(decoded.problem)
  const today = buildDay()
  const imported = importArticle(decoded.text, flags, origin, today)
  if (imported.article === undefined) refuse(...imported.problems)
  const article = imported.article
  const target = path.join(seedsDir, article.fileName)

  const overlap = await findDuplicates(seedsDir, { target, url: article.meta.url, body: article.body }, shown)
  if (overlap.targetExists && !force)
    refuse(
      `${shown(target)} already exists. If this is a new version of that article, add --force to replace it; otherwise check that the article is not already in the seeds folder.`,
    )
  if (overlap.sameName.length > 0)
    refuse(
      `${overlap.sameName.join(', ')} would get the same page address as ${shown(target)}, so the build would skip one of them. Rename or delete ${overlap.sameName.length === 1 ? 'it' : 'them'} first.`,
    )
  for (const line of imported.warnings) warn(line)
  for (const file of overlap.sameUrl)
    warn(
      `${file} has the same URL. If it is the same article, delete one of the two; if this is a republication, give it its own --url and name the first outlet with --original-source.`,
    )
  for (const file of overlap.sameText) warn(`${file} has the same text (ignoring spacing). If it is the same article, delete one of the two.`)

  const written = await writeSeed(target, article.content, force, { today }).catch((error: unknown) => {
    if (errorCode(error) === null) throw error
    return refuse(`${shown(target)} cannot be written (${errorCode(error)}). Check that the seeds folder is writable and the disk is not full.`)
  })
  if (!written.written && written.exists)
    refuse(`${shown(target)} already exists (it appeared while the article was being prepared). Add --force to replace it.`)
  if (!written.written && !written.exists) {
    // The text itself goes past a bound of ingest (nesting, size): the input's fault, said as the build would say it.
    const refusals = written.diagnostics.filter((d) => d.severity === 'error' && TEXT_REFUSALS.has(d.code))
    if (refusals.length > 0) refuse(...refusals.map((d) => `The article text cannot be imported: ${d.message}`))
    // Our front matter failed our own ingest: a bug in the importer, not the editor's mistake.
    throw new Error(`The importer produced front matter that ingest refuses:\n${written.diagnostics.map(formatDiagnostic).join('\n')}`)
  }

  // Re-read the file as the build will, then run the stages on it.
  const reread = await readArticle(target, { today })
  if (reread.article === null) throw new Error(`The file just written cannot be read back:\n${reread.diagnostics.map(formatDiagnostic).join('\n')}`)
  const { meta } = article
  print(`Added ${shown(target)}: "${meta.title}" (${meta.source}, published ${meta.date}${meta.dateInferred ? ', inferred' : ''}).`)
  print()
  try {
    const preview = previewArticle(reread.article, reread.diagnostics, loadKnowledge())
    const file = reread.article.path
    const diagnostics = preview.diagnostics.map((d) => (d.file === file ? { ...d, file: shown(target) } : d))
    for (const line of formatPreview({ ...preview, diagnostics })) print(line)
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error
    process.stderr.write(
      `Salvo add: the article was added, but nothing could be extracted: a knowledge file is malformed.\n  ${escapeTerminalLines(error.message)}\n`,
    )
    return 1
  }
  print()
  print(`Run npm start to see it, or add a correction in ${shown(path.join(seedsDir, 'corrections.yaml'))}.`)
  return 0
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof Refusal)) throw error
  for (const problem of error.problems) process.stderr.write(`Salvo add: ${escapeTerminal(problem)}\n`)
  process.stderr.write('Nothing was written.\n')
  process.exitCode = 1
}
