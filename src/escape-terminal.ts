/**
 * Characters a terminal may act on instead of showing: the C0 controls (ESC opens colour,
 * cursor, title and clipboard sequences; a carriage return or line feed forges a line of its
 * own), DEL, the C1 controls (U+009B is CSI and U+009D is OSC to xterm), the Unicode line and
 * paragraph separators, and the bidirectional embeddings, overrides and isolates, which
 * reorder what is shown (U+202A–U+202E, U+2066–U+2069; "Trojan Source", CVE-2021-42574).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** The same characters but the C0 controls, which JSON.stringify already escapes. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }
const hex = (c: string, digits: number): string => (c.codePointAt(0) ?? 0).toString(16).padStart(digits, '0')

/**
 * One line of text for a terminal, with every character of `UNSAFE` shown as an escape
 * instead: `\x1b`, `\n`, `\x9b`, `\u202e`. Text from articles (titles, outlets, file names,
 * quoted values) passes through this before it is printed, so a file cannot restyle,
 * retitle or rewrite the editor's terminal, nor hide part of a message.
 */
export function escapeTerminal(line: string): string {
  return line.replace(UNSAFE, (c) => SHORT[c] ?? (c <= '\u00ff' ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`))
}

/** Text of several lines (a usage text, a stack trace) for a terminal: each line as `escapeTerminal` writes it, the line breaks kept. */
export function escapeTerminalLines(text: string): string {
  return text.split('\n').map(escapeTerminal).join('\n')
}

/**
 * JSON text for a terminal: the characters of `UNSAFE` that JSON.stringify leaves raw (DEL,
 * C1, the separators and the bidirectional controls) as `\u` escapes. They can stand only
 * inside strings, where the escape means the same character, so the JSON parses to the
 * same value.
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`)
}
