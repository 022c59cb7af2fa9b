import { createHash } from 'node:crypto'
import slugify from '@sindresorhus/slugify'

/** Longest slug we write: one path segment stays far below every file system's 255-byte limit. */
export const MAX_SLUG_LENGTH = 80

/**
 * Text the slug library would give back unchanged: lower-case ASCII words joined by single hyphens, as most
 * seed file names are. It skips the library's transliteration, a fifth of a millisecond per call.
 */
const ALREADY_A_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A URL- and file-system-safe slug for any text, from a well-kept slug library
 * (@sindresorhus/slugify: ASCII letters, digits and hyphens). Text that slugs to
 * nothing, or to more than `MAX_SLUG_LENGTH` characters, gets a short hash of the
 * original so different texts keep different slugs.
 */
export function safeSlug(text: string): string {
  const slug = ALREADY_A_SLUG.test(text) ? text : slugify(text.replace(/\./g, ''))
  const hash = (): string => createHash('sha256').update(text).digest('hex').slice(0, 8)
  if (slug === '') return `x-${hash()}`
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH - 9)
  return `${cut.slice(0, Math.max(cut.lastIndexOf('-'), 40)).replace(/-+$/, '')}-${hash()}`
}
