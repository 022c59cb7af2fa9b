import { describe, expect, it } from 'vitest'
import { reportsOf } from '../helpers/extract-text.js'

interface Want {
  type: string
  date: string
  site?: string | null
  weapons?: string[]
  actors?: string[]
  status?: string
  claimantKind?: string
  killed?: number | null
  injured?: number | null
}

/** Sentence + publication day → the one report expected. Phrasings vary on purpose: other outlets, other word orders. */
const finds: [string, string, Want][] = [
  [
    'Twenty American personnel sustained minor injuries on Oct. 18 when at least two one-way attack drones targeted al-Tanf military base in southern Syria, CENTCOM said.',
    '2023-10-24',
    { type: 'attack', date: '2023-10-18', site: 'al-tanf', weapons: ['drone'], status: 'confirmed', claimantKind: 'us-official', injured: 20 },
  ],
  [
    'Rockets rained down at Iraq’s Ain al-Asad air base near Baghdad again on Tuesday, Reuters reported, citing two Iraqi security sources.',
    '2023-10-24',
    { type: 'attack', date: '2023-10-24', site: 'ain-al-asad', weapons: ['rocket'], status: 'reported', claimantKind: 'local-security' },
  ],
  [
    'Fighters rained rockets and drones on the occupation base at the Conoco gas field in the early hours of Sunday, field sources said.',
    '2024-09-30',
    { type: 'attack', date: '2024-09-29', site: 'mss-conoco', weapons: ['drone', 'rocket'], status: 'reported' },
  ],
  [
    'The Islamic Resistance in Iraq said in a Telegram statement that its fighters attacked the U.S. base at the Conoco gas field with two UAVs on Monday.',
    '2023-11-14',
    {
      type: 'attack',
      date: '2023-11-13',
      site: 'mss-conoco',
      weapons: ['drone'],
      actors: ['Islamic Resistance in Iraq'],
      status: 'claimed',
      claimantKind: 'militia',
    },
  ],
  [
    'The U.S. Central Command on Sunday denied claims by militia groups that they inflicted fatal casualties with rocket and drone attacks on the Ain al-Asad airbase.',
    '2023-10-23',
    { type: 'attack', date: '2023-10-22', site: 'ain-al-asad', weapons: ['drone', 'rocket'], status: 'confirmed' }, // it denies the deaths, not the attack
  ],
  [
    'A one-way attack drone struck Tower 22 in northeastern Jordan on Sunday, killing three U.S. soldiers and wounding at least 34, U.S. officials said.',
    '2024-01-29',
    { type: 'attack', date: '2024-01-28', site: 'tower-22', weapons: ['drone'], status: 'confirmed', killed: 3, injured: 34 },
  ],
  [
    'Mortar rounds landed inside the Rmeilan base late Thursday, a local official said.',
    '2023-11-20',
    { type: 'attack', date: '2023-11-16', site: 'rumalyn-landing-zone', weapons: ['mortar'], status: 'reported' },
  ],
  [
    'U.S. forces at Erbil airport came under drone attack early Wednesday, the Kurdistan Region counter-terrorism service said.',
    '2024-01-04',
    // The host government's security services report; only U.S. or coalition officials confirm.
    { type: 'attack', date: '2024-01-03', site: 'erbil-air-base', weapons: ['drone'], status: 'reported', claimantKind: 'host-government' },
  ],
  [
    'On Oct. 27, the U.S. military attacked weapons storage areas connected to the IRGC in eastern Syria, the U.S. military said.',
    '2023-10-30',
    { type: 'us-strike', date: '2023-10-27', site: null, status: 'confirmed' },
  ],
  ['U.S. F-15E jets struck a training facility near Abu Kamal on Sunday.', '2023-11-14', { type: 'us-strike', date: '2023-11-12', site: null }],
  [
    'John Kirby said on Monday that Iran is actively facilitating rocket and drone attacks on bases housing American troops.',
    '2023-10-24',
    { type: 'statement', date: '2023-10-23', status: 'confirmed' },
  ],
  [
    'On Monday, Iraqi Prime Minister Mohammed al-Sudani ordered his forces to hunt down the groups responsible.',
    '2023-10-23',
    { type: 'statement', date: '2023-10-23', claimantKind: 'host-government' },
  ],
]

