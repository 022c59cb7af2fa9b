import { LineCounter, isMap, isScalar, parseDocument } from 'yaml'
import { findAnchor } from '../read-yaml-file.js'
import { readSimpleFrontMatter } from './simple-front-matter.js'

/**
 * Characters of front matter, at most: real front matter is under 2,000. It bounds the
 * YAML parser's work on one article (deeply nested `[[[…` costs it seconds per megabyte).
 */
export const MAX_FRONT_MATTER_CHARS = 20_000

/** Front matter split from its body and parsed as YAML. */
export interface FrontMatter {
  /** The parsed YAML, `unknown` until `normalizeFrontMatter` checks it. */
  data: unknown
  /** The text between the two `---` lines. */
  matter: string
  /** Everything after the closing `---` line. */
  content: string
  /** Offset of `content` in the text given. */
  bodyStart: number
  /** 1-based line in the file of each top-level field's key. */
  fieldLines: ReadonlyMap<string, number>
}

/** Why front matter could not be parsed: the 1-based file line and a sentence with the fix. */
export interface FrontMatterProblem {
  line: number
  message: string
}

/** An opening line that is `---` and nothing else but trailing blanks. */
const OPENER = /^---[ \t]*$/

/**
 * Splits `text` (line endings already `\n`) into YAML front matter and body, and parses
 * the front matter as YAML 1.2's core schema: strings, numbers, booleans, null, lists
 * and maps, and nothing that runs code or builds objects. An unquoted `2023-02-30` stays
 * the text `2023-02-30` (no timestamp type shifts it to March 2), so the boundary checks
 * the value as written. The opener must be exactly `---`: gray-matter reads `---js` as
 * "evaluate this as JavaScript", and an article from the web must never choose how it
 * is read. Returns `null` when the text has no front matter at all.
 */
export function parseFrontMatter(text: string): FrontMatter | FrontMatterProblem | null {
  if (!text.startsWith('---')) return null
  const firstNewline = text.indexOf('\n')
  const opener = firstNewline === -1 ? text : text.slice(0, firstNewline)
  if (!OPENER.test(opener)) {
    const shown = JSON.stringify(opener.slice(0, 40))
    return {
      line: 1,
      message: `Front matter must be YAML: the first line is ${shown}, which asks for another language, and Salvo never runs code from an article, so the file was skipped. Make the first line exactly \`---\` and write the fields as YAML (\`title: "…"\`).`,
    }
  }
  const start = firstNewline + 1
  const close = /^---[ \t]*$/m
  const rest = text.slice(start)
  const found = close.exec(rest)
  if (found === null) {
    return {
      line: 1,
      message: 'The front matter is never closed: no line after the first is exactly `---`. Add a `---` line after the last field, before the article text.',
    }
  }
  const matter = rest.slice(0, found.index)
  if (matter.length > MAX_FRONT_MATTER_CHARS) {
    return {
      line: 1,
      message: `The front matter is ${matter.length} characters long, over the ${MAX_FRONT_MATTER_CHARS} Salvo reads, so the file was skipped. Check that the closing \`---\` line is right after the fields, and that no article text is in them.`,
    }
  }
  const closeEnd = start + found.index + found[0].length
  const bodyStart = text[closeEnd] === '\n' ? closeEnd + 1 : closeEnd
  const simple = readSimpleFrontMatter(matter)
  if (simple !== null) return { data: simple.data, matter, content: text.slice(bodyStart), bodyStart, fieldLines: simple.fieldLines }
  const lineCounter = new LineCounter()
  // prettyErrors off: on deeply nested input, its code frames exhaust memory beyond any catch.
  const doc = parseDocument(matter, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter, merge: false })
  // Line 1 of `matter` is the file's line 2; the leading newline convention of gray-matter is gone.
  const fileLine = (offset: number): number => lineCounter.linePos(offset).line + 1
  const error = doc.errors[0]
  if (error !== undefined) {
    if (error.code === 'DUPLICATE_KEY') {
      return {
        line: fileLine(error.pos[0]),
        message: 'A field is given twice in the front matter, so it is unclear which value holds. Keep one of the two lines.',
      }
    }
    const reason = error.message.split('\n')[0]?.replace(/\.$/, '') ?? 'it is not valid YAML'
    return {
      line: fileLine(error.pos[0]),
      message: `The front matter cannot be read: ${reason}. Check the quoting on that line: put values containing a colon or quote mark inside double quotes.`,
    }
  }
  // As in the corrections and knowledge files: every field reads on its own line, and no alias bomb can expand.
  const anchor = findAnchor(doc, lineCounter)
  if (anchor !== null) {
    return {
      line: anchor.line + 1,
      message: `The front matter uses ${anchor.what}, and Salvo does not expand YAML anchors, aliases or merge keys, so the file was skipped. Write each value out in full.`,
    }
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 })
  const fieldLines = new Map<string, number>()
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) fieldLines.set(String(pair.key.value), fileLine(pair.key.range[0]))
    }
  }
  return { data, matter, content: text.slice(bodyStart), bodyStart, fieldLines }
}

/** Narrows a `parseFrontMatter` result to a problem. */
export const isFrontMatterProblem = (value: FrontMatter | FrontMatterProblem): value is FrontMatterProblem => 'message' in value
