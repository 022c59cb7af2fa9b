import { describe, expect, it } from 'vitest'
import { datingMentions, findDates, statementDays } from '../../src/extract/find-dates.js'

type Row = [sentence: string, published: string, expected: string, role?: string]

/** Sentence + publication day → the span of the first date expression (`start` or `start..end`) and its role. */
const resolves: Row[] = [
  ['Kirby said on Monday that Iran is aiding the attacks.', '2023-10-24', '2023-10-23', 'said'], // the day he spoke, not an event's
  // A year right after a month is the month's, not a count of days ("2020 days after").
  ['The base was hit by missiles in January 2020 days after a U.S. strike.', '2023-10-22', '2020-01-01..2020-01-31', 'historical'],
  ['Rockets hit the base on Oct. 19, 2023 days after the war began.', '2023-10-30', '2023-10-19'],
  // Where it was said stands between the speech verb and its day.
  ['Ryder told reporters in Washington on Thursday that two drones struck al-Tanf on Wednesday.', '2023-10-22', '2023-10-19', 'said'],
  // A participle of speech heads the sentence: "Speaking to reporters on Thursday, he said …" gives the day he spoke.
  ['Speaking to reporters in Washington on Thursday, Ryder said al-Tanf had also been targeted on Wednesday.', '2023-10-22', '2023-10-19', 'said'],
  ['Addressing reporters on Monday, the spokesman said the base was hit on Sunday.', '2023-10-24', '2023-10-23', 'said'],
  // "In a separate report Wednesday, state television said …": the day of the report, not of the attack.
  ['In a separate report Wednesday, state television said rockets hit the Conoco base late Tuesday.', '2024-08-14', '2024-08-14', 'said'],
  ['Missiles were fired last Thursday.', '2023-10-24', '2023-10-19'],
  ['Rockets hit the base late Sunday.', '2023-10-24', '2023-10-22'],
  ['A drone was shot down early Friday.', '2023-12-09', '2023-12-08'],
  ['The base was hit on Tuesday, officials said.', '2023-10-24', '2023-10-24'], // same weekday as publication: that day
  ['The base was hit last Tuesday, officials said.', '2023-10-24', '2023-10-17'], // "last" on the same weekday: a week earlier
  ['It was hit yesterday.', '2024-01-01', '2023-12-31'], // across a year boundary
  ['One assault took place today.', '2023-10-30', '2023-10-30'],
  ['Twenty were hurt on Oct. 18 when drones struck.', '2023-10-24', '2023-10-18'],
  ['Drones struck on 18 October.', '2023-10-24', '2023-10-18'],
  ['The attack on Sunday, Jan. 28 killed three.', '2024-02-05', '2024-01-28'],
  ['It happened on Nov. 1, 2023.', '2024-01-02', '2023-11-01'],
  ['The Dec. 30 drone attack on Harir was claimed.', '2024-01-02', '2023-12-30'], // month-day after publication: last year
  ['It was attacked on Monday.', '2023-11-01', '2023-10-30'], // across a month boundary
  ['Drones hit the base earlier this week.', '2023-10-19', '2023-10-16..2023-10-18'],
  ['The base was hit several times last week.', '2023-10-23', '2023-10-16..2023-10-22'],
  ['At least 24 strikes since Oct. 17.', '2023-10-30', '2023-10-17..2023-10-30', 'since'],
  ['Attacks rose in recent days.', '2023-10-30', '2023-10-28..2023-10-30', 'since'],
  ['Almost a dozen attacks over the past two weeks.', '2023-10-24', '2023-10-10..2023-10-24', 'since'],
  ['At 4:00 p.m. EST on Feb. 2, U.S. forces struck.', '2024-02-03', '2024-02-02'],
  ['Talks will be held on Monday.', '2023-10-24', '2023-10-30', 'future'],
  ['In this January 13, 2020, photo, soldiers stand guard.', '2023-10-23', '2020-01-13', 'historical'],
  ['The group was established in 2020.', '2023-10-30', '2020-01-01..2020-12-31', 'historical'],
  ['It was the first deadly attack since Sunday, Jan. 28, when a drone killed three.', '2024-02-05', '2024-01-28'],
  ['The most serious since then was the Aug. 5 rocket attack on the base.', '2024-10-02', '2024-08-05'], // "since then" has its object
  // A range of days in one month is both days, not the first.
  ['Rockets were fired at the base on July 25–26.', '2024-08-14', '2024-07-25..2024-07-26'],
  // A time of day that names a thing ("the night sky") is no day: the weekday is the only one.
  ['Rockets lit up the night sky over the base on Sunday.', '2024-01-02', '2023-12-31'],
  // An embedded post's header ("Name @handle · time · date") gives the day it was posted, not an event's.
  ['Central Command @CENTCOM · 11:58 PM · Nov 21, 2023 A militia launched a missile at the base on Nov. 20.', '2023-11-22', '2023-11-21', 'said'],
  ['Rockets were fired at the base on July 25-26.', '2024-08-14', '2024-07-25..2024-07-26'],
  ['Rockets were fired at the base on July 25 - 3 of them hit.', '2024-08-14', '2024-07-25'],
  // "from" an event named by its day is no since-clause; "from" a day alone still is.
  ["The Pentagon raised the toll from last Friday's drone strike on the base.", '2024-08-14', '2024-08-09', 'point'],
  ['Attacks were counted from Oct. 17 onward.', '2023-10-30', '2023-10-17..2023-10-30', 'since'],
  ['No attack since that day matched the Aug. 5 rockets.', '2024-10-02', '2024-08-05'],
]

