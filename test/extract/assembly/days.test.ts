import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../../../src/clean/clean-article.js'
import { extractReports } from '../../../src/extract/extract-reports.js'
import { mergeReports } from '../../../src/merge/merge-reports.js'
import { articleOf, asRead, asReadHere, attacks, brief, briefsReadHere, eventsOf, places, reportsOf, shippedKnowledge } from '../../helpers/extract-text.js'

// The day of an attack: the day it happened and the day it was said, time zones, weekdays, months, years and spans.
// Every sentence here is written for this test, in the shapes real coverage takes (docs/real-reporting/).

describe('the day it happened and the day it was said', () => {
  it("keeps both: the event on the attack's day, each report with the day its source spoke", () => {
    const [event] = attacks(eventsOf('Rockets hit Ain al-Asad air base on Sunday, a U.S. official said Monday.', '2023-10-24'))
    expect(event?.date).toBe('2023-10-22')
    expect(event?.reports[0]?.saidOn).toBe('2023-10-23')
  })

  it('dates an attack by the day it was said only when nothing else does', () => {
    expect(attacks(eventsOf('Rockets hit Ain al-Asad air base, a U.S. official said Monday.', '2023-10-24')).map((e) => e.date)).toEqual(['2023-10-23'])
  })
})

describe('merge across outlets, on the day it happened', () => {
  it('a sentence that says its source gave no day ("did not say when") takes none from the story', () => {
    const events = attacks(
      eventsOf(
        'Rockets struck the U.S. outpost at the al-Omar oil field on Sunday, Nov. 10, witnesses said.\n\nCENTCOM also linked the strikes to a rocket attack on U.S. personnel at Patrol Base Shaddadi, but it did not say when the rockets were fired.',
        '2024-11-27',
      ),
    )
    expect(events.map(brief)).toEqual([{ day: '2024-11-10', place: 'green-village', status: 'reported', killed: null, injured: null }])
  })

  it("the same moment in the reader's time zone, in brackets, names no other day", () => {
    const events = eventsOf(
      'Militants fired missiles at an air base in western Iraq on Saturday evening local time (early Sunday AEDT).\n\nCentral Command said the missiles targeted Al-Asad Airbase in Anbar province.',
      '2024-01-21',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-20', 'ain-al-asad']])
  })
})

describe('who speaks, which day, and what is no attack, read across the article', () => {
  it('a day right after a base is that base\'s: "rockets at Rumalyn on 21 April, and a drone at Ain al-Asad the next day"', () => {
    const events = eventsOf('Rockets were launched at U.S. forces in Rumalyn on 21 April, and a drone at Ain al-Asad the next day.', '2024-08-31')
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-04-21', 'rumalyn-landing-zone'],
      ['2024-04-22', 'ain-al-asad'],
    ])
  })

  it('a day without its year in a paragraph that named its year is of that year; "a few miles from Tower 22" only locates al-Tanf', () => {
    const events = eventsOf(
      'The campaign against U.S. bases began in the third week of October 2023. On Oct. 18, drones hit al-Tanf, a few miles from Tower 22, and Central Command said 20 U.S. personnel suffered minor injuries.',
      '2025-01-27',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2023-10-18', 'al-tanf']])
  })

  it('"Rumalyn Landing Zone in northeastern Syria on Aug. 9": the day right after where a base is dates that base', () => {
    const events = eventsOf(
      'A rocket attack on Ain al-Asad air base on Aug. 5 wounded four U.S. service members, the Pentagon said, and eight U.S. troops were treated for brain injuries after a drone struck Rumalyn Landing Zone in northeastern Syria on Aug. 9.',
      '2024-09-11',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-08-05', 'ain-al-asad'],
      ['2024-08-09', 'rumalyn-landing-zone'],
    ])
  })

  it('"the Al-Asad missile attack of November 20, 2023; the Erbil Air Base attack of December 25": each base is dated by the day of its own attack', () => {
    const events = eventsOf(
      'The suit names four attacks: the al-Tanf attack of October 18, 2023; the Al-Asad missile attack of November 20, 2023; the Erbil Air Base attack of December 25, 2023; and the Tower 22 attack of January 28, 2024.',
      '2024-12-16',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-10-18', 'al-tanf'],
      ['2023-11-20', 'ain-al-asad'],
      ['2023-12-25', 'erbil-air-base'],
      ['2024-01-28', 'tower-22'],
    ])
  })

  it('"were awarded the Purple Heart on Saturday, Oct. 5, for wounds received when a drone struck Tower 22" dates no attack', () => {
    const events = eventsOf(
      'Three Airmen of a rescue wing were awarded the Purple Heart on Saturday, Oct. 5, 2024, for wounds received when a one-way attack drone struck Tower 22, a U.S. outpost in Jordan.',
      '2024-10-08',
    )
    expect(attacks(events).filter((e) => e.date === '2024-10-05')).toEqual([])
  })

  it("an area told without a day, in the paragraph after the lead, takes the lead's day; one told far from it does not", () => {
    const near = eventsOf(
      'U.S. forces in Iraq and Syria were attacked three times on Tuesday, a U.S. military official said.\n\nThe official said coalition troops were attacked at two sites in northeastern Syria with rockets.',
      '2023-11-22',
    )
    expect(attacks(near).map((e) => [e.date, e.location?.id])).toContainEqual(['2023-11-21', 'northeast-syria'])
    const far = eventsOf(
      [
        'U.S. forces in Iraq and Syria were attacked three times on Tuesday, a U.S. military official said.',
        'The bases have hosted troops since 2014.',
        'Officials fear more to come.',
        'Analysts say coalition troops were attacked at sites in northeastern Syria with rockets.',
      ].join('\n\n'),
      '2023-11-22',
    )
    expect(attacks(far).map((e) => e.location?.id)).not.toContain('northeast-syria')
  })

  it('"within days the attacks had spread to Harir" takes no day from the attack before it; "the overwhelming majority caused no casualties" is no toll of it', () => {
    const events = eventsOf(
      'The campaign opened on Oct. 18, 2023, when two drones flew at the al-Tanf garrison. Within days the attacks had spread to Harir in the Kurdistan Region and to Shaddadi. The overwhelming majority caused no casualties.',
      '2024-08-28',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-10-18', place: 'al-tanf', status: 'reported', killed: null, injured: null }])
  })

  it('the same moment told in the outlet\'s own time ("which was the early hours of Monday in Kuala Lumpur") is not another day', () => {
    const events = eventsOf(
      'Rockets were fired from northern Iraq at a US base in north-eastern Syria late on Sunday.\n\nThe attack took place on Sunday night Iraq time, which was the early hours of Monday in Kuala Lumpur.\n\nA US official said more than five rockets were fired at coalition troops at the Rumalyn base.',
      '2024-04-22',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-04-21', 'rumalyn-landing-zone']])
  })

  it('the same moment between dashes or after "or", in a city outside the gazetteer, is not another day; "on Sunday in Syria" still is', () => {
    const dashes = eventsOf(
      'Late on Saturday, December 30 — in the early hours of Sunday in Karachi — rockets were fired at the Green Village base.\n\nAt the same time, more rockets were aimed at the nearby Conoco gas plant base, lighting up the night sky.',
      '2024-01-02',
    )
    expect(attacks(dashes).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-12-30', 'green-village'],
      ['2023-12-30', 'mss-conoco'],
    ])
    const or = eventsOf('Rockets were fired at Ain al-Asad air base on Tuesday, Washington time, or early Wednesday in Hong Kong.', '2024-12-05')
    expect(attacks(or).map((e) => [e.date, e.location?.id])).toEqual([['2024-12-03', 'ain-al-asad']])
    const there = eventsOf('Rockets were fired at Ain al-Asad air base — the second attack on Sunday in Iraq — officials said.', '2024-01-02')
    expect(attacks(there).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-31', 'ain-al-asad']])
  })

  it('"in response to the Jan. 28 drone strike on Tower 22 that killed three": the dot of "Jan." does not end the clause the attack is told in', () => {
    const events = eventsOf(
      'The U.S. struck 85 targets in Iraq and Syria on Friday; those strikes were in response to the Jan. 28 drone strike on Tower 22 in Jordan that killed three American soldiers and wounded more than 40 others.',
      '2024-02-05',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-01-28', place: 'tower-22', status: 'confirmed', killed: 3, injured: 40 }])
  })

  it('"On July 18 the Pentagon acknowledged the attack": the day heads what was said of the attack told, not another attack', () => {
    const events = eventsOf(
      'Two drones were launched at Ain al-Asad air base late on Tuesday, a police source said.\n\nOn Thursday the Pentagon acknowledged the attack, saying one drone hit the base.',
      '2024-07-20',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-07-16', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: null }])
  })

  it("an official's word on an attack at the story's base, in a paragraph dated by when statements came, and \"by Tuesday\" tolls, stay on the attack's day", () => {
    const events = eventsOf(
      'Two rockets hit Ain al-Asad air base on Monday (5/8), two Iraqi security sources said.\n\nThe first U.S. statements reached Jakarta on Tuesday morning. A Pentagon spokesperson then confirmed a suspected rocket attack at Al Asad Airbase. By Tuesday, U.S. officials had put the total at five service members and two contractors, meaning seven people were hurt.',
      '2024-08-07',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-08-05', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: 7 }])
  })

  it('"…, which was shortly after 7:15 p.m. on Thursday here in Mexico City": the outlet\'s own time names no day of the attack', () => {
    const events = eventsOf(
      'The US Embassy in Baghdad came under attack early on Friday, at about 4:15 a.m. local time, which was shortly after 7:15 p.m. on Thursday here in Mexico City. The embassy said in a statement that two projectiles had been fired at it and that assessments were under way, but reported no casualties inside the compound.',
      '2023-12-09',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-08', 'us-embassy-baghdad']])
  })

  it('"-- that was late Saturday night here on the East Coast --": a broadcaster\'s own time names no day of the attack', () => {
    const events = eventsOf(
      'The drone came in low before dawn on Sunday, local time -- that was late Saturday night here on the East Coast -- and hit the living quarters at Tower 22. About an hour and a half later, a second drone went after the al-Tanf garrison.',
      '2024-01-29',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-01-28', 'al-tanf'],
      ['2024-01-28', 'tower-22'],
    ])
    const night = eventsOf(
      'It happened at about a quarter past four this morning, Baghdad time -- that was a little after eight last night here on the East Coast. A U.S. military official says roughly seven mortar rounds landed inside the U.S. Embassy compound in Baghdad.',
      '2023-12-08',
    )
    expect(attacks(night).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-08', 'us-embassy-baghdad']])
  })

  it('a base the article told an attack at, named again with no day after a paragraph on an older attack, is on the day it told', () => {
    const events = eventsOf(
      'Iranian-backed militias launched a drone attack on the U.S. base at the al-Omar oil field on Sunday, killing six fighters.\n\nIRI is held responsible by the U.S. for the drone strike that killed three soldiers at Tower 22 on Jan. 28.\n\n"Investigations have confirmed that the militias were behind the attack against our forces in the al-Omar oil field," the SDF spokesman said.',
      '2024-02-05',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-01-28', 'tower-22'],
      ['2024-02-04', 'green-village'],
    ])
  })
  it('what a group said on a day happened by that day: a later day lent from the sentence before is not its day', () => {
    const body =
      'On Saturday the air defences at Ain al-Asad downed two drones, a security source said. The same group said on Friday that it had sent two drones against Harir air base.'
    expect(attacks(eventsOf(body, '2023-10-22')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-10-20', 'harir-air-base'],
      ['2023-10-21', 'ain-al-asad'],
    ])
  })

  it('"the strike on" a base, by name, that the article told an attack at is that attack, not one on the day the sentence before lent', () => {
    const body =
      'A drone struck Tower 22 in Jordan overnight into January 28, killing three soldiers. The Islamic Resistance in Iraq claimed drone attacks on bases in Syria on January 27 and 28. It did not explicitly claim the strike on Tower 22.'
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'tower-22']])
  })
  it('the day the dead were named or the blame was laid is a day something was said, and a mission that accuses is no target', () => {
    const dated = (body: string, published: string) => attacks(eventsOf(body, published)).map((e) => [e.date, e.location?.id])
    expect(
      dated(
        'A drone killed three soldiers at Tower 22 in Jordan early on Sunday. The Department of Defense on Monday identified one of them as a Savannah woman killed in the attack on Tower 22.',
        '2024-01-30',
      ),
    ).toEqual([['2024-01-28', 'tower-22']])
    expect(
      dated(
        "The U.S. Embassy in Baghdad on Friday accused Iran-aligned militia groups of carrying out Tuesday night's attack on a U.S. diplomatic facility at Baghdad International Airport.",
        '2024-09-13',
      ),
    ).toEqual([['2024-09-10', 'victory-base']])
  })
  // A review of this round's rules found these wrong records on ordinary news text; each must stay as written here.
  it.each<[string, string, Array<[string, string, string | null, string]>]>([
    // "identified and shot down" is what forces did that day, not a day something was said.
    [
      'Rockets hit Ain al-Asad air base on Saturday. U.S. forces on Sunday identified and shot down two drones approaching the base.',
      '2024-01-25',
      [
        ['attack', '2024-01-20', 'ain-al-asad', 'reported'],
        ['attack', '2024-01-21', 'ain-al-asad', 'reported'],
      ],
    ],
  ])('review: %s', (body, published, expected) => {
    expect(reportsOf(body, published).map((r) => [r.type, r.date.start, r.location?.id ?? null, r.status])).toEqual(expected)
  })
})

