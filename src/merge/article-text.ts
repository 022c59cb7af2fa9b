import type { Article } from '../ingest/article.js'

/**
 * What an article itself says: its body without the page furniture the clean stage set aside (captions,
 * teasers, share prompts, a repeated title), one paragraph a line, its sentences joined by a space. The
 * title is left out: a republisher's new headline makes no new story.
 */
export function articleText(article: Pick<Article, 'paragraphs'>): string {
  return article.paragraphs
    .filter((p) => p.setAside === null)
    .map((p) =>
      p.sentences
        .filter((s) => s.setAside === null)
        .map((s) => s.text)
        .join(' '),
    )
    .filter((text) => text !== '')
    .join('\n')
}