describe('findDates: days that count from the day the text was talking about, or from the day someone spoke', () => {
  // [sentence, published, the day the sentence before was about, expected days of every mention]
  it.each([
    ['Hours later a second base was targeted.', '2023-11-24', '2023-11-23', ['2023-11-23']],
    ['In the afternoon, another drone was launched at the base.', '2023-11-24', '2023-11-23', ['2023-11-23']],
    ['That evening a volley of rockets was fired.', '2023-11-24', '2023-11-23', ['2023-11-23']],
    ['The following day, two drones were sent toward the base.', '2024-04-29', '2024-04-21', ['2024-04-22']],
    ['He dated the attack to the night before last.', '2024-07-18', null, ['2024-07-16']],
    // With no day before it, "in the afternoon" is the publication day; "this morning" always is.
    ['In the afternoon, another drone was launched at the base.', '2023-11-24', null, ['2023-11-24']],
    ['This morning rockets hit the base.', '2023-11-24', '2023-11-20', ['2023-11-24']],
    // "Late in the evening" is the evening of the day the sentence named before it, not the day the text was about.
    ['July 25 - Several rockets are fired at the base late in the evening.', '2024-08-07', '2024-07-16', ['2024-07-25', '2024-07-25']],
    // "N days after" counts back from a day the sentence named, when the clause after it tells the attack.
    ['The remains returned home on Friday, five days after a drone struck their quarters at Tower 22.', '2024-02-02', null, ['2024-02-02', '2024-01-28']],
    ['On April 21, one day after Sudani left the United States, five rockets were launched at a base.', '2024-04-29', null, ['2024-04-21']],
    ['Two days after the attack, officials said more.', '2024-02-02', null, []],
    // "The night before" counts back from the day just named; "a fire at night" names no night.
    ['Drones struck the base on Saturday, in answer to the U.S. airstrikes of the night before.', '2024-02-05', null, ['2024-02-03', '2024-02-02']],
    ['The claim came with a video of a large fire at night.', '2024-02-05', null, []],
    // A day the other event's clause names itself is its day, not one counted back.
    ['The strike comes five days after a drone hit the coalition base in Rmeilan on Friday evening.', '2024-08-14', '2024-08-13', ['2024-08-09']],
    // A weekday set beside a written date names that date again.
    ['5 January (Friday): A one-way drone struck Harir air base.', '2024-01-12', null, ['2024-01-05']],
    // A weekday beside a day in figures: the order, day or month first, that falls on that weekday (12 January 2024 was a Friday).
    ['On Friday (12/1/2024), explosions shook the base.', '2024-01-13', null, ['2024-01-12']],
    // A capitalized "Today" after a name is the name's: "Al-Mashriq Today".
    ['Security sources told Al-Mashriq Today that rockets were launched.', '2024-08-06', null, []],
    // A speaker's "today" and "yesterday" count from the day they spoke.
    ['In a statement released Monday evening, an official said troops came under rocket fire earlier today.', '2024-08-06', null, ['2024-08-05', '2024-08-05']],
    ['Officials said Sunday that the base was hit yesterday.', '2024-08-06', null, ['2024-08-04', '2024-08-03']],
    ['Drones hit the base today, officials said.', '2024-08-06', null, ['2024-08-06']],
    // A time of day after a written date is that date's, in either order of day and month.
    ['Rockets fell on the base on 23 November, in the evening.', '2023-11-28', null, ['2023-11-23', '2023-11-23']],
    ['23 November, late evening. Drones were launched at the base.', '2023-11-28', null, ['2023-11-23', '2023-11-23']],
  ] as [string, string, string | null, string[]][])('%j published %s after %s → %j', (sentence, published, previous, days) => {
    expect(findDates(sentence, published, previous).map((d) => d.span.start)).toEqual(days)
  })
})

describe('findDates: each expression resolves against the publication day', () => {
  it.each(resolves)('%j published %s → %s', (sentence, published, expected, role = 'point') => {
    const first = findDates(sentence, published)[0]
    expect(first).toBeDefined()
    const span = first?.span.start === first?.span.end ? first?.span.start : `${first?.span.start}..${first?.span.end}`
    expect(span).toBe(expected)
    expect(first?.role).toBe(role)
  })

  it('never makes "last week" one day', () => {
    const [m] = findDates('Two dozen were wounded last week.', '2023-10-24')
    expect(m?.span.precision).toBe('range')
    expect(m?.span.start).not.toBe(m?.span.end)
  })

  it('counts "the previous day" and "the same day" from the day just mentioned', () => {
    expect(findDates('A drone hit Harir on Dec. 30, and another hit Erbil the previous day.', '2024-01-02').map((m) => m.span.start)).toEqual([
      '2023-12-30',
      '2023-12-29',
    ])
    expect(findDates('It also struck Rumalyn the same day.', '2023-11-14', '2023-11-13')[0]?.span.start).toBe('2023-11-13')
  })

  it('gives the publication day for a weekday equal to it whatever the time zone', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles')
    expect(findDates('on Sunday', '2024-01-28')[0]?.span.start).toBe('2024-01-28')
  })
})

describe('findDates: text that is no date', () => {
  it.each([
    'Turnout was 12.53% in the province.',
    'In a second statement, the group said it struck the base.',
    'Tower 22 houses about 350 troops.',
    'Brigade 45 of the PMF is Kataib Hezbollah.',
    'The militias launched at least 24 strikes.',
  ])('%j yields no day', (sentence) => {
    expect(findDates(sentence, '2023-10-24').filter((m) => m.role === 'point')).toEqual([])
  })
})

describe('findDates: a number after a month-day is not a year', () => {
  it('reads "since Oct. 17, 20 times in Iraq" as Oct. 17 of this campaign', () => {
    const [m] = findDates('U.S. forces had been attacked 38 times since Oct. 17, 20 times in Iraq.', '2023-11-10')
    expect(m).toMatchObject({ role: 'since', span: { start: '2023-10-17', end: '2023-11-10' } })
  })
})

/** Every mention of a sentence as `text → day (role)`, with `day` as `start` or `start..end`. */
function mentions(sentence: string, published: string): string[] {
  return findDates(sentence, published).map((m) => {
    const days = m.span.start === m.span.end ? m.span.start : `${m.span.start}..${m.span.end}`
    return `${m.text} → ${days} (${m.role})`
  })
}

describe('findDates: "the evening" a story already dated is that day', () => {
  it('"a different picture of the evening" is the day the text was about, not the publication day', () => {
    const sentence = 'Iraqi security sources gave a different picture of the evening, saying four rockets were fired toward the base.'
    expect(findDates(sentence, '2024-07-26', '2024-07-25').map((m) => [m.text, m.span.start, m.role])).toEqual([['the evening', '2024-07-25', 'point']])
  })
  it('"the night of July 16" is July 16', () => {
    expect(findDates('The first alarm came on the night of July 16.', '2025-01-18', '2024-08-05').map((m) => [m.text, m.span.start])).toEqual([
      ['July 16', '2024-07-16'],
    ])
  })
})

