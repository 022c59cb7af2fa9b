/**
 * Bounds on the Markdown an article may hold, so that one file cannot stall or crash a
 * build. Markdown parsing (micromark) is quadratic in some constructs and recursive in
 * others; these are checked on the text before it is parsed. Real news is far inside
 * every bound: a paragraph with a dozen emphasis marks, lists two or three deep.
 */

/** Nested block quotes and lists on one line (`> > - 1.`): deeper overflows the stack when rendered. */
export const MAX_NESTING = 20

/** Columns of indentation before a list marker or quote: deeper lists nest by indentation, and cost quadratic time. */
export const MAX_INDENT = 64

/**
 * Emphasis marks (`*`, `_`) in one block of text between blank lines: resolving which
 * pairs match is quadratic (3,000 marks take a quarter of a second, 24,000 take eight).
 */
export const MAX_EMPHASIS_MARKS = 600

/** The container markers at the start of a line: quote marks and list bullets or numbers, each with its spacing. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/
const CONTAINER = /[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/g
const INDENTED_CONTAINER = /^([ \t]*)(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])/

/** Where an article's text goes past a bound: the 1-based file line, and a sentence with the fix. */
export interface MarkdownHazard {
  line: number
  message: string
}

/** Width of leading blanks, a tab counting as four columns, as CommonMark counts them. */
const columns = (blanks: string): number => [...blanks].reduce((sum, c) => sum + (c === '\t' ? 4 : 1), 0)

/**
 * The first place where `body` goes past a bound, or `null`. `firstLine` is the file
 * line of the body's first line. Linear in the length of the body.
 */
export function findMarkdownHazard(body: string, firstLine: number): MarkdownHazard | null {
  const lines = body.split('\n')
  let marks = 0
  let blockLine = firstLine
  for (const [index, text] of lines.entries()) {
    const line = firstLine + index
    if (text.trim() === '') {
      marks = 0
      blockLine = line + 1
      continue
    }
    const prefix = CONTAINER_PREFIX.exec(text)?.[0]
    if (prefix !== undefined) {
      const depth = prefix.match(CONTAINER)?.length ?? 0
      if (depth > MAX_NESTING) {
        return {
          line,
          message: `This line opens ${depth} nested quotes or lists, more than the ${MAX_NESTING} Salvo reads, so the article was skipped. Remove the run of \`>\`, \`-\` or \`1.\` marks at the start of the line: no article nests that deep.`,
        }
      }
    }
    const indent = INDENTED_CONTAINER.exec(text)?.[1]
    if (indent !== undefined && columns(indent) > MAX_INDENT) {
      return {
        line,
        message: `This list item or quote is indented ${columns(indent)} columns, more than the ${MAX_INDENT} Salvo reads, so the article was skipped. Remove the indentation at the start of the line.`,
      }
    }
    for (const c of text) if (c === '*' || c === '_') marks++
    if (marks > MAX_EMPHASIS_MARKS) {
      return {
        line: blockLine,
        message: `The paragraph starting on this line holds more than ${MAX_EMPHASIS_MARKS} \`*\` and \`_\` marks, more than Salvo reads in one paragraph, so the article was skipped. Remove the runs of \`*\` or \`_\`, or put a blank line between paragraphs.`,
      }
    }
  }
  return null
}
