import { dateLine } from '../ingest/date-line.js'
import type { Article, Paragraph } from '../ingest/article.js'
import { MAX_PARAGRAPH_CHARS } from '../ingest/parse-body.js'

/** What a cleaning rule sees: one paragraph (or one line of it), its normalized text, and the article around it. */
export interface CleaningContext {
  article: Pick<Article, 'title' | 'author'>
  paragraphs: readonly Paragraph[]
  index: number
  /** The paragraph's text (for a line rule, the line's) with spaces and quotes normalized (same length as the original). */
  text: string
  /** The same text exactly as in the body, line breaks kept. */
  raw: string
  /** The normalized text that follows (the next line, or the next paragraph), `null` at the end: an embedded post is known by the line below it. */
  next: string | null
  /** Reasons already given to the paragraphs before this one (`null` for article text). */
  earlier: readonly (string | null)[]
}

/** A rule returns why the paragraph is page furniture, or `null` when it is article text. */
export type CleaningRule = (ctx: CleaningContext) => string | null

/** Furniture inside a paragraph that is otherwise article text: offsets into the paragraph's text (end exclusive), and why. */
export interface Part {
  start: number
  end: number
  reason: string
}

/** A rule that finds furniture inside a paragraph (a photo caption run into the lead); the sentences are cut around it. */
export type PartRule = (ctx: CleaningContext) => Part[]

