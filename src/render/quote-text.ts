/**
 * A quote as a reader sees it on the site: the sentence's words, without the Markdown marks it was written with.
 * A report's `quote` is the article's own text, exactly as it stands between its offsets (the data keeps it so, and
 * corrections name sentences by it), so a run-in heading's bold or a link comes with it: "**5/** **Rumalyn, Fri 9
 * Aug.** A one-way drone hit …", often cut inside a bold span ("** The drone …"). Shown as they are, the marks are
 * noise in the quote; the article's page, which renders the Markdown, shows the passage as it was set.
 */
export function quoteText(quote: string): string {
  return (
    quote
      // "[the Pentagon said](https://…)": a link's words.
      .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
      // Bold, balanced or cut in two by the sentence's bounds.
      .replace(/\*\*|__/g, '')
      // Italics: a star or underscore that opens or closes words, not one inside a word or a name.
      .replace(/(^|[\s([{"“‘])[*_](?=\S)/g, '$1')
      .replace(/(?<=\S)[*_](?=$|[\s)\]}.,;:!?"”’—–-])/g, '')
      // A tracker's record block ("**Harir air base**\n- Date: 5 Nov\n- Weapon: drone") or a row scraped with tabs: its
      // fields, one after another on a line.
      .replace(/\s*\n\s*[-*+•][ \t]+|[ \t]*\t[ \t]*/g, ' · ')
      .replace(/[ \t]{2,}/g, ' ')
      .trim()
  )
}
