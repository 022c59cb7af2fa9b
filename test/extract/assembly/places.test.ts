import { describe, expect, it } from 'vitest'
import { asRead, asReadHere, attacks, brief, briefsReadHere, eventsOf, places, reportsOf } from '../../helpers/extract-text.js'

// Where an attack happened: bases, landmarks, areas, "the base" and "there", and places across sentences.
// Every sentence here is written for this test, in the shapes real coverage takes (docs/real-reporting/).

describe('the article, not the sentence, is the unit: sentences about "the attack" add to it', () => {
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
})

describe('merge across outlets, on the day it happened', () => {
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

  it('a slash dateline, a launch area after "from" and the coalition\'s own artillery name no target', () => {
    const events = eventsOf(
      'Abu Dhabi / Baghdad: A volley of rockets launched from northern Iraq late on Sunday targeted a base in north-eastern Syria where U.S.-led coalition troops are stationed.\n\nOn Sunday, coalition artillery at the Conoco field shelled the outskirts of al-Mayadin.',
      '2024-04-22',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-04-21', 'northeast-syria']])
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

  it('"Earlier in the day, a rocket attack was carried out on the base" is an attack on the base named before, that day', () => {
    const events = eventsOf(
      'The Islamic Resistance in Iraq claimed a drone attack on Tuesday against the al-Shaddadi base in Hasakah province.\n\nEarlier in the day, a rocket attack was carried out on the base.',
      '2024-01-03',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id, e.status, e.reports.length])).toEqual([['2024-01-02', 'shaddadi', 'reported', 2]])
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

  it('"a drone coming from Iraq attacked the base" is the base named before, in Syria, not Iraq', () => {
    const events = eventsOf(
      'The Conoco gas field base east of Deir ez-Zor is the main target.\n\nOn Saturday, a drone coming from Iraq attacked the base and was shot down.',
      '2024-09-30',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-09-28', 'mss-conoco']])
  })

  it('"The base, situated in the town of al-Shaddadi" names the base the lead placed only in its province', () => {
    const events = eventsOf(
      'On Tuesday, a missile attack targeted a US military base in the al-Hasakah governorate in northeastern Syria.\n\nThe base, situated in the town of al-Shaddadi, reported no casualties, local sources said.',
      '2023-12-27',
    )
    expect(attacks(events).map(brief)).toEqual([{ day: '2023-12-26', place: 'shaddadi', status: 'reported', killed: 0, injured: 0 }])
  })

  it('a base named only to locate another ("in Kharab al-Jir in Rmelan countryside") is not what "the base" means later', () => {
    const events = eventsOf(
      'Sources said a drone struck the coalition base in Kharab al-Jir in Rmelan countryside shortly after midnight on Saturday. Coalition forces shot down a second drone flying over the base.',
      '2024-08-10',
    )
    expect(attacks(events).map((e) => [e.date, e.location?.id])).toEqual([['2024-08-10', 'kharab-al-jir']])
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
  it('bare "al-Asad", as briefings say it, is the base; "President Bashar al-Asad" and "the al-Asad regime" are not', () => {
    const body =
      'Q: On Friday a drone was shot down a few kilometres from al-Asad, a defense official told us. President Bashar al-Asad condemned Israeli raids on Damascus that day, and the al-Asad regime said nothing of the bases.'
    expect(attacks(eventsOf(body, '2023-10-31')).map((e) => [e.date, e.location?.id])).toEqual([['2023-10-27', 'ain-al-asad']])
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
  // A review of this round's rules found these wrong records on ordinary news text; each must stay as written here.
  it.each<[string, string, Array<[string, string, string | null, string]>]>([
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
  ])('review: %s', (body, published, expected) => {
    expect(reportsOf(body, published).map((r) => [r.type, r.date.start, r.location?.id ?? null, r.status])).toEqual(expected)
  })
  it('"the third attack on a base in the Kurdistan Region this month" compares; it names no second target', () => {
    const body =
      'Kurdish officials said on Monday that a drone had hit a hangar at Harir Air Base on Sunday night, in what security sources called the third attack on a base in the Kurdistan Region this month.'
    expect(attacks(eventsOf(body, '2024-01-08')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-07', 'harir-air-base']])
  })
})

describe('return fire, counted days, questions and possessive countries', () => {
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
  it('a base a distance is measured from, inside a clause describing another, is no target', () => {
    const body =
      'The al-Tanf garrison, which sits where the Syrian, Iraqi and Jordanian borders meet some 20 km from Tower 22, was targeted on 4 January by two drones.'
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => [e.date, e.location?.id])).toEqual([['2024-01-04', 'al-tanf']])
  })
  it('"officials first said it hit al-Tanf, not Jordanian territory" is a disputed place, not a second attack', () => {
    const body =
      'A drone hit Tower 22 in Jordan on Sunday.\n\nAt first, Jordanian officials said the strike had hit the al-Tanf base in Syria, not Jordanian territory, but U.S. officials confirmed the location.'
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => e.location?.id)).toEqual(['tower-22'])
  })
})

describe('a country named inside a clause that is a time', () => {
  it('"a day after rockets were fired … at a coalition base in Syria" makes no attack in Syria', () => {
    const body = 'On April 22, a day after rockets were fired from the town of Zummar at a coalition base in Syria, drones were launched toward Ain al-Asad.'
    expect(attacks(eventsOf(body, '2024-07-18')).map((e) => e.location?.id)).toEqual(['ain-al-asad'])
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

describe('"in the countryside of Rmeilan" locates the base named before it', () => {
  it('is no second target', () => {
    const body =
      'The American base at Kharab al-Jir airport in the countryside of Rmeilan, in northeastern Hasakah, was targeted twice on Friday, according to the Syrian Observatory for Human Rights.'
    expect(attacks(eventsOf(body, '2023-12-09')).map((e) => [e.date, e.location?.id])).toEqual([['2023-12-08', 'kharab-al-jir']])
  })
})

describe('"the attack did not take place inside Jordan but at al-Tanf" disputes where the attack told happened', () => {
  it('is no second attack', () => {
    const body =
      "Three U.S. soldiers were killed when a drone struck Tower 22 in Jordan on Sunday, the Pentagon said.\n\nJordan's government spokesman told state television that the attack did not take place inside Jordan but at al-Tanf across the border in Syria."
    expect(attacks(eventsOf(body, '2024-01-29')).map((e) => e.location?.id)).toEqual(['tower-22'])
  })
})

describe("the later rules do not over-apply (a second reviewer's cases)", () => {
  it('"had not happened in Iraq since Jan. 4, when a drone hit Ain al-Asad" is no dispute of where', () => {
    expect(
      places('Such an attack had not happened in Iraq since Jan. 4, when a drone hit Ain al-Asad air base and wounded two U.S. soldiers.', '2024-01-29'),
    ).toEqual([['2024-01-04', 'ain-al-asad']])
  })
})

describe('the second review: what the round-two rules must not do', () => {
  it('"did not take place inside Jordan and said the target was the al-Tanf base" disputes where the attack told was', () => {
    const body =
      'A drone struck a U.S. outpost in northeast Jordan early Sunday, killing three soldiers, Central Command said.\n\nA Jordanian government spokesman told state TV that the attack did not take place inside Jordan and said the target was the al-Tanf base in Syria.'
    expect(asRead(body, '2024-01-28').map(([, place]) => place)).not.toContain('al-tanf')
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

describe('the third round (session 46): where the launcher stood is not where the base is', () => {
  it('"15 rockets fired from a converted tanker truck in Iraq were launched at the base", after a base in Syria, is that base', () => {
    const body =
      'Rockets hit Ain al-Asad air base in Iraq on Monday, officials said.\n\nA drone struck the Rumalyn base in Syria on Friday, wounding eight. On Dec. 3 last year, 15 rockets fired from a converted tanker truck in Iraq were launched at the base without causing injuries, according to Central Command.'
    expect(asReadHere(body, '2024-08-10')).toContainEqual(['2023-12-03', 'rumalyn-landing-zone'])
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

describe('the fourth round (session 47): the review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
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
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the fifth round (session 48): briefings, corrections and what a reporter asks', () => {
  it('"struck Rumalyn Landing Zone, not al-Shaddadi": the base set against the one named is where nothing happened', () => {
    const body = 'MS. SINGH: Let me correct that. The drone that damaged tents on Monday morning struck Rumalyn Landing Zone, not al-Shaddadi. Nobody was hurt.'
    expect(asReadHere(body, '2023-11-14')).toEqual([['2023-11-13', 'rumalyn-landing-zone']])
  })
  it('"The attack was not at al-Tanf." corrects where the attack told was, and gives none at al-Tanf', () => {
    const body =
      'A drone struck the logistics base known as Tower 22 in Jordan on Sunday, the Pentagon said.\n\nMS. SINGH: Let me stop you there. The attack was not at al-Tanf. It struck Tower 22.'
    expect(asReadHere(body, '2024-01-30')).toEqual([['2024-01-28', 'tower-22']])
  })
})

describe('the fifth round (session 48): places and days across sentences', () => {
  it('"Tower 22 in northeastern Jordan, just across the border from the U.S. garrison at al-Tanf" places no attack at al-Tanf', () => {
    const body =
      'The deadliest attack came on Jan. 28, when a one-way drone hit living quarters at Tower 22 in northeastern Jordan, just across the border from the U.S. garrison at al-Tanf.'
    expect(asReadHere(body, '2024-12-20')).toEqual([['2024-01-28', 'tower-22']])
  })
  it('"ANCHOR: The base is known as Tower 22." names the base of the attack told in the area before it', () => {
    const body =
      'KESSLER, ANCHOR: Three American soldiers are dead after a drone slammed into a small U.S. outpost in northeastern Jordan early yesterday.\n\nABERNATHY, ANCHOR: The base is known as Tower 22. It sits just inside Jordan.'
    expect(asReadHere(body, '2024-01-29')).toEqual([['2024-01-28', 'tower-22']])
  })
  it('"two drones were sent at it" points back at the base named last, as "the base" does; "struck it" does not', () => {
    const body =
      'It is Ain al-Asad, the sprawling airfield in the western desert that hosts American troops. On Wednesday, a U.S. defence official said, two drones were sent at it and both were intercepted.'
    expect(asReadHere(body, '2023-10-23')).toEqual([['2023-10-18', 'ain-al-asad']])
    const gunship =
      'A ballistic missile hit Ain al-Asad on Monday night, the Pentagon said. A U.S. AC-130 gunship already in the air followed the launch team to their vehicle and struck it.'
    expect(asReadHere(gunship, '2023-11-22')).toEqual([['2023-11-20', 'ain-al-asad']])
  })
  it('an attack told with its day and no base, right after a lead that named the base and no day, is at that base', () => {
    const body =
      'New details emerged meanwhile about an earlier attack on Erbil air base. Before dawn on 26 October, a drone launched by a militia struck a barracks housing American soldiers, two US officials said.'
    expect(asReadHere(body, '2023-11-10')).toEqual([['2023-10-26', 'erbil-air-base']])
  })
})

describe('the fifth round (session 48): the review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // "not at al-Tanf but at a small logistics base in northeastern Jordan": the base denied is dropped, the area kept.
    [
      'Kirby told reporters on Monday that the drone attack on Sunday was not at al-Tanf but at a small logistics base in northeastern Jordan, where three American soldiers were killed.',
      '2024-01-30',
      [['2024-01-28', 'northeast-jordan', 'confirmed', 3, null]],
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
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the fifth round (session 48): the second review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
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
    // "the drone attack that targeted Erbil air base" names the attack the next sentence dates.
    [
      'New details have emerged about the drone attack that targeted Erbil air base. Before dawn on 26 October, a drone struck a barracks housing American soldiers, injuring one, officials said.',
      '2023-11-02',
      [['2023-10-26', 'erbil-air-base', 'reported', null, 1]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('the seventh round (session 50): places and times as local pages give them', () => {
  it.each([
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
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('the seventh round (session 50): the review of its rules', () => {
  it.each([
    // "known to U.S. troops as" in a clause about an earlier attack names no base of the story's.
    [
      'A drone struck a U.S. base in eastern Syria on Sunday.\n\nThe attack came days after rockets hit a site known to U.S. troops as Green Village.',
      '2024-01-29',
      [['2024-01-28', 'eastern-syria']],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
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

describe('the eighth round (session 51): one more of them', () => {
  it('"… at al-Malikiyah and Rumailan, as well as the base at al-Shaddadi" lists targets; it is not one more of the story\'s', () => {
    const body =
      'The sources said a similar drone attack on the al-Omar base had been foiled on Monday.\n\nBefore the al-Omar attack, the Islamic Resistance in Iraq said on Tuesday that its fighters had targeted the coalition bases at al-Malikiyah and Rumailan, as well as the base at al-Shaddadi.'
    expect(asReadHere(body, '2024-01-03')).toContainEqual(['2024-01-02', 'shaddadi'])
    expect(asReadHere(body, '2024-01-03')).not.toContainEqual(['2024-01-01', 'shaddadi'])
  })
})

describe('the eighth round (session 51): the second review of its rules', () => {
  it.each<[string, string, unknown[][]]>([
    // After a lead placed in an area, "… hit the Rumalyn base as well as positions at Tal Baydar" details the story's attacks.
    [
      'Rockets and drones targeted U.S. forces in northeastern Syria on Sunday, the SDF said.\n\nThe Syrian Observatory said on Monday that rockets hit the Rumalyn base as well as positions at Tal Baydar.',
      '2024-02-06',
      [
        ['2024-02-04', 'rumalyn-landing-zone', 'reported', null, null],
        ['2024-02-04', 'tal-baydar', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('"the US Embassy" in a sentence set only outside the campaign\'s region', () => {
  it.each<[string, string, [string, string | null][]]>([
    // An embassy office in Israel, not the embassy in Baghdad.
    ['A drone struck a block in central Tel Aviv early on Friday, near a branch office of the US Embassy, killing one man.', '2024-07-21', []],
    // A sentence that also names a place in the region keeps the embassy it means.
    [
      'Rockets struck the US Embassy on Friday, and drones hit al-Tanf in Syria.',
      '2024-01-07',
      [
        ['2024-01-05', 'al-tanf'],
        ['2024-01-05', 'us-embassy-baghdad'],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('the embassy struck, with another country named aside: the review of the round of blind-99 and blind-100', () => {
  it.each<[string, string, [string, string | null][]]>([
    [
      'Three rockets were fired at the US Embassy on Monday, the third attack on the compound since October, Iraqi security officials said, adding that sirens also sounded in Tel Aviv.',
      '2024-01-30',
      [['2024-01-29', 'us-embassy-baghdad']],
    ],
    [
      'Katyusha rockets targeted the US Embassy on Monday, a day after Israel struck targets in Beirut, security sources said.',
      '2024-01-30',
      [['2024-01-29', 'us-embassy-baghdad']],
    ],
    [
      'A rocket landed near the US Embassy on Monday as Hezbollah fired missiles at northern Israel, Iraqi police said.',
      '2024-01-30',
      [['2024-01-29', 'us-embassy-baghdad']],
    ],
  ])('%s', (body, published, expected) => {
    expect(asReadHere(body, published)).toEqual(expected)
  })
})

describe('the round of blind-105 to blind-108 (session 55)', () => {
  it.each<[string, string, unknown[][]]>([
    // A base that opens a sentence set aside (a habit) is what the next sentence's "the base" means, not the story's base.
    [
      "Armed drones sent against Erbil International Airport before dawn on Tuesday were shot down, according to the Kurdistan Region's counter-terrorism directorate.\n\nAin al-Asad air base in the western province of Anbar has been hit most often. On Monday, October 30, four Katyusha rockets were fired at the base, Iraqi security sources said.",
      '2023-11-07',
      [
        ['2023-10-30', 'ain-al-asad', 'reported', null, null],
        ['2023-11-07', 'erbil-air-base', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 56', () => {
  it.each<[string, string, unknown[][]]>([
    // An area named after the base's apposition ("…, a small supply post in Jordan's north-east, in the Rukban area") locates
    // the base; it is no second target. And a background line on a wave "that began after Oct. 7" does not date the next
    // sentence, which names the base of the attack the lead placed only in Jordan.
    [
      "Three U.S. soldiers were killed when a drone hit their sleeping quarters at a small American outpost in Jordan early Sunday. It was the first deadly attack in the wave of militia attacks that began after Oct. 7.\n\nWhat was the target?\n\nThe drone hit Tower 22, a small supply post in Jordan's far north-east, in the Rukban area near the Syrian border.",
      '2024-01-31',
      [['2024-01-28', 'tower-22', 'confirmed', 3, null]],
    ],
    // "drones were flown at the base": the base named last.
    [
      'Rockets were fired at Ain al-Asad late on Thursday, Iraqi sources said.\n\nOn Tuesday, July 16, two armed drones were flown at the base, two Iraqi military sources said.',
      '2024-07-27',
      [
        ['2024-07-16', 'ain-al-asad', 'reported', null, null],
        ['2024-07-25', 'ain-al-asad', 'reported', null, null],
      ],
    ],
    // A log's heading, "<base>, <area> countryside, <province> - <day>": the area locates the base.
    [
      'ITEM 3 - Kharab al-Jir airstrip, Rmeilan countryside, Hasakah - 8 December A war monitor said rockets hit the Kharab al-Jir base twice within hours.',
      '2023-12-09',
      [['2023-12-08', 'kharab-al-jir', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 57', () => {
  it.each<[string, string, unknown[][]]>([
    // A caption's picture names the base its next sentence's "the base" means, though the picture is years old.
    [
      'Drones hit bases housing U.S. troops: file pictures\n2 of 6\nFILE PHOTO: Hangars stand inside Ain al-Asad air base in western Iraq, in this picture taken on January 13, 2020. U.S. and coalition forces engaged two drones over the base on Wednesday, the Pentagon said on Thursday. AGENCY/Staff/File Photo\n3 of 6',
      '2023-10-20',
      [['2023-10-18', 'ain-al-asad', 'confirmed', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 58: "there" after a harm', () => {
  it.each<[string, string, unknown[][]]>([
    // "wounded four U.S. personnel there", after a sentence about al-Asad: the base named before, though "U.S." has dots
    // and the day is an abbreviated month.
    [
      'Saturday was the second time militias turned ballistic missiles on al-Asad air base. On Nov. 20, one short-range ballistic missile wounded four U.S. personnel there.',
      '2024-01-21',
      [['2023-11-20', 'ain-al-asad', 'confirmed', null, 4]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 58: "the base" in the province the words name', () => {
  it.each<[string, string, unknown[][]]>([
    // "Erbil, 25 December: … the drone attack on the base", after an entry about a base in Syria: the base named before in Erbil.
    [
      'Erbil, 23 December: a drone was downed near Erbil Air Base.\n\nDeir ez-Zor, 24 December: two rockets fell near the Conoco base, local sources said.\n\nErbil, 25 December: the Pentagon said Kataib Hezbollah was behind the drone attack on the base, and that three Americans were injured.',
      '2023-12-28',
      [
        ['2023-12-23', 'erbil-air-base', 'reported', null, null],
        ['2023-12-24', 'mss-conoco', 'reported', null, null],
        ['2023-12-25', 'erbil-air-base', 'confirmed', null, 3],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 58: "the garrison" is the base whose name says garrison', () => {
  it.each<[string, string, unknown[][]]>([
    // A directory page on Al-Tanf Garrison names the Rukban camp last; "the garrison" in its entries is still al-Tanf.
    [
      'Al-Tanf Garrison is a small coalition outpost in the Syrian desert. Its deconfliction zone drew displaced families to Rukban.\n\n18 October 2023 — Two one-way drones were flown at the garrison, the Pentagon said.',
      '2024-06-04',
      [['2023-10-18', 'al-tanf', 'confirmed', null, null]],
    ],
    // Guard: right after an attack told at the base named last, "the garrison" is that base, whatever its name.
    [
      'Drones hit al-Tanf Garrison on Sunday, a U.S. official said.\n\nOn Monday, several drones were launched at the Rumalyn Landing Zone. One was shot down and the other hit the garrison, hurting nobody, the same official said.',
      '2023-11-15',
      [
        ['2023-11-12', 'al-tanf', 'confirmed', null, null],
        ['2023-11-13', 'rumalyn-landing-zone', 'confirmed', 0, 0],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 59: where an attack was reacted to', () => {
  it.each<[string, string, unknown[][]]>([
    // "drew attention in Baghdad": the city where the attack was noticed, not a second place it fell.
    [
      "Four rockets were fired late on Thursday at Ain al-Asad air base, two security sources said.\n\nOn the same night, a rocket landed near the coalition base at the Conoco gas field in Syria, local sources said.\n\nIt was the second attack on Ain al-Asad in ten days. On Tuesday, July 16, two drones flew at the base in the evening.\n\nThe timing of Thursday's attack drew close attention in Baghdad. It came two days after talks at the Pentagon.",
      '2024-07-27',
      [
        ['2024-07-16', 'ain-al-asad', 'reported', null, null],
        ['2024-07-25', 'ain-al-asad', 'reported', null, null],
        ['2024-07-25', 'mss-conoco', 'reported', null, null],
      ],
    ],
    // "the base near the airport", after a claim on Harir: the base whose own name says airport.
    [
      'A drone aimed at the coalition base at Erbil International Airport was brought down on Tuesday.\n\nAlso on Saturday, the Islamic Resistance in Iraq said it had attacked the al-Harir airbase with a drone.\n\nThe attempts come a week after the most serious attack on Erbil since October. Early on Christmas Day a one-way attack drone struck the base near the airport, wounding three American service members, Lloyd Austin said.',
      '2024-01-02',
      [
        ['2023-12-25', 'erbil-air-base', 'confirmed', null, 3],
        ['2023-12-30', 'harir-air-base', 'claimed', null, null],
        ['2024-01-02', 'erbil-air-base', 'reported', null, null],
      ],
    ],
    // Guard: the base the story told stays its place.
    [
      'Two drones struck near Harir air base on Monday, Kurdish officials said. The attack sparked fresh anger across Erbil.',
      '2024-01-09',
      [['2024-01-08', 'harir-air-base', 'reported', null, null]],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 59: a city after a word for its base, and an area that heads a list', () => {
  it.each<[string, string, unknown[][]]>([
    // "the US-run air base at Erbil" is Erbil Air Base, which the gazetteer knows as "Erbil air base".
    [
      'Late on Thursday, drones struck the US-run air base at Erbil in the Kurdistan Region, a pro-Iran channel reported.',
      '2023-11-03',
      [['2023-11-02', 'erbil-air-base', 'reported', null, null]],
    ],
    // "two US bases in eastern Syria: one at … and another at …": the area heads the list, and is no third target.
    [
      'The Islamic Resistance in Iraq said on Monday that drones hit two US bases in eastern Syria: one at the al-Omar oil field and another at al-Shaddadi in Hasakah.',
      '2023-10-24',
      [
        ['2023-10-23', 'green-village', 'reported', null, null],
        ['2023-10-23', 'shaddadi', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 59: "the same base", named in the clause after it', () => {
  it.each<[string, string, unknown[][]]>([
    [
      "A rocket was fired at Mission Support Site Euphrates on Thursday, an official said.\n\nThursday's rockets followed a drone attack on the same base on July 16, when two Iraqi military sources said two armed drones were flown at Ain al-Asad.",
      '2024-07-28',
      [
        ['2024-07-16', 'ain-al-asad', 'reported', null, null],
        ['2024-07-25', 'mss-conoco', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})

describe('session 60: a border, and a base named by its own words', () => {
  it.each<[string, string, unknown[][]]>([
    // "the base beside Erbil airport", after Harir: a landmark 45 km from the base named last does not describe it.
    [
      'A drone fell near Harir air base on Thursday, the counter-terrorism service said.\n\nOn Friday the Islamic Resistance in Iraq said two of its drones had hit the base beside Erbil airport.',
      '2023-11-05',
      [
        ['2023-11-02', 'harir-air-base', 'reported', null, null],
        ['2023-11-03', 'erbil-air-base', 'claimed', null, null],
      ],
    ],
    // Guard: "the base" with no landmark is still the base named last.
    [
      'A drone fell near Harir air base on Thursday, the counter-terrorism service said. A second drone was downed near the base on Friday.',
      '2023-11-05',
      [
        ['2023-11-02', 'harir-air-base', 'reported', null, null],
        ['2023-11-03', 'harir-air-base', 'reported', null, null],
      ],
    ],
    // "near the Kingdom's border with Syria": the country across the border is not where the attack was.
    [
      "The government on Sunday condemned a drone attack on an advanced position near the Kingdom's border with Syria that killed three American service members.",
      '2024-01-29',
      [['2024-01-28', null, 'confirmed', 3, null]],
    ],
    // "The drone attack on the Rumalyn Landing Zone" names its base; it points back at no other.
    [
      'Aug. 5: Rockets were fired at Ain al-Asad that afternoon, a U.S. official said.\n\nAug. 9: The drone attack on the Rumalyn Landing Zone.',
      '2024-08-15',
      [
        ['2024-08-05', 'ain-al-asad', 'confirmed', null, null],
        ['2024-08-09', 'rumalyn-landing-zone', 'reported', null, null],
      ],
    ],
  ])('%s', (body, published, expected) => {
    expect(briefsReadHere(body, published)).toEqual(expected)
  })
})
