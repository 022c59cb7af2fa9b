import { describe, expect, it } from 'vitest'
import {
  setAsideCorrectionNotices,
  setAsideAuthorBios,
  setAsideBylines,
  setAsideEndMatter,
  setAsideLoneDatelines,
  setAsideNavigation,
  setAsideSharePrompts,
  setAsideSocialEmbeds,
  setAsidePhotoCredits,
  BYLINE,
  CAPTION,
  EMBED,
  FRAGMENT,
  NAVIGATION,
  SHARE,
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
  TAIL,
  type CleaningRule,
} from '../../src/clean/cleaning-rules.js'
import { cleanArticle } from '../../src/clean/clean-article.js'
import { normalizeForMatching } from '../../src/clean/normalize-for-matching.js'
import { articleOf } from '../helpers/extract-text.js'

const article = { title: 'Drones Hit U.S. Base in Syria', author: 'Jane Doe' }
const stub = { start: 0, end: 0, line: 1, heading: false, sentences: [], setAside: null }

interface ApplyOptions {
  index?: number
  earlier?: (string | null)[]
  /** The text of the paragraph after this one. */
  next?: string | null
  /** A sentence the paragraph before this one ends with (kept as article text), so this one is past the page header. */
  previous?: string
  /** A sentence the first paragraph holds (kept as article text): the article's prose above this one. */
  lead?: string
  heading?: boolean
}

