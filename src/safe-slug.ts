import { createHash } from 'node:crypto'
import slugify from '@sindresorhus/slugify'

/** Longest slug we write: one path segment stays far below every file system's 255-byte limit. */
export const MAX_SLUG_LENGTH = 80

/**
 * A URL- and file-system-safe slug for any text, from a well-kept slug library
 * (@sindresorhus/slugify: ASCII letters, digits and hyphens). Text that slugs to
 * nothing, or to more than `MAX_SLUG_LENGTH` characters, gets a short hash of the
 * original so different texts keep different slugs.
 */
export function safeSlug(text: string): string {
  const slug = slugify(text.replace(/\./g, ''))
  const hash = (): string => createHash('sha256').update(text).digest('hex').slice(0, 8)
  if (slug === '') return `x-${hash()}`
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH - 9)
  return `${cut.slice(0, Math.max(cut.lastIndexOf('-'), 40)).replace(/-+$/, '')}-${hash()}`
}
