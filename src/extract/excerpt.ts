/** A sentence shortened for a one-line message: whole words up to `max` characters, then "…"; never cut inside a word. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max + 1).replace(/\s+\S*$/, '')
  return `${cut === '' ? flat.slice(0, max) : cut.replace(/[\s,;:]+$/, '')}…`
}

/**
 * A part of a sentence as a correction's `quote:` can name it, to write inside YAML double quotes: whole words up
 * to `max` characters with no `"` or `\` (which would need escaping). Corrections match a quote as a part of the
 * sentence, spacing ignored, so its start is enough; a sentence that opens with a quotation ("\"In the name of God,\"
 * the statement began …") is named by the first run of words between quotation marks long enough to find it by.
 */
export function correctionQuote(text: string, max = 60): string {
  const runs = text
    .replace(/\s+/g, ' ')
    .split(/["\\]/)
    .map((run) => run.trim())
  const plain = runs.find((run) => run.length >= Math.min(max, 20)) ?? runs.reduce((a, b) => (b.length > a.length ? b : a), '')
  if (plain.length <= max) return plain.trim()
  const cut = plain.slice(0, max + 1).replace(/\s+\S*$/, '')
  return (cut === '' ? plain.slice(0, max) : cut).trim()
}
