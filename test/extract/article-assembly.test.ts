import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../../src/clean/clean-article.js'
import { extractReports } from '../../src/extract/extract-reports.js'
import { mergeReports } from '../../src/merge/merge-reports.js'
import { articleOf, attacks, brief, briefsReadHere, eventsOf, reportsOf, shippedKnowledge } from '../helpers/extract-text.js'

// Every sentence here is written for this test, in the shapes real coverage takes (docs/real-reporting/).

describe('the article, not the sentence, is the unit: sentences about "the attack" add to it', () => {
  it('a confirmation in its own sentence confirms the event the story told, as a report of its own', () => {
    const events = eventsOf('Two drones struck the al-Tanf garrison on Wednesday, a local source said.\n\nThe Pentagon confirmed the attack.', '2023-10-19')
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-10-18', place: 'al-tanf', status: 'confirmed', killed: null, injured: null }])
    expect(attacks(events)[0]?.reports.map((r) => [r.status, r.quote])).toEqual([
      ['reported', 'Two drones struck the al-Tanf garrison on Wednesday, a local source said.'],
      ['confirmed', 'The Pentagon confirmed the attack.'],
    ])
  })

  it('a sentence about a time before the campaign takes the undated attack and toll after it with it', () => {
    const text =
      'The worst so far came on Dec. 8, when rockets hit the Conoco base and two soldiers were hurt.\n\nThe attack of March 2021 still looms over the place. Back then, a barrage struck the base and some 60 troops were later treated for concussions.'
    expect(attacks(eventsOf(text, '2023-12-20')).map(brief)).toEqual([{ day: '2023-12-08', place: 'mss-conoco', status: 'reported', killed: null, injured: 2 }])
  })

  it("a toll of strikes told with no article is theirs, not the attack's", () => {
    const text =
      'A drone hit Ain al-Asad on Tuesday, wounding two U.S. troops, the Pentagon said.\n\nBaghdad protested. Its spokesman said four people were wounded in strikes near the town of Musayyib.'
    expect(attacks(eventsOf(text, '2023-11-22')).map(brief)).toEqual([
      { day: '2023-11-21', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: 2 },
    ])
  })

  it('a timeline told in the present tense: "A drone slams into …", "a rocket explodes at …"', () => {
    const text =
      '- **Nov. 9, 2023** — A drone slams into a fuel depot at Harir air base.\n- **Nov. 12, 2023** — A rocket explodes at the Conoco base. No one is hurt.'
    expect(attacks(eventsOf(text, '2024-10-01')).map((e) => [e.date, e.location?.id, e.injured?.max ?? null])).toEqual([
      ['2023-11-09', 'harir-air-base', null],
      ['2023-11-12', 'mss-conoco', 0],
    ])
  })

  it("a claim in its own sentence names the group; told in the outlet's own voice as well, the attack is reported", () => {
    const [event] = attacks(
      eventsOf(
        'Rockets hit the Kharab al-Jir airstrip on Sunday evening.\n\nThe Islamic Resistance in Iraq claimed responsibility for the strike.',
        '2024-01-02',
      ),
    )
    expect(event?.actors).toContain('Islamic Resistance in Iraq')
    expect(event?.status).toBe('reported')
    expect(event?.reports.map((r) => [r.status, r.claimantKind])).toEqual([
      ['reported', 'media'],
      ['claimed', 'militia'],
    ])
  })

  it('a source besides the group that says it happened outweighs the claim', () => {
    const [event] = attacks(
      eventsOf(
        'Rockets hit the Kharab al-Jir airstrip on Sunday evening, local sources told us.\n\nThe Islamic Resistance in Iraq claimed responsibility for the strike.',
        '2024-01-02',
      ),
    )
    expect(event?.status).toBe('reported')
    expect(event?.reports.map((r) => [r.status, r.claimantKind])).toEqual([
      ['reported', 'local-security'],
      ['claimed', 'militia'],
    ])
  })

  it('a base named later ("the outpost, known as Tower 22") places the attack the lead told only by its area', () => {
    const events = attacks(
      eventsOf(
        'Three U.S. soldiers were killed when a drone slammed into a small American outpost in northeast Jordan early Sunday, U.S. officials said.\n\nThe outpost, known as Tower 22, sits near the point where Jordan, Syria and Iraq meet.',
        '2024-01-29',
      ),
    )
    expect(events.map(brief)).toEqual([{ day: '2024-01-28', place: 'tower-22', status: 'confirmed', killed: 3, injured: null }])
    expect(events[0]?.summary).toContain('Tower 22')
  })

  it('a citation in brackets ("(DoD 2024)") and "according to DOD" confirm; "no group said it had carried out" claims nothing', () => {
    const cited = attacks(
      eventsOf('The drone that struck Tower 22 in Jordan on 28 January 2024 killed three U.S. Army Reserve soldiers (DoD 2024).', '2024-06-15'),
    )
    expect(cited.map(brief)).toEqual([{ day: '2024-01-28', place: 'tower-22', status: 'confirmed', killed: 3, injured: null }])
    const according = attacks(eventsOf('On November 20, 2023, militants fired a missile at Al-Asad Air Base, according to DOD.', '2024-02-12'))
    expect(according.map((e) => e.status)).toEqual(['confirmed'])
    const unclaimed = attacks(
      eventsOf('Rockets hit the Kharab al-Jir airstrip on Sunday evening. No group immediately said it had carried out the attack.', '2024-01-02'),
    )
    expect(unclaimed.map((e) => [e.status, e.actors])).toEqual([['reported', []]])
  })

  it('officials who deny an attack at a named base deny that attack; "the official said" later carries the speaker, not the denial', () => {
    const [denied] = attacks(
      eventsOf(
        'The Islamic Resistance in Iraq said it attacked the U.S. Embassy in Baghdad on Thursday.\n\nA Pentagon official said on Thursday that there had been no attack on the U.S. Embassy in Baghdad.',
        '2023-11-10',
      ),
    )
    expect([denied?.location?.id, denied?.status, denied?.disputed]).toEqual(['us-embassy-baghdad', 'denied', true])
    const [harir] = attacks(
      eventsOf(
        'A Pentagon official told reporters on Thursday that there had been no attack on the embassy. Harir air base was targeted on Thursday, the official said, adding that no one was hurt.',
        '2023-11-10',
      ),
    )
    expect([harir?.location?.id, harir?.status, harir?.injured?.max]).toEqual(['harir-air-base', 'confirmed', 0])
  })

  it("a sentence that adds only the outlet's own words to the story is no report of its own", () => {
    const [event] = attacks(
      eventsOf(
        'Three drones hit the Conoco gas field base on Thursday, activists reported.\n\nMilitias loyal to Iran are suspected of launching the drones.',
        '2023-10-20',
      ),
    )
    expect(event?.reports.map((r) => r.quote)).toEqual(['Three drones hit the Conoco gas field base on Thursday, activists reported.'])
  })

  it('"according to two U.S. officials the rockets …" confirms the attack the story told', () => {
    const [event] = attacks(
      eventsOf(
        'Several rockets were fired at Ain al-Asad air base late on Thursday. According to two U.S. officials the rockets missed the base itself.',
        '2024-07-26',
      ),
    )
    expect([event?.date, event?.status]).toEqual(['2024-07-25', 'confirmed'])
  })

  it('a briefing on a later day about both attacks adds to each, its day being the day it was said', () => {
    const events = attacks(
      eventsOf(
        'On April 21, five rockets were launched at the Rumalyn base in Syria. The following day, two drones were sent toward Ain al-Asad air base.\n\nBriefing reporters on April 23, Pentagon Press Secretary Pat Ryder blamed militias for both attacks and said neither had caused injuries.',
        '2024-04-29',
      ),
    )
    expect(events.map(brief)).toEqual([
      { day: '2024-04-21', place: 'rumalyn-landing-zone', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2024-04-22', place: 'ain-al-asad', status: 'confirmed', killed: 0, injured: 0 },
    ])
  })

  it('"No one was hurt" is a toll of zero for the event told, killed and injured alike', () => {
    expect(attacks(eventsOf('A drone hit Erbil air base on Friday, U.S. officials said. No one was hurt.', '2024-01-06')).map(brief)).toEqual([
      { day: '2024-01-05', place: 'erbil-air-base', status: 'confirmed', killed: 0, injured: 0 },
    ])
  })

  it('a toll counted on a later day ("later on Monday … raised the death toll") belongs to the event, and the event shows the highest', () => {
    const body =
      'A drone struck the commando school at the al-Omar oil field on Sunday, killing six fighters, the SDF said.\n\nLater on Monday, the Syrian Observatory raised the death toll from the strike to seven.'
    expect(attacks(eventsOf(body, '2024-02-05')).map(brief)).toEqual([
      { day: '2024-02-04', place: 'green-village', status: 'reported', killed: 7, injured: null },
    ])
  })

  it('a sentence about every attack told ("none of the attacks caused casualties") gives each a zero toll and its stance', () => {
    const body =
      'Drones were flown at Ain al-Asad air base on Thursday, a U.S. official said. In the afternoon, a rocket was fired at the Conoco gas field.\n\nNone of the attacks caused casualties, the official said.'
    expect(attacks(eventsOf(body, '2023-11-24')).map(brief)).toEqual([
      { day: '2023-11-23', place: 'ain-al-asad', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2023-11-23', place: 'mss-conoco', status: 'confirmed', killed: 0, injured: 0 },
    ])
  })

  it('"that attack" right after a sentence about another, set-aside attack (history) is that attack: its toll is not the story\'s', () => {
    const events = eventsOf(
      'A drone struck the Harir air base on Sunday, wounding two Americans, officials said.\n\nIn January 2019, rockets fired by another state hit the Ain al-Asad air base. Nobody died in that attack, but more than 60 troops were later treated for concussions.',
      '2023-11-20',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-11-19', place: 'harir-air-base', status: 'confirmed', killed: null, injured: 2 }])
  })

  it("a U.S. strike told after the attack is the reply: its toll is not the attack's", () => {
    const events = eventsOf(
      'Rockets were fired at the Rumalyn Landing Zone on Sunday, U.S. Central Command said. Nobody was hurt.\n\nAn armed U.S. drone then struck the launch team, killing all four.',
      '2023-12-04',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-12-03', place: 'rumalyn-landing-zone', status: 'confirmed', killed: 0, injured: 0 }])
  })

  it('"No group immediately claimed responsibility" is no claim, and weeks of earlier strikes "claimed by" a group are not this one', () => {
    const events = eventsOf(
      'Rockets were fired at the al-Tanf garrison on Friday, U.S. officials said.\n\nNo group immediately claimed responsibility. The attack followed weeks of drone and rocket strikes on U.S. bases, most of them claimed by the Islamic Resistance in Iraq.',
      '2023-12-09',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-12-08', place: 'al-tanf', status: 'confirmed', killed: null, injured: null }])
    expect(attacks(events)[0]?.reports.map((r) => r.status)).toEqual(['confirmed'])
    expect(attacks(events)[0]?.weapons).toEqual(['rocket'])
  })

  it('a sentence that only says a claim could not be confirmed adds nothing', () => {
    const [event] = attacks(
      eventsOf(
        'The Islamic Resistance in Iraq said it struck Tal Baydar with a drone on Tuesday.\n\nThe claim could not be independently confirmed.',
        '2024-01-10',
      ),
    )
    expect(event?.reports).toHaveLength(1)
    expect(event?.status).toBe('claimed')
  })
})

describe('day and place in different sentences', () => {
  it("a base named a paragraph after the lead takes the lead's day, and the lead's unplaced report joins it", () => {
    const body =
      'Two drones were flown at a base in northeastern Syria that hosts U.S. troops on Saturday, officials said.\n\nThe drones headed for the al-Shaddadi base, one of the officials said.'
    expect(attacks(eventsOf(body, '2023-10-30')).map((e) => [e.date, e.location?.id])).toEqual([['2023-10-28', 'shaddadi']])
  })

  it('"The target was X" places the story\'s attack', () => {
    const body =
      'Some 20 rockets were fired on Saturday at a base in Anbar that hosts U.S. troops, an Iraqi army source said. The target was Ain al-Asad air base.'
    expect(attacks(eventsOf(body, '2024-01-22')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-20', 'ain-al-asad']])
  })

  it("never lends the story's day to a base the sentence says was hit before", () => {
    const events = eventsOf(
      'Rockets hit Ain al-Asad air base on Saturday, U.S. officials said.\n\nThe Harir base had already been targeted by drones.',
      '2024-01-22',
    )
    expect(attacks(events).map((e) => e.location?.id)).toEqual(['ain-al-asad'])
  })

  it('a day counted from an attack told before: "Two nights before the Rumalyn attack, on Friday, …"', () => {
    const told = 'Drones hit the Rumalyn landing zone on Sunday, Nov. 12, a U.S. official said.\n\n'
    const counted = 'Two nights before the Rumalyn attack, on Friday, rockets were fired at the Conoco base, local sources said.'
    expect(attacks(eventsOf(told + counted, '2023-11-18')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-11-10', 'mss-conoco'],
      ['2023-11-12', 'rumalyn-landing-zone'],
    ])
    // With no weekday, the count alone gives the day; a weekday that disagrees with it is left as it is.
    const bare = 'Two nights before the Rumalyn attack, rockets were fired at the Conoco base, local sources said.'
    expect(attacks(eventsOf(told + bare, '2023-11-18')).map((e) => e.date)).toEqual(['2023-11-10', '2023-11-12'])
    const odd = 'Two nights before the Rumalyn attack, on Wednesday, rockets were fired at the Conoco base, local sources said.'
    expect(attacks(eventsOf(told + odd, '2023-11-18')).map((e) => e.date)).toEqual(['2023-11-12', '2023-11-15'])
  })

  it('a base named in "weeks after the rocket attack on …" is a time, not a second target', () => {
    const text = 'Rockets hit the Conoco base on Thursday, local sources said, weeks after the rocket attack on Green Village in October.'
    expect(attacks(eventsOf(text, '2023-11-25')).map((e) => [e.date, e.location?.id])).toEqual([['2023-11-23', 'mss-conoco']])
  })

  it('a base named as the attack a reply answered is no target: "two days after the reply to Tower 22"', () => {
    const text = 'A drone hit the al-Omar base on Sunday, two days after the United States launched its reply to Tower 22.'
    expect(attacks(eventsOf(text, '2024-02-06')).map((e) => e.location?.id)).toEqual(['green-village'])
  })

  it('a place that only locates a base is not a second target', () => {
    expect(attacks(eventsOf('A drone hit the Harir base near Erbil airport on Tuesday, officials said.', '2023-11-08')).map((e) => e.location?.id)).toEqual([
      'harir-air-base',
    ])
  })

  it('a base named in an appositive about the people of the one hit is not a second target', () => {
    const text = 'The Rumalyn landing zone, home to a few hundred troops who support the Green Village base, was hit by two drones on Monday.'
    expect(attacks(eventsOf(text, '2023-11-14')).map((e) => e.location?.id)).toEqual(['rumalyn-landing-zone'])
    // An attack told after "and" is no description.
    const two = 'Rockets struck Ain al-Asad on Monday, and another attack that was aimed at Harir followed.'
    expect(attacks(eventsOf(two, '2023-11-14')).map((e) => e.location?.id)).toEqual(['ain-al-asad', 'harir-air-base'])
  })

  it('U.S. troops named as victims make an attack, not a U.S. strike', () => {
    const events = eventsOf('Three U.S. Army soldiers killed when a drone hit a U.S. outpost in northeast Jordan on Sunday, U.S. officials say.', '2024-01-28')
    expect(events.map((e) => [e.type, e.date, e.killed?.max])).toEqual([['attack', '2024-01-28', 3]])
  })
})

describe('the day it happened and the day it was said', () => {
  it("keeps both: the event on the attack's day, each report with the day its source spoke", () => {
    const [event] = attacks(eventsOf('Rockets hit Ain al-Asad air base on Sunday, a U.S. official said Monday.', '2023-10-24'))
    expect(event?.date).toBe('2023-10-22')
    expect(event?.reports[0]?.saidOn).toBe('2023-10-23')
  })

  it('dates an attack by the day it was said only when nothing else does', () => {
    expect(attacks(eventsOf('Rockets hit Ain al-Asad air base, a U.S. official said Monday.', '2023-10-24')).map((e) => e.date)).toEqual(['2023-10-23'])
  })

  it('a denial of the toll is not a denial of the attack: the event is confirmed, not disputed', () => {
    const [event] = attacks(
      eventsOf(
        'Rockets hit Ain al-Asad air base on Sunday. CENTCOM on Monday denied claims by militia groups that they inflicted fatal casualties in the attack on Ain al-Asad.',
        '2023-10-24',
      ),
    )
    expect([event?.status, event?.disputed]).toEqual(['confirmed', false])
    expect(event?.reports.map((r) => r.denies)).toEqual([null, 'casualties'])
    const [denial] = attacks(
      eventsOf('Drones struck Harir air base on Sunday, a militia said. The Pentagon denied that any attack on the base took place.', '2023-10-24'),
    )
    expect([denial?.status, denial?.disputed]).toEqual(['denied', true])
    expect(denial?.reports.map((r) => r.denies)).toEqual([null, 'occurrence'])
  })

  it('a denial of who did it is not a denial of the attack either', () => {
    const [event] = attacks(
      eventsOf('Rockets struck Ain al-Asad air base on Sunday, U.S. officials said. Tehran denied any involvement in the attack on the base.', '2023-10-24'),
    )
    expect([event?.status, event?.disputed]).toEqual(['confirmed', false])
    expect(event?.reports.map((r) => r.denies)).toEqual([null, 'responsibility'])
  })

  it('only U.S. or coalition officials confirm: the Kurdistan counter-terrorism directorate reports', () => {
    const [event] = attacks(
      eventsOf("A drone struck Harir air base on Friday afternoon, the Kurdistan Region's counter-terrorism directorate said.", '2024-01-06'),
    )
    expect([event?.status, event?.reports[0]?.claimantKind]).toEqual(['reported', 'host-government'])
  })
})

describe('merge across outlets, on the day it happened', () => {
  it('one attack told by two outlets on two days, one dating it by the day it was said, is one event with both reports', () => {
    const knowledge = shippedKnowledge()
    const first = {
      ...articleOf('Rockets struck Ain al-Asad air base on Sunday night, Iraqi security sources said.', '2023-10-23'),
      path: 'seeds/a.md',
      source: 'Wire A',
    }
    const second = {
      ...articleOf('U.S. Central Command said on Tuesday that rockets had struck Ain al-Asad air base on Sunday. No one was hurt.', '2023-10-25'),
      path: 'seeds/b.md',
      source: 'Paper B',
    }
    const reports = [first, second].flatMap((a) => extractReports(cleanArticle(a), knowledge).reports)
    const events = mergeReports(reports, knowledge).filter((e) => e.type === 'attack')
    expect(events.map((e) => [e.date, e.location?.id, e.status, e.injured?.max])).toEqual([['2023-10-22', 'ain-al-asad', 'confirmed', 0]])
    expect(events[0]?.reports.map((r) => [r.source, r.saidOn])).toEqual([
      ['Wire A', '2023-10-23'],
      ['Paper B', '2023-10-24'],
      ['Paper B', '2023-10-25'],
    ])
  })

  it('two attacks on one base on one day stay one event', () => {
    const events = eventsOf(
      'Two drones hit Ain al-Asad air base on Sunday morning, U.S. officials said. Rockets struck Ain al-Asad again on Sunday evening.',
      '2023-10-23',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.reports.length])).toEqual([['2023-10-22', 'ain-al-asad', 2]])
  })

  it("another state's forces firing is set aside, and the sentences after it in the paragraph with no base or day of their own are about it", () => {
    const events = eventsOf(
      "Three explosive-laden drones were shot down early on Tuesday as they approached the coalition base at Erbil International Airport, the counter-terrorism directorate said.\n\nLate on Monday, Iran's Revolutionary Guards fired ballistic missiles at Erbil. The missiles hit a residential area and killed four civilians. U.S. officials said no American personnel were hurt.",
      '2024-01-16',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-01-16', place: 'erbil-air-base', status: 'reported', killed: null, injured: null }])
  })

  it("groups backed by a state, and a state's sources who tell of a launch, do not make the attack a state's", () => {
    const events = eventsOf(
      'Factions backed by Iran launched drones at the Conoco base on Thursday. Two Iraqi army sources said a salvo of rockets was launched on Friday at Ain al-Asad air base.',
      '2024-08-31',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-08-29', 'mss-conoco'],
      ['2024-08-30', 'ain-al-asad'],
    ])
  })

  it("a strike on an armed group's own site, with no U.S. base named, is not an attack on U.S. forces, nor is what follows about it", () => {
    const events = eventsOf(
      'A drone struck Harir air base on Friday, a local official said. It came a day after a drone strike on a headquarters of the Popular Mobilization Forces in central Baghdad killed a militia commander. The Pentagon said U.S. forces had carried out that strike.\n\nOn Sunday, two explosive drones hit a position of the Kurdish Peshmerga forces in Erbil.',
      '2024-01-08',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-05', 'harir-air-base']])
  })

  it('"the base" after a verb of sending or heading is the base named last', () => {
    const events = eventsOf(
      'A drone was shot down near the al-Tanf garrison on Saturday, security sources said. According to the same sources, a drone was also sent against the base on April 7. Three drones heading for the base were destroyed on April 12.',
      '2024-06-24',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-04-07', 'al-tanf'],
      ['2024-04-12', 'al-tanf'],
      ['2024-06-22', 'al-tanf'],
    ])
  })

  it('"neither attack" after two attacks is about both, though it mentions "the base"', () => {
    const events = eventsOf(
      'On Nov. 12, single drones were aimed at al-Shaddadi and at Mission Support Site Green Village, a Pentagon official said. Each was destroyed short of the base, and neither attack caused casualties.',
      '2023-11-13',
    )
    expect(attacks(events).map(brief)).toEqual([
      { day: '2023-11-12', place: 'green-village', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2023-11-12', place: 'shaddadi', status: 'confirmed', killed: 0, injured: 0 },
    ])
  })

  it('a wire dateline in title case with the agency in brackets dates the article, not the attack', () => {
    const events = eventsOf(
      'Beirut/New Delhi, Feb 5 (BNW) Six fighters of the Syrian Democratic Forces were killed when an explosive-laden drone hit a training academy inside the al-Omar oil field base late on Sunday, the SDF said.',
      '2024-02-05',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-02-04', place: 'green-village', status: 'reported', killed: 6, injured: null }])
  })

  it('a dateline in bold, or with its day in figures ("**Deir Ezzor, 14-8-2024 (SCD)** –"), dates the article, not the attack', () => {
    for (const dateline of ['**Deir Ezzor, Aug. 14 (SCD)** –', '**Deir Ezzor, 14-8-2024 (SCD)** –', 'Deir Ezzor, 14/8/2024 (SCD) –']) {
      const events = eventsOf(
        `${dateline} The base in the Koniko gas field was targeted by a rocket attack last night, Syrian television reported.`,
        '2024-08-14',
      )
      expect(
        attacks(events).map((e) => [e.date, e.location?.id]),
        dateline,
      ).toEqual([['2024-08-13', 'mss-conoco']])
    }
  })

  it('a dateline in another calendar, with the Gregorian day in brackets ("TEHRAN, Azar 3, 1402 (November 24, 2023) (Pars Dawn) –"), dates the article', () => {
    const events = eventsOf(
      '**TEHRAN, Azar 3, 1402 (November 24, 2023) (Pars Dawn) –** Rockets were fired at Ain al-Asad air base late on Thursday, Iraqi security sources said.',
      '2023-11-24',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2023-11-23', 'ain-al-asad']])
  })

  it("a dateline with the day first, in English or the agency's own language, dates the article, not the attack", () => {
    const events = eventsOf(
      'ERBIL (Iraq), 3 January (XYZ) — A drone aimed at the coalition base at Erbil airport was brought down on Monday evening, Kurdish officials said.\n\nBAGDAD, 3 janv 2024 (XYZ) — Two rockets were fired on Tuesday 2 January towards Ain al-Asad.',
      '2024-01-03',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-01-01', 'erbil-air-base'],
      ['2024-01-02', 'ain-al-asad'],
    ])
  })

  it('a base named in full is known by its short name in the sentences after it, as the article wrote it', () => {
    const events = eventsOf(
      '30 October – Four rockets were fired at Al-Asad Airbase.\n\n31 October – Two armed drones targeted Al-Asad in the early hours.\n\n1 November – Drones struck a camp near the palace of Bashar al-Assad in Damascus.',
      '2023-11-05',
    )
    // "al-Assad", a man's name in another spelling and case, is not the base's short name; and a camp in Damascus is no
    // U.S. base ("Damascus" once read as "US" there, and gave an attack with no place).
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-10-30', 'ain-al-asad'],
      ['2023-10-31', 'ain-al-asad'],
    ])
  })

  it('"the al-Omar oil field" is "al-Omar" in the sentences after it: a toll of "the al-Omar attack" is not the story\'s', () => {
    const events = eventsOf(
      'A drone struck the al-Omar oil field early on Sunday, Feb. 4.\n\nThe raids answered the January 28 drone strike on Tower 22 in Jordan that killed three American soldiers.\n\nThe SDF said six fighters died in the al-Omar attack.',
      '2024-02-06',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.killed?.max ?? null])).toEqual([
      ['2024-01-28', 'tower-22', 3],
      ['2024-02-04', 'green-village', 6],
    ])
  })

  it('a group suspending or resuming its attacks tells no attack, even beside an attack it names', () => {
    const events = eventsOf(
      'A drone struck Tower 22 in Jordan on Sunday, killing three U.S. soldiers.\n\nKataib Hezbollah, which the Pentagon links to the Tower 22 attack, announced on Tuesday that it was suspending its attacks on U.S. forces.',
      '2024-02-05',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-02-04', 'tower-22']])
    // A base or weapon outside the words about its attacks tells one.
    const resumed = eventsOf('The group resumed its attacks on Monday with a drone on al-Tanf.', '2024-02-06')
    expect(attacks(resumed).map((e) => [e.date, e.location?.id])).toEqual([['2024-02-05', 'al-tanf']])
  })

  it('a count of attacks between two days is no attack, and a habit ("it keeps getting targeted") is none either', () => {
    const events = eventsOf(
      'The Pentagon says U.S. forces were attacked at least 23 times in Iraq and Syria between Oct. 17 and Oct. 30.\n\nThe coalition left Harir back in October, but it keeps getting targeted.',
      '2023-10-31',
    )
    expect(attacks(events)).toEqual([])
  })

  it('"it also claimed" and "the militia said on Monday that it had fired" are the militia named before, claiming', () => {
    const events = attacks(
      eventsOf(
        'The Islamic Resistance in Iraq said its drones struck the base at al-Shaddadi on Sunday. It also claimed a drone strike on Sunday on the U.S. base next to Erbil International Airport.\n\nThe same militia umbrella also said on Monday that it had fired on the U.S. base at the al-Omar oil field.',
        '2024-01-30',
      ),
    )
    expect(events.map((e) => [brief(e).place, brief(e).status]).sort()).toEqual([
      ['erbil-air-base', 'claimed'],
      ['green-village', 'claimed'],
      ['shaddadi', 'claimed'],
    ])
  })

  it('"Central Command\'s first statement on Sunday, Jan. 28, said …" is Central Command speaking', () => {
    const events = attacks(
      eventsOf(
        "Central Command's first statement on Sunday, Jan. 28, said three soldiers were killed and 25 injured when a one-way attack drone hit Tower 22 in the early morning.",
        '2024-02-01',
      ),
    )
    expect(events.map(brief)).toEqual([{ day: '2024-01-28', place: 'tower-22', status: 'confirmed', killed: 3, injured: 25 }])
  })

  it('"on Friday and again on Saturday" is an attack on each day; "late Friday and early Saturday" stays one', () => {
    const twice = attacks(
      eventsOf(
        'U.S. forces shot down one-way attack drones near al-Shaddadi in northeastern Syria on Friday and again on Saturday; neither attack hurt anyone.',
        '2023-11-07',
      ),
    )
    expect(twice.map(brief)).toEqual([
      { day: '2023-11-03', place: 'shaddadi', status: 'reported', killed: 0, injured: 0 },
      { day: '2023-11-04', place: 'shaddadi', status: 'reported', killed: 0, injured: 0 },
    ])
    const once = attacks(eventsOf('Rockets were fired at al-Shaddadi late on Friday and early on Saturday, officials said.', '2023-11-07'))
    expect(once).toHaveLength(1)
  })

  it('"U.S. A-10 aircraft engaged people preparing a rocket rail near" a base is a U.S. strike, not an attack on the base', () => {
    const events = eventsOf('U.S. A-10 aircraft engaged people seen preparing a rocket rail near Mission Support Site Euphrates on Nov. 29.', '2024-12-02')
    expect(attacks(events)).toEqual([])
    expect(events.map((e) => e.type)).toEqual(['us-strike'])
    // "A-10 attack aircraft struck individuals … aimed at MSS Euphrates": the people struck are the strike's target, not the base.
    const struck = eventsOf(
      'On Friday, November 29, US A-10 attack aircraft struck individuals who were seen preparing a rocket rail aimed at MSS Euphrates, according to the Pentagon.',
      '2024-12-04',
    )
    expect(struck.map((e) => e.type)).toEqual(['us-strike'])
  })

  it('"Al-Asad itself was targeted by drones on July 16 and by rockets on July 25" after "al-Asad Air Base": two attacks on the base', () => {
    const events = attacks(
      eventsOf(
        'Two rockets slammed into al-Asad Air Base in western Iraq on Monday, U.S. officials said.\n\nAl-Asad itself was targeted by drones on July 16 and by rockets on July 25, with neither attack causing casualties.',
        '2024-08-06',
      ),
    )
    expect(events.map(brief)).toEqual([
      { day: '2024-07-16', place: 'ain-al-asad', status: 'reported', killed: 0, injured: 0 },
      { day: '2024-07-25', place: 'ain-al-asad', status: 'reported', killed: 0, injured: 0 },
      { day: '2024-08-05', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: null },
    ])
  })

  it('a tracker\'s tally line ("Qasrak base, Al-Hasakah countryside: 1 attack") is no attack', () => {
    const events = attacks(
      eventsOf(
        'A suicide drone struck the coalition base at Kharab al-Jir shortly after midnight on Saturday, monitors said.\n\nSince October 19, 2023, monitors have documented 135 attacks on US bases in Syria, as follows:\n\n- Kharab al-Jir base: 20 attacks\n- Qasrak base, Al-Hasakah countryside: 1 attack',
        '2024-08-10',
      ),
    )
    expect(events.map((e) => brief(e).place)).toEqual(['kharab-al-jir'])
  })

  it('"None of the three attacks hurt anyone" gives each attack just told its zero toll; it is no count of attacks', () => {
    const events = attacks(
      eventsOf(
        "Last Thursday, rocket and drone fire was aimed at three sites at once: Mission Support Site Euphrates in eastern Syria, Ain al-Asad in Iraq's Anbar province, and the Baghdad Diplomatic Support Center next to the capital's airport. None of the three attacks hurt anyone or damaged anything, U.S. officials said.",
        '2023-10-25',
      ),
    )
    expect(events.map(brief)).toEqual([
      { day: '2023-10-19', place: 'ain-al-asad', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2023-10-19', place: 'mss-conoco', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2023-10-19', place: 'victory-base', status: 'confirmed', killed: 0, injured: 0 },
    ])
  })

  it('"Singh opened with the attack on Al-Asad" is the official telling it', () => {
    const events = attacks(
      eventsOf(
        'Singh opened with the attack on Al-Asad Air Base in western Iraq late on Monday, when Iran-backed militants fired a close-range ballistic missile at U.S. and coalition forces there.',
        '2023-11-22',
      ),
    )
    expect(events.map(brief)).toEqual([{ day: '2023-11-20', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: null }])
  })

  it('"no rockets or drones have been fired at U.S. troops" is no attack, and "None of that …" adds nothing to the attacks told', () => {
    const quiet = eventsOf(
      'For more than five weeks now, no rockets or drones have been fired at the 2,500 American troops in Iraq. There have been no attacks on U.S. forces in Syria either.',
      '2024-03-12',
    )
    expect(attacks(quiet)).toEqual([])
    const events = attacks(
      eventsOf(
        'Then, on Jan. 28, a drone flew into the sleeping area at Tower 22 in Jordan and killed three Army reservists.\n\nNone of that removes the reasons the attacks began.',
        '2024-03-12',
      ),
    )
    expect(events.map((e) => e.reports.length)).toEqual([1])
  })

  it('a count between a day and "the end of January" is no attack either', () => {
    const events = eventsOf(
      "By the Pentagon's count, U.S. forces were attacked more than 160 times between Oct. 17 and the end of January, more often in Syria than in Iraq.",
      '2024-02-14',
    )
    expect(attacks(events)).toEqual([])
  })

  it('a sentence that says its source gave no day ("did not say when") takes none from the story', () => {
    const events = attacks(
      eventsOf(
        'Rockets struck the U.S. outpost at the al-Omar oil field on Sunday, Nov. 10, witnesses said.\n\nCENTCOM also linked the strikes to a rocket attack on U.S. personnel at Patrol Base Shaddadi, but it did not say when the rockets were fired.',
        '2024-11-27',
      ),
    )
    expect(events.map(brief)).toEqual([{ day: '2024-11-10', place: 'green-village', status: 'reported', killed: null, injured: null }])
  })

  it('"a site called" names the base the story placed only in its area, on the story\'s day', () => {
    const events = attacks(
      eventsOf(
        "The Pentagon now says several American service members were hurt in Friday's drone attack on a base in northeastern Syria.\n\nIn a statement this afternoon, the press secretary said the troops suffered minor injuries. The Pentagon is not saying how many. The attack hit a site called the Rumalyn Landing Zone, which houses U.S. and coalition forces.",
        '2024-08-12',
      ),
    )
    expect(events.map((e) => [brief(e).day, brief(e).place])).toEqual([['2024-08-09', 'rumalyn-landing-zone']])
  })

  it('"a Peshmerga base" is an armed group\'s site, and "the coalition base" after a dated line is the base that line named, on its day', () => {
    const events = eventsOf(
      '**Sat (Dec 30)** – The Islamic Resistance in Iraq says it hit Harir air base with a drone.\n\n**Sat night (Dec 30)** – Two explosive drones hit a Peshmerga base in Erbil. A spokesman said there was damage only.\n\n**Sun (Dec 31)** – A loud bang near Erbil International Airport in the afternoon. Officials later said a drone aimed at the coalition base was shot down.',
      '2024-01-01',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-12-30', 'harir-air-base'],
      ['2023-12-31', 'erbil-air-base'],
    ])
  })

  it('a group that "says" it struck, "says its fighters sent" drones, or "said it had fired" in a second statement claims the attack', () => {
    const events = eventsOf(
      'The Islamic Resistance in Iraq says it launched a drone today at the U.S. base at al-Shaddadi.\n\nThe group says its fighters sent drones on Sunday against the al-Tanf base.\n\nIn a second statement the same day, it said it had fired rockets at the Kharab al-Jir airfield.',
      '2024-01-30',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([
      ['2024-01-28', 'al-tanf', 'claimed'],
      ['2024-01-28', 'kharab-al-jir', 'claimed'],
      ['2024-01-30', 'shaddadi', 'claimed'],
    ])
  })

  it('"according to the statement" that blamed militias is the statement the sentence before cited, not a claim', () => {
    const [event] = attacks(
      eventsOf(
        'A drone flying at the coalition base at Erbil International Airport was shot down on Sunday, the Kurdistan Region counter-terrorism directorate said. Nobody was hurt, according to the statement, which blamed outlaw militias.',
        '2023-12-31',
      ),
    )
    expect(event?.reports.map((r) => r.status)).toEqual(['reported', 'reported'])
  })

  it('a lead with no day and no base is the attack the next sentence dates and names, with its toll', () => {
    const events = eventsOf(
      'Three American soldiers have been killed and dozens wounded in a drone attack on a small US base in north-east Jordan.\n\nThe drone hit the living quarters of the outpost, known as Tower 22, before dawn on Sunday, US officials said. By Sunday evening officials said at least 34 service members were being assessed for injuries.',
      '2024-01-29',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-01-28', place: 'tower-22', status: 'confirmed', killed: 3, injured: 34 }])
  })

  it('a lead with no day stays out when the next sentence names a base in another country', () => {
    const events = eventsOf(
      'Three American soldiers have been killed in a drone attack on a small US base in north-east Jordan.\n\nSeparately, rockets hit the Ain al-Asad air base on Sunday, officials said.',
      '2024-01-29',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-01-28', place: 'ain-al-asad', status: 'reported', killed: null, injured: null }])
  })

  it("another state's forces that pound a base, and strikes on an armed group's command node, are not this timeline's attacks", () => {
    const events = eventsOf(
      'In response, the IRGC pounded the Ain al-Assad base with a barrage of ballistic missiles.\n\nThe Wednesday strikes targeted an operations center and a command node used by Kataib Hezbollah near Jurf al-Sakhar.',
      '2023-12-14',
    )
    expect(attacks(events)).toEqual([])
  })

  it('a time stamp run into the lead ("30/10/2023 - 11:05") dates the page, not the attack', () => {
    const events = eventsOf('30/10/2023 - 11:05 A suicide drone struck the al-Shaddadi base in Syria on Sunday, Iraqi security sources said.', '2023-10-30')
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2023-10-29', 'shaddadi']])
  })

  it('"the base" is a target of its own before another base the sentence names, and "in Iraq, the base" is the base named in Iraq', () => {
    const events = eventsOf(
      'Rockets hit Ain al-Asad air base on Aug. 5, officials said.\n\nThe escalation peaked on Jan. 20, when the factions fired ballistic missiles at the base for the first time, and then eight days later at Tower 22 in Jordan, where three U.S. soldiers died.\n\nIn Iraq, the base was targeted by drones twice in July before the Aug. 5 rocket strike.',
      '2024-08-20',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-01-20', 'ain-al-asad'],
      ['2024-01-28', 'tower-22'],
      ['2024-08-05', 'ain-al-asad'],
    ])
  })

  it('"the Pentagon later counted" injuries confirms the attack', () => {
    const [event] = attacks(
      eventsOf(
        'On Oct. 18, two drones went for the al-Tanf garrison; one was shot down and the other got through, and the Pentagon later counted 32 service members with injuries there.',
        '2024-03-20',
      ),
    )
    expect(event && brief(event)).toEqual({ day: '2023-10-18', place: 'al-tanf', status: 'confirmed', killed: null, injured: 32 })
  })

  it('a bold line alone is a live blog\'s dated heading: its entries\' "this evening" is that day', () => {
    const events = eventsOf(
      'This live page follows the weekend.\n\n**Sunday 31 December**\n\n18:05 — Counter-terrorism forces say they shot down a drone heading for the coalition base at Erbil International Airport.\n\n**Saturday 30 December**\n\n21:10 — Local media report that an armed drone has targeted al-Harir airbase this evening.',
      '2024-01-01',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-12-30', 'harir-air-base'],
      ['2023-12-31', 'erbil-air-base'],
    ])
  })

  it('a slash dateline, a launch area after "from" and the coalition\'s own artillery name no target', () => {
    const events = eventsOf(
      'Abu Dhabi / Baghdad: A volley of rockets launched from northern Iraq late on Sunday targeted a base in north-eastern Syria where U.S.-led coalition troops are stationed.\n\nOn Sunday, coalition artillery at the Conoco field shelled the outskirts of al-Mayadin.',
      '2024-04-22',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-04-21', 'northeast-syria']])
  })

  it('"no casualties at either base" and "none of the rockets fired at the Conoco base hit" are about the attacks told there', () => {
    const events = eventsOf(
      'Late on Saturday, militias fired rockets at the Green Village base. At roughly the same time, rockets were fired at the base in the Conoco gas field. No casualties were reported at either base.\n\nOn Sunday, drones hit the Rumalyn base.\n\nA U.S. defence official said none of the rockets fired at the Conoco base hit their targets.',
      '2023-12-31',
    )
    expect(attacks(events).map(brief)).toEqual([
      { day: '2023-12-30', place: 'green-village', status: 'reported', killed: 0, injured: 0 },
      { day: '2023-12-30', place: 'mss-conoco', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2023-12-31', place: 'rumalyn-landing-zone', status: 'reported', killed: null, injured: null },
    ])
  })

  it("a U.S. command's own release speaks in its own voice; a news outlet named after one does not", () => {
    const knowledge = shippedKnowledge()
    const statusFrom = (source: string) =>
      mergeReports(
        extractReports(
          cleanArticle(articleOf('In the early morning of December 8, the U.S. Embassy compound in Baghdad came under indirect fire.', '2023-12-08', source)),
          knowledge,
        ).reports,
        knowledge,
      ).map((e) => [e.location?.id, e.status])
    expect(statusFrom('Central Command Public Affairs')).toEqual([['us-embassy-baghdad', 'confirmed']])
    expect(statusFrom('U.S. Mission Iraq Alerts')).toEqual([['us-embassy-baghdad', 'confirmed']])
    expect(statusFrom('Pentagon Daily News')).toEqual([['us-embassy-baghdad', 'reported']])
  })

  it('"al-Asad" after "Ain al-Asad" is that base', () => {
    const events = eventsOf(
      'On November 20, a missile hit Ain al-Asad in western Iraq, the Pentagon said. And on the evening of January 20, a barrage of rockets struck al-Asad again.',
      '2024-01-30',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-11-20', 'ain-al-asad'],
      ['2024-01-20', 'ain-al-asad'],
    ])
  })

  it("a militia's word of its own dead is not the attack's toll; a partner force's word of its own is", () => {
    const events = eventsOf(
      'A ballistic missile hit Ain al-Asad air base on Monday, wounding eight personnel, the Pentagon said. Kataib Hezbollah later announced that one of its members had been killed west of Baghdad.\n\nOn Sunday night a drone hit the al-Omar oil field base. The SDF says six of its commandos were killed.',
      '2023-11-21',
    )
    expect(attacks(events).map(brief)).toEqual([
      { day: '2023-11-19', place: 'green-village', status: 'reported', killed: 6, injured: null },
      { day: '2023-11-20', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: 8 },
    ])
  })

  it("a sentence citing a numbered note is the note's source's word", () => {
    const events = eventsOf(
      '- Drones targeted coalition forces at Mission Support Site Green Village on November 12, with no casualties.[3]\n- The same day, drones were launched at al-Shaddadi.[4]\n\n[3] Pentagon official, comments to regional media, November 13, 2023.\n[4] Islamic Resistance in Iraq Telegram channel, November 12, 2023.',
      '2023-11-13',
    )
    expect(attacks(events).map((e) => [e.location?.id, e.status])).toEqual([
      ['green-village', 'confirmed'],
      ['shaddadi', 'claimed'],
    ])
  })

  it('a report whose source did not name the base stays apart from the sited attack of that day', () => {
    const events = eventsOf(
      'The Islamic Resistance in Iraq said its fighters fired rockets at the Rumalyn base on Thursday.\n\nA U.S. official said coalition troops in Syria came under a rocket attack on Thursday, without naming the base.',
      '2023-10-27',
    )
    expect(attacks(events).map((e) => [e.location?.id ?? null, e.status])).toEqual([
      ['rumalyn-landing-zone', 'claimed'],
      ['syria', 'confirmed'],
    ])
  })

  it('an attack told as done is not a threat because a later clause speaks of one', () => {
    const events = eventsOf(
      'Rockets struck an air base in western Iraq that hosts American troops on Tuesday, at a time when the region is bracing for a threatened reprisal elsewhere.\n\nThree rockets were fired at Ain al-Asad, Iraqi police said.\n\nBy late Tuesday a U.S. defense official had given a fuller count: four soldiers were hurt.',
      '2024-08-07',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-08-06', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: 4 }])
    // The threat still governs where it comes first.
    expect(attacks(eventsOf('Kataib Hezbollah vowed on Tuesday that rockets would strike U.S. forces in western Iraq.', '2024-08-07'))).toEqual([])
  })

  it('a U.S. outpost that "came under drone fire" is an attack, and "the installation in question" names its base', () => {
    const events = eventsOf(
      'A U.S. outpost close to where three borders meet came under drone fire on Friday, two American officials said.\n\nThe installation in question is the al-Tanf garrison. One drone was shot down, the officials said.\n\nA group calling itself Tashkil al-Waritheen said in an online post that it had sent the drones.',
      '2023-10-21',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.reports.find((r) => r.claimantKind === 'militia')?.claimant ?? null])).toEqual([
      ['2023-10-20', 'al-tanf', 'confirmed', 'Tashkil al-Waritheen'],
    ])
  })

  it("the same moment in the reader's time zone, in brackets, names no other day", () => {
    const events = eventsOf(
      'Militants fired missiles at an air base in western Iraq on Saturday evening local time (early Sunday AEDT).\n\nCentral Command said the missiles targeted Al-Asad Airbase in Anbar province.',
      '2024-01-21',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-20', 'ain-al-asad']])
  })

  it('"shortly after noon" is a time of day, not another event: the toll after it stays', () => {
    const events = eventsOf('Kurdish officials said a drone blew up near Harir air base shortly after noon on Wednesday and nobody was hurt.', '2023-10-20')
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-10-18', place: 'harir-air-base', status: 'reported', killed: 0, injured: 0 }])
  })

  it('an attack the story\'s attack "followed by a few days" is earlier, not on the story\'s day', () => {
    const events = eventsOf(
      'Late Thursday a drone aimed at the coalition base at Erbil airport was shot down, Kurdish officials said.\n\nThe attack followed by a few days a heavier strike on Ain al-Asad that wounded an Iraqi soldier.',
      '2024-01-26',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-25', 'erbil-air-base']])
  })

  it('"she said" after a sentence that named an official without a verb of speech is that official speaking', () => {
    const events = eventsOf(
      'Press secretary Pat Ryder began with the strike on Ain al-Asad. He said militants fired two rockets at the base on Monday night.\n\nAsked about casualties, Ryder said three personnel had minor injuries.',
      '2024-08-07',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-08-05', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: 3 }])
  })

  it('a lead that updates the toll of an attack it neither dates nor names gives that toll to the attack the next sentence dates and names', () => {
    const events = eventsOf(
      'The Pentagon said on Tuesday that the number of U.S. troops wounded in the drone strike on a remote outpost in Jordan had risen to 40.\n\nThree soldiers died in the attack, which hit Tower 22 early on Sunday.',
      '2024-01-30',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-01-28', place: 'tower-22', status: 'confirmed', killed: 3, injured: 40 }])
  })

  it('"Wednesday\'s strike" after a U.S. strike told on that Wednesday is that strike, not an attack of its own', () => {
    const events = eventsOf(
      "A U.S. drone strike on a car in Baghdad on Wednesday evening killed a militia commander, Central Command said.\n\nIraqi officials called Wednesday's strike a breach of sovereignty.",
      '2024-02-08',
    )
    expect(events.map((e) => [e.type, e.date])).toEqual([['us-strike', '2024-02-07']])
  })

  it('"Washington said on Wednesday it had bombed a facility" is a U.S. strike, not an attack on the story\'s base', () => {
    const events = eventsOf(
      'On Friday morning a drone sent against coalition troops at the Tanf base was stopped, a U.S. official said.\n\nWashington said on Wednesday it had bombed a facility in eastern Syria linked to the Revolutionary Guards.',
      '2023-11-10',
    )
    expect(events.map((e) => [e.type, e.date, e.location?.id])).toEqual([
      ['us-strike', '2023-11-08', 'eastern-syria'],
      ['attack', '2023-11-10', 'al-tanf'],
    ])
  })

  it("a list item's bold run-in heading gives its day and base to the item's sentences", () => {
    const events = eventsOf(
      "**April 21 (Sunday) — Rumalyn, northeastern Syria.** Five rockets were fired from a truck near the border at the U.S. base at Rumalyn. A U.S. official called it a failed attack; no one was hurt.\n\n**Aug. 9 (Friday) — Rumalyn Landing Zone.** A one-way drone hit the landing zone. Eight U.S. service members were treated for brain injuries, in the Pentagon's latest count.",
      '2024-08-16',
    )
    expect(attacks(events).map(brief)).toEqual([
      { day: '2024-04-21', place: 'rumalyn-landing-zone', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2024-08-09', place: 'rumalyn-landing-zone', status: 'confirmed', killed: null, injured: 8 },
    ])
  })

  it("a year's review dates the campaign's first attacks, however long ago; what they led to and how officials called them do not unmake them", () => {
    const events = eventsOf(
      'On October 18, 2023, drones struck the al-Tanf garrison in southern Syria.\n\nThe pause broke on April 21, when five rockets were aimed at the U.S. base at Rumalyn; U.S. officials called it a failed attack.\n\nOn December 3 rockets landed near Mission Support Site Euphrates, prompting U.S. strikes on launchers and a tank.',
      '2024-12-20',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-10-18', 'al-tanf'],
      ['2024-04-21', 'rumalyn-landing-zone'],
      ['2024-12-03', 'mss-conoco'],
    ])
    // Before the campaign, a day is still history.
    expect(attacks(eventsOf('On January 8, 2020, Iranian missiles struck Ain al-Asad.', '2024-12-20'))).toEqual([])
  })

  it('"she recalled" speaks as "she said" does', () => {
    const events = eventsOf(
      'Deputy press secretary Sabrina Singh spoke on Thursday. She recalled that on April 21 a failed rocket attack targeted the base at Rumalyn.',
      '2024-07-18',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-04-21', 'rumalyn-landing-zone', 'confirmed']])
  })

  it("the attackers' own dead are not the attack's toll", () => {
    const events = eventsOf(
      'Militants fired rockets at the Rumalyn base on Sunday, Central Command said. Five militants were killed when their launcher was hit, and no coalition personnel were hurt.',
      '2023-12-04',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-12-03', place: 'rumalyn-landing-zone', status: 'confirmed', killed: 0, injured: 0 }])
  })

  it("a sentence in the outlet's words right after an official's account of the day's attacks goes on with that account", () => {
    const events = eventsOf(
      'Multiple drones were launched at Al-Asad Airbase on Thursday morning, a U.S. official said. Later that morning a rocket attack was launched against Mission Support Site Euphrates.\n\nMilitants have also attacked the Conoco field on Thursday.',
      '2023-11-24',
    )
    expect(attacks(events).map((e) => [e.location?.id, e.status])).toEqual([
      ['ain-al-asad', 'confirmed'],
      ['mss-conoco', 'confirmed'],
    ])
  })

  it("a list item's run-in day beats its section heading's, and air defences that 'brought down' drones report an attack", () => {
    const events = eventsOf(
      '## Week 1 (Oct. 17–23): the opening salvo\n\n- **Tuesday, Oct. 17.** Two drones flew at Al-Asad Air Base.\n- **Saturday, Oct. 21.** Air defences at Ain al-Asad brought down two drones near the base, an Iraqi security source said.\n- **Dec. 3 (Sunday night) — Conoco gas field.** Monitors reported a rocket attack on the U.S. base at the gas plant. Three security sources said no attack on the base had been detected.',
      '2023-12-12',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-10-17', 'ain-al-asad'],
      ['2023-10-21', 'ain-al-asad'],
      ['2023-12-03', 'mss-conoco'],
    ])
  })

  it('a list introduced by an official\'s "following account:" speaks in the official\'s voice, and "in each case" is about every attack its item told', () => {
    const events = eventsOf(
      "A Defense Department official on Monday laid out the weekend's attacks on U.S. troops in Syria.\n\nThe official, who spoke on condition of anonymity, gave the following account:\n\n- On Nov. 12, drones were launched against U.S. forces at al-Shaddadi and at Mission Support Site Green Village. In each case the drone was shot down, and there were no casualties.\n- On the morning of Nov. 13, drones were launched at Rumalyn Landing Zone.\n\nMilitants also fired rockets at the Conoco field on Nov. 13.",
      '2023-11-14',
    )
    expect(attacks(events).map(brief)).toEqual([
      { day: '2023-11-12', place: 'green-village', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2023-11-12', place: 'shaddadi', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2023-11-13', place: 'mss-conoco', status: 'reported', killed: null, injured: null },
      { day: '2023-11-13', place: 'rumalyn-landing-zone', status: 'confirmed', killed: null, injured: null },
    ])
  })

  it("a timeline item's run-in heading that names a base starts its own entry, so the item's toll is not the entry before's", () => {
    const events = eventsOf(
      '- **20 Jan 2024** — Ballistic missiles are fired at Al-Asad Air Base. An Iraqi soldier is wounded.\n- **28 Jan 2024** — Tower 22. Three soldiers killed; more than 40 wounded.\n- **18 Oct 2023** — Two drones target Al-Tanf Garrison, about 20 kilometres north of Tower 22.',
      '2024-04-26',
    )
    expect(attacks(events).map(brief)).toEqual([
      { day: '2023-10-18', place: 'al-tanf', status: 'reported', killed: null, injured: null },
      { day: '2024-01-20', place: 'ain-al-asad', status: 'reported', killed: null, injured: 1 },
      { day: '2024-01-28', place: 'tower-22', status: 'reported', killed: 3, injured: 40 },
    ])
  })

  it('a toll told at a place in another country than the claimed attacks is not theirs', () => {
    const events = eventsOf(
      'The Islamic Resistance in Iraq says its fighters attacked al-Shaddadi and al-Tanf on Sunday with drones.\n\nPresident Biden says three U.S. service members were killed in a drone attack overnight on U.S. forces in northeastern Jordan, near the Syria border.',
      '2024-01-28',
    )
    expect(attacks(events).map((e) => [e.location?.id, e.status, e.killed?.max ?? null])).toEqual([
      ['al-tanf', 'claimed', null],
      ['shaddadi', 'claimed', null],
    ])
  })

  it('"the same Anbar base" points back, and a base "in the Rmelan area" is located by the town, not a second target', () => {
    const events = eventsOf(
      'Rockets were fired at Ain al-Asad air base late on Thursday, security sources said. On July 16, two drones were launched at the same Anbar base.\n\nEarly on Saturday, a drone hit the Kharab al-Jir base in the Rmelan area of Hasakah province, the monitor said.',
      '2024-07-29',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-07-16', 'ain-al-asad'],
      ['2024-07-25', 'ain-al-asad'],
      ['2024-07-27', 'kharab-al-jir'],
    ])
  })

  it('"hit Rumalyn four days after rockets struck al-Asad on Aug. 5" dates each attack, and the story goes on with the one told last', () => {
    const events = eventsOf(
      'The drone hit Rumalyn four days after rockets struck Al-Asad Air Base in western Iraq on Monday, Aug. 5. Iraqi security sources said the rockets caused no casualties.',
      '2024-08-14',
    )
    expect(attacks(events).map(brief)).toEqual([
      { day: '2024-08-05', place: 'ain-al-asad', status: 'reported', killed: 0, injured: 0 },
      { day: '2024-08-09', place: 'rumalyn-landing-zone', status: 'reported', killed: null, injured: null },
    ])
  })

  it('a U.S. strike "in retaliation for" a dated attack at a base reports that attack too, with its own day, place and toll', () => {
    const events = eventsOf(
      'American bombers hit 85 targets in Iraq and Syria on Friday in retaliation for the drone that killed three U.S. soldiers at the Tower 22 outpost in Jordan on Jan. 28. Iraqi officials said 16 people were killed on their side of the border.',
      '2024-02-04',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-01-28', place: 'tower-22', status: 'confirmed', killed: 3, injured: null }])
    expect(events.filter((e) => e.type === 'us-strike').map((e) => e.date)).toEqual(['2024-02-02'])
  })

  it('a strike "in response to attacks on U.S. forces", no day or base of their own, reports no attack', () => {
    const events = eventsOf(
      'U.S. forces struck two facilities in eastern Syria on Thursday in response to the attacks on U.S. troops since October.',
      '2023-10-28',
    )
    expect(attacks(events)).toEqual([])
  })

  it('a factbox entry in the present tense: "troops suffer minor injuries, the Pentagon says" is the toll and the confirmation of the attack it follows', () => {
    const events = eventsOf('**NOV. 9** — Two drones are launched at Al-Asad Air Base. Several troops suffer minor injuries, the Pentagon says.', '2024-01-21')
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2023-11-09', 'ain-al-asad', 'confirmed']])
  })

  it('"N service members were killed when a drone hit a base in an area" is an attack on U.S. forces, confirmed when Central Command says it', () => {
    const events = eventsOf(
      'U.S. Central Command says three service members were killed and 25 injured early Sunday when a one-way attack drone hit a base in northeast Jordan.',
      '2024-01-28',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-01-28', place: 'northeast-jordan', status: 'confirmed', killed: 3, injured: 25 }])
  })

  it('a newest-first live blog that identifies the site above the entry placing the attack in its area moves the attack to the site', () => {
    const events = eventsOf(
      [
        '**6:10 p.m.** — U.S. officials have identified the site as Tower 22, a small logistics outpost.',
        '**10:40 a.m.** — Three service members were killed early Sunday when a one-way attack drone hit a base in northeast Jordan.',
      ].join('\n\n'),
      '2024-01-28',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'tower-22']])
  })

  it('a site identified in another province leaves an area attack where it was', () => {
    const events = eventsOf(
      [
        'U.S. officials identified the site as Tower 22, a small logistics outpost.',
        'Rockets were fired at a base in western Iraq on Sunday that houses U.S. forces.',
      ].join('\n\n'),
      '2024-01-28',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'western-iraq']])
  })

  it('"On Monday, officials said the number had risen to at least 34" revises the toll of the attack told before it', () => {
    const events = eventsOf(
      'Three U.S. soldiers were killed when a drone struck Tower 22 on Sunday, U.S. officials said.\n\nCENTCOM initially said 25 service members were injured. On Monday, officials said the number had risen to at least 34, as more troops were evaluated for brain injuries.',
      '2024-01-30',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-01-28', place: 'tower-22', status: 'confirmed', killed: 3, injured: 34 }])
  })

  it('"the coalition base at the airport" is the airport the article named last, on the day its sentence gives ("January 10, a Wednesday")', () => {
    const events = eventsOf(
      [
        'A drone targeting coalition forces near Erbil International Airport was shot down on Thursday, the counter-terrorism directorate said.',
        'Rockets struck Ain al-Asad air base on Saturday.',
        'On the evening of January 10, a Wednesday, another drone headed for the coalition base at the airport was shot down.',
      ].join('\n\n'),
      '2024-01-26',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-01-10', 'erbil-air-base'],
      ['2024-01-20', 'ain-al-asad'],
      ['2024-01-25', 'erbil-air-base'],
    ])
  })

  it('"and a position at Rukban" is a target of its own in a list of bases', () => {
    const events = eventsOf(
      'The Islamic Resistance in Iraq said it had attacked three sites with drones on Sunday: al-Shaddadi base and al-Tanf garrison in Syria, and a position at Rukban on the Syria-Jordan border.',
      '2024-01-29',
    )
    expect(attacks(events).map((e) => e.location?.id)).toEqual(['al-tanf', 'rukban', 'shaddadi'])
  })

  it('"attacked at least 23 times between 17 and 30 October" is a count over a period, no attack on its last day', () => {
    const events = eventsOf('The Pentagon says U.S. forces were attacked at least 23 times in Iraq and Syria between 17 and 30 October.', '2023-10-31')
    expect(attacks(events)).toEqual([])
  })

  it('in a transcript, the speaker of the last turn goes on in the paragraphs after it, until the next turn', () => {
    const events = eventsOf(
      [
        'MAJ. GEN. RYDER: Good afternoon. A couple of items at the top.',
        'First, on August 9th, U.S. forces at Rumalyn Landing Zone were attacked by a one-way attack drone.',
        'Second, the Secretary has directed the carrier strike group to speed up its transit to the Central Command area of responsibility.',
        'Q (wire service): Local sources say rockets hit the Conoco field on August 10th. Can you confirm?',
        'MAJ. GEN. RYDER: I have nothing on that.',
      ].join('\n\n'),
      '2024-08-13',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.reports.length])).toEqual([
      ['2024-08-09', 'rumalyn-landing-zone', 'confirmed', 1],
      ['2024-08-10', 'mss-conoco', 'reported', 1],
    ])
  })

  it('"The group added that late on Wednesday night it had struck …" is the militia named before, claiming', () => {
    const events = eventsOf(
      'The Islamic Resistance in Iraq said on Thursday that it had targeted the al-Shaddadi base with drones.\n\nThe group added that late on Wednesday night it had struck the al-Tanf base.',
      '2023-12-15',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([
      ['2023-12-13', 'al-tanf', 'claimed'],
      ['2023-12-14', 'shaddadi', 'claimed'],
    ])
  })

  it('"…, the Kurdistan Region\'s counter-terrorism directorate (CTD) announced" is the directorate speaking, past its acronym, and outweighs a later claim', () => {
    const events = eventsOf(
      "A drone targeting coalition forces near Erbil International Airport was shot down late on Thursday, the Kurdistan Region's counter-terrorism directorate (CTD) announced.\n\nThe Islamic Resistance in Iraq claimed responsibility.",
      '2024-01-26',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-01-25', 'erbil-air-base', 'reported']])
    expect(attacks(events)[0]?.reports.map((r) => r.claimantKind)).toEqual(['host-government', 'militia'])
  })

  it('"the same group said … that it had sent a drone" claims; "U.S. officials have never acknowledged that incident" does not confirm', () => {
    const claimed = eventsOf(
      'The Islamic Resistance in Iraq said it had attacked the al-Tanf base on Sunday.\n\nSeparately, the same group said earlier on Sunday that it had sent a drone at the Harir air base.',
      '2024-01-29',
    )
    expect(attacks(claimed).map((e) => [e.location?.id, e.status])).toEqual([
      ['al-tanf', 'claimed'],
      ['harir-air-base', 'claimed'],
    ])
    const unacknowledged = eventsOf(
      'Broadcasters reported drones shot down over the Conoco gas field base on 10 February, but U.S. officials have never acknowledged that incident.',
      '2024-03-18',
    )
    expect(attacks(unacknowledged).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-02-10', 'mss-conoco', 'reported']])
  })

  it('"A US official later identified the target as the base at Rumalyn" is the official telling it', () => {
    const events = eventsOf(
      'Rockets were fired from Zummar on Sunday. A US official later identified the target as the coalition base at Rumalyn.',
      '2024-04-22',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-04-21', 'rumalyn-landing-zone', 'confirmed']])
  })

  it('"The attacks on Harir followed an attempt on Tuesday against the base at Erbil airport" dates only the attempt', () => {
    const events = eventsOf(
      'Drones struck Harir air base on Wednesday and again on Thursday night.\n\nThe attacks on Harir followed an attempt on Tuesday against the coalition base at Erbil International Airport.',
      '2023-11-10',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-11-07', 'erbil-air-base'],
      ['2023-11-08', 'harir-air-base'],
      ['2023-11-09', 'harir-air-base'],
    ])
  })

  it('"reported downing another drone near the airport" is an attack, at the airport the article named', () => {
    const events = eventsOf(
      'Kurdish security forces brought down an explosives-laden drone close to Arbil airport early Monday.\n\nOn July 3, Kurdish authorities reported downing another drone near the airport late in the evening.',
      '2025-07-14',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2025-07-03', 'erbil-air-base'],
      ['2025-07-14', 'erbil-air-base'],
    ])
  })

  it('"a first drone went for the base at 11:30 p.m. on Wednesday" points back at the base named before', () => {
    const events = eventsOf(
      'Two drones targeted Harir air base north of Erbil, the counter-terrorism directorate said.\n\nAccording to the directorate, a first drone went for the base at 11:30 p.m. on Wednesday.',
      '2023-11-10',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2023-11-08', 'harir-air-base']])
  })

  it('"the same Anbar base" is the base named last in Anbar, not the base named last', () => {
    const events = eventsOf(
      'Rockets were fired at Ain al-Asad air base on Thursday. A day earlier, drones struck the Conoco gas field in Syria.\n\nOn July 16, two drones were launched at the same Anbar base, Iraqi security sources said.',
      '2024-07-26',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-07-16', 'ain-al-asad'],
      ['2024-07-24', 'mss-conoco'],
      ['2024-07-25', 'ain-al-asad'],
    ])
  })
})

describe('who speaks, which day, and what is no attack, read across the article', () => {
  it('the rules for inquiries, replies, origins and other times leave the attack a sentence tells', () => {
    const kept = (text: string, published: string): (string | null | undefined)[] => attacks(eventsOf(text, published)).map((e) => e.location?.id)
    expect(kept('Rockets hit Ain al-Asad on Monday, and the prime minister ordered an investigation into the attacks.', '2024-02-07')).toEqual(['ain-al-asad'])
    expect(kept('The president vowed a response to the drone attack on Tower 22 that killed three soldiers on Sunday.', '2024-01-30')).toEqual(['tower-22'])
    expect(kept('Militants fired rockets at al-Tanf on Monday from Syrian rather than Iraqi soil, the Pentagon said.', '2024-01-30')).toEqual(['al-tanf'])
    expect(
      kept(
        'Rockets hit Ain al-Asad on Monday.\n\nIran fired missiles at the base in January 2020.\n\nA drone also targeted Harir air base, one official said.',
        '2024-02-07',
      ),
    ).toEqual(['ain-al-asad', 'harir-air-base'])
  })

  it('"Two U.S. officials and an Iraqi security official told Reuters": the U.S. officials speak too, and confirm', () => {
    const text = 'Two U.S. officials and an Iraqi security official told Reuters that drones had targeted the Harir base on Wednesday.'
    expect(attacks(eventsOf(text, '2023-10-19')).map((e) => e.status)).toEqual(['confirmed'])
  })

  it('"the monitor said the base had been targeted twice" reports the attack in hand; "had been hit 40 times" does not', () => {
    const text =
      'The Islamic Resistance in Iraq said it struck the base at Tal Baydar with drones on Tuesday. A local monitor said the base had been targeted twice and that no one was hurt.'
    const [event] = attacks(eventsOf(text, '2023-11-16'))
    expect(event && { ...brief(event), reports: event.reports.length }).toEqual({
      day: '2023-11-14',
      place: 'tal-baydar',
      status: 'reported',
      killed: 0,
      injured: 0,
      reports: 2,
    })
    const count =
      'The Islamic Resistance in Iraq said it struck the base at Tal Baydar with drones on Tuesday. A local monitor said the base had been targeted 40 times since October.'
    expect(attacks(eventsOf(count, '2023-11-16')).map((e) => [e.status, e.reports.length])).toEqual([['claimed', 1]])
  })

  it('", and the same group said it was responsible": the clause before it is the sources\' report', () => {
    const text =
      'Iraqi security sources said drones hit Ain al-Asad on Sunday. On Monday, according to the same sources, rockets were fired at the base, and the same group said it was responsible.'
    expect(attacks(eventsOf(text, '2023-11-01')).map((e) => [e.date, e.status])).toEqual([
      ['2023-10-29', 'reported'],
      ['2023-10-30', 'reported'],
    ])
  })

  it('"the official added" is the official named before, not the militia named since', () => {
    const text =
      'On Friday, a U.S. defense official said forces had downed a drone near al-Tanf. The Islamic Resistance in Iraq said it had sent it. The official added that rockets had been fired at the Conoco base on Thursday.'
    expect(attacks(eventsOf(text, '2023-11-01')).map((e) => [e.date, e.location?.id, e.status])).toEqual([
      ['2023-10-26', 'mss-conoco', 'confirmed'],
      ['2023-10-27', 'al-tanf', 'confirmed'],
    ])
  })

  it('a claim in a clause of its own after the outlet told the attack leaves it reported, with the group named', () => {
    const cases = [
      'Three rockets were fired at Kharab al-Jir airstrip on Sunday; the Islamic Resistance in Iraq claimed them.',
      'On Sunday, three rockets were launched at Kharab al-Jir airstrip, an attack the Islamic Resistance in Iraq also claimed.',
    ]
    for (const body of cases) {
      const [event] = attacks(eventsOf(body, '2024-01-02'))
      expect([event?.date, event?.location?.id, event?.status]).toEqual(['2023-12-31', 'kharab-al-jir', 'reported'])
      expect(event?.actors).toContain('Islamic Resistance in Iraq')
    }
    // Told by the group alone, it stays claimed.
    const [claimed] = attacks(eventsOf('The Islamic Resistance in Iraq said it fired three rockets at Kharab al-Jir airstrip on Sunday.', '2024-01-02'))
    expect(claimed?.status).toBe('claimed')
  })

  it('"Central Command later disclosed", "the Pentagon reports", "by Ryder\'s account" and "the embassy said" are U.S. officials speaking', () => {
    const cases: [string, string][] = [
      ['Two drones were sent at al-Tanf on Wednesday, and 20 U.S. personnel suffered minor injuries, Central Command later disclosed.', 'al-tanf'],
      ['A close-range ballistic missile hit Ain al-Asad on Wednesday; the Pentagon reports eight injuries.', 'ain-al-asad'],
      ["By Ryder's account, U.S. forces at Ain al-Asad air base engaged two drones on Wednesday.", 'ain-al-asad'],
      ['Rockets were fired at the U.S. Embassy in Baghdad on Wednesday, the embassy said.', 'us-embassy-baghdad'],
    ]
    for (const [body, place] of cases) {
      const [event] = attacks(eventsOf(body, '2023-11-24'))
      expect([body, event?.location?.id, event?.status]).toEqual([body, place, 'confirmed'])
    }
  })

  it('an unplaced report on a day of several sited attacks joins the one the article tells most, not the nearest', () => {
    const events = eventsOf(
      [
        'A drone struck Tower 22 in Jordan early on Sunday, killing three U.S. soldiers, Central Command said.',
        'The strike on Tower 22 came before dawn on Sunday, U.S. officials said.',
        'The Islamic Resistance in Iraq says its fighters sent drones on Sunday against the al-Shaddadi base in Syria.',
        "Iran's foreign ministry spokesman rejected accusations that Tehran was behind Sunday's attack, calling them baseless.",
      ].join('\n\n'),
      '2024-01-29',
    )
    expect(attacks(events).map((e) => [e.location?.id, e.status, e.reports.length])).toEqual([
      ['shaddadi', 'claimed', 1],
      ['tower-22', 'confirmed', 3],
    ])
  })

  it("an attack dated only by the day its source spoke joins the same base's attack of the day before", () => {
    const joined = eventsOf(
      'Rockets hit Ain al-Asad air base late on Monday, Iraqi security sources said.\n\nSeven Americans were injured when rockets struck Ain al-Asad, the Pentagon said Tuesday.',
      '2024-08-07',
    )
    expect(attacks(joined).map((e) => [e.date, e.location?.id, e.injured?.max])).toEqual([['2024-08-05', 'ain-al-asad', 7]])
    // An attack the article dates to the later day itself stays on it.
    const another = eventsOf(
      'Rockets hit Ain al-Asad air base late on Monday, Iraqi security sources said.\n\nOn Tuesday, a drone struck Ain al-Asad, the Pentagon said.',
      '2024-08-07',
    )
    expect(attacks(another).map((e) => e.date)).toEqual(['2024-08-05', '2024-08-06'])
    // A timeline entry's heading dates what follows it.
    const timeline = eventsOf(
      '**Wednesday, Dec. 13 — al-Shaddadi.** Drones targeted the patrol base at al-Shaddadi, the Pentagon said.\n\n**Thursday, Dec. 14 — al-Shaddadi (claims).** The Islamic Resistance in Iraq said it had hit the base at al-Shaddadi with drones.',
      '2023-12-15',
    )
    expect(attacks(timeline).map((e) => e.date)).toEqual(['2023-12-13', '2023-12-14'])
  })

  it('a base named as a time, or as the place U.S. guns fired from, is no target; "the compound in Baghdad" is not the base named before', () => {
    const time = eventsOf('A drone hit the Rumalyn Landing Zone on Aug. 9.\n\nFour days before Rumalyn, two rockets landed at Ain al-Asad.', '2024-08-20')
    expect(attacks(time).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-08-05', 'ain-al-asad'],
      ['2024-08-09', 'rumalyn-landing-zone'],
    ])
    const fired = eventsOf('On 27 October, US forces at Conoco fired artillery shells at the villages of Khasham and Marrat, the monitor said.', '2024-11-11')
    expect(attacks(fired)).toEqual([])
    const elsewhere = eventsOf(
      '**Aug. 9, 2024** — A one-way drone hits the Rumalyn Landing Zone.\n\n**Sept. 10, 2024** — Late at night, two rockets hit the airport compound in Baghdad, near the Baghdad Diplomatic Support Center.',
      '2024-10-17',
    )
    expect(attacks(elsewhere).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-08-09', 'rumalyn-landing-zone'],
      ['2024-09-10', 'victory-base'],
    ])
  })

  it('a rival account of where the attack told happened is no attack of its own', () => {
    const events = eventsOf(
      "A drone struck Tower 22 in Jordan on Sunday, killing three U.S. soldiers, Central Command said.\n\nJordan's government spokesman told state TV on Monday that the attack had hit the al-Tanf base across the border in Syria and had not taken place on Jordanian soil.",
      '2024-01-30',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'tower-22']])
  })

  it('drones shot down over a base on their way to Israel are no attack on it', () => {
    const events = eventsOf(
      'During the war, coalition forces at Ain al-Asad air base shot down drones on June 14 that Iraqi officials said had been launched from Iran towards Israel.',
      '2025-07-14',
    )
    expect(attacks(events)).toEqual([])
  })

  it('"none of the attacks on Harir has led to an arrest" is a remark on the attacks told, not one more', () => {
    const events = eventsOf(
      'A drone struck Harir air base on Saturday, the directorate said.\n\nNone of the attacks on Harir or on Erbil airport has led to an arrest that officials have made public.',
      '2024-02-03',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-02-03', 'harir-air-base']])
  })

  it('"are frequent targets" is a remark on attacks in general, not one attack', () => {
    const events = eventsOf(
      'A drone was shot down near Erbil airport on Saturday, the directorate said.\n\nThe base near Erbil airport and Harir airbase are frequent targets in the Kurdistan Region.',
      '2024-01-22',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-20', 'erbil-air-base']])
  })

  it('a day right after a base is that base\'s: "rockets at Rumalyn on 21 April, and a drone at Ain al-Asad the next day"', () => {
    const events = eventsOf('Rockets were launched at U.S. forces in Rumalyn on 21 April, and a drone at Ain al-Asad the next day.', '2024-08-31')
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-04-21', 'rumalyn-landing-zone'],
      ['2024-04-22', 'ain-al-asad'],
    ])
  })

  it('"U.S. Central Command said Iran-backed militants launched the missiles" is the command speaking of the attack, not a U.S. strike', () => {
    const events = eventsOf(
      'Missiles slammed into Ain al-Asad air base on Saturday evening, Iraqi officials said.\n\nU.S. Central Command said Iran-backed militants launched the ballistic missiles and rockets at about 6:30 p.m. local time.',
      '2024-01-21',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-01-20', 'ain-al-asad', 'confirmed']])
    expect(events.filter((e) => e.type === 'us-strike')).toEqual([])
  })

  it('a toll told of Gaza is not the toll of the attack before it', () => {
    const events = eventsOf(
      'A suicide drone hit al-Shaddadi base in Syria on Sunday, Iraqi security sources said.\n\nArmed factions have threatened to widen their attacks. Israeli bombardment of Gaza has killed more than 7,000 people since then.',
      '2023-10-29',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.killed])).toEqual([['2023-10-29', 'shaddadi', null]])
  })

  it('"since the war in Gaza began" names a war, not where the attack told in the same sentence happened', () => {
    const events = eventsOf(
      'Three American soldiers have been killed in a drone attack on a small US base in north-east Jordan, the first such deaths since the war in Gaza began.\n\nThe drone hit the outpost, known as Tower 22, before dawn on Sunday, US officials said.',
      '2024-01-29',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.killed?.min])).toEqual([['2024-01-28', 'tower-22', 3]])
  })

  it('"a group in Iraq" is where the group is; the base it targeted is in Syria', () => {
    const events = eventsOf('An Iran-affiliated group in Iraq claimed Sunday that it targeted a US military base in Syria with drones.', '2023-10-29')
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2023-10-29', 'syria', 'claimed']])
  })

  it('a day without its year in a paragraph that named its year is of that year; "a few miles from Tower 22" only locates al-Tanf', () => {
    const events = eventsOf(
      'The campaign against U.S. bases began in the third week of October 2023. On Oct. 18, drones hit al-Tanf, a few miles from Tower 22, and Central Command said 20 U.S. personnel suffered minor injuries.',
      '2025-01-27',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2023-10-18', 'al-tanf']])
  })

  it('"… and a drone struck Rumalyn in Syria four days later" is four days after the day the sentence gave before it', () => {
    const events = eventsOf(
      'A rocket attack on Al-Asad Airbase in Iraq on Aug. 5 injured four U.S. service members and a contractor, according to the Pentagon, and a drone struck Rumalyn Landing Zone in Syria four days later.',
      '2024-10-28',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-08-05', 'ain-al-asad'],
      ['2024-08-09', 'rumalyn-landing-zone'],
    ])
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

  it('"A U.S. official said it was the first attack since November 23" confirms the attack it describes', () => {
    const events = eventsOf(
      'A single rocket was launched overnight at Mission Support Site Euphrates on Wednesday and did not hit the base. A U.S. official said it was the first attack since November 23.',
      '2023-11-30',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.reports.length])).toEqual([['2023-11-29', 'mss-conoco', 'confirmed', 2]])
  })

  it('"were awarded the Purple Heart on Saturday, Oct. 5, for wounds received when a drone struck Tower 22" dates no attack', () => {
    const events = eventsOf(
      'Three Airmen of a rescue wing were awarded the Purple Heart on Saturday, Oct. 5, 2024, for wounds received when a one-way attack drone struck Tower 22, a U.S. outpost in Jordan.',
      '2024-10-08',
    )
    expect(attacks(events).filter((e) => e.date === '2024-10-05')).toEqual([])
  })

  it('"The National Security Council said the drone struck in the early hours of Monday" confirms the story\'s attack, not a statement of its own', () => {
    const events = eventsOf(
      'Three U.S. service members were wounded early on Christmas Day when a one-way attack drone hit Erbil Air Base in northern Iraq.\n\nThe National Security Council said the drone struck in the early morning hours of Monday, Dec. 25.',
      '2023-12-27',
    )
    expect(events.map((e) => [e.type, e.date, e.location?.id ?? null, e.status, e.reports.length])).toEqual([
      ['attack', '2023-12-25', 'erbil-air-base', 'confirmed', 2],
    ])
  })

  it('"Ryder broke the injuries down as at least 32 at al-Tanf, 13 at Al Asad and one at Erbil": each told attack takes its base\'s share, from the official', () => {
    const events = eventsOf(
      'Nearly all of the injuries trace back to two attacks on Oct. 18. At al-Tanf Garrison in southern Syria, two drones came in and one hit the base. At Al Asad Air Base in western Iraq, two drones were engaged and one broke apart over the base, hurting people inside. Ryder broke the injuries down as at least 32 at al-Tanf, 13 at Al Asad and one at Erbil.',
      '2023-11-07',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.injured?.max ?? null])).toEqual([
      ['2023-10-18', 'ain-al-asad', 'confirmed', 13],
      ['2023-10-18', 'al-tanf', 'confirmed', 32],
    ])
  })

  it('a numbered timeline entry ("A-2. **18 Oct (Wed) — Harir air base.**"): the attack its paragraph tells with no base of its own is the heading\'s', () => {
    const events = eventsOf(
      'The annex lists each attack by local date.\n\nA-1. **18 Oct (Wed) — Ain al-Asad Air Base, Anbar.** Two separate drone attacks on U.S. and coalition forces. Status: U.S.\n\nA-2. **18 Oct (Wed) — Harir air base, Erbil province.** A drone was intercepted but still exploded, injuring a few coalition personnel, according to U.S. officials.\n\nA-3. **19 Oct (Thu) — Camp Taji.** No attack is listed here; the entry records a false alarm.',
      '2023-11-01',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([
      ['2023-10-18', 'ain-al-asad', 'reported'],
      ['2023-10-18', 'harir-air-base', 'confirmed'],
    ])
  })

  it('"The U.S. Embassy in Baghdad said …" speaks; it is not a target', () => {
    const events = eventsOf(
      'The U.S. Embassy in Baghdad said on Wednesday that an explosion at Baghdad International Airport late Tuesday was an attack on an American diplomatic facility.',
      '2024-09-11',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-09-10', 'victory-base']])
  })

  it('a joint raid against Islamic State hideouts that injured U.S. personnel adds no toll to the attack before it', () => {
    const events = eventsOf(
      'Since July the militias have resumed attacks. A drone struck Rumalyn Landing Zone in northeastern Syria on Aug. 9, the Pentagon said.\n\nIn late August a joint U.S.-Iraqi raid against Islamic State hideouts in the western desert left seven U.S. personnel injured, U.S. officials said.',
      '2024-09-11',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.injured])).toEqual([['2024-08-09', 'rumalyn-landing-zone', null]])
  })

  it('"without resulting in any causalities", a common misspelling, is none; "the US base in Erbil" is Erbil Air Base', () => {
    const events = eventsOf(
      'Late on Wednesday, two drones targeted the US base in Erbil, without resulting in any causalities or material damages, according to the directorate.',
      '2023-11-10',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.killed?.max, e.injured?.max])).toEqual([['2023-11-08', 'erbil-air-base', 0, 0]])
  })

  it('air defenders who "responded to some 60 attacks during their year overseas" counted attacks; they tell none', () => {
    const events = eventsOf(
      'They arrived just as militias in Iraq and Syria began a wave of drone and rocket attacks on U.S. bases, and Guard leaders said Sunday that the unit had responded to some 60 attacks during their year overseas.',
      '2024-10-28',
    )
    expect(attacks(events)).toEqual([])
  })

  it("an observatory's running count of attacks is no attack on the base it names after it; a base told before it keeps its attack", () => {
    expect(
      attacks(
        eventsOf(
          "The Syrian Observatory's running count of attacks on U.S. bases in Syria since Oct. 19, 2023 stood at 135 at the end of September, 40 of them on the Conoco base.",
          '2024-11-05',
        ),
      ),
    ).toEqual([])
    const events = eventsOf(
      'Central Command said a rocket was fired at Ain al-Asad air base in western Iraq on Wednesday, and a Pentagon official put the number of such attacks since October 17 at 102.',
      '2023-12-21',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-20', 'ain-al-asad']])
  })

  it("a tracker entry's run-in heading dates the weekdays of its entry", () => {
    const events = eventsOf(
      '**July 16, 2024 — Ain al-Asad Air Base, Anbar (Iraq). Confirmed.**\nTwo one-way attack drones were launched at the base late on Tuesday.\n\n**July 27 — Conoco gas field. Reported.**\nRockets were fired at the base again on Saturday, according to regional monitors.',
      '2024-08-07',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-07-16', 'ain-al-asad'],
      ['2024-07-27', 'mss-conoco'],
    ])
  })

  it('"The United States answered the attack … and days later killed a commander in Baghdad" is the U.S. reply, not an attack in Baghdad', () => {
    const events = eventsOf(
      'On Jan. 28, 2024, a drone attack killed three U.S. service members at Tower 22 in Jordan.\n\nThe United States answered the attack on Feb. 2 with strikes on more than 85 targets in Iraq and Syria, and days later killed a Kataib Hezbollah commander in Baghdad.',
      '2024-06-18',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'tower-22']])
  })

  it('"our episode on the Tower 22 strike" names a known attack; it tells none', () => {
    const events = eventsOf(
      'A rocket attack hit Al Asad air base in western Iraq on Monday, August 5, officials said.\n\nShow links: Pentagon briefing transcripts of August 12 and 13; our episode 98 on the Tower 22 strike.',
      '2024-08-16',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-08-05', 'ain-al-asad']])
  })

  it('"Al Asad has been a frequent target … dating to October" is a remark on attacks in general', () => {
    const events = eventsOf(
      'Several U.S. service members were injured Monday in a rocket attack at Al Asad air base in western Iraq, defense officials said.\n\nAl Asad has been a frequent target for Iran-backed militants in Iraq dating to October, when Israel launched its operation in Gaza against Hamas.',
      '2024-08-05',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-08-05', 'ain-al-asad']])
  })

  it('"a drone was used to target Harir" tells an attack; "the attacks in Iraq have mainly targeted Asad, Erbil and Harir" tells none', () => {
    const events = eventsOf(
      'A weaponized drone was used to target Harir air base in Erbil province on Friday, Kurdish counterterrorism forces announced.\n\nThe attacks in Iraq have mainly targeted Asad air base in western Iraq, Erbil International Airport, and Harir air base.',
      '2024-01-05',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-05', 'harir-air-base']])
  })

  it('"the base of the international coalition against ISIS" names no militia that claims the attack', () => {
    const events = eventsOf(
      'A base was attacked by two drones yesterday, security officials said.\n\nAccording to a statement by the Counter-Terrorism Service in Kurdistan: “Two drones attacked the military base of the international coalition against ISIS at Harir Airport in Erbil Governorate.”',
      '2023-11-09',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.claimedBy ?? [], e.reports.map((r) => r.status)])).toEqual([
      ['2023-11-08', 'harir-air-base', 'reported', [], ['reported', 'reported']],
    ])
  })

  it("a syndicator's credit before the dateline does not hide it: the dateline's day is no attack's", () => {
    const events = eventsOf(
      "(MENAFN- Nam News Network) DAMASCUS, Aug 14 (NNN-SANA) – A rocket attack targeted the U.S. military base in the Conoco field, in Syria's eastern Deir al-Zour province, last night, Syrian state television reported.",
      '2024-08-14',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-08-13', 'mss-conoco']])
  })

  it('"it had staged the strike on Sunday" after a drone fired at a target in Haifa is that strike, in Israel, not an attack on U.S. forces', () => {
    const events = eventsOf(
      'Iraq\'s Islamic Resistance has announced firing a drone towards a "vital target" in the city of Haifa.\n\nThe group said through a statement that it had staged the strike on Sunday.',
      '2024-08-25',
    )
    expect(attacks(events).filter((e) => e.location?.country !== 'Israel')).toEqual([])
  })

  it("a closing paragraph's toll of another war's people (\"the deaths of 34,000 Palestinians\") is not the attack's", () => {
    const events = eventsOf(
      "Five rockets were fired at the U.S. base at Rumalyn in northeastern Syria on Sunday, American officials said.\n\nNo casualties were reported.\n\nThe Zionist regime's offensive has caused the deaths of at least 34,000 Palestinians, most of them women and children.",
      '2024-04-22',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.killed?.min, e.injured?.min])).toEqual([['2024-04-21', 'rumalyn-landing-zone', 0, 0]])
  })

  it('datelines with no dash ("Baghdad, Oct 28 An Iraqi militia", "BAGHDAD: …") name no place of the attack', () => {
    const bare = eventsOf('Baghdad, Oct 28 Rockets were fired at the Conoco gas field base in Syria on Sunday, a war monitor said.', '2024-10-28')
    expect(attacks(bare).map((e) => [e.date, e.location?.id])).toEqual([['2024-10-27', 'mss-conoco']])
    const colon = eventsOf('BAGHDAD: Rockets were fired at a base in western Iraq hosting US troops on Tuesday, the Pentagon said.', '2023-11-22')
    expect(attacks(colon).map((e) => [e.date, e.location?.id])).toEqual([['2023-11-21', 'western-iraq']])
  })

  it('a claim dated only by the day it was made, on "a US base in Syria", is the attack the next sentence tells at al-Tanf the day before', () => {
    const events = eventsOf(
      'An Iraqi militia on Monday claimed a drone attack on a US military base in Syria.\n\nThe group said it had fired drones at the al-Tanf garrison on Sunday night.',
      '2024-10-28',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.reports.length])).toEqual([['2024-10-27', 'al-tanf', 2]])
  })

  it('U.S. troops who shell villages from a base are no attack on it: "American troops at the base then shelled the villages"', () => {
    const events = eventsOf(
      'Local sources said two drones targeted the U.S. base at the al-Omar oil field on Sunday evening.\n\nThe sources said American troops at the base then shelled the villages of Khusham and al-Jafra across the river. Separately, US forces from the US base in the Conoco gas field reportedly shelled two villages in Deir ez-Zor province.',
      '2024-10-28',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.reports.length])).toEqual([['2024-10-27', 'green-village', 1]])
  })

  it('"had no record of an attack on al-Tanf" and "could find nothing to support" the claim deny it', () => {
    const events = eventsOf(
      'An Iraqi group said it had fired drones at the US base at al-Tanf on Sunday night, a claim the Defense Department said it could find nothing to support.\n\nThe Pentagon later said it had no record of an attack on al-Tanf.',
      '2024-10-29',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-10-27', 'al-tanf', 'denied']])
  })

  it('attacks summed up in the present perfect with no day of their own tell none: "the factions\' attacks have hit …", "recently, attacks have targeted …"', () => {
    const events = eventsOf(
      "A drone struck the al-Shaddadi base in Hasakah province on Tuesday, the Islamic Resistance in Iraq said.\n\nThe factions' attacks have hit Ain al-Asad air base in western Iraq and Harir airfield north-east of Erbil. Recently, attacks using drones and rockets have targeted US bases in the al-Tanf region and in Deir ez-Zor. Rockets have hit the Conoco base on and off for years. An official noted that militias that have attacked the Green Village base before also operate nearby.",
      '2024-01-03',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-02', 'shaddadi']])
  })

  it('"Earlier in the day, a rocket attack was carried out on the base" is an attack on the base named before, that day', () => {
    const events = eventsOf(
      'The Islamic Resistance in Iraq claimed a drone attack on Tuesday against the al-Shaddadi base in Hasakah province.\n\nEarlier in the day, a rocket attack was carried out on the base.',
      '2024-01-03',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.reports.length])).toEqual([['2024-01-02', 'shaddadi', 'reported', 2]])
  })

  it('"he chose to hit three sites in Iraq used by Kataib Hezbollah" is no attack; "a missile hit Al-Asad …, and a gunship killed the militants" is one', () => {
    const events = eventsOf(
      'Three American service members were wounded when a one-way drone struck Erbil Air Base on Christmas Day.\n\nThe president chose to hit three sites in Iraq used by Kataib Hezbollah, the NSC said.\n\nOn Nov. 20, a close-range ballistic missile hit Al-Asad Air Base in western Iraq, and an AC-130 gunship killed the militants who fired it.',
      '2023-12-27',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-11-20', 'ain-al-asad'],
      ['2023-12-25', 'erbil-air-base'],
    ])
  })

  it.each([
    ['At least five U.S. personnel were wounded in an attack on a military base in western Iraq on Monday, U.S. officials said.', 'western-iraq'],
    ['Seven fighters were killed in an attack on an American base in eastern Syria on Sunday night, a war monitor said.', 'eastern-syria'],
    ['A United States diplomatic facility in Baghdad came under attack late on Wednesday, but there were no reports of casualties.', 'baghdad'],
    ['In western Iraq on Monday, U.S. forces engaged two one-way attack drones, resulting in minor injuries to coalition forces.', 'western-iraq'],
    ['An official said that US and international forces were attacked at two sites in northeastern Syria on Thursday.', 'northeast-syria'],
    ['Three U.S. soldiers were killed by a drone strike in northeastern Jordan on Sunday, the Pentagon said.', 'northeast-jordan'],
    ['A military base in Syria belonging to the U.S.-led coalition came under rocket fire late on Sunday, the Security Media Cell said.', 'syria'],
    [
      'At least five rockets were fired from Zummar, a town in Iraq, targeting a US military base in northeastern Syria on Sunday, two sources said.',
      'northeast-syria',
    ],
  ])('%j is an attack on U.S. forces with no base named', (sentence, place) => {
    expect(attacks(eventsOf(sentence, '2024-08-07')).map((e) => e.location?.id)).toEqual([place])
  })

  it.each([
    'U.S. and coalition forces have come under attack at least 13 times in a week, the spokesman said on Tuesday.',
    'No new attacks on U.S. bases had been reported by Sunday afternoon.',
  ])('%j is no attack', (sentence) => {
    expect(attacks(eventsOf(sentence, '2024-08-07'))).toEqual([])
  })

  it('"said its kamikaze drones attacked" is the group\'s claim; "the Iraqi military group said" is an armed group speaking, not Iraq\'s military', () => {
    const own = eventsOf('The Islamic Resistance in Iraq said its kamikaze drones attacked the Harir base on Wednesday.', '2024-01-18')
    expect(attacks(own).map((e) => [e.location?.id, e.status])).toEqual([['harir-air-base', 'claimed']])
    const group = eventsOf('"We targeted the al-Shaddadi base with drones on Friday," the Iraqi military group said in a statement.', '2023-11-04')
    expect(attacks(group).map((e) => [e.location?.id, e.status])).toEqual([['shaddadi', 'claimed']])
  })

  it('"The attack on Rumalyn comes just days after attackers targeted the Asad Airbase": the earlier attack takes no day from the story', () => {
    const events = eventsOf(
      'A drone attack hit the Rumalyn Landing Zone in northeastern Syria on Friday, Aug. 9, the Pentagon said.\n\nThe attack on the Rumalyn Landing Zone comes just days after attackers targeted the Asad Airbase in Iraq.',
      '2024-08-14',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-08-09', 'rumalyn-landing-zone']])
  })

  it('"The attacks have resulted in 17 minor injuries to Americans" after one attack is a running total, not its toll', () => {
    const events = eventsOf(
      'Two drones targeted the al-Shaddadi base in Syria on Wednesday, a U.S. official said.\n\nThe attacks have resulted in 17 minor injuries to Americans.',
      '2023-10-26',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.injured?.min ?? null])).toEqual([['2023-10-25', 'shaddadi', null]])
  })

  it('"Sunday\'s strikes hit a training facility near Abu Kamal" after U.S. strikes is no attack; "wounded in Sunday\'s drone strike on a base in Jordan" is one', () => {
    const strikes = eventsOf(
      "U.S. warplanes struck two sites in eastern Syria on Sunday. That same evening, drones were launched at the Rumalyn Landing Zone.\n\nThe Pentagon said Sunday's strikes hit a training facility near Abu Kamal and a safe house near Mayadin, both in Deir ez-Zor province near the border with Iraq.\n\n**A pattern of retaliation**\n\nSunday's strike was the latest of several U.S. actions against armed groups inside Iraq in under two weeks.",
      '2023-11-14',
    )
    expect(attacks(strikes).map((e) => [e.date, e.location?.id])).toEqual([['2023-11-12', 'rumalyn-landing-zone']])
    const attack = eventsOf("A reservist from Arizona was among those wounded in Sunday's drone strike on a base in northeastern Jordan.", '2024-01-31')
    expect(attacks(attack).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'northeast-jordan']])
  })

  it('"In an afternoon call he chose targets" names no day; "no attack in fact hit the base during that alert" is no attack', () => {
    const events = eventsOf(
      'A drone struck Erbil air base on Monday, wounding three U.S. troops.\n\nIn an afternoon call the president chose targets linked to the groups. The group said it had attacked the base at Erbil airport, and in a separate statement said it had struck U.S. forces near the al-Omar oil field the same day.\n\nA contractor died of a cardiac episode while sheltering at Al-Asad Air Base during an alert. A spokesman said that no attack in fact hit the base during that alert.',
      '2023-12-26',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-12-25', 'erbil-air-base'],
      ['2023-12-25', 'green-village'],
    ])
  })

  it("an attack told only as what a U.S. strike answers, or as one the story's attack followed, takes no day from them", () => {
    const answered = eventsOf(
      'US Central Command (CENTCOM) forces conducted precision airstrikes on Wednesday against facilities used by an Iran-backed militia in Syria, in response to a recent rocket attack on US personnel at Patrol Base Shaddadi.',
      '2024-11-14',
    )
    expect(attacks(answered)).toEqual([])
    const followed = eventsOf(
      'A drone attack hit the Rumalyn Landing Zone on Friday, the Pentagon said. This incident marks the second attack on U.S. forces within a week, following a rocket strike on al-Asad air base in Iraq that injured five.',
      '2024-08-12',
    )
    expect(attacks(followed).map((e) => [e.date, e.location?.id])).toEqual([['2024-08-09', 'rumalyn-landing-zone']])
  })

  it('"one official says" goes on with the U.S. officials the paragraph named: the attack is confirmed', () => {
    const events = eventsOf(
      'US forces in Iraq were the target of two separate drone attacks on Wednesday, US officials tell Reuters. In the first, two drones flew at Al-Asad Air Base in western Iraq, lightly wounding a handful of troops, one official says.',
      '2023-10-19',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2023-10-18', 'ain-al-asad', 'confirmed']])
  })

  it('"the Harir base belonging to the American military near Erbil airport" is one attack, at Harir; a downed MQ-9 is no attack on a base', () => {
    const harir = eventsOf('On Sunday, the Harir base belonging to the American military near Erbil airport was targeted by a drone attack.', '2024-01-28')
    expect(attacks(harir).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'harir-air-base']])
    const mq9 = eventsOf(
      "The Iraqi resistance announced that it had targeted and downed, on Thursday, an American 'MQ9' drone over Diyala province.",
      '2024-01-21',
    )
    expect(attacks(mq9)).toEqual([])
  })

  it("a chronology told in the present gives each dated entry its attack; a toll of the war in Gaza is not the lead attack's", () => {
    const events = eventsOf(
      [
        "A drone attack that killed two U.S. soldiers in northeastern Jordan on Sunday is the latest of many. Israel's campaign in Gaza, which has killed more than 20,000, is what the groups say they answer.",
        'Here is a list of the main attacks:',
        'NOV. 2 – U.S. troops in Syria bring down three drones aimed at them. Separately, rockets and drones target two bases housing U.S. forces in Iraq.',
        'NOV. 9 – A militia launches a drone at an air base where American troops sleep. A soldier suffers a concussion.',
        'DEC. 4 – A one-way drone attack in Iraq leaves one U.S. service member badly hurt.',
      ].join('\n\n'),
      '2024-01-30',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id ?? null, e.killed?.max ?? null])).toEqual([
      ['2023-11-02', 'iraq', null],
      ['2023-11-02', 'syria', null],
      ['2023-11-09', null, null],
      ['2023-12-04', 'iraq', null],
      ['2024-01-28', 'northeast-jordan', 2],
    ])
  })

  it('an earlier attack a sentence dates by, "after a drone killed three U.S. soldiers at the end of January", is no event of that day', () => {
    for (const sentence of [
      'Officials ordered the raids after a drone killed three U.S. soldiers at an outpost in Jordan at the end of January.',
      'At the end of January, a drone killed three American soldiers at a desert outpost.',
      'On Monday the department named the group as a party to the January drone strike that killed three American soldiers.',
    ]) {
      expect(attacks(eventsOf(sentence, '2024-06-18')).filter((e) => e.datePrecision === 'day')).toEqual([])
    }
  })

  it('a dateline with its year and the outlet\'s name, "Baghdad, March 3, 2024, Gulf Desk:", dates the article, not an attack', () => {
    for (const lead of [
      'Washington, March 3, 2024, Gulf Desk: U.S. Central Command reported that the Victory base near Baghdad airport was hit by rockets on Saturday.',
      'Erbil /Kurdistan, 3rd March 2024: At least two soldiers were hurt in a rocket attack on the Victory base near Baghdad airport.',
    ]) {
      expect(attacks(eventsOf(lead, '2024-03-03')).filter((e) => e.date === '2024-03-03')).toEqual([])
    }
    const told = eventsOf(
      'Washington, March 3, 2024, Gulf Desk: U.S. Central Command reported that the Victory base near Baghdad airport was hit by rockets on Saturday.',
      '2024-03-03',
    )
    expect(attacks(told).map((e) => [e.date, e.location?.id])).toEqual([['2024-03-02', 'victory-base']])
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

  it('"a drone attack near the Jordan-Syria border killed three US forces", told by the Pentagon, is an attack, not a statement', () => {
    const events = eventsOf('The Pentagon said on Sunday that a drone attack near the Jordan-Syria border killed three US forces.', '2024-01-29')
    expect(attacks(events).map((e) => [e.date, e.killed?.max])).toEqual([['2024-01-28', 3]])
  })

  it("a count of one day's attacks with no casualties gives its toll of none, and its source, to each attack it tells after", () => {
    const events = eventsOf(
      'Coalition troops in Iraq and Syria were attacked three times on Tuesday, a U.S. defense official said, but nobody was hurt.\n\nIn Iraq, two drones were flown at the Harir air base, and a rocket was fired at the Victory base near Baghdad airport.',
      '2024-01-10',
    )
    expect(attacks(events).map(brief)).toEqual([
      { day: '2024-01-09', place: 'harir-air-base', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2024-01-09', place: 'victory-base', status: 'confirmed', killed: 0, injured: 0 },
    ])
  })

  it('"This was reported by Reuters, citing a U.S. military official" gives the story its source', () => {
    const events = eventsOf('Two drones targeted the al-Tanf garrison on Friday. This was reported by Reuters, citing a U.S. military official.', '2023-11-04')
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2023-11-03', 'al-tanf', 'confirmed']])
  })

  it('a camp struck "near al-Tanf" is the target; a base told after "the Deir Ezzor countryside" is a target too', () => {
    const camp = eventsOf('On Sunday, drones attacked the Rukban refugee camp near al-Tanf, the group said.', '2024-01-29')
    expect(attacks(camp).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'rukban']])
    const two = eventsOf(
      'Late on Saturday, rockets hit the Green Village base at the al-Omar oil field in the Deir Ezzor countryside, while other rockets targeted the nearby Euphrates Mission Support Site.',
      '2023-12-31',
    )
    expect(attacks(two).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-12-30', 'green-village'],
      ['2023-12-30', 'mss-conoco'],
    ])
  })

  it('"within days the attacks had spread to Harir" takes no day from the attack before it; "the overwhelming majority caused no casualties" is no toll of it', () => {
    const events = eventsOf(
      'The campaign opened on Oct. 18, 2023, when two drones flew at the al-Tanf garrison. Within days the attacks had spread to Harir in the Kurdistan Region and to Shaddadi. The overwhelming majority caused no casualties.',
      '2024-08-28',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-10-18', place: 'al-tanf', status: 'reported', killed: null, injured: null }])
  })

  it('"U.S. forces responded to the attacks on the Green Village base by targeting positions" is U.S. fire, not another attack', () => {
    const events = eventsOf(
      'On Sunday, U.S. forces responded to the attacks on the Green Village base by targeting positions of Iran-backed fighters near al-Mayadin.',
      '2023-12-31',
    )
    expect(attacks(events)).toEqual([])
    expect(events.map((e) => e.type)).toEqual(['us-strike'])
  })

  it('"Later the same day" under a heading that names no day is the day of the attack the article led with', () => {
    const events = eventsOf(
      [
        'A drone struck the al-Shaddadi base in northeastern Syria on Friday, local sources said.',
        'On Monday, the first day of the year, the same base had been hit by rockets.',
        '## Claims from Iraq',
        'Later the same day, the Islamic Resistance in Iraq said it had also struck the Harir base in the Erbil region.',
      ].join('\n\n'),
      '2024-01-06',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toContainEqual(['2024-01-05', 'harir-air-base'])
  })

  it('the same moment told in the outlet\'s own time ("which was the early hours of Monday in Kuala Lumpur") is not another day', () => {
    const events = eventsOf(
      'Rockets were fired from northern Iraq at a US base in north-eastern Syria late on Sunday.\n\nThe attack took place on Sunday night Iraq time, which was the early hours of Monday in Kuala Lumpur.\n\nA US official said more than five rockets were fired at coalition troops at the Rumalyn base.',
      '2024-04-22',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-04-21', 'rumalyn-landing-zone']])
  })

  it("an embedded post's header dates the post: its text's own day is the attack's, and its \"today\" is the day it was posted", () => {
    const ownDay = eventsOf(
      'Central Command posted about the incident on X:\nU.S. Central Command @CENTCOM · 11:58 PM · Nov 21, 2023\nA militia launched a ballistic missile at coalition forces at al-Asad Air Base on Nov. 20.',
      '2023-11-22',
    )
    expect(attacks(ownDay).map((e) => [e.date, e.location?.id])).toEqual([['2023-11-20', 'ain-al-asad']])
    const today = eventsOf(
      'The defense secretary posted on X:\nSecretary of Defense @SecDef · 10:37 PM · Dec 25, 2023\nToday a drone attack on Erbil Air Base wounded three U.S. service members.',
      '2023-12-26',
    )
    expect(attacks(today).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-25', 'erbil-air-base']])
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

  it('"a drone coming from Iraq attacked the base" is the base named before, in Syria, not Iraq', () => {
    const events = eventsOf(
      'The Conoco gas field base east of Deir ez-Zor is the main target.\n\nOn Saturday, a drone coming from Iraq attacked the base and was shot down.',
      '2024-09-30',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-09-28', 'mss-conoco']])
  })

  it('"in response to the Jan. 28 drone strike on Tower 22 that killed three": the dot of "Jan." does not end the clause the attack is told in', () => {
    const events = eventsOf(
      'The U.S. struck 85 targets in Iraq and Syria on Friday; those strikes were in response to the Jan. 28 drone strike on Tower 22 in Jordan that killed three American soldiers and wounded more than 40 others.',
      '2024-02-05',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-01-28', place: 'tower-22', status: 'confirmed', killed: 3, injured: 40 }])
  })

  it('"The base, situated in the town of al-Shaddadi" names the base the lead placed only in its province', () => {
    const events = eventsOf(
      'On Tuesday, a missile attack targeted a US military base in the al-Hasakah governorate in northeastern Syria.\n\nThe base, situated in the town of al-Shaddadi, reported no casualties, local sources said.',
      '2023-12-27',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-12-26', place: 'shaddadi', status: 'reported', killed: 0, injured: 0 }])
  })

  it('"The attacks on US bases in Syria came a day after drones were launched at US bases in Iraq": the day before is Iraq\'s', () => {
    const events = eventsOf(
      'Drones targeted a US base in Syria on Thursday, officials said. The attacks on US bases in Syria came a day after drones were launched at US bases in Iraq.',
      '2023-10-20',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-10-18', 'iraq'],
      ['2023-10-19', 'syria'],
    ])
  })

  it('a base named only to locate another ("in Kharab al-Jir in Rmelan countryside") is not what "the base" means later', () => {
    const events = eventsOf(
      'Sources said a drone struck the coalition base in Kharab al-Jir in Rmelan countryside shortly after midnight on Saturday. Coalition forces shot down a second drone flying over the base.',
      '2024-08-10',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-08-10', 'kharab-al-jir']])
  })

  it('"On July 18 the Pentagon acknowledged the attack": the day heads what was said of the attack told, not another attack', () => {
    const events = eventsOf(
      'Two drones were launched at Ain al-Asad air base late on Tuesday, a police source said.\n\nOn Thursday the Pentagon acknowledged the attack, saying one drone hit the base.',
      '2024-07-20',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-07-16', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: null }])
  })

  it('a chronology\'s present tense: "the Pentagon later puts the number of wounded at", "the embassy calls it an attack … and reports no casualties"', () => {
    const events = eventsOf(
      '**Feb. 3, 2024** — A drone hits the Rumalyn Landing Zone. The Pentagon later puts the number of wounded at more than 12.\n\n**March 4, 2024** — Two rockets hit the Victory base complex. The U.S. Embassy calls it an attack on its support center and reports no casualties.',
      '2024-11-01',
    )
    expect(attacks(events).map(brief)).toEqual([
      { day: '2024-02-03', place: 'rumalyn-landing-zone', status: 'confirmed', killed: null, injured: 12 },
      { day: '2024-03-04', place: 'victory-base', status: 'confirmed', killed: 0, injured: 0 },
    ])
  })

  it('"The embassy reports no casualties" after rockets at the U.S. Embassy: the embassy speaks', () => {
    const events = eventsOf('**Dec. 9, 2023** — Rockets are fired at the U.S. Embassy in Baghdad. The embassy reports no casualties.', '2024-11-01')
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-12-09', place: 'us-embassy-baghdad', status: 'confirmed', killed: 0, injured: 0 }])
  })

  it('"leaves some troops lightly hurt, according to U.S. officials" goes on with the entry\'s attack', () => {
    const events = eventsOf(
      '**Oct. 20, 2023** — Drones fly at the al-Tanf garrison. One is shot down and the other leaves some troops lightly hurt, according to U.S. officials.',
      '2024-11-01',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-10-20', place: 'al-tanf', status: 'confirmed', killed: null, injured: null }])
  })

  it('"at any of the three sites" is the three attacks just told, not every attack the piece told before them', () => {
    const events = eventsOf(
      '**November 9.** A drone struck Harir air base in the evening, a Kurdish security agency said.\n\n**November 12.** That evening militias fired rockets at Mission Support Site Green Village, and drones at al-Shaddadi and at Rumalyn. U.S. officials said nobody was hurt at any of the three sites.',
      '2023-11-15',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.injured?.max ?? null])).toEqual([
      ['2023-11-09', 'harir-air-base', 'reported', null],
      ['2023-11-12', 'green-village', 'confirmed', 0],
      ['2023-11-12', 'rumalyn-landing-zone', 'confirmed', 0],
      ['2023-11-12', 'shaddadi', 'confirmed', 0],
    ])
  })

  it('"Earlier on Monday, CENTCOM said …" tells an earlier event of its own: it does not confirm the story\'s attack', () => {
    const events = eventsOf(
      'Late on Monday, the Islamic Resistance in Iraq said its fighters had attacked two bases in Syria, the al-Omar field and al-Shaddadi, with drones.\n\nEarlier on Monday, CENTCOM said U.S. forces had destroyed two one-way attack drones near U.S. forces in southwest Syria, adding that there were no casualties.',
      '2023-10-24',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([
      ['2023-10-23', 'green-village', 'claimed'],
      ['2023-10-23', 'shaddadi', 'claimed'],
    ])
  })

  it('"The drone hit near the living quarters, and air defenses failed to stop it" goes on with the story, not with a base named after it', () => {
    const events = eventsOf(
      'Three U.S. soldiers were killed when a drone struck Tower 22 in Jordan on Sunday, U.S. officials said.\n\nThe drone hit near the living quarters before dawn, and U.S. officials said it was not clear why air defenses had failed to stop it.\n\nThe Islamic Resistance in Iraq said on Sunday it had attacked al-Shaddadi.',
      '2024-01-29',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.reports.length])).toEqual([
      ['2024-01-28', 'shaddadi', 'claimed', 1],
      ['2024-01-28', 'tower-22', 'confirmed', 2],
    ])
  })

  it("an official's word on an attack at the story's base, in a paragraph dated by when statements came, and \"by Tuesday\" tolls, stay on the attack's day", () => {
    const events = eventsOf(
      'Two rockets hit Ain al-Asad air base on Monday (5/8), two Iraqi security sources said.\n\nThe first U.S. statements reached Jakarta on Tuesday morning. A Pentagon spokesperson then confirmed a suspected rocket attack at Al Asad Airbase. By Tuesday, U.S. officials had put the total at five service members and two contractors, meaning seven people were hurt.',
      '2024-08-07',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-08-05', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: 7 }])
  })

  it('"Drones struck Harir air base on Friday, …, in the latest of a string of attacks since mid-October" is that one attack', () => {
    const events = eventsOf(
      'Suicide drones struck Harir air base in Erbil province on Friday morning, Kurdish counterterrorism forces said, in the latest of a string of attacks on facilities hosting the coalition since mid-October.',
      '2023-11-17',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-11-17', place: 'harir-air-base', status: 'reported', killed: null, injured: null }])
  })

  it('a group that "published a statement saying its fighters had attacked" claims it; a third party\'s denial of involvement does not make it reported', () => {
    const events = eventsOf(
      'Late on Monday, Kataib Hezbollah published a statement in the name of the Islamic Resistance in Iraq saying its fighters had attacked al-Shaddadi with drones.\n\nIran said it had no involvement in the attack.',
      '2023-10-24',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.reports.length])).toEqual([['2023-10-23', 'shaddadi', 'claimed', 2]])
  })

  it('"The official listed further incidents": the rest of the paragraph is the official\'s list, whatever day each item names', () => {
    const events = eventsOf(
      'A U.S. official said rockets were fired at Mission Support Site Euphrates on Sunday evening, hours after the US strikes.\n\nThe official listed further incidents from the weekend. On Saturday morning, drones were launched at the Rumalyn Landing Zone. A day earlier, on Friday morning, a drone aimed at the al-Tanf garrison was countered.',
      '2023-11-14',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([
      ['2023-11-10', 'al-tanf', 'confirmed'],
      ['2023-11-11', 'rumalyn-landing-zone', 'confirmed'],
      ['2023-11-12', 'mss-conoco', 'confirmed'],
    ])
    expect(events.filter((e) => e.type === 'us-strike')).toEqual([])
  })

  it('"none of the three Sunday incidents caused casualties" is the toll of the three attacks told on that Sunday', () => {
    const events = eventsOf(
      'A U.S. official said rockets were fired at Mission Support Site Euphrates on Sunday evening. That same evening, drones were sent toward Mission Support Site Green Village and the al-Shaddadi base.\n\nBoth drones were brought down, and none of the three Sunday incidents caused casualties, the official said.',
      '2023-11-14',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.killed?.max ?? null, e.injured?.max ?? null])).toEqual([
      ['2023-11-12', 'green-village', 0, 0],
      ['2023-11-12', 'mss-conoco', 0, 0],
      ['2023-11-12', 'shaddadi', 0, 0],
    ])
  })

  it('"attacks were often unconfirmed" is said of attacks in general: the Pentagon\'s "no record of an attack" in the same sentence still denies it', () => {
    const events = eventsOf(
      'Attacks on US sites in Syria were often unconfirmed, and on October 27 the Pentagon said it had no record of an attack on al-Tanf that al-Thawriyoun claimed that night.',
      '2024-12-30',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-10-27', 'al-tanf', 'denied']])
  })

  it('"A drone attack on a base housing US troops killed six fighters …, the first since the US launched retaliatory strikes" is the attack, not a U.S. strike', () => {
    const events = eventsOf(
      'A drone attack on a base housing US troops in eastern Syria killed six allied Kurdish fighters late on Sunday, the first significant attack since the US launched retaliatory strikes over the weekend.',
      '2024-02-05',
    )
    expect(events.map((e) => [e.type, e.date, e.location?.id, e.killed?.max ?? null])).toEqual([['attack', '2024-02-04', 'eastern-syria', 6]])
  })

  it('"… were killed in the attack on Sunday", told after a background attack and a place outside the region, goes with the attack told on that Sunday', () => {
    const events = eventsOf(
      'A drone attack on a base housing U.S. troops in eastern Syria killed six allied Kurdish fighters late on Sunday.\n\nThe Syrian Democratic Forces said on Monday the attack hit a training ground at al-Omar base.\n\nIn late January, a drone attack by the same group killed three U.S. troops and wounded dozens more at a desert base in Jordan.\n\nThe attack comes as tensions run high across the region over the war that began with the assault on southern Israel on October 7.\n\nA war monitor said at least seven fighters were killed in the attack on Sunday and at least 18 others wounded.',
      '2024-02-05',
    )
    expect(attacks(events).map(brief)).toContainEqual({ day: '2024-02-04', place: 'green-village', status: 'reported', killed: 7, injured: 18 })
  })

  it('"In both cases the drone was brought down before it could reach its target, with no casualties" is the toll of both, not a threat', () => {
    const events = eventsOf(
      'On Sunday, one-way attack drones were flown at two more sites: the patrol base at al-Shaddadi and Mission Support Site Green Village. In both cases the drone was brought down before it could reach its target, with no casualties or damage, according to the official.',
      '2023-11-14',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.killed?.max ?? null, e.injured?.max ?? null])).toEqual([
      ['2023-11-12', 'green-village', 0, 0],
      ['2023-11-12', 'shaddadi', 0, 0],
    ])
  })

  it('"Nobody was hurt" after rockets at two bases is a toll of none at both; a figure there would be given to neither', () => {
    const none = eventsOf(
      'On Monday, rocket salvos were launched at US troops at Green Village and at Mission Support Site Euphrates, officials said. Nobody was hurt.',
      '2023-10-31',
    )
    expect(attacks(none).map((e) => [e.location?.id, e.injured?.max ?? null])).toEqual([
      ['green-village', 0],
      ['mss-conoco', 0],
    ])
    const some = eventsOf(
      'On Monday, rocket salvos were launched at US troops at Green Village and at Mission Support Site Euphrates, officials said. Two soldiers were hurt.',
      '2023-10-31',
    )
    expect(attacks(some).map((e) => [e.location?.id, e.injured?.max ?? null])).toEqual([
      ['green-village', null],
      ['mss-conoco', null],
    ])
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

  it('"There have been several attacks on al-Asad this summer. On July 16th, … went after the base": the base the count named', () => {
    const events = eventsOf(
      'A drone hit Rumalyn Landing Zone in Syria on Friday, Aug. 9.\n\nThere have been several attacks on al-Asad air base this summer. On July 16th, Iraqi military sources said two armed drones went after the base.',
      '2024-08-13',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-07-16', 'ain-al-asad'],
      ['2024-08-09', 'rumalyn-landing-zone'],
    ])
  })

  it('"a second attack in Syria alongside the one on Ain al-Asad" gives Ain al-Asad nothing: it is named to compare', () => {
    const events = eventsOf(
      'Four rockets were fired at Ain al-Asad air base on Thursday evening, Iraqi security sources said.\n\nThe same night a rocket landed near the coalition site at the Conoco field. U.S. officials acknowledged a second attack in Syria alongside the one on Ain al-Asad, with no injuries or damage.',
      '2024-08-07',
    )
    const asad = attacks(events).find((e) => e.location?.id === 'ain-al-asad')
    expect(asad?.reports.map((r) => r.quote)).toEqual(['Four rockets were fired at Ain al-Asad air base on Thursday evening, Iraqi security sources said.'])
  })

  it('"The Pentagon counts this as the last attack before the pause" confirms the attack it follows: "before the pause" is a time', () => {
    const events = eventsOf(
      '- **4 February.** A drone hit the commando academy inside the al-Omar oil field base in Syria, killing six fighters. The Pentagon counts this as the last attack before the pause.',
      '2024-08-31',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2024-02-04', place: 'green-village', status: 'confirmed', killed: 6, injured: null }])
  })

  it('"Last month, three service members were wounded …" is last month\'s attack: its toll is not the story\'s', () => {
    const events = eventsOf(
      'A barrage of missiles and rockets targeted the Ain al-Asad base on Saturday evening, U.S. Central Command said. At least one Iraqi service member was wounded.\n\nLast month, three U.S. service members were wounded, one critically, in a drone attack on their base in northern Iraq.',
      '2024-01-21',
    )
    expect(attacks(events).find((e) => e.location?.id === 'ain-al-asad')?.injured?.max).toBe(1)
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
  it("a list that an official's statement gives, introduced in the outlet's words, speaks in that official's voice", () => {
    const body = [
      'The Treasury on Tuesday sanctioned two militia financiers, and the State Department named their group as a party to several attacks.',
      'In its notice, the department said the group belonged to an umbrella that has claimed attacks since October. To make the case, the notice cited these incidents:',
      '- On Nov. 20, 2023, a missile struck Ain al-Asad air base.',
      '- On Dec. 25, 2023, a drone hit Erbil air base and wounded three service members.',
      'Iraqi officials did not comment. Critics listed other episodes:',
      '- On Jan. 20, 2024, rockets were fired at Ain al-Asad.',
    ].join('\n\n')
    expect(attacks(eventsOf(body, '2024-03-05')).map((e) => [e.date, e.location?.id, e.status])).toEqual([
      ['2023-11-20', 'ain-al-asad', 'confirmed'],
      ['2023-12-25', 'erbil-air-base', 'confirmed'],
      ['2024-01-20', 'ain-al-asad', 'reported'],
    ])
  })
  it('an indefinite base in an area, beside a named base in the same country, is an attack of its own; the named base described again is not', () => {
    const two = eventsOf(
      'Early on Tuesday, coalition forces downed a drone heading for Ain al-Asad air base in Anbar province and a second drone aimed at a base in northern Iraq, U.S. officials said.',
      '2023-10-25',
    )
    expect(attacks(two).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-10-24', 'ain-al-asad'],
      ['2023-10-24', 'northern-iraq'],
    ])
    const one = eventsOf('Rockets struck Ain al-Asad, a base in western Iraq, on Tuesday, a security source said.', '2023-10-25')
    expect(attacks(one).map((e) => [e.date, e.location?.id])).toEqual([['2023-10-24', 'ain-al-asad']])
  })
  it('what a group said on a day happened by that day: a later day lent from the sentence before is not its day', () => {
    const body =
      'On Saturday the air defences at Ain al-Asad downed two drones, a security source said. The same group said on Friday that it had sent two drones against Harir air base.'
    expect(attacks(eventsOf(body, '2023-10-22')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-10-20', 'harir-air-base'],
      ['2023-10-21', 'ain-al-asad'],
    ])
  })

  it('a drone destroyed over an indefinite base in a region the story is outside of is an attack of its own, with its own toll', () => {
    const body =
      'Central Command said on Wednesday that coalition forces engaged two drones near Ain al-Asad in western Iraq, destroying one. A third drone was destroyed over a base in northern Iraq without causing injuries, it said.'
    expect(attacks(eventsOf(body, '2023-10-22')).map(brief)).toEqual([
      { day: '2023-10-18', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: null },
      { day: '2023-10-18', place: 'northern-iraq', status: 'confirmed', killed: 0, injured: 0 },
    ])
    // "A base in Jordan's northeast" may be the story's Tower 22: its toll is the story's. (And the drone, not Central
    // Command, is what hit it: no U.S. strike.)
    const jordan = eventsOf(
      "A drone struck Tower 22 in Jordan early on Sunday, officials said. Central Command said the drone had hit a base in Jordan's northeast, killing three U.S. service members.",
      '2024-01-29',
    )
    expect(jordan.map((e) => [e.type, e.location?.id, e.killed?.max ?? null])).toEqual([['attack', 'tower-22', 3]])
  })
  it('bare "al-Asad", as briefings say it, is the base; "President Bashar al-Asad" and "the al-Asad regime" are not', () => {
    const body =
      'Q: On Friday a drone was shot down a few kilometres from al-Asad, a defense official told us. President Bashar al-Asad condemned Israeli raids on Damascus that day, and the al-Asad regime said nothing of the bases.'
    expect(attacks(eventsOf(body, '2023-10-31')).map((e) => [e.date, e.location?.id])).toEqual([['2023-10-27', 'ain-al-asad']])
  })

  it('a heart attack is no attack', () => {
    const body = 'A U.S. contractor died of a heart attack while sheltering during a false alarm at Ain al-Asad in October 2023.'
    expect(eventsOf(body, '2024-11-22')).toEqual([])
  })
  it('a command that gives a toll is no U.S. strike, and "impacted at a base" is an attack', () => {
    const body =
      'A one-way drone "impacted at a base in northeast Jordan," Central Command said on January 28.[i] CENTCOM initially reported three killed and 25 injured.'
    expect(eventsOf(body, '2024-01-29').map((e) => [e.type, e.date, e.location?.id, e.status, e.killed?.max ?? null])).toEqual([
      ['attack', '2024-01-28', 'northeast-jordan', 'confirmed', 3],
    ])
  })

  it('"the strike on" a base, by name, that the article told an attack at is that attack, not one on the day the sentence before lent', () => {
    const body =
      'A drone struck Tower 22 in Jordan overnight into January 28, killing three soldiers. The Islamic Resistance in Iraq claimed drone attacks on bases in Syria on January 27 and 28. It did not explicitly claim the strike on Tower 22.'
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'tower-22']])
  })
  it('"neither Kurdish nor U.S. officials confirmed" confirms nothing, and a group that "said it had also sent drones" claims', () => {
    const [event] = attacks(
      eventsOf(
        'The Islamic Resistance in Iraq said it had also sent drones at Harir air base on Tuesday. Neither Kurdish nor U.S. officials confirmed a hit there.',
        '2023-11-08',
      ),
    )
    expect(event?.status).toBe('claimed')
    expect(event?.reports.map((r) => [r.status, r.claimantKind])).toEqual([
      ['claimed', 'militia'],
      // The sentence speaks of the claim, which no one confirmed: still only the group's word.
      ['claimed', 'militia'],
    ])
  })
  it('"none of the attacks was confirmed by the U.S. military" and "a claim no Iraqi or coalition official confirmed" confirm nothing', () => {
    const statuses = (body: string) =>
      attacks(eventsOf(body, '2024-01-06')).map((e) => [e.location?.id, e.status, e.reports.map((r) => [r.status, r.claimantKind])])
    expect(
      statuses(
        'A drone hit Harir air base on Tuesday, Kurdish officials said. The Islamic Resistance in Iraq said on Tuesday it had targeted bases at Rumailan and al-Shaddadi with drones. None of the attacks was confirmed by the U.S. military.',
      ),
    ).toEqual([
      ['harir-air-base', 'reported', [['reported', 'local-security']]],
      ['rumalyn-landing-zone', 'claimed', [['claimed', 'militia']]],
      ['shaddadi', 'claimed', [['claimed', 'militia']]],
    ])
    expect(
      statuses(
        'The Islamic Resistance in Iraq also said it had struck the Taji base north of Baghdad with three drones on Thursday, a claim no Iraqi or coalition official confirmed.',
      ),
    ).toEqual([['camp-taji', 'claimed', [['claimed', 'militia']]]])
    // A confirmation that names someone is still one.
    expect(statuses('Rockets hit Ain al-Asad on Thursday, and no one was hurt, a U.S. official confirmed.')).toEqual([
      ['ain-al-asad', 'confirmed', [['confirmed', 'us-official']]],
    ])
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
  it('"Centcom sent A-10 attack jets against a hostile target near MSS Euphrates" is a U.S. strike, not an attack on the base', () => {
    const body =
      'On Nov. 29, Centcom sent A-10 attack jets against what a spokesman described as a hostile target after individuals were seen preparing a rocket rail near MSS Euphrates.'
    expect(eventsOf(body, '2024-12-04').map((e) => [e.type, e.date])).toEqual([['us-strike', '2024-11-29']])
    // The same jets after an attack: the sentence tells the attack, as before.
    const after = 'On April 21, a fighter jet of the U.S.-led coalition destroyed a rocket launcher after a failed rocket attack on a base near Rumalyn.'
    expect(attacks(eventsOf(after, '2024-04-23')).map((e) => [e.date, e.location?.id])).toEqual([['2024-04-21', 'rumalyn-landing-zone']])
  })
  it('a crosshead that is only a time of day ("Fire in the evening") sets no day for the weekdays under it', () => {
    const body = [
      'Security sources said on Wednesday night that a drone had targeted Harir air base.',
      '**Fire in the evening**',
      'Residents reported a powerful explosion at Harir air base on Thursday evening.',
    ].join('\n\n')
    expect(attacks(eventsOf(body, '2023-11-10')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-11-08', 'harir-air-base'],
      ['2023-11-09', 'harir-air-base'],
    ])
  })
  it('"sirens warned of a possible attack at the U.S. embassy" names no target', () => {
    const body = 'A drone targeted Harir air base on Wednesday night, shortly after sirens warned of a possible attack at the U.S. embassy in Baghdad.'
    expect(attacks(eventsOf(body, '2023-11-10')).map((e) => [e.date, e.location?.id])).toEqual([['2023-11-08', 'harir-air-base']])
  })
  it('a town that opens a list of bases struck ("bases at al-Malikiyah, Rumailan and al-Shaddadi") or follows "a U.S. position at" is a target', () => {
    const places = (body: string) => reportsOf(body, '2024-01-06').map((r) => r.location?.id)
    expect(places('On Monday the Islamic Resistance in Iraq said it had targeted U.S. bases at al-Malikiyah, Rumailan and al-Shaddadi with drones.')).toEqual([
      'al-malikiyah',
      'rumalyn-landing-zone',
      'shaddadi',
    ])
    expect(places('On Monday the group said its drones had struck al-Tanf, and a U.S. position at al-Malikiyah in Hasakah province.')).toEqual([
      'al-tanf',
      'al-malikiyah',
    ])
    // A town that locates the base named before it is no target of its own.
    expect(places('On Monday rockets hit the Rumalyn base near al-Malikiyah.')).toEqual(['rumalyn-landing-zone'])
  })
  it('a militia that speaks of the attack claims it ("…, Kataib Hezbollah said", "announced drone attacks on"); one that speaks of its own dead does not', () => {
    const stance = (body: string) => reportsOf(body, '2024-01-02').map((r) => [r.type, r.status, r.claimantKind])
    expect(stance('On Saturday an armed drone targeted Harir air base, Kataib Hezbollah said.')).toEqual([['attack', 'claimed', 'militia']])
    expect(stance('On Saturday an armed drone targeted Harir air base, according to the Islamic Resistance in Iraq.')).toEqual([
      ['attack', 'claimed', 'militia'],
    ])
    expect(stance('On Wednesday the Islamic Resistance in Iraq announced drone attacks on two U.S. bases, at al-Tanf and at Tower 22.')).toEqual([
      ['attack', 'claimed', 'militia'],
      ['attack', 'claimed', 'militia'],
    ])
    // Blamed is not a claim; nor is a denial.
    expect(stance('On Saturday an armed drone targeted Harir air base; Kataib Hezbollah was blamed.')).toEqual([['attack', 'reported', 'media']])
    expect(stance('Rockets hit Ain al-Asad on Monday, a U.S. official said, and Kataib Hezbollah said it had no role.')).toEqual([
      ['attack', 'confirmed', 'us-official'],
    ])
  })
  it('officials who "logged" or "recorded" an attack speak of it; an attack "recorded on video" has no speaker', () => {
    const stance = (body: string) => reportsOf(body, '2024-01-02').map((r) => [r.status, r.claimantKind])
    expect(stance('U.S. officials also logged a rocket attack on Friday just east of Mission Support Site Green Village.')).toEqual([
      ['confirmed', 'us-official'],
    ])
    expect(stance('The Pentagon recorded two attacks on Ain al-Asad on Monday.')).toEqual([['confirmed', 'us-official']])
    expect(stance('A rocket attack on Ain al-Asad on Monday was recorded on video.')).toEqual([['reported', 'media']])
  })
  it('"twice at Ain al-Asad, and once each at three separate bases in Syria": the bases in another country are attacks too; bases in general and where a plane came from are not', () => {
    const places = (body: string) => reportsOf(body, '2023-12-09').map((r) => r.location?.id)
    expect(
      places(
        'A U.S. defense official said American forces were targeted at least five more times on Friday: twice at Ain al-Asad air base west of Baghdad, and once each at three separate bases in Syria.',
      ),
    ).toEqual(['ain-al-asad', 'syria'])
    expect(places('Later on Friday, rockets were launched twice at Ain al-Asad air base and at three locations in Syria where U.S. troops are based.')).toEqual(
      ['ain-al-asad', 'syria'],
    )
    expect(places('On Friday rockets hit Ain al-Asad air base, one of the sites in Iraq and Syria that host U.S. troops.')).toEqual(['ain-al-asad'])
    expect(places('On Friday rockets hit the Kharab al-Jir base, where a cargo plane had landed at the base coming from Iraq.')).toEqual(['kharab-al-jir'])
  })
  // A review of this round's rules found these wrong records on ordinary news text; each must stay as written here.
  it.each<[string, string, Array<[string, string, string | null, string]>]>([
    // A militia that denies, blames others, threatens or reports a U.S. strike on itself claims nothing.
    [
      'Rockets struck Ain al-Asad air base on Saturday; Kataib Hezbollah said it was not responsible.',
      '2024-01-22',
      [['attack', '2024-01-20', 'ain-al-asad', 'reported']],
    ],
    [
      'A drone hit Erbil air base on Saturday; Kataib Hezbollah said the attack was the work of "infiltrators".',
      '2024-01-22',
      [['attack', '2024-01-20', 'erbil-air-base', 'reported']],
    ],
    [
      'Kataib Hezbollah said the rocket attack on Ain al-Asad on Saturday was carried out by a splinter group.',
      '2024-01-22',
      [['attack', '2024-01-20', 'ain-al-asad', 'reported']],
    ],
    [
      'Rockets hit Ain al-Asad on Saturday, a day after Kataib Hezbollah said it would avenge its commander.',
      '2024-01-22',
      [['attack', '2024-01-20', 'ain-al-asad', 'reported']],
    ],
    [
      'A U.S. drone strike killed a Kataib Hezbollah commander in Baghdad on Saturday, Kataib Hezbollah said.',
      '2024-01-22',
      [['us-strike', '2024-01-20', 'baghdad', 'reported']],
    ],
    // Records of attacks in general, or of none, confirm nothing.
    [
      'Kurdish officials said a drone struck Harir air base on Saturday; U.S. officials have documented a sharp rise in such attacks since October.',
      '2024-01-22',
      [['attack', '2024-01-20', 'harir-air-base', 'reported']],
    ],
    [
      'State media said rockets hit Victory base near Baghdad airport on Saturday; the Pentagon recorded no such attack.',
      '2024-01-22',
      [['attack', '2024-01-20', 'victory-base', 'reported']],
    ],
    [
      'The Islamic Resistance in Iraq claimed a drone attack on Erbil air base on Saturday, which U.S. officials have not recorded.',
      '2024-01-22',
      [['attack', '2024-01-20', 'erbil-air-base', 'claimed']],
    ],
    // What no one confirmed is another thing than the attack confirmed.
    [
      'CENTCOM confirmed a rocket attack on Ain al-Asad on Sunday; the militia said it killed several Americans, but none of those deaths has been confirmed.',
      '2024-01-22',
      [['attack', '2024-01-21', 'ain-al-asad', 'confirmed']],
    ],
    [
      'The Pentagon confirmed the attack on Ain al-Asad on Saturday, but said none of the other attacks claimed by the group had been confirmed.',
      '2024-01-22',
      [['attack', '2024-01-20', 'ain-al-asad', 'confirmed']],
    ],
    [
      "A U.S. official confirmed the rocket attack on Ain al-Asad on Saturday, though no official confirmed the group's claim of a second attack on Erbil.",
      '2024-01-22',
      [['attack', '2024-01-20', 'ain-al-asad', 'confirmed']],
    ],
    // "identified and shot down" is what forces did that day, not a day something was said.
    [
      'Rockets hit Ain al-Asad air base on Saturday. U.S. forces on Sunday identified and shot down two drones approaching the base.',
      '2024-01-25',
      [
        ['attack', '2024-01-20', 'ain-al-asad', 'reported'],
        ['attack', '2024-01-21', 'ain-al-asad', 'reported'],
      ],
    ],
    // A province that places the bases after it is no target; an embassy that blames, alone, is the one struck.
    [
      'On Saturday the Islamic Resistance in Iraq said it targeted U.S. bases in Deir ez-Zor, Conoco and al-Omar.',
      '2024-01-22',
      [['attack', '2024-01-20', 'mss-conoco', 'claimed']],
    ],
    [
      'The U.S. Embassy in Baghdad blamed Iran-aligned militias for a rocket attack on the embassy compound early Friday.',
      '2024-01-22',
      [['attack', '2024-01-19', 'us-embassy-baghdad', 'confirmed']],
    ],
    // U.S. jets that struck after an attack: the sentence tells the attack.
    [
      'Centcom sent A-10 attack jets against the rocket launch site near Conoco on Saturday after rockets struck the base.',
      '2024-01-22',
      [['attack', '2024-01-20', 'mss-conoco', 'reported']],
    ],
  ])('review: %s', (body, published, expected) => {
    expect(reportsOf(body, published).map((r) => [r.type, r.date.start, r.location?.id ?? null, r.status])).toEqual(expected)
  })
  it.each<[string, Array<[string, string, unknown, unknown]>]>([
    // Older wrong records the same review found: the wounded as a subject, "did not confirm", a militia's fighters killed.
    [
      'Rockets hit Ain al-Asad on Saturday, wounding four U.S. troops. None of the wounded have been publicly identified.',
      [['ain-al-asad', 'confirmed', null, { min: 4, max: 4 }]],
    ],
    ['Rockets hit Ain al-Asad on Saturday, Iraqi sources said; U.S. officials did not confirm it.', [['ain-al-asad', 'reported', null, null]]],
    [
      'Rockets hit Ain al-Asad on Saturday, hours after Kataib Hezbollah said U.S. strikes had killed two of its fighters.',
      [['ain-al-asad', 'reported', null, null]],
    ],
  ])('review, older: %s', (body, expected) => {
    const events = attacks(eventsOf(body, '2024-01-22'))
    expect(events.map((e) => [e.location?.id, e.status, e.killed, e.injured])).toEqual(expected)
  })
  it('"… killed three U.S. soldiers at Tower 22, and the United States answered on Feb. 2 with strikes" is the attack, not a U.S. strike on Jan. 28', () => {
    const body =
      'The campaign wound down after a drone strike on Jan. 28 killed three U.S. soldiers at Tower 22, a logistics outpost in Jordan, and the United States answered on Feb. 2 with strikes on 85 targets.'
    expect(reportsOf(body, '2024-04-22').map((r) => [r.type, r.date.start, r.location?.id, r.killed?.max])).toEqual([['attack', '2024-01-28', 'tower-22', 3]])
    // A strike told first, with a word of what Washington said next, is still the strike.
    expect(
      reportsOf('On Feb. 2 the United States struck 85 targets in Iraq and Syria, and Washington said it would respond further.', '2024-04-22').map(
        (r) => r.type,
      ),
    ).toEqual(['us-strike'])
  })
  it('"four days after a rocket attack on Ain al-Asad …, on Monday, August 5" tells that attack too; "weeks after the rocket attack on Green Village in October" names a time', () => {
    const places = (body: string) => reportsOf(body, '2024-08-14').map((r) => [r.date.start, r.location?.id])
    expect(places('The Rumalyn strike came four days after a rocket attack on Ain al-Asad air base in Anbar, western Iraq, on Monday, August 5.')).toEqual([
      ['2024-08-09', 'rumalyn-landing-zone'],
      ['2024-08-05', 'ain-al-asad'],
    ])
    expect(places('Rockets hit Ain al-Asad on Thursday, weeks after the rocket attack on Green Village in October.')).toEqual([['2024-08-08', 'ain-al-asad']])
  })
  it('review: a time-of-day crosshead ("**Hours later**") keeps the sentences under it', () => {
    const body = [
      'Rockets hit al-Tanf on Saturday, a U.S. official said.',
      '**Hours later**',
      'Two drones were shot down near al-Tanf, a U.S. official said.',
    ].join('\n\n')
    expect(reportsOf(body, '2024-01-22').map((r) => [r.date.start, r.location?.id])).toEqual([
      ['2024-01-20', 'al-tanf'],
      ['2024-01-20', 'al-tanf'],
    ])
  })
  it('review: "two of the injured were in serious condition" is no toll', () => {
    expect(
      reportsOf('Rockets hit Ain al-Asad on Saturday, the Pentagon said. Two of the injured were in serious condition.', '2024-01-22').map((r) => r.injured),
    ).toEqual([null])
  })
  it('a U.S. official relayed by a wire is the source: "according to Reuters, which quoted two US officials", "the AP quoted an official in the US military"', () => {
    const statusOf = (body: string) => attacks(eventsOf(body, '2023-12-10')).map((e) => [e.location?.id, e.status, e.reports[0]?.claimantKind])
    expect(statusOf('Rockets hit Ain al-Asad air base on Friday, according to Reuters, which quoted two US officials.')).toEqual([
      ['ain-al-asad', 'confirmed', 'us-official'],
    ])
    expect(statusOf('A US official said, according to Reuters, that rockets were fired at the Rumalyn base on Friday.')).toEqual([
      ['rumalyn-landing-zone', 'confirmed', 'us-official'],
    ])
    expect(statusOf('The Associated Press quoted an official in the US military as saying that rockets hit Union III on Friday.')).toEqual([
      ['union-iii', 'confirmed', 'us-official'],
    ])
    // The wire alone is the outlet's report.
    expect(statusOf('Rockets hit Ain al-Asad air base on Friday, according to Reuters.')).toEqual([['ain-al-asad', 'reported', 'media']])
  })
  it('a table row\'s "21/04 (night)" is the night of 21 April, not tonight', () => {
    const body = '| Date | Base | What happened |\n|---|---|---|\n| 21/04 (night) | Kharab al-Jir airport | Drones downed before reaching the base |\n'
    expect(attacks(eventsOf(body, '2024-08-12')).map((e) => [e.date, e.location?.id])).toEqual([['2024-04-21', 'kharab-al-jir']])
  })
  it('a table row is read by its header: the source column says who said so, a casualty column\'s "None" is no one hurt', () => {
    const body = [
      'Attacks this winter, by date:',
      '| Date | Base | What happened | Casualties | Source |\n|---|---|---|---|---|\n| Fri 27 Oct | Ain al-Asad | One-way drone shot down near the base | None | U.S. defense official |\n| 26/12/2023 | al-Shaddadi | Rockets; explosions heard inside the base | — | Syrian Observatory |',
    ].join('\n\n')
    expect(attacks(eventsOf(body, '2024-01-26')).map(brief)).toEqual([
      { day: '2023-10-27', place: 'ain-al-asad', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2023-12-26', place: 'shaddadi', status: 'reported', killed: null, injured: null },
    ])
  })

  it('"the two bases", "either base": the attacks told since the second base from the end, not every attack told before', () => {
    const body =
      'Rockets were fired at the Conoco base on Saturday night, a local source said. On the same night, rockets were fired at the al-Omar base. The al-Omar base was targeted again at dawn on Sunday. A U.S. defense official said none of the rockets or drones launched at the two bases had hit them.'
    expect(attacks(eventsOf(body, '2023-12-31')).map((e) => [e.date, e.location?.id, e.status])).toEqual([
      ['2023-12-30', 'green-village', 'confirmed'],
      ['2023-12-30', 'mss-conoco', 'confirmed'],
      ['2023-12-31', 'green-village', 'confirmed'],
    ])
  })
  it('"none of them hit either base" is about the last two bases told, not every attack told before', () => {
    const body =
      'On Wednesday, drones hit Harir air base, a local source said.\n\nRockets were fired at the Conoco base on Saturday night, a local source said. On the same night, rockets were fired at the al-Omar base. A U.S. defense official said none of them hit either base.'
    expect(attacks(eventsOf(body, '2023-12-31')).map((e) => [e.date, e.location?.id, e.status])).toEqual([
      ['2023-12-27', 'harir-air-base', 'reported'],
      ['2023-12-30', 'green-village', 'confirmed'],
      ['2023-12-30', 'mss-conoco', 'confirmed'],
    ])
  })
  it('"the third attack on a base in the Kurdistan Region this month" compares; it names no second target', () => {
    const body =
      'Kurdish officials said on Monday that a drone had hit a hangar at Harir Air Base on Sunday night, in what security sources called the third attack on a base in the Kurdistan Region this month.'
    expect(attacks(eventsOf(body, '2024-01-08')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-07', 'harir-air-base']])
  })
  it("a U.S. official in a table row's source column confirms the row, over the local source its text names", () => {
    const body =
      '| Date | Base | What happened | Casualties | Source |\n|---|---|---|---|---|\n| 21 Apr 2024 | Rumalyn | Five rockets fired, which security sources described as a failed attack | None | Iraqi security sources; U.S. official |\n'
    expect(attacks(eventsOf(body, '2024-08-12')).map(brief)).toEqual([
      { day: '2024-04-21', place: 'rumalyn-landing-zone', status: 'confirmed', killed: 0, injured: 0 },
    ])
  })
  it('"A day before the Zummar rockets, a blast at another base killed one and wounded eight" is no toll of the story\'s attack', () => {
    const body =
      "On Sunday, 21 April, rockets were fired from the border town of Zummar towards a U.S. base in north-eastern Syria, security sources said. A U.S. official called it a failed attack on the coalition's Rumalyn base, with no U.S. personnel hurt. The Pentagon said the next day, Monday 22 April, that U.S. forces at al-Asad Air Base had shot down two drones; no one was injured.\n\nA day before the Zummar rockets, a blast at the Kalsu base in Babil, used by a militia, killed one person and wounded eight."
    expect(attacks(eventsOf(body, '2024-04-29')).map((e) => [e.date, e.location?.id, e.injured?.max ?? null])).toEqual([
      ['2024-04-21', 'rumalyn-landing-zone', 0],
      ['2024-04-22', 'ain-al-asad', 0],
    ])
  })
})

describe('return fire, counted days, questions and possessive countries', () => {
  it('U.S. guns at a base firing back at villages are no attack on that base', () => {
    for (const body of [
      'On 9 Nov., U.S. artillery at the Conoco base fired back toward two villages on the far bank of the river; a monitor said three civilians were hurt.',
      'Afterwards, US artillery at Conoco shelled the Hawija Katea area, the monitor said.',
      'American troops at the Green Village base then fired towards Dhiban and the edge of al-Mayadin.',
    ])
      expect(attacks(eventsOf(body, '2024-11-20'))).toEqual([])
  })
  it('"on Monday, two days after another group had fired rockets at it" is two attacks on the base, on both days', () => {
    const body =
      'A local network said rockets hit the Conoco base on Monday, 11 November, three days after another faction had launched a drone at the same site.'
    expect(attacks(eventsOf(body, '2024-11-20')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-11-08', 'mss-conoco'],
      ['2024-11-11', 'mss-conoco'],
    ])
    // A count from another base's attack stays with that base.
    const other = eventsOf('Rockets hit the Conoco base on Monday, 11 November, three days after a drone struck the Rumalyn base.', '2024-11-20')
    expect(attacks(other).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-11-08', 'rumalyn-landing-zone'],
      ['2024-11-11', 'mss-conoco'],
    ])
  })
  it('"on Monday, … two days after another group had fired rockets at the same site on Saturday": the day the clause names is the other attack\'s', () => {
    const body =
      'Drones were aimed at the Green Village base on 8 November, a monitor said.\n\nRockets hit the base on Wednesday, local sources said, three days after another faction had fired mortars at the same site on Sunday.'
    expect(attacks(eventsOf(body, '2024-11-22')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-11-08', 'green-village'],
      ['2024-11-17', 'green-village'],
      ['2024-11-20', 'green-village'],
    ])
    // A count that does not agree with the day the clause names is no reading of the two: only the day of the main clause.
    const odd = eventsOf(
      'Rockets hit the Green Village base on Wednesday, 13 November, local sources said, three days after another faction had fired mortars at the same site on Friday.',
      '2024-11-20',
    )
    expect(attacks(odd).map((e) => [e.date, e.location?.id])).toEqual([['2024-11-13', 'green-village']])
  })
  it('a sentence that opens with "N days after" another attack: the main clause is on the day it opens with, or counted on; the clause\'s toll is its own', () => {
    const on = (body: string, published: string) => attacks(eventsOf(body, published)).map((e) => [e.date, e.location?.id, e.killed?.max ?? null])
    expect(on('On Jan. 30, two days after a drone killed three soldiers at Tower 22, rockets were fired at al-Tanf.', '2024-02-02')).toEqual([
      ['2024-01-28', 'tower-22', 3],
      ['2024-01-30', 'al-tanf', null],
    ])
    expect(on('Two days after the Jan. 28 strike on Tower 22, drones were launched at al-Tanf, a monitor said.', '2024-02-02')).toEqual([
      ['2024-01-28', 'tower-22', null],
      ['2024-01-30', 'al-tanf', null],
    ])
    expect(
      on('On April 22, a day after rockets were fired from Zummar at a coalition base in Syria, drones were launched toward Ain al-Asad.', '2024-04-25'),
    ).toEqual([['2024-04-22', 'ain-al-asad', null]])
    // "A day before, on Nov. 12, …" and "Two days before that, on …": the count is an adverb, and the day after it is the attack's.
    expect(on('A day before, on Nov. 12, drones were aimed at Green Village, the official said.', '2023-11-14')).toEqual([
      ['2023-11-12', 'green-village', null],
    ])
    expect(on('Two days before that, on Thursday 19 October, rockets were launched toward Ain al-Asad.', '2023-10-23')).toEqual([
      ['2023-10-19', 'ain-al-asad', null],
    ])
  })
  it('"that death did not occur during any of the attacks" denies the death, not the attacks', () => {
    const body =
      'Four Americans were slightly hurt in a drone attack on Ain al-Asad air base on Oct. 18, officials said. A contractor died of a heart attack while sheltering; the Pentagon said the death did not occur during the attack.'
    const [event] = attacks(eventsOf(body, '2023-10-25'))
    expect([event?.date, event?.location?.id, event?.status]).toEqual(['2023-10-18', 'ain-al-asad', 'confirmed'])
  })
  it("a live blog's entry heading too long for a heading still starts a new entry: the toll under it is not the story above's", () => {
    const body = [
      '**1.25pm — Iraqi group says it hit the Erbil base with drones**',
      'The Islamic Resistance in Iraq said it had targeted the US base beside Erbil airport with two drones on Thursday. Its claim could not be verified.',
      "**11.50am — Austin says the attacks on US forces 'must stop'**",
      'Defence Secretary Lloyd Austin said the attacks began on Oct 17. One contractor died while sheltering, and 21 US personnel suffered minor injuries, he said.',
    ].join('\n\n')
    const erbil = attacks(eventsOf(body, '2023-10-27')).filter((e) => e.location?.id === 'erbil-air-base')
    expect(erbil.map((e) => [e.date, e.status, e.injured?.max ?? null])).toEqual([['2023-10-26', 'claimed', null]])
  })
  it('where the group is, whose forces spoke, and where a running count happened are not where the attack struck', () => {
    const placesOf = (body: string) => attacks(eventsOf(body, '2024-04-22')).map((e) => e.location?.id ?? null)
    expect(placesOf('Iran-aligned factions in Iraq fired on U.S. forces on Sunday, April 21, for the first time since early February.')).toEqual([null])
    expect(
      placesOf("Iraq's security forces condemned the launch, saying gunmen had targeted a base of the international coalition inside Syria on Sunday."),
    ).toEqual(['syria'])
    expect(
      placesOf("Sunday's attack came after more than 150 drone, rocket and missile attacks on U.S. forces in Iraq and Syria since mid-October."),
    ).not.toContain('iraq')
  })
  it('a base named as an account later set right, as a place the source did not name, or as the area another base is in is no target', () => {
    const lead = 'A one-way attack drone struck Tower 22 in Jordan early on Sunday, January 28, killing three U.S. soldiers. '
    const placesOf = (s: string) => attacks(eventsOf(lead + s, '2024-01-30')).map((e) => e.location?.id)
    expect(placesOf('A government spokesman initially said the strike had targeted al-Tanf, across the border in Syria.')).toEqual(['tower-22'])
    expect(placesOf('Officials had at first insisted that the attack took place in Syria, at al-Tanf.')).toEqual(['tower-22'])
    expect(placesOf('The Islamic Resistance in Iraq claimed attacks on U.S. positions near the border that night, without naming Tower 22.')).toEqual([
      'tower-22',
    ])
    const area = eventsOf(
      'A monitor said the Kharab al-Jir airstrip used by U.S. forces in the Rmeilan countryside was struck by missiles on Friday.',
      '2024-01-30',
    )
    expect(attacks(area).map((e) => e.location?.id)).toEqual(['kharab-al-jir'])
    // "… and rockets were fired at a base in the al-Shaddadi area": an area that places another base is that base.
    const other = eventsOf('A drone targeted Ain al-Asad on Monday, and rockets were fired at a base in the al-Shaddadi area of Syria.', '2023-12-05')
    expect(attacks(other).map((e) => e.location?.id)).toEqual(['ain-al-asad', 'shaddadi'])
  })
  it('"the drone that killed three soldiers … may have been let through, officials said Monday" tells the attack: a guess about the past is no threat', () => {
    const body =
      'A drone struck Tower 22 in Jordan early on Sunday. The enemy drone that killed three American soldiers at the outpost may have been let through because it arrived just as a U.S. drone was returning, two U.S. officials said Monday.'
    const [event] = attacks(eventsOf(body, '2024-01-29'))
    expect([event?.date, event?.location?.id, event?.killed?.max]).toEqual(['2024-01-28', 'tower-22', 3])
  })
  it('a table\'s "Who says so" column names the source; "the US administration admitted" is a U.S. official confirming', () => {
    const table = [
      '| Date | Location | What happened | Who says so | Claim |',
      '|---|---|---|---|---|',
      '| Fri Oct 27 | Ain al-Asad air base | Drone shot down near the base; no casualties | U.S. defense official | Islamic Resistance in Iraq |',
    ].join('\n')
    expect(attacks(eventsOf(table, '2023-11-03')).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2023-10-27', 'ain-al-asad', 'confirmed']])
    const admitted = eventsOf(
      'On Christmas Day, a drone attack on the base at Erbil airport wounded three American soldiers, the US administration admitted.',
      '2024-01-02',
    )
    expect(attacks(admitted).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2023-12-25', 'erbil-air-base', 'confirmed']])
  })
  it('"three times at separate bases in Syria" beside one Syrian base the article names stays apart: its confirmation is not that base\'s', () => {
    const body =
      'U.S. forces were targeted at least five more times on Friday: three times at separate bases in Syria and twice at Ain al-Asad, a U.S. official said. A monitor said the Kharab al-Jir airstrip was struck by missiles on Friday.'
    const rows = attacks(eventsOf(body, '2023-12-09')).map((e) => [e.location?.id ?? null, e.status])
    expect(rows).toContainEqual(['kharab-al-jir', 'reported'])
    expect(rows).toContainEqual(['syria', 'confirmed'])
    // One attack told in Syria, and one base named there: the same attack, as before.
    const one = attacks(
      eventsOf('A drone struck a base in Syria on Friday, a U.S. official said. A monitor said the Kharab al-Jir airstrip was hit on Friday.', '2023-12-09'),
    )
    expect(one.map((e) => [e.location?.id, e.status])).toEqual([['kharab-al-jir', 'confirmed']])
  })
  it('"The United States Embassy in Baghdad said" is a U.S. official speaking', () => {
    const body =
      'The United States Embassy in Baghdad said on Wednesday that a U.S. diplomatic facility at Baghdad International Airport had been attacked the night before.'
    expect(attacks(eventsOf(body, '2024-09-11')).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-09-10', 'victory-base', 'confirmed']])
  })
  it('a digest\'s long day line ("**Friday – missiles on the al-Omar field, blasts at Conoco**") starts that day\'s section', () => {
    const body = [
      '**Thursday night – American strikes near Albu Kamal**',
      'On Thursday night, Washington announced that US warplanes had struck two sites near Albu Kamal.',
      '**Friday – missiles on the al-Omar field and blasts heard at the Conoco base**',
      'In the early hours of Friday, six missiles fell on the base in the al-Omar field, sources said.',
    ].join('\n\n')
    const days = attacks(eventsOf(body, '2023-10-30')).map((e) => [e.date, e.location?.id])
    expect(days).toContainEqual(['2023-10-27', 'green-village'])
    expect(days.map((d) => d[0])).not.toContain('2023-10-20')
  })
  it('"No group claimed the rockets" is no claim', () => {
    const body = 'On Saturday, rockets hit the al-Omar base, local media reported. No group claimed the rockets, and no one was hurt.'
    expect(reportsOf(body, '2023-10-30').map((r) => r.status)).not.toContain('claimed')
  })
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
  it("this round's rules hold where they should not reach (a reviewer's cases)", () => {
    const rows = (body: string, published: string) =>
      attacks(eventsOf(body, published)).map((e) => [e.date, e.location?.id ?? null, e.status, e.killed?.max ?? null, e.injured?.max ?? null])
    // A first account of a toll, or a first report of the attack itself, is still a report of the attack.
    expect(
      rows('The Pentagon initially said 34 troops were injured in the drone attack on Tower 22 on Sunday, a figure it later raised.', '2024-01-31'),
    ).toEqual([['2024-01-28', 'tower-22', 'confirmed', null, 34]])
    expect(
      rows('Iraqi police originally reported that two rockets hit Ain al-Asad on Tuesday without causing casualties.', '2024-01-25').map((r) => r[1]),
    ).toEqual(['ain-al-asad'])
    // A long entry line under a dated section keeps the section's day.
    expect(
      rows(
        '**Sunday 28 January**\n\n**11.50am — Three US troops killed in drone attack on base in Jordan, officials say**\n\nA drone hit Tower 22 overnight, the Pentagon said, wounding 34.',
        '2024-01-30',
      ),
    ).toEqual([['2024-01-28', 'tower-22', 'confirmed', null, 34]])
    // An older time in an aside does not govern "later that day" or "the next day".
    expect(rows('Drones struck al-Tanf on Saturday. Ain al-Asad, hit by Iranian missiles in 2020, was struck by rockets the next day.', '2024-01-22')).toEqual([
      ['2024-01-20', 'al-tanf', 'reported', null, null],
      ['2024-01-21', 'ain-al-asad', 'reported', null, null],
    ])
    // "did not occur during an attack": a denial that there was an attack.
    expect(
      rows('A U.S. official said the blast at Ain al-Asad on Sunday did not occur during an attack but was a controlled detonation.', '2024-01-22').map(
        (r) => r[2],
      ),
    ).toEqual(['denied'])
    // ", on Nov. 13," right after the time clause's attack is that attack's day, and the main clause is counted on from it;
    // ", on Tuesday," is the main clause's when counting on from it would pass publication.
    expect(rows('A day after the attack on Erbil air base, on Nov. 13, drones hit Harir.', '2023-11-15').map((r) => [r[0], r[1]])).toEqual([
      ['2023-11-13', 'erbil-air-base'],
      ['2023-11-14', 'harir-air-base'],
    ])
    expect(
      rows('Two days after the deadly drone attack on Tower 22, on Tuesday, rockets were fired at al-Tanf.', '2024-01-31').map((r) => [r[0], r[1]]),
    ).toContainEqual(['2024-01-30', 'al-tanf'])
    // "one Tuesday at al-Tanf and one Wednesday at Tower 22": "one" is one of the attacks.
    expect(
      rows('Militants attacked U.S. forces twice this week, one Tuesday at al-Tanf and one Wednesday at Tower 22.', '2024-01-26').map((r) => [r[0], r[1]]),
    ).toEqual([
      ['2024-01-23', 'al-tanf'],
      ['2024-01-24', 'tower-22'],
    ])
    // A host body speaking of its own country, with no other place, still places the attack there; a count of one day is no running count.
    expect(
      rows("Iraq's Joint Operations Command said rockets were fired at a military base housing U.S. advisers on Sunday.", '2024-01-22').map((r) => r[1]),
    ).toEqual(['iraq'])
    expect(rows('Militias launched 11 attacks on U.S. forces in Syria on Sunday alone, the Pentagon said.', '2024-01-22').map((r) => r[1])).toEqual(['syria'])
    // "… and U.S. forces in the al-Shaddadi area": a second target, not the area of the first.
    expect(rows('Drones targeted the Conoco gas field and U.S. forces in the al-Shaddadi area on Sunday.', '2024-01-22').map((r) => r[1])).toEqual([
      'mss-conoco',
      'shaddadi',
    ])
    // A threat against the same base two days before is no second attack.
    expect(
      rows('Rockets hit Ain al-Asad on Monday, two days after a militia commander threatened new attacks on the same base on Saturday.', '2024-10-15').map(
        (r) => r[0],
      ),
    ).toEqual(['2024-10-14'])
  })
  it("this round's later rules hold where they should not reach (a second reviewer's cases)", () => {
    const rows = (body: string, published: string) => attacks(eventsOf(body, published)).map((e) => [e.date, e.location?.id ?? null, e.status])
    // "were directed at" tells the attack.
    expect(rows('On Wednesday, two drones were directed at Ain al-Asad, an American official said.', '2023-10-20')).toEqual([
      ['2023-10-18', 'ain-al-asad', 'confirmed'],
    ])
    // "without saying when" alone, or "without specifying the time", keeps the day it was said.
    expect(rows('The Islamic Resistance in Iraq said on Tuesday it had targeted Ain al-Asad air base with drones, without saying when.', '2024-01-31')).toEqual(
      [['2024-01-30', 'ain-al-asad', 'claimed']],
    )
    // A general remark on another base inside the story does not take the story's "the base".
    expect(
      rows(
        "Rockets hit Ain al-Asad air base on Tuesday, wounding two U.S. personnel. Ain al-Asad and the base at Erbil airport have been frequent targets since October. A U.S. official said the base's air defences intercepted most of the rockets.",
        '2024-01-31',
      ),
    ).toEqual([['2024-01-30', 'ain-al-asad', 'confirmed']])
    // A day right after the time clause's attack is that attack's; after a clause that tells no attack, the main clause's.
    expect(rows('Two days after the drone attack on Tower 22, on Jan. 28, militants fired rockets at Ain al-Asad air base.', '2024-02-01')).toEqual([
      ['2024-01-28', 'tower-22', 'reported'],
      ['2024-01-30', 'ain-al-asad', 'reported'],
    ])
    expect(
      rows('Five days before Dover, in the early hours of Sunday, January 28, a one-way attack drone struck the housing units at Tower 22.', '2024-02-03'),
    ).toEqual([['2024-01-28', 'tower-22', 'reported']])
    // A day written after a place's name ("Ain al-Asad 5 January") is a day.
    expect(rows('Rockets hit Ain al-Asad 5 January, the army said.', '2024-01-08').map((r) => r[0])).toEqual(['2024-01-05'])
    // Under a digest's "**Sunday – …**" line, "On Monday" is the Monday after it, not a week before.
    expect(
      rows(
        '**Sunday – drone kills three US soldiers at Tower 22**\n\nA drone struck Tower 22 in Jordan. On Monday, rockets hit Ain al-Asad air base, security sources said.',
        '2024-01-30',
      ),
    ).toContainEqual(['2024-01-29', 'ain-al-asad', 'reported'])
    // "No group claimed … but the Islamic Resistance in Iraq later said it had struck the base" is a claim.
    expect(
      rows('No group claimed the rockets on Ain al-Asad on Monday but the Islamic Resistance in Iraq later said it had struck the base.', '2024-01-30'),
    ).toEqual([['2024-01-29', 'ain-al-asad', 'claimed']])
    // Critics of a U.S. body are no U.S. official.
    expect(rows('Critics of the US administration said two rockets hit Ain al-Asad air base on Monday.', '2024-01-30')).toEqual([
      ['2024-01-29', 'ain-al-asad', 'reported'],
    ])
    // Where troops are deployed is no count of bases hit: one event.
    expect(
      rows('A drone hit al-Tanf on Sunday. U.S. forces, deployed at several sites in Syria, were attacked on Sunday, a U.S. official said.', '2024-01-29'),
    ).toEqual([['2024-01-28', 'al-tanf', 'confirmed']])
    // A forecast names bases but tells no attack.
    expect(
      rows(
        "The 4 February attack shows that militias can reach the SDF's facilities. We judge it likely that further attacks will target al-Omar, Conoco and the Hasakah sites.",
        '2024-02-12',
      ),
    ).toEqual([])
  })
  it('a question heading is no attack, and the answer\'s "the base" is the base it asked about', () => {
    const body =
      'Rockets hit Ain al-Asad air base on Jan. 20, officials said.\n\n**Was al-Tanf hit again this winter?**\n\nYes. Drones struck the base on Saturday, Jan. 6, a Syrian monitor said.\n\n**What about Tower 22?**\n\nA drone struck the outpost on Jan. 28, killing three soldiers.'
    expect(attacks(eventsOf(body, '2024-02-15')).map((e) => [e.date, e.location?.id, e.reports.length])).toEqual([
      ['2024-01-06', 'al-tanf', 1],
      ['2024-01-20', 'ain-al-asad', 1],
      ['2024-01-28', 'tower-22', 1],
    ])
  })
  it('"Lebanon\'s channel said rockets struck the base": a country named as the owner of a channel does not move the base', () => {
    const body =
      "Rockets were aimed at the Conoco base in Syria on Oct. 3, a monitor said.\n\nLebanon's Al Mayadeen said a barrage of rockets struck the base again on Oct. 9."
    expect(attacks(eventsOf(body, '2024-10-20')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-10-03', 'mss-conoco'],
      ['2024-10-09', 'mss-conoco'],
    ])
  })
  it('"a rocket barrage on the base" points back at the base the entry named', () => {
    const body = '**Oct. 9 — Green Village. Reported.** A monitor reported a rocket barrage on the base. No damage was given.'
    expect(attacks(eventsOf(body, '2024-10-20')).map((e) => [e.date, e.location?.id])).toEqual([['2024-10-09', 'green-village']])
  })
  it('"No attack on al-Tanf was reported that day" is none there; an official\'s "no attack on Harir had been recorded" after a claim still denies it', () => {
    const none = eventsOf('A drone struck Tower 22 early on Sunday, Jan. 28, killing three soldiers. No attack on al-Tanf was reported that day.', '2024-02-09')
    expect(attacks(none).map((e) => e.location?.id)).toEqual(['tower-22'])
    const denied = eventsOf(
      'The group claimed on Friday that its drones hit the Harir base on Thursday, but CENTCOM denied it, saying no attack on Harir had been recorded.',
      '2023-11-12',
    )
    expect(attacks(denied).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2023-11-09', 'harir-air-base', 'denied']])
  })
  it('a base told in a "since early February, when …" clause is not dated by the day before it', () => {
    const body =
      'Rockets were fired at the Rumalyn base on Sunday. They were the first attack on U.S. troops since early February, when the factions paused after the drone strike that killed three soldiers at Tower 22.'
    expect(attacks(eventsOf(body, '2024-04-23')).map((e) => [e.date, e.location?.id])).toEqual([['2024-04-21', 'rumalyn-landing-zone']])
  })
  it('"on January 30, two days after a drone killed three soldiers at Tower 22" dates the attack two days before', () => {
    const body = 'The strongest faction announced a pause on January 30, two days after a drone killed three soldiers at Tower 22 in Jordan.'
    expect(attacks(eventsOf(body, '2024-04-23')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'tower-22']])
  })
  it('the attack a U.S. strike "responded to" is no attack on the day of the strike; the U.S. strikes a militia answers are no U.S. strike', () => {
    const answered = eventsOf(
      'On 12 November CENTCOM announced strikes on a militia depot, saying they responded to a rocket attack on U.S. personnel at Patrol Base Shaddadi.',
      '2024-12-05',
    )
    expect(attacks(answered)).toEqual([])
    const militia = eventsOf(
      'On Monday, the Islamic Resistance in Iraq fired rockets at Ain al-Asad in response to U.S. airstrikes on its positions.',
      '2024-12-05',
    )
    expect(attacks(militia).map((e) => [e.date, e.location?.id])).toEqual([['2024-12-02', 'ain-al-asad']])
  })
  it('with bases on both sides of "four days after", each attack keeps the toll told on its side', () => {
    const body = 'A drone hit the Rumalyn base on Friday, Aug. 9, four days after rockets struck Ain al-Asad, wounding five Americans.'
    expect(attacks(eventsOf(body, '2024-08-20')).map(brief)).toEqual([
      { day: '2024-08-05', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: 5 },
      { day: '2024-08-09', place: 'rumalyn-landing-zone', status: 'reported', killed: null, injured: null },
    ])
  })
  it("a megathread edit's stamp is the day its 'today' and 'this morning' mean, not the day the page was saved", () => {
    const body =
      '**Original post, Sat 20 Jan, 19:05**\nThis evening several missiles hit al-Asad air base in western Iraq, a U.S. official says.\n\n**EDIT 2, Mon 22 Jan, 08:10** — The Islamic Resistance in Iraq says its drones attacked the Conoco base in Syria this morning.'
    expect(attacks(eventsOf(body, '2024-01-24')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-01-20', 'ain-al-asad'],
      ['2024-01-22', 'mss-conoco'],
    ])
  })
  it("a post's stamp under it ('8:14 PM · Jan 20, 2024 · 611K Views') is the day its 'tonight' means", () => {
    const body = '**1/** Missiles hit al-Asad air base tonight, CENTCOM says.\n8:14 PM · Jan 20, 2024 · **611K** Views'
    expect(attacks(eventsOf(body, '2024-01-21')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-20', 'ain-al-asad']])
  })
  it("an edit's stamp dates the edit, not the attack it tells again", () => {
    const body =
      '**Original post, Tue 16 Jul, 22:30**\nTwo drones went at Ain al-Asad this evening, a security source says.\n\n**EDIT 1, Wed 17 Jul, 12:10** — A police source has it differently: one drone was shot down outside the base and the other exploded inside it.'
    expect(attacks(eventsOf(body, '2024-07-27')).map((e) => [e.date, e.location?.id, e.reports.length])).toEqual([['2024-07-16', 'ain-al-asad', 2]])
  })
  it('a run-in heading on a line of its own is not the sentence of the line under it', () => {
    const body =
      '🔹 **Sun 3 Dec · Rumalyn** ✅\nCENTCOM on X: a salvo of rockets was fired from Iraq at the Rumalyn base.\n\n🔹 **Sun 3 Dec, afternoon · near Kirkuk** — NOT AN ATTACK ON U.S. FORCES\nAn MQ-9 engaged five men preparing a drone launch, killing all five.'
    expect(attacks(eventsOf(body, '2023-12-05')).map((e) => [e.date, e.location?.id, e.status, e.reports.length])).toEqual([
      ['2023-12-03', 'rumalyn-landing-zone', 'confirmed', 1],
    ])
  })
  it('"Since the pause the log has: … on 21 April, and a drone that al-Tanf\'s defences downed on 22 June": each base its own day', () => {
    const body =
      "Since the February pause the log has: rockets fired at Rumalyn on 21 April, and a drone that al-Tanf's air defences brought down on Saturday 22 June."
    expect(attacks(eventsOf(body, '2024-07-27')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-04-21', 'rumalyn-landing-zone'],
      ['2024-06-22', 'al-tanf'],
    ])
  })
  it('"clips of the 3 March 2021 rocket barrage on Ain al-Asad" is history; "Nobody fired at the base" is no attack', () => {
    const old = eventsOf(
      'Rockets hit Harir on Oct. 19. Old clips of the 3 March 2021 rocket barrage on Ain al-Asad are going round again this week.',
      '2023-10-20',
    )
    expect(attacks(old).map((e) => [e.date, e.location?.id])).toEqual([['2023-10-19', 'harir-air-base']])
    const nobody = eventsOf(
      '**29 November:** A-10s struck men preparing a rocket rail near the Conoco base. Nobody fired at the base; that was a U.S. strike.',
      '2024-12-06',
    )
    expect(attacks(nobody)).toEqual([])
  })
  it('"CENTCOM on X:" and "Pentagon statement:" as a label speak the sentence after them', () => {
    const body = 'CENTCOM on X: rockets were fired at the Rumalyn base on Sunday.\n\nPentagon statement: a drone was shot down near al-Tanf on Monday.'
    expect(attacks(eventsOf(body, '2023-12-05')).map((e) => [e.location?.id, e.status])).toEqual([
      ['rumalyn-landing-zone', 'confirmed'],
      ['al-tanf', 'confirmed'],
    ])
  })
  it('"Ryder said no attack actually took place" after an alert is no attack', () => {
    const body = 'On Wednesday an alert sent personnel at Ain al-Asad into bunkers, but the spokesman said no attack actually took place.'
    expect(attacks(eventsOf(body, '2023-10-20'))).toEqual([])
  })
  it('"nothing to do with the attack on the American base" means the story\'s base, not the base named last', () => {
    const body =
      "Drones hit the al-Tanf garrison on Saturday, officials said.\n\nThree U.S. soldiers were killed when a drone struck a U.S. base in north-east Jordan early on Sunday, the Pentagon said.\n\nIran's mission to the United Nations said Tehran had nothing to do with the attack on the American base."
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => [e.date, e.location?.id, e.reports.length])).toEqual([
      ['2024-01-27', 'al-tanf', 1],
      ['2024-01-28', 'northeast-jordan', 1],
    ])
    const named = body.replace('a U.S. base in north-east Jordan', 'Tower 22 in Jordan')
    expect(attacks(eventsOf(named, '2024-01-29')).map((e) => [e.location?.id, e.reports.length])).toEqual([
      ['al-tanf', 1],
      ['tower-22', 2],
    ])
  })
  it('"Before Sunday, no American had been killed by hostile fire" is about the time before the story, not its toll', () => {
    const body =
      'Drones were launched at the al-Tanf garrison early on Sunday, the group said.\n\nBefore Sunday, no American had been killed by hostile fire in the current wave of attacks.'
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => [e.location?.id, e.killed, e.reports.length])).toEqual([['al-tanf', null, 1]])
  })
  it('"The first, at Tower 22 in Jordan on Jan. 28, killed three soldiers": an attack counted in order, told where and when', () => {
    const body =
      'Two deadly drone attacks in eight days exposed thin defenses. The first, at Tower 22 in Jordan on Jan. 28, killed three U.S. soldiers, the Pentagon said.'
    expect(attacks(eventsOf(body, '2024-02-07')).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-01-28', 'tower-22', 'confirmed']])
    expect(attacks(eventsOf('The first, in my view, was a mistake.', '2024-02-07'))).toEqual([])
  })
  it('under a crosshead ("**Toll climbs**"), a toll U.S. officials give is still the story\'s; what others say under one is not', () => {
    const lead = 'Three soldiers were killed when a drone struck Tower 22 in Jordan early on Sunday, Jan. 28.'
    const toll = attacks(
      eventsOf(`${lead}\n\n**Toll climbs**\n\nU.S. Central Command said Sunday night that at least 34 service members were hurt.`, '2024-01-29'),
    )
    expect(toll.map((e) => [e.location?.id, e.status, e.reports.length])).toEqual([['tower-22', 'confirmed', 2]])
    const reply = eventsOf(`${lead}\n\n**The response**\n\nIraqi officials said one member of the security forces was killed.`, '2024-01-29')
    expect(attacks(reply).map((e) => [e.location?.id, e.status, e.reports.length])).toEqual([['tower-22', 'reported', 1]])
  })
  it('"the death was not caused by any attack": a contractor\'s heart attack during an alert is no attack, nor a report of the one told', () => {
    const alone =
      'A U.S. contractor died of a heart attack while sheltering during a false alarm at Ain al-Asad on Tuesday; the death was not caused by any attack.'
    expect(attacks(eventsOf(alone, '2023-10-19'))).toEqual([])
    const after =
      'Two drones hit Ain al-Asad on Wednesday, the Iraqi military said.\n\nA contractor there died of a cardiac episode while sheltering, but the Pentagon stressed the death did not happen during either of the drone attacks.'
    expect(attacks(eventsOf(after, '2023-10-19')).map((e) => [e.location?.id, e.status, e.reports.length])).toEqual([['ain-al-asad', 'reported', 1]])
  })
  it('"whoever is behind the attacks on Ain al-Asad and Harir" names attacks in general, not one on the story\'s day', () => {
    const body = 'Rockets hit Harir on Tuesday.\n\nThe prime minister has vowed to pursue whoever is behind the attacks on Ain al-Asad and Harir.'
    expect(attacks(eventsOf(body, '2023-11-08')).map((e) => [e.date, e.location?.id, e.reports.length])).toEqual([['2023-11-07', 'harir-air-base', 1]])
  })
  it('"After the drone that killed three soldiers at Tower 22, the group paused" takes no day from the story', () => {
    const body =
      'Rockets hit the Rumalyn base on Sunday.\n\nAfter the drone that killed three U.S. soldiers at Tower 22, Kataib Hezbollah announced it was suspending operations.'
    expect(attacks(eventsOf(body, '2024-04-23')).map((e) => [e.date, e.location?.id])).toEqual([['2024-04-21', 'rumalyn-landing-zone']])
  })
  it("a toll after a sentence about the U.S. strikes, or of 'one of the overnight strikes', is theirs, not the attack's", () => {
    const body =
      'A one-way drone hit Erbil Air Base early on Christmas Day, wounding three U.S. service members, the Pentagon said.\n\nOvernight, U.S. jets struck three Kataib Hezbollah sites in Iraq.\n\nIn Hilla, mourners buried a man killed in one of the overnight strikes. The Iraqi government called the U.S. strikes a hostile act. It says one member of the security forces was killed and 18 people were wounded.'
    expect(attacks(eventsOf(body, '2023-12-26')).map(brief)).toEqual([
      { day: '2023-12-25', place: 'erbil-air-base', status: 'confirmed', killed: null, injured: 3 },
    ])
  })
  it('a base a distance is measured from, inside a clause describing another, is no target', () => {
    const body =
      'The al-Tanf garrison, which sits where the Syrian, Iraqi and Jordanian borders meet some 20 km from Tower 22, was targeted on 4 January by two drones.'
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-04', 'al-tanf']])
  })
  it('"After the Tower 22 attack, a senator said …" takes no day from the story', () => {
    const body = 'Rockets hit the Rumalyn base on Monday.\n\nAfter the Tower 22 attack, a senator said three service members had died and 25 more were hurt.'
    expect(attacks(eventsOf(body, '2024-08-20')).map((e) => [e.date, e.location?.id])).toEqual([['2024-08-19', 'rumalyn-landing-zone']])
  })
  it('"officials first said it hit al-Tanf, not Jordanian territory" is a disputed place, not a second attack', () => {
    const body =
      'A drone hit Tower 22 in Jordan on Sunday.\n\nAt first, Jordanian officials said the strike had hit the al-Tanf base in Syria, not Jordanian territory, but U.S. officials confirmed the location.'
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => e.location?.id)).toEqual(['tower-22'])
  })
  it('with targets in clauses a semicolon parts, each keeps the toll told in its own clause', () => {
    const body =
      'On Oct. 18, drones struck al-Tanf and 20 U.S. personnel suffered minor wounds, Central Command said; four more were lightly hurt that day in two drone attacks on Ain al-Asad.'
    expect(attacks(eventsOf(body, '2023-11-14')).map((e) => [e.location?.id, e.injured?.max ?? null])).toEqual([
      ['ain-al-asad', 4],
      ['al-tanf', 20],
    ])
  })
  it('"Tuesday: officials said seven people had been injured" is the toll of Monday\'s attack, told a day later', () => {
    const body =
      'On Monday, Aug. 5, rockets were fired at Ain al-Asad. U.S. officials said at least five Americans were hurt.\n\nTuesday: U.S. defense officials said seven people had been injured, five service members and two contractors.'
    expect(attacks(eventsOf(body, '2024-08-07')).map(brief)).toEqual([
      { day: '2024-08-05', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: 7 },
    ])
  })
  it('"By the evening, CENTCOM gave a higher figure, saying at least 34 were wounded" is the toll as it stood that evening', () => {
    const body =
      'Three soldiers were killed when a drone struck Tower 22 early on Sunday, U.S. officials said.\n\nFirst reports said at least 25 had been injured. By the evening, Central Command gave a higher figure, saying at least 34 personnel were wounded.'
    expect(attacks(eventsOf(body, '2024-01-29')).map(brief)).toEqual([{ day: '2024-01-28', place: 'tower-22', status: 'confirmed', killed: 3, injured: 34 }])
  })
  it('"the Guard confirmed Tuesday" of its own soldiers wounded: the U.S. Army speaks, and confirms', () => {
    const body =
      "Dozens of Ohio Army National Guard soldiers were among the troops wounded in Sunday's drone attack on Tower 22 in Jordan, the Guard confirmed Tuesday."
    expect(attacks(eventsOf(body, '2024-01-31')).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-01-28', 'tower-22', 'confirmed']])
  })
  it("a year-end list's run-in day ('**20 November.**') is the day its weekdays are nearest to, not publication", () => {
    const body =
      '**20 November.** Militants fired a close-range ballistic missile at Ain al-Asad on Monday evening.\n\n**18 October.** Officials said two drones were downed at al-Tanf. On Thursday, rockets were fired at Ain al-Asad.'
    expect(attacks(eventsOf(body, '2023-12-29')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-10-18', 'al-tanf'],
      ['2023-10-19', 'ain-al-asad'],
      ['2023-11-20', 'ain-al-asad'],
    ])
  })
  it('"A month before Tower 22, on Christmas Day 2023, a drone hit Erbil Air Base" names Tower 22 as a time', () => {
    const body = 'A month before Tower 22, on Christmas Day 2023, a drone attack on Erbil Air Base wounded three U.S. service members.'
    expect(attacks(eventsOf(body, '2025-04-10')).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-25', 'erbil-air-base']])
  })
})

describe("an official's count of one day's attacks speaks for the day's attacks told after it", () => {
  const count =
    'Iran-aligned militias attacked U.S. troops three times on Tuesday, a U.S. defense official said Wednesday.\n\nNone of the attacks hurt anyone, the official said.\n\n'
  it("in the paragraphs after it, in the outlet's own words: confirmed, with the toll of none", () => {
    const body = `${count}Early in the day, two drones were launched at Ain al-Asad air base. That evening, rockets were fired at Mission Support Site Euphrates in Syria.`
    expect(attacks(eventsOf(body, '2024-01-10')).map(brief)).toEqual([
      { day: '2024-01-09', place: 'ain-al-asad', status: 'confirmed', killed: 0, injured: 0 },
      { day: '2024-01-09', place: 'mss-conoco', status: 'confirmed', killed: 0, injured: 0 },
    ])
  })
  // Reports, not events: merge would join the official's own report of the day, placed nowhere, to the one base told that day.
  const told = (body: string) =>
    reportsOf(body, '2024-01-10')
      .filter((r) => r.type === 'attack' && r.location?.precision === 'site')
      .map((r) => [r.date.start, r.location?.id, r.status, r.injured?.max ?? null])
  it('not an attack with a source of its own, nor one told after another voice spoke', () => {
    const body = `${count}Local media reported that a drone was launched at the Harir base on Tuesday. The Islamic Resistance in Iraq said it attacked Ain al-Asad that day. Later, rockets were fired at Mission Support Site Euphrates.`
    expect(told(body)).toEqual([
      ['2024-01-09', 'harir-air-base', 'reported', null],
      ['2024-01-09', 'ain-al-asad', 'claimed', null],
      ['2024-01-09', 'mss-conoco', 'reported', null],
    ])
  })
  it('not an attack of another day', () => {
    expect(told(`${count}On Monday, a drone was launched at Ain al-Asad air base.`)).toEqual([['2024-01-08', 'ain-al-asad', 'reported', null]])
  })
  it('not outside the area it counted, nor more than a few paragraphs after it', () => {
    const syria =
      'U.S. forces in Syria came under attack three times on Thursday, a U.S. defense official said. None of the attacks caused injuries, the official said.\n\n'
    expect(told(`${syria}In Iraq, a rocket landed near Ain al-Asad air base on Thursday night, damaging a hangar.`)).toEqual([
      ['2024-01-04', 'ain-al-asad', 'reported', null],
    ])
    const filler = 'The attacks have drawn criticism in Congress.\n\n'.repeat(4)
    expect(told(`${syria}${filler}On Thursday night, a rocket landed near the Conoco gas field base in Syria.`)).toEqual([
      ['2024-01-04', 'mss-conoco', 'reported', null],
    ])
  })
  it('not after a count of U.S. strikes, a running total, or once a named outlet speaks', () => {
    expect(
      told(
        'Washington carried out three strikes on Kataib Hezbollah in Iraq on Thursday, a U.S. defense official said.\n\nHours later, rockets landed near Victory Base by Baghdad airport on Thursday night.',
      ).map(([, place, status]) => [place, status]),
    ).toEqual([['victory-base', 'reported']])
    expect(
      told(
        "Thursday's drone strike at Tower 22 was the latest of multiple attacks on American troops in the region, a U.S. defense official said.\n\nMilitants also fired rockets at Ain al-Asad air base on Thursday, damaging a runway.",
      ).map(([, place, status]) => [place, status]),
    ).toEqual([
      ['tower-22', 'confirmed'],
      ['ain-al-asad', 'reported'],
    ])
    expect(
      told(
        'U.S. troops in Syria were attacked three times on Thursday, a U.S. defense official said.\n\nSeparately, Kurdish outlet Rudaw reported that a drone had been shot down near Harir air base in Iraq on Thursday.\n\nA second drone crashed inside the Harir base, starting a fire.',
      ).map(([, place, status]) => [place, status]),
    ).toEqual([
      ['harir-air-base', 'reported'],
      ['harir-air-base', 'reported'],
    ])
  })
  it('its "none of the attacks" still adds to the count\'s own report when no base is told in its voice', () => {
    const body =
      'Iran-backed militants attacked U.S. forces in Iraq four times on Thursday, a U.S. defense official said. None of the attacks caused injuries, the official said.\n\nThe Islamic Resistance in Iraq said it had fired drones at Ain al-Asad air base on Thursday.'
    expect(attacks(eventsOf(body, '2024-01-10')).map(brief)).toEqual([{ day: '2024-01-04', place: 'ain-al-asad', status: 'confirmed', killed: 0, injured: 0 }])
  })
  it('not after a count told beside the U.S. announcing its own strikes', () => {
    const body =
      'The remaining two attacks took place on Oct. 27, after the U.S. military announced its raids on the depots. One of the attacks targeted the al-Omar oil field, and the other Ain al-Asad air base.'
    expect(told(body).map(([, place, status]) => [place, status])).toEqual([
      ['green-village', 'reported'],
      ['ain-al-asad', 'reported'],
    ])
  })
})

describe('"targets" after a determiner is a noun, not an attack verb', () => {
  it('"take the targets north of the river — Harir, Erbil" tells no attack', () => {
    const body =
      'On Tuesday a drone hit the Shaddadi base.\n\nCrews based in Nineveh take the targets in the north — Harir, Erbil, Rumalyn — while other groups handle Ain al-Asad and al-Tanf.'
    expect(attacks(eventsOf(body, '2023-11-08')).map((e) => [e.date, e.location?.id])).toEqual([['2023-11-07', 'shaddadi']])
  })
})

describe('a heading that is a title with a day in it does not move the weekdays under it', () => {
  it('"**Erbil base targeted on Tuesday**": "on Friday" below is the last Friday before publication', () => {
    const body =
      'Drones struck the Harir base on Wednesday night.\n\n**Erbil base targeted on Tuesday**\n\nThree drones were launched at the base at Erbil airport on Tuesday, officials said. On Friday a U.S. official said a drone aimed at al-Tanf was downed before it reached the garrison.'
    expect(attacks(eventsOf(body, '2023-11-10')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-11-07', 'erbil-air-base'],
      ['2023-11-08', 'harir-air-base'],
      ['2023-11-10', 'al-tanf'],
    ])
  })
  it('a live blog\'s date heading with a long title ("## Israel-Gaza war live updates: Monday, Jan. 29") still dates what is under it', () => {
    const body =
      '## Israel-Gaza war live updates: Monday, Jan. 29\n\nBiden vowed to respond. On Sunday, a one-way drone struck Tower 22 in Jordan, killing three U.S. soldiers, officials said.\n\n## Israel-Gaza war live updates: Tuesday, Jan. 30\n\nOfficials said on Monday night rockets were fired at Ain al-Asad air base.'
    expect(attacks(eventsOf(body, '2024-02-06')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-01-28', 'tower-22'],
      ['2024-01-29', 'ain-al-asad'],
    ])
  })
  it('a live blog\'s dated entry ("**21:05 (Monday) — Rockets reported**") still gives "this evening" its day', () => {
    const body = '**21:05 (Monday) — Rockets reported at the base**\n\nTwo security sources say rockets were fired at Ain al-Asad air base this evening.'
    expect(attacks(eventsOf(body, '2024-08-06')).map((e) => [e.date, e.location?.id])).toEqual([['2024-08-05', 'ain-al-asad']])
  })
})

describe('fire from the base, not at it', () => {
  it('"artillery at the base shelled the villages" and "wounded by the American fire" tell no attack on the base', () => {
    const body =
      'Drones were flown at the Green Village base on Sunday, local sources said.\n\nSoon afterwards, artillery at the base shelled the villages across the river.\n\nA local outlet said the forces at the base answered by shelling the area, and that two civilians were wounded by the American fire.'
    const events = attacks(eventsOf(body, '2024-10-28'))
    expect(events.map((e) => [e.date, e.location?.id, e.injured?.max ?? null])).toEqual([['2024-10-27', 'green-village', null]])
    expect(events[0]?.reports.map((r) => r.quote)).toEqual(['Drones were flown at the Green Village base on Sunday, local sources said.'])
  })
  it('but troops at the base firing at the drones are part of the attack', () => {
    const body = 'Drones were flown at the Green Village base on Sunday, local sources said. Troops at the base fired at the incoming drones, downing two.'
    expect(attacks(eventsOf(body, '2024-10-28'))[0]?.reports).toHaveLength(2)
  })
})

describe('a source that says nothing', () => {
  it('but another clause says something: a confirmation, a toll', () => {
    const confirmed =
      'The Islamic Resistance in Iraq claimed a drone attack on Harir air base on Tuesday.\n\nA U.S. defense official confirmed the attack on Harir but declined to comment on the damage.'
    expect(attacks(eventsOf(confirmed, '2024-01-10'))[0]?.reports.map((r) => r.claimantKind)).toEqual(['militia', 'us-official'])
    const toll =
      'A drone struck Ain al-Asad air base in western Iraq on Tuesday, Iraqi security sources said.\n\nThe Pentagon did not immediately comment on the attack, which the sources said wounded three American soldiers.'
    expect(attacks(eventsOf(toll, '2024-01-10')).map((e) => e.injured?.max ?? null)).toEqual([3])
  })
  it('"Washington has not commented on the Harir attacks" tells no attack, and leaves the day told before alone', () => {
    const body =
      'Two drones hit the Harir base on Wednesday.\n\nThree drones were launched at the base at Erbil airport on Monday, officials said. Washington has not commented on the Harir attacks, and the Pentagon declined to comment on the strike at Erbil.'
    expect(attacks(eventsOf(body, '2023-11-10')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-11-06', 'erbil-air-base'],
      ['2023-11-08', 'harir-air-base'],
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

describe('"the two bases in Deir ez-Zor" are the ones told there', () => {
  it('not the last two bases told, elsewhere', () => {
    const body =
      'Late on Saturday, rockets were fired at the Green Village base in the al-Omar oil field and at the Conoco gas plant, local reports said.\n\nOn Sunday morning, a drone targeted the U.S. base at Rumalyn in Hasakah, and another the Kharab al-Jir airstrip.\n\nA U.S. defense official said none of the rockets hit the two bases in Deir ez-Zor and that there were no casualties.'
    expect(attacks(eventsOf(body, '2024-01-02')).map((e) => [e.date, e.location?.id, e.status, e.injured?.max ?? null])).toEqual([
      ['2023-12-30', 'green-village', 'confirmed', 0],
      ['2023-12-30', 'mss-conoco', 'confirmed', 0],
      ['2023-12-31', 'kharab-al-jir', 'reported', null],
      ['2023-12-31', 'rumalyn-landing-zone', 'reported', null],
    ])
  })
})

describe('"…, the statement added" goes on with the statement told before', () => {
  const claim = 'In a statement on Thursday, the Islamic Resistance in Iraq said its fighters attacked the U.S. base at al-Shaddadi with drones.\n\n'
  it("a militia's statement: the attack it adds is claimed", () => {
    const body = `${claim}Early on Thursday, the resistance fighters also targeted the American base at the Conoco gas field, the statement added.`
    expect(attacks(eventsOf(body, '2023-12-14')).map((e) => [e.location?.id, e.status])).toEqual([
      ['mss-conoco', 'claimed'],
      ['shaddadi', 'claimed'],
    ])
  })
  it('not after an official spoke last', () => {
    const body = `${claim}A U.S. defense official said no one was hurt at al-Shaddadi.\n\nEarly on Thursday, resistance fighters also fired rockets at the American base at the Conoco gas field, the statement added.`
    expect(attacks(eventsOf(body, '2023-12-14')).find((e) => e.location?.id === 'mss-conoco')?.status).not.toBe('claimed')
  })
})

describe('a country named inside a clause that is a time', () => {
  it('"a day after rockets were fired … at a coalition base in Syria" makes no attack in Syria', () => {
    const body = 'On April 22, a day after rockets were fired from the town of Zummar at a coalition base in Syria, drones were launched toward Ain al-Asad.'
    expect(attacks(eventsOf(body, '2024-07-18')).map((e) => e.location?.id)).toEqual(['ain-al-asad'])
  })
})

describe('a group outside the campaign is no claimant of its attacks', () => {
  it('"the Iraqi faction said it had targeted …" is the campaign militia named before, not ISIS named since', () => {
    const body =
      'On Monday, the Islamic Resistance in Iraq said it had launched drones at the al-Omar oil field base.\n\nThe fighters killed there had fled their villages because of ISIS years ago.\n\nOn Saturday, the Iraqi faction said it had targeted the American forces at the Kharab al-Jir airstrip with drones.'
    const kharab = attacks(eventsOf(body, '2024-02-06')).find((e) => e.location?.id === 'kharab-al-jir')
    expect(kharab?.reports.map((r) => [r.status, r.claimant])).toEqual([['claimed', 'Islamic Resistance in Iraq']])
    expect(kharab?.actors).toEqual(['Islamic Resistance in Iraq'])
  })
  it('"the SDF militia said six of its fighters were killed" is the partner force speaking, not a claim', () => {
    const body =
      'A drone struck the al-Omar oil field base late on Sunday, and the Islamic Resistance in Iraq claimed it.\n\nThe Kurdish-led SDF militia, which is backed by Washington, said that six of its fighters were killed when the drone hit a training academy inside the base.'
    const omar = attacks(eventsOf(body, '2024-02-05')).find((e) => e.location?.id === 'green-village')
    const sdf = omar?.reports.find((r) => r.quote.startsWith('The Kurdish-led'))
    expect(sdf?.status).toBe('reported')
    expect(omar?.reports.map((r) => r.claimant)).not.toContain('Syrian Democratic Forces')
  })
  it("another state's strike on a compound of its own war is not the base named before", () => {
    const body =
      "Friday's drone attack on the Rumalyn Landing Zone in northeastern Syria hurt several American personnel, a U.S. official said Saturday.\n\nA strike hit a school compound in Gaza City used as a shelter, according to Gaza's civil defense agency. The Israeli military said it targeted a Hamas command center inside the compound."
    const rumalyn = attacks(eventsOf(body, '2024-08-10')).find((e) => e.location?.id === 'rumalyn-landing-zone')
    expect(rumalyn?.reports.map((r) => r.quote)).toEqual([
      "Friday's drone attack on the Rumalyn Landing Zone in northeastern Syria hurt several American personnel, a U.S. official said Saturday.",
    ])
  })
})

describe('"the Oudeh oil field" names another place, not the base named last', () => {
  it('a capitalised name the gazetteer lacks before the word for a base is no reference back', () => {
    const body =
      'The White House said a drone attack on Monday on the U.S. base at Erbil airport wounded three American service members.\n\nOn Saturday night, Turkish warplanes struck the Oudeh oil field and an agricultural bank building in the town, according to Syrian state television.'
    expect(attacks(eventsOf(body, '2023-12-27')).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-25', 'erbil-air-base']])
  })
  it('"the Anbar base" still points back at the base named last in Anbar', () => {
    const body =
      'Rockets struck Ain al-Asad air base on Tuesday, a U.S. official said.\n\nOn Wednesday, two drones targeted the Anbar base again, the official said.'
    expect(attacks(eventsOf(body, '2024-01-25')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-01-23', 'ain-al-asad'],
      ['2024-01-24', 'ain-al-asad'],
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

describe('an attack placed only in a town or province joins a base attacked that day in it, not one elsewhere in the country', () => {
  it('"the US base at al-Malikiyah", in Hasakah, stays apart from al-Tanf, in Homs province', () => {
    const body =
      'The Islamic Resistance in Iraq announced on Monday that its fighters had sent drones against the US base at al-Tanf.\n\nIn a separate statement released later the same day, the group said it had also attacked the US base at al-Malikiyah in Hasakah province with a drone.'
    expect(attacks(eventsOf(body, '2023-10-24')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2023-10-23', 'al-malikiyah'],
      ['2023-10-23', 'al-tanf'],
    ])
  })
  it('a base in Hasakah province still joins the Hasakah base attacked that day', () => {
    const body =
      'Drones struck the Kharab al-Jir airstrip on Monday, a local source said.\n\nThe group said it had attacked a US base in Hasakah province on Monday.'
    expect(attacks(eventsOf(body, '2023-10-24')).map((e) => [e.date, e.location?.id])).toEqual([['2023-10-23', 'kharab-al-jir']])
  })
})

describe('"the US Embassy" is the embassy in Baghdad where it is struck, and a speaker where it speaks', () => {
  it('"rockets were fired at the US Embassy" is an attack on the embassy', () => {
    const body = "Alarms sounded in Baghdad's Green Zone before dawn as rockets were fired at the US Embassy at around 4:15 am local time on Friday."
    expect(attacks(eventsOf(body, '2023-12-08')).map((e) => [e.date, e.location?.id])).toContainEqual(['2023-12-08', 'us-embassy-baghdad'])
  })
  it('"The US Embassy called it an attack" confirms the attack told, and is no attack on the embassy', () => {
    const body =
      "Two rockets slammed into the grounds of Baghdad's international airport late Tuesday, one of them landing inside the Victory base complex.\n\nThe US Embassy called it an attack on a U.S. diplomatic facility and said there were no casualties."
    const events = attacks(eventsOf(body, '2024-09-11'))
    expect(events.map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-09-10', 'victory-base', 'confirmed']])
  })
})

describe('"two Kataib Hezbollah sites" are an armed group\'s own sites', () => {
  it('a strike on them is no attack on U.S. forces', () => {
    const body =
      'A close-range ballistic missile struck Ain al-Asad air base on Monday night, officials said.\n\nAn AC-130 gunship tracked the attackers to a vehicle and fired on them, CENTCOM said. Kataib Hezbollah said Tuesday that one of its members had been killed.\n\nThe strikes early Wednesday hit two Kataib Hezbollah sites south of Baghdad and were a direct response to the missile attack, CENTCOM said.'
    expect(attacks(eventsOf(body, '2023-11-22')).map((e) => e.location?.id)).not.toContain('baghdad')
  })
})

describe('"in the countryside of Rmeilan" locates the base named before it', () => {
  it('is no second target', () => {
    const body =
      'The American base at Kharab al-Jir airport in the countryside of Rmeilan, in northeastern Hasakah, was targeted twice on Friday, according to the Syrian Observatory for Human Rights.'
    expect(attacks(eventsOf(body, '2023-12-09')).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-08', 'kharab-al-jir']])
  })
})

describe('"according to the statement" is the word of the one whose statement it is', () => {
  it("a command's statement told before: confirmed", () => {
    const body =
      'In a statement issued on Wednesday, U.S. Central Command said two drones had been launched at Ain al-Asad air base.\n\nCENTCOM claimed that American forces destroyed both drones. It nonetheless admitted that coalition personnel at Ain al-Asad sustained minor injuries, according to the statement.'
    const asad = attacks(eventsOf(body, '2023-10-19')).find((e) => e.location?.id === 'ain-al-asad')
    expect(asad?.reports.find((r) => r.quote.startsWith('It nonetheless'))?.status).toBe('confirmed')
  })
})

describe('"killed by a U.S. drone" is a U.S. strike', () => {
  it('not an attack at the airport where it happened', () => {
    const body =
      'On Wednesday, twin bombings near the grave of Qassem Soleimani in Kerman, Iran, killed dozens of people at a ceremony held four years after he was killed by a U.S. drone at Baghdad airport.'
    expect(attacks(eventsOf(body, '2024-01-06'))).toEqual([])
  })
})

describe('"a Christmas Day drone strike" names its own attack\'s day', () => {
  it('not the day of the base named before it', () => {
    const body = 'The worst were a ballistic missile attack on al-Asad air base and a Christmas Day drone strike on Erbil air base.'
    expect(attacks(eventsOf(body, '2024-02-06')).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-25', 'erbil-air-base']])
  })
  it('a day after both bases, not naming an attack, is both', () => {
    const body = 'Drones hit al-Tanf and the Conoco base on Sunday, a U.S. official said.'
    expect(attacks(eventsOf(body, '2024-02-06')).map((e) => [e.date, e.location?.id])).toEqual([
      ['2024-02-04', 'al-tanf'],
      ['2024-02-04', 'mss-conoco'],
    ])
  })
})

describe("this round's rules do not over-apply (cases a reviewer wrote to break them)", () => {
  const places = (body: string, date: string) => attacks(eventsOf(body, date)).map((e) => [e.date, e.location?.id, e.status])
  const asad = 'Rockets struck Ain al-Asad air base in Anbar on Sunday, officials said.\n\n'
  it('"The US Embassy urged …", "According to the U.S. Embassy, …": the embassy speaks, and is struck nowhere', () => {
    expect(places(`${asad}The US Embassy urged American citizens to leave Iraq immediately after the attack.`, '2024-01-29')).toEqual([
      ['2024-01-28', 'ain-al-asad', 'reported'],
    ])
    expect(places(`${asad}According to the U.S. Embassy, the attack caused no injuries.`, '2024-01-29')).toEqual([['2024-01-28', 'ain-al-asad', 'confirmed']])
  })
  it('"the U.S. Embassy in Amman" is not the embassy in Baghdad', () => {
    expect(places('A drone exploded near the U.S. Embassy in Amman on Sunday, Jordanian officials said.', '2024-01-29')).not.toContainEqual(
      expect.arrayContaining(['us-embassy-baghdad']),
    )
  })
  it('"The US Embassy said two rockets struck its compound": the embassy is struck', () => {
    expect(places('The US Embassy said two rockets struck its compound early Sunday, injuring one local employee.', '2024-01-29')).toEqual([
      ['2024-01-28', 'us-embassy-baghdad', 'confirmed'],
    ])
  })
  it('Hamas named as what a war concerns takes no claim from the group that speaks', () => {
    const body =
      "The Islamic Resistance in Iraq, a coalition of Iran-backed militias, has carried out dozens of attacks since October.\n\nOn Sunday the group said it had targeted Ain al-Asad air base with drones in retaliation for Israel's war on Hamas in Gaza."
    expect(attacks(eventsOf(body, '2024-01-29'))[0]?.reports.map((r) => [r.status, r.claimant])).toEqual([['claimed', 'Islamic Resistance in Iraq']])
  })
  it('"The group said" after Islamic State militants fired is not the campaign militia named before', () => {
    const body =
      'Kataib Hezbollah announced last week that it was suspending its attacks on U.S. forces.\n\nOn Sunday, Islamic State militants fired mortars toward al-Shaddadi base in Hasakah. The group said in a statement that it had targeted the crusader base.'
    const claimants = attacks(eventsOf(body, '2024-01-30')).flatMap((e) => e.reports.map((r) => r.claimant))
    expect(claimants).not.toContain('Kataib Hezbollah')
  })
  it('"Iraq\'s Hezbollah" is Kataib Hezbollah', () => {
    const body = "Iraq's Hezbollah said on Sunday it had fired drones at Ain al-Asad air base."
    expect(attacks(eventsOf(body, '2024-01-30'))[0]?.reports.map((r) => [r.status, r.claimant])).toEqual([['claimed', 'Kataib Hezbollah']])
  })
  it('a campaign militia that "opposes Israel\'s war" and "said it had targeted the base" is claiming an attack', () => {
    const body =
      "Drones struck Ain al-Asad air base on Saturday, officials said.\n\nOn Sunday the Islamic Resistance in Iraq, which is backed by Iran and opposes Israel's war in Gaza, said it had targeted the base again with drones."
    expect(places(body, '2024-01-29')).toEqual([
      ['2024-01-27', 'ain-al-asad', 'reported'],
      ['2024-01-28', 'ain-al-asad', 'claimed'],
    ])
  })
  it('"said on Monday that another drone was shot down near Erbil air base" is of the wave told, not of the day it was said', () => {
    const body =
      'Drones struck Harir air base in Erbil province on Saturday night, officials said.\n\nThe Pentagon said on Monday that another drone was shot down near Erbil air base.'
    expect(places(body, '2024-01-30')).toContainEqual(['2024-01-27', 'erbil-air-base', 'confirmed'])
  })
  it('"the Asad base", "the Army outpost" point back at the base named before', () => {
    expect(
      places('A drone struck Ain al-Asad air base on Saturday, officials said.\n\nRockets hit the Asad base again on Sunday, causing no damage.', '2024-01-29'),
    ).toEqual([
      ['2024-01-27', 'ain-al-asad', 'reported'],
      ['2024-01-28', 'ain-al-asad', 'reported'],
    ])
    expect(
      places('Drones were launched at Tower 22 in Jordan on Saturday, officials said.\n\nOn Sunday, drones targeted the Army outpost again.', '2024-01-30'),
    ).toEqual([
      ['2024-01-27', 'tower-22', 'reported'],
      ['2024-01-28', 'tower-22', 'reported'],
    ])
  })
})

describe('a base reinforced is not attacked', () => {
  it('"have reinforced the base with air defences to intercept drones" tells no attack', () => {
    const body =
      'Rockets hit the Conoco gas field base on Sunday, the Syrian Observatory said.\n\nMeanwhile, the US forces at al-Tanf have reinforced the base with additional air defence systems in recent days to intercept drones, sources said.'
    expect(attacks(eventsOf(body, '2024-10-01')).map((e) => e.location?.id)).toEqual(['mss-conoco'])
  })
  it('an attack told beside the reinforcement is still an attack', () => {
    const body =
      'Seven Americans were injured in a rocket attack on the Ain al-Asad airbase on Monday, as Washington scrambles to shore up its forces in the region.'
    expect(attacks(eventsOf(body, '2024-08-07')).map((e) => [e.date, e.location?.id, e.injured?.max])).toEqual([['2024-08-05', 'ain-al-asad', 7]])
  })
})

describe('"the attack did not take place inside Jordan but at al-Tanf" disputes where the attack told happened', () => {
  it('is no second attack', () => {
    const body =
      "Three U.S. soldiers were killed when a drone struck Tower 22 in Jordan on Sunday, the Pentagon said.\n\nJordan's government spokesman told state television that the attack did not take place inside Jordan but at al-Tanf across the border in Syria."
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => e.location?.id)).toEqual(['tower-22'])
  })
})

describe("a tally's lines count attacks, they tell none", () => {
  it('"- One attack on Qasrak base in Al-Hasakah countryside." after a breakdown is no attack on the story\'s day', () => {
    const body =
      'Drones struck the Kharab al-Jir base twice on Thursday, the monitor said.\n\nSince October 19, the monitor has documented 50 attacks on coalition bases in Syria. Here is a breakdown of those attacks:\n\n- 11 attacks on Al-Omar oil field base.\n- Two attacks on Tel Baidar base in Al-Hasakah countryside.\n- One attack on Qasrak base in Al-Hasakah countryside.'
    expect(attacks(eventsOf(body, '2023-12-08')).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-07', 'kharab-al-jir']])
  })
  it('"One attack on the base killed two" tells one', () => {
    const body = 'One attack on the Tower 22 outpost in Jordan killed three soldiers on Sunday, officials said.'
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'tower-22']])
  })
})

describe("a live entry's stamp dates the post, not the attack its title tells", () => {
  it('"**Oct. 24, 2023, 9:48 PM ET — … drone attack on al-Tanf last week**" is last week\'s attack', () => {
    const body = '**Oct. 24, 2023, 9:48 PM ET — Pentagon: 20 U.S. troops hurt in drone attack on al-Tanf last week**'
    expect(attacks(eventsOf(body, '2023-10-24')).map((e) => e.date)).not.toContain('2023-10-24')
  })
  it("an event log's plain line is dated by its stamp", () => {
    const body = '16 January, 05:05 – Three explosive-laden drones heading for the coalition base at Erbil airport were destroyed, the CTD said.'
    expect(attacks(eventsOf(body, '2024-01-27')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-16', 'erbil-air-base']])
  })
})

describe('counts of attacks up to an event named, and Iranian missiles', () => {
  it('"attacked at least 19 times between October 17 and the announcement of the strikes" is a count', () => {
    const body =
      "U.S. and coalition forces in Iraq and Syria were attacked at least 19 times between October 17 and the announcement of Thursday night's strikes, the Pentagon said."
    expect(attacks(eventsOf(body, '2023-10-27'))).toEqual([])
  })
  it('"more than 160 times between Oct. 17 and early February" is a count', () => {
    const body =
      'Iran-backed militias in Iraq and Syria attacked U.S. forces more than 160 times between Oct. 17 and early February, according to Pentagon figures.'
    expect(attacks(eventsOf(body, '2024-03-14'))).toEqual([])
  })
  it('"Erbil was hit by Iranian ballistic missiles" is a strike by another state', () => {
    const body = 'Erbil was hit by Iranian ballistic missiles on Monday night in a strike the Revolutionary Guards said targeted a spy base.'
    expect(attacks(eventsOf(body, '2024-01-21'))).toEqual([])
  })
})

describe('"A base in southern Syria where American soldiers train … came under drone attack today. … The base is al-Tanf"', () => {
  it('is an attack on U.S. forces, at the base named after it', () => {
    const body =
      '**10:48 pm — Drones attack US garrison in southern Syria, officials say**\n\nA base in southern Syria where American soldiers train local fighters came under drone attack today, two US officials tell The Associated Press.\n\nThe base is al-Tanf, a desert outpost close to the point where the borders of Syria, Iraq and Jordan meet.'
    expect(attacks(eventsOf(body, '2023-10-19')).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2023-10-19', 'al-tanf', 'confirmed']])
  })
  it('a base that came under attack with no word of U.S. forces is none of theirs', () => {
    expect(attacks(eventsOf('A base in southern Syria came under drone attack today, local sources said.', '2023-10-19'))).toEqual([])
  })
})

describe('"US bombers and fighter jets hit more than 85 targets" is a U.S. strike', () => {
  it('not an attack in Iraq', () => {
    const body =
      "A drone struck a training academy at the al-Omar oil field base late on Sunday, the SDF said.\n\nIt was the first attack on a base housing American troops since Friday, when US bombers and fighter jets hit more than 85 targets in Iraq and Syria linked to Iran's Revolutionary Guard."
    expect(attacks(eventsOf(body, '2024-02-05')).map((e) => [e.date, e.location?.id])).toEqual([['2024-02-04', 'green-village']])
  })
})

describe("the later rules do not over-apply (a second reviewer's cases)", () => {
  const places = (body: string, date: string) => attacks(eventsOf(body, date)).map((e) => [e.date, e.location?.id])
  it('an attack told beside a reinforcement is still an attack', () => {
    expect(
      places(
        'Rockets were fired at Ain al-Asad air base in western Iraq on Monday night, and the United States has since bolstered air defences there, officials said.',
        '2024-01-24',
      ),
    ).toEqual([['2024-01-22', 'ain-al-asad']])
    expect(
      places('Drones targeted Tower 22 in northeastern Jordan on Monday, three weeks after the Pentagon began reinforcing the outpost.', '2024-01-24'),
    ).toEqual([['2024-01-22', 'tower-22']])
  })
  it("a live entry's stamp dates a title that names no day of its own", () => {
    const body =
      '**Jan. 28, 2024, 10:15 AM ET — Drone attack kills three U.S. troops at Tower 22 in Jordan**\n\nPresident Biden said three American service members were killed and many more wounded.'
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => [e.date, e.location?.id, e.status, e.killed?.max])).toEqual([
      ['2024-01-28', 'tower-22', 'confirmed', 3],
    ])
  })
  it('"Oct. 18 – 24 U.S. troops …" is a day and a count, not a range of days', () => {
    expect(places('Oct. 18 – 24 U.S. troops suffered minor injuries in drone attacks on the al-Tanf garrison in Syria.', '2023-11-01')).toEqual([
      ['2023-10-18', 'al-tanf'],
    ])
  })
  it('"had not happened in Iraq since Jan. 4, when a drone hit Ain al-Asad" is no dispute of where', () => {
    expect(
      places('Such an attack had not happened in Iraq since Jan. 4, when a drone hit Ain al-Asad air base and wounded two U.S. soldiers.', '2024-01-29'),
    ).toEqual([['2024-01-04', 'ain-al-asad']])
  })
  it('"Iranian ballistic missiles launched by Iraqi militias" are the militias\' attack', () => {
    expect(
      places(
        'Iranian ballistic missiles launched by Iraqi militias struck U.S. forces in western Iraq on Saturday, wounding several American personnel, the Pentagon said.',
        '2024-01-22',
      ),
    ).toEqual([['2024-01-20', 'western-iraq']])
  })
  it('"Eight of them were seriously injured in the blast" is part of the toll, not a toll of its own', () => {
    const events = attacks(
      eventsOf(
        'The drone attack on Tower 22 on Sunday killed three soldiers and wounded at least 40. Eight of them were seriously injured in the blast and were flown to Baghdad.',
        '2024-01-30',
      ),
    )
    expect(events.map((e) => [e.date, e.location?.id, e.injured?.max])).toEqual([['2024-01-28', 'tower-22', 40]])
  })
  it('"One attack on Ain al-Asad … did minor damage" and a dated breakdown\'s "- One attack on …" are attacks', () => {
    expect(
      places(
        'Iraqi militants attacked U.S. forces twice on Monday. One attack on Ain al-Asad air base in western Iraq did minor damage to a hangar.',
        '2024-01-23',
      ),
    ).toContainEqual(['2024-01-22', 'ain-al-asad'])
    const body =
      'The Islamic Resistance in Iraq claimed two attacks on Monday, Jan. 22, in separate statements:\n\n- One attack on Ain al-Asad air base in western Iraq.\n\n- One attack on Harir air base in Erbil.'
    expect(places(body, '2024-01-23')).toEqual([
      ['2024-01-22', 'ain-al-asad'],
      ['2024-01-22', 'harir-air-base'],
    ])
  })
})

describe('"had come under fire", and a base struck in a U.S. official\'s words', () => {
  const places = (body: string, date: string) => attacks(eventsOf(body, date)).map((e) => [e.date, e.location?.id])
  it('"Ain al-Asad itself had come under fire from rockets on Thursday" is an attack', () => {
    expect(places('A security source said that Ain al-Asad itself had come under fire from Grad-type rockets on Thursday.', '2023-10-20')).toEqual([
      ['2023-10-19', 'ain-al-asad'],
    ])
  })
  it('"had come under fire before" is not', () => {
    expect(places('Drones struck the Conoco base on Thursday, activists said.\n\nAl-Tanf had come under fire before.', '2023-10-20')).toEqual([
      ['2023-10-19', 'mss-conoco'],
    ])
  })
  it('"a drone struck a base in the Kurdistan Region of Iraq, the Pentagon said" is an attack there', () => {
    expect(places('On Thursday, a drone struck a base in the Kurdistan Region of Iraq, the Pentagon said.', '2023-10-27')).toEqual([
      ['2023-10-26', 'kurdistan-region'],
    ])
  })
  it('not in the words of a local outlet, which may mean any base', () => {
    expect(places('On Thursday, a drone struck a base in the Kurdistan Region of Iraq, local media said.', '2023-10-27')).toEqual([])
  })
})

describe('"one service member" is a U.S. word', () => {
  it('"A drone attack in Syria that day slightly injured one service member" is an attack on U.S. forces that day', () => {
    const body =
      'On Friday, drones struck Harir air base in northern Iraq, officials said. A drone attack in Syria that day slightly injured one service member, who returned to duty.'
    expect(attacks(eventsOf(body, '2023-11-22')).map((e) => [e.date, e.location?.id, e.injured?.max ?? null])).toEqual([
      ['2023-11-17', 'harir-air-base', null],
      ['2023-11-17', 'syria', 1],
    ])
  })
})

describe('"has been one of the most frequently hit" is a habit, not an attack', () => {
  it('takes no day from the story', () => {
    const body =
      'A drone struck Erbil air base on Christmas Day, wounding three U.S. troops.\n\nAl-Omar, also known to the U.S. military as Mission Support Site Green Village, is the largest coalition base in Syria and has been one of the most frequently hit.'
    expect(attacks(eventsOf(body, '2024-02-06')).map((e) => e.location?.id)).toEqual(['erbil-air-base'])
  })
})

describe('the first round of blind-57 to blind-59: officials, live entries and days not given', () => {
  it('"the group said earlier on Sunday that it had sent a drone at" a base is its claim', () => {
    const body = 'The Islamic Resistance in Iraq said earlier on Sunday that it had sent a drone at the Harir air base north of Erbil.'
    expect(attacks(eventsOf(body, '2024-01-28')).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-01-28', 'harir-air-base', 'claimed']])
  })

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

  it('a live entry that confirms "the attack" of the entry above, led by its own bold time, still confirms it', () => {
    const body = [
      '**9:15 a.m.** — Rockets hit Ain al-Asad air base in western Iraq early Monday, Iraqi security sources said.',
      '**9:40 a.m.** — A U.S. official confirmed the attack and said two service members suffered minor injuries.',
    ].join('\n\n')
    const [asad] = attacks(eventsOf(body, '2024-01-22'))
    expect([asad?.status, asad?.injured]).toEqual(['confirmed', { min: 2, max: 2 }])
  })

  it('Iraqi "officials" after a U.S. official are not the U.S. official: their word is reported', () => {
    const body =
      "Two drones targeted the al-Tanf garrison in southern Syria on Thursday, a U.S. defense official said.\n\nIn Baghdad, officials said two rockets landed near the Victory base at the city's airport late Thursday."
    expect(attacks(eventsOf(body, '2023-10-20')).find((e) => e.location?.id === 'victory-base')?.status).toBe('reported')
  })
})

describe('the first round of blind-57 to blind-59: strikes and lulls', () => {
  it('"The US military said early Wednesday it had carried out strikes … in response to a rocket attack on a base" is a U.S. strike', () => {
    const body =
      'The US military said early Wednesday it had carried out strikes against Iran-aligned militia groups in Syria, in response to a rocket attack on a base housing American troops in north-east Syria.'
    expect(attacks(eventsOf(body, '2024-11-13'))).toEqual([])
  })

  it('"armed groups have not fired on American forces for more than a week" tells a lull, not an attack', () => {
    const lull = eventsOf(
      'Iran-backed armed groups in Iraq and Syria have not fired on American forces in the two countries for more than a week, the Pentagon said on Tuesday.',
      '2024-02-14',
    )
    expect(attacks(lull)).toEqual([])
    const since = eventsOf('The militias have not attacked U.S. troops in Syria since Feb. 4, a defense official said on Monday.', '2024-02-13')
    expect(attacks(since)).toEqual([])
  })
})

describe('the second round of blind-60 to blind-62', () => {
  it('"identified them as A, B and C", after "three more sites" were attacked, places the day\'s attack at each; "Ain al-Asad again" is a new attack', () => {
    const body = [
      'On Oct. 18, drones struck Ain al-Asad air base, a U.S. official said.',
      "The next day, Oct. 19, rockets were fired at three more sites housing U.S. personnel, officials said. A newspaper identified them as Mission Support Site Euphrates in eastern Syria, Ain al-Asad again, and the Baghdad Diplomatic Support Center near the capital's airport.",
    ].join('\n\n')
    expect(
      attacks(eventsOf(body, '2023-10-25'))
        .filter((e) => e.location !== null)
        .map((e) => [e.date, e.location?.id])
        .sort(),
    ).toEqual([
      ['2023-10-18', 'ain-al-asad'],
      ['2023-10-19', 'ain-al-asad'],
      ['2023-10-19', 'mss-conoco'],
      ['2023-10-19', 'victory-base'],
    ])
  })

  it('where most attacks have focused, and which bases have borne the brunt, are remarks on the attacks, not attacks', () => {
    for (const remark of [
      'Most of the attacks on U.S. forces in Syria have focused on the Conoco gas plant, the base at the al-Omar oil field and the al-Shaddadi base, the monitor said.',
      'Ain al-Asad air base, Erbil International Airport and the Conoco base have borne the brunt of the attacks.',
    ]) {
      const body = `A drone struck the Rumalyn base in Syria on Friday, a U.S. official said.\n\n${remark}`
      expect(attacks(eventsOf(body, '2024-08-14')).map((e) => e.location?.id)).toEqual(['rumalyn-landing-zone'])
    }
    expect(attacks(eventsOf('Most of the rockets hit Ain al-Asad air base on Sunday, officials said.', '2024-08-14')).map((e) => e.location?.id)).toEqual([
      'ain-al-asad',
    ])
  })

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

  it("a U.S. official's denial that U.S. forces were the target, after the attack, makes it denied; other denials after it do not touch it", () => {
    const lead =
      'In Baghdad, three rockets were fired at the Victory base at Baghdad International Airport shortly after midnight on Tuesday, Iraqi security sources said.'
    const denied = eventsOf(
      `${lead}\n\nA U.S. defense official said all personnel were accounted for and that U.S. forces had not been targeted, contrary to some reports.`,
      '2024-10-02',
    )
    expect(attacks(denied).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-10-01', 'victory-base', 'denied']])
    for (const other of [
      'The Interior Ministry denied that the airport had been targeted.',
      'A contractor died of a cardiac episode while sheltering; officials stressed he was not caught in any attack.',
      'The group itself denied issuing any such statement.',
    ])
      expect(attacks(eventsOf(`${lead}\n\n${other}`, '2024-10-02')).map((e) => e.status)).toEqual(['reported'])
  })
})

describe('the second review: what the round-two rules must not do', () => {
  const asRead = (body: string, date: string) => attacks(eventsOf(body, date)).map((e) => [e.date, e.location?.id ?? null])

  it('"which has borne the brunt" and "most of the attacks have …, but on Sunday" keep the attack the sentence tells', () => {
    expect(
      asRead(
        'Ain al-Asad air base, which has borne the brunt of the attacks, was struck by several ballistic missiles on Saturday evening, the U.S. military said.',
        '2024-01-21',
      ),
    ).toEqual([['2024-01-20', 'ain-al-asad']])
    expect(
      asRead(
        'Most of the attacks have targeted bases in Iraq and Syria, but on Sunday a drone struck Tower 22 in Jordan, killing three U.S. soldiers.',
        '2024-01-29',
      ),
    ).toEqual([['2024-01-28', 'tower-22']])
  })

  it('"the attack came a week after …" or "on the eve of …" gives an undated lead no day', () => {
    const lead = 'A drone attack targeted the U.S. base at the al-Omar oil field in Deir ez-Zor, killing six SDF commandos, the SDF said.'
    for (const next of [
      'The attack came a week after a drone strike on Jan. 28 killed three U.S. soldiers in Jordan.',
      "The attack took place on the eve of Monday's meeting on the future of the coalition.",
    ])
      expect(asRead(`${lead}\n\n${next}`, '2024-02-05').filter(([, place]) => place === 'green-village')).toEqual([])
  })

  it('"identified them as" people, or a tally\'s sites after an attack at a named base, names no attack', () => {
    expect(
      asRead(
        'Three U.S. Army reservists were killed when a drone hit a base in northeast Jordan on Sunday.\n\nThe Pentagon identified them as members of an engineer company that had been supporting operations at al-Tanf.',
        '2024-01-30',
      ).filter(([, place]) => place === 'al-tanf'),
    ).toEqual([])
    expect(
      asRead(
        'A one-way drone struck the al-Tanf garrison in southern Syria on Sunday, a U.S. defense official said.\n\nU.S. forces have been attacked at least 38 times since Oct. 17. Officials have identified the sites as Ain al-Asad, Erbil air base, al-Tanf and the Conoco gas field.',
        '2023-11-06',
      ),
    ).toEqual([['2023-11-05', 'al-tanf']])
  })

  it('"a second rocket landed outside the base", in a sentence lent the day before, is more of that attack', () => {
    const body =
      'Rockets were fired at the Rumalyn base in Hasakah province on Saturday evening, the Syrian Observatory for Human Rights said.\n\nA U.S. official confirmed the attack on Sunday. A second rocket landed outside the Rumalyn base, the official said.'
    expect(asRead(body, '2023-12-10').filter(([, place]) => place === 'rumalyn-landing-zone')).toEqual([['2023-12-09', 'rumalyn-landing-zone']])
  })

  it('a separate or other attack "on Tuesday", told after a base reported by when it was said, does not move the base back a day', () => {
    const body =
      'The Islamic Resistance in Iraq said on Wednesday that it had targeted Harir air base in Erbil with two drones.\n\nThe group also claimed responsibility for the attack on Tuesday, without saying where it took place.'
    expect(asRead(body, '2023-11-01').filter(([, place]) => place === 'harir-air-base')).toEqual([['2023-11-01', 'harir-air-base']])
  })

  it('"did not take place inside Jordan and said the target was the al-Tanf base" disputes where the attack told was', () => {
    const body =
      'A drone struck a U.S. outpost in northeast Jordan early Sunday, killing three soldiers, Central Command said.\n\nA Jordanian government spokesman told state TV that the attack did not take place inside Jordan and said the target was the al-Tanf base in Syria.'
    expect(asRead(body, '2024-01-28').map(([, place]) => place)).not.toContain('al-tanf')
  })
})

describe('the third round (session 46): shapes found in the older corpora and blind-63 to blind-68', () => {
  it('"hurt in drone attacks on al-Asad and al-Tanf", with no day, sums up attacks: it takes neither the story\'s day nor its toll', () => {
    const body =
      'A drone was shot down near Al-Asad Air Base on Friday morning, a U.S. defense official said, with no injuries reported.\n\nThe Pentagon said 21 personnel had been hurt in drone attacks on al-Asad and al-Tanf, most of them lightly.'
    const events = attacks(eventsOf(body, '2023-10-27'))
    expect(events.map(brief)).toEqual([{ day: '2023-10-27', place: 'ain-al-asad', status: 'confirmed', killed: 0, injured: 0 }])
  })
  it('"no American facilities were hit", after another state\'s missiles and a sentence that reports nothing, is about those missiles', () => {
    const body =
      "Iran's Revolutionary Guards fired ballistic missiles at Erbil late on Monday, saying they had aimed at a spy centre. Flights at Erbil airport were halted for the night. A U.S. defense official said no American facilities were hit and no U.S. personnel hurt."
    expect(attacks(eventsOf(body, '2024-01-16')).map(brief)).toEqual([])
  })
  it('"initial reports showed no injuries", then "several personnel were treated for minor injuries": the event shows no injured figure, not none', () => {
    const body =
      'A drone struck the Rumalyn base in northeastern Syria on Friday, a U.S. official said, adding that initial reports showed no injuries.\n\nOn Saturday the official said several American personnel had been treated for minor injuries, including smoke inhalation, after the attack.'
    const [event] = attacks(eventsOf(body, '2024-08-10'))
    expect(event && brief(event)).toEqual({ day: '2024-08-09', place: 'rumalyn-landing-zone', status: 'confirmed', killed: 0, injured: null })
    expect(event?.reports.map((r) => [r.injured?.max ?? null, r.hurtUncounted ?? false])).toEqual([
      [0, false],
      [null, true],
    ])
  })

  it('"did hurt several personnel after all, correcting the first assessment that nobody had been injured" gives no none', () => {
    const body =
      "Friday's drone attack on the Rumalyn base in northeastern Syria did hurt several American personnel after all, a U.S. official said on Saturday, correcting the first assessment that nobody had been injured."
    expect(attacks(eventsOf(body, '2024-08-10')).map(brief)).toEqual([
      { day: '2024-08-09', place: 'rumalyn-landing-zone', status: 'confirmed', killed: null, injured: null },
    ])
  })
  it('"its fighters had used drones against" a named base is an attack', () => {
    expect(
      asReadHere('The Islamic Resistance in Iraq said its fighters had used drones against the al-Shaddadi base in Syria on Sunday.', '2024-01-29'),
    ).toEqual([['2024-01-28', 'shaddadi']])
  })

  it('"There was no immediate word from the coalition on any attacks on al-Shaddadi on Sunday" reports no attack', () => {
    expect(asReadHere('There was no immediate word from the coalition on any attacks on al-Shaddadi or al-Tanf on Sunday.', '2024-01-29')).toEqual([])
    // One clause more, and it may tell something: "no word from the coalition, but drones hit al-Tanf on Sunday".
    expect(asReadHere('There was no immediate word from the coalition, but local sources said drones hit al-Tanf on Sunday.', '2024-01-29')).toEqual([
      ['2024-01-28', 'al-tanf'],
    ])
  })

  it('"It named three of them as being in Syria — A, B and C" places the attacks the sentence before dated at no base', () => {
    const body =
      'A drone killed three U.S. soldiers at Tower 22 in Jordan on Sunday.\n\nOn Monday the Islamic Resistance in Iraq said that at dawn on Sunday its fighters had used drones against four enemy bases. It named three of them as being in Syria — al-Shaddadi, al-Tanf and Rumalyn — and the fourth as a port in Israel.'
    expect(asReadHere(body, '2024-01-29')).toEqual([
      ['2024-01-28', 'al-tanf'],
      ['2024-01-28', 'rumalyn-landing-zone'],
      ['2024-01-28', 'shaddadi'],
      ['2024-01-28', 'tower-22'],
    ])
  })
})

describe('the third round (session 46): the U.S. reply and its toll', () => {
  it('"the strikes killed one member of its security forces", a paragraph after undated U.S. strikes, is not the attack\'s toll', () => {
    const body =
      "A one-way drone struck Erbil Air Base early on Monday, wounding three American service members. The White House described the attack in a statement Monday.\n\nIraq's military spokesman called it a terrorist act.\n\n**The response.** By about 8:45 p.m. Eastern, U.S. aircraft had struck three sites used by Kataib Hezbollah, Central Command said. Officials said the reply was proportionate.\n\nBaghdad was angry. The Iraqi government said the strikes killed one member of its security forces and wounded 18 people."
    expect(attacks(eventsOf(body, '2023-12-26')).map(brief)).toEqual([
      { day: '2023-12-25', place: 'erbil-air-base', status: 'confirmed', killed: null, injured: 3 },
    ])
  })
  it('"were wounded in those raids", after "the president ordered air raids on three sites", is the raids\' toll', () => {
    const body =
      'A one-way drone struck Erbil Air Base early on Monday, wounding three American service members, U.S. officials said.\n\nHours after the Erbil strike, President Joe Biden ordered air raids on three sites in Iraq that Washington tied to Kataib Hezbollah. The Iraqi government said one member of its security forces was killed and 18 people, among them civilians, were wounded in those raids, and it condemned them.'
    expect(attacks(eventsOf(body, '2023-12-26')).map(brief)).toEqual([
      { day: '2023-12-25', place: 'erbil-air-base', status: 'confirmed', killed: null, injured: 3 },
    ])
  })
})

describe('the third round (session 46): an attack set beside another', () => {
  it('"The Rumalyn strike came days after a rocket attack on Aug. 5 against al-Asad" dates al-Asad, not Rumalyn', () => {
    const body =
      'A drone hit the Rumalyn Landing Zone in Syria on Friday, Aug. 9, wounding eight U.S. troops.\n\nThe Rumalyn strike came days after a rocket attack on Aug. 5 against al-Asad air base in western Iraq, which the Pentagon said injured four U.S. service members.'
    expect(asReadHere(body, '2024-08-14')).toEqual([
      ['2024-08-05', 'ain-al-asad'],
      ['2024-08-09', 'rumalyn-landing-zone'],
    ])
  })
})

describe('the third round (session 46): claims no one checked', () => {
  it('"None of the claims could be checked independently, and the U.S. military has said …" confirms none of the claims', () => {
    const body =
      'The Islamic Resistance in Iraq said on Friday that it had launched a drone at Ain al-Asad. On Thursday, the same group said its fighters had struck the base at al-Shaddadi.\n\nNone of the claims could be checked independently, and the U.S. military has said that most launches fail to reach their targets.'
    expect(attacks(eventsOf(body, '2023-12-15')).map((e) => [e.location?.id, e.status])).toEqual([
      ['shaddadi', 'claimed'],
      ['ain-al-asad', 'claimed'],
    ])
  })
})

describe('the third round (session 46): Rukban, a camp that claims list as a base', () => {
  it('a claim on "al-Shaddadi, al-Rukban and al-Tanf" is a claim at each, Rukban included', () => {
    const body =
      'The Islamic Resistance in Iraq said its fighters used drones at dawn on Sunday against four enemy bases: al-Shaddadi, al-Rukban and al-Tanf in Syria, and a naval facility in Israel.'
    expect(asReadHere(body, '2024-01-29')).toEqual([
      ['2024-01-28', 'al-tanf'],
      ['2024-01-28', 'rukban'],
      ['2024-01-28', 'shaddadi'],
    ])
  })

  it('"Tower 22, a small logistics post near the Rukban area" places Tower 22, and is no attack at Rukban', () => {
    const body =
      'A drone struck a U.S. base in northeast Jordan on Sunday, killing three soldiers. U.S. officials identified the site as Tower 22, a small logistics post near the Rukban area.'
    expect(asReadHere(body, '2024-01-29').map(([, place]) => place)).not.toContain('rukban')
  })

  it('"the camp at Rukban" is no base a later "the garrison" means', () => {
    const body =
      'Al-Tanf houses U.S. troops. The displaced-persons camp at Rukban lies inside the same zone.\n\nEarly on Wednesday, October 18, a drone attacked the garrison, the Pentagon said.'
    expect(asReadHere(body, '2024-06-23')).toEqual([['2023-10-18', 'al-tanf']])
  })

  it('an apposition that is a clause is no landmark: "before the blast at Harir, a drone was shot down near the Ain al-Asad airbase"', () => {
    const body = 'Earlier on Thursday, before the blast at Harir, a drone was reportedly shot down near the Ain al-Asad airbase in Anbar, Iraqi media said.'
    expect(asReadHere(body, '2023-11-10').map(([, place]) => place)).toContain('ain-al-asad')
  })
})

describe('the third round (session 46): the review of its rules', () => {
  const events = (body: string, date: string) => attacks(eventsOf(body, date)).map(brief)

  it('"none of those claims was accurate" still denies them; "none of the claims could be checked" confirms none', () => {
    expect(
      events(
        'The group claimed drone attacks on Ain al-Asad, Harir and al-Tanf on Sunday. The Pentagon said none of those claims was accurate and that no attacks took place.',
        '2023-11-13',
      ).map((e) => e.status),
    ).toEqual(['denied', 'denied', 'denied'])
  })

  it('a "no word" or "no comment" sentence that also tells an attack of its own keeps it', () => {
    for (const [body, place] of [
      [
        'The group claimed a drone attack on Harir air base on Sunday. There was no immediate word from the coalition, and the group also said it targeted the Conoco field base in Syria on Sunday night.',
        'mss-conoco',
      ],
      [
        'Drones targeted al-Tanf garrison on Sunday. The Islamic Resistance in Iraq, which gave no word on the weapons used, said it struck the Shaddadi base on Sunday.',
        'shaddadi',
      ],
      [
        'The group attacked Harir air base with drones on Sunday. There was no immediate comment from the U.S. military on the claim, which the group said also involved a strike on Ain al-Asad on Sunday night.',
        'ain-al-asad',
      ],
      [
        'Rockets hit Green Village on Friday. There was no immediate word from U.S. officials on the Green Village attack or on drones launched at al-Shaddadi on Friday.',
        'shaddadi',
      ],
    ] as const)
      expect(events(body, '2023-11-13').map((e) => e.place)).toContain(place)
  })

  it('"It listed the bases as …" after a tally, a video or figures, with no attack told, gives no attacks; after a claim, the claim\'s', () => {
    for (const body of [
      'On Sunday the Pentagon released figures on militia attacks since October. It listed the bases as Ain al-Asad, al-Tanf, Erbil and Tower 22.',
      'On Sunday the Islamic Resistance in Iraq published its weekly tally of operations. It listed the targets as Ain al-Asad, Harir and al-Tanf.',
      'The militia released a video on Sunday. It named three of them as being in Syria — al-Tanf, Conoco and al-Shaddadi.',
    ])
      expect(events(body, '2024-02-05')).toEqual([])
    expect(
      events(
        'The Islamic Resistance in Iraq said that at dawn on Sunday its fighters had used drones against three U.S. bases. It named them as Ain al-Asad, Harir and al-Tanf.',
        '2024-02-05',
      ).map((e) => [e.place, e.status]),
    ).toEqual([
      ['ain-al-asad', 'claimed'],
      ['al-tanf', 'claimed'],
      ['harir-air-base', 'claimed'],
    ])
  })

  it('"have used drones against" bases in general, and the coalition using drones against militia positions, are no attacks', () => {
    expect(
      events(
        'A drone struck Harir air base on Thursday, the coalition said. The militias have used cheap Iranian drones against Ain al-Asad many times since October.',
        '2023-12-01',
      ).map((e) => e.place),
    ).toEqual(['harir-air-base'])
    expect(
      events('Coalition forces at the Conoco field base used drones on Thursday against militia positions in Deir ez-Zor, a monitor said.', '2024-01-05'),
    ).toEqual([])
  })

  it('"injured in rocket attacks on Ain al-Asad", one base, after the day\'s attacks were told, is their toll', () => {
    expect(
      events(
        'Iran-backed militias struck twice in western Iraq on Tuesday, the Pentagon said.\n\nFour service members were injured in rocket attacks on Ain al-Asad air base, officials said.',
        '2024-01-24',
      ),
      // "Four service members were injured": the U.S. count, stated as fact, confirms (the sixth round, session 49).
    ).toEqual([{ day: '2024-01-23', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: 4 }])
  })

  it('"Those strikes killed six", after U.S. strikes and then an attack, is the attack\'s toll', () => {
    expect(
      events(
        'U.S. B-1 bombers struck 85 targets in Iraq and Syria on Friday.\n\nOn Sunday, drones targeted the Conoco base in Syria. Those strikes killed six Syrian Democratic Forces fighters, the SDF said.',
        '2024-02-05',
      ),
    ).toEqual([{ day: '2024-02-04', place: 'mss-conoco', status: 'reported', killed: 6, injured: null }])
  })

  it('"Several were intercepted and nobody was injured", "many feared troops were hurt but … no injuries": none', () => {
    for (const body of [
      'Rockets struck Ain al-Asad air base on Monday, the Pentagon said. Several were intercepted and nobody was injured, the Pentagon said.',
      'Drones attacked al-Tanf on Monday, U.S. officials said. Many feared troops were hurt but the Pentagon said there were no injuries.',
    ])
      expect(events(body, '2023-11-14').map((e) => e.injured)).toEqual([0])
  })

  it('"US aircraft carried out the strikes on Sunday" is no attack', () => {
    expect(events('US aircraft carried out the strikes on Sunday, 12 November, the Pentagon said.', '2023-11-13')).toEqual([])
  })
})

describe('the third round (session 46): what is done as a rule', () => {
  it('"regularly carry out drills at", "have become near-weekly", "as launching points": no attack, with no day of their own', () => {
    const lead = 'A drone was shot down near Tal Baydar on Sunday, a coalition source said.'
    for (const next of [
      'The coalition and the SDF regularly carry out live-fire drills at Tal Baydar and Qasrak, which villagers sometimes mistake for attacks.',
      'Drone attacks on the coalition base at Erbil International Airport have become near-weekly.',
      'The militias use the villages opposite the Conoco and al-Omar fields as launching points for their rockets.',
    ])
      expect(asReadHere(`${lead}\n\n${next}`, '2023-11-06')).toEqual([['2023-11-05', 'tal-baydar']])
  })
})

describe('the third round (session 46): a count broken down in bullet lines', () => {
  it('"• One attack on Qasrak base." under "… 50 attacks …, distributed as follows:", one line a paragraph, is part of the count', () => {
    const body = [
      'Rockets struck the Kharab al-Jir base on Friday, the Observatory said.',
      'Since October 19, the Observatory has documented 50 attacks on coalition bases in Syria, distributed as follows:',
      '• 11 attacks on Al-Omar oil field base.',
      '• Two attacks on Tel Baidar base in Al-Hasakah countryside.',
      '• One attack on Qasrak base in Al-Hasakah countryside.',
    ].join('\n\n')
    expect(asReadHere(body, '2023-12-08')).toEqual([['2023-12-08', 'kharab-al-jir']])
  })
})

describe("the third round (session 46): a speaker's name that describes the target", () => {
  it('"The US military base at the Koniko field came under fire, a source said", then "the source said": no U.S. voice', () => {
    const body =
      'DOHA - The US military base at the Koniko gas field came under rocket fire on Sunday, a source told the agency.\n\n"The American base at the Koniko field was hit by rockets," the source said.'
    expect(attacks(eventsOf(body, '2024-01-01')).map(brief)).toEqual([
      { day: '2023-12-31', place: 'mss-conoco', status: 'reported', killed: null, injured: null },
    ])
  })
})

describe('the third round (session 46): where the launcher stood is not where the base is', () => {
  it('"15 rockets fired from a converted tanker truck in Iraq were launched at the base", after a base in Syria, is that base', () => {
    const body =
      'Rockets hit Ain al-Asad air base in Iraq on Monday, officials said.\n\nA drone struck the Rumalyn base in Syria on Friday, wounding eight. On Dec. 3 last year, 15 rockets fired from a converted tanker truck in Iraq were launched at the base without causing injuries, according to Central Command.'
    expect(asReadHere(body, '2024-08-10')).toContainEqual(['2023-12-03', 'rumalyn-landing-zone'])
  })
})

describe('the third round (session 46): one at a time on one day and another on the next', () => {
  it('"one at 11:30pm on November 8 and another at 12:40am the following morning" is an attack on each day', () => {
    const body =
      'The directorate said two explosive-laden drones struck the coalition base at Harir airport, one at 11:30pm on November 8 and another at 12:40am the following morning.'
    expect(asReadHere(body, '2023-11-22')).toEqual([
      ['2023-11-08', 'harir-air-base'],
      ['2023-11-09', 'harir-air-base'],
    ])
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

describe('the third round (session 46): a toll raised on a later day', () => {
  it('"On Monday the Observatory raised the toll to seven dead and 18 wounded", after Sunday\'s drone, is that drone\'s', () => {
    const body =
      'Just after midnight on Sunday, an explosive drone slammed into a training academy at the al-Omar oil field base. The SDF said six of its commandos were killed. On Monday the Syrian Observatory for Human Rights raised the toll to seven dead and 18 wounded.'
    expect(attacks(eventsOf(body, '2024-02-06')).map(brief)).toEqual([
      { day: '2024-02-04', place: 'green-village', status: 'reported', killed: 7, injured: 18 },
    ])
  })
})

describe('the third round (session 46): the second review of its rules', () => {
  const events = (body: string, date: string) => attacks(eventsOf(body, date)).map(brief)

  it('a habit in a relative clause keeps the attack the sentence tells: "struck Tower 22, where U.S. troops regularly stage supplies"', () => {
    const body =
      'Two rockets hit al-Tanf garrison on Tuesday, a U.S. official said.\n\nA drone also struck Tower 22, where U.S. troops regularly stage supplies, wounding one soldier, the official said.'
    expect(asReadHere(body, '2023-12-06').map(([, place]) => place)).toContain('tower-22')
  })

  it('"one at Erbil air base on Nov. 7 and another at 2 a.m. on Nov. 8 at Harir" puts each base on its own day only', () => {
    const got = asReadHere(
      'Militants launched one drone at Erbil air base on Nov. 7 and another at 2 a.m. on Nov. 8 at Harir, the Pentagon said.',
      '2023-11-10',
    )
    expect(got).not.toContainEqual(['2023-11-08', 'erbil-air-base'])
    expect(got).not.toContainEqual(['2023-11-07', 'harir-air-base'])
  })

  it('"Two service members were wounded in one attack at Ain al-Asad on Nov. 7 and another Nov. 8" gives neither day the pair\'s toll', () => {
    const got = events('Two service members were wounded in one attack at Ain al-Asad on Nov. 7 and another Nov. 8, officials said.', '2023-11-10')
    expect(got.reduce((sum, e) => sum + (e.injured ?? 0), 0)).toBeLessThanOrEqual(2)
  })

  it('a hard-wrapped lede after a "Read more:" line is no headline list', () => {
    const body =
      'Read more: Iran-backed militias step up attacks\n\nTwo rockets struck Ain al-Asad air base in western Iraq on Tuesday, causing no\ncasualties, a U.S. defense official told Reuters, adding that the attack was under review'
    expect(asReadHere(body, '2023-11-01')).toEqual([['2023-10-31', 'ain-al-asad']])
  })

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

  it('"Al-Tanf has been targeted before, but this was the first deadly attack" makes no attack at al-Tanf on the story\'s day', () => {
    const body =
      'Three U.S. soldiers were killed in a drone strike on Tower 22 in Jordan on Sunday, officials said.\n\nAl-Tanf has been targeted before, but this was the first deadly attack. The base near the Jordanian border that was struck on Sunday houses about 350 troops, officials said.'
    expect(asReadHere(body, '2024-01-29').map(([, place]) => place)).not.toContain('al-tanf')
  })

  it('"U.S. military base officials said" is a U.S. voice', () => {
    expect(
      events('Two rockets struck Ain al-Asad air base on Sunday, U.S. military base officials said. There were no injuries.', '2023-11-06').map(
        (e) => e.status,
      ),
    ).toEqual(['confirmed'])
  })
})

describe('the fourth round (session 47): who denies the target, and the day a "when" clause gives', () => {
  it('"…, Iraqi military officials said, but a U.S. official disputed reports that American troops had been the target" is denied', () => {
    const body =
      'Several rockets were fired towards Baghdad airport early on Tuesday, Iraqi army officers said, but a U.S. official disputed reports that American troops based there had been the target.'
    expect(attacks(eventsOf(body, '2024-10-01')).map(brief)).toEqual([
      { day: '2024-10-01', place: 'victory-base', status: 'denied', killed: null, injured: null },
    ])
  })
  it('"All personnel are accounted for, and military forces were not targeted," a U.S. official said: a denial of the target', () => {
    const body =
      'Rockets landed at the Victory base near Baghdad airport on Tuesday, Iraqi police said.\n\n"All personnel are safe, and military forces were not targeted as had been reported," a U.S. defense official said.'
    expect(attacks(eventsOf(body, '2024-10-01')).map((e) => e.status)).toEqual(['denied'])
  })
  it('"since early February, when … after a drone killed three soldiers at Tower 22 on January 28": the clause gives Tower 22 its own day', () => {
    const body =
      'The rockets were the first fired at U.S. troops since early February, when Kataib Hezbollah announced a pause after a drone killed three U.S. soldiers at the Tower 22 outpost in Jordan on January 28.'
    expect(asReadHere(body, '2024-04-22')).toEqual([['2024-01-28', 'tower-22']])
  })
  it('"since early February, when Kataib Hezbollah suspended its attacks on Tower 22" names no day of the base\'s own', () => {
    const body = 'The rockets were the first fired at U.S. troops since early February, when Kataib Hezbollah said it had suspended its attacks on Tower 22.'
    expect(asReadHere(body, '2024-04-22')).toEqual([])
  })
})

describe('the fourth round (session 47): "there" after an attack\'s object', () => {
  it('"A one-way drone struck living quarters there on January 28" is at the base the paragraph before named', () => {
    const body =
      "The interceptions revived memories of January's attack at Tower 22, the U.S. logistics outpost near the Syrian border.\n\nA one-way drone struck living quarters there on January 28, killing three American soldiers, according to the Pentagon."
    expect(asReadHere(body, '2024-04-16')).toEqual([['2024-01-28', 'tower-22']])
  })
  it('"there were no injuries" and "hit a truck and there" are no reference back', () => {
    const body = 'Rockets hit Ain al-Asad on Monday, officials said.\n\nA drone struck a convoy near Erbil on Tuesday and there were no injuries.'
    expect(asReadHere(body, '2024-04-17')).toEqual([['2024-04-15', 'ain-al-asad']])
  })
})

describe('the fourth round (session 47): where attacks fell, in general', () => {
  it('"The attacks recorded so far have been spread across A, B and C" after a dated attack gives no attack at each', () => {
    const body =
      'The first attack in the series came on 19 October, when drones were launched at the Conoco gas field base.\n\nThe attacks recorded so far have been spread across the al-Omar oil field base, al-Tanf garrison and al-Shaddadi.'
    expect(asReadHere(body, '2023-11-09')).toEqual([['2023-10-19', 'mss-conoco']])
  })
})

describe('the fourth round (session 47): a visit a day after, and counts of operations', () => {
  it('"The minister visited Ain al-Asad on Friday, a day after the base was hit by rockets" dates the rockets Thursday', () => {
    const body =
      "Iraq's defense minister made an unannounced visit on Friday to Ain al-Asad air base, a day after the base, which hosts U.S. troops, was hit by rockets."
    expect(asReadHere(body, '2023-10-20')).toEqual([['2023-10-19', 'ain-al-asad']])
  })
  it('"Rockets hit Ain al-Asad on Friday, two days after drones targeted Harir" keeps Friday for Ain al-Asad', () => {
    const body = 'Rockets hit Ain al-Asad air base on Friday, two days after drones targeted a base in northern Iraq, officials said.'
    expect(asReadHere(body, '2023-10-21')).toContainEqual(['2023-10-20', 'ain-al-asad'])
  })
  it('"It carried out 196 missions against the group in the first half of the year, killing 44 operatives" is no toll of the attack told', () => {
    const body =
      'Two drones were shot down near Ain al-Asad air base on Tuesday, officials said.\n\nThe command said it carried out 196 missions against the group with its partners in the first half of the year, killing 44 operatives. In Iraq alone, 137 partnered operations killed 30 Islamic State members.'
    expect(attacks(eventsOf(body, '2024-07-17')).map(brief)).toEqual([
      { day: '2024-07-16', place: 'ain-al-asad', status: 'reported', killed: null, injured: null },
    ])
  })
})

describe('the fourth round (session 47): a sentence that opens on the attack told', () => {
  it('"The one-way attack drone struck at about 5 p.m. — late evening in Syria —" is on the attack\'s day, not the day the toll was given', () => {
    const body =
      'The drone that hit Rumalyn Landing Zone in Syria on Friday, August 9, injured eight U.S. personnel, the Pentagon said Tuesday.\n\nOn Monday officials said several had minor injuries. Tuesday brought the figure of eight.\n\nThe one-way attack drone struck at about 5 p.m. Eastern time — late evening in Syria — and damaged one building at the landing zone, officials said.'
    expect(asReadHere(body, '2024-08-14')).toEqual([['2024-08-09', 'rumalyn-landing-zone']])
  })
})

describe('the fourth round (session 47): a toll of "the attack" told on a later day', () => {
  it('"On Tuesday, the Pentagon\'s spokesman said eight personnel had been injured in the drone attack on the base" is said on Tuesday', () => {
    const body =
      'Drones struck the coalition base at the Kharab al-Jir airstrip in the first minutes of Saturday, local sources said.\n\nOn Tuesday 13 August, the Pentagon press secretary said eight U.S. personnel had been injured in the drone attack on the base in Syria.'
    expect(attacks(eventsOf(body, '2024-08-14')).map(brief)).toEqual([
      { day: '2024-08-10', place: 'kharab-al-jir', status: 'confirmed', killed: null, injured: 8 },
    ])
  })
})

describe("the fourth round (session 47): the day beside a live entry's time", () => {
  it('"**02:15** *(Tuesday 6 August)* — … were hurt in Monday\'s attack" is Monday\'s attack, told on Tuesday', () => {
    const body =
      "Rockets hit Ain al-Asad air base in western Iraq on Monday, U.S. officials said.\n\n**02:15** *(Tuesday 6 August)* — Two U.S. officials have told reporters that at least five Americans were hurt in Monday's attack."
    expect(attacks(eventsOf(body, '2024-08-06')).map(brief)).toEqual([
      { day: '2024-08-05', place: 'ain-al-asad', status: 'confirmed', killed: null, injured: 5 },
    ])
  })
  it('"**21:40** *(Thursday 24 October)* — Drones hit Harir air base" is dated by the entry\'s day', () => {
    expect(asReadHere('**21:40** *(Thursday 24 October)* — Drones hit Harir air base, officials said.', '2024-10-26')).toEqual([
      ['2024-10-24', 'harir-air-base'],
    ])
  })
})

describe('the fourth round (session 47): the review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // A U.S. toll told by another outlet, hedged, or in the fighters' own words is no U.S. account.
    [
      "Iran's Press TV reported that a drone attack on Ain al-Asad air base on Wednesday killed five American soldiers.",
      '2024-01-25',
      [['2024-01-24', 'ain-al-asad', 'reported', 5, null]],
    ],
    [
      'According to Al Mayadeen, the drone attack on the al-Tanf base on Wednesday wounded seven US troops.',
      '2024-01-25',
      [['2024-01-24', 'al-tanf', 'reported', null, 7]],
    ],
    [
      'A drone struck Erbil Air Base on Wednesday, reportedly wounding two U.S. soldiers.',
      '2024-01-25',
      [['2024-01-24', 'erbil-air-base', 'reported', null, 2]],
    ],
    [
      'Rockets struck Ain al-Asad on Wednesday, killing two American troops, local media reported.',
      '2024-01-25',
      [['2024-01-24', 'ain-al-asad', 'reported', 2, null]],
    ],
    [
      'In a new operation on Wednesday, drones of the Islamic Resistance in Iraq pounded the US occupation base in al-Tanf, killing four American soldiers.',
      '2024-01-25',
      [['2024-01-24', 'al-tanf', 'reported', 4, null]],
    ],
    // The dead of an earlier attack, told as the time since which, are not this one's.
    [
      'A drone struck the al-Tanf garrison on Monday, the first attack since three U.S. soldiers were killed at Tower 22 in Jordan.',
      '2024-01-25',
      [['2024-01-22', 'al-tanf', 'reported', null, null]],
    ],
    // Only the voice nearest a denial of the target speaks it; "has not disputed" denies nothing.
    [
      'A U.S. official confirmed that rockets struck Ain al-Asad air base on Wednesday, but Iraqi military officials disputed reports that American troops had been the target.',
      '2024-01-25',
      [['2024-01-24', 'ain-al-asad', 'confirmed', null, null]],
    ],
    [
      'Rockets struck Ain al-Asad air base on Wednesday. The Pentagon has not disputed reports that U.S. forces were targeted.',
      '2024-01-25',
      [['2024-01-24', 'ain-al-asad', 'reported', null, null]],
    ],
    // A day of a later clause is not the day of the base a month-opened "when" clause named.
    [
      'Attacks on U.S. forces had stopped since early February, when militias last fired rockets at Ain al-Asad, until a drone hit Harir air base on March 12.',
      '2024-03-14',
      [['2024-03-12', 'harir-air-base', 'reported', null, null]],
    ],
    // "there" after a nearer place named in the sentence is that place.
    [
      'A drone struck Harir air base on Monday.\n\nOn Wednesday, Turkish jets pounded PKK hideouts in the Qandil mountains, and a drone hit a vehicle there, killing two fighters.',
      '2024-01-27',
      [['2024-01-22', 'harir-air-base', 'reported', null, null]],
    ],
    [
      'A drone struck Harir air base on Monday. On Tuesday a second drone targeted a hangar there.',
      '2024-01-27',
      [
        ['2024-01-22', 'harir-air-base', 'reported', null, null],
        ['2024-01-23', 'harir-air-base', 'reported', null, null],
      ],
    ],
    // Counting back: an attack in the clause before the count keeps its day; "the base was hit" after it is counted back.
    [
      'Sirens sounded again at Ain al-Asad air base on Friday as rockets fell, a day after the base, which hosts U.S. troops, was hit by drones.',
      '2024-01-29',
      [['2024-01-26', 'ain-al-asad', 'reported', null, null]],
    ],
    [
      'The defense minister visited Ain al-Asad air base on Friday, a day after the base was hit by rockets.',
      '2024-01-29',
      [['2024-01-25', 'ain-al-asad', 'reported', null, null]],
    ],
    // Small counts of operations, or a month's first half, are no period's total.
    [
      'A drone struck Tower 22 in Jordan on Sunday.\n\nThe Islamic Resistance in Iraq, which said it carried out 4 operations on Sunday, killed three U.S. soldiers in the strike, the Pentagon said.',
      '2024-01-29',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
    [
      'A drone struck al-Tanf on Thursday.\n\nThe attack, the third in the first half of February, wounded four U.S. troops, the Pentagon said.',
      '2024-02-20',
      [['2024-02-15', 'al-tanf', 'confirmed', null, 4]],
    ],
    // "The second drone", or rockets at another base, is another attack, dated by the sentence before.
    [
      'A drone struck Erbil Air Base on Monday, causing no casualties, the coalition said.\n\nLate on Wednesday, militants launched two drones toward northern Iraq. The second drone struck Harir air base the next morning, damaging a hangar.',
      '2024-01-27',
      [
        ['2024-01-22', 'erbil-air-base', 'reported', 0, 0],
        ['2024-01-25', 'harir-air-base', 'reported', null, null],
      ],
    ],
    [
      'A drone struck Erbil Air Base on Monday, causing no casualties, the coalition said.\n\nOn Wednesday, the Islamic Resistance in Iraq warned it would escalate. The rockets hit Ain al-Asad that night, an Iraqi security source said.',
      '2024-01-27',
      [
        ['2024-01-22', 'erbil-air-base', 'reported', 0, 0],
        ['2024-01-24', 'ain-al-asad', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
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
  it('"Most have targeted the al-Omar oil field base, …" after a count gives no attack at each base on the day before', () => {
    const body =
      'Rockets struck the Kharab al-Jir base on Sunday, the monitor said.\n\nThe monitor has counted 70 attacks on U.S. bases in Syria since October. Most have targeted the al-Omar oil field base, the Koniko gas field base and al-Shaddadi base, with smaller numbers on al-Tanf garrison.'
    expect(asReadHere(body, '2023-12-04')).toEqual([['2023-12-03', 'kharab-al-jir']])
  })
  it('"the campaign of rocket and drone attacks on US forces that began on October 17" is no attack on October 17', () => {
    const body =
      'Three U.S. soldiers were killed in a drone strike on Tower 22 in Jordan on Sunday, the Pentagon said.\n\nThe deaths mark a sharp escalation in the campaign of rocket and drone attacks on US forces that began on October 17.'
    expect(asReadHere(body, '2024-01-29')).toEqual([['2024-01-28', 'tower-22']])
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
    // "Most have targeted" sums up only in the present perfect.
    [
      'Militias launched four drones at U.S. bases on Sunday. Most had targeted Harir air base in Erbil, the Kurdistan counter-terrorism service said.',
      '2023-11-20',
      [['2023-11-19', 'harir-air-base', 'reported', null, null]],
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
    // A toll told on a later day "in the attack on" another base is that base's, on the day it was told.
    [
      'Rockets struck Ain al-Asad on Saturday, the Pentagon said.\n\nOn Tuesday, U.S. officials said three soldiers were wounded in the drone attack on Erbil air base.',
      '2024-01-24',
      [
        ['2024-01-20', 'ain-al-asad', 'confirmed', null, null],
        ['2024-01-23', 'erbil-air-base', 'confirmed', null, 3],
      ],
    ],
    // Hedges on a U.S. toll.
    [
      'A drone struck Harir air base on Monday and is said to have wounded two U.S. service members.',
      '2023-11-14',
      [['2023-11-13', 'harir-air-base', 'reported', null, 2]],
    ],
    ['Rockets struck Ain al-Asad on Monday, possibly wounding two U.S. soldiers.', '2023-11-14', [['2023-11-13', 'ain-al-asad', 'reported', null, 2]]],
    // "the first time since the February truce that rockets have struck" is this attack, not the time since which.
    [
      "Tuesday's barrage marked the first time since the February truce that rockets have struck Ain al-Asad air base, officials said.",
      '2024-07-17',
      [['2024-07-16', 'ain-al-asad', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the fifth round (session 48): briefings, corrections and what a reporter asks', () => {
  it('"struck Rumalyn Landing Zone, not al-Shaddadi": the base set against the one named is where nothing happened', () => {
    const body = 'MS. SINGH: Let me correct that. The drone that damaged tents on Monday morning struck Rumalyn Landing Zone, not al-Shaddadi. Nobody was hurt.'
    expect(asReadHere(body, '2023-11-14')).toEqual([['2023-11-13', 'rumalyn-landing-zone']])
  })
  it('"used A-10 attack aircraft against a hostile target" is the kind of aircraft, no attack on the base it protected', () => {
    const body =
      'On Nov. 29, the command used A-10 attack aircraft against a hostile target that endangered U.S. and coalition troops at MSS Euphrates. Ryder said individuals had been seen preparing a rocket rail, and the strike eliminated that threat.'
    expect(asReadHere(body, '2024-12-04')).toEqual([])
  })
  it('"in response to a U.S. drone strike near Kirkuk, where CENTCOM said it had killed five militants" names the strike an attack answered', () => {
    const body =
      'The Islamic Resistance in Iraq said it attacked the Rmeilan base on Sunday in response to a U.S. drone strike near Kirkuk, where CENTCOM said it had killed five militants preparing to launch a one-way attack drone.'
    expect(briefsReadHere(body, '2023-12-05')).toEqual([['2023-12-03', 'rumalyn-landing-zone', 'confirmed', null, null]])
  })
  it('"a drone slammed into a U.S. military site in northeastern Jordan" is an attack, as "struck" is', () => {
    const body =
      'A one-way attack drone slammed into a U.S. military site in northeastern Jordan, near the Syrian border, early on Sunday, killing three U.S. Army soldiers and wounding dozens more.'
    expect(briefsReadHere(body, '2024-01-30')).toEqual([['2024-01-28', 'northeast-jordan', 'confirmed', 3, null]])
  })
  it('"until Sunday, none had killed an American service member" is no toll of Sunday\'s attack', () => {
    const body =
      'A drone struck Tower 22 in Jordan on Sunday, killing three U.S. soldiers, the Pentagon said.\n\nOur defenses have stopped the great majority of those attacks, which is why, until Sunday, none had killed an American service member.'
    expect(briefsReadHere(body, '2024-01-30')).toEqual([['2024-01-28', 'tower-22', 'confirmed', 3, null]])
  })
  it('"The attack was not at al-Tanf." corrects where the attack told was, and gives none at al-Tanf', () => {
    const body =
      'A drone struck the logistics base known as Tower 22 in Jordan on Sunday, the Pentagon said.\n\nMS. SINGH: Let me stop you there. The attack was not at al-Tanf. It struck Tower 22.'
    expect(asReadHere(body, '2024-01-30')).toEqual([['2024-01-28', 'tower-22']])
  })
  it('"An earlier version, relying on a monitoring group, said the drone struck the Kharab al-Jir airstrip on Saturday" is superseded', () => {
    const body =
      'A one-way drone hit Rumalyn Landing Zone in north-eastern Syria late on Friday, Aug. 9, the Pentagon said.\n\nAn earlier version, relying on a Syrian monitoring group, said the drone struck the Kharab al-Jir airstrip on Saturday, Aug. 10.'
    expect(asReadHere(body, '2024-08-14')).toEqual([['2024-08-09', 'rumalyn-landing-zone']])
  })
})

describe('the fifth round (session 48): places and days across sentences', () => {
  it('"Tower 22 in northeastern Jordan, just across the border from the U.S. garrison at al-Tanf" places no attack at al-Tanf', () => {
    const body =
      'The deadliest attack came on Jan. 28, when a one-way drone hit living quarters at Tower 22 in northeastern Jordan, just across the border from the U.S. garrison at al-Tanf.'
    expect(asReadHere(body, '2024-12-20')).toEqual([['2024-01-28', 'tower-22']])
  })
  it('"most of them before February" bounds a count: it dates no attack at the base the sentence names', () => {
    const body =
      'Rockets hit Ain al-Asad air base on Monday, wounding five Americans.\n\nAustin has called the Al Asad attack a dangerous escalation of a campaign whose tally of attacks since October now tops 180, most of them before February.'
    expect(asReadHere(body, '2024-08-07')).toEqual([['2024-08-05', 'ain-al-asad']])
  })
  it('"Before February, Ain al-Asad, Erbil\'s airport and Harir air base were the main targets" is no attack on the day before', () => {
    const body =
      "Two drones targeted Ain al-Asad on Tuesday, officials said.\n\nBefore February, Ain al-Asad, Erbil's airport and Harir air base were the main targets in Iraq."
    expect(asReadHere(body, '2024-07-17')).toEqual([['2024-07-16', 'ain-al-asad']])
  })
  it('"For the people at al-Tanf, the attacks keep coming" is a habit, not an attack on the day before', () => {
    const body =
      'A one-way drone hit the Tal Baydar outpost on Monday morning.\n\nFor the people at al-Tanf, where most of the injuries are concentrated, the attacks keep coming.'
    expect(asReadHere(body, '2023-11-07')).toEqual([['2023-11-06', 'tal-baydar']])
  })
  it('"was hit before dawn on Jan. 28 by a one-way attack drone": the dot of "Jan." ends no sentence', () => {
    const body =
      'The small logistics outpost in northeastern Jordan, near the Syrian border, was hit before dawn on Jan. 28 by a one-way attack drone that killed three Army Reserve soldiers from Georgia.'
    expect(asReadHere(body, '2024-08-12')).toEqual([['2024-01-28', 'northeast-jordan']])
  })
  it('"ANCHOR: The base is known as Tower 22." names the base of the attack told in the area before it', () => {
    const body =
      'KESSLER, ANCHOR: Three American soldiers are dead after a drone slammed into a small U.S. outpost in northeastern Jordan early yesterday.\n\nABERNATHY, ANCHOR: The base is known as Tower 22. It sits just inside Jordan.'
    expect(asReadHere(body, '2024-01-29')).toEqual([['2024-01-28', 'tower-22']])
  })
  it('"CENTCOM raised that to at least 34 injured, and officials say that figure could keep climbing" still raises the toll', () => {
    const body =
      'A drone slammed into the Tower 22 outpost in northeastern Jordan early on Sunday. Central Command said three service members were killed and 25 wounded. Late last night CENTCOM raised that to at least 34 injured, and officials have told us that figure could keep climbing as more troops are checked.'
    expect(briefsReadHere(body, '2024-01-29')).toEqual([['2024-01-28', 'tower-22', 'confirmed', 3, 34]])
  })
  it('"two drones were sent at it" points back at the base named last, as "the base" does; "struck it" does not', () => {
    const body =
      'It is Ain al-Asad, the sprawling airfield in the western desert that hosts American troops. On Wednesday, a U.S. defence official said, two drones were sent at it and both were intercepted.'
    expect(asReadHere(body, '2023-10-23')).toEqual([['2023-10-18', 'ain-al-asad']])
    const gunship =
      'A ballistic missile hit Ain al-Asad on Monday night, the Pentagon said. A U.S. AC-130 gunship already in the air followed the launch team to their vehicle and struck it.'
    expect(asReadHere(gunship, '2023-11-22')).toEqual([['2023-11-20', 'ain-al-asad']])
  })
  it('"Last week, on Thursday evening" is the Thursday of last week', () => {
    const body = 'Last week, on Thursday evening, local sources reported a series of explosions at the al-Omar oil field base after rockets were fired at it.'
    expect(asReadHere(body, '2024-03-01')).toEqual([['2024-02-22', 'green-village']])
  })
  it('an attack told with its day and no base, right after a lead that named the base and no day, is at that base', () => {
    const body =
      'New details emerged meanwhile about an earlier attack on Erbil air base. Before dawn on 26 October, a drone launched by a militia struck a barracks housing American soldiers, two US officials said.'
    expect(asReadHere(body, '2023-11-10')).toEqual([['2023-10-26', 'erbil-air-base']])
  })
})

describe('the fifth round (session 48): the review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // A briefing's question that names a day is still read: the answer often only confirms it.
    [
      'Q: Was there another attack on U.S. forces at Ain al-Asad on Wednesday?\n\nMR. RYDER: Yes. There was. No injuries, minimal damage.',
      '2023-11-25',
      [['2023-11-22', 'ain-al-asad', 'confirmed', 0, 0]],
    ],
    // A sentence that tells the attack and ends on a question.
    [
      'A drone struck Tower 22 in northeastern Jordan early Sunday, killing three U.S. soldiers, and the question in Washington is now simple: how will Biden respond?',
      '2024-01-29',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
    // "misidentified", "misreported" are no correction of the story.
    [
      'The drone that killed three U.S. soldiers at Tower 22 on Sunday may have been misidentified as an American drone returning to the base, officials said.',
      '2024-01-30',
      [['2024-01-28', 'tower-22', 'reported', 3, null]],
    ],
    // "not at al-Tanf but at a small logistics base in northeastern Jordan": the base denied is dropped, the area kept.
    [
      'Kirby told reporters on Monday that the drone attack on Sunday was not at al-Tanf but at a small logistics base in northeastern Jordan, where three American soldiers were killed.',
      '2024-01-30',
      [['2024-01-28', 'northeast-jordan', 'confirmed', 3, null]],
    ],
    // "kept coming for half an hour" is one barrage; "And the attacks keep coming: on Monday, …" tells one.
    [
      'The rockets kept coming for nearly half an hour on Saturday evening at Ain al-Asad, where at least two U.S. service members were wounded, officials said.',
      '2024-01-21',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, 2]],
    ],
    [
      'And the attacks keep coming: on Monday, a drone struck the Conoco base in eastern Syria, causing no injuries.',
      '2024-01-09',
      [['2024-01-08', 'mss-conoco', 'reported', 0, 0]],
    ],
    // A lead that tells an attack, a past one or a claim lends no base to the next sentence's attack.
    [
      'Rockets were also fired at the Harir base in Erbil province, according to security sources. Separately, on Tuesday, a drone attacked U.S. troops, causing minor injuries, a Pentagon official said.',
      '2024-01-11',
      [['2024-01-09', null, 'confirmed', null, null]],
    ],
    [
      'The Islamic Resistance in Iraq also claimed a drone attack on al-Tanf, though U.S. officials could not confirm it. On Saturday, a one-way drone targeted American troops, but was shot down, a U.S. official said.',
      '2024-01-23',
      [['2024-01-20', null, 'confirmed', null, null]],
    ],
    // "The base is known as Harir" moves no attack told in western Iraq.
    [
      'Ballistic missiles targeted U.S. forces in western Iraq on Saturday, wounding several American personnel, U.S. Central Command said.\n\nIt was the second attack on American troops in Iraq this week. On Thursday, militants flew a drone at a base in Erbil province that hosts U.S. forces. The base is known as Harir.',
      '2024-01-21',
      [['2024-01-20', 'western-iraq', 'confirmed', null, null]],
    ],
    // Crashes that are no attack: a U.S. helicopter, a U.S. drone, a Turkish drone, a warning.
    [
      'A U.S. Army helicopter crashed into a U.S. military outpost in northern Iraq on Friday during a training flight, killing two crew members, officials said.',
      '2024-02-10',
      [],
    ],
    ['On Monday, a Turkish drone crashed into a coalition position near Hasakah during strikes on Kurdish-led forces, the SDF said.', '2023-10-25', []],
    [
      'A U.S. official said on Monday that it was only a matter of time before a drone slammed into a U.S. military base and killed Americans.',
      '2024-01-16',
      [],
    ],
    // Rockets that fell short of the base they were fired at are still an attack on it.
    [
      'Two rockets fired on Monday landed near al-Baghdadi, not at Ain al-Asad air base, Iraqi police said.',
      '2024-01-10',
      [['2024-01-08', 'ain-al-asad', 'reported', null, null]],
    ],
    // "until January, when a drone strike there killed three": the month of the "when" clause.
    [
      'Few Americans had heard of Tower 22 until January, when a drone strike there killed three U.S. soldiers.',
      '2024-03-15',
      [['2024-01-01', 'tower-22', 'confirmed', 3, null]],
    ],
    // "No attack had killed U.S. troops until a drone … killed three": the three are this attack's.
    [
      'No attack had killed U.S. troops until a drone hit Tower 22 in Jordan on Sunday and killed three soldiers.',
      '2024-01-29',
      [['2024-01-28', 'tower-22', 'reported', 3, null]],
    ],
    // Civilians killed in the city, "and the toll may rise": another strike's dead, not the intercepted drones' toll.
    [
      'Three drones were shot down near Erbil airport, which hosts U.S.-led coalition troops, late on Monday, Kurdish counterterrorism officials said.\n\nKurdish officials said four civilians were killed in the city, among them a prominent businessman, and that the toll may rise.',
      '2024-01-16',
      [['2024-01-15', 'erbil-air-base', 'reported', null, null]],
    ],
    // "the number of injured could rise", "a number that could rise" of troops hurt: the toll still adds.
    [
      'A drone struck Tower 22 in northeastern Jordan on Sunday, killing three U.S. soldiers. Officials said more than 40 troops were hurt, a number that could rise.',
      '2024-01-30',
      [['2024-01-28', 'tower-22', 'confirmed', 3, 40]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the fifth round (session 48): the second review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // A crash into a U.S. site is an attack whatever the weapon, and whoever speaks first.
    [
      'A U.S. official said a drone slammed into a small U.S. outpost on Tuesday, wounding two soldiers.',
      '2024-02-01',
      [['2024-01-30', null, 'confirmed', null, 2]],
    ],
    [
      'Late on Tuesday, three mortar rounds slammed into a U.S. base, causing minor damage but no injuries, two officials said.',
      '2024-02-01',
      [['2024-01-30', null, 'reported', 0, 0]],
    ],
    [
      'On Tuesday, a one-way attack drone launched by an Iran-backed militia slammed into a small U.S. outpost, wounding two soldiers, officials said.',
      '2024-02-01',
      [['2024-01-30', null, 'reported', null, 2]],
    ],
    // … but not a U.S. aircraft's, nor a crash told as an accident.
    ['A U.S. MQ-9 Reaper drone crashed into a U.S. base in western Iraq on Tuesday after a mechanical failure, the Pentagon said.', '2024-02-10', []],
    [
      'The drone, which crashed into a U.S. outpost in northeastern Syria on Monday after losing its link, belonged to the coalition, officials said.',
      '2023-10-25',
      [],
    ],
    // Between dashes, only a breakdown of the count is an aside: a garrison's size is no toll.
    [
      'The drone that struck Tower 22, a logistics outpost in northeastern Jordan that houses about 350 U.S. soldiers — Army and Air Force personnel — killed three and wounded more than 40 on Sunday, officials said.',
      '2024-01-30',
      [['2024-01-28', 'tower-22', 'reported', 3, 40]],
    ],
    [
      'ERBIL, Kurdistan Region - A drone attack on the Conoco gas field in Deir ez-Zor, which hosts some 200 US soldiers - most of them special forces - injured two service members on Tuesday, a US official told Rudaw.',
      '2024-01-31',
      [['2024-01-30', 'mss-conoco', 'confirmed', null, 2]],
    ],
    // "before the strike killed three": the figures after it are the attack's own; "Three nights before the Tower 22
    // strike" is a time, and the none after it stays.
    [
      'A one-way drone struck Tower 22 in Jordan early Sunday. A U.S. drone was returning to the base at about the same time, and air defenses did not engage the enemy drone before the strike killed three soldiers and injured more than 40, officials said.',
      '2024-01-30',
      [['2024-01-28', 'tower-22', 'reported', 3, 40]],
    ],
    [
      'Three nights before the Tower 22 strike, on Thursday, Kurdish counter-terrorism officials said a suicide drone aimed at the coalition base at Erbil International Airport had been shot down at 9:07 p.m. They reported no casualties.',
      '2024-02-03',
      [['2024-02-01', 'erbil-air-base', 'reported', 0, 0]],
    ],
    // "fired a missile at it" of a tanker or of a U.S. drone points back at no base.
    [
      'Iran-backed militants fired ballistic missiles and rockets at Ain al-Asad air base in western Iraq on Saturday, and several U.S. personnel were evaluated for brain injuries, Central Command said.\n\nOn Friday, a British-owned oil tanker caught fire in the Gulf of Aden after Houthi forces fired a missile at it, the U.S. military said.',
      '2024-01-27',
      [['2024-01-27', 'ain-al-asad', 'confirmed', null, null]],
    ],
    [
      'Militants fired a close-range ballistic missile at Ain al-Asad air base on Monday, wounding eight U.S. personnel, the Pentagon said.\n\nOn Wednesday, a U.S. surveillance drone was shot down after militants fired a missile at it, a U.S. official said.',
      '2023-11-23',
      [['2023-11-20', 'ain-al-asad', 'confirmed', null, 8]],
    ],
    // "struck in northeastern Jordan …, not at al-Tanf": the base set against a region is not where it struck.
    [
      'A drone attack killed three U.S. soldiers on Sunday, U.S. officials said. A U.S. official said the drone struck in northeastern Jordan near the Syrian border, not at al-Tanf, the garrison across the border in Syria.',
      '2024-01-29',
      [['2024-01-28', null, 'confirmed', 3, null]],
    ],
    // "that number could rise" of "40 others".
    [
      'A drone struck Tower 22, a U.S. base in Jordan, on Sunday, killing three U.S. soldiers. More than 40 others were injured, and the Pentagon said that number could rise.',
      '2024-01-30',
      [['2024-01-28', 'tower-22', 'confirmed', 3, 40]],
    ],
    // "which had come under fire twice last week, on Tuesday evening": Tuesday is the main clause's, this week's.
    [
      'Rockets struck Ain al-Asad air base in Anbar province, which had already come under fire twice last week, on Tuesday evening, two Iraqi security officials said.',
      '2024-02-01',
      [['2024-01-30', 'ain-al-asad', 'reported', null, null]],
    ],
    // "until February, when the attacks largely stopped" tells no attack in February.
    ['Militias fired rockets or drones at al-Tanf almost every week until February, when the attacks largely stopped.', '2024-09-15', []],
    // "the drone attack that targeted Erbil air base" names the attack the next sentence dates.
    [
      'New details have emerged about the drone attack that targeted Erbil air base. Before dawn on 26 October, a drone struck a barracks housing American soldiers, injuring one, officials said.',
      '2023-11-02',
      [['2023-10-26', 'erbil-air-base', 'reported', null, 1]],
    ],
    // An image at the head of the lead is no header: the tags below the story still end it.
    [
      '![Smoke rises over the base](https://www.example.org/img/harir.jpg)ERBIL (Kurdistan 24) – Two drones targeted the Harir air base north of Erbil on Tuesday night, the directorate said in a statement. No one was hurt.\n\nTags: Harir, drones, Erbil\n\nMore from Kurdistan24\n\nRockets hit Ain al-Asad air base on Monday, wounding two U.S. service members, officials said.',
      '2024-01-31',
      [['2024-01-30', 'harir-air-base', 'reported', 0, 0]],
    ],
    // "U.S. Army" in a caption is no second sentence.
    [
      "*U.S. Army soldiers stand guard at the gate of Harir air base in Erbil province on Friday. (Photo: Kurdistan 24)*\n\nTags: Harir, drone attack, Islamic Resistance in Iraq\n\nERBIL (Kurdistan 24) – An explosive-laden drone struck Harir air base in Erbil province on Friday afternoon, the Kurdistan Region's Counter-Terrorism Directorate said, adding that no one was hurt.",
      '2024-01-06',
      [['2024-01-05', 'harir-air-base', 'reported', 0, 0]],
    ],
    // "No attack had previously killed or even seriously injured a U.S. service member": no toll of one.
    [
      'A drone attack on Sunday killed three U.S. soldiers at Tower 22, a small base in Jordan, and injured dozens. No attack had previously killed or even seriously injured a U.S. service member.',
      '2024-01-30',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

function asReadHere(body: string, date: string): [string, string | null][] {
  return attacks(eventsOf(body, date))
    .map((e): [string, string | null] => [e.date, e.location?.id ?? null])
    .sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`))
}

/** Each attack event the body gives, as [day, base, status, killed, injured], in order of day and base. */
describe('the sixth round (session 49): who says an attack happened', () => {
  it('an official "not aware of any attack" or "not tracking" one at a named base does not confirm it', () => {
    const asked =
      'Q: Can you confirm reports of a drone attack on al-Tanf on Monday?\n\nMR. RYDER: I am not tracking any attack on al-Tanf. I would refer you to CENTCOM.'
    expect(briefsReadHere(asked, '2024-02-14')).toEqual([['2024-02-12', 'al-tanf', 'reported', null, null]])
    const told = 'A Pentagon spokesman said on Tuesday he was not aware of any attack on the Conoco base on Monday.'
    expect(briefsReadHere(told, '2024-02-14')).toEqual([['2024-02-12', 'mss-conoco', 'reported', null, null]])
  })
  it('"three Army reservists", "two Airmen" killed or hurt, stated as fact, relay the U.S. count: confirmed', () => {
    const body = 'The drone that hit Tower 22 in Jordan on January 28 killed three Army reservists.'
    expect(briefsReadHere(body, '2024-02-14')).toEqual([['2024-01-28', 'tower-22', 'confirmed', 3, null]])
    const airmen = 'A rocket struck Ain al-Asad on Monday, and two Airmen were lightly wounded.'
    expect(briefsReadHere(airmen, '2024-08-07')).toEqual([['2024-08-05', 'ain-al-asad', 'confirmed', null, 2]])
  })
  it('another country\'s forces named with them are not Americans: "two Iraqi service members were wounded" stays reported', () => {
    const body = 'A rocket struck Ain al-Asad on Monday, and two Iraqi service members were wounded.'
    expect(briefsReadHere(body, '2024-08-07')).toEqual([['2024-08-05', 'ain-al-asad', 'reported', null, 2]])
  })
  it('"militias wounded U.S. troops at two bases", with no number, stated as fact, confirms each; "whether U.S. troops were hurt" does not', () => {
    const body =
      'In the space of five days, militias wounded U.S. troops at two bases: a rocket attack on Al Asad air base in western Iraq on Monday, August 5, and a drone that hit Rumalyn on Friday.'
    expect(briefsReadHere(body, '2024-08-14').map((b) => b.slice(0, 3))).toEqual([
      ['2024-08-05', 'ain-al-asad', 'confirmed'],
      ['2024-08-09', 'rumalyn-landing-zone', 'confirmed'],
    ])
    const unsure = 'A drone hit Rumalyn on Friday; it was not clear whether U.S. troops were injured.'
    expect(briefsReadHere(unsure, '2024-08-14')).toEqual([['2024-08-09', 'rumalyn-landing-zone', 'reported', null, null]])
  })
})

describe('the sixth round (session 49): tolls', () => {
  it('"no casualty figure has been given" is no figure, not a toll of none', () => {
    const body =
      'A local news network said three drones struck the Conoco gas field on Thursday. There has been no official confirmation of that attack, and no casualty figure has been given.'
    expect(briefsReadHere(body, '2023-10-21')).toEqual([['2023-10-19', 'mss-conoco', 'reported', null, null]])
    const none = 'A local news network said three drones struck the Conoco gas field on Thursday. No casualties were reported.'
    expect(briefsReadHere(none, '2023-10-21')).toEqual([['2023-10-19', 'mss-conoco', 'reported', 0, 0]])
  })
  it('"it had raised that figure to at least 34 …, and the number could grow" is the later toll, not a threat', () => {
    const body =
      'A one-way drone struck Tower 22 in Jordan early on Sunday, killing three U.S. soldiers.\n\nCentral Command first reported 25 injured. By Sunday evening it had raised that figure to at least 34, saying eight of the wounded had been flown out and that the number could grow as personnel were assessed.'
    expect(briefsReadHere(body, '2024-01-29')).toEqual([['2024-01-28', 'tower-22', 'confirmed', 3, 34]])
  })
  it('the dead of a militia are no toll of an attack on a base: "the killing of a senior militia commander", "one member of a pro-Iran faction"', () => {
    const commander =
      'An explosive-laden drone slammed into Harir air base on Friday, the latest in a string of attacks that followed the killing of a senior militia commander by an American drone in Baghdad.'
    expect(briefsReadHere(commander, '2024-01-06')).toEqual([['2024-01-05', 'harir-air-base', 'reported', null, null]])
    const faction =
      'A drone struck Erbil Air Base on Monday, wounding three U.S. service members, officials said. Hours later, U.S. aircraft struck three sites in Iraq used by Kataib Hezbollah.\n\nThe Iraqi government said the strikes killed one member of its security forces and wounded 18 people, including civilians. Iraqi security sources gave a different toll, saying one member of a pro-Iran faction was killed and 24 wounded.'
    expect(briefsReadHere(faction, '2023-12-27')).toEqual([['2023-12-25', 'erbil-air-base', 'confirmed', null, 3]])
  })
  it('"American aircraft, including B-1 bombers flown from the United States, hit 85 targets": the strike, whose toll is not the attack\'s', () => {
    const body =
      'A drone struck the al-Omar base in Deir ez-Zor late on Sunday, killing six SDF fighters, the SDF said.\n\nOn Friday, American aircraft, including long-range B-1 bombers flown from the United States, hit more than 85 targets at seven sites in Iraq and Syria used by allied militias.\n\nIraq said 16 people were killed on its side of the border. The Observatory counted at least 18 dead in Syria.'
    expect(briefsReadHere(body, '2024-02-06')).toEqual([['2024-02-04', 'green-village', 'reported', 6, null]])
  })
})

describe('the sixth round (session 49): days and places', () => {
  it('"The missile struck on Monday night, Nov 20, Iraq time." dates the lead that named the base but no day', () => {
    const body =
      'WASHINGTON – Eight American military personnel were injured when militants fired a close-range ballistic missile at Ain al-Asad air base in western Iraq, the Pentagon said.\n\nThe missile struck on Monday night, Nov 20, Iraq time. That was already Tuesday in Singapore.'
    expect(briefsReadHere(body, '2023-11-22')).toEqual([['2023-11-20', 'ain-al-asad', 'confirmed', null, 8]])
  })
  it('a title whose day is the U.S. reply\'s ("**Further American strikes follow early on Wednesday**") does not date the attack below', () => {
    const body =
      '**Further American strikes follow early on Wednesday**\n\nEight American military personnel were injured when militants fired a ballistic missile at Ain al-Asad air base, the Pentagon said.\n\nThe missile struck on Monday night.'
    expect(asReadHere(body, '2023-11-22')).toEqual([['2023-11-20', 'ain-al-asad']])
  })
  it('"the local evening it describes" is no evening in particular', () => {
    const body =
      "A one-way drone hit Rumalyn Landing Zone late on Friday, Aug. 9, the Pentagon said.\n\nThe Pentagon's account, and the local evening it describes, put the attack on Friday, Aug. 9, and that is the date we use."
    expect(asReadHere(body, '2024-08-13')).toEqual([['2024-08-09', 'rumalyn-landing-zone']])
  })
  it('"sirens then sounded at the Conoco gas field base" beside the base struck is an alarm, not a second attack', () => {
    const body =
      'Rockets targeted the US outpost at the al-Omar oil field on Sunday. Witnesses reported several explosions, and sirens then sounded at the Conoco gas field base.'
    expect(asReadHere(body, '2024-11-12')).toEqual([['2024-11-10', 'green-village']])
    const alone = 'Sirens sounded at the Conoco gas field base on Sunday as rockets hit, witnesses said.'
    expect(asReadHere(alone, '2024-11-12')).toEqual([['2024-11-10', 'mss-conoco']])
  })
})

describe('the sixth round (session 49): the review of its rules', () => {
  // Each case broke a rule of this round as first written (fd8612b), or was a miss the reviewer found; one case per kind.
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'A U.S. defense official confirmed that two drones targeted Ain al-Asad air base in western Iraq on Tuesday, but said they were not aware of any reports of injuries.',
      '2023-10-25',
      [['2023-10-24', 'ain-al-asad', 'confirmed', null, null]],
    ],
    [
      'The Pentagon confirmed on Thursday that drones had attacked Ain al-Asad air base on Wednesday, but said it was not aware of any attack on Harir air base.',
      '2023-10-20',
      [
        ['2023-10-18', 'ain-al-asad', 'confirmed', null, null],
        ['2023-10-18', 'harir-air-base', 'confirmed', null, null],
      ],
    ],
    [
      "Q: Can you confirm reports of a drone attack on al-Tanf on Monday?\n\nMR. RYDER: I don't have any information on an attack at Tanf.",
      '2024-02-14',
      [['2024-02-12', 'al-tanf', 'reported', null, null]],
    ],
    [
      'Drones targeted Ain al-Asad air base in western Iraq on Wednesday, the latest in a string of attacks that have injured U.S. troops.',
      '2023-10-19',
      [['2023-10-18', 'ain-al-asad', 'reported', null, null]],
    ],
    [
      'Rockets were fired at Ain al-Asad air base on Monday, a month after a drone attack in Jordan killed U.S. troops.',
      '2024-02-20',
      [['2024-02-19', 'ain-al-asad', 'reported', null, null]],
    ],
    [
      'Drones targeted Ain al-Asad air base in western Iraq on Wednesday, the sprawling desert base where American troops were wounded by Iranian ballistic missiles in January 2020.',
      '2023-10-19',
      [['2023-10-18', 'ain-al-asad', 'reported', null, null]],
    ],
    [
      'Drones targeted Ain al-Asad air base in western Iraq on Wednesday, but there was no indication from officials on Wednesday night that U.S. troops were hurt.',
      '2023-10-19',
      [['2023-10-18', 'ain-al-asad', 'reported', null, null]],
    ],
    [
      'Drones targeted Ain al-Asad air base in western Iraq on Wednesday, and pro-militia Telegram channels falsely asserted that U.S. soldiers were killed.',
      '2023-10-19',
      [['2023-10-18', 'ain-al-asad', 'reported', null, null]],
    ],
    [
      'Two Army soldiers were wounded when three Katyusha rockets struck near the Victory base at Baghdad airport on Monday.',
      '2023-11-21',
      [['2023-11-20', 'victory-base', 'reported', null, 2]],
    ],
    [
      'A drone struck the Tower 22 outpost in Jordan on Sunday, killing three soldiers and wounding more than 40 troops, prompting U.S. strikes on Friday that killed dozens of militia fighters.',
      '2024-02-03',
      [['2024-01-28', 'tower-22', 'reported', 3, 40]],
    ],
    [
      'A drone struck a base housing U.S. troops at the al-Omar oil field in eastern Syria late Sunday, killing six Kurdish militia fighters, according to the Syrian Democratic Forces.',
      '2024-02-06',
      [['2024-02-04', 'green-village', 'reported', 6, null]],
    ],
    [
      'A drone struck the al-Omar base late Sunday, the SDF said. Six members of the Kurdish-led armed group were killed, the SDF said.',
      '2024-02-06',
      [['2024-02-04', 'green-village', 'reported', 6, null]],
    ],
    [
      'Two U.S. aircraft, parked on the apron at Ain al-Asad air base in western Iraq, were hit when rockets landed there on Monday, an Iraqi security official said.',
      '2023-10-24',
      [['2023-10-23', 'ain-al-asad', 'reported', null, null]],
    ],
    [
      'A network said three drones struck the Conoco gas field on Thursday. No U.S. casualty figure has been given.',
      '2023-10-21',
      [['2023-10-19', 'mss-conoco', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
  it('"where two Airmen were hurt in a similar attack in January" is another attack\'s: no confirmation of this one', () => {
    const body = 'Rockets were fired at Ain al-Asad air base on Monday, where two Airmen were hurt in a similar attack in January.'
    expect(briefsReadHere(body, '2024-02-20').map((b) => b.slice(0, 3))).toEqual([['2024-02-19', 'ain-al-asad', 'reported']])
  })
})

describe('the sixth round (session 49): the second review of its rules', () => {
  // Each case broke a rule of this round as mended (a19e80c), or was a miss the second reviewer found; one case per kind.
  it.each<[string, string, [string, string | null][]]>([
    ['Sirens sounded at the Conoco base after a drone attack late on Sunday, the SDF said.', '2023-11-13', [['2023-11-12', 'mss-conoco']]],
    [
      'Sirens went off at the al-Tanf garrison late on Sunday as two drones approached; both were shot down, a U.S. official said.',
      '2023-11-13',
      [['2023-11-12', 'al-tanf']],
    ],
    [
      'Sirens sounded at the Conoco base and at the Green Village as rockets landed late on Sunday, the Deir ez-Zor 24 network said.',
      '2023-11-13',
      [
        ['2023-11-12', 'green-village'],
        ['2023-11-12', 'mss-conoco'],
      ],
    ],
    [
      '**Drone hits U.S. aircraft shelter on Wednesday**\n\nTwo drones targeted Ain al-Asad air base, a U.S. defense official said. One was shot down and the other caused minor damage.',
      '2023-10-28',
      [['2023-10-25', 'ain-al-asad']],
    ],
    [
      '**US response weighed after Saturday attack**\n\nBallistic missiles and rockets struck Ain al-Asad air base, wounding four U.S. service members, U.S. Central Command said.',
      '2024-01-24',
      [['2024-01-20', 'ain-al-asad']],
    ],
    [
      'The Islamic Resistance in Iraq said it targeted the al-Tanf garrison with a drone, in a statement on Telegram.\n\nThe Israeli missiles struck late on Thursday near Damascus, Syrian state media said, killing two Iranian advisers.',
      '2023-12-03',
      [],
    ],
    [
      'The Islamic Resistance in Iraq claimed a drone attack on the al-Tanf base in Syria.\n\nThe missile struck on Thursday night in the Red Sea port of Eilat, the Israeli army said.',
      '2023-11-10',
      [],
    ],
    [
      'Live: Middle East\n09:40\nRockets struck Ain al-Asad air base in the local morning, a U.S. official said, with no injuries reported.',
      '2023-11-20',
      [['2023-11-20', 'ain-al-asad']],
    ],
    [
      'Rockets targeted Ain al-Asad air base in western Iraq, a U.S. official said.\n\nThe rockets landed Sunday night, the official said, and caused no casualties.',
      '2024-01-22',
      [['2024-01-21', 'ain-al-asad']],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'A U.S. official said he was not aware of any attack on Harir air base, but confirmed that a drone struck Ain al-Asad on Monday, causing minor damage.',
      '2023-11-21',
      [
        ['2023-11-20', 'ain-al-asad', 'confirmed', null, null],
        ['2023-11-20', 'harir-air-base', 'confirmed', null, null],
      ],
    ],
    [
      'A U.S. official said two rockets landed near Ain al-Asad air base on Monday and caused no damage, and that he was not aware of any attack at other sites.',
      '2023-11-21',
      [['2023-11-20', 'ain-al-asad', 'confirmed', null, null]],
    ],
    [
      'A U.S. official said rockets hit Ain al-Asad air base on Monday, and said he was not aware of any strike in response.',
      '2023-11-21',
      [['2023-11-20', 'ain-al-asad', 'confirmed', null, null]],
    ],
    [
      'The Islamic Resistance in Iraq said it attacked Harir air base on Monday with drones. "We haven\'t seen reports of any attack on Harir," a U.S. official said.',
      '2023-11-21',
      [['2023-11-20', 'harir-air-base', 'claimed', null, null]],
    ],
    [
      'The Islamic Resistance in Iraq said it attacked Harir air base on Monday with drones. A U.S. official said he was not aware of any drone attack on Harir.',
      '2023-11-21',
      [['2023-11-20', 'harir-air-base', 'claimed', null, null]],
    ],
    [
      'Rockets hit the Conoco base on Sunday, the Syrian Observatory said. One member of a local Arab militia was killed.',
      '2023-11-13',
      [['2023-11-12', 'mss-conoco', 'reported', 1, null]],
    ],
    [
      'A rocket struck Ain al-Asad air base, which hosts Iraqi and U.S. forces, on Monday, wounding two service members.',
      '2023-11-21',
      [['2023-11-20', 'ain-al-asad', 'reported', null, 2]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the sixth round (session 49): reactions, states of things and asides', () => {
  it('"Egypt condemned the attack on Monday" is the day of the reaction, not a second attack', () => {
    const body =
      'A drone struck Tower 22 in Jordan on Sunday, killing three U.S. soldiers. Egypt condemned the attack on Monday and expressed solidarity with Jordan.'
    expect(asReadHere(body, '2024-01-29')).toEqual([['2024-01-28', 'tower-22']])
  })
  it('"had not been verified by the military as of Friday morning" dates no attack', () => {
    const body = 'A fourth reported attack, on the Conoco gas field in eastern Syria, had not been verified by the military as of Friday morning.'
    expect(asReadHere(body, '2023-10-20')).toEqual([])
  })
  it('"The strike on Ain al-Asad came three days after another attack in the Kurdistan Region" does not move Ain al-Asad three days back', () => {
    const body =
      'A close-range ballistic missile struck Ain al-Asad on Monday night, wounding eight. The strike on Ain al-Asad came three days after another attack in the Kurdistan Region.'
    expect(asReadHere(body, '2023-11-22')).toEqual([['2023-11-20', 'ain-al-asad']])
  })
  it('"Two U.S. officials, who spoke on condition of anonymity because they were not cleared to brief reporters, said …" confirms', () => {
    const body =
      'Two U.S. officials, who spoke on condition of anonymity because they were not cleared to brief reporters, said two one-way drones were launched at al-Asad Air Base early on Wednesday.'
    expect(briefsReadHere(body, '2023-10-20')).toEqual([['2023-10-18', 'ain-al-asad', 'confirmed', null, null]])
  })
})

describe('the sixth round (session 49): tolls revised on a later day', () => {
  it('"The monitor raised the death toll on Monday to seven" is the later toll of Sunday\'s attack', () => {
    const body = 'A drone struck the al-Omar base late on Sunday, killing six fighters, the SDF said.\n\nThe monitor raised the death toll on Monday to seven.'
    expect(briefsReadHere(body, '2024-02-06')).toEqual([['2024-02-04', 'green-village', 'reported', 7, null]])
  })
})

describe('the seventh round (session 50): who says an attack happened', () => {
  it.each([
    [
      'Kurdish counter-terrorism officials denied a report that Harir air base was attacked by drones on Saturday, saying the noise came from a training exercise.',
      '2023-11-13',
      [],
    ],
    ['On Saturday the Iraqi security media cell dismissed reports that rockets had struck Ain al-Asad as rumours.', '2023-11-13', []],
    // A U.S. official's denial keeps the attack, denied.
    [
      'A U.S. defense official denied reports that drones had struck Harir air base on Saturday.',
      '2023-11-13',
      [['2023-11-11', 'harir-air-base', 'denied', null, null]],
    ],
    // A denial of the toll by local officials takes the attack as having happened.
    [
      'Kurdish counter-terrorism officials said a drone struck Harir air base on Saturday, and denied reports that anyone was killed.',
      '2023-11-13',
      [['2023-11-11', 'harir-air-base', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the seventh round (session 50): several attacks in one sentence', () => {
  it.each([
    [
      'Drones struck Harir air base on both Wednesday and Thursday.',
      '2023-11-11',
      [
        ['2023-11-08', 'harir-air-base'],
        ['2023-11-09', 'harir-air-base'],
      ],
    ],
    [
      'Drones struck Harir air base twice this week, the first a little before midnight on Nov. 8 and the second on the evening of Nov. 9.',
      '2023-11-11',
      [
        ['2023-11-08', 'harir-air-base'],
        ['2023-11-09', 'harir-air-base'],
      ],
    ],
    // One attack across midnight stays one.
    ['Drones struck Harir air base late on Wednesday and early on Thursday.', '2023-11-11', [['2023-11-08', 'harir-air-base']]],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('the seventh round (session 50): places and times as local pages give them', () => {
  it.each([
    // A season of a year long past is history, not a day lent from the paragraph before.
    [
      'U.S. jets struck Iran-linked sites in Syria on November 12.\n\nA 107mm rocket aimed at the Rumalyn Landing Zone in autumn 2022 landed outside the perimeter.',
      '2023-12-04',
      [],
    ],
    [
      'U.S. jets struck Iran-linked sites in Syria on November 12.\n\nRockets hit the Rumalyn Landing Zone in early 2022, without casualties.',
      '2023-12-04',
      [],
    ],
    // "before the current war" is a time before the campaign.
    ['Rockets hit Kharab al-Jir on Friday.\n\nThe Rumalyn base was shelled before the current war too.', '2023-12-09', [['2023-12-08', 'kharab-al-jir']]],
    // "The outpost, known to the U.S. military as Tower 22" names the base of a lead that placed it only in a region.
    [
      'A one-way attack drone struck a small U.S. logistics post in the far north-east of the Kingdom early on Sunday, killing three American soldiers.\n\nThe outpost, known to the U.S. military as Tower 22, lies close to the border with Syria.',
      '2024-01-29',
      [['2024-01-28', 'tower-22']],
    ],
    // A base a distance is measured from, and a camp, are not what "the base" means next.
    [
      'A drone struck Tower 22 in Jordan on Sunday.\n\nThe post lies a few kilometres from the Rukban camp. It is about 20 kilometres south of the al-Tanf garrison.\n\nU.S. Central Command said the drone hit the base’s living quarters.',
      '2024-01-29',
      [['2024-01-28', 'tower-22']],
    ],
    // A drone shot down a distance from a base was aimed at it.
    [
      'The group said it fired rockets at the Conoco base on Monday.\n\nLast Friday, a U.S. official said forces had shot down a drone a few kilometres from Ain al-Asad. The Islamic Resistance in Iraq said it had launched a drone at the base.',
      '2023-10-31',
      [
        ['2023-10-27', 'ain-al-asad'],
        ['2023-10-30', 'mss-conoco'],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
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
  it('"at least 23 attacks … between October 17 and 30" is a count over a span, no attack on October 17', () => {
    const body = 'The Pentagon counts at least 23 rocket and drone attacks on U.S. troops between October 17 and 30.'
    expect(attacks(eventsOf(body, '2023-11-01')).filter((e) => e.datePrecision === 'day')).toEqual([])
  })
  it.each([
    // "The strike on Rumalyn, <an aside>, followed a rocket attack on Al Asad … on Monday": Monday is al-Asad's.
    [
      'A drone hit the Rumalyn base on Friday. The strike on Rumalyn, a logistics hub U.S. forces set up in late 2015, followed a rocket attack on Al Asad Air Base in western Iraq on Monday, Aug. 5.',
      '2024-08-12',
      [
        ['2024-08-05', 'ain-al-asad'],
        ['2024-08-09', 'rumalyn-landing-zone'],
      ],
    ],
    // The attack a reply answered, named in "its retaliation for the drone that struck Tower 22", is not counted from.
    [
      'A drone hit al-Tanf on Friday. The attack came three days after Washington opened its retaliation for the drone that struck Tower 22.',
      '2024-02-06',
      [['2024-02-02', 'al-tanf']],
    ],
    // "On Wednesday the embassy said the blast had been an attack": the day it was said.
    [
      'A blast shook Baghdad airport at 11 p.m. on Tuesday, Iraqi security forces said. On Wednesday the U.S. Embassy in Baghdad said the blast had been an attack on a U.S. diplomatic facility at the airport.',
      '2024-09-12',
      [['2024-09-10', 'victory-base']],
    ],
    // Sirens at a second base, named in a long phrase, after the base struck.
    [
      'Witnesses said five rockets slammed into the U.S. outpost at the al-Omar oil field on Sunday; sirens then sounded at the nearby U.S. base at the Conoco gas field.',
      '2024-11-12',
      [['2024-11-10', 'green-village']],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('the seventh round (session 50): an official who lists incidents', () => {
  it.each([
    [
      'A Pentagon official told reporters on November 13 that U.S. forces had been attacked at least 52 times since October 17. The official listed the most recent incidents as follows.\n\n1. **Friday morning, November 10:** a one-way attack drone targeted forces at al-Tanf Garrison and was countered.\n2. **Saturday morning, November 11:** several one-way drones were launched at Rumalyn Landing Zone.',
      '2023-11-14',
      [
        ['2023-11-10', 'al-tanf', 'confirmed', null, null],
        ['2023-11-11', 'rumalyn-landing-zone', 'confirmed', null, null],
      ],
    ],
    [
      'A Pentagon official gave the Kurdish channel Kurdistan 24 a detailed list of the latest incidents in Syria. On Sunday, 12 November, one-way drones were launched at U.S. troops at al-Shaddadi.',
      '2023-11-22',
      [['2023-11-12', 'shaddadi', 'confirmed', null, null]],
    ],
    // An official named only as one who has not acknowledged what others describe lists nothing.
    [
      'Russian state media have described several incidents the Pentagon has not acknowledged. RIA Novosti reported that the base at the al-Omar field was hit by rockets on 14 February.',
      '2024-03-12',
      [['2024-02-14', 'green-village', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
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
    // "known to U.S. troops as" in a clause about an earlier attack names no base of the story's.
    [
      'A drone struck a U.S. base in eastern Syria on Sunday.\n\nThe attack came days after rockets hit a site known to U.S. troops as Green Village.',
      '2024-01-29',
      [['2024-01-28', 'eastern-syria']],
    ],
    // A denial of a detail, or one beside words that tell the attack all the same, keeps it.
    [
      'Iraqi security officials denied that Ain al-Asad had been hit by rockets on Thursday, as some media had reported, saying the attack was carried out with two drones.',
      '2023-11-13',
      [['2023-11-09', 'ain-al-asad']],
    ],
    [
      'Iraqi security officials denied that the rockets that hit Ain al-Asad on Friday had been fired from Anbar province.',
      '2023-11-13',
      [['2023-11-10', 'ain-al-asad']],
    ],
    [
      'A local security source denied reports of a second attack on Ain al-Asad, saying only one rocket had struck the base on Thursday.',
      '2023-11-13',
      [['2023-11-09', 'ain-al-asad']],
    ],
    [
      'The Iraqi security media cell denied any attack on Ain al-Asad on Tuesday, but a U.S. official said two drones were shot down near the base.',
      '2023-10-26',
      [['2023-10-24', 'ain-al-asad']],
    ],
    [
      'The Kurdistan Region Security Council denied that a drone had hit Erbil airport on Sunday, but said a second drone was shot down near the Harir base the same night.',
      '2023-11-13',
      [
        ['2023-11-12', 'erbil-air-base'],
        ['2023-11-12', 'harir-air-base'],
      ],
    ],
    // A "But" that opens the sentence tells nothing of the attack denied.
    [
      'But the directorate on Saturday dismissed reports by some Kurdish outlets that suicide drones had hit Harir again around noon that day.',
      '2023-11-14',
      [],
    ],
    // A subject that gives its own day keeps it: the sequel rule is for subjects that only refer back.
    [
      'The strike on Tower 22, early on Sunday, came days after drones targeted al-Tanf on Thursday.',
      '2024-01-29',
      [
        ['2024-01-25', 'al-tanf'],
        ['2024-01-28', 'tower-22'],
      ],
    ],
    [
      'The rocket attack on Victory base, which wounded one contractor on Tuesday, followed a drone attack on Ain al-Asad on Monday.',
      '2023-11-09',
      [
        ['2023-11-06', 'ain-al-asad'],
        ['2023-11-07', 'victory-base'],
      ],
    ],
    // "before the current war" in a clause beside the one that tells a new attack dates nothing back.
    [
      'Three rockets struck the Rumalyn base on Friday, the SDF said.\n\nA second salvo hit Kharab al-Jir, a base that had rarely been targeted before the current war.',
      '2023-12-09',
      [
        ['2023-12-08', 'kharab-al-jir'],
        ['2023-12-08', 'rumalyn-landing-zone'],
      ],
    ],
    // Sirens at a base "as a second drone struck" it: an attack on it.
    [
      "After a drone was downed near Erbil airport on Saturday, sirens sounded at the U.S. coalition's Harir air base as a second drone struck its perimeter.",
      '2023-11-13',
      [
        ['2023-11-11', 'erbil-air-base'],
        ['2023-11-11', 'harir-air-base'],
      ],
    ],
    // A drone downed a few kilometres from a base was aimed at it.
    [
      'Rockets struck the Conoco base on Monday, and a drone was downed a few kilometres from the Green Village base, the SDF said.',
      '2023-10-25',
      [
        ['2023-10-23', 'green-village'],
        ['2023-10-23', 'mss-conoco'],
      ],
    ],
    // More ways of telling a second attack on another day.
    [
      'The Harir base came under drone attack on Nov. 8 and again on the evening of Nov. 9.',
      '2023-11-11',
      [
        ['2023-11-08', 'harir-air-base'],
        ['2023-11-09', 'harir-air-base'],
      ],
    ],
    [
      'Drones targeted the Harir base on Wednesday as well as on Thursday.',
      '2023-11-11',
      [
        ['2023-11-08', 'harir-air-base'],
        ['2023-11-09', 'harir-air-base'],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
  it('"between Saturday night and Sunday morning" is one night, its first day, not a span', () => {
    const body = 'Drones targeted Harir air base between Saturday night and Sunday morning, the Kurdistan Region counter-terrorism service said.'
    expect(attacks(eventsOf(body, '2023-11-13')).map((e) => [e.date, e.dateEnd, e.datePrecision])).toEqual([['2023-11-11', '2023-11-11', 'day']])
  })
  it('a toll in the sentence after, beside "before the current escalation", is the attack\'s', () => {
    const body =
      'Three rockets hit Ain al-Asad on Monday, U.S. officials said.\n\nTwo service members suffered minor injuries; the base had not been attacked before the current escalation.'
    expect(briefsReadHere(body, '2023-10-25')).toEqual([['2023-10-23', 'ain-al-asad', 'confirmed', null, 2]])
  })
})

describe('the seventh round (session 50): tolls', () => {
  it.each([
    // "since last week's U.S. raids" starts a span; the toll sentence is the story's, not an event of last week.
    [
      'An explosive drone slammed into a training academy inside the al-Omar oil field late on Sunday, killing six commando fighters, the SDF said.\n\nBy the afternoon the toll had risen. The Syrian Observatory for Human Rights said seven commandos were killed and 18 others wounded, and called it the first strike on an American base since last week’s U.S. raids.',
      '2024-02-05',
      [['2024-02-04', 'green-village', 'reported', 7, 18]],
    ],
    // "gave a higher toll on Monday evening" revises the toll of Sunday's attack.
    [
      'An explosive drone struck a training ground inside the al-Omar oil field base late on Sunday night, killing at least six SDF fighters.\n\nThe Syrian Observatory for Human Rights gave a higher toll on Monday evening: seven SDF commandos killed and 18 others wounded.',
      '2024-02-06',
      [['2024-02-04', 'green-village', 'reported', 7, 18]],
    ],
    // "One PMF member was killed" at another base is no toll of the attack told before.
    [
      'An armed drone targeted U.S. forces at Ain al-Asad air base early on Monday, a U.S. official said, adding that it caused no damage or injuries.\n\nThe rocket fire followed a powerful explosion overnight at the Kalsu military base in northern Babil. One PMF member was killed and eight people were wounded, the Security Media Cell said.',
      '2024-04-22',
      [['2024-04-22', 'ain-al-asad', 'confirmed', 0, 0]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the seventh round (session 50): the second review of its rules', () => {
  it.each([
    [
      'A Pentagon official listed the most recent incidents as follows.\n\n- On Friday, two drones targeted Ain al-Asad air base.\n\n- On Sunday, a drone reportedly struck Harir base in Erbil.\n\n- Iraqi state media reported a rocket attack on Victory Base near Baghdad airport on Sunday.\n\n- On Saturday, Kurdistan24 reported that a drone was shot down near Erbil air base.',
      '2023-11-13',
      [
        ['2023-11-10', 'ain-al-asad', 'confirmed', null, null],
        ['2023-11-11', 'erbil-air-base', 'reported', null, null],
        ['2023-11-12', 'harir-air-base', 'reported', null, null],
        ['2023-11-12', 'victory-base', 'reported', null, null],
      ],
    ],
    [
      'A Pentagon official listed the most recent incidents as follows.\n\n- Friday, November 10: Two drones targeted Ain al-Asad air base.\n\n- Local media also reported other attacks that the official did not mention:\n\n- Sunday, November 12: A drone targeted Harir base in Erbil.',
      '2023-11-13',
      [
        ['2023-11-10', 'ain-al-asad', 'confirmed', null, null],
        ['2023-11-12', 'harir-air-base', 'reported', null, null],
      ],
    ],
    [
      'The Islamic Resistance in Iraq listed the attacks in a statement that a Pentagon official later described as exaggerated.\n\n1. **Friday, November 10:** A drone targeted Harir base in Erbil.\n\n2. **Saturday, November 11:** Rockets were fired at Al-Shaddadi base in Syria.',
      '2023-11-13',
      [
        ['2023-11-10', 'harir-air-base', 'reported', null, null],
        ['2023-11-11', 'shaddadi', 'reported', null, null],
      ],
    ],
    [
      'The Islamic Resistance in Iraq said on its Telegram channel that it had struck U.S. bases three times over the weekend.\n\nA Pentagon official has not detailed the attacks, and the claims could not be verified.\n\n- On Friday, a drone targeted Harir air base in Erbil.\n\n- On Saturday, rockets were fired at Al-Shaddadi base in Syria.',
      '2023-11-13',
      [
        ['2023-11-10', 'harir-air-base', 'reported', null, null],
        ['2023-11-11', 'shaddadi', 'reported', null, null],
      ],
    ],
    [
      'The Islamic Resistance in Iraq claimed three drone attacks on U.S. bases over the weekend.\n\nA U.S. defense official described claims of new attacks as false.\n\n- On Friday, a drone targeted Harir base in Erbil, the group said.\n\n- On Saturday, rockets were fired at Al-Shaddadi base in Syria.',
      '2023-11-13',
      [
        ['2023-11-10', 'harir-air-base', 'claimed', null, null],
        ['2023-11-11', 'shaddadi', 'reported', null, null],
      ],
    ],
    [
      "U.S. forces were attacked again on Sunday, a Pentagon official said, without giving details.\n\nA senior commander in Kataib Hezbollah spoke to AFP by phone on condition of anonymity.\n\nThe militia official listed the group's attacks of the past week as follows.\n\n- On Friday, a drone targeted Harir base in Erbil.\n\n- On Saturday, rockets were fired at Al-Shaddadi base in Syria.",
      '2023-11-13',
      [
        ['2023-11-10', 'harir-air-base', 'reported', null, null],
        ['2023-11-11', 'shaddadi', 'reported', null, null],
        ['2023-11-12', null, 'confirmed', null, null],
      ],
    ],
    [
      'Iran-backed militants attacked U.S. forces in Iraq and Syria several more times over the weekend, U.S. officials said on Monday.\n\nA Pentagon official listed the most recent incidents as follows. The Islamic Resistance in Iraq, for its part, said it had also carried out these operations:\n\n1. **Friday, November 10:** A drone targeted Harir base in Erbil.\n\n2. **Saturday, November 11:** Rockets were fired at Al-Shaddadi base in Syria.',
      '2023-11-13',
      [
        ['2023-11-10', 'harir-air-base', 'reported', null, null],
        ['2023-11-11', 'shaddadi', 'reported', null, null],
      ],
    ],
    [
      'A Pentagon official said the group often listed attacks that never happened.\n\n- On Friday, a drone targeted Harir base in Erbil.\n\n- On Saturday, rockets were fired at Al-Shaddadi base in Syria.',
      '2023-11-13',
      [
        ['2023-11-10', 'harir-air-base', 'reported', null, null],
        ['2023-11-11', 'shaddadi', 'reported', null, null],
      ],
    ],
    [
      'Kurdish officials denied that Harir air base had been attacked on Sunday, saying the drone sightings reported online were false alarms.',
      '2023-11-13',
      [],
    ],
    ['Kurdish officials, however, denied reports that Harir air base was attacked on Sunday.', '2023-11-13', []],
    [
      'Kurdish security officials dismissed claims that Harir air base had been struck on Sunday as militia propaganda, but gave no further details.',
      '2023-11-13',
      [],
    ],
    [
      "Iraqi officials rejected reports that a drone attack had hit Victory Base on Sunday, the only U.S.-linked site in Baghdad's airport compound.",
      '2023-11-13',
      [],
    ],
    [
      'Rockets hit Victory Base near Baghdad airport on Sunday, and sirens sounded at the U.S. Embassy as the rockets struck the airport, Iraqi security sources said.',
      '2023-11-13',
      [['2023-11-12', 'victory-base', 'reported', null, null]],
    ],
    [
      'Two rockets struck Ain al-Asad air base on Sunday, and a drone crashed in a field about 50 kilometres from Harir air base, Iraqi security sources said.',
      '2023-11-13',
      [['2023-11-12', 'ain-al-asad', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the seventh round (session 50): a garrison in southern Syria', () => {
  it.each([
    // "southern Syria" is a region of its own: the lead stays apart from an attack on the Conoco field the same day.
    [
      'WASHINGTON (AP) — A garrison in southern Syria where American troops train local fighters came under drone attack on Thursday, two U.S. officials said.\n\nSyrian opposition activists also reported on Thursday that a drone attack had hit the Conoco gas field in eastern Syria.',
      '2023-10-19',
      [
        ['2023-10-19', 'mss-conoco', 'reported', null, null],
        ['2023-10-19', 'southern-syria', 'confirmed', null, null],
      ],
    ],
    // "The al-Tanf garrison sits in the country's southeast" names the base the lead placed only in its area.
    [
      'WASHINGTON (AP) — A garrison in southern Syria where American troops train local fighters came under drone attack on Thursday, two U.S. officials said.\n\nThe al-Tanf garrison sits in the country’s southeast near the borders with Jordan and Iraq.',
      '2023-10-19',
      [['2023-10-19', 'al-tanf', 'confirmed', null, null]],
    ],
    // An "Advertisement" line of a scraped page is no part of the sentence under it.
    [
      'WASHINGTON (AP) — Drones targeted a military outpost in southern Syria on Thursday, two U.S. officials said.\nAdvertisement\nThe base is al-Tanf, which sits in the desert where the borders of Syria, Iraq and Jordan meet.',
      '2023-10-19',
      [['2023-10-19', 'al-tanf', 'confirmed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the eighth round (session 51): who says so', () => {
  it.each<[string, string, unknown[][]]>([
    // "according to US figures", "By U.S. accounting": a U.S. count speaks for what it counts.
    [
      'The raids answered the drone that hit Tower 22 in north-eastern Jordan on Jan. 28, killing three American soldiers and wounding more than 40, according to US figures.',
      '2024-02-06',
      [['2024-01-28', 'tower-22', 'confirmed', 3, 40]],
    ],
    ['By U.S. accounting, two drones flew at al-Tanf on Monday and one was shot down.', '2024-02-06', [['2024-02-05', 'al-tanf', 'confirmed', null, null]]],
    // A U.S. speaker's name that describes the target still speaks when its head does; "no one inside was hurt" is a toll of 0.
    [
      "On December 8, rockets were fired at the US embassy compound in Baghdad's Green Zone; the embassy said no one inside was hurt.",
      '2023-12-27',
      [['2023-12-08', 'us-embassy-baghdad', 'confirmed', 0, 0]],
    ],
    [
      'The US military base at the Conoco gas field came under rocket fire on Monday, and no one there was hurt, local sources said.',
      '2023-12-27',
      [['2023-12-25', 'mss-conoco', 'reported', 0, 0]],
    ],
    // A count of something else, or a source not counting, is no voice.
    [
      'Rockets were fired at Ain al-Asad on Monday, local sources said, in an attack that was not in the figures the Pentagon released.',
      '2024-02-06',
      [['2024-02-05', 'ain-al-asad', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
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

describe('the eighth round (session 51): the attack a U.S. strike answered', () => {
  it.each<[string, string, unknown[][]]>([
    // Told with no day of its own, the attack a strike "answered", or came "after", does not take the strike's day.
    [
      'U.S. forces struck a weapons depot of an Iran-backed militia in Syria on Tuesday, Central Command said.\n\nThe command said the strikes answered a rocket attack on U.S. personnel at Patrol Base Shaddadi in northeastern Syria.',
      '2024-11-13',
      [],
    ],
    [
      'U.S. forces struck a weapons depot of an Iran-backed militia in Syria on Tuesday, the second day of strikes, after a rocket attack on U.S. personnel at Patrol Base Shaddadi, Central Command said.',
      '2024-11-13',
      [],
    ],
    // With its own day it is the attack the story goes on with.
    [
      'The U.S. raids answered a drone attack on Tower 22, a logistics outpost in northeastern Jordan, on Jan. 28. Three U.S. Army soldiers were killed in that attack, according to the Pentagon.',
      '2024-02-05',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the eighth round (session 51): tolls of other strikes', () => {
  it.each<[string, string, unknown[][]]>([
    // "reported that a U.S. airborne raid … killed four shepherds": a U.S. raid's toll, not the attack's told before it.
    [
      'Six rockets were fired on Tuesday at the U.S. base at the Conoco gas field, a local television channel said.\n\nPro-government media also reported that a U.S. airborne raid on a village in Raqqa province killed four shepherds and wounded a woman.',
      '2024-10-25',
      [['2024-10-22', 'mss-conoco', 'reported', null, null]],
    ],
    // "confirmed that an attack took place near the base and said no one was hurt" still speaks of the attack told.
    [
      'On Thursday a security source said Ain al-Asad air base was hit by two rockets.\n\nOn Friday a Pentagon spokesperson confirmed that an attack took place near the base and said no American personnel were injured.',
      '2024-07-28',
      [['2024-07-25', 'ain-al-asad', 'confirmed', 0, 0]],
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
    // "according to the official, who spoke Monday": the day the official spoke does not make the toll another attack's.
    [
      'U.S. troops in eastern Syria came under fire three times on Sunday evening, a U.S. official said.\n\nTroops at Mission Support Site Euphrates came under a salvo of rockets, while one drone apiece was flown at Mission Support Site Green Village and at the base at al-Shaddadi. None of the three attacks hurt anyone, according to the official, who spoke Monday on condition of anonymity.',
      '2023-11-14',
      [
        ['2023-11-12', 'green-village', 'confirmed', 0, 0],
        ['2023-11-12', 'mss-conoco', 'confirmed', 0, 0],
        ['2023-11-12', 'shaddadi', 'confirmed', 0, 0],
      ],
    ],
    // "one drone was shot down and another caused minor injuries" speaks of the drones told before it.
    [
      'Early on Thursday three drones flew at the U.S. garrison at al-Tanf. Two U.S. officials said one drone was shot down and another caused minor injuries.',
      '2023-10-20',
      [['2023-10-19', 'al-tanf', 'confirmed', null, null]],
    ],
    // A story dated only to "last week", then "The drone hit … on Friday, Aug. 9": that day.
    [
      'A one-way attack drone struck the Rumalyn Landing Zone in northeastern Syria last week, wounding eight service members, the Pentagon said.\n\nThe drone hit at about 5 p.m. Eastern time on Friday, Aug. 9, late in the evening in Syria, Pentagon press secretary Pat Ryder said on Tuesday.',
      '2024-08-14',
      [['2024-08-09', 'rumalyn-landing-zone', 'confirmed', null, 8]],
    ],
    // "The Pentagon had acknowledged the first wave of attacks" under a crosshead is about earlier attacks, not the one above it.
    [
      'A militia said on Thursday it had also fired a missile at the base at al-Shaddadi in northeastern Syria.\n\n### The toll\n\nThe Pentagon had acknowledged the first wave of attacks when they happened, but had not said how many Americans were hurt.',
      '2023-10-26',
      [['2023-10-26', 'shaddadi', 'claimed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the eighth round (session 51): tolls', () => {
  it.each<[string, string, unknown[][]]>([
    // "more than 40 troops had now been injured", told a day later, is the attack's toll as it stood then.
    [
      'A drone struck Tower 22 in northeastern Jordan early on Sunday, killing three U.S. soldiers, the Pentagon said.\n\nOn Monday, a Pentagon spokeswoman said more than 40 troops had now been injured.',
      '2024-01-30',
      [['2024-01-28', 'tower-22', 'confirmed', 3, 40]],
    ],
    // "Seven Americans, five service members and two contractors, were wounded": the breakdown does not hide the figure.
    [
      'Rockets hit Ain al-Asad air base on Monday. Seven Americans, five service members and two contractors, were wounded in the attack, U.S. defense officials said.',
      '2024-08-06',
      [['2024-08-05', 'ain-al-asad', 'confirmed', null, 7]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the eighth round (session 51): events timed by others', () => {
  it.each<[string, string, unknown[][]]>([
    // "Before the al-Omar attack, the group said on Tuesday …": the base names a time, so the claim keeps the day it was made.
    [
      'Missiles hit the al-Omar oil field base on Tuesday evening, local sources said. The sources said a similar drone attack had been foiled on Monday by the defences at the same field.\n\nBefore the al-Omar attack, the Islamic Resistance in Iraq said on Tuesday that its fighters had targeted the coalition base at Rumailan.',
      '2024-01-03',
      [
        ['2024-01-02', 'green-village', 'reported', null, null],
        ['2024-01-02', 'rumalyn-landing-zone', 'claimed', null, null],
      ],
    ],
    // "… also followed an explosion late on Friday at the Kalsu base, which houses units of the Iraqi army and the PMF":
    // neither the day nor the toll is the attack's, and another force's base is no attack of the campaign.
    [
      'Drones targeted the U.S. base at the Kharab al-Jir airstrip on Sunday, local sources said.\n\nThe attack on Kharab al-Jir also followed an explosion late on Friday at the Kalsu military base in Babil province, which houses units of the Iraqi army and the Popular Mobilization Forces. One PMF member was killed and eight others were wounded.',
      '2024-04-22',
      [['2024-04-21', 'kharab-al-jir', 'reported', null, null]],
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
    [
      'Drones targeted Erbil airport on Wednesday, Kurdish officials said. A drone attack on Harir air base followed on Thursday.',
      '2024-01-12',
      [
        ['2024-01-10', 'erbil-air-base', 'reported', null, null],
        ['2024-01-11', 'harir-air-base', 'reported', null, null],
      ],
    ],
    // A base with its own day before "followed", or the U.S. side named anywhere, is no other force's base.
    [
      'Rockets struck Ain al-Asad air base on Sunday in an attack that followed an explosion at the Kalsu base, which houses units of the Iraqi army and the PMF, local sources said.',
      '2024-04-22',
      [['2024-04-21', 'ain-al-asad', 'reported', null, null]],
    ],
    // "a house …; no one inside was hurt" says nothing of the base.
    [
      'Two rockets were fired at the Victory base complex on Monday night and one hit a house near the airport; no one inside was hurt, police said.',
      '2024-01-09',
      [['2024-01-08', 'victory-base', 'reported', null, null]],
    ],
    // The target's head that says something else is no voice.
    [
      'Rockets were fired toward the US embassy compound in Baghdad on Friday, Iraqi security sources said; the embassy said it would not comment.',
      '2023-12-10',
      [['2023-12-08', 'us-embassy-baghdad', 'reported', null, null]],
    ],
    // "U.S. figures" as people, or a count that left the attack out, is no U.S. voice.
    [
      'The Islamic Resistance in Iraq said it struck al-Tanf with drones on Monday, an attack not reflected by U.S. figures.',
      '2024-02-06',
      [['2024-02-05', 'al-tanf', 'claimed', null, null]],
    ],
    [
      'Kataib Hezbollah threatened to target U.S. figures in Iraq and said it had fired rockets at Ain al-Asad on Monday.',
      '2024-02-06',
      [['2024-02-05', 'ain-al-asad', 'claimed', null, null]],
    ],
    // "which was … last night here in the Kurdistan Region": the outlet's own place, so its night is the attack's.
    [
      'A drone that targeted Erbil International Airport, which was the second attack on the airport last night here in the Kurdistan Region, was shot down, officials said.',
      '2024-01-10',
      [['2024-01-09', 'erbil-air-base', 'reported', null, null]],
    ],
    // "in what the group called revenge for U.S. artillery shelling": the attack is told all the same.
    [
      'Drones hit the U.S. base at al-Tanf on Monday in what the group called revenge for U.S. artillery shelling of its positions.',
      '2024-01-09',
      [['2024-01-08', 'al-tanf', 'reported', null, null]],
    ],
    // "21 U.S. service members were lightly injured in the earlier attacks" is no toll of the attack told before it.
    [
      'On Wednesday, the Islamic Resistance in Iraq said it had launched two drones at the US base at al-Tanf.\n\nAccording to the Pentagon, 21 US service members were lightly injured in the earlier attacks, all of whom have returned to duty.',
      '2023-11-01',
      [['2023-11-01', 'al-tanf', 'claimed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the eighth round (session 51): one more of them', () => {
  it('"… at al-Malikiyah and Rumailan, as well as the base at al-Shaddadi" lists targets; it is not one more of the story\'s', () => {
    const body =
      'The sources said a similar drone attack on the al-Omar base had been foiled on Monday.\n\nBefore the al-Omar attack, the Islamic Resistance in Iraq said on Tuesday that its fighters had targeted the coalition bases at al-Malikiyah and Rumailan, as well as the base at al-Shaddadi.'
    expect(asReadHere(body, '2024-01-03')).toContainEqual(['2024-01-02', 'shaddadi'])
    expect(asReadHere(body, '2024-01-03')).not.toContainEqual(['2024-01-01', 'shaddadi'])
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
    // A short line that goes on is no crosshead: "Rockets struck", "According to the".
    [
      'Rockets struck\nAin al-Asad air base in western Iraq on Tuesday, wounding two U.S. service members, officials said.',
      '2024-01-10',
      [['2024-01-09', 'ain-al-asad', 'confirmed', null, 2]],
    ],
    [
      'According to the\nPentagon, U.S. troops at Shaddadi and Rumalyn in Syria were attacked on Sunday with rockets and drones.',
      '2023-11-13',
      [
        ['2023-11-12', 'rumalyn-landing-zone', 'confirmed', null, null],
        ['2023-11-12', 'shaddadi', 'confirmed', null, null],
      ],
    ],
    // A place's label of two words still places the sentence under it.
    [
      'Erbil airport\nA drone attack wounded three U.S. service members on Sunday, officials said in a statement released late on Sunday.',
      '2024-01-15',
      [['2024-01-14', 'erbil-air-base', 'confirmed', null, 3]],
    ],
    // After a lead placed in an area, "… hit the Rumalyn base as well as positions at Tal Baydar" details the story's attacks.
    [
      'Rockets and drones targeted U.S. forces in northeastern Syria on Sunday, the SDF said.\n\nThe Syrian Observatory said on Monday that rockets hit the Rumalyn base as well as positions at Tal Baydar.',
      '2024-02-06',
      [
        ['2024-02-04', 'rumalyn-landing-zone', 'reported', null, null],
        ['2024-02-04', 'tal-baydar', 'reported', null, null],
      ],
    ],
    // "… Harir as well as al-Asad in the same wave" is one more of the story's, on its day.
    [
      'Iran-backed militants fired drones at Erbil air base on Monday, Kurdish officials said.\n\nA U.S. official said on Tuesday that drones had targeted Harir as well as al-Asad in the same wave.',
      '2024-01-24',
      [
        ['2024-01-22', 'ain-al-asad', 'confirmed', null, null],
        ['2024-01-22', 'erbil-air-base', 'reported', null, null],
        ['2024-01-22', 'harir-air-base', 'confirmed', null, null],
      ],
    ],
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

describe('the ninth round (session 52): dates set on lines of their own', () => {
  it.each<[string, string, unknown[][]]>([
    // A chronology's dates, each alone on its line below the lead, date the paragraphs under them.
    [
      'Militia attacks on U.S. forces have come in waves since the autumn. The list below sets out the ones officials confirmed.\n\nOct. 18\n\nDrones hit the al-Tanf garrison, the Pentagon said.\n\nSunday 22 October\n\nRockets landed inside Ain al-Asad air base, a U.S. official said.\n\n26/10/2023\n\nA drone struck Erbil air base, a U.S. official said.',
      '2023-12-15',
      [
        ['2023-10-18', 'al-tanf', 'confirmed', null, null],
        ['2023-10-22', 'ain-al-asad', 'confirmed', null, null],
        ['2023-10-26', 'erbil-air-base', 'confirmed', null, null],
      ],
    ],
    // A month alone on its line is the month of the "On the 9th" under it, not the month of publication.
    [
      'Here is how the attacks unfolded, month by month.\n\nNovember\n\nOn the 9th, drones struck Harir air base, a U.S. official said.\n\nDecember\n\nOn the 3rd, rockets hit the Rumalyn base, the Pentagon said.',
      '2024-01-20',
      [
        ['2023-11-09', 'harir-air-base', 'confirmed', null, null],
        ['2023-12-03', 'rumalyn-landing-zone', 'confirmed', null, null],
      ],
    ],
    // As a heading too.
    [
      'Here is how the attacks unfolded.\n\n## October\n\nOn the 18th, drones struck the al-Tanf garrison, the Pentagon said.',
      '2023-12-15',
      [['2023-10-18', 'al-tanf', 'confirmed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })

  it('the page’s own date below its standfirst, when it is the only such line, starts no section', () => {
    const body =
      'The Pentagon did not say who was behind the attack.\n\n14 August, 2024\n\nSeveral U.S. personnel were hurt when a drone struck a base in northeastern Syria on Friday, the Pentagon said.\n\nThe drone hit the Rumalyn Landing Zone, Pentagon press secretary Maj. Gen. Pat Ryder told reporters on Monday.'
    expect(briefsReadHere(body, '2024-08-14')).toEqual([['2024-08-09', 'rumalyn-landing-zone', 'confirmed', null, null]])
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

describe('the ninth round (session 52): a scraped chronology', () => {
  it('a date on its own line over the entry runs on into no sentence, and dates the entries under it', () => {
    const body =
      'Entries sit under the day the attack happened, not the day it was reported.\n21 October\nAin al-Asad. An Iraqi security source said air defences at the base shot down two drones hovering nearby.\n22 October\nAin al-Asad. Two Iraqi army sources said Katyusha rockets were fired at the base and that one blast was heard inside it.\n23 October\nAl-Tanf. Pentagon press secretary Brig. Gen. Pat Ryder confirmed that two one-way drones were shot down near the garrison.'
    expect(briefsReadHere(body, '2023-10-24')).toEqual([
      ['2023-10-21', 'ain-al-asad', 'reported', null, null],
      ['2023-10-22', 'ain-al-asad', 'reported', null, null],
      ['2023-10-23', 'al-tanf', 'confirmed', null, null],
    ])
  })
})

describe('the ninth round (session 52): days counted from a named day, and a day with none', () => {
  it.each<[string, string, unknown[][]]>([
    // "five days before Christmas" beside its date is that date, not the date plus five.
    [
      'And on December 20, five days before Christmas, a single rocket was fired at Ain al-Asad air base; CENTCOM said it caused no casualties.',
      '2023-12-29',
      [['2023-12-20', 'ain-al-asad', 'confirmed', 0, 0]],
    ],
    // Alone, it is counted from the named day.
    [
      'Two days after Christmas, a rocket was fired at Ain al-Asad air base, a U.S. official said.',
      '2024-01-03',
      [['2023-12-27', 'ain-al-asad', 'confirmed', null, null]],
    ],
    // "In the days before Christmas" is no day.
    ['In the days before Christmas, rockets were fired at Ain al-Asad air base, a U.S. official said.', '2024-01-03', []],
    // A tracker's "No attack on a U.S. facility is logged for this day" tells none.
    [
      'Entries sit under the day the attack happened, not the day it was reported.\n\n17 October\n\nNo attack on a U.S. facility is logged for this day.\n\n18 October\n\nTwo drones targeted the al-Tanf garrison, CENTCOM said.',
      '2023-10-24',
      [['2023-10-18', 'al-tanf', 'confirmed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the ninth round (session 52): looking back', () => {
  it.each<[string, string, unknown[][]]>([
    // Figures given to an outlet on a later day were said then: the toll goes to the attack told, not to a new one.
    [
      'Two drones targeted Ain al-Asad air base on Oct. 18, CENTCOM said.\n\nIn figures CENTCOM released to NBC News on 24 October, four American personnel were lightly hurt in the two drone attacks at al-Asad.',
      '2023-10-26',
      [['2023-10-18', 'ain-al-asad', 'confirmed', null, 4]],
    ],
    // A drone that "came down outside" a base was sent at it.
    [
      'Shortly after midday on October 18, an explosive-laden drone came down outside Harir air base, the US military said.',
      '2023-12-29',
      [['2023-10-18', 'harir-air-base', 'confirmed', null, null]],
    ],
    // "targeted repeatedly in the weeks that followed" sums up attacks; the day of another clause gives none.
    ['Harir was targeted repeatedly in the weeks that followed, though the coalition had already begun moving out of it on October 20.', '2023-12-29', []],
    // An analysis's list of what to watch for tells what may come.
    [
      'Rockets hit Ain al-Asad on July 25, U.S. officials said.\n\n**Indicators to watch:** a claim under a new name; attacks on Erbil or Harir; rocket fire on Baghdad airport; and any casualty at Ain al-Asad.',
      '2024-07-31',
      [['2024-07-25', 'ain-al-asad', 'confirmed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the ninth round (session 52): the review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // A live blog's day headings: a later word on the attack told under the day before is that attack, not one of its day.
    [
      'Follow the latest on the Middle East crisis.\n\n## Sunday 28 January\n\nThree U.S. service members were killed and dozens injured in a drone attack on Tower 22, a small U.S. outpost in northeastern Jordan, President Joe Biden said.\n\n## Monday 29 January\n\nThe Pentagon said the number of troops wounded in the attack on Tower 22 had risen to more than 40.\n\nPentagon spokesperson Sabrina Singh said the drone struck the living quarters at the outpost.\n\n## Tuesday 30 January\n\nKataib Hezbollah said it was suspending its military operations against U.S. forces.',
      '2024-01-30',
      [['2024-01-28', 'tower-22', 'confirmed', 3, 40]],
    ],
    [
      'Live: Middle East tensions.\n\n**Monday 25 December**\n\nA one-way attack drone struck Erbil air base in northern Iraq, wounding three U.S. service members, one of them critically.\n\n**Tuesday 26 December**\n\nThe U.S. service member critically wounded in the attack on Erbil air base remains in serious condition, officials said.\n\n**Wednesday 27 December**\n\nIraq’s government condemned the U.S. retaliatory strikes as a violation of sovereignty.',
      '2023-12-28',
      [['2023-12-25', 'erbil-air-base', 'confirmed', null, 3]],
    ],
    // A photo's date under its caption, the only such line, starts no section.
    [
      'Iran-backed militants fired ballistic missiles and rockets at Ain al-Asad air base in western Iraq on Saturday, U.S. Central Command said.\n\nSmoke rises over the base in a file photo.\n\nDec. 25, 2023\n\nSeveral U.S. personnel were being evaluated for traumatic brain injuries, CENTCOM said.\n\nThe attack on Ain al-Asad was claimed by the Islamic Resistance in Iraq.',
      '2024-01-21',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, null]],
    ],
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
    // Days before a named day still to come this year are of this year.
    [
      'Three days before Christmas, militants fired rockets at Mission Support Site Euphrates in eastern Syria, officials said Sunday.',
      '2023-12-24',
      [['2023-12-22', 'mss-conoco', 'reported', null, null]],
    ],
    // "the five days before Christmas", "until two days before Christmas", "over the two days after Thanksgiving": spans.
    ['In the five days before Christmas, militants attacked U.S. bases in Iraq and Syria 10 times, the Pentagon said.', '2023-12-28', []],
    ['Militias attacked Ain al-Asad air base at least three times in the ten days before Christmas, officials said.', '2023-12-28', []],
    ['Over the two days after Thanksgiving, drones targeted al-Shaddadi and al-Tanf, officials said.', '2023-12-01', []],
    // "came down outside" or "fell outside" is an attack only of a weapon.
    [
      'A U.S. Army helicopter came down outside Ain al-Asad air base on Saturday during a training flight; officials said there was no indication of hostile fire.',
      '2023-11-12',
      [],
    ],
    ['Tower 22 fell outside the coverage of the air defenses protecting al-Tanf, officials acknowledged on Wednesday.', '2024-02-08', []],
    ['The Erbil air base fell outside the jurisdiction of the Iraqi federal police, a spokesman said Sunday.', '2023-11-20', []],
    // A dated attack beside "was attacked several times in the following days" is still told.
    [
      'Drones struck al-Tanf on Oct. 18, injuring two U.S. troops; the garrison was attacked several times in the following days.',
      '2023-12-20',
      [['2023-10-18', 'al-tanf', 'confirmed', null, 2]],
    ],
    [
      'Four service members were injured when ballistic missiles struck Ain al-Asad on Saturday; the base was hit several times during the following days.',
      '2024-01-25',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, 4]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the ninth round (session 52): a chronology’s entries', () => {
  it.each<[string, string, unknown[][]]>([
    // "the outpost, known as Tower 22" is Tower 22, not the base named in the entry above.
    [
      '**Jan. 29, 2024, 12:35 p.m. ET**\n\nTwo rockets fell on Monday near a U.S. military base outside the town of al-Shaddadi in Syria, a local source said.\n\n**Jan. 28, 2024, 9:55 p.m. ET**\n\n**Injury count rises to 34, CENTCOM says**\n\nU.S. Central Command said Sunday night that 34 service members were injured in the drone attack on the outpost, known as Tower 22, up from the 25 it reported earlier.',
      '2024-01-29',
      [
        ['2024-01-28', 'tower-22', 'confirmed', null, 34],
        ['2024-01-29', 'shaddadi', 'reported', null, null],
      ],
    ],
    // "A rocket attack on Patrol Base Shaddadi, … the last confirmed attack on the base" is that base, not the story's.
    // A month line over entries that open with their day splits from them; "on the Sunday" is the entry's Sunday.
    [
      'Each entry is dated to the day of the attack.\nOctober\n1 October: Rockets struck near Baghdad International Airport in the early hours, Iraqi security sources said.\n25 October: A rocket attack on Patrol Base Shaddadi in Syria’s Hasakah province, listed by a tracker as the last confirmed attack on the base before November.\nNovember\n10 November: Central Command said US forces at the Green Village base were attacked twice on the Sunday, once with a drone and once with two rockets.',
      '2024-12-05',
      [
        ['2024-10-01', 'victory-base', 'reported', null, null],
        ['2024-10-25', 'shaddadi', 'reported', null, null],
        ['2024-11-10', 'green-village', 'confirmed', null, null],
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

describe('the ninth round (session 52): the second review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // A weekday after a day written mid-sentence (a 2020 strike's) is not counted from it; only an entry's opening day is.
    [
      'In the first deaths of U.S. troops from hostile fire in the region since the 8 January 2020 Iranian missile strike, three soldiers were killed at Tower 22 on the Sunday, officials said.',
      '2024-01-29',
      [['2024-01-28', 'tower-22', 'reported', 3, null]],
    ],
    [
      'Iraqi militias gave U.S. forces until 20 December to leave, and that Sunday rockets hit Ain al-Asad air base.',
      '2023-12-26',
      [['2023-12-24', 'ain-al-asad', 'reported', null, null]],
    ],
    // The year a story set holds for a day counted from a named day.
    [
      'A year ago this week, U.S. forces in Iraq were under near-daily fire. On Dec. 20, 2023, rockets hit Ain al-Asad. Five days before Christmas, a drone attacked Harir air base.',
      '2024-12-27',
      [
        ['2023-12-20', 'ain-al-asad', 'reported', null, null],
        ['2023-12-20', 'harir-air-base', 'reported', null, null],
      ],
    ],
    // A live blog's first day line, set aside in its header, still makes the second one a section's.
    [
      'Israel-Gaza war: live\n\nMonday 29 January\n\nThe Pentagon has named the three soldiers killed at Tower 22.\n\nSunday 28 January\n\nA drone attack killed three US troops and wounded more than 30 at a base in north-east Jordan, US officials said.',
      '2024-01-29',
      [['2024-01-28', 'northeast-jordan', 'confirmed', 3, 30]],
    ],
    [
      'What happened in October\n\nOctober\n\nAttacks on U.S. bases began after the Gaza hospital blast.\n\n18 October\n\nDrones targeted al-Tanf garrison and a drone struck Ain al-Asad.',
      '2023-11-02',
      [
        ['2023-10-18', 'ain-al-asad', 'reported', null, null],
        ['2023-10-18', 'al-tanf', 'reported', null, null],
      ],
    ],
    // A single day line with no year, not the day of publication, dates the entry under it.
    [
      'U.S. forces in Iraq and Syria have faced a wave of attacks by Iran-backed militias since mid-October, with more than 60 recorded by the Pentagon. Here is the latest one we have confirmed.\n\n20 November\n\nRockets targeted Ain al-Asad air base in western Iraq; no injuries were reported, a U.S. official said.',
      '2023-11-24',
      [['2023-11-20', 'ain-al-asad', 'confirmed', 0, 0]],
    ],
    // A tracker's days, written without a weekday, are firm even for "the largest attack".
    [
      'Iran-backed militias have attacked U.S. forces in Iraq and Syria dozens of times since Oct. 17, according to the Pentagon. Below is a running log of the attacks we have been able to verify.\n\nJan. 19\n\nRockets were fired at Ain al-Asad air base; no injuries were reported.\n\nJan. 20\n\nIn the largest attack in weeks, ballistic missiles and rockets struck Ain al-Asad air base, injuring several U.S. personnel.\n\nJan. 21\n\nA drone targeted the al-Tanf garrison.',
      '2024-01-25',
      [
        ['2024-01-19', 'ain-al-asad', 'reported', 0, 0],
        ['2024-01-20', 'ain-al-asad', 'confirmed', null, null],
        ['2024-01-21', 'al-tanf', 'reported', null, null],
      ],
    ],
    // "came down outside" after a round, a munition, a Shahed or explosives is an attack.
    [
      'One Grad round came down outside the perimeter of Ain al-Asad air base on Tuesday, an Iraqi security official said.',
      '2023-11-01',
      [['2023-10-31', 'ain-al-asad', 'reported', null, null]],
    ],
    [
      'Kurdish officials said a small fixed-wing aircraft, believed to be Iranian-made and carrying explosives, came down outside Harir air base on Tuesday.',
      '2023-11-01',
      [['2023-10-31', 'harir-air-base', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the ninth round (session 52): a tally of the day', () => {
  it('"five further attempted strikes … during the day: Ain al-Asad twice, and three bases in Syria once each" are that day’s', () => {
    const body =
      'Iran-backed militias kept up their campaign on Friday.\n\nA US military official said there were five further attempted strikes against American and coalition troops during the day: Ain al-Asad air base in western Iraq was targeted twice by drones or rockets, and three bases in Syria once each. None caused casualties or damage, the official said.'
    expect(briefsReadHere(body, '2023-12-09')).toEqual([
      ['2023-12-08', 'ain-al-asad', 'confirmed', 0, 0],
      ['2023-12-08', 'syria', 'confirmed', 0, 0],
    ])
  })
})

describe('the ninth round (session 52): a tracker’s table', () => {
  it('a "Status and source" column says who reported the row, and "None; base itself not struck" is none hurt', () => {
    const body =
      'Attacks on U.S. forces since July, as we have logged them.\n\n| Date of attack | Location | Weapon | Casualties | Status and source |\n|---|---|---|---|---|\n| 25 Jul. 2024 | Ain al-Asad air base, Anbar, Iraq | Multiple rockets, late evening | None; base itself not struck | Confirmed: two U.S. officials |\n| 13 Aug. 2024 | Conoco gas field base, Deir ez-Zor, Syria | Rockets fired at the base | None reported | Reported: Syrian state TV |'
    expect(briefsReadHere(body, '2024-08-14')).toEqual([
      ['2024-07-25', 'ain-al-asad', 'confirmed', 0, 0],
      ['2024-08-13', 'mss-conoco', 'reported', 0, 0],
    ])
  })
})

describe('the ninth round (session 52): a source’s own words', () => {
  it.each<[string, string, unknown[][]]>([
    // "Per CENTCOM,", "In the words of CENTCOM,", "In CENTCOM's words,", "reads CENTCOM's statement:" give its account.
    [
      'Per CENTCOM, several ballistic missiles were launched at al-Asad Airbase on Saturday.',
      '2024-01-24',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, null]],
    ],
    [
      'In the words of CENTCOM, several ballistic missiles were launched at al-Asad Airbase on Saturday.',
      '2024-01-24',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, null]],
    ],
    [
      'In CENTCOM’s words, several ballistic missiles were launched at al-Asad Airbase on Saturday.',
      '2024-01-24',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, null]],
    ],
    [
      'Priya reads Central Command’s statement: at about 6:30 p.m. Baghdad time on Saturday, several ballistic missiles and rockets were launched at al-Assad Airbase.',
      '2024-01-24',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, null]],
    ],
    // Not "per" inside a sentence of local sources, nor "In the SDF's statement, the line about them is short".
    ['Rockets were fired at Ain al-Asad on Saturday, per local sources.', '2024-01-24', [['2024-01-20', 'ain-al-asad', 'reported', null, null]]],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
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
    // "the morning after two drones attacked … on 11 September 2021" is history, not this morning.
    [
      'Archive, 12 September 2021: a damaged perimeter wall at Erbil airport the morning after two drones attacked coalition forces there late on 11 September 2021.',
      '2024-09-24',
      [],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the ninth round (session 52): came days after', () => {
  it('"Context: The Rumalyn strike came days after a rocket attack on al-Asad … on August 5" gives Rumalyn no day of al-Asad’s', () => {
    const body = '**Context:** The Rumalyn strike came days after a rocket attack on al-Asad air base in western Iraq on August 5.'
    expect(briefsReadHere(body, '2024-08-14')).toEqual([['2024-08-05', 'ain-al-asad', 'reported', null, null]])
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
