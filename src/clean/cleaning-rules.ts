import type { Article, Paragraph } from '../ingest/article.js'
import { MAX_PARAGRAPH_CHARS } from '../ingest/parse-body.js'

/** What a cleaning rule sees: one paragraph, its normalized text, and the article around it. */
export interface CleaningContext {
  article: Pick<Article, 'title' | 'author'>
  paragraphs: readonly Paragraph[]
  index: number
  /** The paragraph's text with spaces and quotes normalized (same length as the original). */
  text: string
  /** Reasons already given to the paragraphs before this one (`null` for article text). */
  earlier: readonly (string | null)[]
}

/** A rule returns why the paragraph is page furniture, or `null` when it is article text. */
export type CleaningRule = (ctx: CleaningContext) => string | null

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean)
const endsLikeSentence = (text: string): boolean => /[.!?"')\]]\s*$/.test(text.trim())
const squash = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

export const COMMENT_SECTION = 'comment section: a prompt to comment, a comment count or the comment form'
export const TAG_LIST = 'tag list or share widget'
export const TEASER = 'related-article teaser or its credit'
export const CAPTION = 'photo caption or photo credit'
export const AUTHOR_BIO = 'author bio'
export const REPEATED_TITLE = 'repeats the title'
export const TAIL = 'page furniture after the end of the article (comments, tags or links follow)'
export const FRAGMENT = 'stray fragment: too short to be a sentence, and not a heading'

/** The whole line is a comment prompt or count: "Leave a Reply", "Comments are closed.", "12 comments", "No comments:", "Post a Comment". */
const COMMENT_LINE =
  /^\s*(leave a (reply|comment)|comments? (are|is) (now )?closed|no comments|post a comment|\d[\d,]* comments?|comments?|show comments|view comments|load comments|join the (conversation|discussion)|add a comment|be the first to comment|discussion)\s*[.!:*]?\s*$/i
/** The comment form's notices, which start a line and may run on. */
const COMMENT_NOTICE =
  /^\s*(please let us know if you('|')?re having issues with commenting|your email address will not be published|you must be logged in to post a comment|comments are moderated)/i

export const setAsideCommentPrompts: CleaningRule = ({ text }) =>
  COMMENT_LINE.test(text) || (COMMENT_NOTICE.test(text) && words(text).length <= 25) ? COMMENT_SECTION : null

/** "Tags: Iraq, Syria", "Filed under: …", "Share this article", "Share on Facebook | Twitter". */
export const setAsideTagLists: CleaningRule = ({ text }) => {
  if (/^\s*(tags?|topics?|filed under|categories|category|related topics|keywords)\s*:/i.test(text) && words(text).length <= 40) return TAG_LIST
  if (
    /^\s*(share( this( article| story| post)?)?|share on \w+|tweet|e-?mail|print|copy link|facebook|twitter|whatsapp|linkedin|telegram|reddit)(\s*[|,/·•]\s*(share on \w+|tweet|e-?mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|telegram|reddit))*\s*:?\s*$/i.test(
      text,
    )
  )
    return TAG_LIST
  return null
}

/** Everything after the comment section or tag list starts: related headlines, tag clouds. */
export const setAsideTail: CleaningRule = ({ earlier }) =>
  earlier.some((reason) => reason === COMMENT_SECTION || reason === TAG_LIST || reason === TAIL) ? TAIL : null

/**
 * A related-article teaser: "RELATED: …", "READ MORE: …", or a headline with an
 * all-caps kicker ("EVIL: See the Aftermath …") that is not a sentence; and the
 * "Name / Outlet" credit line that follows one.
 */
export const setAsideRelatedTeasers: CleaningRule = ({ text, earlier, index }) => {
  if (/^\s*[([]?\s*(related|read more|read also|see also|also read|more|watch|listen|recommended|must read|trending)\s*:/i.test(text)) return TEASER
  const kicker = /^\s*([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+){0,2}):\s+\S/.exec(text)
  if (kicker && !endsLikeSentence(text) && words(text).length <= 25) return TEASER
  const credit = /^\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3}\s*\/\s*[A-Z][\w&' -]{1,40}$/.test(text.trim())
  if (credit && earlier[index - 1] === TEASER) return TEASER
  return null
}

/** Openers and credits that mark a photo caption: "In this January 13, 2020, photo, …", "(AP Photo/…)", "…/AFP via Getty Images". */
const CAPTION_OPENERS =
  /^\s*(in this (\w+ )?(\d{1,2}, )?(\d{4},? )?(file |undated |handout |aerial )?(photo|picture|image|video grab|screen ?grab)|a (picture|photo|photograph|file photo) (taken|shows)|file photo|pictured( above| here)?:|photo( credit)?:|image( credit)?:|caption:|this (photo|picture|image) (taken|shows|provided|released))/i
const PHOTO_CREDIT =
  /(\((ap|afp|reuters|getty|epa|ansa)[^)]*(photo|images?|pool)[^)]*\)\s*$|\b(via getty images|getty images|\/ ?afp|\/ ?reuters|\/ ?ap|\/ ?epa|shutterstock|\/ ?anadolu)\s*\)?\s*$|^\s*\(?(photo|image|credit)s?( by)?\s*[:/])/i

export const setAsidePhotoCaptions: CleaningRule = ({ text }) => {
  if (CAPTION_OPENERS.test(text)) return CAPTION
  if (PHOTO_CREDIT.test(text) && words(text).length <= 60) return CAPTION
  return null
}

/** "Bill Roggio is a Senior Fellow at …": a short paragraph that introduces the author or a contributor. */
const BIO_ROLE =
  /^(is|was|has been|serves as) (a|an|the) ((senior|associate|staff|contributing|freelance|former|national|foreign|chief|managing|deputy|visiting|nonresident|non-resident|executive|investigative|political|defen[cs]e|security|pentagon|white house|middle east)\s+)*(fellow|reporter|correspondent|writer|editor|journalist|columnist|analyst|contributor|author|producer|researcher|director)\b/i

export const setAsideAuthorBios: CleaningRule = ({ text, article }) => {
  const name = /^\s*([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}) /.exec(text)
  if (!name?.[1] || words(text).length > 60) return null
  if (!BIO_ROLE.test(text.trimStart().slice(name[1].length + 1))) return null
  const isAuthor = article.author !== null && squash(article.author) === squash(name[1])
  return isAuthor || words(text).length <= 45 ? AUTHOR_BIO : null
}

/** The headline repeated as the first lines of the body. */
export const setAsideRepeatedTitle: CleaningRule = ({ text, article, index }) =>
  index <= 2 && squash(text) !== '' && squash(text) === squash(article.title) ? REPEATED_TITLE : null

/** A line of at most four words with no sentence punctuation ("Iraq US", "Advertisement"): page furniture. */
export const setAsideFragments: CleaningRule = ({ text, paragraphs, index }) => {
  const n = words(text).length
  if (n === 0 || n > 4) return null
  if (/[.!?:;,"]/.test(text)) return null
  const previous = paragraphs[index - 1]
  const next = paragraphs[index + 1]
  // A short line between two paragraphs is more likely a label or ad slot than a heading when it has no heading syntax.
  return previous !== undefined || next !== undefined ? FRAGMENT : null
}

/** A paragraph too long to be read (see MAX_PARAGRAPH_CHARS): shown, never read for events. */
export const setAsideOversized: CleaningRule = ({ paragraphs, index }) => {
  const p = paragraphs[index]
  return p && p.end - p.start > MAX_PARAGRAPH_CHARS
    ? `a paragraph over ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters, too long to be read for events`
    : null
}

/** The rules, in order: the first reason given wins. The order is the spec. */
export const cleaningRules: CleaningRule[] = [
  setAsideOversized,
  setAsideRepeatedTitle,
  setAsideCommentPrompts,
  setAsideTagLists,
  setAsideTail,
  setAsidePhotoCaptions,
  setAsideRelatedTeasers,
  setAsideAuthorBios,
  setAsideFragments,
]

/** Inline furniture inside a paragraph: "(RELATED: …)", "[Continue reading…]", "Click here to …". */
export const sentenceRules: ((text: string) => string | null)[] = [
  (text) => (/^\s*[([]\s*(related|read more|see also|watch|listen)\s*:[^)\]]*[)\]]\s*$/i.test(text) ? TEASER : null),
  (text) =>
    /^\s*\[?\s*(continue reading|read more|read the full (story|article)|click here)[^\]]*\]?\s*$/i.test(text)
      ? 'link to the rest of an excerpted article'
      : null,
]
