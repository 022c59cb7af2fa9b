import slugify from '@sindresorhus/slugify'

/**
 * The longest title slug a file name gets, in characters; longer titles are cut at a word boundary.
 * With the day before it (`YYYY-MM-DD-`) it stays within safe-slug.ts's `MAX_SLUG_LENGTH`, so the page
 * slug ingest makes of the file name is the name itself, never cut and hashed.
 */
export const TITLE_SLUG_LENGTH = 60

/**
 * The slug of a title, cut at the last whole word within `max` characters:
 * `Iran-backed militias continue to attack U.S. bases…` → `iran-backed-militias-continue-to-attack-us-bases`.
 * Initialisms lose their full stops first (`U.S.` → `us`, not `u-s`). A title with
 * no letters or digits gives `article`.
 */
export function titleSlug(title: string, max = TITLE_SLUG_LENGTH): string {
  const slug = slugify(title.replace(/\b(?:[A-Za-z]\.){2,}/g, (initialism) => initialism.replaceAll('.', '')))
  if (slug === '') return 'article'
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max + 1)
  const boundary = cut.lastIndexOf('-')
  // A first word longer than `max` is cut where it must be.
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)
}

/** The seed file name for an article: `<date>-<slug>.md`, e.g. `2023-10-24-white-house-iran-aiding-attacks-on-us-bases.md`. */
export function seedFileName(date: string, title: string): string {
  return `${date}-${titleSlug(title)}.md`
}
