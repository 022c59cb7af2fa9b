import type { Article } from '../ingest/article.js'
import { isCampaignMilitia, type ClaimantEntry, type Knowledge } from '../knowledge/knowledge.js'
import { normalizeForMatching } from '../clean/normalize-for-matching.js'
import { statusOfKind, type Attribution } from './attribute-claim.js'

/** Who a numbered note names as its source. */
type NoteSource = Pick<ClaimantEntry, 'label' | 'kind'>

/** The source each numbered note of the article names: "[3] Pentagon official, comments to regional media, November 13". */
export function footnoteSources(article: Article, knowledge: Knowledge): Map<string, NoteSource> {
  const notes = new Map<string, NoteSource>()
  const rank: ClaimantEntry['kind'][] = ['us-official', 'host-government', 'local-security', 'militia']
  for (const m of article.body.matchAll(/^[ \t]*\[(\d{1,3})\][ \t]+(.+)$/gm)) {
    const text = normalizeForMatching(m[2] ?? '')
    const militias = knowledge
      .findGroups(text)
      .filter((g) => isCampaignMilitia(g.value))
      .map((g): NoteSource => ({ label: g.value.name, kind: 'militia' }))
    const found = [...knowledge.findClaimants(text).map((c): NoteSource => c.value), ...militias]
    const best = rank.map((kind) => found.find((c) => c.kind === kind)).find((c) => c !== undefined)
    if (best && m[1]) notes.set(m[1], best)
  }
  return notes
}

/**
 * A sentence the outlet tells in its own words that cites a numbered note naming a source ("… with no casualties
 * or damage.[3]", where [3] is "Pentagon official, comments to regional media"): that source's word, as a think
 * tank's daily update or an encyclopedia cites it.
 */
export function citedByNote(attribution: Attribution, text: string, notes: ReadonlyMap<string, NoteSource>): Attribution {
  if (attribution.claimantKind !== 'media' || notes.size === 0) return attribution
  const cited = [...text.matchAll(/\[(\d{1,3})\]/g)].map((m) => notes.get(m[1] ?? '')).find((c) => c !== undefined)
  if (cited === undefined) return attribution
  const status = statusOfKind(cited.kind)
  return {
    claimant: cited.label,
    claimantKind: cited.kind,
    status: attribution.status === 'reported' ? status : attribution.status,
    denies: attribution.denies,
  }
}
