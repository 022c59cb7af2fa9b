import { describe, expect, it } from 'vitest'
import { findCasualties, findCasualtyMentions, parseCount } from '../../src/extract/find-casualties.js'
import type { Count } from '../../src/model/report.js'

/** A figure as a table cell: `3` for exactly three, `[30, 35]` for a range, `null` for no figure. */
type Cell = number | readonly [number, number] | null

const count = (cell: Cell): Count | null => (cell === null ? null : typeof cell === 'number' ? { min: cell, max: cell } : { min: cell[0], max: cell[1] })

function expectFigures(sentence: string, killed: Cell, injured: Cell): void {
  const { killed: k, injured: i } = findCasualties(sentence)
  expect({ killed: k, injured: i }).toEqual({ killed: count(killed), injured: count(injured) })
}

describe('findCasualties keeps killed and injured apart', () => {
  it.each([
    ['Two dozen American military personnel were wounded last week.', null, 24],
    ['Twenty American personnel sustained minor injuries on Oct. 18.', null, 20],
    ['On 18 Oct, 20 U.S. personnel got minor injuries when drones went at the garrison.', null, 20],
    // The share of a wider toll that the sentence puts at one base; a share with no place is no toll.
    ['Central Command said 20 of the injured were at the garrison in southern Syria.', null, 20],
    ['Twenty of them were hurt at the al-Tanf garrison on October 18, a spokesperson said.', null, 20],
    ['Two of them were flown to Germany for treatment.', null, null],
    ['Two of the wounded were flown to Germany on Tuesday.', null, null],
    ['The drone attack killed three U.S. soldiers and wounded at least 34.', 3, 34],
    ['Three U.S. Army soldiers were killed and more than 40 others were injured.', 3, 40],
    // Ages after names are no counts: the dead are counted by name.
    ['Sgt. Ana Ruiz, 31, Spc. Tom Hale, 22, and Pfc. Lee Ortiz, 20, all of a Texas transport unit, were killed.', 3, null],
    ['Ruiz, Spc. Tom Hale and Pfc. Lee Ortiz were killed when the drone hit their trailer.', 3, null],
    // The later figure of a count revised in the same breath, its verb left out.
    ['The command first reported 12 injured on Monday, then at least 19.', null, 19],
    ['By Friday, more than 30 troops had reported injuries, officials said.', null, 30],
    // "have reported injuries" is a running total, not this attack's.
    ['More than 30 troops have reported injuries since October.', null, null],
    // A total, then its parts, is the total; parts alone add up.
    ['The rockets wounded nine Americans, six soldiers and three contractors, officials said.', null, 9],
    ['The rockets wounded six soldiers and three contractors, officials said.', null, 9],
    ['The drone wounded two Marines, a soldier and a sailor.', null, 4],
    ['Meanwhile, Sgt. Ana Ruiz and Spc. Tom Hale were killed when the drone hit.', 2, null],
    // The people's tail ("from Ohio") ends at the verb: the wounded are not added to the dead.
    ['Two reservists from Ohio were killed and more than 30 other service members were wounded.', 2, 30],
    ['The strike killed six SDF fighters.', 6, null],
    ['Eight U.S. personnel suffered minor injuries.', null, 8],
    ['Twelve service members suffered what officials called minor injuries.', null, 12],
    ['Eight personnel had minor injuries and there was some damage.', null, 8],
    ['A ballistic missile hit the base; the Pentagon reports eight injuries.', null, 8],
    ['The Army named the three reservists from a Georgia engineer unit who died in the strike.', 3, null],
    ['One service member was killed.', 1, null],
    ['A single service member was hurt in the Oct. 26 drone attack.', null, 1],
    ['Six fighters from the commando units of the Syrian Democratic Forces (SDF) were killed late on Sunday.', 6, null],
    ['Drones were shot down on Friday and again on Saturday; neither attack hurt anyone.', 0, 0],
    ['Drones came on July 16 and rockets on July 25, with neither attack causing casualties.', 0, 0],
    ['A single drone hit the base.', null, null], // a single drone is no person
    ['A drone smashed into a barracks, and one service member suffered a concussion, officials said.', null, 1],
    // None, as translated and agency copy words it: "did not make losses", "before it caused any injury".
    ['The directorate said the two attacks did not make any human or material losses.', 0, 0],
    ['A U.S. official said the attacks of Tuesday did not make casualties or damage to infrastructure.', 0, 0],
    ['The drone was destroyed before it caused any injury or damage.', 0, 0],
    ['The attacks did not make any material losses.', null, null],
    ['Officials did not make any comment on casualties.', null, null],
    // "No" before one person, as well as before many.
    ['Ryder said two drones were taken down and that no US soldier was injured.', 0, 0],
    ['No service member was hurt, the command said.', 0, 0],
    ['No American was hurt in the attack.', 0, 0],
    // Translated from Arabic, "من" as "from": "three from the American military personnel".
    ['Austin admitted that three from the American military personnel were injured, one of them critically.', null, 3],
    ['He said that three from the base had left before the attack.', null, null],
  ] as const)('%j → killed %s, injured %s', expectFigures)
})

