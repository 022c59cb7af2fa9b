/**
 * Advance widths of printable ASCII (space to `~`), in ems, of DejaVu Sans: measured in Chromium. It is
 * the widest of the sans-serif faces the site's font stack may end on (system-ui, Segoe UI, Roboto and
 * Helvetica all set the same text narrower), so a label laid out with these widths fits in any of them.
 */
const ASCII_EMS = [
  0.32, 0.4, 0.46, 0.84, 0.64, 0.95, 0.78, 0.28, 0.39, 0.39, 0.5, 0.84, 0.32, 0.36, 0.32, 0.34, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64,
  0.34, 0.34, 0.84, 0.84, 0.84, 0.53, 1, 0.68, 0.69, 0.7, 0.77, 0.63, 0.58, 0.78, 0.75, 0.3, 0.3, 0.66, 0.56, 0.86, 0.75, 0.79, 0.6, 0.79, 0.69, 0.63, 0.61,
  0.73, 0.68, 0.99, 0.69, 0.61, 0.69, 0.39, 0.34, 0.39, 0.84, 0.5, 0.5, 0.61, 0.63, 0.53, 0.63, 0.57, 0.35, 0.63, 0.63, 0.28, 0.28, 0.58, 0.28, 0.97, 0.63,
  0.55, 0.63, 0.63, 0.38, 0.52, 0.39, 0.63, 0.59, 0.82, 0.59, 0.59, 0.53, 0.64, 0.34, 0.64, 0.84,
]

/** A character outside ASCII (a letter with a diacritic, a dash, a plus sign): as wide as a wide lower-case letter. */
const OTHER_EM = 0.72

/**
 * How wide `text` is set at `size` (any unit: the result is in the same one), with `spacing` added after
 * each character (CSS `letter-spacing`, in ems). Bold and semi-bold text is about a tenth wider: pass `weight: 'bold'`.
 * An estimate on the wide side, for laying labels out at build time, when no font can be measured.
 */
export function textWidth(text: string, size: number, options: { weight?: 'normal' | 'bold'; spacing?: number } = {}): number {
  let ems = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    ems += (code >= 32 && code < 127 ? (ASCII_EMS[code - 32] ?? OTHER_EM) : OTHER_EM) + (options.spacing ?? 0)
  }
  return ems * size * (options.weight === 'bold' ? 1.1 : 1)
}