describe('findDates: a night between two weekdays ("Friday-Saturday") is the evening it began, or after midnight the next day', () => {
  it.each<[sentence: string, published: string, expected: string[]]>([
    // 2024-08-10 is a Saturday.
    ['A drone struck the base shortly after midnight on Friday-Saturday.', '2024-08-10', ['shortly after midnight on Friday-Saturday → 2024-08-10 (point)']],
    ['Rockets hit the base at dawn on Friday-Saturday.', '2024-08-10', ['at dawn on Friday-Saturday → 2024-08-10 (point)']],
    ['Drones hit the base on the night of Friday-Saturday.', '2024-08-10', ['the night of Friday-Saturday → 2024-08-09 (point)']],
    ['Drones hit the base on the night between Friday and Saturday.', '2024-08-10', ['the night between Friday and Saturday → 2024-08-09 (point)']],
    // A story stamped on the night's first day tells that night (a live blog, a late wire story), not the week before.
    ['Drones hit the base overnight Saturday into Sunday.', '2024-08-10', ['overnight Saturday into Sunday → 2024-08-10 (point)']],
    ['On the night from Thursday to Friday, a rocket fell near the base.', '2024-08-10', ['the night from Thursday to Friday → 2024-08-08 (point)']],
  ])('%j published %s', (sentence, published, expected) => {
    expect(mentions(sentence, published)).toEqual(expected)
  })
  it('"January 10, a Wednesday" is one day: the weekday in apposition is not the last Wednesday', () => {
    expect(mentions('On the evening of January 10, a Wednesday, a drone was shot down.', '2024-01-26')).toEqual(['January 10 → 2024-01-10 (point)'])
  })
  it('"on Friday and Saturday" stays two days, and two weekdays that are not a night are left to the rest', () => {
    expect(mentions('Drones hit the base on Friday and Saturday.', '2024-08-10')).toEqual(['on Friday → 2024-08-09 (point)', 'Saturday → 2024-08-10 (point)'])
  })
})

describe('findDates: a weekday or a day counted in whole weeks back', () => {
  it.each<[sentence: string, published: string, expected: string[]]>([
    ['A week ago today, two rockets hit al-Asad air base.', '2024-08-12', ['A week ago today → 2024-08-05 (point)']],
    ['Two weeks ago yesterday, a drone struck the base.', '2024-08-12', ['Two weeks ago yesterday → 2024-07-28 (point)']],
    ['Drones were launched at Rumalyn on Monday of the previous week.', '2023-11-22', ['on Monday of the previous week → 2023-11-13 (point)']],
    ['Drones were launched at Rumalyn on Friday of last week.', '2023-11-22', ['on Friday of last week → 2023-11-17 (point)']],
  ])('%j published %s', (sentence, published, expected) => {
    expect(mentions(sentence, published)).toEqual(expected)
  })
})

describe('findDates: named days are the last such day on or before publication', () => {
  it.each<[sentence: string, published: string, expected: string[]]>([
    ['Drones hit the base on Christmas Day.', '2024-01-02', ['Christmas Day → 2023-12-25 (point)']],
    ['A rocket landed near the embassy on Christmas.', '2024-01-02', ['Christmas → 2023-12-25 (point)']],
    ['Rockets hit the base on Christmas Day.', '2023-12-25', ['Christmas Day → 2023-12-25 (point)']], // the day itself
    ['Two drones were shot down on Christmas Eve.', '2024-01-02', ['Christmas Eve → 2023-12-24 (point)']],
    ["Rockets were fired at Ain al-Asad on New Year's Eve.", '2024-01-02', ["New Year's Eve → 2023-12-31 (point)"]],
    ['Rockets were fired at Ain al-Asad on New Year’s Eve.', '2024-01-02', ['New Year’s Eve → 2023-12-31 (point)']],
    ["The attack came on New Year's Day.", '2024-01-02', ["New Year's Day → 2024-01-01 (point)"]],
    ['Militants struck Erbil on Thanksgiving.', '2023-12-01', ['Thanksgiving → 2023-11-23 (point)']], // fourth Thursday of November
    ['On Thanksgiving Day, a drone hit Erbil.', '2024-11-30', ['Thanksgiving Day → 2024-11-28 (point)']],
    ['A drone hit Harir on Boxing Day.', '2024-01-02', ['Boxing Day → 2023-12-26 (point)']],
    ['Officials will meet on Christmas Eve.', '2023-12-20', ['Christmas Eve → 2023-12-24 (future)']],
    ['Attacks have risen since Christmas.', '2024-01-10', ['Christmas → 2023-12-25..2024-01-10 (since)']],
    ['The base was first hit on Christmas Day 2019.', '2023-12-27', ['Christmas Day 2019 → 2019-12-25 (historical)']],
    ['Rockets hit Erbil on Christmas Day, Dec. 25.', '2024-01-02', ['Christmas Day → 2023-12-25 (point)', 'Dec. 25 → 2023-12-25 (point)']],
  ])('%j published %s', (sentence, published, expected) => {
    expect(mentions(sentence, published)).toEqual(expected)
  })

  it.each([
    'Troops put up a Christmas tree at the base.',
    'The attacks slowed in the days before Christmas.',
    'A lull came after Christmas Day.',
    'The Christmas season was quiet in Erbil.',
  ])('%j gives no day', (sentence) => {
    expect(findDates(sentence, '2024-01-02').filter((m) => m.role === 'point')).toEqual([])
  })
})

