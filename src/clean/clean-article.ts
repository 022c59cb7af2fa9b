import type { Article, Sentence } from '../ingest/article.js'
import {
  cleaningRules,
  firstReason,
  furnitureLines,
  partRules,
  sentenceRules,
  TEASER,
  type CleaningContext,
  type CleaningRule,
  type Part,
} from './cleaning-rules.js'
import { normalizeForMatching } from './normalize-for-matching.js'

/** `text` with the parts blanked out (same length, so offsets hold). */
const blank = (text: string, parts: readonly Part[]): string => parts.reduce((t, p) => t.slice(0, p.start) + ' '.repeat(p.end - p.start) + t.slice(p.end), text)

/**
 * Cuts the sentences at the edges of the parts (offsets into the body): a piece inside a part is set aside
 * with the part's reason, the pieces outside are kept. Each piece is trimmed and points into the body exactly.
 */
function cutSentences(body: string, sentences: readonly Sentence[], parts: readonly Part[]): Sentence[] {
  const edges = parts.flatMap((p) => [p.start, p.end])
  return sentences.flatMap((sentence) => {
    const cuts = [sentence.start, ...new Set(edges.filter((e) => e > sentence.start && e < sentence.end).sort((a, b) => a - b)), sentence.end]
    return cuts.slice(1).flatMap((end, i) => {
      const raw = body.slice(cuts[i], end)
      const text = raw.trim()
      if (text === '') return []
      const start = (cuts[i] ?? 0) + raw.length - raw.trimStart().length
      const part = parts.find((p) => p.start <= start && start + text.length <= p.end)
      return [{ ...sentence, text, start, end: start + text.length, setAside: part?.reason ?? null }]
    })
  })
}

/**
 * The clean stage: marks page furniture (comment prompts, tag lists, teasers, captions, bios, menus, bylines,
 * share prompts, embedded posts, a repeated title) as set aside, with the reason, without removing or editing
 * any text. Later stages skip what is set aside.
 *
 * A paragraph the rules keep is then read line by line when it runs over several lines: its menu, byline or
 * date lines are set aside as sentences of their own, and the rules judge what is left. Then part rules find
 * furniture run into the text (a caption before the lead), and sentence rules find inline teasers.
 */
export function cleanArticle(article: Article, rules: CleaningRule[] = cleaningRules): Article {
  const texts = article.paragraphs.map((p) => normalizeForMatching(article.body.slice(p.start, p.end)))
  const reasons: (string | null)[] = []
  const paragraphs = article.paragraphs.map((paragraph, index) => {
    const ctx: CleaningContext = {
      article,
      paragraphs: article.paragraphs,
      index,
      text: texts[index] ?? '',
      raw: article.body.slice(paragraph.start, paragraph.end),
      next: texts[index + 1] ?? null,
      earlier: reasons,
    }
    let reason = firstReason(rules, ctx)
    const lines = reason === null ? furnitureLines(ctx) : []
    const rest = { ...ctx, text: blank(ctx.text, lines) }
    if (lines.length > 0) reason = rest.text.trim() === '' ? [...new Set(lines.map((p) => p.reason))].join('; ') : firstReason(rules, rest)
    // A paragraph that ends in a list of headlines ("Most read⏎…") says so, for the list items that follow it.
    if (reason !== null && lines.at(-1)?.reason === TEASER && lines.at(-1)?.end === ctx.raw.length) reason = [...new Set([reason, TEASER])].join('; ')
    let sentences = paragraph.sentences
    if (reason === null) {
      const parts = [...lines, ...partRules.flatMap((rule) => rule(rest))].map((p) => ({
        ...p,
        start: p.start + paragraph.start,
        end: p.end + paragraph.start,
      }))
      sentences = cutSentences(article.body, paragraph.sentences, parts)
      if (parts.length > 0 && sentences.every((s) => s.setAside !== null)) reason = [...new Set(sentences.map((s) => s.setAside))].join('; ')
    }
    reasons.push(reason)
    sentences = sentences.map((sentence) => {
      if (sentence.setAside !== null) return sentence
      const normalized = normalizeForMatching(sentence.text)
      return { ...sentence, setAside: sentenceRules.map((rule) => rule(normalized)).find((r) => r !== null) ?? null }
    })
    return { ...paragraph, setAside: reason, sentences }
  })
  return { ...article, paragraphs }
}
