/**
 * Front matter of the shape nearly every article has, read without the YAML parser: one
 * `key: value` per line, where each value is single-quoted, double-quoted without escapes,
 * or a plain word or day that YAML's core schema can only read as text, with `#` comment
 * lines between. For that shape the result is exactly what `yaml` would give (a test
 * checks the two against each other), at a small part of its cost: the parser and its
 * line counter took a tenth of all extraction time. Anything else, including every
 * mistake an error must explain, returns `null` and goes to the parser.
 */
export interface SimpleFrontMatter {
  data: Record<string, string>
  /** 1-based line in the file of each field's key (the front matter starts on line 2). */
  fieldLines: ReadonlyMap<string, number>
}

/** A key YAML reads as the text it is (a letter first: no number, no `__proto__`, nothing quoted), then its value. */
const KEY = /^([A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*): +(\S(?:.*[^ \t])?)[ \t]*$/
/** Words the core schema reads as null or a boolean, as a key or as a value. */
const NOT_TEXT = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/

/** Characters YAML will not take in a scalar as they are (controls, byte-order mark, Unicode line breaks). */
const AWKWARD = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\uFEFF\u2028\u2029]/

const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/
const DOUBLE_QUOTED = /^"([^"\\]*)"$/
/**
 * A plain value that can only be text: it starts with a letter and is no null or boolean
 * word, or it is a day written `2024-01-28`, which the core schema has no type for. It
 * never holds `: ` or a blank before `#` and does not end in `:`, which would make it a mapping or a
 * comment.
 */
const PLAIN = /^(?:[A-Za-z]|\d{4}-\d{2}-\d{2}$)(?:(?!:[ \t]|[ \t]#)[^])*$/

function textOf(value: string): string | null {
  if (AWKWARD.test(value)) return null
  const single = SINGLE_QUOTED.exec(value)
  if (single) return (single[1] ?? '').replaceAll("''", "'")
  const double = DOUBLE_QUOTED.exec(value)
  if (double) return double[1] ?? ''
  if (PLAIN.test(value) && !value.endsWith(':') && !NOT_TEXT.test(value)) return value
  return null
}

/** The fields of `matter` (the text between the `---` lines), or `null` when it is not of the simple shape. */
export function readSimpleFrontMatter(matter: string): SimpleFrontMatter | null {
  const data: Record<string, string> = {}
  const fieldLines = new Map<string, number>()
  const lines = matter.split('\n')
  if (lines.at(-1) === '') lines.pop()
  for (const [index, line] of lines.entries()) {
    if (line.startsWith('#')) continue
    const field = KEY.exec(line)
    if (field === null) return null
    const [, key = '', value = ''] = field
    // Over 1,024 characters, YAML refuses a key; the parser says so.
    if (NOT_TEXT.test(key) || fieldLines.has(key) || key.length > 1_000) return null
    const text = textOf(value)
    if (text === null) return null
    data[key] = text
    fieldLines.set(key, index + 2)
  }
  return fieldLines.size === 0 ? null : { data, fieldLines }
}
