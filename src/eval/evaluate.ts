import path from 'node:path'
import { cleanArticle } from '../clean/clean-article.js'
import { extractReports } from '../extract/extract-reports.js'
import { readArticle } from '../ingest/read-articles.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import { mergeReports } from '../merge/merge-reports.js'
import type { TimelineEvent } from '../model/event.js'
import { readGold } from './gold.js'
import { scoreExtraction, type EvalScore } from './score.js'

/**
 * Runs each article the gold file names through ingest → clean → extract → merge, as the build
 * does but one article at a time, and scores what it finds against the gold.
 */
export async function evaluate(articlesDir: string, goldFile: string, knowledge: Knowledge): Promise<EvalScore> {
  const gold = readGold(goldFile, knowledge)
  const found = new Map<string, TimelineEvent[] | string>()
  for (const name of gold.keys()) {
    const { article, diagnostics } = await readArticle(path.join(articlesDir, name))
    // An article that cannot be read says why, as the build would: its file, line, field and the fix.
    const why = diagnostics.find((d) => d.severity === 'error')
    found.set(
      name,
      article !== null
        ? mergeReports(extractReports(cleanArticle(article), knowledge).reports, knowledge)
        : why
          ? `${why.file}${why.line === null ? '' : `:${why.line}`} (${why.field}): ${why.message}`
          : 'it could not be read',
    )
  }
  return scoreExtraction(gold, (name) => found.get(name) ?? 'it is missing', knowledge.campaign)
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`
const rate = (r: { right: number; of: number }): string => (r.of === 0 ? 'n/a (none given)' : `${percent(r.right / r.of)} (${r.right} of ${r.of})`)

/** The score as the lines `npm run eval` prints: the figures, then each miss with its sentence. */
export function formatScore(score: EvalScore, withMisses = true): string[] {
  const lines = [
    `${score.articles} article${score.articles === 1 ? '' : 's'}, ${score.gold} attack${score.gold === 1 ? '' : 's'} in the gold, ${score.extracted} extracted (dated to a day), ${score.matched} matched on day and place.`,
    `  precision  ${percent(score.precision)}`,
    `  recall     ${percent(score.recall)}`,
    `  F1         ${percent(score.f1)}`,
    `  status     ${rate(score.status)}`,
    `  casualties ${rate(score.casualties)}: killed ${rate(score.killed)}, injured ${rate(score.injured)}`,
    `  traps      ${rate(score.traps)} gave no attack`,
    `  outside    ${score.outsideCampaign} event${score.outsideCampaign === 1 ? '' : 's'} outside the campaign`,
  ]
  if (score.unscored > 0)
    lines.push(`  ${score.unscored} extracted attack${score.unscored === 1 ? ' is' : 's are'} dated to a span, not a day, and not scored.`)
  if (withMisses && score.misses.length > 0) {
    lines.push('', `${score.misses.length} miss${score.misses.length === 1 ? '' : 'es'}:`)
    for (const m of score.misses) {
      lines.push(`  ${m.article}: ${m.message}`)
      if (m.sentence) lines.push(`      "${m.sentence.length > 220 ? `${m.sentence.slice(0, 220).replace(/\s+\S*$/, '')}…` : m.sentence}"`)
    }
  }
  return lines
}