describe('findCasualties reads figures as wire copy and regional outlets write them', () => {
  it.each([
    // killed, before and after the verb
    ['A one-way drone killed three U.S. soldiers at a desert outpost overnight.', 3, null],
    ['Three U.S. service members were killed when the drone hit their quarters.', 3, null],
    ['Six fighters were killed in the raid on the training camp, a spokesman said.', 6, null],
    ['Five members of the Syrian Democratic Forces were killed at the oil field.', 5, null],
    ['The barrage killed two soldiers and a contractor.', 3, null],
    // A hedge before the verb: "are now known to have been injured", "are believed to have been killed".
    ['More than 40 service members are now known to have been injured in the drone attack, the Pentagon said.', null, 40],
    ['Two contractors are believed to have been killed.', 2, null],
    // A figure a speaker raised later in the sentence, past a semicolon: the raised one.
    ['Officials first said 25 troops had been wounded; by evening the command had raised the number to at least 34.', null, 34],
    // "The figure was later raised to 34": a bare figure raised, in the passive, with the harm it counts named after it.
    ['The figure was later raised to 34, some of them with traumatic brain injuries.', null, 34],
    ['The number of attacks was later raised to 170, none of them causing injuries.', 0, 0],
    // … but never another party's toll or a running total.
    ['Three U.S. soldiers were injured, and the strike in Jurf al-Sakhar raised the number to eight militia fighters killed.', 8, 3],
    ["Some 56 U.S. troops have been wounded in the attacks, and Monday's strike raised the total to 61.", null, 56],
    // … but never a count of attacks.
    ['Two soldiers were wounded, and the group has raised the number of its attacks to 170.', null, 2],
    // The subject of "were wounded" is the whole list, however it is worded.
    ['An official said four service members and three American contractors had been wounded.', null, 7],
    ['Two soldiers and one civilian employee were killed.', 3, null],
    // A later group with a verb of its own is a clause of its own.
    ['The drone killed two soldiers and three civilians were hurt.', 2, 3],
    ['A U.S. service member was killed and four others were wounded.', 1, 4],
    ['Four troops were mortally wounded in the blast.', 4, null],
    // Partner forces' and regional copy's words: "martyred"; quotation marks inside the phrase.
    ['The SDF said six of our fighters were martyred in the attack on the academy.', 6, null],
    ['Seven SDF special forces "commandos" were killed in the strike.', 7, null],
    ['About 20 troops received “minor injuries” in the attack, officials said.', null, 20],
    // A later plural group with no count of its own is counted in the one before.
    ['Citing defense officials, the agency said seven service members and civilians were injured.', null, 7],
    ['The drone left four soldiers dead and 12 wounded.', 4, 12],
    ['The death toll climbed to five on Monday.', 5, null],
    ['Gunmen killed all five guards at the checkpoint.', 5, null],
    ['The strike killed six of the fighters, the group said.', 6, null],
    ['The shelling killed one person and wounded 18, among them civilians.', 1, 18],
    ['Nine people were killed, among them two children, and 30 wounded.', 9, 30],
    // injured
    ['20 personnel sustained minor injuries, officials said.', null, 20],
    ['More than 40 were wounded in the blast.', null, 40],
    // A revised figure later in the clause is the figure.
    ['Central Command put the number of wounded at 25 on Sunday morning before raising it to 34 later in the day.', null, 34],
    ['Officials put the death toll at two, then revised the figure to three.', 3, null],
    // A year with its day is that day, not history.
    ['The drone that struck Tower 22 on 28 January 2024 killed three U.S. Army Reserve soldiers.', 3, null],
    ['The rockets injured at least 34 people at the airfield.', null, 34],
    ['A dozen soldiers were lightly wounded.', null, 12],
    ['Eleven troops were treated for traumatic brain injuries.', null, 11],
    ['Neither U.S. nor Iraqi sources reported casualties or damage.', 0, 0],
    // "N of its people": a part of a group, counted.
    ['The SDF says six of its commandos were killed.', 6, null],
    // A figure revised later in the sentence: the revised one.
    ['U.S. officials first say five Americans are hurt, then put the figure at seven.', null, 7],
    ['At least 34 service members were being assessed for possible brain injuries.', null, 34],
    // A first "no injuries" that a later count replaces: the count.
    [
      'Officials first said there were no injuries, but later said eight U.S. personnel had been treated for smoke inhalation and possible brain injuries.',
      null,
      8,
    ],
    ['34 service members were diagnosed with traumatic brain injuries after the missile strike.', null, 34],
    ['Twenty-six personnel sustained concussions.', null, 26],
    ['At least one Iraqi soldier was wounded.', null, 1],
    ['Militants fired rockets that wounded five contractors and two soldiers.', null, 7],
    ['Between 30 and 35 personnel were injured, the official said.', null, [30, 35]],
    ['Two or three guards were slightly hurt.', null, [2, 3]],
    ['The number of wounded rose to 47 on Tuesday.', null, 47],
    ['The blast caused minor injuries to eight coalition troops.', null, 8],
    ['3 US troops killed, 25 hurt in drone strike on desert base', 3, 25],
    ['An American contractor was injured by shrapnel.', null, 1],
    // a subset of the victims is not their number
    ['Three soldiers were injured, one of them critically.', null, 3],
    ['Two of them were seriously injured.', null, null],
    ['Two of the wounded were flown to Germany.', null, null],
    ['Five of the six dead were buried on Monday.', 6, null],
    // numbers that label a place or a day are not counts
    ['The attack at Tower 22 killed three.', 3, null],
    ['Three soldiers at Tower 22 were killed.', 3, null],
    ['The drone attack on Jan. 28 killed three soldiers.', 3, null],
    ['The rocket strike on Oct. 20 wounded two.', null, 2],
    // no number is no figure, never a guess
    ['Dozens of troops were hurt in the barrage.', null, null],
    ['Several soldiers suffered minor injuries.', null, null],
    ['Personnel at the base suffered minor injuries.', null, null],
    ['A number of American personnel are being evaluated for brain injuries.', null, null],
    ['Scores of people were killed in the bombings.', null, null],
    ['The attack caused 12 casualties.', null, null],
    ['Three U.S. service members were killed and dozens wounded.', 3, null],
    // an aside between the people and the verb
    ['Three U.S. soldiers, all reservists, were killed.', 3, null],
    ['Eight people, including three children, were wounded.', null, 8],
    ['One person was killed and another injured.', 1, 1],
    // a revised toll
    ['The update brought the number of injured in the attack to more than 40.', null, 40],
    ['The number of U.S. troops wounded has risen to 40.', null, 40],
    // a bare "the number" that rose, the harm it counts named in the sentence; never a count of attacks
    ['Officials said the number had risen to at least 34, as more troops were checked for brain injuries.', null, 34],
    ['Of the wounded, officials said the number has climbed to 40.', null, 40],
    // the harm named in the figure's own noun, past a semicolon from the first count
    ['The Pentagon first said three soldiers were killed and 25 injured; the injured figure was later raised to more than 40.', 3, 40],
    ['The death toll is now three, and the number rose to five dead by nightfall.', 5, null],
    ['Officials said the number had risen to 160 attacks, injuring dozens.', null, null],
  ] as const)('%j → killed %s, injured %s', expectFigures)
})

