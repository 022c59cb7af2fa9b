/** A sentence shortened for a one-line message: whole words up to `max` characters, then "…"; never cut inside a word. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max + 1).replace(/\s+\S*$/, '')
  return `${cut === '' ? flat.slice(0, max) : cut.replace(/[\s,;:]+$/, '')}…`
}

/**
 * The start of a sentence as a correction's `quote:` can name it, to write inside YAML double quotes: whole
 * words up to `max` characters, stopping before a `"` or `\` (which would need escaping). Corrections
 * match a quote as a part of the sentence, spacing ignored, so a prefix is enough.
 */
export function correctionQuote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const plain = flat.slice(0, flat.search(/["\\]/) === -1 ? flat.length : flat.search(/["\\]/))
  if (plain.length <= max) return plain.trim()
  const cut = plain.slice(0, max + 1).replace(/\s+\S*$/, '')
  return (cut === '' ? plain.slice(0, max) : cut).trim()
}