describe('return fire, counted days, questions and possessive countries', () => {
  it('"said today …, without saying when the strike took place" gives no day; "Shaddadi has been a frequent target" names the base "the base" means next', () => {
    const undated = reportsOf(
      'A channel said today that rockets had hit the runway of the base in al-Shaddadi, without saying when the strike took place.',
      '2024-01-29',
    )
    expect(undated.filter((r) => r.type === 'attack')).toEqual([])
    const body =
      'Rockets hit the Conoco base on Sunday, officials said.\n\nShaddadi, south of Hasakah, has been a frequent target. The last confirmed rocket attack on the base took place on October 25, a tracker said.'
    expect(attacks(eventsOf(body, '2024-11-13')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-10-25', 'shaddadi'],
      ['2024-11-10', 'mss-conoco'],
    ])
  })
})

describe('a lead dated only by the day it was told', () => {
  it("moves back to the attack's day with the follow-ups that took its day", () => {
    const body =
      'Five fighters of the Syrian Democratic Forces were killed when a drone struck a training site at the al-Omar oil field, the SDF said on Monday.\n\nA monitor said the attack shortly after midnight killed six and wounded 12 others.\n\nThe Islamic Resistance in Iraq said it had launched the drone at the al-Omar base on Sunday, February 4.'
    expect(attacks(eventsOf(body, '2024-02-05')).map(brief)).toEqual([
      { day: '2024-02-04', place: 'green-village', status: 'reported', killed: 6, injured: 12 },
    ])
  })
})

describe('a claim on a base the story has not told happened by the day it was said, not on the day of another base', () => {
  it('"The group also said on Sunday that it had hit Kharab al-Jir", after Saturday\'s claim on Harir, is Sunday', () => {
    const body =
      'On Saturday, the Islamic Resistance in Iraq said it had struck Harir air base, north-east of Erbil, with a drone.\n\nThe group also said on Sunday that it had hit the Kharab al-Jir airstrip in Hasakah province with drones.'
    expect(attacks(eventsOf(body, '2024-01-01')).map((e) => [e.date, e.location?.id, e.status])).toEqual([
      ['2023-12-30', 'harir-air-base', 'claimed'],
      ['2023-12-31', 'kharab-al-jir', 'claimed'],
    ])
  })
  it('not when it points back at the story\'s attack: "the rockets had been aimed at Rumalyn"', () => {
    const body =
      'Five rockets were fired from the Iraqi border town of Zummar toward a coalition base in northeastern Syria on Sunday night, Iraqi security sources said.\n\nA U.S. official said on Monday that the rockets had been aimed at the coalition base at Rumalyn and that no U.S. personnel were hurt.'
    expect(attacks(eventsOf(body, '2024-04-22')).map((e) => [e.date, e.location?.id])).toContainEqual(['2024-04-21', 'rumalyn-landing-zone'])
    expect(attacks(eventsOf(body, '2024-04-22')).map((e) => e.date)).not.toContain('2024-04-22')
  })
})

describe("the later rules do not over-apply (a second reviewer's cases)", () => {
  it('"Oct. 18 – 24 U.S. troops …" is a day and a count, not a range of days', () => {
    expect(places('Oct. 18 – 24 U.S. troops suffered minor injuries in drone attacks on the al-Tanf garrison in Syria.', '2023-11-01')).toEqual([
      ['2023-10-18', 'al-tanf'],
    ])
  })
})

