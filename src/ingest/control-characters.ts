/**
 * Characters that text from an article must not carry past the boundary: C0 controls
 * other than tab and line feed, DEL, C1 controls, and the non-characters U+FFFE/U+FFFF.
 * XML 1.0 forbids most of them (a feed holding one is not XML), terminals obey them
 * (ESC starts an escape sequence), and no news text needs them.
 */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g
/** The same characters, for a test: without the `g` flag, so `test` keeps no position between calls. */
const HAS_CONTROL = new RegExp(CONTROLS.source)

/**
 * Characters that take up no space or only steer direction: zero-width spaces and
 * joiners, bidi marks, embeddings, overrides and isolates, the soft hyphen, the BOM.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

/** A one-line field (title, outlet, author) without control characters: each, like a tab or line break, becomes a space, and runs of spaces one. */
export function withoutControls(text: string): string {
  return text
    .replace(/[\t\n\r]/g, ' ')
    .replace(CONTROLS, ' ')
    .replace(/ {2,}/g, ' ')
}

/** `true` when `text` holds a control character that `withoutControls` and `blankControls` remove. */
export const hasControls = (text: string): boolean => HAS_CONTROL.test(text)

/**
 * Article text with each control character replaced by a space: the same length, so
 * every offset into the body (report spans, quoted passages) still points at the same text.
 */
export function blankControls(text: string): string {
  return text.replace(CONTROLS, ' ')
}

/** `true` when `text` shows something: not empty once invisible characters and spaces are removed. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').trim() !== ''
}