describe('findCasualties reads "no one was hurt" as zero for the figures it covers', () => {
  it.each([
    // "casualties" covers both figures
    ['The barrage caused no casualties.', 0, 0],
    // A place or a group after "nobody" / "no one": still nobody.
    ['Rockets followed, and nobody inside the base was hurt, monitors said.', 0, 0],
    ['The official said that no one of the personnel was injured.', 0, 0],
    ['No one at the garrison was wounded.', 0, 0],
    ['The rockets fell outside the perimeter without causing damage or casualties.', 0, 0],
    ['One drone hit a warehouse without causing significant damage or casualties.', 0, 0],
    // Translated agency copy: "without making victims", "there were no victims".
    ['The second drone blew up inside the fence without making victims, police said.', 0, 0],
    ['There were no victims, the provincial council said.', 0, 0],
    // "losses" in regional copy: people, unless they are material.
    ['A drone was shot down over the gas field base without causing any losses, a security source said.', 0, 0],
    ['The shelling caused no human losses.', 0, 0],
    ['The rockets failed to cause any American casualties, officials said.', 0, 0],
    ['The rocket caused material losses to a warehouse.', null, null],
    ['The drone caused neither damage nor injuries, an official said.', 0, 0],
    ['It caused neither serious injuries nor damage.', null, null],
    ['There were no casualties among U.S. forces.', 0, 0],
    ['The attack caused no U.S. casualties and minor damage to a hangar.', 0, 0],
    ['There were no immediate reports of casualties.', 0, 0],
    ['There were no deaths or injuries.', 0, 0],
    ['No Americans were killed or wounded.', 0, 0],
    // "hurt", "injured", "wounded", "injuries" name the injured; with no death stated, no one was killed either
    ['There were no injuries.', 0, 0],
    ['No one was hurt, the spokesman said.', 0, 0],
    ['Nobody was hurt in the attack.', 0, 0],
    ['No injuries or damage were reported.', 0, 0],
    ['No U.S. personnel were injured.', 0, 0],
    ['No U.S. personnel were hurt.', 0, 0],
    ['No U.S. or coalition troops were harmed.', 0, 0],
    ['None of the soldiers were hurt.', 0, 0],
    ['The drone was shot down without injuring anyone.', 0, 0],
    ['Militants fired 12 rockets, hurting no one.', 0, 0],
    // "no" and the people as the verb's object: "injured no U.S. personnel", as "injured no one"
    ['Officials called it a failed rocket attack that injured no U.S. personnel.', 0, 0],
    ['The salvo wounded no American troops.', 0, 0],
    // "harm" as a noun is people hurt: "before it could do any harm", "caused no harm"
    ["The drone was shot down by the base's defences before it could do any harm.", 0, 0],
    ['The rockets landed in an empty lot and caused no harm.', 0, 0],
    // "killed", "died", "deaths" cover the killed only
    ['No one was killed.', 0, null],
    ['No one died in the attack.', 0, null],
    ['There were no fatalities.', 0, null],
    ['Not one soldier was killed.', 0, null],
    ['Not a single American was hurt.', 0, 0],
    ['The rocket killed no one.', 0, null],
    ['There was no loss of life.', 0, null],
    // a stated figure beats a zero for the same figure
    ['No U.S. troops were killed, but five were wounded.', 0, 5],
    ['The drone killed six SDF fighters; no U.S. personnel were hurt.', 6, 0],
    ['The strike killed no American troops but wounded three.', 0, 3],
    // The people the "no" does not cover are counted: partner forces, as elsewhere ("guarding the base" is who they are).
    ['The rocket attack injured no U.S. personnel, but three Iraqi soldiers guarding the base were wounded.', null, 3],
    // "none of the 200 soldiers at the base": none, not 200, with or without a hedge; not "500" of "2,500".
    ['None of the 200 soldiers at the base are understood to have been wounded, a Kurdish official said.', 0, 0],
    ['None of the roughly 2,500 U.S. troops in Iraq are believed to have been hurt.', 0, 0],
    ['The drone caused no damage to the facility and no harm to anyone inside it.', 0, 0],
    ['There were no casualties, though two contractors were slightly hurt.', 0, 2],
  ] as const)('%j → killed %s, injured %s', expectFigures)

  it.each([
    'There were no serious injuries.',
    'No one was seriously hurt.',
    'There were no life-threatening injuries among the wounded.',
    'There were no civilian casualties, the command said.',
    'There was no immediate word on casualties.',
    'It was not immediately clear whether anyone was hurt.',
    'He did not say how many people had been hurt.',
    'No further injuries were reported.',
    'The number of U.S. casualties was not disclosed.',
    'The militia claimed its attack caused casualties.',
    // "harm" to others, or meant: nothing said of this attack's toll
    'In its statement, the group said it meant no harm to the people of Kurdistan.',
    'The militia pledged that no harm would come to diplomatic missions in Baghdad.',
  ])('%j gives no figure', (sentence) => {
    expect(findCasualties(sentence)).toEqual({ killed: null, injured: null })
  })
})

