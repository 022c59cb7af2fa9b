import { XMLValidator } from 'fast-xml-parser'

/** A code point XML 1.0 allows in a document (its `Char` production, §2.2). */
const isXmlChar = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)

/** `U+001B`. */
const codePoint = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * Checks that `xml` is well-formed XML 1.0, as strictly as a feed reader's parser: fast-xml-parser's
 * validator for the structure, and, since that validator lets every character through (a C0 control,
 * U+FFFF, a lone surrogate, `&#1;`), the `Char` production for each character and each character
 * reference. Returns the problems as sentences; none for a well-formed document.
 */
export function checkXml(xml: string): string[] {
  const problems: string[] = []
  let line = 1
  for (let i = 0; i < xml.length; i++) {
    const c = xml.codePointAt(i) ?? 0
    if (c === 0xa) line++
    // A lone surrogate has no code point of its own: codePointAt gives the surrogate, which is not a Char.
    if (!isXmlChar(c)) problems.push(`Line ${line}: ${codePoint(c)} is not an XML 1.0 character.`)
    if (c > 0xffff) i++
  }
  for (const match of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const ref = match[1] ?? ''
    const c = ref.startsWith('x') ? parseInt(ref.slice(1), 16) : parseInt(ref, 10)
    if (!isXmlChar(c)) problems.push(`The character reference ${match[0]} names ${codePoint(c)}, which is not an XML 1.0 character.`)
  }
  const structure = XMLValidator.validate(xml)
  if (structure !== true) problems.push(`${structure.err.msg} (line ${structure.err.line}).`)
  return problems.map((p) => `Not well-formed XML: ${p}`)
}
