import { describe, expect, it } from 'vitest'
import { asReadHere, attacks, brief, briefsReadHere, events, eventsOf, reportsOf } from '../../helpers/extract-text.js'

// Claims by armed groups, denials, disputes, "not aware", no comment, and what no one confirmed.
// Every sentence here is written for this test, in the shapes real coverage takes (docs/real-reporting/).

describe('the article, not the sentence, is the unit: sentences about "the attack" add to it', () => {
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

describe('the day it happened and the day it was said', () => {
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
})

describe('merge across outlets, on the day it happened', () => {
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
})

describe('who speaks, which day, and what is no attack, read across the article', () => {
  it('", and the same group said it was responsible": the clause before it is the sources\' report', () => {
    const text =
      'Iraqi security sources said drones hit Ain al-Asad on Sunday. On Monday, according to the same sources, rockets were fired at the base, and the same group said it was responsible.'
    expect(attacks(eventsOf(text, '2023-11-01')).map((e) => [e.date, e.status])).toEqual([
      ['2023-10-29', 'reported'],
      ['2023-10-30', 'reported'],
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

  it('"the base of the international coalition against ISIS" names no militia that claims the attack', () => {
    const events = eventsOf(
      'A base was attacked by two drones yesterday, security officials said.\n\nAccording to a statement by the Counter-Terrorism Service in Kurdistan: “Two drones attacked the military base of the international coalition against ISIS at Harir Airport in Erbil Governorate.”',
      '2023-11-09',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.claimedBy ?? [], e.reports.map((r) => r.status)])).toEqual([
      ['2023-11-08', 'harir-air-base', 'reported', [], ['reported', 'reported']],
    ])
  })

  it('"had no record of an attack on al-Tanf" and "could find nothing to support" the claim deny it', () => {
    const events = eventsOf(
      'An Iraqi group said it had fired drones at the US base at al-Tanf on Sunday night, a claim the Defense Department said it could find nothing to support.\n\nThe Pentagon later said it had no record of an attack on al-Tanf.',
      '2024-10-29',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-10-27', 'al-tanf', 'denied']])
  })

  it('"said its kamikaze drones attacked" is the group\'s claim; "the Iraqi military group said" is an armed group speaking, not Iraq\'s military', () => {
    const own = eventsOf('The Islamic Resistance in Iraq said its kamikaze drones attacked the Harir base on Wednesday.', '2024-01-18')
    expect(attacks(own).map((e) => [e.location?.id, e.status])).toEqual([['harir-air-base', 'claimed']])
    const group = eventsOf('"We targeted the al-Shaddadi base with drones on Friday," the Iraqi military group said in a statement.', '2023-11-04')
    expect(attacks(group).map((e) => [e.location?.id, e.status])).toEqual([['shaddadi', 'claimed']])
  })

  it('a group that "published a statement saying its fighters had attacked" claims it; a third party\'s denial of involvement does not make it reported', () => {
    const events = eventsOf(
      'Late on Monday, Kataib Hezbollah published a statement in the name of the Islamic Resistance in Iraq saying its fighters had attacked al-Shaddadi with drones.\n\nIran said it had no involvement in the attack.',
      '2023-10-24',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.reports.length])).toEqual([['2023-10-23', 'shaddadi', 'claimed', 2]])
  })

  it('"attacks were often unconfirmed" is said of attacks in general: the Pentagon\'s "no record of an attack" in the same sentence still denies it', () => {
    const events = eventsOf(
      'Attacks on US sites in Syria were often unconfirmed, and on October 27 the Pentagon said it had no record of an attack on al-Tanf that al-Thawriyoun claimed that night.',
      '2024-12-30',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-10-27', 'al-tanf', 'denied']])
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
  ])('review: %s', (body, published, expected) => {
    expect(reportsOf(body, published).map((r) => [r.type, r.date.start, r.location?.id ?? null, r.status])).toEqual(expected)
  })
  it.each<[string, Array<[string, string, unknown, unknown]>]>([
    // Older wrong records the same review found: the wounded as a subject, "did not confirm", a militia's fighters killed.
    ['Rockets hit Ain al-Asad on Saturday, Iraqi sources said; U.S. officials did not confirm it.', [['ain-al-asad', 'reported', null, null]]],
  ])('review, older: %s', (body, expected) => {
    const events = attacks(eventsOf(body, '2024-01-22'))
    expect(events.map((e) => [e.location?.id, e.status, e.killed, e.injured])).toEqual(expected)
  })
})

describe('return fire, counted days, questions and possessive countries', () => {
  it('"that death did not occur during any of the attacks" denies the death, not the attacks', () => {
    const body =
      'Four Americans were slightly hurt in a drone attack on Ain al-Asad air base on Oct. 18, officials said. A contractor died of a heart attack while sheltering; the Pentagon said the death did not occur during the attack.'
    const [event] = attacks(eventsOf(body, '2023-10-25'))
    expect([event?.date, event?.location?.id, event?.status]).toEqual(['2023-10-18', 'ain-al-asad', 'confirmed'])
  })
  it('"No group claimed the rockets" is no claim', () => {
    const body = 'On Saturday, rockets hit the al-Omar base, local media reported. No group claimed the rockets, and no one was hurt.'
    expect(reportsOf(body, '2023-10-30').map((r) => r.status)).not.toContain('claimed')
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

describe('the first round of blind-57 to blind-59: officials, live entries and days not given', () => {
  it('"the group said earlier on Sunday that it had sent a drone at" a base is its claim', () => {
    const body = 'The Islamic Resistance in Iraq said earlier on Sunday that it had sent a drone at the Harir air base north of Erbil.'
    expect(attacks(eventsOf(body, '2024-01-28')).map((e) => [e.date, e.location?.id, e.status])).toEqual([['2024-01-28', 'harir-air-base', 'claimed']])
  })
})

describe('the second round of blind-60 to blind-62', () => {
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

describe('the third round (session 46): shapes found in the older corpora and blind-63 to blind-68', () => {
  it('"There was no immediate word from the coalition on any attacks on al-Shaddadi on Sunday" reports no attack', () => {
    expect(asReadHere('There was no immediate word from the coalition on any attacks on al-Shaddadi or al-Tanf on Sunday.', '2024-01-29')).toEqual([])
    // One clause more, and it may tell something: "no word from the coalition, but drones hit al-Tanf on Sunday".
    expect(asReadHere('There was no immediate word from the coalition, but local sources said drones hit al-Tanf on Sunday.', '2024-01-29')).toEqual([
      ['2024-01-28', 'al-tanf'],
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

describe('the third round (session 46): the review of its rules', () => {
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
})

describe('the fourth round (session 47): the review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
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
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the fifth round (session 48): briefings, corrections and what a reporter asks', () => {
  it('"An earlier version, relying on a monitoring group, said the drone struck the Kharab al-Jir airstrip on Saturday" is superseded', () => {
    const body =
      'A one-way drone hit Rumalyn Landing Zone in north-eastern Syria late on Friday, Aug. 9, the Pentagon said.\n\nAn earlier version, relying on a Syrian monitoring group, said the drone struck the Kharab al-Jir airstrip on Saturday, Aug. 10.'
    expect(asReadHere(body, '2024-08-14')).toEqual([['2024-08-09', 'rumalyn-landing-zone']])
  })
})

describe('the fifth round (session 48): the review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // "misidentified", "misreported" are no correction of the story.
    [
      'The drone that killed three U.S. soldiers at Tower 22 on Sunday may have been misidentified as an American drone returning to the base, officials said.',
      '2024-01-30',
      [['2024-01-28', 'tower-22', 'reported', 3, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the sixth round (session 49): who says an attack happened', () => {
  it('an official "not aware of any attack" or "not tracking" one at a named base does not confirm it', () => {
    const asked =
      'Q: Can you confirm reports of a drone attack on al-Tanf on Monday?\n\nMR. RYDER: I am not tracking any attack on al-Tanf. I would refer you to CENTCOM.'
    expect(briefsReadHere(asked, '2024-02-14')).toEqual([['2024-02-12', 'al-tanf', 'reported', null, null]])
    const told = 'A Pentagon spokesman said on Tuesday he was not aware of any attack on the Conoco base on Monday.'
    expect(briefsReadHere(told, '2024-02-14')).toEqual([['2024-02-12', 'mss-conoco', 'reported', null, null]])
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
      [['2023-10-18', 'ain-al-asad', 'confirmed', null, null]],
    ],
    [
      "Q: Can you confirm reports of a drone attack on al-Tanf on Monday?\n\nMR. RYDER: I don't have any information on an attack at Tanf.",
      '2024-02-14',
      [['2024-02-12', 'al-tanf', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the sixth round (session 49): the second review of its rules', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'A U.S. official said he was not aware of any attack on Harir air base, but confirmed that a drone struck Ain al-Asad on Monday, causing minor damage.',
      '2023-11-21',
      [['2023-11-20', 'ain-al-asad', 'confirmed', null, null]],
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
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
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

describe('the seventh round (session 50): the review of its rules', () => {
  it.each([
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
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('the seventh round (session 50): the second review of its rules', () => {
  it.each([
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
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the eighth round (session 51): the review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
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
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('"according to an earlier statement" is the group\'s own word', () => {
  it('leaves the attack claimed', () => {
    const body = 'Early on Wednesday, the faction also sent drones at the U.S. base at the Conoco gas field in Deir ez-Zor, according to an earlier statement.'
    expect(briefsReadHere(body, '2023-12-14')).toEqual([['2023-12-13', 'mss-conoco', 'claimed', null, null]])
  })
})

describe('what an official cannot confirm, and a statement named two ways: the review of the round of blind-99 and blind-100', () => {
  it.each<[string, string, [string, string | null][]]>([
    [
      'A U.S. official said he could not confirm any attack on Harir air base, but confirmed that two drones had struck Ain al-Asad on Monday.',
      '2024-01-30',
      [['2024-01-29', 'ain-al-asad']],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
  it('"according to an earlier militia statement" is the group\'s word', () => {
    expect(briefsReadHere('Drones struck al-Tanf garrison on Monday, according to an earlier militia statement.', '2024-01-30')).toEqual([
      ['2024-01-29', 'al-tanf', 'claimed', null, null],
    ])
  })
})

describe('"US officials have confirmed none of those attacks"', () => {
  it('leaves the claims it follows claimed', () => {
    const body =
      'The Islamic Resistance in Iraq said on Sunday that its drones had hit two sites in Syria that day: the al-Shaddadi base and the Conoco gas field base. US officials have confirmed none of those attacks.'
    expect(briefsReadHere(body, '2024-02-01')).toEqual([
      ['2024-01-28', 'mss-conoco', 'claimed', null, null],
      ['2024-01-28', 'shaddadi', 'claimed', null, null],
    ])
  })
})

describe('the round of blind-105 to blind-108 (session 55)', () => {
  it.each<[string, string, unknown[][]]>([
    // An attack on another base the speaker has seen no reports of, beside the strike the same speaker tells: no denial
    // of that strike.
    [
      'A Pentagon official said he had seen no reports of an attack on Harir air base, but that a drone hit Ain al-Asad air base on Monday, causing no injuries.',
      '2024-01-16',
      [['2024-01-15', 'ain-al-asad', 'confirmed', 0, 0]],
    ],
    // Alone, it still tells what the speaker says of the base.
    [
      'A Pentagon official said on Tuesday that he had seen no reports of an attack on Harir air base on Monday.',
      '2024-01-16',
      [['2024-01-15', 'harir-air-base', 'denied', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})
