import { describe, expect, it } from 'vitest'
import {
  setAsideAuthorBios,
  setAsideCommentPrompts,
  setAsideFragments,
  setAsidePhotoCaptions,
  setAsideRelatedTeasers,
  setAsideRepeatedTitle,
  setAsideTagLists,
  setAsideTail,
  sentenceRules,
  TEASER,
  COMMENT_SECTION,
  TAG_LIST,
  type CleaningRule,
} from '../../src/clean/cleaning-rules.js'
import { cleanArticle } from '../../src/clean/clean-article.js'
import { articleOf } from '../helpers/extract-text.js'

const article = { title: 'Drones Hit U.S. Base in Syria', author: 'Jane Doe' }
const stub = { start: 0, end: 0, line: 1, heading: false, sentences: [], setAside: null }

/** Applies one rule to `text` as paragraph `index`, with `earlier` reasons before it. */
function apply(rule: CleaningRule, text: string, { index = 1, earlier = [null] as (string | null)[] } = {}): string | null {
  const paragraphs = Array.from({ length: index + 2 }, () => stub)
  return rule({ article, paragraphs, index, text, earlier })
}

const table: [string, CleaningRule, string[], string[]][] = [
  [
    'comment prompts and counts',
    setAsideCommentPrompts,
    [
      'Leave a Reply',
      'Comments are closed.',
      'No comments:',
      'Post a Comment',
      '24 comments',
      'COMMENTS',
      'Your email address will not be published. Required fields are marked *',
      'Join the conversation',
      "Please let us know if you're having issues with commenting.",
    ],
    [
      'Comments by the Pentagon spokesman were brief.',
      'No comment was made by CENTCOM on Sunday.',
      'Leave a reply to the question of who fired the rockets, he said, to the investigators who will report in a month or two and publish their findings in full for the public to read.',
    ],
  ],
  [
    'tag lists and share widgets',
    setAsideTagLists,
    [
      'Tags: , , , , , , ,',
      'Tags: Iraq, Syria, Iran',
      'Filed under: Middle East',
      'Share this article',
      'Share on Facebook | Twitter | Email',
      'Topics: militias',
    ],
    ['Tags were found on the debris, officials said.', 'Share prices fell after the attack.', 'The militia shared a video on Telegram.'],
  ],
  [
    'related-article teasers and their credits',
    setAsideRelatedTeasers,
    [
      'EVIL: See the Aftermath of Hamas Attack on an Israeli KINDERGARTEN',
      'RELATED: Biden Readies Evacuation Plans',
      'READ MORE: The militias behind the attacks',
      'WATCH: Drone footage from the base',
    ],
    ['CENTCOM: Two drones were shot down near the base.', 'Related reports said the base was hit twice.', 'Joel B. Pollak / Breitbart News'],
  ],
  [
    'photo captions and credits',
    setAsidePhotoCaptions,
    [
      'In this January 13, 2020, photo, U.S. Soldiers stand at the spot hit by Iranian bombing at Ain al-Asad air base in Anbar, Iraq. (AP Photo/Qassim Abdul-Zahra)',
      'A picture taken on January 13, 2020 during a press tour organised by the US-led coalition AYMAN HENNA/AFP via Getty Images',
      'AYMAN HENNA/AFP via Getty Images',
      'In this file photo, troops patrol near al-Tanf.',
      'Photo: CENTCOM',
    ],
    [
      'In this week alone, the base was hit four times.',
      'U.S. forces photographed the drone before it was shot down.',
      'The photo agency AFP said its reporter was at the base on Monday.',
    ],
  ],
  [
    'author bios',
    setAsideAuthorBios,
    [
      "Bill Roggio is a Senior Fellow at the Foundation for Defense of Democracies and the Editor of FDD's Long War Journal.",
      'Jane Doe is a national security correspondent for Gulf Wire.',
    ],
    [
      'John Kirby is a spokesman who said on Monday that the attacks were unacceptable, adding that the U.S. would respond at a time and place of its choosing and that Iran bore responsibility for the militias it funds, arms and trains across the region, and that the administration was watching.',
      'Lloyd Austin is the defense secretary, and on Sunday he ordered more air defenses to the region.'.replace('is the defense secretary', 'ordered'),
    ],
  ],
  [
    'a repeated title line',
    setAsideRepeatedTitle,
    ['Drones Hit U.S. Base in Syria', 'Drones hit U.S. base in Syria'],
    ['Drones hit a U.S. base in Syria on Sunday, officials said.'],
  ],
  [
    'stray fragments',
    setAsideFragments,
    ['Iraq US', 'Advertisement', 'Boko Haram'],
    ['Two drones hit the base.', 'CNN reports:', 'Rockets, drones and mortars'],
  ],
]

describe.each(table)('cleaning rule: %s', (_name, rule, positives, negatives) => {
  it.each(positives)('sets aside %j', (text) => expect(apply(rule, text)).not.toBeNull())
  it.each(negatives)('keeps %j', (text) => expect(apply(rule, text)).toBeNull())
})

describe('cleaning rule: the repeated title only near the top', () => {
  it('keeps a title-like line deep in the article', () =>
    expect(apply(setAsideRepeatedTitle, 'Drones Hit U.S. Base in Syria', { index: 9, earlier: Array(9).fill(null) })).toBeNull())
})

describe('cleaning rule: a teaser credit only right after a teaser', () => {
  it('sets aside "Name / Outlet" after a teaser', () =>
    expect(apply(setAsideRelatedTeasers, 'Joel B. Pollak / Breitbart News', { index: 1, earlier: [TEASER] })).toBe(TEASER))
})

describe('cleaning rule: everything after the comment section or a tag list', () => {
  it('sets aside what follows comments', () =>
    expect(apply(setAsideTail, 'There Is an Eerie Calm in the House Ahead of the Vote', { index: 2, earlier: [null, COMMENT_SECTION] })).not.toBeNull())
  it('sets aside what follows tags', () => expect(apply(setAsideTail, 'Islamic state', { index: 2, earlier: [null, TAG_LIST] })).not.toBeNull())
  it('keeps article text before them', () => expect(apply(setAsideTail, 'Rockets hit the base.', { index: 2, earlier: [null, null] })).toBeNull())
})

describe('inline furniture inside a paragraph', () => {
  const inline = (text: string) => sentenceRules.map((r) => r(text)).find((r) => r !== null) ?? null
  it.each(['(RELATED: Biden Admin Readies Plans To Evacuate Thousands Of Americans From Israel And Lebanon)', '[Continue reading…]', 'Read more'])(
    'sets aside %j',
    (t) => expect(inline(t)).not.toBeNull(),
  )
  it.each(['Rockets hit the base (officials said).', 'Continue to monitor the situation, he said.'])('keeps %j', (t) => expect(inline(t)).toBeNull())
})

describe('cleanArticle', () => {
  it('records a reason for each piece set aside and never edits the text', () => {
    const body =
      'Drones Hit U.S. Base in Syria\n\nTwo drones hit the base on Monday.\n\nIn this 2020 photo, soldiers stand guard. (AP Photo/Someone)\n\nLeave a Reply\n\nAnother Headline Entirely\n'
    const base = { ...articleOf(body, '2023-10-24', 'Gulf Wire'), title: article.title }
    const cleaned = cleanArticle(base)
    expect(cleaned.body).toBe(body)
    expect(cleaned.paragraphs.map((p) => p.setAside === null)).toEqual([false, true, false, false, false])
    expect(cleaned.paragraphs.every((p) => p.setAside === null || p.setAside.length > 5)).toBe(true)
  })
})