describe('findCasualties sets aside figures that are not this attack’s victims', () => {
  it.each([
    // an earlier year, or "years ago"
    ['The 2020 strike left more than 100 with brain injuries.', null, null],
    ['In January 2020, Iran fired missiles at the base and no one died.', null, null],
    ['A rocket attack that killed two contractors 10 years ago is still remembered.', null, null],
    ['The attack, which wounded three, was the first since the 2020 missile strike that injured more than 100.', null, 3],
    // running totals
    ['Since Oct. 17, militias have attacked 150 times, and 70 personnel have been injured.', null, null],
    ['At least 60 U.S. personnel have been injured in more than 150 attacks since mid-October.', null, null],
    ['A total of 66 troops have been treated for brain injuries.', null, null],
    ['Militias have attacked U.S. forces 150 times since Oct. 17, and 70 personnel have been injured.', null, null],
    ['Rockets hit the base, wounding two, in the latest of more than 150 attacks since Oct. 17.', null, 2],
    ['It was the first attack on the base since Oct. 17, and three soldiers were wounded.', null, 3],
    ['Since Marines arrived, two soldiers were wounded in the attack.', null, 2],
    ['It was the deadliest attack since Jan. 28, when a drone killed three soldiers.', 3, null],
    ['The airfield was hit once before: in March 2019, a rocket killed a contractor there.', null, null],
    // an event just before, told as the time of this one
    ['There were no casualties in the attack, which came hours after U.S. strikes killed 40 militants.', 0, 0],
    ['Three soldiers were killed days after U.S. strikes killed 40 militants.', 3, null],
    // the attack a strike answered
    ['U.S. jets struck 85 targets, killing about 40 militants, in response to the attack that killed three soldiers.', 40, null],
    ['The strikes killed at least 12 militants in retaliation for the drone attack that killed three soldiers.', 12, null],
    // deaths the attack did not cause
    ['A contractor died of a cardiac episode while sheltering during the alert.', null, null],
    ['Three soldiers were killed and a contractor died of a heart attack while sheltering.', 3, null],
    ['Two soldiers were injured in a vehicle rollover near the base.', null, null],
  ] as const)('%j → killed %s, injured %s', expectFigures)

  it('says why a figure was set aside, and where it stands in the sentence', () => {
    const sentence = 'A drone wounded four soldiers, the first since the 2020 strike that injured more than 100.'
    const mentions = findCasualtyMentions(sentence)
    expect(mentions.map((m) => [m.kind, m.count.min, m.setAside])).toEqual([
      ['injured', 4, null],
      ['injured', 100, 'history'],
    ])
    for (const m of mentions) expect(sentence.slice(m.start, m.end)).toBe(m.text)
    expect(mentions[0]?.text).toBe('wounded four soldiers')
  })
})