/** Applies one rule to `text` (normalized, as the clean stage does) as paragraph `index`, with `earlier` reasons before it. */
function apply(
  rule: CleaningRule,
  text: string,
  { index = 1, earlier = [null], next = null, previous, lead, heading = false }: ApplyOptions = {},
): string | null {
  const sentence = previous === undefined ? [] : [{ text: previous, start: 0, end: 0, setAside: null }]
  const first = lead === undefined ? [] : [{ text: lead, start: 0, end: 0, setAside: null }]
  const paragraphs = Array.from({ length: index + 2 }, (_, i) => ({
    ...stub,
    sentences: i === index - 1 ? sentence : i === 0 ? first : [],
    heading: i === index && heading,
  }))
  return rule({ article, paragraphs, index, text: normalizeForMatching(text), raw: text, next: next === null ? null : normalizeForMatching(next), earlier })
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
      // In emphasis, and lists of links with nothing else.
      '**Related**',
      '*Related: [Two drones target the base](https://example.org/a) · [Talks on the coalition](https://example.org/b)*',
      '[Pentagon blames militia for rocket attack](https://example.org/c)',
      '- [US strikes militants south of Baghdad](https://example.org/d)',
    ],
    [
      'CENTCOM: Two drones were shot down near the base.',
      'Related reports said the base was hit twice.',
      'Joel B. Pollak / Breitbart News',
      'Drones hit the base, [the Pentagon said](https://example.org/e) on Monday.',
    ],
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
      'Caption: A U.S. armored vehicle on a road in Hasakah province.',
    ],
    [
      // A gallery's "Caption:" that runs to a paragraph tells the story the picture shows.
      'Caption: Rockets fell near the Green Village base on Wednesday night, local monitors said, and one of them set a generator shed on fire. The SDF said no one was hurt. By the next morning the road to the base had reopened, and trucks were again bringing fuel to the field, where the coalition keeps a few hundred troops. The group that fired them has not been named.',
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
  [
    'navigation bars and account links',
    setAsideNavigation,
    [
      'Home | World | Middle East | Iraq',
      'Home > News > Middle East',
      'News » World » Middle East',
      'Menu Search Subscribe',
      'Skip to content',
      'Skip to main content',
      'Sign in',
      'Subscribe   Log in',
      'World Politics Business Middle East Iraq Video',
      'About Us | Contact | Privacy Policy | Terms of Use',
    ],
    [
      'Home to 2,500 U.S. troops, the base sits in the desert of western Iraq.',
      'Home to 2,500 U.S. troops',
      'Search teams combed the desert near the base after the attack.',
      'Sign in the window of the base canteen said it was closed.',
      'Iraq | Militias step up attacks on U.S. bases as the Gaza war widens',
      'Drones, rockets > mortars',
      'Joel B. Pollak / Breitbart News',
      'Iran Backed Militias Target American Troops Again',
      'Drones Hit U.S. Base in Syria',
    ],
  ],
  [
    'bylines, publication times and reading times',
    setAsideBylines,
    [
      'By Jane Doe',
      'By Jane Doe, Reuters',
      'By Jane Doe and John Roe',
      'By Jane Doe and John Roe, The Gulf Ledger',
      'By The Associated Press',
      'BY JANE DOE | Gulf Wire',
      'By Desk Editor | Feb 20, 2024 | 3 min read',
      'By Gulf Wire Staff \u00b7 11 Nov 2023 \u00b7 17:42',
      'Jane Doe | March 14, 2024',
      'Published: 14 March 2024 10:32 GMT',
      'Updated Jan. 29, 2024 4:05 PM ET',
      'Published 6:42 a.m. CT Nov. 22, 2023 | Updated 9:15 a.m. CT Nov. 22, 2023',
      'Posted on 2024-01-29 by admin',
      'Last updated: 2 hours ago',
      'November 21, 2023 6:05 PM GMT+3 Updated 2 hours ago',
      'Last updated:',
      'Last Update 09.01.2024 12:27',
      'March 14 2023',
      'Monday, January 29, 2024',
      '5 min read',
      'Reading time: 4 minutes',
    ],
    [
      'By Tuesday evening, the base had been hit twice.',
      'By Tuesday evening',
      'By Sunday, Kataib Hezbollah',
      "By the Pentagon's count, the base has been attacked 60 times.",
      'By then, the drones had struck the base.',
      'By 2 a.m., three rockets had landed inside the perimeter.',
      'By late January, the attacks had killed three soldiers.',
      'By March 2024',
      "By Jane's account, the attack lasted ten minutes.",
      'Posted on Telegram, the statement said two drones hit the base.',
      'Updated figures showed 66 attacks since Oct. 17.',
      'Last update on the attacks came from the Pentagon on Jan. 9.',
      'Published reports said the base was hit twice.',
      'Drones struck the base on March 14, 2024.',
      'March 14 was the deadliest day since the campaign began.',
      'Jane Doe said the base was hit twice.',
      '5 minutes later, a second drone hit the base.',
    ],
  ],
  [
    'a dateline alone on its line',
    setAsideLoneDatelines,
    [
      'BAGHDAD, Jan 29 (Reuters) -',
      'BAGHDAD, Jan 29 (Reuters) \u2014',
      'ERBIL, Iraq \u2014',
      'WASHINGTON (AP) \u2014',
      'TAMPA, Fla. --',
      'DEIR EZ-ZOR, Syria, Feb. 4 \u2013',
    ],
    [
      'BAGHDAD (Reuters) \u2014 Drones attacked Ain al-Asad air base on Tuesday, officials said.',
      'BAGHDAD, Jan 29 (Reuters) - Drones attacked the base.',
      'UPDATE, 10:40 GMT \u2014 Early on Monday a drone targeted the base.',
      'NATO',
      'BAGHDAD',
    ],
  ],
  [
    'share, follow and subscribe prompts',
    setAsideSharePrompts,
    [
      'Share this:',
      'Share',
      'Click to share on X (Opens in new window)',
      'Click to share on Facebook (Opens in new window) Click to email a link to a friend (Opens in new window)',
      'Share this story: Facebook | X | Email | Print',
      'Share on X   Share on Facebook   Share on Telegram   Copy link',
      'Share on Facebook | Share on X | Email this story',
      'Follow us on Telegram',
      'Follow us on X, Facebook and Instagram',
      'Subscribe to our newsletter',
      'Sign up for the Morning Brief newsletter',
      'Join our WhatsApp channel',
    ],
    [
      'Share prices fell.',
      'Share prices fell after the attack on the base.',
      'The militia shared a video on Telegram.',
      'Followers of the group posted on Telegram that the base was hit.',
      'Subscribers to the militia channel saw the video first.',
      '"Join our fight," the militia said on Telegram.',
      'Join our ranks, the militia told young men in a statement.',
      'Join us, the militia said on Telegram.',
    ],
  ],
  [
    'credits, copyright and standards at the end',
    setAsideEndMatter,
    [
      'Copyright \u00a9 2024 Gulf Wire',
      '\u00a9 2024 Reuters. All rights reserved.',
      'All rights reserved',
      'All Rights Reserved.',
      'Gulf Wire. All rights reserved.',
      'Our Standards: The Thomson Reuters Trust Principles.',
      'Reporting by Jane Doe in Baghdad; Editing by John Roe',
      'Additional reporting by Jane Doe in Erbil',
      '(Reporting by Jane Doe; Writing by John Roe; Editing by Alex Poe)',
      'Jane Doe contributed reporting from Erbil.',
    ],
    [
      'Reporting by the Associated Press showed the base was hit twice.',
      'Reporting by Gulf Wire found that the drones came from Iraq.',
      'Editing by hand, the militia altered its statement.',
      'Copyright law was not at issue, officials said.',
      'The government said it kept all rights reserved under the agreement.',
      'Our standards of air defense are high, the general said.',
    ],
  ],
  [
    'embedded social-media posts',
    setAsideSocialEmbeds,
    [
      '\u2014 News 24/7 (@news247) January 28, 2024',
      '\u2014News 24/7 (@news247) Jan 28, 2024',
      'Drones hit the base tonight pic.twitter.com/AbC123xyz',
      'https://t.co/AbC123xyz',
      'Breaking: drones hit the base tonight. pic.twitter.com/AbC123 \u2014 News 24/7 (@news247) January 28, 2024',
      'Follow @news247',
      'View this post on Instagram',
      'A post shared by News 24/7 (@news247)',
    ],
    [
      'The group posted on X that drones hit the base on January 28, 2024.',
      '\u2014 and then, officials said, a second drone hit the base.',
      'Follow-up strikes hit the base on Monday.',
      'The account (@news247) posted a video of the strike on January 28, 2024, and officials said it was genuine.',
    ],
  ],
  [
    "correction notices and editor's notes",
    setAsideCorrectionNotices,
    [
      '*Correction, Jan. 24, 2024: An earlier version of this article said the missile attack on the base took place on Sunday.',
      'Correction: A previous version of this story misstated the day of the attack.',
      "Editor's note: This story has been updated with the Pentagon's figures.",
      'An earlier version of this story said the drone hit the base on Monday.',
      // A podcast's episode notes.
      '*Corrections: An earlier version of these notes said seven people were hurt at the base.',
      // A wire story's version history.
      '**UPDATE 2 — 22 April 2024, 13:50 GMT:** adds U.S. official on drone attack at the base, background.',
      '**First published — 22 April 2024, 00:30 GMT**',
      "*This story was updated at 22:10 with background on Monday's attack and Baghdad's reaction.",
      'This article has been corrected to give the right name of the base.',
    ],
    [
      'Officials issued a correction to the casualty count on Tuesday, raising it to 34.',
      'The correction came after the militia said it had hit the base.',
      'An earlier attack on the base wounded four soldiers.',
      'Officials gave an update on Monday: 34 were hurt.',
      'The story of the attack was updated by the Pentagon on Tuesday.',
      // A version note that opens a paragraph of news leaves the news.
      '*This story has been updated.* Two rockets hit Ain al-Asad air base on Tuesday, U.S. officials said.',
      'This post was updated at 4:10 p.m. ET: A U.S. official confirmed that drones struck al-Tanf on Sunday.',
      // A live thread's dated update tells news.
      '**UPDATE 30 Oct, 23:55 UTC** — Four rockets were fired at Ain al-Asad on Monday, two security sources said.',
    ],
  ],
  [
    'photo credits on their own',
    setAsidePhotoCredits,
    ['REUTERS/Jane Doe', 'REUTERS/Jane Doe/File Photo', 'AYMAN HENNA/AFP via Getty Images', '(Photo: Reuters)', 'Photo: Gulf Wire'],
    ['Reuters reported the attack.', 'The photo showed the damage.', 'BAGHDAD (Reuters)'],
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
  const lead = 'Rockets hit the base on Monday, two security sources told reporters.'
  it('sets aside what follows comments', () =>
    expect(apply(setAsideTail, 'There Is an Eerie Calm in the House Ahead of the Vote', { index: 2, earlier: [null, COMMENT_SECTION], lead })).not.toBeNull())
  it('sets aside what follows tags', () => expect(apply(setAsideTail, 'Islamic state', { index: 2, earlier: [null, TAG_LIST], lead })).not.toBeNull())
  it('ends nothing when what came before is a headline or a slug, not prose', () =>
    expect(
      apply(setAsideTail, 'Rockets hit the base.', { index: 2, earlier: [null, TAG_LIST], lead: 'IRAQ-BASES (UPDATE 2, adds claim, background)' }),
    ).toBeNull())
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

describe('cleaning rule: weak header signs only in the page header', () => {
  const story = 'Drones hit the base on Monday, officials said.'
  it('sets aside a date alone on its line above the article', () => expect(apply(setAsideBylines, 'March 14 2023')).toBe(BYLINE))
  it('keeps a date alone on its line below article text (a live blog marks its days so)', () =>
    expect(apply(setAsideBylines, 'March 14 2023', { previous: story })).toBeNull())
  it('keeps a dated heading', () => expect(apply(setAsideBylines, 'March 14 2023', { heading: true })).toBeNull())
  it('keeps a heading that names a place and a date', () => expect(apply(setAsideBylines, 'Al-Asad \u2014 Jan. 28, 2024', { heading: true })).toBeNull())
  it('sets aside a line that names an author and a date', () => expect(apply(setAsideBylines, 'Al-Asad \u2014 Jan. 28, 2024')).toBe(BYLINE))
  it('keeps a run of section names below article text', () =>
    expect(apply(setAsideNavigation, 'World Politics Business Middle East Iraq Video', { previous: story })).toBeNull())
  it('still sets aside a byline with "By" below article text', () => expect(apply(setAsideBylines, 'By Jane Doe, Reuters', { previous: story })).toBe(BYLINE))
})

describe('cleaning rule: the text of an embedded post, above its attribution line', () => {
  const attribution = '\u2014 News 24/7 (@news247) January 28, 2024'
  it('sets aside the post above "— Name (@handle) date"', () =>
    expect(apply(setAsideSocialEmbeds, 'Drones hit the base tonight, our sources say.', { next: attribution })).toBe(EMBED))
  it('sets aside the post above "—Name (@handle) date"', () =>
    expect(apply(setAsideSocialEmbeds, 'Drones hit the base tonight.', { next: '\u2014News 24/7 (@news247) Jan 28, 2024' })).toBe(EMBED))
  it('keeps a paragraph above ordinary text', () =>
    expect(apply(setAsideSocialEmbeds, 'Drones hit the base tonight.', { next: 'Officials said the base was hit twice.' })).toBeNull())
})

describe('cleaning rule: a share line at the top does not end the article', () => {
  it('gives a share line above the article its own reason', () => expect(apply(setAsideTagLists, 'Share this article')).toBe(SHARE))
  it('sets a share line aside without ending the article: a live blog has one under every entry', () => {
    expect(apply(setAsideTagLists, 'Share this article', { previous: 'Drones hit the base on Monday, officials said.' })).toBe(SHARE)
    const body =
      '10:05 GMT — Drones hit the base on Monday, officials said.\n\nShare this post | Copy link\n\n09:40 GMT — Rockets struck al-Tanf on Monday, the Pentagon said.\n'
    expect(cleanArticle(articleOf(body, '2024-01-30')).paragraphs.map((p) => p.setAside)).toEqual([null, SHARE, null])
  })
  it('keeps the article below a tag line in the page header: tags end an article only below its text', () => {
    const body =
      'Tags: US Forces | Iraq | Resistance\n\nRockets struck Ain al-Asad air base on Sunday, two Iraqi army sources said.\n\nTags: Iraq, Syria\n\nMore headlines here today\n'
    expect(cleanArticle(articleOf(body, '2023-10-22')).paragraphs.map((p) => p.setAside)).toEqual([TAG_LIST, null, TAG_LIST, TAIL])
  })
  it('keeps the article below a keywords line under a wire slug: a slug is no article text', () => {
    const body =
      'MIDEAST-BASES-ROCKETS (UPDATE 2, adds Pentagon comment, background)\n\nKEYWORDS: Iraq, rockets, US\n\nBAGHDAD, Jan 5 - Rockets struck Ain al-Asad air base on Friday, two security sources told the agency.\n\nKEYWORDS: Iraq\n\nMore from the desk\n'
    expect(cleanArticle(articleOf(body, '2024-01-05')).paragraphs.map((p) => p.setAside)).toEqual([null, TAG_LIST, null, TAG_LIST, TAIL])
  })
  it('keeps the article below a share line at the top', () => {
    const cleaned = cleanArticle(articleOf('Share\n\nDrones attacked the base on Tuesday, officials said.\n\nThe base hosts U.S. troops.\n', '2024-01-30'))
    expect(cleaned.paragraphs.map((p) => p.setAside)).toEqual([SHARE, null, null])
  })
})

/** Cleans `body` and lists each sentence as [text, reason], with the paragraph's reason when the whole paragraph is set aside. */
function sentencesOf(body: string, title = 'Test article'): [string, string | null][][] {
  const cleaned = cleanArticle({ ...articleOf(body, '2024-01-30'), title })
  for (const p of cleaned.paragraphs) for (const s of p.sentences) expect(body.slice(s.start, s.end)).toBe(s.text)
  expect(cleaned.body).toBe(body)
  return cleaned.paragraphs.map((p) => (p.setAside !== null ? [[body.slice(p.start, p.end), p.setAside]] : p.sentences.map((s) => [s.text, s.setAside])))
}

describe('cleanArticle: furniture lines run into the lead (one paragraph a line)', () => {
  it('sets aside menu, title, byline and date lines, keeping the lead sentence', () => {
    const body = [
      'Home | World | Middle East | Iraq',
      'Menu Search Subscribe',
      'Drones hit U.S. base in western Iraq',
      'By Jane Doe, Reuters',
      'Updated Jan. 29, 2024 4:05 PM ET',
      '5 min read',
      'BAGHDAD, Jan 29 (Reuters) - Drones attacked Ain al-Asad air base on Tuesday, officials said. Nobody was hurt.',
      'Share this:',
      'Click to share on X (Opens in new window)',
      'Reporting by Jane Doe; Editing by John Roe',
      'Our Standards: The Thomson Reuters Trust Principles.',
      '',
    ].join('\n')
    const [lead, ...rest] = sentencesOf(body, 'Drones hit U.S. base in western Iraq')
    expect(lead).toEqual([
      ['Home | World | Middle East | Iraq', NAVIGATION],
      ['Menu Search Subscribe', NAVIGATION],
      ['Drones hit U.S. base in western Iraq', 'repeats the title'],
      ['By Jane Doe, Reuters', BYLINE],
      ['Updated Jan. 29, 2024 4:05 PM ET', BYLINE],
      ['5 min read', BYLINE],
      ['BAGHDAD, Jan 29 (Reuters) - Drones attacked Ain al-Asad air base on Tuesday, officials said.', null],
      ['Nobody was hurt.', null],
    ])
    expect(rest.every((p) => p.every(([, reason]) => reason !== null))).toBe(true)
  })

  it("sets aside a document's header line of a date and labels in capitals (session 56)", () => {
    const body = [
      'OCT. 2, 2024 | U.S. EMBASSY BAGHDAD | SECURITY ALERT',
      'Summary: Rockets were fired at the Baghdad Diplomatic Support Center early on Tuesday, the Embassy said.',
      '',
    ].join('\n')
    expect(sentencesOf(body, 'Embassy notices').flat()).toContainEqual(['OCT. 2, 2024 | U.S. EMBASSY BAGHDAD | SECURITY ALERT', BYLINE])
  })

  it('keeps a headline in capitals beside a date: it tells the news (session 56, review)', () => {
    const body = [
      'DEC. 8, 2023 | MORTARS HIT U.S. EMBASSY',
      'About seven mortar rounds landed inside the compound early Friday, a U.S. official said.',
      '',
    ].join('\n')
    const kept = sentencesOf(body, 'Embassy').flat()
    expect(kept.filter(([text]) => text.includes('MORTARS HIT')).map(([, reason]) => reason)).toEqual([null])
  })

  it("sets aside a video page's date and length line run into its headline (session 56)", () => {
    const body = ['Video > World', '', 'Rockets fired at Iraqi base hosting US troops', '12 March 2024 · 2 min 37 sec', 'Share', ''].join('\n')
    expect(sentencesOf(body, 'A video page').flat()).toContainEqual(['12 March 2024 · 2 min 37 sec', BYLINE])
  })

  it('keeps a headline line that is not the title, apart from the lead', () => {
    const [lead] = sentencesOf(
      'WORLD\nBy Jane Doe\nMilitias strike again\nMarch 14, 2024\nERBIL, Iraq \u2014 A drone struck the base on Monday, officials said.\n',
    )
    expect(lead).toEqual([
      ['WORLD', FRAGMENT],
      ['By Jane Doe', BYLINE],
      ['Militias strike again', null],
      ['March 14, 2024', BYLINE],
      ['ERBIL, Iraq \u2014 A drone struck the base on Monday, officials said.', null],
    ])
  })

  it('sets aside a paragraph made only of furniture lines', () => {
    const [byline, lead] = sentencesOf(
      'By JANE DOE | Gulf Wire\nPublished 6:42 a.m. CT Nov. 22, 2023 | Updated 9:15 a.m. CT Nov. 22, 2023\n\nDrones hit the base.\n',
    )
    expect(byline?.[0]?.[1]).toBe(BYLINE)
    expect(lead).toEqual([['Drones hit the base.', null]])
  })

  it('sets aside the lines after a tag list, and what follows the paragraph', () => {
    const body =
      'Drones hit the base on Monday, officials said.\n\nShare this article\nTags: Iraq, drones\nMilitias claim new strike on Harir\n\nAnother headline entirely\n'
    const [, tags, after] = sentencesOf(body)
    expect(tags?.[0]?.[1]).toContain(TAG_LIST)
    expect(after?.[0]?.[1]).not.toBeNull()
  })

  it('sets aside the headlines under a "Related" or "Most read" label, as paragraphs or as lines, and keeps the sentences after them', () => {
    const body =
      'Drones hit the Conoco base on Saturday, a source said.\n\nRelated:\n\nRocket barrage targets U.S. embassy in Baghdad\n\nEditorial: Bring the troops home\n\nAdvertisement\nMost read\nTurkish strikes cut power in Qamishli\n\nThe source gave no details on damage.\n'
    const paragraphs = sentencesOf(body)
    expect(paragraphs.map((p) => p.map(([text, reason]) => [text.split('\n')[0], reason === null ? null : reason.includes(TEASER)]))).toEqual([
      [['Drones hit the Conoco base on Saturday, a source said.', null]],
      [['Related:', true]],
      [['Rocket barrage targets U.S. embassy in Baghdad', true]],
      [['Editorial: Bring the troops home', true]],
      [['Advertisement', true]],
      [['Most read', true]],
      [['The source gave no details on damage.', null]],
    ])
  })

  it('sets aside the headlines pasted under "Related:" one a line, a quoted phrase ending one of them', () => {
    const body =
      'Drones hit the Kharab al-Jir base on Friday, a source said.\n\nRelated:\nCargo plane lands at a base in Hasakah\nCoalition forces and SDF hold drills at al-Shaddadi base\nGovernment forces renew shelling of the "de-escalation zone"\n\nShare: Facebook | X\n'
    const paragraphs = sentencesOf(body)
    expect(paragraphs.map((p) => p.map(([text, reason]) => [text.split('\n')[0], reason === null ? null : reason.includes(TEASER)])).slice(0, 3)).toEqual([
      [['Drones hit the Kharab al-Jir base on Friday, a source said.', null]],
      [['Related:', true]],
      [['Cargo plane lands at a base in Hasakah', true]],
    ])
  })

  it('sets aside the headline repeated under another kicker ("Middle East live: …" for "LIVE: …"), and keeps a sentence that shares its words', () => {
    const title = 'LIVE: U.S. personnel wounded in rocket attack on Ain al-Asad'
    const body =
      'Live > Middle East\n\nMiddle East live: U.S. personnel wounded in rocket attack on Ain al-Asad\n\nUpdate: U.S. personnel wounded in rocket attack on Ain al-Asad on Monday, officials said.\n'
    expect(sentencesOf(body, title).map((p) => p[0]?.[1] ?? null)).toEqual([expect.anything(), 'repeats the title', null])
  })

  it('sets aside the headlines under a label that names the outlet, "Previously on Defense Daily:", and not under "Also on Friday:"', () => {
    const body =
      'Drones hit Harir air base on Monday, officials said.\n\nAlso on Friday:\n- Rockets hit Ain al-Asad air base\n\nPreviously on Defense Daily:\n- Pentagon sends more air defenses to the region\n- Drones target al-Asad and Harir as anger mounts\n'
    const reasons = sentencesOf(body).map((p) => p.map(([text, reason]) => [text.split('\n')[0], reason === null ? null : reason.includes(TEASER)]))
    expect(reasons).toEqual([
      [['Drones hit Harir air base on Monday, officials said.', null]],
      [['Also on Friday:', null]],
      [['Rockets hit Ain al-Asad air base', null]],
      [['Previously on Defense Daily:', true]],
      [['Pentagon sends more air defenses to the region', true]],
      [['Drones target al-Asad and Harir as anger mounts', true]],
    ])
  })

  it('sets aside an encyclopedia\'s "See also" links and its reference list entries', () => {
    const body =
      '30 October – Rockets were fired at Al-Asad Airbase.\n\nSee also[edit]\n\nOperation Inherent Resolve | Tower 22 drone attack\n\n^ "Rockets fired at Ain al-Asad" (Wire, 31 October).\n'
    const reasons = sentencesOf(body).map((p) => p[0]?.[1] ?? null)
    expect(reasons).toEqual([null, TEASER, TEASER, TEASER])
  })

  it.each(['Follow us on Telegram', '\u00a9 Reuters', 'Copyright 2024 Gulf Wire', 'Drones over the base tonight pic.twitter.com/AbC123', '(Photo: Reuters)'])(
    'keeps the lead pasted below %j',
    (line) => {
      const lead = 'BAGHDAD (Reuters) \u2014 Drones attacked the base on Tuesday, officials said.'
      expect(sentencesOf(`${line}\n${lead}\n`).flat().at(-1)).toEqual([lead, null])
    },
  )

  it('leaves a dateline that starts the lead to extraction', () => {
    const [byline, lead] = sentencesOf('By Jane Doe\n\nBAGHDAD, Jan 29 (Reuters) -\nDrones attacked the base on Tuesday, officials said.\n')
    expect(byline?.[0]?.[1]).toBe(BYLINE)
    expect(lead).toEqual([['BAGHDAD, Jan 29 (Reuters) -\nDrones attacked the base on Tuesday, officials said.', null]])
  })

  it('sets aside a dateline alone in its paragraph', () => {
    const [dateline, lead] = sentencesOf('BAGHDAD, Jan 29 (Reuters) \u2014\n\nDrones attacked the base on Tuesday, officials said.\n')
    expect(dateline?.[0]?.[1]).not.toBeNull()
    expect(lead).toEqual([['Drones attacked the base on Tuesday, officials said.', null]])
  })

  it('never reads a hard-wrapped sentence as furniture lines', () => {
    const body =
      'By Tuesday evening, the base had been hit twice, and officials\nsaid more attacks were likely.\n\nThe drones struck Ain Al Asad Air\nBase on Tuesday, officials said.\n'
    expect(
      sentencesOf(body)
        .flat()
        .every(([, reason]) => reason === null),
    ).toBe(true)
  })
})

describe('cleanArticle: a photo caption run into the lead paragraph', () => {
  it('sets aside the caption and the credit "(Photo: …)", keeping the story sentence', () => {
    const [lead] = sentencesOf(
      'Smoke rises over the base after the attack. (Photo: Reuters) BAGHDAD \u2014 Drones attacked Ain al-Asad air base on Tuesday, officials said.\n',
    )
    expect(lead).toEqual([
      ['Smoke rises over the base after the attack.', CAPTION],
      ['(Photo: Reuters)', CAPTION],
      ['BAGHDAD \u2014 Drones attacked Ain al-Asad air base on Tuesday, officials said.', null],
    ])
  })

  it('sets aside the caption and a "REUTERS/Name" credit before a dateline', () => {
    const [lead] = sentencesOf(
      'U.S. soldiers at al-Tanf in a 2018 file photo. REUTERS/Jane Doe ERBIL \u2014 A drone struck the garrison on Monday, officials said.\n',
    )
    expect(lead).toEqual([
      ['U.S. soldiers at al-Tanf in a 2018 file photo.', CAPTION],
      ['REUTERS/Jane Doe', CAPTION],
      ['ERBIL \u2014 A drone struck the garrison on Monday, officials said.', null],
    ])
  })

  it('sets aside a "FILE PHOTO:" caption and its "Name/File Photo Purchase Licensing Rights" credit before a two-city dateline, under a byline line', () => {
    const [lead] = sentencesOf(
      'November 21, 2023 6:05 PM GMT+3 Updated 2 hours ago\nFILE PHOTO: Soldiers walk past a hangar at the air base, January 13, 2020. Jane Doe/File Photo Purchase Licensing Rights BAGHDAD/WASHINGTON, Nov 21 (Agency) - Militants fired a missile at the base late on Monday, officials said.\n',
    )
    expect(lead?.map(([, reason]) => reason)).toEqual([BYLINE, CAPTION, CAPTION, null])
    expect(lead?.at(-1)?.[0]).toBe('BAGHDAD/WASHINGTON, Nov 21 (Agency) - Militants fired a missile at the base late on Monday, officials said.')
  })

  it('sets aside the caption and a "Photo: …" credit that ends its line', () => {
    const [lead] = sentencesOf(
      'A helicopter over the air base in 2021. Photo: Gulf Wire\nERBIL (Gulf Wire) \u2013 Officials denied that drones hit the base.\n',
    )
    expect(lead).toEqual([
      ['A helicopter over the air base in 2021.', CAPTION],
      ['Photo: Gulf Wire', CAPTION],
      ['ERBIL (Gulf Wire) \u2013 Officials denied that drones hit the base.', null],
    ])
  })

  it('keeps a lead that mentions images', () => {
    const body = 'Satellite images showed damage at the base on Tuesday, officials said. Nobody was hurt.\n'
    expect(
      sentencesOf(body)
        .flat()
        .every(([, reason]) => reason === null),
    ).toBe(true)
  })

  it('keeps a paragraph where the credit comes last, after the story', () => {
    const body = 'Soldiers fire a mortar during a drill in 2020. On Sunday, air defenses destroyed a drone near the base. (Army photo)\n'
    expect(
      sentencesOf(body)
        .flat()
        .every(([, reason]) => reason === null),
    ).toBe(true)
  })

  it('sets aside a credit line above the lead', () => {
    const [lead] = sentencesOf('REUTERS/Jane Doe\nBAGHDAD (Reuters) \u2014 Drones attacked the base on Tuesday, officials said.\n')
    expect(lead).toEqual([
      ['REUTERS/Jane Doe', CAPTION],
      ['BAGHDAD (Reuters) \u2014 Drones attacked the base on Tuesday, officials said.', null],
    ])
  })

  it('keeps a credit-like phrase in a later paragraph', () => {
    const body = 'Drones attacked the base on Tuesday, officials said.\n\nThe Pentagon released images. (Photo: CENTCOM) The base was hit twice.\n'
    expect(
      sentencesOf(body)
        .flat()
        .every(([, reason]) => reason === null),
    ).toBe(true)
  })
})

describe('cleanArticle: real lead sentences are never furniture', () => {
  const leads = [
    'BAGHDAD (Reuters) \u2014 Drones attacked Ain al-Asad air base on Tuesday, officials said.',
    'By Tuesday evening, the base had been hit twice.',
    'By the time the sirens sounded, the drone had already struck the base.',
    "By Kataib Hezbollah's own account, the drones were launched from Iraq.",
    'Share prices fell.',
    'Home to 2,500 U.S. troops, the base sits in the desert of western Iraq.',
    'Published reports said the base was hit twice.',
    'Posted on Telegram, the statement said two drones hit the base.',
    'Follow-up strikes hit Kataib Hezbollah on Friday.',
    'March 14 was the deadliest day since the campaign began.',
    'Reporting by the Associated Press showed the base was hit twice.',
    'ERBIL, Iraq \u2014 A drone struck the base on Monday, officials said.',
    'Smoke rose over the base after the attack, a witness said.',
  ]
  it.each(leads)('keeps %j as the first paragraph', (lead) => expect(sentencesOf(`${lead}\n`)).toEqual([[[lead, null]]]))
  it.each(leads)('keeps %j below a menu line', (lead) => expect(sentencesOf(`Home | World | Middle East\n${lead}\n`)[0]?.at(-1)).toEqual([lead, null]))
  it.each(leads)('keeps %j below article text', (lead) =>
    expect(sentencesOf(`Drones hit the base on Monday, officials said.\n\n${lead}\n`)[1]).toEqual([[lead, null]]),
  )
})

describe('cleanArticle: a tag line above the lead, under a picture', () => {
  const body =
    '![Fire engines at the gate of Harir air base on Thursday night. (Photo: Kurdistan 24)](https://example.org/images/gate.jpg)\n\n*Fire engines at the gate of Harir air base on Thursday night. (Photo: Kurdistan 24)*\n\nTags: Harir Air Base | CTD | drone attacks\n\nERBIL (Kurdistan 24) – Drones loaded with explosives hit the Harir air base three times between Wednesday night and Thursday evening, the CTD said.\n\nThe first came at 11:30 p.m. on Wednesday, the directorate said.\n'
  it('sets aside the italic caption that ends on its credit, and keeps the story below the tag line', () => {
    const paragraphs = sentencesOf(body)
    expect(paragraphs[1]).toEqual([['*Fire engines at the gate of Harir air base on Thursday night. (Photo: Kurdistan 24)*', CAPTION]])
    expect(paragraphs.at(-2)).toEqual([
      [
        'ERBIL (Kurdistan 24) – Drones loaded with explosives hit the Harir air base three times between Wednesday night and Thursday evening, the CTD said.',
        null,
      ],
    ])
    expect(paragraphs.at(-1)).toEqual([['The first came at 11:30 p.m. on Wednesday, the directorate said.', null]])
  })
})

describe('cleanArticle: the sixth round (session 49)', () => {
  it('sets aside a desk byline with a numeric date and a "Font size A+ A-" line run into the lead', () => {
    const body = [
      'Baghdad bureau | 09/12/2023 - 08:15',
      'Font size A+ A-',
      'BAGHDAD - The US embassy in Baghdad came under rocket fire at dawn on Friday, officials said.',
      '',
    ].join('\n')
    expect(sentencesOf(body)[0]).toEqual([
      ['Baghdad bureau | 09/12/2023 - 08:15', BYLINE],
      ['Font size A+ A-', NAVIGATION],
      ['BAGHDAD - The US embassy in Baghdad came under rocket fire at dawn on Friday, officials said.', null],
    ])
  })
  it('keeps a "Key points" box: a summary of the story itself, whose lines may hold its only day (the second review)', () => {
    const body = [
      'Key points:',
      '- A drone attack on Sunday killed three U.S. soldiers at a base in Jordan',
      '- President Biden blamed Iran-backed militias',
      'The drone struck Tower 22, a small logistics outpost in north-east Jordan, U.S. officials said.',
      '',
    ].join('\n')
    expect(
      sentencesOf(body)
        .flat()
        .filter(([, why]) => why === TEASER),
    ).toEqual([])
  })
})

describe('cleanArticle: the seventh round (session 50)', () => {
  it('sets aside "Text size: A A A | Print | Email" run into the lead', () => {
    const body = ['Text size: A A A | Print | Email', 'Iraqi armed factions fired rockets at a base in north-east Syria over the weekend.', ''].join('\n')
    expect(sentencesOf(body)[0]).toEqual([
      ['Text size: A A A | Print | Email', NAVIGATION],
      ['Iraqi armed factions fired rockets at a base in north-east Syria over the weekend.', null],
    ])
  })
  it('sets aside the headlines under an "ALSO TRENDING" label', () => {
    const body = [
      'A drone was shot down near al-Tanf on Saturday, the coalition said.',
      '',
      'ALSO TRENDING',
      '· Syria: wheat harvest in Hasakah hit by low prices',
      '· Jordan: Rukban camp residents report shortage of bread',
      '',
    ].join('\n')
    expect(
      sentencesOf(body)
        .flat()
        .filter(([, why]) => why === null)
        .map(([text]) => text),
    ).toEqual(['A drone was shot down near al-Tanf on Saturday, the coalition said.'])
  })
})

describe('cleanArticle: pages scraped with what surrounds the story (session 58)', () => {
  const kept = (body: string): string[] =>
    sentencesOf(body)
      .flat()
      .filter(([, why]) => why === null)
      .map(([text]) => text)
  it('ends the article at a comment count in brackets, bold or not, and keeps no reader comment', () => {
    for (const label of ['COMMENTS (4)', "Readers' comments (2)", '**Reader comments (12)**', 'Comments are not enabled for this article.']) {
      const body = [
        'Two drones were downed near Erbil air base on Sunday, the counter-terrorism service said in a statement.',
        '',
        label,
        '',
        'kh_watcher · 2 hours ago',
        'Tanf was hit the same night too, nobody reports it.',
        '',
      ].join('\n')
      expect(kept(body), label).toEqual(['Two drones were downed near Erbil air base on Sunday, the counter-terrorism service said in a statement.'])
    }
  })
  it('sets aside the headlines under a label in capitals, "MORE FROM MENA", "TRENDING IN KURDISTAN", "Most read this week"', () => {
    for (const label of ['MORE FROM MENA', 'TRENDING IN KURDISTAN', '**Most read this week**']) {
      const body = [
        'Two drones were downed near Erbil air base on Sunday, the counter-terrorism service said in a statement.',
        '',
        label,
        'Drone shot down near Ain al-Asad on Sunday, Iraqi military sources say',
        'Power cuts in Basra spark protests',
        '',
      ].join('\n')
      expect(kept(body), label).toEqual(['Two drones were downed near Erbil air base on Sunday, the counter-terrorism service said in a statement.'])
    }
  })
  it("sets aside a live ticker's stamped headlines above the lead", () => {
    for (const label of ['LIVE UPDATES: War in Gaza', 'LIVE | Security updates, Friday 5 January']) {
      const body = [
        label,
        '10:05 a.m. Aid convoy waits at the crossing',
        '9:41 a.m. Rockets fell on Ain al-Asad on Thursday, a security source says',
        '',
        'Two drones were downed near Erbil air base on Sunday, the counter-terrorism service said in a statement.',
        '',
      ].join('\n')
      expect(kept(body), label).toEqual(['Two drones were downed near Erbil air base on Sunday, the counter-terrorism service said in a statement.'])
    }
  })
  it("sets aside the entries of a reference list, whose titles are other pages' headlines and whose days are theirs", () => {
    const body = [
      'Two drones were downed near Erbil air base on Sunday, the counter-terrorism service said in a statement.',
      '',
      'References',
      '4. "Drone blast outside Harir airfield". 19 October 2023. Retrieved 19 October 2023.',
      '5. "Drones downed near al-Tanf". Regional Wire. October 23, 2023. Accessed October 24, 2023.',
      '',
    ].join('\n')
    expect(kept(body)).toEqual(['Two drones were downed near Erbil air base on Sunday, the counter-terrorism service said in a statement.'])
  })
  it("keeps the lead after a photo's copyright credit on its line, which is no copyright line that closes the article", () => {
    const body = [
      'Intro: the war in Gaza enters its sixth week.',
      '',
      '© Photo: Steppe Wire / Archive. Trucks near a gas field. Rockets were fired late on Sunday at the US base at the Conoco gas field, a channel reported.',
      '',
    ].join('\n')
    expect(kept(body)).toContain('Rockets were fired late on Sunday at the US base at the Conoco gas field, a channel reported.')
  })
  it('keeps the lead after an agency photo credit with a copyright sign, "© AP Photo / File."', () => {
    const body = [
      'Intro: the war in Gaza enters its tenth month.',
      '',
      'Subscribe',
      '© AP Photo / File. Troops at the base (file photo) WASHINGTON (VIR) - The Pentagon confirmed that American personnel were wounded on Monday at the Al Asad airbase.',
      '',
    ].join('\n')
    expect(kept(body).join(' ')).toContain('The Pentagon confirmed that American personnel were wounded on Monday at the Al Asad airbase.')
  })
  it('keeps a lead that opens on "File photo © …" and a dateline', () => {
    const body = [
      'Intro line.',
      '',
      'File photo © Nevsky International DAMASCUS, October 9 (Nevsky International) - A US base came under missile fire on Tuesday.',
      '',
    ].join('\n')
    expect(kept(body).join(' ')).toContain('A US base came under missile fire on Tuesday.')
  })
  describe('session 59: a research note asks to be cited', () => {
    it.each([
      'Cite as: Basra Policy Desk, "Third drone on Harir in a week," Brief No. 12, December 4, 2023.',
      'Suggested citation: Basra Policy Desk (2023), "Third drone on Harir in a week," 4 December.',
      '*How to cite this brief:* Basra Policy Desk, "Third drone on Harir in a week," December 4, 2023.',
    ])("sets aside %s, whose headline and day are the note's own", (line) => {
      const body = ['A drone fell short of Harir air base on Sunday, the Kurdish counter-terrorism service said.', '', line, ''].join('\n')
      expect(kept(body)).toEqual(['A drone fell short of Harir air base on Sunday, the Kurdish counter-terrorism service said.'])
    })
    it('keeps a sentence that speaks of citing', () => {
      const line = 'Cited as the source of the drones, Kataib Hezbollah denied any role on Monday.'
      expect(kept(['A drone fell short of Harir air base on Sunday.', '', line, ''].join('\n'))).toEqual([
        'A drone fell short of Harir air base on Sunday.',
        line,
      ])
    })
  })
})

describe('cleanArticle: captions and stamps read as such (session 60)', () => {
  const kept = (body: string): string[] =>
    sentencesOf(body)
      .flat()
      .filter(([, why]) => why === null)
      .map(([text]) => text)
  it('keeps the lead after a caption under its label that ends on a credit in brackets, wherever the paragraph stands', () => {
    for (const credit of ['(AFP)', '(Reuters)', '(Screengrab)', '(Handout)']) {
      const body = [
        'Summarised by our desk from agency reports.',
        '',
        `Image: fighters at a checkpoint in a file picture ${credit} A drone hit the academy at the al-Omar oil field base on Sunday night.`,
        '',
      ].join('\n')
      expect(kept(body), credit).toEqual([
        'Summarised by our desk from agency reports.',
        'A drone hit the academy at the al-Omar oil field base on Sunday night.',
      ])
    }
  })
  it('sets aside a sentence that opens "File photo shows …" run into the lead, and keeps the lead', () => {
    const body =
      'Intro line.\n\nThe desk reports. File photo shows a US military convoy moving through Hasakah province. The group says its drones struck a base in Syria.\n'
    expect(kept(body)).toEqual(['Intro line.', 'The desk reports.', 'The group says its drones struck a base in Syria.'])
  })
  it('reads a live update stamped with a time ("**UPDATE 6:40 PM ET:**") as news, not as a version note', () => {
    const body = ['Intro line.', '', '**UPDATE 6:40 PM ET:** The group said late Tuesday that it had hit the base at al-Shaddadi.', ''].join('\n')
    expect(kept(body)).toEqual(['Intro line.', '**UPDATE 6:40 PM ET:** The group said late Tuesday that it had hit the base at al-Shaddadi.'])
    // Guard: a numbered version note is still one.
    const note = ['Intro line.', '', '**UPDATE 2:** adds the Pentagon comment in the fifth paragraph.', ''].join('\n')
    expect(kept(note)).toEqual(['Intro line.'])
  })
})
