import { describe, expect, it } from 'vitest'
import { asReadHere, attacks, brief, briefsReadHere, events, eventsOf, places, reportsOf } from '../../helpers/extract-text.js'

// U.S. strikes and the attacks they answer, other states' strikes, other wars, and fire from a base rather than at it.
// Every sentence here is written for this test, in the shapes real coverage takes (docs/real-reporting/).

describe('day and place in different sentences', () => {
  it('U.S. troops named as victims make an attack, not a U.S. strike', () => {
    const events = eventsOf('Three U.S. Army soldiers killed when a drone hit a U.S. outpost in northeast Jordan on Sunday, U.S. officials say.', '2024-01-28')
    expect(events.map((e) => [e.type, e.date, e.killed?.max])).toEqual([['attack', '2024-01-28', 3]])
  })
})

describe('merge across outlets, on the day it happened', () => {
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

  it("another state's forces that pound a base, and strikes on an armed group's command node, are not this timeline's attacks", () => {
    const events = eventsOf(
      'In response, the IRGC pounded the Ain al-Assad base with a barrage of ballistic missiles.\n\nThe Wednesday strikes targeted an operations center and a command node used by Kataib Hezbollah near Jurf al-Sakhar.',
      '2023-12-14',
    )
    expect(attacks(events)).toEqual([])
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
})

describe('who speaks, which day, and what is no attack, read across the article', () => {
  it('drones shot down over a base on their way to Israel are no attack on it', () => {
    const events = eventsOf(
      'During the war, coalition forces at Ain al-Asad air base shot down drones on June 14 that Iraqi officials said had been launched from Iran towards Israel.',
      '2025-07-14',
    )
    expect(attacks(events)).toEqual([])
  })

  it('"The United States answered the attack … and days later killed a commander in Baghdad" is the U.S. reply, not an attack in Baghdad', () => {
    const events = eventsOf(
      'On Jan. 28, 2024, a drone attack killed three U.S. service members at Tower 22 in Jordan.\n\nThe United States answered the attack on Feb. 2 with strikes on more than 85 targets in Iraq and Syria, and days later killed a Kataib Hezbollah commander in Baghdad.',
      '2024-06-18',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'tower-22']])
  })

  it('"it had staged the strike on Sunday" after a drone fired at a target in Haifa is that strike, in Israel, not an attack on U.S. forces', () => {
    const events = eventsOf(
      'Iraq\'s Islamic Resistance has announced firing a drone towards a "vital target" in the city of Haifa.\n\nThe group said through a statement that it had staged the strike on Sunday.',
      '2024-08-25',
    )
    expect(attacks(events).filter((e) => e.location?.country !== 'Israel')).toEqual([])
  })

  it('U.S. troops who shell villages from a base are no attack on it: "American troops at the base then shelled the villages"', () => {
    const events = eventsOf(
      'Local sources said two drones targeted the U.S. base at the al-Omar oil field on Sunday evening.\n\nThe sources said American troops at the base then shelled the villages of Khusham and al-Jafra across the river. Separately, US forces from the US base in the Conoco gas field reportedly shelled two villages in Deir ez-Zor province.',
      '2024-10-28',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.reports.length])).toEqual([['2024-10-27', 'green-village', 1]])
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

  it('"Sunday\'s strikes hit a training facility near Abu Kamal" after U.S. strikes is no attack; "wounded in Sunday\'s drone strike on a base in Jordan" is one', () => {
    const strikes = eventsOf(
      "U.S. warplanes struck two sites in eastern Syria on Sunday. That same evening, drones were launched at the Rumalyn Landing Zone.\n\nThe Pentagon said Sunday's strikes hit a training facility near Abu Kamal and a safe house near Mayadin, both in Deir ez-Zor province near the border with Iraq.\n\n**A pattern of retaliation**\n\nSunday's strike was the latest of several U.S. actions against armed groups inside Iraq in under two weeks.",
      '2023-11-14',
    )
    expect(attacks(strikes).map((e) => [e.date, e.location?.id])).toEqual([['2023-11-12', 'rumalyn-landing-zone']])
    const attack = eventsOf("A reservist from Arizona was among those wounded in Sunday's drone strike on a base in northeastern Jordan.", '2024-01-31')
    expect(attacks(attack).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-28', 'northeast-jordan']])
  })

  it('"U.S. forces responded to the attacks on the Green Village base by targeting positions" is U.S. fire, not another attack', () => {
    const events = eventsOf(
      'On Sunday, U.S. forces responded to the attacks on the Green Village base by targeting positions of Iran-backed fighters near al-Mayadin.',
      '2023-12-31',
    )
    expect(attacks(events)).toEqual([])
    expect(events.map((e) => e.type)).toEqual(['us-strike'])
  })

  it('"A drone attack on a base housing US troops killed six fighters …, the first since the US launched retaliatory strikes" is the attack, not a U.S. strike', () => {
    const events = eventsOf(
      'A drone attack on a base housing US troops in eastern Syria killed six allied Kurdish fighters late on Sunday, the first significant attack since the US launched retaliatory strikes over the weekend.',
      '2024-02-05',
    )
    expect(events.map((e) => [e.type, e.date, e.location?.id, e.killed?.max ?? null])).toEqual([['attack', '2024-02-04', 'eastern-syria', 6]])
  })
  it('a command that gives a toll is no U.S. strike, and "impacted at a base" is an attack', () => {
    const body =
      'A one-way drone "impacted at a base in northeast Jordan," Central Command said on January 28.[i] CENTCOM initially reported three killed and 25 injured.'
    expect(eventsOf(body, '2024-01-29').map((e) => [e.type, e.date, e.location?.id, e.status, e.killed?.max ?? null])).toEqual([
      ['attack', '2024-01-28', 'northeast-jordan', 'confirmed', 3],
    ])
  })
  it('"Centcom sent A-10 attack jets against a hostile target near MSS Euphrates" is a U.S. strike, not an attack on the base', () => {
    const body =
      'On Nov. 29, Centcom sent A-10 attack jets against what a spokesman described as a hostile target after individuals were seen preparing a rocket rail near MSS Euphrates.'
    expect(eventsOf(body, '2024-12-04').map((e) => [e.type, e.date])).toEqual([['us-strike', '2024-11-29']])
    // The same jets after an attack: the sentence tells the attack, as before.
    const after = 'On April 21, a fighter jet of the U.S.-led coalition destroyed a rocket launcher after a failed rocket attack on a base near Rumalyn.'
    expect(attacks(eventsOf(after, '2024-04-23')).map((e) => [e.date, e.location?.id])).toEqual([['2024-04-21', 'rumalyn-landing-zone']])
  })
  // A review of this round's rules found these wrong records on ordinary news text; each must stay as written here.
  it.each<[string, string, Array<[string, string, string | null, string]>]>([
    // U.S. jets that struck after an attack: the sentence tells the attack.
    [
      'Centcom sent A-10 attack jets against the rocket launch site near Conoco on Saturday after rockets struck the base.',
      '2024-01-22',
      [['attack', '2024-01-20', 'mss-conoco', 'reported']],
    ],
  ])('review: %s', (body, published, expected) => {
    expect(reportsOf(body, published).map((r) => [r.type, r.date.start, r.location?.id ?? null, r.status])).toEqual(expected)
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

describe('"two Kataib Hezbollah sites" are an armed group\'s own sites', () => {
  it('a strike on them is no attack on U.S. forces', () => {
    const body =
      'A close-range ballistic missile struck Ain al-Asad air base on Monday night, officials said.\n\nAn AC-130 gunship tracked the attackers to a vehicle and fired on them, CENTCOM said. Kataib Hezbollah said Tuesday that one of its members had been killed.\n\nThe strikes early Wednesday hit two Kataib Hezbollah sites south of Baghdad and were a direct response to the missile attack, CENTCOM said.'
    expect(attacks(eventsOf(body, '2023-11-22')).map((e) => e.location?.id)).not.toContain('baghdad')
  })
})

describe('"killed by a U.S. drone" is a U.S. strike', () => {
  it('not an attack at the airport where it happened', () => {
    const body =
      'On Wednesday, twin bombings near the grave of Qassem Soleimani in Kerman, Iran, killed dozens of people at a ceremony held four years after he was killed by a U.S. drone at Baghdad airport.'
    expect(attacks(eventsOf(body, '2024-01-06'))).toEqual([])
  })
})

describe('counts of attacks up to an event named, and Iranian missiles', () => {
  it('"Erbil was hit by Iranian ballistic missiles" is a strike by another state', () => {
    const body = 'Erbil was hit by Iranian ballistic missiles on Monday night in a strike the Revolutionary Guards said targeted a spy base.'
    expect(attacks(eventsOf(body, '2024-01-21'))).toEqual([])
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
  it('"Iranian ballistic missiles launched by Iraqi militias" are the militias\' attack', () => {
    expect(
      places(
        'Iranian ballistic missiles launched by Iraqi militias struck U.S. forces in western Iraq on Saturday, wounding several American personnel, the Pentagon said.',
        '2024-01-22',
      ),
    ).toEqual([['2024-01-20', 'western-iraq']])
  })
})

describe('the first round of blind-57 to blind-59: strikes and lulls', () => {
  it('"The US military said early Wednesday it had carried out strikes … in response to a rocket attack on a base" is a U.S. strike', () => {
    const body =
      'The US military said early Wednesday it had carried out strikes against Iran-aligned militia groups in Syria, in response to a rocket attack on a base housing American troops in north-east Syria.'
    expect(attacks(eventsOf(body, '2024-11-13'))).toEqual([])
  })
})

describe('the third round (session 46): shapes found in the older corpora and blind-63 to blind-68', () => {
  it('"no American facilities were hit", after another state\'s missiles and a sentence that reports nothing, is about those missiles', () => {
    const body =
      "Iran's Revolutionary Guards fired ballistic missiles at Erbil late on Monday, saying they had aimed at a spy centre. Flights at Erbil airport were halted for the night. A U.S. defense official said no American facilities were hit and no U.S. personnel hurt."
    expect(attacks(eventsOf(body, '2024-01-16')).map(brief)).toEqual([])
  })
})

describe('the third round (session 46): the review of its rules', () => {
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

  it('"US aircraft carried out the strikes on Sunday" is no attack', () => {
    expect(events('US aircraft carried out the strikes on Sunday, 12 November, the Pentagon said.', '2023-11-13')).toEqual([])
  })
})

describe('the fifth round (session 48): briefings, corrections and what a reporter asks', () => {
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
})

describe('the sixth round (session 49): the second review of its rules', () => {
  // Each case broke a rule of this round as mended (a19e80c), or was a miss the second reviewer found; one case per kind.
  it.each<[string, string, [string, string | null][]]>([
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
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
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

describe('the eighth round (session 51): the review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // A base with its own day before "followed", or the U.S. side named anywhere, is no other force's base.
    [
      'Rockets struck Ain al-Asad air base on Sunday in an attack that followed an explosion at the Kalsu base, which houses units of the Iraqi army and the PMF, local sources said.',
      '2024-04-22',
      [['2024-04-21', 'ain-al-asad', 'reported', null, null]],
    ],
    // "in what the group called revenge for U.S. artillery shelling": the attack is told all the same.
    [
      'Drones hit the U.S. base at al-Tanf on Monday in what the group called revenge for U.S. artillery shelling of its positions.',
      '2024-01-09',
      [['2024-01-08', 'al-tanf', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('an attack and the U.S. fire that answered it, in one sentence', () => {
  it.each<[string, string, [string, string | null][]]>([
    // Drones that targeted a base, then U.S. shelling of villages: the sentence tells the attack.
    [
      'On the night of Friday, May 3, witnesses said two drones targeted the al-Omar base; U.S. forces then shelled villages across the river.',
      '2024-05-06',
      [['2024-05-03', 'green-village']],
    ],
    // A strike answering an attack "on U.S. personnel at" a base does not date that attack.
    [
      'On Thursday the command announced more strikes, this time on a militia arms depot, in response to a rocket attack on U.S. personnel at Patrol Base Shaddadi in Hasakah.',
      '2024-05-10',
      [],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('the round of blind-105 to blind-108 (session 55)', () => {
  it.each<[string, string, unknown[][]]>([
    // "Washington responded within hours with strikes on three sites": the U.S. reply, whose toll is not the attack's.
    [
      'On Christmas Day, a one-way drone struck the coalition base at Erbil airport, wounding three American service members. Kataib Hezbollah claimed that attack. Washington responded within hours with strikes on three sites used by the group, which the Iraqi government said killed a member of the security forces and wounded 18 people near Hilla.',
      '2024-01-02',
      [['2023-12-25', 'erbil-air-base', 'confirmed', null, 3]],
    ],
    // The review's break: "a day after Washington responded … with strikes" is a time, and the attack is the sentence's.
    [
      'Militants fired rockets at the Conoco base on Saturday, a day after Washington responded to the drone attack in Jordan with strikes on 85 targets.',
      '2024-02-05',
      [['2024-02-03', 'mss-conoco', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 56', () => {
  it.each<[string, string, unknown[][]]>([
    // The only word of attack is another state's strikes: no attack on the base the sentence names for something else.
    [
      'The report adds that Syrian government forces blocked aid to the area around the al-Tanf garrison in July, and that SDF fighters died in Turkish air strikes.',
      '2024-08-14',
      [],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 57', () => {
  it.each<[string, string, unknown[][]]>([
    // Iran's own missile strikes, near a base, are another state's: no attack on the base.
    ['Iranian missile strikes on Erbil on Monday killed four civilians near the U.S. consulate and Erbil Air Base, Kurdish officials said.', '2024-01-16', []],
    // A guard: it passes without the rule too.
    [
      "Iran's Revolutionary Guards fired ballistic missiles at Erbil late on Monday, killing four civilians near Erbil Air Base, the regional government said.",
      '2024-01-16',
      [],
    ],
    // A guard: a drone made in Iran is the militia's weapon, and "Iranian drone attacks" are what writers call theirs.
    [
      'An Iranian-made drone struck Tower 22 on Sunday, killing three U.S. soldiers, the Pentagon said.',
      '2024-01-30',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
    // The dead of another state's strike, told before the attack it preceded, are no toll of that attack.
    [
      'Militants fired missiles and rockets at Ain al-Asad air base on Saturday, U.S. Central Command said.\n\nAn Israeli strike in Damascus earlier on Saturday killed five members of the Revolutionary Guards, hours before the missile attack on al-Asad.',
      '2024-01-21',
      [['2024-01-20', 'ain-al-asad', 'confirmed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe("session 57: the review's breaks, mended", () => {
  it.each<[string, string, unknown[][]]>([
    // Iran's missiles as the subject: every verb of the sentence is theirs.
    [
      'Iranian missile attacks on Erbil late on Monday killed four civilians, a businessman among them, and struck close to Erbil Air Base, which hosts U.S. troops.',
      '2024-01-16',
      [],
    ],
    ['An Iranian missile barrage hit Erbil late on Monday; missiles came down near Erbil Air Base, killing four civilians, officials said.', '2024-01-16', []],
    // A guard: a drone attack told after Iran's missiles is an attack of its own.
    [
      'Iranian missile strikes on Erbil were followed on Tuesday by a drone attack that wounded two U.S. troops at Harir air base, officials said.',
      '2024-01-17',
      [['2024-01-16', 'harir-air-base', 'confirmed', null, 2]],
    ],
    // "engaged the rocket launch team" is a U.S. strike's words, not an attack's.
    [
      'Rockets were fired at Ain al-Asad air base on Monday, a U.S. official said. On Tuesday, a U.S. gunship engaged the rocket launch team near the base, killing one militant.',
      '2023-11-08',
      [['2023-11-06', 'ain-al-asad', 'confirmed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 58: harm first, U.S. fire after', () => {
  it.each<[string, string, unknown[][]]>([
    // A missile that wounded U.S. personnel is an attack on them, though a U.S. gunship's reply follows in the sentence.
    [
      'Militias have aimed ballistic missiles at al-Asad air base before. On Nov. 20, one short-range ballistic missile wounded four U.S. personnel there; a U.S. AC-130 gunship then destroyed the launcher.',
      '2024-01-21',
      [['2023-11-20', 'ain-al-asad', 'confirmed', null, 4]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 59: U.S. aircraft that attacked', () => {
  it.each<[string, string, unknown[][]]>([
    // "A-10 aircraft attacked people preparing a rocket rail near the base" is U.S. fire, not an attack on the base.
    [
      'Rockets landed near the Conoco base on 27 November. On 29 November, A-10 aircraft attacked people spotted preparing a rocket rail near the base.',
      '2024-12-10',
      [['2024-11-27', 'mss-conoco', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 59: U.S. fire from its own base', () => {
  it.each<[string, string, unknown[][]]>([
    [
      'Drones were fired at al-Tanf on Sunday, the monitor said. Shortly afterwards, U.S. forces fired heavy artillery from their base at the Conoco gas field toward areas west of the Euphrates, hitting positions in two towns.',
      '2024-10-28',
      [['2024-10-27', 'al-tanf', 'reported', null, null]],
    ],
    [
      'Drones were fired at al-Tanf on Sunday, the monitor said. According to the monitor, American guns at the Koniko gas field base then shelled government-held ground across the Euphrates.',
      '2024-10-28',
      [['2024-10-27', 'al-tanf', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 60: strikes approved, far from who approved them', () => {
  it.each<[string, string, unknown[][]]>([
    // "President Joe Biden, who was at Camp David, approved strikes on three sites": "the strikes" after it are the U.S.
    // reply, and the toll Baghdad gave is theirs, not the drone attack's.
    [
      'Three U.S. service members were wounded when a drone struck Erbil Air Base on Monday, officials said. President Joe Biden, who was at Camp David, approved strikes on three sites used by Kataib Hezbollah.\n\nBaghdad has a different account. The Iraqi government said the strikes killed one member of its security forces and wounded 18 people.',
      '2023-12-27',
      [['2023-12-25', 'erbil-air-base', 'confirmed', null, 3]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})