describe('findCasualties gives nothing where a number counts something else', () => {
  it.each([
    'At least 24 strikes hit U.S. bases since Oct. 17.',
    'The militia claimed some of the injuries were fatal.',
    'Brigade 45 was blamed.',
    'Tower 22 houses about 350 troops.',
    'The Pentagon said 2,500 troops are stationed in Iraq.',
    'Militants fired 12 rockets at the base, and three drones were shot down.',
    'The guards were killed 3 miles from the gate.',
    'The base was hit 40 times in October.',
    'Rockets struck at 4:15 a.m. local time, and the troops took cover in bunkers.',
  ])('%j gives no figure', (sentence) => {
    expect(findCasualties(sentence)).toEqual({ killed: null, injured: null })
  })

  it('reads a long run of digits and commas without stalling', () => {
    expect(findCasualties(`${'1,'.repeat(2000)}1 were killed`).killed).toEqual({ min: 1, max: 1 })
  })
})

describe('parseCount', () => {
  it.each([
    ['20', 20, 20],
    ['twenty-four', 24, 24],
    ['forty', 40, 40],
    ['two dozen', 24, 24],
    ['a dozen', 12, 12],
    ['at least 34', 34, 34],
    ['more than 40', 40, 40],
    ['more than forty', 40, 40],
    ['1,200', 1200, 1200],
    ['between 34 and 40', 34, 40],
    ['two or three', 2, 3],
    ['30 to 35', 30, 35],
    ['more than a hundred', 100, 100],
    ['one hundred', 100, 100],
  ] as const)('%s → %i..%i', (phrase, min, max) => {
    expect(parseCount(phrase)).toEqual({ min, max })
  })
  it.each(['several', 'dozens', 'a number of', 'scores'])('refuses %j, which is not a number', (phrase) => expect(parseCount(phrase)).toBeNull())
})