describe('extractReports finds the event a sentence reports', () => {
  it.each(finds)('%j (published %s)', (sentence, published, want) => {
    const reports = reportsOf(sentence, published)
    expect(reports).toHaveLength(1)
    const [r] = reports
    expect(r?.type).toBe(want.type)
    expect(r?.date.start).toBe(want.date)
    expect(r?.date.precision).toBe('day')
    if (want.site !== undefined) expect(r?.location?.precision === 'site' ? r.location.id : null).toBe(want.site)
    if (want.weapons) expect(r?.weapons).toEqual(want.weapons)
    if (want.actors) expect(r?.actors).toEqual(want.actors)
    if (want.status) expect(r?.status).toBe(want.status)
    if (want.claimantKind) expect(r?.claimantKind).toBe(want.claimantKind)
    if (want.killed !== undefined) expect(r?.killed?.min ?? null).toBe(want.killed)
    if (want.injured !== undefined) expect(r?.injured?.min ?? null).toBe(want.injured)
    expect(r?.quote).toBe(sentence)
  })
})

/** Sentences that must yield no event: traps from every family the issue names, in several phrasings. */
const nothing: [string, string][] = [
  ['In this January 13, 2020, photo, U.S. soldiers stand at the spot hit by Iranian bombing at Ain al-Asad air base in Anbar, Iraq.', '2023-10-23'],
  ['The base was also hit in January 2020, when Iran fired ballistic missiles at it.', '2023-11-22'],
  ['The militias have launched at least 24 strikes on U.S. military bases in Iraq and Syria since Oct. 17.', '2023-10-30'],
  [
    'Iran-supported militia groups have launched rockets and drones against bases housing American personnel almost a dozen times over the past two weeks.',
    '2023-10-24',
  ],
  ['Several of the militia groups warned they would step up their attacks if the United States stood by Israel.', '2023-10-23'],
  ['Kataib Hezbollah threatened on Monday to strike U.S. bases across Iraq.', '2023-10-24'],
  ['A U.S. warship in the Red Sea intercepted missiles fired by the Houthis last Thursday.', '2023-10-24'],
  ['Israeli jets struck targets near Damascus airport on Saturday.', '2024-01-21'],
  ['Jordanian air strikes hit smuggling networks in southern Syria on Thursday.', '2024-01-20'],
  ['Jan. 3 marks the fourth anniversary of the U.S. strike that killed Qassem Soleimani near Baghdad airport.', '2024-01-02'],
  ['Since Thursday, militias have launched rockets and one-way attack drones at bases housing U.S. troops in Iraq and Syria.', '2023-10-24'],
  ['The militia groups have already launched multiple drone attacks on US forces in Iraq and Syria.', '2023-10-24'],
  // An inquiry into attacks told, whatever day it was ordered, is no attack.
  ['The prime minister ordered last week an investigation into the attacks on Ain al-Asad.', '2024-01-06'],
  ['A drone carrying 40 pounds of explosives was found near Harir air base on Tuesday.', '2024-02-07'],
  // Where the attack already told happened, as one government insists it did.
  ['Amman insisted on Sunday that the attack hit the al-Tanf base across the border rather than Jordanian soil.', '2024-01-29'],
]

describe('extractReports: traps yield nothing', () => {
  it.each(nothing)('%j', (sentence, published) => {
    expect(reportsOf(sentence, published)).toEqual([])
  })

  it('never reads page furniture: a caption paragraph stays out even when it names a base and a day', () => {
    expect(
      reportsOf(
        'Drones hit al-Tanf on Sunday, officials said.\n\nIn this file photo, rockets hit Ain al-Asad air base on Monday. (AP Photo/Someone)\n',
        '2023-10-24',
      ).map((r) => r.location?.id),
    ).toEqual(['al-tanf'])
  })
})