describe('the first round of blind-57 to blind-59: officials, live entries and days not given', () => {
  it('a claim "said on Monday" of an attack whose day, it says, was not given is dated by no day', () => {
    const body =
      'The Islamic Resistance in Iraq said on Monday that it had attacked the Green Village base at the al-Omar oil field, but gave no date for the operation.'
    expect(attacks(eventsOf(body, '2023-11-13'))).toEqual([])
  })

  it('the day it was said still dates a claim whose sentence says some other thing was not dated or timed', () => {
    for (const body of [
      'The Islamic Resistance in Iraq said on Monday that it had attacked Harir air base with two drones, and did not say when its operations would stop.',
      'Kataib Hezbollah said on Monday that it had targeted Ain al-Asad with rockets, though it did not give a time.',
      'The Islamic Resistance in Iraq said on Monday that it had attacked the Conoco base in Syria with drones, and released an undated video of the launch.',
    ])
      expect(attacks(eventsOf(body, '2023-11-14')).map((e) => e.date)).toEqual(['2023-11-13'])
  })

  it('a regional city in a dash aside, with no day told before it, keeps the only day the sentence has', () => {
    const body = 'A drone struck a U.S. outpost in Jordan near the Syrian border — early Sunday in Amman — killing three soldiers.'
    expect(attacks(eventsOf(body, '2024-01-01')).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-31', 'jordan']])
  })
})

describe('the second round of blind-60 to blind-62', () => {
  it('a lead that names its base but no day is dated by the next sentence\'s "The attack took place on Monday evening", and loses its warning', () => {
    const body =
      'The Pentagon has acknowledged that eight American personnel were injured when a close-range ballistic missile struck Ain al-Asad air base in western Iraq.\n\nThe attack took place on Monday evening, according to US Central Command.'
    const result = extractReports(cleanArticle(articleOf(body, '2023-11-22')), shippedKnowledge())
    expect(attacks(mergeReports(result.reports, shippedKnowledge())).map((e) => [e.date, e.location?.id, e.status, e.injured])).toEqual([
      ['2023-11-20', 'ain-al-asad', 'confirmed', { min: 8, max: 8 }],
    ])
    expect(result.diagnostics.filter((d) => d.code === 'date-unresolved')).toEqual([])
    expect(result.unplaced).toEqual([])
    // With no sentence dating it, it stays undated, with its warning.
    const alone = extractReports(cleanArticle(articleOf(body.split('\n\n')[0] ?? '', '2023-11-22')), shippedKnowledge())
    expect(alone.diagnostics.filter((d) => d.code === 'date-unresolved')).toHaveLength(1)
  })
})

describe('the second review: what the round-two rules must not do', () => {
  it('a separate or other attack "on Tuesday", told after a base reported by when it was said, does not move the base back a day', () => {
    const body =
      'The Islamic Resistance in Iraq said on Wednesday that it had targeted Harir air base in Erbil with two drones.\n\nThe group also claimed responsibility for the attack on Tuesday, without saying where it took place.'
    expect(asRead(body, '2023-11-01').filter(([, place]) => place === 'harir-air-base')).toEqual([['2023-11-01', 'harir-air-base']])
  })
})

describe("the third round (session 46): the story's day, not a day of another time after it", () => {
  it('"… four times late Thursday, … before the truce took hold on Friday morning", then a list of the bases: Thursday', () => {
    const body =
      'Iran-backed militias attacked U.S. forces four times late Thursday, a U.S. military official said, a final burst of fire before the truce took hold in Gaza on Friday morning.\n\nIn Iraq, several one-way drones were launched at Al-Asad Air Base, and a single drone flew at the base near Erbil International Airport, the official said.'
    expect(asReadHere(body, '2023-11-25')).toEqual([
      ['2023-11-23', 'ain-al-asad'],
      ['2023-11-23', 'erbil-air-base'],
    ])
  })
})

describe('the third round (session 46): the second review of its rules', () => {
  it('"shortly after midnight on Monday" is no clause of another time: the story\'s day is Monday', () => {
    const body =
      'A drone hit al-Tanf on Sunday, and U.S. forces were targeted again shortly after midnight on Monday, officials said.\n\nTwo rockets landed inside Ain al-Asad air base, causing no casualties, a U.S. official said.'
    expect(asReadHere(body, '2023-11-21')).toContainEqual(['2023-11-20', 'ain-al-asad'])
  })

  it('"In a statement Wednesday, the group said it had also attacked Harir" keeps Wednesday for Harir', () => {
    const body =
      'Rockets struck Ain al-Asad on Monday, officials said.\n\nIn a statement Wednesday, the Islamic Resistance in Iraq said it had also attacked Harir air base with two drones.'
    expect(asReadHere(body, '2023-11-09')).toContainEqual(['2023-11-08', 'harir-air-base'])
  })
})

describe('the fourth round (session 47): a sentence that opens on the attack told', () => {
  it('"The one-way attack drone struck at about 5 p.m. — late evening in Syria —" is on the attack\'s day, not the day the toll was given', () => {
    const body =
      'The drone that hit Rumalyn Landing Zone in Syria on Friday, August 9, injured eight U.S. personnel, the Pentagon said Tuesday.\n\nOn Monday officials said several had minor injuries. Tuesday brought the figure of eight.\n\nThe one-way attack drone struck at about 5 p.m. Eastern time — late evening in Syria — and damaged one building at the landing zone, officials said.'
    expect(asReadHere(body, '2024-08-14')).toEqual([['2024-08-09', 'rumalyn-landing-zone']])
  })
})

describe('the fourth round (session 47): a day given to the attacks told before, and where most fell', () => {
  it('"Both attacks took place on Wednesday 18 October, Centcom said" dates the attacks told with the day the figures were released', () => {
    const body =
      'Twenty-four U.S. personnel were lightly hurt last week when drones struck two bases, the U.S. military has said.\n\nThe figures, released by Centcom on Tuesday, are the first account of injuries from a series of attacks on U.S. forces.\n\nAccording to Centcom, 20 service members suffered minor injuries when drones hit the al-Tanf garrison in southern Syria. Four more were lightly hurt at Ain al-Asad air base in western Iraq, where two drones were engaged.\n\nBoth attacks took place on Wednesday 18 October, Centcom said.'
    expect(asReadHere(body, '2023-10-25').filter(([, place]) => place !== null)).toEqual([
      ['2023-10-18', 'ain-al-asad'],
      ['2023-10-18', 'al-tanf'],
    ])
    expect(attacks(eventsOf(body, '2023-10-25')).find((e) => e.location?.id === 'al-tanf')?.status).toBe('confirmed')
  })
})

describe('the fourth round (session 47): the second review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // "The attacks took place on X" is of attacks on U.S. forces only, moves a report back only, never past its telling, and
    // only the attacks the paragraph (or, with none, the paragraphs just before) told. (The claims dated Thursday, the day
    // they were made, keep it: a known gap.)
    [
      'Drones targeted U.S. forces at al-Tanf garrison in southern Syria, U.S. officials said on Thursday.\n\nThe Hamas attacks took place on October 7 and killed some 1,200 people, according to Israeli figures.',
      '2023-10-20',
      [['2023-10-19', 'al-tanf', 'confirmed', null, null]],
    ],
    [
      "Drones targeted U.S. troops at al-Tanf garrison, a U.S. defense official said on Thursday.\n\nU.S. fighter jets struck two facilities in eastern Syria used by Iran's Revolutionary Guards. The strikes took place on Friday, the Pentagon said.",
      '2023-10-28',
      [['2023-10-26', 'al-tanf', 'confirmed', null, null]],
    ],
    [
      'Rockets targeted Ain al-Asad air base, an Iraqi security official said on Thursday.\n\nOn Thursday, the Islamic Resistance in Iraq claimed drone attacks on al-Tanf and on the Conoco gas field base. Both attacks took place on Wednesday evening, the group said.',
      '2023-10-27',
      [
        ['2023-10-26', 'ain-al-asad', 'reported', null, null],
        ['2023-10-26', 'al-tanf', 'claimed', null, null],
        ['2023-10-26', 'mss-conoco', 'claimed', null, null],
      ],
    ],
    [
      'Rockets targeted Ain al-Asad air base and drones were launched at al-Tanf garrison, U.S. officials said on Monday.\n\nThe attacks came on the heels of U.S. airstrikes on Thursday that hit two IRGC-linked depots in eastern Syria.',
      '2023-10-31',
      [
        ['2023-10-30', 'ain-al-asad', 'confirmed', null, null],
        ['2023-10-30', 'al-tanf', 'confirmed', null, null],
      ],
    ],
    [
      'A drone attack targeted al-Tanf, a U.S. official said on Thursday.\n\nThe Houthis also claimed missile and drone attacks on Eilat. The attacks took place on Wednesday, a Houthi spokesman said.',
      '2023-10-27',
      [['2023-10-26', 'al-tanf', 'confirmed', null, null]],
    ],
    // "that began on" is a span's first day only for a campaign, a war, or attacks on U.S. forces.
    [
      'A wave of rocket strikes that began on Saturday night hit Ain al-Asad air base, wounding two U.S. contractors, the Pentagon said.',
      '2023-11-20',
      [['2023-11-18', 'ain-al-asad', 'confirmed', null, 2]],
    ],
    [
      'In the escalation that started on Sunday, a drone struck Tower 22 in Jordan, killing three U.S. soldiers.',
      '2024-01-29',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the fifth round (session 48): places and days across sentences', () => {
  it('"was hit before dawn on Jan. 28 by a one-way attack drone": the dot of "Jan." ends no sentence', () => {
    const body =
      'The small logistics outpost in northeastern Jordan, near the Syrian border, was hit before dawn on Jan. 28 by a one-way attack drone that killed three Army Reserve soldiers from Georgia.'
    expect(asReadHere(body, '2024-08-12')).toEqual([['2024-01-28', 'northeast-jordan']])
  })
  it('"Last week, on Thursday evening" is the Thursday of last week', () => {
    const body = 'Last week, on Thursday evening, local sources reported a series of explosions at the al-Omar oil field base after rockets were fired at it.'
    expect(asReadHere(body, '2024-03-01')).toEqual([['2024-02-22', 'green-village']])
  })
})

describe('the fifth round (session 48): the second review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // "which had come under fire twice last week, on Tuesday evening": Tuesday is the main clause's, this week's.
    [
      'Rockets struck Ain al-Asad air base in Anbar province, which had already come under fire twice last week, on Tuesday evening, two Iraqi security officials said.',
      '2024-02-01',
      [['2024-01-30', 'ain-al-asad', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the sixth round (session 49): days and places', () => {
  it('"The missile struck on Monday night, Nov 20, Iraq time." dates the lead that named the base but no day', () => {
    const body =
      'WASHINGTON – Eight American military personnel were injured when militants fired a close-range ballistic missile at Ain al-Asad air base in western Iraq, the Pentagon said.\n\nThe missile struck on Monday night, Nov 20, Iraq time. That was already Tuesday in Singapore.'
    expect(briefsReadHere(body, '2023-11-22')).toEqual([['2023-11-20', 'ain-al-asad', 'confirmed', null, 8]])
  })
  it('"the local evening it describes" is no evening in particular', () => {
    const body =
      "A one-way drone hit Rumalyn Landing Zone late on Friday, Aug. 9, the Pentagon said.\n\nThe Pentagon's account, and the local evening it describes, put the attack on Friday, Aug. 9, and that is the date we use."
    expect(asReadHere(body, '2024-08-13')).toEqual([['2024-08-09', 'rumalyn-landing-zone']])
  })
})

describe('the sixth round (session 49): the second review of its rules', () => {
  // Each case broke a rule of this round as mended (a19e80c), or was a miss the second reviewer found; one case per kind.
  it.each<[string, string, [string, string | null][]]>([
    [
      'Rockets targeted Ain al-Asad air base in western Iraq, a U.S. official said.\n\nThe rockets landed Sunday night, the official said, and caused no casualties.',
      '2024-01-22',
      [['2024-01-21', 'ain-al-asad']],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('the sixth round (session 49): reactions, states of things and asides', () => {
  it('"had not been verified by the military as of Friday morning" dates no attack', () => {
    const body = 'A fourth reported attack, on the Conoco gas field in eastern Syria, had not been verified by the military as of Friday morning.'
    expect(asReadHere(body, '2023-10-20')).toEqual([])
  })
})

describe('the seventh round (session 50): other attacks a sentence names', () => {
  it('"between Friday and Sunday" is one span of days, not its two ends told as two days', () => {
    const body = 'The paper reported a run of drone launches between Friday and Sunday that were aimed at al-Asad and al-Tanf.'
    expect(attacks(eventsOf(body, '2023-10-24')).map((e) => [e.date, e.dateEnd, e.datePrecision, e.location?.id])).toEqual([
      ['2023-10-20', '2023-10-22', 'range', 'ain-al-asad'],
      ['2023-10-20', '2023-10-22', 'range', 'al-tanf'],
    ])
  })
  it.each([
    // "On Wednesday the embassy said the blast had been an attack": the day it was said.
    [
      'A blast shook Baghdad airport at 11 p.m. on Tuesday, Iraqi security forces said. On Wednesday the U.S. Embassy in Baghdad said the blast had been an attack on a U.S. diplomatic facility at the airport.',
      '2024-09-12',
      [['2024-09-10', 'victory-base']],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('the seventh round (session 50): the review of its rules', () => {
  it.each([
    // A span beside another clause's day is read as before, not moved to that day.
    [
      'Drones were aimed at al-Tanf between Friday and Sunday; on Monday rockets hit Ain al-Asad.',
      '2023-10-24',
      [
        ['2023-10-20', 'al-tanf'],
        ['2023-10-23', 'ain-al-asad'],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
  it('"between Saturday night and Sunday morning" is one night, its first day, not a span', () => {
    const body = 'Drones targeted Harir air base between Saturday night and Sunday morning, the Kurdistan Region counter-terrorism service said.'
    expect(attacks(eventsOf(body, '2023-11-13')).map((e) => [e.date, e.dateEnd, e.datePrecision])).toEqual([['2023-11-11', '2023-11-11', 'day']])
  })
})

describe('the eighth round (session 51): the day where it happened', () => {
  it.each<[string, string, unknown[][]]>([
    // The outlet's own clock, told in a "which was … here on the East Coast" clause or as a clock time in its city, is no day.
    [
      'Rockets targeted the Victory base complex beside Baghdad International Airport, which hosts U.S. personnel, early on Tuesday, Iraqi security sources said.\n\nThe first rocket struck the base just after midnight local time, which was late yesterday afternoon here on the East Coast, the sources said.',
      '2024-10-01',
      [['2024-10-01', 'victory-base', 'reported', null, null]],
    ],
    [
      'Shortly after midnight — early Tuesday in Baghdad, about 5 p.m. on Monday in New York — two rockets were fired towards the Victory base complex.',
      '2024-10-02',
      [['2024-10-01', 'victory-base', 'reported', null, null]],
    ],
    // Not a time told where it happened: ", about 5 p.m. on Monday in Syria" is the attack's own day.
    [
      'Drones flew at the Conoco gas field base, about 5 p.m. on Monday in Syria, local sources said.',
      '2024-10-02',
      [['2024-09-30', 'mss-conoco', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the eighth round (session 51): follow-ups', () => {
  it('a day outside the story\'s span ("last week" … "on Sunday, Aug. 4") does not narrow it', () => {
    const body =
      'A one-way attack drone struck the Rumalyn Landing Zone in northeastern Syria last week, the Pentagon said.\n\nThe drone hit on Sunday, Aug. 4, Pentagon press secretary Pat Ryder said on Tuesday.'
    expect(asReadHere(body, '2024-08-14').map(([day]) => day)).not.toContain('2024-08-04')
    expect(asReadHere(body, '2024-08-14').map(([day]) => day)).not.toContain('2024-08-09')
  })

  it.each<[string, string, unknown[][]]>([
    // A story dated only to "last week", then "The drone hit … on Friday, Aug. 9": that day.
    [
      'A one-way attack drone struck the Rumalyn Landing Zone in northeastern Syria last week, wounding eight service members, the Pentagon said.\n\nThe drone hit at about 5 p.m. Eastern time on Friday, Aug. 9, late in the evening in Syria, Pentagon press secretary Pat Ryder said on Tuesday.',
      '2024-08-14',
      [['2024-08-09', 'rumalyn-landing-zone', 'confirmed', null, 8]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the eighth round (session 51): the review of its rules', () => {
  it('a day of something told after the attack does not narrow a story of "last week"', () => {
    const body =
      'A drone struck the Rumalyn Landing Zone in northeastern Syria last week, the Pentagon said.\n\nThe attack, which the Pentagon disclosed on Thursday, wounded two soldiers.'
    expect(asReadHere(body, '2024-08-14').map(([day]) => day)).not.toContain('2024-08-08')
  })

  it.each<[string, string, unknown[][]]>([
    // A time of day after "came after" is no other event; "followed on Thursday" is the subject's own day.
    [
      'The attack on the Conoco base came shortly after midnight on Tuesday, local sources said.',
      '2024-01-10',
      [['2024-01-09', 'mss-conoco', 'reported', null, null]],
    ],
    // "which was … last night here in the Kurdistan Region": the outlet's own place, so its night is the attack's.
    [
      'A drone that targeted Erbil International Airport, which was the second attack on the airport last night here in the Kurdistan Region, was shot down, officials said.',
      '2024-01-10',
      [['2024-01-09', 'erbil-air-base', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the eighth round (session 51): the month a paragraph named', () => {
  it.each<[string, string, unknown[][]]>([
    // "Take October. On the 14th, …": October's 14th, not the month before publication.
    [
      'Take October. On the 14th, according to a Lebanese channel, a barrage of rockets hit the US base at the Conoco field.',
      '2024-12-05',
      [['2024-10-14', 'mss-conoco', 'reported', null, null]],
    ],
    // A month with its day named in between leaves "the 14th" to the publication's month.
    [
      'In October the attacks slowed. Rockets hit Ain al-Asad on Nov. 2, police said. On the 4th, a drone hit the Conoco base, local sources said.',
      '2024-12-05',
      [
        ['2024-11-02', 'ain-al-asad', 'reported', null, null],
        ['2024-12-04', 'mss-conoco', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the eighth round (session 51): the second review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // A month of something said, planned or counted is no topic that "On the 4th" belongs to.
    [
      "Iraqi and U.S. officials will resume talks on the coalition's future in March. On the 4th, a drone struck the al-Tanf garrison, causing no injuries, officials said.",
      '2024-02-10',
      [['2024-02-04', 'al-tanf', 'reported', 0, 0]],
    ],
    [
      'The Pentagon said in January that more than 150 attacks had been recorded. On the 4th, a drone struck the al-Tanf garrison, officials said.',
      '2024-02-10',
      [['2024-02-04', 'al-tanf', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the ninth round (session 52): a month told right before the day', () => {
  it.each<[string, string, unknown[][]]>([
    [
      'In January, on the 28th, a drone struck Tower 22 in Jordan, killing three U.S. soldiers, the Pentagon said.',
      '2024-03-15',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
    ['That November 2023, on the 20th, drones struck Ain al-Asad, the Pentagon said.', '2024-03-15', [['2023-11-20', 'ain-al-asad', 'confirmed', null, null]]],
    // Without a month before it, the day is still the publication month's.
    ['On the 4th, a drone struck the al-Tanf garrison, officials said.', '2024-02-10', [['2024-02-04', 'al-tanf', 'reported', null, null]]],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the ninth round (session 52): the review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // Only a month's name or its abbreviation before "on the 14th": not "Separately", "The Marines", "in al-Mayadin".
    [
      'Drones attacked al-Tanf garrison on Nov. 12, Central Command said. Separately, on the 14th, rockets were fired at al-Shaddadi.',
      '2023-11-30',
      [
        ['2023-11-12', 'al-tanf', 'confirmed', null, null],
        ['2023-11-14', 'shaddadi', 'reported', null, null],
      ],
    ],
    [
      'This month has been busy for U.S. forces in Syria. On Dec. 8, rockets hit the Green Village base. The Marines, on the 10th, came under rocket fire at Mission Support Site Euphrates.',
      '2023-12-20',
      [
        ['2023-12-08', 'green-village', 'reported', null, null],
        ['2023-12-10', 'mss-conoco', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the ninth round (session 52): the day a list was published', () => {
  it('"on Tuesday published the names of … killed when a drone struck" dates the publishing, not the attack told before', () => {
    const body =
      'A drone struck the commando academy at the al-Omar base late on Sunday, killing six SDF fighters, the SDF said.\n\nThe SDF on Tuesday published the names of five of the commandos killed when a drone struck the al-Omar base.'
    expect(briefsReadHere(body, '2024-02-08')).toEqual([['2024-02-04', 'green-village', 'reported', 6, null]])
  })
})

describe('the ninth round (session 52): long-form and looking back', () => {
  it.each<[string, string, unknown[][]]>([
    // The weekday written with a day picks its year, over a paragraph's earlier year.
    [
      'The garrison has been a target for a long time. In January 2023, three drones flew at it; two were shot down. But the attack claimed on the evening of Sunday, Oct. 27 at al-Tanf was a new kind of puzzle.',
      '2024-11-19',
      [['2024-10-27', 'al-tanf', 'reported', null, null]],
    ],
    // A season beside a written day only says when that day fell.
    [
      'After the Oct. 18 drone attacks at al-Tanf last fall, the Pentagon’s count rose, officials said.',
      '2024-08-13',
      [['2023-10-18', 'al-tanf', 'confirmed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the ninth round (session 52): the third review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // A weekday that does not fit the day (a typo, another time zone) leaves the day's year alone.
    [
      'Two drones attacked Ain al-Asad air base in western Iraq on Tuesday, Oct. 18, a U.S. defense official said. No U.S. personnel were injured.',
      '2024-01-30',
      [['2023-10-18', 'ain-al-asad', 'confirmed', 0, 0]],
    ],
    [
      'A drone struck Tower 22 in Jordan on Saturday, Jan. 28, killing three U.S. soldiers, officials said.',
      '2024-02-01',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
    [
      'The militia claimed an attack on the Conoco gas field base in Syria on Friday, Aug. 4, in a Telegram statement. A U.S. official said there were no casualties.',
      '2024-08-10',
      [['2024-08-04', 'mss-conoco', 'confirmed', 0, 0]],
    ],
    // "throughout the day on Saturday", "during the day Tuesday": the day written after it.
    [
      'Drones hit al-Tanf on Jan. 19. Militia attacks on Ain al-Asad continued throughout the day on Jan. 20, wounding four U.S. personnel, CENTCOM said.',
      '2024-01-25',
      [
        ['2024-01-19', 'al-tanf', 'reported', null, null],
        ['2024-01-20', 'ain-al-asad', 'confirmed', null, 4],
      ],
    ],
    [
      'U.S. strikes hit Kataib Hezbollah sites on Friday. Militia attacks on al-Shaddadi and Rumalyn continued throughout the day on Saturday, officials said; no injuries were reported.',
      '2024-02-05',
      [
        ['2024-02-03', 'rumalyn-landing-zone', 'reported', 0, 0],
        ['2024-02-03', 'shaddadi', 'reported', 0, 0],
      ],
    ],
    // "since last fall" counts attacks since then; the day of the one the sentence tells stands.
    [
      'The base at al-Tanf has been hit more than a dozen times since last fall, and on Thursday another drone struck it, wounding one service member, officials said.',
      '2024-01-30',
      [['2024-01-25', 'al-tanf', 'confirmed', null, 1]],
    ],
    [
      'Since last fall, militias have attacked Ain al-Asad more than 30 times; on Saturday rockets hit it again, a U.S. official said.',
      '2024-01-30',
      [['2024-01-27', 'ain-al-asad', 'confirmed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('"after midnight" after a late evening the sentence named', () => {
  it.each<[string, string, [string, string | null][]]>([
    // The night rolled over: the bases named after it were struck the next day.
    [
      'The faction said it sent a drone at a site in Hasakah late on March 3, and that after midnight its drones hit Harir air base and the Erbil air base.',
      '2024-03-05',
      [
        ['2024-03-03', 'hasakah'],
        ['2024-03-04', 'erbil-air-base'],
        ['2024-03-04', 'harir-air-base'],
      ],
    ],
    [
      'Rockets were fired at the Victory base on the evening of June 9, and shortly after midnight a drone reached Ain al-Asad.',
      '2024-06-12',
      [
        ['2024-06-09', 'victory-base'],
        ['2024-06-10', 'ain-al-asad'],
      ],
    ],
    // Early that same day, not the next one.
    ['On Monday, shortly after midnight, two drones struck Harir air base.', '2024-03-06', [['2024-03-04', 'harir-air-base']]],
    // Its own day given after it.
    ['Late on Sunday drones were seen over Erbil, and after midnight on Tuesday two hit Harir air base.', '2024-03-07', [['2024-03-05', 'harir-air-base']]],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('a report "that it did not time" gives its attack no day', () => {
  it('keeps the dated attack and leaves the other undated', () => {
    const body =
      'The Islamic Resistance in Iraq said its drones hit Ain al-Asad air base on Tuesday. In another post that it did not time, the group said rockets had also struck the Harir base.'
    expect(asReadHere(body, '2023-11-23')).toEqual([['2023-11-21', 'ain-al-asad']])
  })
})

describe('"after midnight" and undated reports: the review of the round of blind-99 and blind-100', () => {
  it.each<[string, string, [string, string | null][]]>([
    [
      'Rockets hit Ain al-Asad air base on January 27 at night, and after midnight a drone struck al-Tanf, the group said.',
      '2024-01-30',
      [
        ['2024-01-27', 'ain-al-asad'],
        ['2024-01-28', 'al-tanf'],
      ],
    ],
    [
      'U.S. forces at Ain al-Asad came under rocket fire on January 28 in the evening; after midnight, drones targeted Harir air base, the militia said.',
      '2024-01-31',
      [
        ['2024-01-28', 'ain-al-asad'],
        ['2024-01-29', 'harir-air-base'],
      ],
    ],
    // The late day dates the statement; the attack came before it.
    [
      'In a statement late on Saturday, the Islamic Resistance in Iraq said that shortly after midnight its drones had hit al-Tanf garrison.',
      '2024-01-30',
      [['2024-01-27', 'al-tanf']],
    ],
    // "The same night" is the attack's own night already.
    [
      'A drone hit Tower 22 early on Sunday. The same night, the group said it had launched drones after midnight at al-Tanf.',
      '2024-01-31',
      [
        ['2024-01-28', 'al-tanf'],
        ['2024-01-28', 'tower-22'],
      ],
    ],
    [
      'The Islamic Resistance in Iraq said its drones struck Ain al-Asad on Monday. In a separate report that was not timed, the group said it hit Harir air base.',
      '2024-01-30',
      [['2024-01-29', 'ain-al-asad']],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('a base named after a lead that dated an attack in its province, with another attack there told later', () => {
  it('keeps the lead\'s day; the one told later as "a day earlier" is another attack', () => {
    const body = [
      "A base housing American troops in Syria's Hasakah province came under rocket fire before dawn on Tuesday, local sources said.",
      '',
      'According to the sources, at least four rockets landed inside the US base at al-Shaddadi.',
      '',
      'A day earlier, a monitor had reported that a drone was shot down over the Shaddadi base on Monday.',
    ].join('\n')
    expect(asReadHere(body, '2024-02-15')).toEqual([
      ['2024-02-12', 'shaddadi'],
      ['2024-02-13', 'shaddadi'],
    ])
  })
})

describe('the round of blind-105 to blind-108 (session 55)', () => {
  it.each<[string, string, unknown[][]]>([
    // A weekday the sentence writes after "On the same day" is the day, where the two differ.
    [
      "On Thursday, a drone struck a militia headquarters in Baghdad, killing two people. The Pentagon confirmed that U.S. forces carried out the strike.\n\nHarir struck again\n\nOn the same day, a suicide drone hit Harir air base north-east of Erbil at 4:29 pm on Friday, the Kurdistan Region's counter-terrorism directorate said in a post on Facebook.",
      '2024-01-06',
      [['2024-01-05', 'harir-air-base', 'reported', null, null]],
    ],
    // Not the day someone spoke: "the directorate said on Friday" leaves "the same day" the day (a guard: it passes without
    // the rule too).
    [
      "Rockets struck Ain al-Asad air base on Thursday, the Pentagon said.\n\nOn the same day, a drone hit Harir air base, the Kurdistan Region's counter-terrorism directorate said on Friday.",
      '2024-01-06',
      [
        ['2024-01-04', 'ain-al-asad', 'confirmed', null, null],
        ['2024-01-04', 'harir-air-base', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 56', () => {
  it.each<[string, string, unknown[][]]>([
    // A chronology's item that opens on its day ("**Nov. 14** –") counts its weekday from that day, not from publication.
    [
      'The month, item by item:\n\n- **Nov. 9** – A drone was flown at Ain al-Asad air base. Nobody was hurt.\n- **Nov. 14** – Rockets were fired at Mission Support Site Euphrates on Tuesday morning, a U.S. defence official told reporters. Nobody was hurt.',
      '2023-12-01',
      [
        ['2023-11-09', 'ain-al-asad', 'reported', 0, 0],
        ['2023-11-14', 'mss-conoco', 'confirmed', 0, 0],
      ],
    ],
    // The same with the colon inside the bold ("**Aug. 5:**"), as research notes list attacks.
    [
      '**Aug. 5:** a suspected rocket attack targeted U.S. and coalition forces at Al-Asad on Monday, a U.S. official said.',
      '2024-08-14',
      [['2024-08-05', 'ain-al-asad', 'confirmed', null, null]],
    ],
    // A document's day ("the Dec. 27 letter") dates no attack.
    ['Only two letters name a base: the Dec. 27 letter names Erbil Air Base as the site of an attack.', '2024-02-06', []],
    // The day right after the base's apposition dates it, not the day of the main clause's ceremony.
    [
      'The Senate held a minute of silence on Tuesday for the three soldiers killed when a drone hit Tower 22, a small U.S. supply post in north-eastern Jordan near the Syrian border, early on Sunday, Jan. 28.',
      '2024-01-31',
      [['2024-01-28', 'tower-22', 'reported', 3, null]],
    ],
    // "by the end of January, when a drone killed …": the when-clause's attack is of that month, not of the story's day.
    [
      'Late on Sunday, rockets were fired from Zummar at the Rumalyn base in Syria, a U.S. official said.\n\nANALYST: There were more than 160 of them by the end of January, when a drone killed three U.S. soldiers at Tower 22 in Jordan.',
      '2024-04-22',
      [['2024-04-21', 'rumalyn-landing-zone', 'confirmed', null, null]],
    ],
    // A gallery's caption: the day is the funeral's, and the attack it recalls is of a day the caption does not give.
    [
      'Drones struck the al-Omar oil field base late on Sunday, killing six SDF fighters, the SDF said.\n\nPhoto 3/8 Women carry portraits at a cemetery in Hasakah, north-eastern Syria, Wednesday, February 7, 2024, as fighters killed in a drone attack on the al-Omar oil field base are buried.',
      '2024-02-08',
      [['2024-02-04', 'green-village', 'reported', 6, null]],
    ],
    // A screen grab's day, which closes its caption, is the picture's: the claim it shows is of no day it gives.
    [
      'AGENCY/Staff/File FRAME 2 A screen grab from a Telegram channel shows a statement from a new group which said it fired rockets at Ain al-Asad, July 26, 2024.',
      '2024-07-27',
      [],
    ],
    // "the last afternoon of 2023" is New Year's Eve of that year.
    [
      'On the last afternoon of 2023, at 4:45, a drone flying toward the coalition base at Erbil airport was shot down, the counter-terrorism service said.',
      '2024-01-08',
      [['2023-12-31', 'erbil-air-base', 'reported', null, null]],
    ],
    // "at about 4:15 on Friday morning": the morning is that Friday's, not the day of publication.
    [
      'At about 4:15 on Friday morning, the embassy said, two salvoes of rockets were fired at the U.S. Embassy in Baghdad.',
      '2023-12-12',
      [['2023-12-08', 'us-embassy-baghdad', 'reported', null, null]],
    ],
    // A log's item heading closed by its day after a dash: the weekday under it is that item's.
    [
      '**5. Mission Support Site Euphrates — Monday 22 July — reported**\n\nA monitor said a drone struck the gas field base late on Monday.\n\n**6. Ain al-Asad air base — Thursday 25 July, late evening — confirmed**\n\nOf four Katyusha rockets aimed at the base, two landed inside it and two on its edge, two Iraqi security sources said.',
      '2024-07-31',
      [
        ['2024-07-22', 'mss-conoco', 'reported', null, null],
        ['2024-07-25', 'ain-al-asad', 'reported', null, null],
      ],
    ],
    // A show's header writes its own day with its year: it starts no section (a guard: it passes without the rule too).
    [
      '**EVENING NEWS — Monday, January 29, 2024 — 6:30 p.m. ET**\n\nANCHOR: A drone killed three U.S. soldiers at Tower 22 in Jordan on Sunday, the Pentagon said.',
      '2024-01-29',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
    // The same with the day first and a colon.
    [
      '- 14 November — Rockets were launched at Shaddadi on Tuesday evening, a U.S. official said. Nobody was hurt.',
      '2023-12-01',
      [['2023-11-14', 'shaddadi', 'confirmed', 0, 0]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe("session 56: the review's breaks, mended", () => {
  it.each<[string, string, unknown[][]]>([
    // A rhetorical day and a dash opens no chronology item.
    [
      'Jan. 28 — a date the Army will not forget. This week brought more of the same: on Tuesday, rockets were fired at Ain al-Asad, a U.S. official said.',
      '2024-03-08',
      [['2024-03-05', 'ain-al-asad', 'confirmed', null, null]],
    ],
    // "began after Sunday's drone attack" names the attack by its day; it is no since-day.
    [
      "A U.S. campaign of strikes that began after Sunday's drone attack on Tower 22, which killed three American soldiers, could last weeks, officials said.",
      '2024-02-01',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
    // A gathering's day times the attack told with it.
    [
      "Two rockets landed inside Victory Base near Baghdad airport during Tuesday's visit by a U.S. delegation, Iraqi security officials said.",
      '2024-07-17',
      [['2024-07-16', 'victory-base', 'reported', null, null]],
    ],
    [
      "Rockets were fired at the Rumalyn base on the night of Monday's vote in the Iraqi parliament, a war monitor said.",
      '2024-02-07',
      [['2024-02-05', 'rumalyn-landing-zone', 'reported', null, null]],
    ],
    // A picture of smoke after an attack is of the attack's day; so is a funeral caption whose main clause tells the strike.
    [
      'A video grab shows smoke rising over Ain al-Asad after a rocket attack, Aug. 5, 2024.',
      '2024-08-06',
      [['2024-08-05', 'ain-al-asad', 'reported', null, null]],
    ],
    [
      'Smoke rises from the al-Omar oil field base after a drone strike, Monday, Feb. 5, 2024, as a fighter killed in the attack is mourned in a nearby village.',
      '2024-02-06',
      [['2024-02-05', 'green-village', 'reported', 1, null]],
    ],
    // Aircraft, troops and air defences flown into a base are no attack on it.
    [
      'Rockets hit Ain al-Asad on Saturday evening, wounding four U.S. personnel, officials said.\n\nOn Monday, extra air defence batteries were flown into the base, a U.S. official said.',
      '2024-01-24',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, 4]],
    ],
    // A reposted release's paragraph on what local media report, which the issuer cannot confirm, is not the issuer's word.
    [
      'Originally issued by: U.S. Embassy Baghdad\n\nLocal media report that rockets struck Victory Base near Baghdad airport on Monday. The Embassy cannot confirm these reports.',
      '2023-12-05',
      [['2023-12-04', 'victory-base', 'reported', null, null]],
    ],
    // The strike told before a funeral's day ("After the drone strike …, hundreds gathered on Wednesday to bury …") leaves
    // that day a funeral's: only a gallery's "as … are buried" takes it for the strike's.
    [
      'A drone struck the al-Omar oil field base late on Sunday, killing six SDF fighters, the SDF said.\n\nAfter the drone strike on the base, hundreds gathered in Hasakah on Wednesday to bury the six fighters.',
      '2024-02-08',
      [['2024-02-04', 'green-village', 'reported', 6, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 57', () => {
  it.each<[string, string, unknown[][]]>([
    // "over the previous day" is the stretch up to the telling, not the day before: the drones it counts are the two attacks'.
    [
      'Two drones flew at Ain al-Asad air base early on Wednesday, U.S. officials said.\n\nThe second attack targeted Harir air base in the Kurdistan Region, the officials said.\n\nU.S. Central Command said late Wednesday that its forces had engaged three drones over the previous day, destroying two, and that coalition personnel at the western base had suffered minor injuries.',
      '2023-10-19',
      [
        ['2023-10-18', 'ain-al-asad', 'confirmed', null, null],
        ['2023-10-18', 'harir-air-base', 'confirmed', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 57: a day of talk', () => {
  it.each<[string, string, unknown[][]]>([
    // "The attack came a day after Sudani told Blinken …" counts back to a call: the story's day holds for what follows.
    [
      'Five more attacks hit U.S. forces on Friday, a U.S. official said, twice at Ain al-Asad air base.\n\nThe attack came a day after Sudani told U.S. Secretary of State Antony Blinken by phone that Baghdad rejects attacks on Iraqi soil.\n\nThe U.S. embassy in Baghdad says two salvos of rockets were fired at the embassy compound at around 4:15 a.m.',
      '2023-12-08',
      [
        ['2023-12-08', 'ain-al-asad', 'confirmed', null, null],
        ['2023-12-08', 'us-embassy-baghdad', 'confirmed', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe("session 57: the review's breaks, mended", () => {
  it.each<[string, string, unknown[][]]>([
    // The words said tell the attack: counted back to it, not to a day of talk.
    [
      'The rocket attack on Ain al-Asad on Tuesday came a day after militants said to belong to Kataib Hezbollah fired rockets at Victory Base, police said.',
      '2024-02-07',
      [['2024-02-05', 'victory-base', 'reported', null, null]],
    ],
    // A false alarm before the attack does not undo the base the attack struck.
    [
      'A drone was seen near Harir air base on Monday. Kurdish officials said the sighting was a false alarm, but on Tuesday a drone struck the base, wounding two guards.',
      '2023-11-15',
      [['2023-11-14', 'harir-air-base', 'reported', null, 2]],
    ],
    // A comparison names an attack told before without telling it again: "either base" is the two just told.
    [
      "Drones attacked al-Tanf on Sunday, wounding two U.S. troops. On Monday, rockets hit Ain al-Asad and Harir air base. As in Sunday's attack on al-Tanf, the rockets came from inside Iraq, officials said. No one was hurt at either base.",
      '2023-11-21',
      [
        ['2023-11-19', 'al-tanf', 'confirmed', null, 2],
        ['2023-11-20', 'ain-al-asad', 'reported', 0, 0],
        ['2023-11-20', 'harir-air-base', 'reported', 0, 0],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 58: days of another time, and tallies', () => {
  it.each<[string, string, unknown[][]]>([
    // "five days earlier" after a sentence dated in 2020 counts from that day, so the missiles told next are of 2020 too.
    [
      'Rockets struck Ain al-Asad air base on Saturday, U.S. officials said.\n\nOn Jan. 8, 2020, Iran fired ballistic missiles at the base and at Erbil. That salvo answered a U.S. drone strike in Baghdad five days earlier. A dozen missiles crashed into al-Asad, wrecking hangars.',
      '2024-01-21',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, null]],
    ],
    // A toll right after a count of attacks since October is the count's, not the story's.
    [
      "Rockets struck Ain al-Asad air base on Saturday, U.S. officials said.\n\nBy the Pentagon's tally, U.S. troops had been attacked 61 times in Iraq and 90 times in Syria since mid-October. Most of the roughly 70 injuries have been minor.",
      '2024-01-21',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, null]],
    ],
    // Guard: a toll that points back at the attack still adds to it after a tally.
    [
      "Rockets struck Ain al-Asad air base on Saturday, U.S. officials said.\n\nU.S. troops have been attacked 61 times in Iraq since mid-October. Saturday's attack wounded two soldiers.",
      '2024-01-21',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, 2]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 58: "the same night" of an older time', () => {
  it.each<[string, string]>([
    // "the same night" after "In August 2022" is a night of 2022, which names no day: nothing is dated to the publication day.
    [
      'The Conoco gas field base has a long record of attacks. In August 2022, rockets came down inside the Conoco perimeter, wounding three American soldiers, and U.S. helicopters struck back the same night.',
      '2024-08-16',
    ],
    [
      'In August 2022, rockets landed on the Conoco base and hurt three U.S. troops, and helicopters of the coalition struck back the same night.',
      '2024-08-16',
    ],
  ])('%s', (body, published) => {
    expect(reportsOf(body, published).map((r) => r.date.start)).toEqual([])
  })
})

describe("session 58: another state's day, named to place the story", () => {
  it.each<[string, string, unknown[][]]>([
    // "Iran's April 13 barrage on Israel" dates Iran's act; the story's attack and what follows keep their Sunday.
    [
      "Armed groups in Iraq launched rockets at a U.S. base in Syria's north-east on Sunday night, their first attack on American troops since they paused their campaign in early February, and a sign that the standoff set off by Iran's April 13 barrage on Israel is not over.\n\nIraqi security sources said the rockets, five or more, were launched from Zummar, near the border. A U.S. official said they were aimed at troops at the Rumalyn coalition base and hurt no one.",
      '2024-04-22',
      [['2024-04-21', 'rumalyn-landing-zone', 'confirmed', 0, 0]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 58: the day of the words and the day of the attack', () => {
  it.each<[string, string, unknown[][]]>([
    // A fronted day before "a statement said" is the day of the statement when what it said gives its own day.
    [
      'On 29 January a statement said Islamic Resistance in Iraq drones had attacked al-Tanf at dawn on 28 January.',
      '2024-06-24',
      [['2024-01-28', 'al-tanf', 'claimed', null, null]],
    ],
    // The day a group claimed the attack, when it says the attack was carried out on another.
    [
      'The Islamic Resistance in Iraq claimed a drone attack on the Conoco gas field base on Monday, saying it had been carried out on 4 February.',
      '2024-02-06',
      [['2024-02-04', 'mss-conoco', 'claimed', null, null]],
    ],
    // Guard: a fronted day of an attack, told before the officials who spoke, stays its day.
    [
      'On 29 January drones attacked al-Tanf, officials said, and on 30 January rockets hit al-Shaddadi.',
      '2024-02-06',
      [
        ['2024-01-29', 'al-tanf', 'reported', null, null],
        ['2024-01-30', 'shaddadi', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 58: an hour and a half later; the day an embassy spoke of the attack', () => {
  it.each<[string, string, unknown[][]]>([
    // "About an hour and a half later" is the day of the attack just told, not of the day the campaign began.
    [
      'A one-way drone struck Tower 22 in Jordan early on Sunday, Jan. 28, the Pentagon said. They were the first U.S. troops killed in the wave of attacks that began on Oct. 17. About an hour and a half later, another drone flew toward al-Tanf Garrison and was brought down.',
      '2024-02-09',
      [
        ['2024-01-28', 'al-tanf', 'reported', null, null],
        ['2024-01-28', 'tower-22', 'confirmed', null, null],
      ],
    ],
    // "On 11 September, the U.S. Embassy said the attack had targeted …": the day the embassy spoke of the attack told before.
    [
      'Two rockets hit the grounds of Baghdad International Airport late on 10 September. On 11 September, the U.S. Embassy said the attack had targeted the Baghdad Diplomatic Support Center and that no one was hurt.',
      '2024-09-12',
      [['2024-09-10', 'victory-base', 'confirmed', 0, 0]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 59: the day a different account was given', () => {
  it.each<[string, string, unknown[][]]>([
    // "gave a different account on Wednesday" is the day the account was given, not a second attack's day.
    [
      'Two drones were launched at Ain al-Asad air base on Tuesday, Iraqi security sources said. A police source gave a slightly different account on Wednesday, saying one drone was downed outside the base.',
      '2024-07-18',
      [['2024-07-16', 'ain-al-asad', 'reported', null, null]],
    ],
    // Guard: a higher count given on another day, which the revised-figure rule already read so.
    [
      'A rocket hit near the Conoco base on Sunday, local activists said. The Observatory gave a higher count on Monday, saying three rockets had landed inside it.',
      '2023-12-05',
      [['2023-12-03', 'mss-conoco', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 59: what a day was, and a deadline', () => {
  it.each<[string, string, unknown[][]]>([
    // "the day before the truce", set beside the day just named, says what that day was.
    [
      'On November 23 itself, the day before the truce, U.S. troops were attacked at Ain al-Asad, a U.S. military official said.',
      '2023-11-30',
      [['2023-11-23', 'ain-al-asad', 'confirmed', null, null]],
    ],
    // "was available by Monday morning" is a deadline: "the same night" after it is still the night of the attack told.
    [
      'Rockets were fired late on Sunday at the US base at the Conoco gas field, a channel reported. No US comment was available by Monday morning.\n\nThe same night, the US base in al-Shaddadi was attacked by three drones, the channel said.',
      '2023-11-13',
      [
        ['2023-11-12', 'mss-conoco', 'reported', null, null],
        ['2023-11-12', 'shaddadi', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 59: days of statements, tellings and stamps', () => {
  it.each<[string, string, unknown[][]]>([
    // "File photo. (c) MGW / Photo bank DAMASCUS, December 31 (MGW) -": the credit and the dateline are the page's.
    [
      'Intro.\n\nFile photo. (c) MGW / Photo bank DAMASCUS, December 31 (MGW) - The American military base at the Koniko gas field came under rocket fire late on Saturday, a local source said.',
      '2024-01-01',
      [['2023-12-30', 'mss-conoco', 'reported', null, null]],
    ],
    // "A statement on Monday …, dating the drone attack … to Sunday, Feb. 4": Monday is the statement's.
    [
      'A statement on Monday from the Islamic Resistance in Iraq took responsibility, dating the drone attack on the al-Omar field to Sunday, Feb. 4.',
      '2024-02-06',
      [['2024-02-04', 'green-village', 'claimed', null, null]],
    ],
    // "telling Russian media on Saturday that the base had been hit", after Thursday's attack there: Thursday's attack.
    [
      'A single rocket was launched at the Conoco gas field base in Syria late on Thursday, an official said.\n\nA Syrian military source offered a different picture, telling Russian media on Saturday that the base in the Conoco gas field had been hit by five missiles.',
      '2024-07-28',
      [['2024-07-25', 'mss-conoco', 'reported', null, null]],
    ],
    // A live entry's stamp is the day of its "this afternoon".
    [
      'Live updates from our correspondents. All times BST. Latest first.\n\nMon 5 Aug 2024 20.05 BST\nRockets hit base\nRockets are suspected to have struck Al-Asad airbase in western Iraq this afternoon, a US defence official says.',
      '2024-08-06',
      [['2024-08-05', 'ain-al-asad', 'confirmed', null, null]],
    ],
    // "File photo © Nevsky International DAMASCUS, October 9 (…) -": the credit and the dateline are the page's.
    [
      'The gas field at dusk.\n\nFile photo © Nevsky International DAMASCUS, October 9 (Nevsky International) - A US military base at the Koniko gas field came under missile fire on Tuesday, a local source said.',
      '2024-10-09',
      [['2024-10-08', 'mss-conoco', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 59: "had hit", told days later', () => {
  it.each<[string, string, unknown[][]]>([
    [
      'Rockets were fired at Ain al-Asad air base on Monday, Aug. 5, U.S. officials said.\n\nOn Thursday a police spokeswoman gave new details. Two rockets had hit the base and a third was intercepted, she said.',
      '2024-08-09',
      [['2024-08-05', 'ain-al-asad', 'confirmed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 60: a toll told the next day', () => {
  it.each<[string, string, unknown[][]]>([
    // "On August 13, … Ryder gave a firm number: eight …": the day the number was given; the toll is the attack's.
    [
      'A one-way attack drone struck the Rumalyn Landing Zone on Friday, August 9. A defense official said several personnel were treated for minor injuries. On August 13, Pentagon press secretary Maj. Gen. Pat Ryder gave a firm number: eight service members were treated for traumatic brain injury and smoke inhalation.',
      '2024-08-15',
      [['2024-08-09', 'rumalyn-landing-zone', 'confirmed', null, 8]],
    ],
    // "the first week's attacks on al-Tanf and al-Asad": attacks of another time, not of the day told before.
    [
      "Rockets hit the U.S. Embassy in Baghdad on December 8, the embassy said. Injuries from the first week's attacks on al-Tanf and al-Asad were disclosed only days afterwards.",
      '2024-02-07',
      [['2023-12-08', 'us-embassy-baghdad', 'confirmed', null, null]],
    ],
    // "The next day, the embassy said in a statement that there had been an attack at …": the day it was said, of the attack told.
    [
      'Two rockets struck a U.S. diplomatic facility beside Baghdad airport on Tuesday, Iraqi officials said.\n\nThe next day, the embassy said in a statement that there had been an attack at the Baghdad Diplomatic Support Center and that no one was hurt.',
      '2024-09-13',
      [['2024-09-10', 'victory-base', 'reported', 0, 0]],
    ],
    // "said the next day that eight were injured": the next day is when it was said; the toll is the attack's.
    [
      'A close-range ballistic missile was fired at Ain al-Asad on Monday. Pentagon deputy spokeswoman Sabrina Singh said the next day that eight US soldiers were injured.',
      '2023-11-26',
      [['2023-11-20', 'ain-al-asad', 'confirmed', null, 8]],
    ],
    // "was forced to admit the next day": admitting is saying.
    [
      'A close-range ballistic missile was fired at Ain al-Asad on Monday. Pentagon deputy spokeswoman Sabrina Singh was forced to admit the next day that eight US soldiers were injured.',
      '2023-11-26',
      [['2023-11-20', 'ain-al-asad', 'confirmed', null, 8]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})
