/** The longest `<title>` text before " · Salvo" is added: 70 characters in all, as validators and search results expect. */
export const MAX_TITLE = 62

/** Cuts `text` at a word boundary to at most `max` characters, ending in "…" when cut. */
export function shortTitle(text: string, max = MAX_TITLE): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}
