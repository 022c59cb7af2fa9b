/**
 * How a copy was recognised: `original-url`, its front matter's `original.url` is the address of another article
 * in the corpus; `text`, its cleaned body and another's share most of their five-word shingles
 * (`src/merge/find-copies.ts`); `original-source`, its front matter names the outlet that first published it.
 */
export type CopyEvidence = 'original-url' | 'text' | 'original-source'

/**
 * What makes an article a copy of another outlet's reporting (a wire story republished, a piece reposted with a
 * new headline): its reports count toward `outlet`, once, however many copies there are.
 */
export interface ArticleCopy {
  /** The outlet whose reporting it is: the one its `original` names, or that of the article it copies. */
  outlet: string
  /** The id of the article in the corpus it copies (`seeds/…`), or `null` when only its `original.source` names the first outlet. */
  of: string | null
  by: CopyEvidence
  /** For `text`: the share of the shorter body's shingles the other body holds, 0 to 1, to two decimals; `null` otherwise. */
  overlap: number | null
}
