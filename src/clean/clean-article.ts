import type { Article } from '../ingest/article.js'
import { cleaningRules, sentenceRules, type CleaningRule } from './cleaning-rules.js'
import { normalizeForMatching } from './normalize-for-matching.js'

/**
 * The clean stage: marks page furniture (comment prompts, tag lists, teasers,
 * captions, bios, a repeated title) as set aside, with the reason, without
 * removing or editing any text. Later stages skip what is set aside.
 */
export function cleanArticle(article: Article, rules: CleaningRule[] = cleaningRules): Article {
  const reasons: (string | null)[] = []
  const paragraphs = article.paragraphs.map((paragraph, index) => {
    const text = normalizeForMatching(article.body.slice(paragraph.start, paragraph.end))
    let reason: string | null = null
    for (const rule of rules) {
      reason = rule({ article, paragraphs: article.paragraphs, index, text, earlier: reasons })
      if (reason !== null) break
    }
    reasons.push(reason)
    const sentences = paragraph.sentences.map((sentence) => {
      const normalized = normalizeForMatching(sentence.text)
      const inline = sentenceRules.map((rule) => rule(normalized)).find((r) => r !== null) ?? null
      return { ...sentence, setAside: inline }
    })
    return { ...paragraph, setAside: reason, sentences }
  })
  return { ...article, paragraphs }
}