/** The text `words` split last, and its words: the rules ask for the same paragraph's words one after another. */
let lastSplit: { text: string; words: readonly string[] } = { text: '', words: [] }
/** The words of `text`, split at whitespace. The same array is given again for the same text: read it, never change it. */
const words = (text: string): readonly string[] => {
  if (text !== lastSplit.text) lastSplit = { text, words: text.trim().split(/\s+/).filter(Boolean) }
  return lastSplit.words
}
const endsLikeSentence = (text: string): boolean => /[.!?"')\]]\s*$/.test(text.trim())
const squash = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/**
 * True above the article's first sentence: no paragraph before this one was kept as article text ending like a
 * sentence. Menus, bylines and the publication date live here; below it, a date alone on a line marks a live blog's day.
 */
export const inHeader = ({ paragraphs, index, earlier }: CleaningContext): boolean => {
  for (let i = 0; i < index; i++) if (earlier[i] === null && endsLikeSentence(paragraphs[i]?.sentences.at(-1)?.text ?? '')) return false
  return true
}

/**
 * True for text on one line. Patterns that only judge how a line starts ("© …", "Follow us on …") read single
 * lines: on a paragraph of several lines they could take in the lead pasted below; `furnitureLines` reads those.
 */
const oneLine = ({ raw }: CleaningContext): boolean => !raw.includes('\n')

export const COMMENT_SECTION = 'comment section: a prompt to comment, a comment count or the comment form'
export const TAG_LIST = 'tag list or share widget'
export const TEASER = 'related-article teaser or its credit'
export const CAPTION = 'photo caption or photo credit'
export const AUTHOR_BIO = 'author bio'
export const REPEATED_TITLE = 'repeats the title'
export const TAIL = 'page furniture after the end of the article (comments, tags or links follow)'
export const FRAGMENT = 'stray fragment: too short to be a sentence, and not a heading'
export const NAVIGATION = 'site navigation: a menu, a breadcrumb trail or an account link'
export const BYLINE = 'byline, publication time or reading time: it dates the article, not an event'
export const DATELINE = 'dateline alone on its line: it dates the article, not an event'
export const SHARE = 'share, follow or subscribe prompt'
export const END_MATTER = 'credit, copyright or standards line that closes an article'
export const EMBED = "embedded social-media post (its account names and dates are not the article's)"
export const CORRECTION_NOTICE = "correction or editor's note: it tells what an earlier version said, not an event"
export const UPDATE_NOTE = 'update note: it lists what a version of the story added, not an event'

/** The whole line is a comment prompt or count: "Leave a Reply", "Comments are closed.", "12 comments", "No comments:", "Post a Comment". */
const COMMENT_LINE =
  /^\s*(leave a (reply|comment)|comments? (are|is) (now )?(closed|not enabled|disabled|turned off)( (on|for) this (article|story|post|page))?|no comments|post a comment|\d[\d,]* comments?|comments?|(readers?['’]? )?comments? \(\d[\d,]*\)|show comments|view comments|load comments|join the (conversation|discussion)|add a comment|be the first to comment|discussion)\s*[.!:*]?\s*$/i
/** The comment form's notices, which start a line and may run on. */
const COMMENT_NOTICE =
  /^\s*(please let us know if you('|')?re having issues with commenting|your email address will not be published|you must be logged in to post a comment|comments are moderated)/i

export const setAsideCommentPrompts: CleaningRule = ({ text }) =>
  COMMENT_LINE.test(unemphasized(text)) || (COMMENT_NOTICE.test(text) && words(text).length <= 25) ? COMMENT_SECTION : null

/**
 * "Tags: Iraq, Syria", "Filed under: …", "Share this article", "Share on Facebook | Twitter". A share line above
 * the article's first sentence is a share bar under the headline, not the tail: it gets SHARE, which ends nothing.
 */
export const setAsideTagLists: CleaningRule = (ctx) => {
  const { text } = ctx
  if (/^\s*(tags?|topics?|filed under|categories|category|related topics|keywords)\s*:/i.test(text) && words(text).length <= 40) return TAG_LIST
  if (
    /^\s*(share( this( article| story| post)?)?|share on \w+|tweet|e-?mail|print|copy link|facebook|twitter|whatsapp|linkedin|telegram|reddit)(\s*[|,/·•]\s*(share on \w+|tweet|e-?mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|telegram|reddit))*\s*:?\s*$/i.test(
      text,
    )
  )
    // A share bar ends nothing: live blogs put one under every entry. Related headlines after one are read as fragments and teasers.
    return SHARE
  return null
}

/** A paragraph that is one image and nothing else: `![alt text](address)`. */
const IMAGE_ONLY = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/

/** Reasons after which nothing more is the article. A paragraph of furniture lines joins its lines' reasons with "; ". */
const endsArticle = (reason: string | null): boolean => reason !== null && reason.split('; ').some((r) => r === COMMENT_SECTION || r === TAG_LIST || r === TAIL)

/** Everything after the comment section or tag list starts: related headlines, tag clouds. */
export const setAsideTail: CleaningRule = ({ earlier, paragraphs }) => {
  // Tags or comments end the article only below its text: a tag line in the page header, above the lead, ends nothing,
  // and neither does one under a headline or a wire slug ("IRAQ-US-ATTACKS (UPDATE 2, adds detail)"), which are no prose.
  // Nor does an image's text ("![Fire engines at the gate … (Photo: Kurdistan 24)](…)"), a caption in the page header.
  const prose = (i: number): boolean =>
    earlier[i] === null &&
    (paragraphs[i]?.sentences.some((s) => PROSE.test(s.text)) ?? false) &&
    !IMAGE_ONLY.test(paragraphs[i]?.sentences.map((s) => s.text).join(' ') ?? '')
  return earlier.some((reason, i) => endsArticle(reason) && earlier.slice(0, i).some((_, j) => prose(j))) ? TAIL : null
}

/** A sentence of article text: eight words or more, ending as a sentence ends. */
const PROSE = /^(?:\S+\s+){7,}.*[.!?]["'”’)]*\s*$/s

/** A label alone on its line over a list of other stories' headlines: "Related", "Read more", "Most read", "You may also like". */
const LIST_LABEL =
  /^\s*(?:related(?: stories| articles| coverage| content| news| reading| links)?|read more|read also|see also|further reading|external links|also read|more (?:stories|news|headlines|on this( story| topic)?)|most (?:read|popular|viewed|shared)(?: this week| today| now)?|you (?:may|might) also like|recommended(?: for you| reading)?|(?:also )?trending(?: now| stories| news| in [A-Za-z]+(?: [A-Za-z]+)?)?|live(?: updates?| blog| coverage)?(?:\s*[:|]|\s{2,})\s*[^.]{1,60}|latest (?:news|stories|headlines)|top stories|editor'?s picks)\s*:?\s*$/i
/** The same, with the outlet's name: "Previously on Defense Ledger:", "More from Kurdistan Today" (not "Also on Friday:"). */
const OUTLET_LIST_LABEL =
  /^\s*(?:Previously|More|Elsewhere|Also|Earlier) (?:on|from) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Iraq|Syria|Jordan)\b)[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,4}\s*:?\s*$/
export const isListLabel = (text: string): boolean => {
  const label = unemphasized(text).replace(/\[edit\]\s*$/i, '')
  // "MORE FROM MENA" as "More From Mena": capitals are a page's style, not a name.
  const titled = /[a-z]/.test(label) ? label : label.toLowerCase().replace(/\b(?!(?:on|from)\b)[a-z]/g, (c) => c.toUpperCase())
  return LIST_LABEL.test(label) || OUTLET_LIST_LABEL.test(titled)
}
/** The text without the emphasis marks around it: "**Related**", "*Related: …*". */
const unemphasized = (text: string): string => text.replace(/^\s*[*_]+|[*_]+\s*$/g, '')
/** A paragraph of links and nothing else, as related-story lists print them: "[Pentagon blames militia …](https://…) · [Iraq, US hold talks](https://…)". */
const LINKS_ONLY = /^\s*(?:[-*•·|]\s*)?(?:\[[^\]]+\]\([^)]*\)\s*(?:[·•|,;/]\s*)?)+$/
/** A line that reads as a headline, not a sentence: short, without a full stop at its end ("2. Rocket attack targets U.S. embassy in Baghdad"). */
export const isHeadline = (text: string): boolean => text.trim() !== '' && !endsLikeSentence(text) && words(text).length <= 20

/**
 * Headlines one a line, as a related list pasted from a page prints them: two or more lines, each opening with a capital,
 * a digit or a quotation mark and none ending like a sentence (a quoted phrase may end one). A hard-wrapped paragraph has
 * lines that open in lower case.
 */
const headlinesOneALine = (raw: string): boolean => {
  const lines = raw.trim().split(/\n/)
  return lines.length >= 2 && lines.every((line) => /^\s*["“'‘]?[A-Z0-9]/.test(line) && isHeadline(line.replace(/["”’']+\s*$/, '')))
}

/**
 * A related-article teaser: "RELATED: …", "READ MORE: …", or a headline with an
 * all-caps kicker ("EVIL: See the Aftermath …") that is not a sentence; and the
 * "Name / Outlet" credit line that follows one.
 */
export const setAsideRelatedTeasers: CleaningRule = ({ text, raw, earlier, index }) => {
  if (/^\s*[([]?\s*(related|read more|read also|see also|also read|more|watch|listen|recommended|must read|trending)\s*:/i.test(unemphasized(text)))
    return TEASER
  if (LINKS_ONLY.test(unemphasized(text))) return TEASER
  if (isListLabel(text)) return TEASER
  // An entry of a reference list, as encyclopedias print them: "^ "Rockets fired at Ain al-Asad" (Wire, 31 October)."
  if (/^\s*\^\s/.test(text)) return TEASER
  // The headlines under a "Related" or "Most read" label: none ends like a sentence, one a paragraph or one a line.
  if ((earlier[index - 1] ?? '').split('; ').includes(TEASER) && (isHeadline(text) || headlinesOneALine(raw))) return TEASER
  const kicker = /^\s*([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+){0,2}):\s+\S/.exec(text)
  if (kicker && !endsLikeSentence(text) && words(text).length <= 25) return TEASER
  const credit = /^\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3}\s*\/\s*[A-Z][\w&' -]{1,40}$/.test(text.trim())
  if (credit && earlier[index - 1] === TEASER) return TEASER
  return null
}

/** Openers and credits that mark a photo caption: "In this January 13, 2020, photo, …", "(AP Photo/…)", "…/AFP via Getty Images". */
const CAPTION_OPENERS =
  /^\s*(in this (\w+ )?(\d{1,2}, )?(\d{4},? )?(file |undated |handout |aerial )?(photo|picture|image|video grab|screen ?grab)|a (picture|photo|photograph|file photo) (taken|shows)|file photo|pictured( above| here)?:|photo( credit)?:|image( credit)?:|caption:|this (photo|picture|image) (taken|shows|provided|released))/i
/** The label a gallery puts before the text under a picture. */
const GALLERY_CAPTION = /^\s*caption:/i
const PHOTO_CREDIT =
  /(\((ap|afp|reuters|getty|epa|ansa)[^)]*(photo|images?|pool)[^)]*\)\s*$|\b(via getty images|getty images|\/ ?afp|\/ ?reuters|\/ ?ap|\/ ?epa|shutterstock|\/ ?anadolu)\s*\)?\s*$|^\s*\(?(photo|image|credit)s?( by)?\s*[:/])/i

export const setAsidePhotoCaptions: CleaningRule = (ctx) => {
  const { text } = ctx
  // "FILE PHOTO: … Jane Doe/File Photo BAGHDAD, Nov 21 (Agency) - …": a caption run into the lead is set aside by
  // `setAsideLeadCaption`, the story after it kept.
  if (setAsideLeadCaption(ctx).length > 0) return null
  // "File photo © Nevsky International DAMASCUS, October 9 (Nevsky International) - A US military base …": a copyright
  // credit run into a dateline and the lead; extraction masks both (src/extract/dateline.ts) and reads the story.
  if (COPYRIGHT_THEN_DATELINE.test(text)) return null
  // A gallery's "Caption:" that runs to a paragraph of several sentences tells the story the pictures show; a caption
  // is a line or two.
  if (CAPTION_OPENERS.test(text) && !(GALLERY_CAPTION.test(text) && words(text).length > MAX_CAPTION_WORDS)) return CAPTION
  if (PHOTO_CREDIT.test(text) && words(text).length <= 60) return CAPTION
  // "*Fire engines at the gate of the base on Thursday night. (Photo: Kurdistan 24)*": one sentence that ends on a credit
  // in brackets, whoever took it, in italics or not (not a story's sentences with a credit after them).
  const credit = CREDIT_LAST.exec(text)
  if (credit !== null && words(text).length <= 60 && !/(?:[a-z]{2}|\d)[.!?]["'”’)*_]*\s+["“*_]*[A-Z]/.test(text.slice(0, credit.index).trim())) return CAPTION
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

/**
 * A headline without its kicker: "Middle East live: U.S. personnel wounded …" and "LIVE: U.S. personnel wounded …" are one
 * headline. Only a kicker that says the page is live or updated: "Tower 22:" or "Wednesday, January 24:" tells what the
 * headline does not.
 */
const unkicked = (text: string): string =>
  squash(text.replace(/^\s*[^:.!?]{0,30}\b(?:live|latest|updates?|updated|breaking|watch|video)\b[^:.!?]{0,30}:\s+/i, ''))

/** The headline repeated as the first lines of the body, its kicker aside. */
export const setAsideRepeatedTitle: CleaningRule = ({ text, article, index }) =>
  index <= 2 && squash(text) !== '' && (squash(text) === squash(article.title) || sameUnderLiveKickers(text, article.title)) ? REPEATED_TITLE : null

/** Two headlines that both open on a live kicker and say the same after it. */
function sameUnderLiveKickers(a: string, b: string): boolean {
  const [bareA, bareB] = [unkicked(a), unkicked(b)]
  return bareA !== squash(a) && bareB !== squash(b) && bareA === bareB
}

/** A line of at most four words with no sentence punctuation ("Iraq US", "Advertisement"): page furniture. */
export const setAsideFragments: CleaningRule = (ctx) => {
  const { text, paragraphs, index } = ctx
  const n = words(text).length
  if (n === 0 || n > 4) return null
  // A date alone on its line below the lead ("Sunday 28 January", "October") dates the paragraphs under it, as a
  // chronology sets it: extraction reads it as a heading. In the page header it is the article's own date.
  if (dateLine(text) !== null && !inHeader(ctx)) return null
  if (/[.!?:;,"]/.test(text)) return null
  // A heading ("## Sunday", or a bold line alone, "**Sunday 31 December**") is the section's label.
  if (paragraphs[index]?.heading === true) return null
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

const MONTH_NAMES = 'Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October|Nov|November|Dec|December'
const DAY_NAMES = 'Mon|Monday|Tue|Tues|Tuesday|Wed|Wednesday|Thu|Thur|Thurs|Thursday|Fri|Friday|Sat|Saturday|Sun|Sunday'
const MONTH_WORD = new RegExp(`^(?:${MONTH_NAMES})\\.?$`, 'i')
/** One word of a date or time stamp: "29", "2024-01-29", "10:32", "a.m.", "GMT", "Jan.", "Monday", "ago". */
const STAMP_WORD = new RegExp(
  `^(?:\\d{1,4}(?:[-/.:]\\d{1,4}){0,2}(?:st|nd|rd|th|h)?|\\d{1,2}(?:[:.]\\d{2})?[ap]m|[ap]\\.?m\\.?|(?:${MONTH_NAMES}|${DAY_NAMES})\\.?|(?:gmt|utc)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{1,2}:?\\d{2}|bst|cet|cest|eet|eest|est|edt|et|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|ast|msk|irst|at|on|ago|hours?|hrs?|minutes?|mins?|days?|yesterday|today|now|just|local|time)$`,
  'i',
)
const stampWords = (text: string): readonly string[] => words(text.replace(/[,()]/g, ' '))
/** "Jan. 29, 2024 4:05 PM ET", "2 hours ago": only date and time words, with a number (or "today", "now"). */
const isStamp = (text: string): boolean => {
  const ws = stampWords(text)
  return ws.length > 0 && ws.length <= 12 && ws.every((w) => STAMP_WORD.test(w)) && ws.some((w) => /\d|^(yesterday|today|now)$/i.test(w))
}
/** A date that stands alone: a month named with a number ("March 14 2023"), or a full numeric date ("2024-01-29"). */
const isFullDate = (text: string): boolean =>
  isStamp(text) &&
  ((stampWords(text).some((w) => MONTH_WORD.test(w)) && /\d/.test(text)) || /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/.test(text))

/** "Published:", "Updated", "Last updated:", "Last Update", "Posted on", "Date:", a research page's "Data cutoff:" before a stamp. */
const STAMP_LABEL =
  /^(?:(?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified|edited)(?:\s+(?:on|at))?|last\s+update|date|(?:data|information)\s+cut-?off)\b\s*:?\s*/i
/** "Published 6:42 a.m. CT Nov. 22, 2023", "Posted on 2024-01-29 by admin", or the label alone ("Last updated:"). */
const isLabelledStamp = (segment: string): boolean => {
  const label = STAMP_LABEL.exec(segment)
  if (!label) return false
  const stamp = segment.slice(label[0].length).replace(/(?:^|\s+)by\s+[\p{L}.' -]{1,40}$/iu, '')
  return stamp.trim() === '' || isStamp(stamp)
}
/** "5 min read", "Reading time: 4 minutes"; a video's or a show's length: "2 min 37 sec", "Duration: 29:30". */
const READING_TIME =
  /^\s*(?:\d{1,3}\s*-?\s*(?:min|mins|minute|minutes)\.?\s+read|(?:reading|read)\s+time\s*:?\s*\d{1,3}\s*(?:min|mins|minutes?)\.?|\d{1,3}\s*(?:min|mins|minutes?)\.?\s+\d{1,2}\s*(?:sec|secs|seconds?)\.?|(?:duration|length|running time|runtime)\s*:?\s*\d{1,3}(?::\d{2}){1,2})\s*$/i

/** Words that start a sentence like "By Tuesday evening, …" or "By then, …", never a name. */
const TIME_WORD = new RegExp(
  `^(?:${MONTH_NAMES}|${DAY_NAMES}|today|tonight|tomorrow|yesterday|then|now|noon|midnight|dawn|dusk|nightfall|sunrise|sunset|christmas|easter|ramadan|eid|early|late|mid|this|that|last|next|night|morning|evening|afternoon)\\.?$`,
  'i',
)
/** A word of a name or an outlet: capitalised, or a particle ("al", "bin", "de") or short joining word. */
const NAME_WORD = /^(?:\p{Lu}(?:[\p{L}'’-]*|\.)|\p{Lu}[\p{L}'’-]*\.|al|bin|bint|ibn|de|da|del|der|van|von|el|le|la|du|of|for|the|and|at|in|to|&)$/u
/** "Jane Doe", "Jane Doe and John Roe, The Gulf Ledger", "MARTA KELLING": names and an outlet, each part capitalised. */
const isNameList = (text: string): boolean => {
  const parts = text.trim().split(/\s*,\s*|\s+and\s+|\s*&\s*/)
  return (
    parts.length <= 6 &&
    parts.every((part) => {
      const ws = words(part)
      return ws.length >= 1 && ws.length <= 5 && /^\p{Lu}/u.test(part) && ws.every((w) => NAME_WORD.test(w)) && !TIME_WORD.test(ws[0] ?? '')
    })
  )
}
/** "By Jane Doe, Reuters", "By Jane Doe and John Roe", "By Jane Doe, Jan. 29, 2024": names, then perhaps a stamp. */
const isByPart = (segment: string): boolean => {
  const by = /^\s*(?:By|BY|(?:Written|Story|Words|Reported|Text) by)\s+(.+)$/.exec(segment)
  if (!by?.[1]) return false
  const parts = by[1].split(',')
  for (let k = parts.length; k >= 1; k--) {
    const rest = parts.slice(k).join(',')
    if (isNameList(parts.slice(0, k).join(',')) && (rest.trim() === '' || isStamp(rest))) return true
  }
  return false
}
/** Words that make a line in capitals a headline, not a label: "MORTARS HIT U.S. EMBASSY". */
const HEADLINE_WORDS =
  /\b(?:HITS?|STRIKES?|STRUCK|ATTACK(?:S|ED)?|KILL(?:S|ED)?|WOUND(?:S|ED)?|INJURE[SD]?|FIRED?|ROCKETS?|DRONES?|MISSILES?|MORTARS?|BLASTS?|EXPLOSIONS?|TARGET(?:S|ED)?|SHOT|DOWNED|LAND(?:S|ED)?)\b/
/** A label in capitals beside a date in a document's header: "U.S. EMBASSY BAGHDAD", "SECURITY STATEMENT", "PRESS RELEASE". */
const CAPITAL_LABEL = /^\s*(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}&'’-]+)(?:\s+(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}&'’-]*|OF|AND|FOR|THE|ON)){0,5}\s*$/u
/** A desk named as the author: "Baghdad bureau", "Foreign desk", "Newsroom staff", "Web desk". */
const DESK = /^\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:bureau|desk|newsroom|staff|correspondents?|team)\s*$/iu
/** What one piece of a byline line is: "By …", a labelled stamp or reading time, a date, a bare time ("17:42"), a name. */
type BylinePiece = 'by' | 'stamp' | 'date' | 'time' | 'name'
const bylinePiece = (segment: string): BylinePiece | null => {
  if (isByPart(segment)) return 'by'
  if (isLabelledStamp(segment) || READING_TIME.test(segment)) return 'stamp'
  if (isFullDate(segment)) return 'date'
  if (isStamp(segment)) return 'time'
  if (isNameList(segment) || DESK.test(segment) || (CAPITAL_LABEL.test(segment) && !HEADLINE_WORDS.test(segment))) return 'name'
  return null
}

/**
 * A byline, a publication time or a reading time, alone or joined by "|" or "•": "By Jane Doe, Reuters",
 * "Jane Doe | March 14, 2024", "Updated Jan. 29, 2024 4:05 PM ET", "5 min read". A date alone on its line
 * ("March 14 2023") counts only in the page header; a heading counts only with "By" or a label ("Updated …").
 */
export const setAsideBylines: CleaningRule = (ctx) => {
  const { text, paragraphs, index } = ctx
  if (words(text).length > 40) return null
  const pieces = text
    .trim()
    // "November 21, 2023 6:05 PM GMT+3 Updated 2 hours ago": a second stamp, labelled, after the first.
    .split(/\s*[|•·]\s*|\s+-\s+|(?<!\b(?:last|first|originally))\s+(?=(?:(?:last\s+)?updated|published)\b)/i)
    .filter((segment) => segment !== '')
    .map(bylinePiece)
  if (pieces.length === 0 || pieces.includes(null)) return null
  if (pieces.includes('by') || pieces.includes('stamp')) return BYLINE
  // A dated heading ("## Al-Asad — Jan. 28, 2024") dates the paragraphs under it: extraction reads it.
  if (paragraphs[index]?.heading) return null
  if (pieces.includes('name') && (pieces.includes('date') || pieces.includes('time'))) return BYLINE
  if (pieces.includes('date') && pieces.every((p) => p === 'date' || p === 'time') && inHeader(ctx)) return BYLINE
  return null
}

/** Menu and account links: "Skip to content", "Sign in", "Menu Search Subscribe", "Subscribe   Log in", "Font size A+ A-". */
const NAV_ITEM =
  '(?:(?:font|text) size:?(?: ?a[+-]| ?a){0,3}|skip to (?:main )?(?:content|navigation)|skip navigation|sign (?:in|up|out)|log ?(?:in|out)|register|subscribe(?: now)?|my account|account|(?:main |open |close )?menu|toggle navigation|search|home|newsletters?|e-?paper|back to top|site ?map|print|e-?mail|(?:us |uk |international |global )?edition)'
const NAV_LINE = new RegExp(`^\\s*${NAV_ITEM}(?:(?:\\s*[|/·•]\\s*|\\s+)${NAV_ITEM})*\\s*$`, 'i')
/** Section names a site's menu lists; a run of these is a menu, not a headline. */
const SECTION_WORDS = new Set(
  'home news world us u.s. uk politics business economy markets money tech technology science health sport sports culture arts entertainment lifestyle travel opinion opinions video videos podcasts podcast audio live latest trending middle east africa asia europe americas iraq syria jordan iran israel gaza lebanon yemen turkey local national international investigations features analysis photos pictures weather climate energy defense defence security military more newsletters magazine elections war ukraine russia china region gulf explainers interactive graphics data commentary environment education'.split(
    ' ',
  ),
)
/** An item of a menu split at "|", ">", "»" or " / ": one to four words, capitalised, no sentence punctuation or figures. */
const isMenuItem = (item: string): boolean => {
  const ws = words(item)
  return ws.length >= 1 && ws.length <= 4 && /^\p{Lu}/u.test(item) && !/[.!?,;:"\d]/.test(item.replace(/\b(?:\p{Lu}\.){2,}/gu, ''))
}

/**
 * Site navigation: account links ("Sign in", "Menu Search Subscribe"), a menu or breadcrumb trail split by
 * "|", ">", "»" ("Home > News > Middle East"), and, in the page header, a run of section names ("World Politics Middle East").
 */
export const setAsideNavigation: CleaningRule = (ctx) => {
  const { text } = ctx
  const ws = words(text)
  if (ws.length > 40) return null
  if (NAV_LINE.test(text)) return NAVIGATION
  const items = text
    .trim()
    .split(/\s*[|>»›•·]\s*|\s+\/\s+/)
    .filter((item) => item !== '')
  if (items.length >= 2 && items.every(isMenuItem) && (items.length >= 3 || /^(home|news)$/i.test(items[0] ?? ''))) return NAVIGATION
  const sections = ws.filter((w) => SECTION_WORDS.has(w.toLowerCase())).length
  const capitalised = ws.every((w) => /^\p{Lu}[\p{L}.-]*$/u.test(w) || w === '&')
  if (ws.length >= 3 && ws.length <= 20 && capitalised && sections * 3 >= ws.length * 2 && inHeader(ctx)) return NAVIGATION
  return null
}

/** "BAGHDAD, Jan 29 (Reuters) -", "ERBIL, Iraq —", "WASHINGTON (AP) —" with nothing after (dashes are "-" once normalized). */
const LONE_DATELINE = new RegExp(
  `^\\s*\\p{Lu}[\\p{Lu}.'-]+(?:\\s+\\p{Lu}[\\p{Lu}.'-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})?(,?\\s*(?:(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTH_NAMES})\\.?(?:\\s+\\d{4})?))?\\s*(\\([^()]{1,40}\\))?\\s*(-{1,2})?\\s*$`,
  'u',
)
const isLoneDateline = (text: string): boolean => {
  const m = LONE_DATELINE.exec(text)
  return m !== null && (m[1] !== undefined || m[2] !== undefined || m[3] !== undefined)
}

/** A dateline alone in its paragraph: it dates the article. A dateline that starts the lead is left to extraction, which masks it. */
export const setAsideLoneDatelines: CleaningRule = ({ text }) => (words(text).length <= 15 && isLoneDateline(text) ? DATELINE : null)

const PLATFORMS = 'x|twitter|facebook|whatsapp|telegram|linkedin|reddit|e-?mail|mail|print|pinterest|flipboard|threads|bluesky|messenger|sms'
const SHARE_ITEM = `(?:share(?: (?:on|via|to) (?:${PLATFORMS}))?|download(?: (?:the )?(?:pdf|report|full report))?|click to (?:share on (?:${PLATFORMS})|email a link to a friend|e-?mail|print)(?: \\(opens in new window\\))?|e-?mail this (?:story|article)|copy link|copy url|link copied|${PLATFORMS})`
/** "Share this:", "Click to share on X (Opens in new window)", "Share this story: Facebook | X | Email | Print". */
const SHARE_LINE = new RegExp(
  `^\\s*(?:share(?: this(?: article| story| post| page)?)?\\s*:?\\s*$|(?:share(?: this(?: article| story| post| page)?)?\\s*:\\s*)?${SHARE_ITEM}(?:(?:\\s*[|,/·•]\\s*|\\s+)${SHARE_ITEM})*\\s*$)`,
  'i',
)
/**
 * "Follow us on Telegram", "Join our WhatsApp channel", "Subscribe to our newsletter": a short prompt that names
 * where to follow, never a report of what someone said ("Join us, the militia said on Telegram").
 */
const FOLLOW_PROMPT =
  /^\s*(?:follow|join|like|subscribe to|sign up (?:for|to)|get)\s+(?:us|our)\b(?!.*\b(?:said|says|say|told|tells|urged|urges|added|wrote|posted|according)\b)/i
const FOLLOW_TARGET =
  /\b(?:x|twitter|facebook|whatsapp|telegram|linkedin|instagram|youtube|tiktok|threads|bluesky|google news|newsletters?|channel|updates|alerts|podcast|app)\b/i
/** "Sign up for the Morning Brief newsletter", "Subscribe now". */
const NEWSLETTER_PROMPT = /^\s*(?:sign up|subscribe)(?: now)?(?: (?:for|to) .{0,60}\b(?:newsletters?|briefing|alerts|updates|podcast))?\s*[.!]?\s*$/i

/** Share buttons and follow or subscribe prompts. Sites put these between paragraphs too, so, unlike a tag list, they end nothing. */
export const setAsideSharePrompts: CleaningRule = (ctx) => {
  const { text } = ctx
  if (words(text).length > 25 || /^\s*["']/.test(text)) return null
  if (SHARE_LINE.test(text) || NEWSLETTER_PROMPT.test(text)) return SHARE
  return oneLine(ctx) && words(text).length <= 15 && FOLLOW_PROMPT.test(text) && FOLLOW_TARGET.test(text) && !/[.!?]\s*\S/.test(text) ? SHARE : null
}

/** "Copyright © 2024 …", "© 2024 Reuters.", "Copyright 2024 …"; not a photo's credit ("© Photo: Gulf Wire / Archive.", "© AP Photo / File."), which a caption and the lead may follow on its line. */
const COPYRIGHT = /^\s*(?:copyright\s*)?(?:©(?!\s*(?:[\w.]+\s+){0,3}?(?:photo|image|picture|video)\b)|\(c\)\s*\d{4})|^\s*copyright\s+\d{4}\b/i
/** "All rights reserved", alone or after a short "Outlet." or "… |". */
const RIGHTS_RESERVED = /^\s*(?:[^.|]{0,60}[.|]\s*)?all rights reserved\b\.?\s*(?:\|.*)?$/i
/** A part of a wire credit: "Reporting by Jane Doe in Baghdad", "Additional reporting by …", "Editing by …". */
const CREDIT_PART =
  /^\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|compiling|research|fact-checking|graphics|production|produced|translation|translated)(?:\s+and\s+(?:reporting|writing|editing|compiling))?\s+by\s+(.+?)\s*$/i
/** Only names and places follow "by" in a credit: capitalised words and a few joining words, never a verb. */
const isCreditNames = (text: string): boolean =>
  /^\p{Lu}/u.test(text) && words(text.replace(/,/g, ' ')).every((w) => /^\p{Lu}/u.test(w) || /^(?:and|in|of|the|from|at|al|bin|de|with|for|&)$/.test(w))
/** "Reporting by Jane Doe; Editing by John Roe", optionally in brackets; or "Jane Doe contributed reporting from Erbil." */
const isWireCredit = (text: string): boolean => {
  const inner = text
    .trim()
    .replace(/^\(\s*/, '')
    .replace(/\s*\)?\s*\.?$/, '')
  if (inner.split(/\s*;\s*/).every((part) => isCreditNames(CREDIT_PART.exec(part)?.[1] ?? ''))) return true
  const contributed = /^(.+?) contributed (?:reporting|to this report)(?: from (.+))?$/.exec(inner)
  return contributed?.[1] !== undefined && isNameList(contributed[1]) && (contributed[2] === undefined || isCreditNames(contributed[2]))
}

/** The lines that close an article: a wire credit, "Copyright © 2024 …", "All rights reserved", "Our Standards: …". */
export const setAsideEndMatter: CleaningRule = (ctx) => {
  const { text } = ctx
  const n = words(text).length
  if (n > 60) return null
  if (isWireCredit(text)) return END_MATTER
  if (!oneLine(ctx)) return null
  return COPYRIGHT.test(text) || RIGHTS_RESERVED.test(text) || (/^\s*our standards\s*:/i.test(text) && n <= 20) ? END_MATTER : null
}

/** "Correction, Jan. 24, 2024: An earlier version …", "Corrections: …", "Editor's note: …", "An earlier version of these notes said …". */
const CORRECTION_HEAD =
  /^\W{0,3}(?:(?:corrections?|clarifications?|editor['’]?s note)\b[^:]{0,40}:|an earlier version of (?:this|these) (?:article|story|report|post|piece|notes|episode notes|page)\b)/i

/** A correction notice: it repeats, to retract it, what an earlier version wrongly said. */
export const setAsideCorrectionNotices: CleaningRule = ({ text }) =>
  CORRECTION_HEAD.test(text) && words(text).length <= 80 ? CORRECTION_NOTICE : UPDATE_HEAD.test(text) && words(text).length <= 80 ? UPDATE_NOTE : null

/**
 * "**UPDATE 2 — 22 April 2024, 13:50 GMT:** adds U.S. official …", "First published — …", "*This story was updated at 22:10
 * with background on …": a story's version history.
 * Not a live thread's dated update, "**UPDATE 24 Oct, 21:40 UTC** — CENTCOM finally put numbers on day one", which tells news.
 */
const UPDATE_HEAD =
  /^\W{0,3}(?:update\s*\d+\b(?!:\d|\s*[ap]\.?m\b)(?!,?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s*\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))[^:]{0,60}:|(?:first|originally) published\b|(?:this|the) (?:story|article|report|post|piece|page) (?:was|has been|had been) (?:updated|corrected|amended)\b(?:(?![.!?]\W*\s+[A-Z]|:\s+[A-Z]).)*$)/i

/** "— News 24/7 (@news247) January 28, 2024" (dashes are "-" once normalized): the line an embedded post ends with. */
const ATTRIBUTION = `-{1,2}\\s?[^()]{1,80}\\(@[\\w.]{1,40}\\)(?:\\s+(?:(?:${MONTH_NAMES})\\.?\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH_NAMES})\\s+\\d{4}))?(?:\\s+at\\s+\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\.?)?\\s*$`
const ENDS_WITH_ATTRIBUTION = new RegExp(`(?:^|\\s)${ATTRIBUTION}`)
const IS_ATTRIBUTION = new RegExp(`^\\s*${ATTRIBUTION}`)
/** The other lines of an embed: "View this post on Instagram", "A post shared by …", "Follow @…". */
const EMBED_LINE =
  /^\s*(?:view this post on (?:instagram|x|twitter|threads|facebook|tiktok)|a post shared by\b.{0,100}|follow @[\w.]{1,40}(?: on \w+)?|view (?:on|in) (?:x|twitter|instagram|threads|facebook|tiktok|youtube)|watch on (?:youtube|x|tiktok|instagram|facebook))\s*$/i
/** A link only an embedded tweet carries. */
const EMBED_LINK = /(?:^|\s)(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+/i
/** The longest paragraph read as the text of one post. */
const MAX_POST_CHARS = 800

/**
 * An embedded social-media post: its attribution line ("— Name (@handle) January 28, 2024"), a pic.twitter.com
 * or t.co link, "View this post on Instagram", "A post shared by …", "Follow @…", and the post's text right
 * above an attribution line. All of it goes: an account name like "@news247" must never be read as a date.
 */
export const setAsideSocialEmbeds: CleaningRule = (ctx) => {
  const { text, next } = ctx
  if (text.length > MAX_POST_CHARS) return null
  if (ENDS_WITH_ATTRIBUTION.test(text) || EMBED_LINE.test(text) || (oneLine(ctx) && EMBED_LINK.test(text))) return EMBED
  return next !== null && IS_ATTRIBUTION.test(next) ? EMBED : null
}

/** Both cases spelled out: the credit patterns use `\p{Lu}`, which the case-insensitive flag would let match lowercase too. */
const PHOTO_WORD = '(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Pp]ic|[Vv]ideo grab|[Ss]creen ?grab)s?'
const AGENCIES = 'REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|ANADOLU|Anadolu|XINHUA|Xinhua|GETTY IMAGES|Getty Images|UPI|SANA|IRNA'
/** "(Photo: Reuters)", "(AP Photo/Jane Doe)", "(Reuters photo)". */
const PAREN_CREDIT = `\\([^()]{0,40}\\b${PHOTO_WORD}\\b[^()]{0,80}\\)`
/** "REUTERS/Jane Doe", "REUTERS/Jane Doe/File Photo", "AYMAN HENNA/AFP via Getty Images". */
const SLASH_CREDIT = `(?:\\b(?:${AGENCIES})\\s*/\\s*\\p{Lu}(?:[\\p{Ll}'’-]+|\\.)(?: \\p{Lu}(?:[\\p{Ll}'’-]+|\\.)){0,3}(?:/File Photo)?|\\b\\p{Lu}(?:[\\p{L}'’-]*|\\.)(?: \\p{Lu}(?:[\\p{L}'’-]*|\\.)){0,3}\\s*/\\s*(?:${AGENCIES})|\\b\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}/File Photo)(?: via Getty Images)?(?: Purchase Licensing Rights)?`
/** A bracketed credit that ends its paragraph, before any closing emphasis. */
const CREDIT_LAST = new RegExp(`${PAREN_CREDIT}[\\s*_]*$`)
/** "Photo: Gulf Wire", "Image credit: CENTCOM". */
const LABEL = `(?:${PHOTO_WORD}|[Cc]redit)(?: [Cc]redit)?\\s*:`
const CREDIT_ALONE = new RegExp(`^\\s*(?:${PAREN_CREDIT}|${SLASH_CREDIT}|${LABEL}\\s*[^.!?]{1,60})\\s*$`, 'u')
/** A dateline after a run-in credit: "ERBIL —", "BAGHDAD, Jan 29", "BAGHDAD (Reuters)". */
const DATELINE_START = `\\s+\\p{Lu}{2,}(?:[ .'/-]\\p{Lu}+)*\\.?\\s*(?:,|\\(|-|\u2013|\u2014)`
const DATELINE_AHEAD = new RegExp(`^${DATELINE_START}`, 'u')
/** A short copyright credit, then a dateline in capitals: "File photo © Nevsky International DAMASCUS, …". */
const COPYRIGHT_THEN_DATELINE = new RegExp(`^[^!?©]{0,40}(?:©|\\([cC]\\))[^!?]{1,40}?${DATELINE_START}`, 'u')
/** A credit inside the text; a labelled one ("Photo: Hawler Today") runs to a line break or a dateline. */
const CREDIT_IN_TEXT = new RegExp(`${PAREN_CREDIT}|${SLASH_CREDIT}|\\b${LABEL}[ \\t]*[^.!?\\n]{1,60}?(?=[ \\t]*(?:\\r?\\n|$)|${DATELINE_START})`, 'gu')

/** A photo credit on its own: "REUTERS/Jane Doe", "(Photo: Reuters)", "Photo: Gulf Wire". */
export const setAsidePhotoCredits: CleaningRule = (ctx) => (oneLine(ctx) && words(ctx.text).length <= 12 && CREDIT_ALONE.test(ctx.text) ? CAPTION : null)

/** The most words a caption run into the lead may have before its credit. */
const MAX_CAPTION_WORDS = 60

/**
 * A photo caption run into the lead paragraph: "Smoke rises over the base. (Photo: Reuters) BAGHDAD — …",
 * "U.S. soldiers at al-Tanf in a 2018 file photo. REUTERS/Jane Doe ERBIL — …". In the page header only, the
 * sentences before the credit and the credit itself are set aside; the story after it is kept. A credit not in
 * brackets ("REUTERS/Jane Doe", "Photo: Gulf Wire") must be followed by a dateline or a line break, so that where
 * it ends is certain. A credit with no story after it is left alone: such a paragraph often holds a news
 * sentence between caption and credit.
 */
export const setAsideLeadCaption: PartRule = (ctx) => {
  // Every credit has a "(", a "/" or a label's ":": a paragraph with none has no credit to find.
  if (!/[(/:]/.test(ctx.raw)) return []
  // "Image: SDF fighters at a checkpoint in a file photo (AFP) A drone crashed into …": a caption under its label, closed by
  // an agency's name in brackets, then a story, wherever it stands.
  const labelled = LABELLED_CAPTION.exec(ctx.raw)
  if (labelled !== null && words(labelled[0]).length <= MAX_CAPTION_WORDS) return [{ start: 0, end: labelled[0].length, reason: CAPTION }]
  if (!inHeader(ctx)) return []
  for (const credit of ctx.raw.matchAll(CREDIT_IN_TEXT)) {
    const before = ctx.text.slice(0, credit.index)
    if (before.trim() !== '' && (!endsLikeSentence(before) || words(before).length > MAX_CAPTION_WORDS)) continue
    const end = credit.index + credit[0].length
    // A credit that ends the paragraph closes a caption with the story in it ("… (U.S. Army photo)"): not run in.
    if (!/\p{L}/u.test(ctx.text.slice(end))) continue
    const bracketed = credit[0].startsWith('(')
    if (!bracketed && !DATELINE_AHEAD.test(ctx.text.slice(end)) && !/^[ \t]*(?:\r?\n|$)/.test(ctx.raw.slice(end))) continue
    return [{ start: 0, end, reason: CAPTION }]
  }
  return []
}

/** A caption under its label that ends on a credit in brackets, with a sentence after it: "Photo: … (AFP) The", "Image: … (Screengrab) The". */
const LABELLED_CAPTION = new RegExp(
  `^\\W*${LABEL}[^()\\n]{1,400}?\\((?:${AGENCIES}|[Ss]creen ?grab|[Hh]andout|[Ff]ile(?: [Pp]hoto)?|[Ss]upplied|${PHOTO_WORD}\\b[^()]{0,40})(?:\\s*/\\s*[^()]{1,40})?\\)(?=\\s+\\p{Lu}(?:\\p{Ll}|\\s))`,
  'u',
)

/**
 * An entry of a reference list, as encyclopedias print them: '5. "Drone blast outside Harir airfield". 19 October 2023.
 * Retrieved 19 October 2023.' Its title is another page's headline, and its days are when that page was written and read.
 */
const REFERENCE_ENTRY =
  /\b(?:Retrieved|Accessed|Archived from the original)(?: on)?\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})\.?\s*$/

/**
 * How a research note asks to be cited: 'Cite as: Gulf Security Lab, "Second rocket attack on Victory Base," Research
 * Note, October 3, 2024.' Its title is the note's own headline and its day the note's, not an attack's.
 */
const CITE_AS = /^\W*(?:Cite (?:this (?:\w+ )?)?as|(?:Suggested|Recommended|Preferred) citation|How to cite(?: this(?: \w+)?)?|To cite this(?: \w+)?)\s*:/i

export const setAsideReferenceEntries: CleaningRule = ({ text }) =>
  (REFERENCE_ENTRY.test(text) || CITE_AS.test(text)) && words(text).length <= 50 ? TEASER : null

/**
 * The rules read for each line of a paragraph that runs over several lines: a page pasted one paragraph to a
 * line puts its menu, byline and date lines, which end in no full stop, in one paragraph with the lead below them.
 * Only rules that judge a whole line and cannot match a line of hard-wrapped prose belong here.
 */
export const lineRules: CleaningRule[] = [
  setAsideRepeatedTitle,
  setAsideReferenceEntries,
  setAsideBylines,
  setAsideTagLists,
  setAsideSharePrompts,
  setAsideNavigation,
  setAsideEndMatter,
  setAsideSocialEmbeds,
  setAsidePhotoCredits,
]

/** In the page header, a short label line ("WORLD", "Middle East") above the byline or the lead; read only for the lines that open a paragraph. */
export const setAsideHeaderLabels: CleaningRule = (ctx) => {
  const ws = words(ctx.text)
  if (ws.length === 0 || ws.length > 4 || /[.!?:;,"]/.test(ctx.text) || isLoneDateline(ctx.text)) return null
  return ws.every((w) => /^[\p{Lu}\d]/u.test(w)) && inHeader(ctx) ? FRAGMENT : null
}

/**
 * The furniture lines of a paragraph of several lines: any line that `lineRules` sets aside, the header labels
 * among the lines that open it, and every line after a tag list. Offsets are into the paragraph's text; a
 * paragraph of one line gives none.
 */
export function furnitureLines(ctx: CleaningContext): Part[] {
  const lines: { start: number; end: number }[] = []
  for (let start = 0; start <= ctx.raw.length;) {
    const newline = ctx.raw.indexOf('\n', start)
    const end = newline === -1 ? ctx.raw.length : newline
    lines.push({ start, end })
    start = end + 1
  }
  if (lines.length < 2) return []
  const parts: Part[] = []
  for (const [i, { start, end }] of lines.entries()) {
    if (endsArticle(parts.at(-1)?.reason ?? null)) {
      parts.push({ start, end, reason: TAIL })
      continue
    }
    const following = lines[i + 1]
    const line: CleaningContext = {
      ...ctx,
      text: ctx.text.slice(start, end),
      raw: ctx.raw.slice(start, end),
      next: following ? ctx.text.slice(following.start, following.end) : ctx.next,
    }
    const opening = parts.length === i
    // A list label's headlines below it on the following lines: "Read more⏎Drone strike on al-Omar base kills commandos".
    const previous = parts.at(-1)
    const underLabel = previous !== undefined && previous.end === lines[i - 1]?.end && previous.reason === TEASER && isHeadline(line.text)
    const reason = underLabel ? TEASER : isListLabel(line.text) ? TEASER : firstReason(opening ? [...lineRules, setAsideHeaderLabels] : lineRules, line)
    if (reason !== null) parts.push({ start, end, reason })
  }
  return parts
}

/** The first reason a rule gives, in order, or `null`. */
export function firstReason(rules: readonly CleaningRule[], ctx: CleaningContext): string | null {
  for (const rule of rules) {
    const reason = rule(ctx)
    if (reason !== null) return reason
  }
  return null
}

/** The rules, in order: the first reason given wins. The order is the spec. */
export const cleaningRules: CleaningRule[] = [
  setAsideOversized,
  setAsideRepeatedTitle,
  setAsideCommentPrompts,
  setAsideTagLists,
  setAsideTail,
  setAsideSocialEmbeds,
  setAsideBylines,
  setAsideSharePrompts,
  setAsideNavigation,
  setAsideLoneDatelines,
  setAsideEndMatter,
  setAsideCorrectionNotices,
  setAsidePhotoCaptions,
  setAsidePhotoCredits,
  setAsideRelatedTeasers,
  setAsideReferenceEntries,
  setAsideAuthorBios,
  setAsideFragments,
]

/** Furniture inside a paragraph that is otherwise article text, found after the paragraph rules gave no reason. */
export const partRules: PartRule[] = [setAsideLeadCaption]

/** Inline furniture inside a paragraph: "(RELATED: …)", "[Continue reading…]", "Click here to …". */
export const sentenceRules: ((text: string) => string | null)[] = [
  (text) => (/^\s*[([]\s*(related|read more|see also|watch|listen)\s*:[^)\]]*[)\]]\s*$/i.test(text) ? TEASER : null),
  (text) =>
    /^\s*\[?\s*(continue reading|read more|read the full (story|article)|click here)[^\]]*\]?\s*$/i.test(text)
      ? 'link to the rest of an excerpted article'
      : null,
  // "File photo shows a US military convoy moving through Hasakah province.": a caption's sentence, run into the lead.
  (text) =>
    /^\W*(?:an?\s+)?(?:file\s+|undated\s+|handout\s+)?(?:photo|picture|image)\s+(?:shows|taken)\b/i.test(text) && words(text).length <= 40 ? CAPTION : null,
]