describe('findDates: a day a speech verb governs is when something was said', () => {
  it.each<[sentence: string, published: string, expected: string[]]>([
    // A sentence whose only day is the spoken one still gives it, so a caller can fall back to it.
    ['Drones attacked al-Tanf, an official said Monday.', '2024-02-07', ['Monday → 2024-02-05 (said)']],
    ['A U.S. official said on Monday that the base was hit.', '2024-02-07', ['on Monday → 2024-02-05 (said)']],
    [
      'When we asked the Pentagon on Monday, an official said there had been no attack on Harir on Saturday.',
      '2024-02-05',
      ['on Monday → 2024-02-05 (said)', 'on Saturday → 2024-02-03 (point)'],
    ],
    ['CENTCOM said late Monday that no one was hurt.', '2024-02-07', ['Monday → 2024-02-05 (said)']],
    ['Austin told reporters on Tuesday that the strikes would go on.', '2024-02-07', ['on Tuesday → 2024-02-06 (said)']],
    ['Kirby told The Associated Press on Tuesday that Iran was behind it.', '2024-02-07', ['on Tuesday → 2024-02-06 (said)']],
    ['The group said in a statement on Monday that it had targeted the base.', '2024-02-07', ['on Monday → 2024-02-05 (said)']],
    ['The Pentagon announced Monday that two soldiers were hurt.', '2024-02-07', ['Monday → 2024-02-05 (said)']],
    ['The Islamic Resistance in Iraq claimed on Telegram on Sunday that it struck Erbil.', '2024-02-07', ['on Sunday → 2024-02-04 (said)']],
    ['CENTCOM confirmed Wednesday that no one was hurt.', '2024-02-07', ['Wednesday → 2024-02-07 (said)']],
    ['The Pentagon on Monday said the base was hit.', '2024-02-07', ['on Monday → 2024-02-05 (said)']],
    ['The militia claimed responsibility on Sunday.', '2024-02-07', ['on Sunday → 2024-02-04 (said)']],
    // "Reported" with a named or pronoun subject is speech; "attacks were reported on Sunday" tells the attacks' day.
    ['Reuters reported on Monday that the base was hit.', '2024-02-07', ['on Monday → 2024-02-05 (said)']],
    [
      'The Pentagon said on Monday the toll had risen to 34, up from the 25 it reported a day earlier.',
      '2024-02-07',
      ['on Monday → 2024-02-05 (said)', 'a day earlier → 2024-02-04 (said)'],
    ],
    // Other days of the sentence are still the days of events.
    ['The group said on Monday it launched the attack on Feb. 4.', '2024-02-07', ['on Monday → 2024-02-05 (said)', 'Feb. 4 → 2024-02-04 (point)']],
    ['The base was hit on Tuesday, officials said.', '2024-02-07', ['on Tuesday → 2024-02-06 (point)']],
    ["Kirby said Monday's attack was the largest yet.", '2024-02-07', ['Monday → 2024-02-05 (point)']],
    ['The group said Iran launched drones on Sunday.', '2024-02-07', ['on Sunday → 2024-02-04 (point)']],
    ['The group claimed responsibility for the attack on Sunday.', '2024-02-07', ['on Sunday → 2024-02-04 (point)']],
    ['Two drone attacks were reported on Sunday at al-Tanf.', '2024-02-07', ['on Sunday → 2024-02-04 (point)']],
    // The occasion of speech: "the afternoon briefing", "Monday's news conference" (but "Monday's attack" above is the attack's day).
    ['Singh told reporters at the afternoon briefing that the second drone struck the base.', '2024-02-07', ['afternoon → 2024-02-07 (said)']],
    ["At Monday's briefing, Ryder said drones hit al-Asad on Sunday.", '2024-02-07', ['Monday → 2024-02-05 (said)', 'on Sunday → 2024-02-04 (point)']],
    ['A drone strike on Sunday claimed the lives of three soldiers.', '2024-02-07', ['on Sunday → 2024-02-04 (point)']],
    ['The attack on Sunday added to the pressure on Washington.', '2024-02-07', ['on Sunday → 2024-02-04 (point)']],
    ['Austin said to reporters on Tuesday that the strikes would go on.', '2024-02-07', ['on Tuesday → 2024-02-06 (said)']],
    [
      'An official said Monday that drones hit the base the previous day.',
      '2024-02-07',
      ['Monday → 2024-02-05 (said)', 'the previous day → 2024-02-04 (point)'],
    ],
  ])('%j published %s', (sentence, published, expected) => {
    expect(mentions(sentence, published)).toEqual(expected)
  })
})

describe('a caller falls back to the spoken day only when nothing else dates the sentence', () => {
  const texts = (sentence: string, pick: typeof datingMentions): string[] => pick(findDates(sentence, '2024-02-07')).map((m) => m.text)

  it.each<[sentence: string, events: string[], statement: string[]]>([
    ['Drones attacked al-Tanf, an official said Monday.', ['Monday'], ['Monday']],
    ['The group said on Monday it launched the attack on Feb. 4.', ['Feb. 4'], ['on Monday']],
    ['Rockets hit Erbil on Sunday.', ['on Sunday'], ['on Sunday']],
    ['Talks will be held on Friday, an official said.', [], []],
  ])('%j: events %j, statement %j', (sentence, events, statement) => {
    expect(texts(sentence, datingMentions)).toEqual(events)
    expect(texts(sentence, statementDays)).toEqual(statement)
  })
})

describe('findDates: a week and a weekday in one sentence are two mentions', () => {
  it.each<[sentence: string, published: string, expected: string[]]>([
    [
      'Drones struck the base earlier this week, on Sunday.',
      '2024-01-04',
      ['earlier this week → 2024-01-01..2024-01-03 (point)', 'on Sunday → 2023-12-31 (point)'],
    ],
    ['Rockets hit Erbil this week, including on Tuesday.', '2024-01-04', ['this week → 2024-01-01..2024-01-04 (point)', 'on Tuesday → 2024-01-02 (point)']],
    // "Sunday last week" is one day, that Sunday of the week before.
    ['Rockets hit Erbil on Sunday last week.', '2024-01-07', ['on Sunday last week → 2023-12-31 (point)']],
  ])('%j published %s', (sentence, published, expected) => {
    expect(mentions(sentence, published)).toEqual(expected)
  })
})

