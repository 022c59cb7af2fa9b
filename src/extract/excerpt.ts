/** A sentence shortened for a one-line message: whole words up to `max` characters, then "…"; never cut inside a word. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max + 1).replace(/\s+\S*$/, '')
  return `${cut === '' ? flat.slice(0, max) : cut.replace(/[\s,;:]+$/, '')}…`
}