describe('findCasualties reads tolls in the shapes of later coverage', () => {
  it.each([
    ['A rocket came down near the Conoco field on Thursday night without hitting anyone, local sources said.', 0, 0],
    ['Eight American troops needed treatment for traumatic brain injury after the strike, the Pentagon said.', null, 8],
    ['Two soldiers required medical treatment for minor injuries.', null, 2],
    ['The drone struck their housing unit, killing Sgt. Ada Brooks, Spc. Lena Ortiz and Spc. Omar Diallo.', 3, null],
    ['The blast killed Staff Sgt. Ruth Kane and Pfc. Ian Moss.', 2, null],
  ] as const)('%s', (sentence, killed, injured) => expectFigures(sentence, killed, injured))

  it('a shot that hit no target is no statement about people', () => expectFigures('The rocket fell in open desert without hitting any target.', null, null))
})

describe('findCasualties reads a place word between the people and the verb', () => {
  it('"a U.S. service member there suffered a minor injury" is one injured', () =>
    expectFigures('A drone went after Tal Baydar, and a U.S. service member there suffered a minor injury.', null, 1))
})

describe('findCasualties reads "neither source reported casualties" as none', () => {
  it.each([
    ['Neither source reported casualties or damage.', 0, 0],
    ['None of the outlets reported injuries.', 0, 0],
  ] as const)('%s', (sentence, killed, injured) => expectFigures(sentence, killed, injured))

  it('"the martyrdom of six of our fighters" is six killed; a headline\'s tally with no comma, "three troops killed 25 injured", keeps each count to its own word', () => {
    expect(findCasualties('The strike ended in the martyrdom of four of our Commando fighters.').killed).toEqual({ min: 4, max: 4 })
    expect(findCasualties('Two US troops killed 18 injured in drone attack on base')).toEqual({
      killed: { min: 2, max: 2 },
      injured: { min: 18, max: 18 },
      americansHurt: true,
    })
  })
})

describe('findCasualties says when people were hurt and no number is given', () => {
  it.each([
    'Dozens of troops were hurt in the barrage.',
    'Several soldiers suffered minor injuries.',
    'Several American and coalition personnel were treated for minor injuries, including smoke inhalation.',
    'Coalition troops suffered minor injuries, the command said.',
    'The attack did hurt several personnel after all, an official said, correcting an earlier statement that nobody had been injured.',
  ])('%j: hurt, uncounted, and no none', (sentence) => {
    expect(findCasualties(sentence)).toMatchObject({ injured: null, hurtUncounted: true })
  })

  it.each([
    'No one was hurt.',
    'He did not say how many people had been hurt.',
    'No troops were injured, though several vehicles were damaged.',
    'Three soldiers were wounded.',
  ])('%j: not uncounted', (sentence) => {
    expect(findCasualties(sentence).hurtUncounted).toBeUndefined()
  })
})

describe('findCasualties says when those it counts are American', () => {
  it.each([
    'A one-way drone wounded three U.S. service members at Erbil Air Base, one of them critically.',
    'On the same day, four more Americans were lightly injured in two separate drone attacks.',
    'The drone killed three US soldiers and wounded more than 40 others.',
    'Several U.S. personnel were treated for minor injuries.',
    'Twenty American troops suffered minor injuries.',
  ])('%s', (sentence) => {
    expect(findCasualties(sentence, { attackersAside: true }).americansHurt).toBe(true)
  })
  it.each([
    'At least one Iraqi soldier was wounded when rockets were fired at a base that hosts U.S. troops.',
    'US forces answered with artillery, wounding four civilians.',
    'No U.S. personnel were hurt.',
    'The strikes killed five militants near the U.S. base.',
    'Six fighters of the U.S.-backed SDF were killed.',
  ])('not: %s', (sentence) => {
    expect(findCasualties(sentence, { attackersAside: true }).americansHurt).toBeUndefined()
  })
})