describe('findDates: "last night" is the day before publication, "today" and "tonight" the day itself', () => {
  it.each<[sentence: string, published: string, expected: string[]]>([
    ['Rockets hit the base last night.', '2024-01-02', ['last night → 2024-01-01 (point)']],
    ['Sirens have sounded in Erbil since last night.', '2024-01-02', ['last night → 2024-01-01..2024-01-02 (since)']],
    ['Rockets hit the base at 11:30 p.m. last night and 12:40 a.m. today.', '2024-01-02', ['last night → 2024-01-01 (point)', 'today → 2024-01-02 (point)']],
    ['A drone was downed at 10 a.m. this morning.', '2024-01-02', ['this morning → 2024-01-02 (point)']],
    ['Sirens sounded in Erbil tonight.', '2024-01-02', ['tonight → 2024-01-02 (point)']],
    ['A drone hit Harir earlier today.', '2024-01-02', ['earlier today → 2024-01-02 (point)']],
    ['At 16:29 today, Friday, a drone targeted Harir.', '2024-01-05', ['today → 2024-01-05 (point)', 'Friday → 2024-01-05 (point)']],
  ])('%j published %s', (sentence, published, expected) => {
    expect(mentions(sentence, published)).toEqual(expected)
  })

  it('leaves "overnight" alone, and "overnight Sunday" to its weekday', () => {
    expect(mentions('Rockets hit the base overnight.', '2024-01-02')).toEqual([])
    expect(mentions('Rockets hit the base overnight Sunday.', '2024-01-02')).toEqual(['Sunday → 2023-12-31 (point)'])
  })
})

describe('findDates: page furniture dates nothing', () => {
  it.each([
    'Follow News 24/7 for the latest updates.',
    'News 24/7: 11:30',
    'Our newsroom works 24/7 to bring you the news.',
    'Follow @News24_7 and #Oct7 for updates.',
    'Updated at 11:30.',
    'Iraq beat Jordan 3-2 in the final.',
    'The app was updated to version 2.10.3.',
    'The phones ran iOS 17.2.',
    'About 3/4 of the troops were moved.',
    'The Sunday Times reported the strike.',
    'USA Today reported the strike.',
  ])('%j yields no date at all', (sentence) => {
    expect(findDates(sentence, '2024-01-02')).toEqual([])
  })

  it('keeps a byline date a date: whether it dates an event is the caller’s call', () => {
    expect(mentions('By Jane Doe March 14 2023', '2023-03-15')).toEqual(['March 14 2023 → 2023-03-14 (point)'])
  })
})

describe('findDates: phrases that lean on the day in hand, and words that are no day', () => {
  it('"that same evening" and "that Friday" are the day the text was talking about, not the publication day', () => {
    const said = (sentence: string): string[] => findDates(sentence, '2024-08-20', '2024-08-09').map((m) => `${m.text} → ${m.span.start} (${m.role})`)
    expect(said('That same evening, rockets flew toward Conoco.')).toEqual(['That same evening → 2024-08-09 (point)'])
    expect(said('The drone hit the landing zone at about 5 p.m. that Friday.')).toEqual(['that Friday → 2024-08-09 (point)'])
  })

  it('"told reporters that Thursday evening\'s attack": "that" opens the clause; the possessive day is that Thursday, and "evening" no other day', () => {
    const said = (sentence: string): string[] => findDates(sentence, '2023-11-10', '2023-11-09').map((m) => `${m.text} → ${m.span.start} (${m.role})`)
    expect(said("An official told the paper that Thursday evening's attack on Harir had caused no casualties.")).toEqual([
      'Thursday evening → 2023-11-09 (point)',
    ])
    expect(said("An official told the paper that Thursday's attack on Harir had caused no casualties.")).toEqual(['Thursday → 2023-11-09 (point)'])
  })

  it.each([
    'The case study every program office now cites is Tower 22.',
    'Bases in Syria had been attacked 135 times by the end of September, 36 of them at al-Omar.',
  ])('%j yields no date at all', (sentence) => expect(findDates(sentence, '2024-11-11')).toEqual([]))
})

describe('findDates: times of day that belong to a day already given', () => {
  it('"at 3:30 yesterday morning" is yesterday, not this morning as well', () => {
    expect(mentions('Around 3:30 yesterday morning, two more rockets came down at Ain al-Asad.', '2023-11-22')).toEqual(['3:30 yesterday → 2023-11-21 (point)'])
  })

  it('a bare "morning" set off as a list label is the day in hand', () => {
    const said = findDates('Al-Tanf garrison, morning: a single one-way attack drone.', '2023-11-15', '2023-11-10').map((m) => `${m.text} → ${m.span.start}`)
    expect(said).toEqual(['morning → 2023-11-10'])
  })

  it('"told the news agency AFP on Saturday" is the day it was said', () => {
    expect(mentions('An official told the news agency AFP on Saturday that forces had engaged a drone near Al-Asad on Friday.', '2023-10-31')).toEqual([
      'on Saturday → 2023-10-28 (said)',
      'on Friday → 2023-10-27 (point)',
    ])
  })
})

describe('findDates: the day a force left is no event day', () => {
  it('"coalition troops had left the base on Oct. 20" gives no day; a later day of attack in the sentence still counts', () => {
    expect(findDates('A drone hit Harir air base at 7:15 p.m., adding that coalition troops had left the base on Oct. 20.', '2023-11-10')).toEqual([])
    expect(mentions('Troops left for the base on Monday and were attacked on Oct. 20.', '2023-11-10')).toEqual([
      'on Monday → 2023-11-06 (point)',
      'Oct. 20 → 2023-10-20 (point)',
    ])
  })
})

describe('findDates: an outlet named in italics after "told"', () => {
  it('"told *Gulf Tribune English* on Saturday" is the day it was said', () => {
    expect(mentions('A drone struck a base on Friday, an official told *Gulf Tribune English* on Saturday.', '2024-08-11')).toEqual([
      'on Friday → 2024-08-09 (point)',
      'on Saturday → 2024-08-10 (said)',
    ])
  })
})