describe('extractReports: the campaign scope (src/data/campaign.yaml)', () => {
  it('sets aside an attack from before the campaign, with its reason, and keeps the one inside it', async () => {
    const { extractReports } = await import('../../src/extract/extract-reports.js')
    const { cleanArticle } = await import('../../src/clean/clean-article.js')
    const { articleOf, shippedKnowledge } = await import('../helpers/extract-text.js')
    // Published 2024-01-22: a March 2023 attack is under the 400-day history horizon, so only the scope keeps it out.
    const body =
      'Rockets struck Ain al-Asad air base on Saturday, U.S. officials said.\n\nOn March 23, 2023, a drone attack on a coalition base near Rumalyn killed a U.S. contractor.'
    const result = extractReports(cleanArticle(articleOf(body, '2024-01-22')), shippedKnowledge())
    expect(result.reports.map((r) => [r.date.start, r.location?.id])).toEqual([['2024-01-20', 'ain-al-asad']])
    const setAside = result.diagnostics.filter((d) => d.code === 'outside-campaign')
    expect(setAside).toHaveLength(1)
    expect(setAside[0]).toMatchObject({ severity: 'info', line: 3 })
    expect(setAside[0]?.message).toMatch(/dated 2023-03-23, before the campaign began on 2023-10-17.*widen src\/data\/campaign\.yaml/)
  })
})

describe('extractReports: context across sentences', () => {
  it('dates a sentence by the one before it, and quotes only its own sentence: one sentence is one report', () => {
    const body = 'The other two strikes took place on Oct. 27. One of the attacks targeted the Omar Oil Field, while the other hit the Ain Al Assad Air Base.'
    const reports = reportsOf(body, '2023-10-30')
    expect(reports.map((r) => [r.location?.id, r.date.start])).toEqual([
      ['green-village', '2023-10-27'],
      ['ain-al-asad', '2023-10-27'],
    ])
    const second = body.indexOf('One of the attacks')
    expect(reports[0]?.quote).toBe(body.slice(second))
    expect(reports[0]?.start).toBe(second)
    expect(reports[0]?.dateText).toBeNull()
  })

  it('never invents a day: an attack with no resolvable day is left out with a warning', async () => {
    const { extractReports } = await import('../../src/extract/extract-reports.js')
    const { cleanArticle } = await import('../../src/clean/clean-article.js')
    const { articleOf, shippedKnowledge } = await import('../helpers/extract-text.js')
    const result = extractReports(cleanArticle(articleOf('Rockets hit Ain al-Asad air base, officials said.', '2023-10-24')), shippedKnowledge())
    expect(result.reports).toEqual([])
    expect(result.diagnostics.some((d) => d.severity === 'warning' && d.field === 'date')).toBe(true)
  })

  it('keeps an attacked place missing from the gazetteer, at area precision, with a warning', async () => {
    const { extractReports } = await import('../../src/extract/extract-reports.js')
    const { cleanArticle } = await import('../../src/clean/clean-article.js')
    const { articleOf, shippedKnowledge } = await import('../helpers/extract-text.js')
    const result = extractReports(
      cleanArticle(articleOf('Two drones attacked the Zaytun Ridge base on Monday, U.S. officials said.', '2023-10-24')),
      shippedKnowledge(),
    )
    expect(result.reports[0]?.location).toMatchObject({ id: null, name: 'Zaytun Ridge base', precision: 'area', lat: null })
    expect(result.diagnostics.find((d) => d.field === 'location')?.message).toMatch(/not in the gazetteer.*gazetteer\.yaml/)
  })
})

describe('extractReports: datelines and other phrasings', () => {
  it("does not take a dateline's day for the event's", () => {
    const [r] = reportsOf(
      'WASHINGTON, Nov. 2, 2023 (Desert Wire) — A drone struck the al-Tanf garrison on Wednesday, causing minor injuries to two American service members, U.S. officials said.',
      '2023-11-02',
    )
    expect(r?.date.start).toBe('2023-11-01')
    expect(r?.injured).toEqual({ min: 2, max: 2 })
  })
})
