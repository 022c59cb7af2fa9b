import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runPipeline } from '../../src/pipeline.js'
import { stableJson } from '../../src/model/stable-json.js'
import { shippedKnowledge } from '../helpers/extract-text.js'
import { compareEvent, contains, eventsOf, readExpectations } from '../helpers/score-extraction.js'

const expectations = readExpectations('test/fixtures/seeds-expected.yaml')

describe('seeds/: every hand-checked event is extracted, and no trap', () => {
  for (const [file, exp] of Object.entries(expectations)) {
    describe(file, () => {
      it.each(exp.events.map((e) => [`${e.type} ${e.date ?? e.dateStart} ${e.site ?? ''}`, e] as const))('%s', async (_name, expected) => {
        expect(compareEvent(expected, await eventsOf(`seeds/${file}`, shippedKnowledge()))).toEqual([])
      })
      it.each((exp.nothing ?? []).map((t) => [t]))('no event from %j', async (trap) => {
        const events = await eventsOf(`seeds/${file}`, shippedKnowledge())
        expect(events.filter((e) => e.reports.some((r) => contains(r.quote, trap))).map((e) => e.id)).toEqual([])
      })
    })
  }
})

describe('seeds/ merged across articles', async () => {
  const { timeline } = await runPipeline({ seedsDir: 'seeds', knowledge: shippedKnowledge() })
  const attacks = timeline.events.filter((e) => e.type === 'attack' && e.location?.precision === 'site')

  it('has the eight attacks of the five articles, each on its own day', () => {
    expect(attacks.map((e) => `${e.date} ${e.location?.id}`)).toEqual(
      expect.arrayContaining([
        '2023-10-18 al-tanf',
        '2023-10-22 ain-al-asad',
        '2023-10-24 ain-al-asad',
        '2023-10-27 ain-al-asad',
        '2023-10-30 ain-al-asad',
        '2023-10-27 green-village',
        '2023-10-29 green-village',
        '2023-10-29 shaddadi',
      ]),
    )
    expect(attacks).toHaveLength(8)
  })

  it('merges the Ain al-Asad reports of Oct. 22 into one event; CENTCOM denying fatal casualties disputes the toll, not the attack', () => {
    const event = attacks.find((e) => e.id === '2023-10-22-ain-al-asad-attack')
    expect(event?.reports.map((r) => r.status)).toEqual(expect.arrayContaining(['confirmed', 'claimed']))
    const centcom = event?.reports.find((r) => r.quote.includes('denied claims'))
    expect([centcom?.claimant, centcom?.status, centcom?.denies]).toEqual(['U.S. Central Command', 'confirmed', 'casualties'])
    expect(event?.status).toBe('confirmed')
    expect(event?.disputed).toBe(false)
    // Six sentences of one article: each way they joined is said once, naming the article by outlet and title.
    expect(event?.mergeReasons).toEqual([...new Set(event?.mergeReasons)])
    expect(event?.mergeReasons.length).toBeLessThan(event?.reports.length ?? 0)
    for (const reason of event?.mergeReasons ?? [])
      expect(reason).toMatch(/^Breitbart News, “Iran-Backed Iraqi Militias Target U\.S\. Troops to Support Hamas”, /)
  })

  it('makes one event of the same statement quoted by two outlets', () => {
    const kirby = timeline.events.filter((e) => e.type === 'statement' && e.date === '2023-10-23' && e.summary.includes('Kirby'))
    expect(kirby).toHaveLength(1)
    expect(new Set(kirby[0]?.reports.map((r) => r.source))).toEqual(new Set(['The Conservatives Post', 'Attention to the Unseen']))
  })

  it('quotes every report exactly: the quote is the article body between its offsets', async () => {
    const { readArticle } = await import('../../src/ingest/read-articles.js')
    for (const event of timeline.events) {
      for (const report of event.reports) {
        const { article } = await readArticle(report.article)
        expect(article?.body.slice(report.start, report.end)).toBe(report.quote)
      }
    }
  })

  it('matches the golden file (regenerate on purpose with UPDATE=1, never in CI)', () => {
    const golden = 'test/golden/seeds-events.json'
    const actual = stableJson(timeline.events)
    if (process.env.UPDATE === '1' && process.env.CI !== 'true') writeFileSync(golden, actual)
    expect(existsSync(golden)).toBe(true)
    expect(actual).toBe(readFileSync(golden, 'utf8'))
  })
})