describe('findDates: a day without its year, in a story told back from a year it named', () => {
  const start = '2023-10-17'
  const days = (sentence: string, anchor: string | null): string[] =>
    findDates(sentence, '2025-01-27', null, { campaignStart: start, yearAnchor: anchor }).map((m) => `${m.text} → ${m.span.start}`)

  it('"On Oct. 18" after "October 2023" is that October, not the last one before publication', () => {
    expect(days('On Oct. 18, drones hit al-Tanf.', '2023-10-15')).toEqual(['Oct. 18 → 2023-10-18'])
    expect(days('On Christmas Day a drone struck Erbil Air Base.', '2023-10-15')).toEqual(['Christmas Day → 2023-12-25'])
    // Without an anchor, the most recent one on or before publication.
    expect(days('On Oct. 18, drones hit al-Tanf.', null)).toEqual(['Oct. 18 → 2024-10-18'])
  })

  it('counts forward from the anchor, and never past publication', () => {
    expect(days('On Jan. 20, missiles hit Al-Asad.', '2023-10-15')).toEqual(['Jan. 20 → 2024-01-20'])
    // The first Jan. 26 after an anchor of 2024-02-01 would be in 2025, but the most recent, 2025-01-26, is no later.
    expect(days('On Jan. 26, a drone hit Al-Asad.', '2024-02-01')).toEqual(['Jan. 26 → 2025-01-26'])
  })
})

describe("findDates: a weekday under a dated entry is that entry's", () => {
  it('"late on Tuesday" under an entry of Tuesday, July 16 is July 16, not the Tuesday before publication', () => {
    expect(findDates('Two drones were launched at the base late on Tuesday.', '2024-08-07', null, { entryDay: '2024-07-16' }).map((m) => m.span.start)).toEqual(
      ['2024-07-16'],
    )
    expect(findDates('Rockets were fired at the base again on Saturday.', '2024-08-07', null, { entryDay: '2024-07-27' }).map((m) => m.span.start)).toEqual([
      '2024-07-27',
    ])
    expect(findDates('Two drones were launched at the base late on Tuesday.', '2024-08-07').map((m) => m.span.start)).toEqual(['2024-08-06'])
  })
})

describe('findDates: "the next attack came on …" is told of the past', () => {
  it('"The next attack came on April 21" is the last April 21; "the next round of talks is on April 21" the coming one', () => {
    expect(mentions('The next attack came on April 21, when rockets were fired toward U.S. forces at Rumalyn.', '2024-11-22')).toEqual([
      'April 21 → 2024-04-21 (point)',
    ])
    expect(mentions('The next round of talks is on April 21.', '2024-11-22')).toEqual(['April 21 → 2025-04-21 (future)'])
  })
})

describe('findDates: the "today" of quoted words is the day they were said', () => {
  it('"… an attack today," a spokesperson told Rudaw on Monday: today is Monday, not the day of publication', () => {
    expect(mentions('"We can confirm there was a rocket attack today against U.S. forces," a spokesperson told Rudaw on Monday.', '2024-08-06')).toEqual([
      'today → 2024-08-05 (point)',
      'on Monday → 2024-08-05 (said)',
    ])
    // Outside the quotation, today is the day of publication.
    expect(mentions('A rocket attack hit the base today, a spokesperson told Rudaw on Monday.', '2024-08-06')[0]).toBe('today → 2024-08-06 (point)')
  })

  it("quoted words with no day they were said, a day after the event told last, speak from that event's day (a statement quoted next day)", () => {
    const day = (sentence: string, eventDay: string | null): string[] =>
      findDates(sentence, '2023-12-26', null, { eventDay }).map((m) => `${m.text} → ${m.span.start}`)
    expect(day('She said U.S. personnel were targeted "early this morning" in northern Iraq.', '2023-12-25')).toEqual(['early this morning → 2023-12-25'])
    // A quotation that opens the sentence and runs on past it is quoted too.
    expect(day('"Early this morning in northern Iraq, U.S. military personnel were targeted by a drone.', '2023-12-25')).toEqual([
      'Early this morning → 2023-12-25',
    ])
    // With no event told, or one told long before, the day of publication.
    expect(day('She said U.S. personnel were targeted "early this morning" in northern Iraq.', null)).toEqual(['early this morning → 2023-12-26'])
    expect(day('She said U.S. personnel were targeted "early this morning" in northern Iraq.', '2023-12-08')).toEqual(['early this morning → 2023-12-26'])
  })

  it('"at the end of January" is a part of the month, not its last day', () => {
    const spans = (sentence: string): string[] => findDates(sentence, '2024-07-18').map((m) => `${m.span.start}…${m.span.end} ${m.span.precision}`)
    expect(spans('At the end of January, a drone killed three soldiers at an outpost.')).toEqual(['2024-01-01…2024-01-31 month'])
    expect(spans('Attacks stopped toward the close of February 2024.')).toEqual(['2024-02-01…2024-02-29 month'])
  })

  it('"on March 23 last year" is that day of the year before; "early this month" and "earlier this month" are spans of this month', () => {
    const spans = (sentence: string): string[] =>
      findDates(sentence, '2024-04-22', null, { campaignStart: '2023-10-17' }).map((m) => `${m.text} ${m.span.start}…${m.span.end} ${m.role}`)
    expect(spans('On March 23 last year, a drone struck a facility near Hasakah.')).toEqual(['March 23 last year 2023-03-23…2023-03-23 point'])
    expect(spans('The base was hit 30 times since 2 November last year.')).toEqual(['2 November last year 2023-11-02…2024-04-22 since'])
    expect(spans('Early this month, rockets were fired at the base.')).toEqual(['Early this month 2024-04-01…2024-04-10 point'])
    expect(spans('Earlier this month, rockets were fired at the base.')).toEqual(['Earlier this month 2024-04-01…2024-04-21 point'])
  })

  it('"the next day, Sunday" is the day after the one in hand, the weekday only naming it', () => {
    const days = findDates('In the early hours of the next day, Sunday, rockets struck the base again.', '2024-10-25', '2024-09-28', {
      eventDay: '2024-09-28',
    }).map((m) => `${m.text} → ${m.span.start}`)
    expect(days).toEqual(['the next day → 2024-09-29'])
  })

  it('"CENTCOM on Sunday reported that … earlier on Saturday": Sunday is the day it was said, Saturday the attack\'s', () => {
    const roles = findDates('CENTCOM on Sunday reported that militants fired rockets at the air base earlier on Saturday.', '2024-01-21').map(
      (m) => `${m.text} ${m.role} ${m.span.start}`,
    )
    expect(roles).toEqual(['on Sunday said 2024-01-21', 'on Saturday point 2024-01-20'])
  })

  it('a weekday beside a day in figures is read in the order, day or month first, that falls on that weekday', () => {
    const read = (text: string, published: string): string[] => findDates(text, published).map((m) => `${m.text} → ${m.span.start}`)
    // Day first, as Indonesian and British desks write it: 5 August 2024 was a Monday, 8 May a Wednesday.
    expect(read('The attack happened on Monday (5/8) in Iraq.', '2024-08-07')).toEqual(['Monday (5/8) → 2024-08-05'])
    // Month first, as U.S. desks write it, with a year.
    expect(read('It came on Thursday, 12/21/2023, officials said.', '2024-01-02')).toEqual(['Thursday, 12/21/2023 → 2023-12-21'])
    // With dashes or dots and the year, as Arab outlets write it: 1 October 2024 was a Tuesday, 10 January a Wednesday.
    expect(read('Rockets were launched at 12:20 after midnight on Tuesday 1-10-2024 toward the airport.', '2024-12-04').map((t) => t.split(' → ')[1])).toEqual([
      '2024-10-01',
    ])
    expect(read('The base was targeted on Monday 5.8.2024 with Katyusha rockets.', '2024-08-14').map((t) => t.split(' → ')[1])).toEqual(['2024-08-05'])
  })

  it('"On July 18 the Pentagon acknowledged the attack" is the day it was said: its object points back at an attack told', () => {
    const roles = findDates('On July 18 the Pentagon acknowledged the attack, saying one drone hit the base.', '2024-08-07').map((m) => `${m.text} ${m.role}`)
    expect(roles).toEqual(['July 18 said'])
    expect(findDates('On July 18 drones attacked the base.', '2024-08-07').map((m) => m.role)).toEqual(['point'])
  })
  it('"the night before Iranian President Pezeshkian arrived" is before that event, not the night before the day just named', () => {
    const found = findDates(
      'At 11 p.m. on Tuesday, Sept. 10, the night before Iranian President Pezeshkian arrived in Baghdad, a blast was heard.',
      '2024-10-04',
    )
    expect(found.map((d) => [d.text, d.span.start])).toEqual([['At 11 p.m. on Tuesday, Sept. 10', '2024-09-10']])
    const before = findDates('Rockets hit the base on Sept. 10. The night before, drones were shot down.', '2024-10-04')
    expect(before.map((d) => d.span.start)).toEqual(['2024-09-10', '2024-09-09'])
  })
  it('writing long after: "17 October 2023, a Tuesday" is that day; "on a Saturday evening" is no day; "Christmas morning 2023" is that Christmas', () => {
    const text = (t: string, pub: string, prev: string | null = null) => findDates(t, pub, prev).map((d) => [d.text, d.span.start])
    expect(text('The first blow fell on 17 October 2023, a Tuesday, when drones flew at the base.', '2024-10-17')).toEqual([
      ['on 17 October 2023', '2023-10-17'],
    ])
    expect(text('On a Saturday evening, militants fired missiles at the base.', '2024-12-20')).toEqual([])
    expect(text('The strikes answered a Monday night missile attack.', '2023-11-22').map(([, d]) => d)).toEqual(['2023-11-20'])
    expect(text('A month earlier, on Christmas morning 2023, a drone struck the base.', '2025-01-28')).toEqual([['Christmas morning 2023', '2023-12-25']])
    expect(text('The same Wednesday night, two drones flew at al-Tanf.', '2024-10-17', '2023-10-18')).toEqual([['The same Wednesday night', '2023-10-18']])
  })
})

