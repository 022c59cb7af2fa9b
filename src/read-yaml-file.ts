import { lstatSync } from 'node:fs'
import { describeKind, readRegularFile } from './read-regular-file.js'
import { isAlias, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml'

/** Data files larger than this are refused, like an article: ours are tens of kilobytes, and it bounds parse time and memory. */
export const MAX_DATA_FILE_BYTES = 2 * 1024 * 1024

/** A YAML data file read and parsed, ready for its loader to check its entries. */
export interface YamlFile {
  doc: Document.Parsed
  /** Turns a node's offset into its 1-based line. */
  lineCounter: LineCounter
  /** The file's bytes, for content hashes. */
  bytes: Buffer
}

/** Why a data file cannot be used, in sentences that start with the file's subject and end with the fix. */
export interface YamlProblem {
  /** `unreadable` when the file cannot be read as UTF-8 text (not a regular file, too large, no permission, binary, not UTF-8); `invalid` when its text is not YAML Salvo accepts (syntax, anchors). */
  kind: 'unreadable' | 'invalid'
  /** 1-based line, when the problem is on one. */
  line: number | null
  message: string
}

export type YamlRead = YamlFile | { missing: true } | { problem: YamlProblem }

/**
 * Reads a hand-written YAML data file (`seeds/corrections.yaml`, `src/data/*.yaml`) without
 * blocking or throwing. The file is opened non-blocking and checked with `fstat` on the open
 * handle, so a named pipe cannot hang the build and the checks hold for the bytes read; then it
 * must be a regular file of at most `MAX_DATA_FILE_BYTES`, valid UTF-8, valid YAML, and free of
 * anchors, aliases and merge keys (see `findAnchor`). `subject` starts each sentence, e.g.
 * "The corrections file".
 */
export function readYamlFile(file: string, subject: string): YamlRead {
  const fail =
    (kind: YamlProblem['kind']) =>
    (message: string, line: number | null = null): { problem: YamlProblem } => ({ problem: { kind, line, message: `${subject} ${message}` } })
  const unreadable = fail('unreadable')
  const invalid = fail('invalid')
  const read = readRegularFile(file, MAX_DATA_FILE_BYTES)
  if ('refused' in read) {
    switch (read.refused) {
      case 'unreadable':
        if (read.code === 'ENOENT' || read.code === 'ENOTDIR') {
          const dangling = lstatOrNull(file)?.isSymbolicLink() === true
          return dangling
            ? unreadable('is a symbolic link to a file that does not exist. Point the link at the file, or put the file itself in its place.')
            : { missing: true }
        }
        if (read.code === 'EACCES' || read.code === 'EPERM') {
          return unreadable(
            `cannot be read: the user running the build has no permission to read it or to enter its folder (${read.code}). Give that user read permission, for example \`chmod a+r ${file}\`.`,
          )
        }
        return unreadable(`cannot be read: ${read.reason}.`)
      case 'not-a-file':
        if (read.kind === 'folder')
          return unreadable(
            "is a folder, not a file. Likely cause: a folder was created with the file's name. Remove the folder and put the YAML file in its place.",
          )
        if (read.kind === 'fifo')
          return unreadable(
            'is a named pipe (FIFO), not a regular file, so it was not read: reading a pipe waits for a writer and would hang the build. Remove the pipe and put the YAML file in its place.',
          )
        return unreadable(`is ${describeKind(read.kind)}, not a regular file, so it was not read. Put the YAML file in its place.`)
      case 'too-large':
        return unreadable(
          `is ${(read.size / 1048576).toFixed(1)} MB, over the ${MAX_DATA_FILE_BYTES / 1048576} MB limit for a data file, so it was not read. Likely cause: it was overwritten with something else (a log, an export, a binary). Restore it from version control.`,
        )
    }
  }
  const bytes = read.bytes

  if (bytes.includes(0)) return unreadable('contains NUL bytes: it is binary, not text. Restore it from version control, or save it as UTF-8 text.')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const line = firstBadLine(bytes)
    return unreadable(
      `is not valid UTF-8 text (the first bad byte is on line ${line}). Likely cause: it was saved as Latin-1 or Windows-1252. Save it as UTF-8 (in most editors: Save As, Encoding: UTF-8).`,
      line,
    )
  }

  const lineCounter = new LineCounter()
  let doc: Document.Parsed
  try {
    // `prettyErrors: false`: with it on, the parser's message for a deeply nested file can exhaust memory.
    doc = parseDocument(text, { lineCounter, prettyErrors: false })
  } catch (error) {
    return invalid(
      `could not be parsed as YAML (${(error as Error).message}). Check that it is the hand-written list it should be, and restore it from version control if not.`,
    )
  }
  const first = doc.errors[0]
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line
    return invalid(`is not valid YAML (${first.message.split('\n')[0]}). Fix the indentation or quoting on that line.`, line)
  }
  const anchor = findAnchor(doc, lineCounter)
  if (anchor) {
    return invalid(
      `uses ${anchor.what}. Salvo does not expand YAML anchors (&name), aliases (*name) or merge keys (<<) in its data files, so that each entry reads on its own and the line a message or an audit trail cites holds the whole entry. Write the values out in full in each entry.`,
      anchor.line,
    )
  }
  return { doc, lineCounter, bytes }
}

/**
 * The first anchor, alias or merge key in `doc`, if any. They are refused, not expanded: an
 * alias makes an entry's content live on another line, and repeated aliases can expand into
 * gigabytes (a "billion laughs"). Loaders also convert with `maxAliasCount: 0`, so none slips by.
 */
export function findAnchor(doc: Document.Parsed, lineCounter: LineCounter): { what: string; line: number } | null {
  let found: { what: string; line: number } | null = null
  const lineOf = (offset: number | undefined): number => lineCounter.linePos(offset ?? 0).line
  visit(doc, (_key, node) => {
    if (isAlias(node)) found = { what: `the alias \`*${node.source}\``, line: lineOf(node.range?.[0]) }
    else if (isPair(node) && isScalar(node.key) && node.key.value === '<<') found = { what: 'a merge key `<<`', line: lineOf(node.key.range?.[0]) }
    else if (isNode(node) && node.anchor) found = { what: `the anchor \`&${node.anchor}\``, line: lineOf(node.range?.[0]) }
    return found === null ? undefined : visit.BREAK
  })
  return found
}

function lstatOrNull(file: string): ReturnType<typeof lstatSync> | null {
  try {
    return lstatSync(file)
  } catch {
    return null
  }
}

/** The 1-based line holding the first byte that is not UTF-8. */
function firstBadLine(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let line = 1
  let start = 0
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start)
    const stop = end === -1 ? bytes.length : end
    try {
      decoder.decode(bytes.subarray(start, stop))
    } catch {
      return line
    }
    if (end === -1) break
    line++
    start = end + 1
  }
  return line
}