describe('findCasualties sets aside what the attacks before had not done', () => {
  it.each([
    'Our defenses have stopped the great majority of those attacks, which is why, until Sunday, none had killed an American service member.',
    'No attack had ever wounded U.S. troops at the base before.',
  ])('%s', (sentence) => {
    // No figure of this attack: at most the none the sentence states.
    const found = findCasualties(sentence)
    expect([found.killed?.max ?? 0, found.injured?.max ?? 0]).toEqual([0, 0])
  })
  it('"No attack had killed U.S. troops until a drone hit Tower 22 on Sunday and killed three soldiers" is three killed', () => {
    expect(findCasualties('No attack had killed U.S. troops until a drone hit Tower 22 in Jordan on Sunday and killed three soldiers.').killed).toEqual({
      min: 3,
      max: 3,
    })
  })
  it('"None had been hurt." is still none hurt', () => {
    expect(findCasualties('None had been hurt.').injured).toEqual({ min: 0, max: 0 })
  })
})

describe('findCasualties reads a dash aside and sets aside the toll before an attack', () => {
  it('"At least seven Americans — five service members and two contractors — were hurt" is seven hurt', () => {
    expect(
      findCasualties('At least seven Americans — five service members and two contractors — were hurt when rockets hit Al-Asad air base.').injured,
    ).toEqual({
      min: 7,
      max: 7,
    })
  })
  it('"About 62 personnel had been injured before Monday\'s attack" is no toll of that attack', () => {
    expect(findCasualties("About 62 personnel had been injured before Monday's attack, she said.").injured).toBeNull()
  })
})

describe('findCasualties: the sixth round (session 49)', () => {
  const figures = (s: string) => {
    const c = findCasualties(s)
    return [c.killed?.max ?? null, c.injured?.max ?? null]
  }
  it.each<[string, (number | null)[]]>([
    // A running count across the campaign, not one attack's toll.
    ["The Pentagon had counted 69 U.S. service members injured across Iraq and Syria between mid-October and the eve of Saturday's attack.", [null, null]],
    // A comparison with the attacks before is no span of a count.
    [
      'A drone struck the base late on Sunday, killing at least six fighters in the deadliest attack on a base housing U.S. troops in Syria since October.',
      [6, null],
    ],
    ['The SDF said six of their commando fighters were killed.', [6, null]],
    // A first count and a revised one: the revised one, even if lower.
    ['It first reported five dead and about 20 wounded, then raised the death toll on Monday to seven and put the wounded at 18.', [7, 18]],
    ['The number of U.S. troops wounded in the drone strike on the outpost has risen past 40, the Pentagon said.', [null, 40]],
    // "no casualty figure" is no figure; "no casualties" is none.
    ['No casualty or damage figures were given.', [null, null]],
    ['There were no casualties.', [0, 0]],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected)
  })
})

describe('findCasualties: the sixth round (session 49), the third review of its rules', () => {
  // Each case broke a rule of this round as first written (fbe89fb); one case per kind.
  const figures = (s: string) => {
    const c = findCasualties(s)
    return [c.killed?.max ?? null, c.injured?.max ?? null]
  }
  it.each<[string, (number | null)[]]>([
    // A second strike, not a revised count.
    ['The first drone struck the barracks, killing three soldiers and wounding 40, then a second drone hit the gate, wounding two more.', [3, 40]],
    [
      'The drone, originally launched from Iraq, later struck the housing area, killing three and wounding 47, including one U.S. contractor who died later.',
      [3, 47],
    ],
    // A figure added on, not a revision.
    ['Six fighters were killed, the Observatory first reported, and then two more died of their wounds.', [6, null]],
    // One attack among several, or a span with no second date, is no running count.
    [
      'A drone attack on al-Asad air base in Iraq, one of several across Iraq and Syria on Thursday, wounded four U.S. personnel, the Pentagon said.',
      [null, 4],
    ],
    ['Two drones struck the Tower 22 outpost in Jordan between March 3 and dawn the next day, wounding two U.S. troops.', [null, 2]],
    // A superlative of a month or a wave, not of the attack told, is still a span.
    ['The bloodiest month since October left 62 U.S. personnel injured.', [null, null]],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected)
  })
})