describe('findDates: days as speakers give them', () => {
  const said = (sentence: string, published: string, previous: string | null = null): string[] =>
    findDates(sentence, published, previous).map((m) => `${m.text} → ${m.span.start} (${m.role})`)

  it('"Wednesday the 18th" is the latest 18th that fell on a Wednesday, up to publication', () => {
    expect(said('On Wednesday the 18th, two drones flew at the garrison.', '2023-10-25')).toEqual(['Wednesday the 18th → 2023-10-18 (point)'])
    // 28 January 2024 was a Sunday, a month before.
    expect(said('It began on Sunday, the 28th, before dawn.', '2024-02-26')).toEqual(['Sunday, the 28th → 2024-01-28 (point)'])
  })

  it('"a week ago today" after "told … yesterday that" counts back from today, not from the day they spoke', () => {
    expect(said('The command told NBC News late yesterday that a week ago today two drones went after the garrison.', '2023-10-25')).toEqual([
      'yesterday → 2023-10-24 (said)',
      'a week ago today → 2023-10-18 (point)',
    ])
  })

  it('"18 Oct (Wed)": an abbreviated weekday beside a written date names that date again', () => {
    expect(said('A-1. **18 Oct (Wed) — Ain al-Asad Air Base, Anbar.** Two drone attacks.', '2023-11-01')).toEqual(['18 Oct → 2023-10-18 (point)'])
    expect(said('Jan. 28 (Sun.): a drone hit the outpost.', '2024-02-26')).toEqual(['Jan. 28 → 2024-01-28 (point)'])
  })

  it('"The following morning" and "the next evening" are the day after the day in hand, not today', () => {
    expect(said('The following morning a one-way drone targeted the air base.', '2023-11-22', '2023-11-08')).toEqual([
      'The following morning → 2023-11-09 (point)',
    ])
    expect(said('Rockets flew at the garrison the next evening.', '2023-11-22', '2023-11-08')).toEqual(['the next evening → 2023-11-09 (point)'])
  })

  it('"that same Wednesday" is the Wednesday of the day in hand', () => {
    expect(said('The command says that on that same Wednesday two drone attacks hurt four more.', '2023-10-25', '2023-10-18')).toEqual([
      'that same Wednesday → 2023-10-18 (point)',
    ])
  })

  it('a numeric date that reads either way round: the weekday named with it decides, else the reading nearest before publication', () => {
    expect(said('Its forces came under rocket fire on the morning of Wednesday 4-12-2024.', '2024-12-05')).toEqual(['Wednesday 4-12-2024 → 2024-12-04 (point)'])
    expect(said('Rockets were fired at the base on 4-12-2024.', '2024-12-05')).toEqual(['4-12-2024 → 2024-12-04 (point)'])
    expect(said('Rockets were fired at the base on the night of Friday 12-4-2024.', '2024-12-05')).toEqual(['Friday 12-4-2024 → 2024-04-12 (point)'])
  })

  it('"the early-morning attack", "a late-night barrage" name no day', () => {
    expect(said('Two soldiers were hurt in the early-morning attack on the base.', '2023-12-27', '2023-12-25')).toEqual([])
    expect(said('A late-night barrage hit the garrison on Monday.', '2023-12-27')).toEqual(['on Monday → 2023-12-25 (point)'])
  })

  it('"on the Thursday" is the Thursday of the day in hand, as "that Thursday" is', () => {
    expect(said('Three days later, on the Thursday evening, rockets hit the garrison.', '2023-11-28', '2023-11-13')).toEqual([
      'Three days later → 2023-11-16 (point)',
      'the Thursday evening → 2023-11-16 (point)',
    ])
    // "the Thursday before the vote" is no day in hand.
    expect(said('On the Thursday before the vote, rockets hit the garrison.', '2023-11-28', '2023-11-13').join()).not.toContain('2023-11-16')
  })

  it('"last Monday\'s attack …, on August 5th": the written date says which Monday', () => {
    expect(said("An update on last Monday's rocket attack at the air base, on August 5th.", '2024-08-13')).toEqual(['August 5th → 2024-08-05 (point)'])
    // Without the date, "last Monday" is the most recent one.
    expect(said("An update on last Monday's rocket attack at the air base.", '2024-08-13')).toEqual(['on last Monday → 2024-08-12 (point)'])
  })

  it('"early one Monday" is some Monday; "In November 2022, …, eight days later" counts from that month, not from the day in hand', () => {
    expect(said('In 2022 drones tried to strike the base early one Monday; one was shot down.', '2024-06-23').join()).not.toContain('2024-06')
    expect(said('In November 2022, rockets hit the al-Omar base and, eight days later, the patrol base in al-Shaddadi.', '2024-12-04', '2024-10-01')).toEqual([
      'November 2022 → 2022-11-01 (historical)',
    ])
    expect(said('In January, drones hit the base and, the next day, rockets struck al-Tanf.', '2024-06-04', '2024-05-20').join()).not.toContain('2024-05-21')
    // With no older time before it, "eight days later" counts from the day in hand, as before.
    expect(said('Eight days later, rockets hit the patrol base in al-Shaddadi.', '2024-12-04', '2024-10-01')).toEqual(['Eight days later → 2024-10-09 (point)'])
  })

  it('"Six days before that, on Wednesday evening": the weekday the count falls on names the counted day, not the last Wednesday', () => {
    expect(said('Six days before that, on Wednesday evening, a drone aimed at the base was downed.', '2024-01-21', '2024-01-16')).toEqual([
      'Six days before → 2024-01-10 (point)',
    ])
    // A weekday the count does not fall on is the other event's own day, as before.
    expect(said('Six days before that, on Thursday evening, a drone aimed at the base was downed.', '2024-01-21', '2024-01-16')).toEqual([
      'on Thursday evening → 2024-01-18 (point)',
    ])
  })

  it('the day of a ceremony is an occasion, not the day of the attack the sentence recalls', () => {
    expect(
      said('Three Airmen were awarded the Purple Heart on Saturday, Oct. 5, 2024, for wounds received when a drone struck Tower 22.', '2024-10-08'),
    ).toEqual(['on Saturday, Oct. 5, 2024 → 2024-10-05 (occasion)'])
    expect(said('Five of the six dead were buried in their home villages on Monday, an elder said.', '2024-02-06')).toEqual([
      'on Monday → 2024-02-05 (occasion)',
    ])
    expect(said('A drone struck the outpost on Sunday, Jan. 28.', '2024-02-06').map((t) => t.endsWith('(point)'))).toEqual([true])
    // The day of the attack a ceremony recalls, in a clause of its own, stays the attack's.
    for (const sentence of [
      'They were awarded the Purple Heart for wounds received in the Jan. 28 attack.',
      'Two men were buried under rubble when a drone struck the base on Sunday.',
      'He was honored weeks before he was killed on Jan. 28.',
    ])
      expect(said(sentence, '2024-03-01').map((t) => t.replace(/.*\(/, '('))).toEqual(['(point)'])
  })
})

describe('findDates: session 60', () => {
  it('"**November 8–9:** … on Wednesday … on Thursday": the weekdays of the span the heading gives', () => {
    expect(
      mentions('**November 8–9:** Two drones were sent at Harir, the first at 11:30 pm on Wednesday and the second at 12:40 am on Thursday.', '2024-01-06'),
    ).toEqual([
      'November 8–9 → 2023-11-08..2023-11-09 (point)',
      'at 11:30 pm on Wednesday → 2023-11-08 (point)',
      'at 12:40 am on Thursday → 2023-11-09 (point)',
    ])
    // Guard: without a heading, the weekday is the last before publication, as before.
    expect(mentions('Two drones were sent at Harir on Wednesday.', '2024-01-06')).toEqual(['on Wednesday → 2024-01-03 (point)'])
  })
  it('"in July and August 2022": the month before another with its year shares that year', () => {
    expect(mentions('Mortar rounds fell near the Green Village base in July and August 2022, and again in May 2023.', '2024-11-20')).toEqual([
      'July → 2022-07-01..2022-07-31 (historical)',
      'August 2022 → 2022-08-01..2022-08-31 (historical)',
      'May 2023 → 2023-05-01..2023-05-31 (historical)',
    ])
    // Guard: a month alone is still the most recent such month.
    expect(mentions('Mortar rounds fell near the Green Village base in July.', '2024-11-20')).toEqual(['July → 2024-07-01..2024-07-31 (point)'])
  })
  it('"Speaking on background on Tuesday, …": the day the speaker spoke, not the attack\'s', () => {
    expect(mentions('Speaking on background on Tuesday, a U.S. defense official said two rockets hit al-Asad on Monday.', '2024-08-08')).toEqual([
      'on Tuesday → 2024-08-06 (said)',
      'on Monday → 2024-08-05 (point)',
    ])
    expect(mentions('Speaking to reporters late Monday, Austin said drones hit the base on Sunday.', '2024-08-08')).toEqual([
      'Monday → 2024-08-05 (said)',
      'on Sunday → 2024-08-04 (point)',
    ])
  })
})
