import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPipeline } from '../../src/pipeline.js'
import { loadCorrections } from '../../src/editorial/load-corrections.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

/** A copy of seeds/ in a temporary folder, with `corrections` as its corrections.yaml. */
function seedsWith(corrections: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-corrections-'))
  cpSync('seeds', dir, { recursive: true })
  writeFileSync(path.join(dir, 'corrections.yaml'), corrections)
  return dir
}

async function build(corrections: string) {
  const dir = seedsWith(corrections)
  return { dir, ...(await runPipeline({ seedsDir: dir, knowledge: shippedKnowledge() })) }
}

const LWJ = 'seeds/2023-10-30-iran-backed-militias-continue-to-attack-us-bases.md'

describe('corrections', () => {
  it('fixes fields of an event named by a report, and shows what changed and why', async () => {
    const { timeline, diagnostics } = await build(`
- target: {article: ${LWJ}, quote: "One assault took place today"}
  set: {date: 2023-10-29, weapons: [rocket], injured: {min: 0, max: 0}, status: confirmed}
  reason: "CENTCOM said the rockets struck late Sunday; no one was hurt."
`)
    const event = timeline.events.find((e) => e.reports.some((r) => r.quote.startsWith('One assault took place today')))
    expect(diagnostics.filter((d) => d.field === 'target')).toEqual([])
    expect(event).toMatchObject({ id: '2023-10-29-ain-al-asad-attack', date: '2023-10-29', weapons: ['rocket'], injured: { min: 0, max: 0 }, status: 'confirmed' })
    expect(event?.corrections?.[0]?.reason).toMatch(/late Sunday/)
    expect(event?.corrections?.[0]?.changes.map((c) => c.field)).toEqual(['date', 'status', 'injured', 'weapons', 'summary', 'id'])
    expect(timeline.corrections).toMatchObject([{ result: 'applied', kind: 'fix', line: 2 }])
  })

  it('moves an event to a gazetteer site and refuses a site id that is not in the gazetteer', async () => {
    const { timeline, diagnostics } = await build(`
- target: {event: 2023-10-27-eastern-syria-us-strike}
  set: {site: green-village}
  reason: "The strikes hit near al-Omar."
- target: {event: 2023-10-18-al-tanf-attack}
  set: {site: no-such-base}
  reason: "Testing."
`)
    expect(timeline.events.find((e) => e.type === 'us-strike')?.location?.id).toBe('green-village')
    expect(diagnostics.find((d) => d.line === 5)?.message).toMatch(/no-such-base.*gazetteer/)
    expect(timeline.corrections.map((c) => c.result)).toEqual(['applied', 'no-target'])
  })

  it('suppresses a false event', async () => {
    const { timeline } = await build(`
- target: {date: 2023-10-27, site: green-village, type: attack}
  suppress: true
  reason: "LWJ's count; no other outlet reported an attack on al-Omar that day."
`)
    expect(timeline.events.map((e) => e.id)).not.toContain('2023-10-27-green-village-attack')
    expect(timeline.corrections[0]).toMatchObject({ result: 'applied', events: ['2023-10-27-green-village-attack'] })
  })

  it('merges two events into one, keeping every report and the reason', async () => {
    const { timeline } = await build(`
- target: {event: 2023-10-22-us-central-command-statement}
  mergeInto: {event: 2023-10-22-ain-al-asad-attack}
  reason: "CENTCOM's denial is about the Ain al-Asad attack."
`)
    const host = timeline.events.find((e) => e.id === '2023-10-22-ain-al-asad-attack')
    expect(timeline.events.map((e) => e.id)).not.toContain('2023-10-22-us-central-command-statement')
    expect(host?.reports.some((r) => r.quote.includes('are not true'))).toBe(true)
    expect(host?.mergeReasons.at(-1)).toMatch(/Merged by an editor .*denial/)
    expect(host?.corrections?.[0]?.kind).toBe('merge')
  })

  it('splits reports out of an event into a new one', async () => {
    const { timeline } = await build(`
- target: {event: 2023-10-22-ain-al-asad-attack}
  split:
    reports:
      - {article: seeds/2023-10-23-iran-backed-iraqi-militias-target-us-troops.md, quote: "IRI claimed it attacked at least three"}
    set: {location: null}
  reason: "The IRI claim covers three bases, not only Ain al-Asad."
`)
    const original = timeline.events.find((e) => e.id === '2023-10-22-ain-al-asad-attack')
    const piece = timeline.events.find((e) => e.id === '2023-10-22-unknown-location-attack')
    expect(piece?.reports.map((r) => r.claimant)).toEqual(['Islamic Resistance in Iraq'])
    expect(piece?.status).toBe('claimed')
    expect(original?.reports.some((r) => r.quote.includes('IRI claimed it attacked'))).toBe(false)
    expect(original?.corrections?.[0]?.note).toMatch(/Split 2023-10-22-unknown-location-attack out/)
  })

  it('adds an editor\'s note', async () => {
    const { timeline } = await build(`
- target: {event: 2023-10-18-al-tanf-attack}
  note: "The Pentagon later put the injured at 24 across both bases."
  reason: "Context from later reporting."
`)
    expect(timeline.events.find((e) => e.id === '2023-10-18-al-tanf-attack')?.corrections?.[0]).toMatchObject({ kind: 'note', note: expect.stringMatching(/24 across/) })
  })

  it('keeps working when the event id changes because an article was added', async () => {
    const corrections = `
- target: {article: ${LWJ}, quote: "the U.S. military attacked"}
  note: "The strikes hit two sites near Abu Kamal."
  reason: "Pentagon briefing."
- target: {event: 2023-10-27-eastern-syria-us-strike}
  note: "Targeted by id."
  reason: "Shows what an id target does."
`
    const dir = seedsWith(corrections)
    const before = await runPipeline({ seedsDir: dir, knowledge: shippedKnowledge() })
    expect(before.timeline.corrections.map((c) => c.result)).toEqual(['applied', 'applied'])
    writeFileSync(path.join(dir, '2023-10-28-strikes-abu-kamal.md'), [
      '---', 'title: "U.S. jets strike IRGC depots"', 'source: "Gulf Wire (synthetic)"', 'url: "https://example.org/abu-kamal"', 'date: 2023-10-28', '---',
      'U.S. fighter jets struck two facilities near Abu Kamal used by the IRGC on Oct. 27, the Pentagon said.', '',
    ].join('\n'))
    const after = await runPipeline({ seedsDir: dir, knowledge: shippedKnowledge() })
    const strike = after.timeline.events.find((e) => e.type === 'us-strike')
    expect(strike?.id).toBe('2023-10-27-abu-kamal-us-strike') // the id changed with the more precise place
    expect(strike?.corrections?.map((c) => c.note)).toEqual(['The strikes hit two sites near Abu Kamal.'])
    expect(after.timeline.corrections.map((c) => c.result)).toEqual(['applied', 'no-target'])
    expect(after.diagnostics.find((d) => d.file.endsWith('corrections.yaml') && d.line === 5)).toMatchObject({ severity: 'warning', field: 'target' })
  })

  it('reports a correction whose target is gone, naming the file, line and fix', async () => {
    const { diagnostics, timeline } = await build(`
- target: {event: 2023-09-01-nowhere-attack}
  suppress: true
  reason: "Gone."
`)
    const d = diagnostics.find((x) => x.field === 'target')
    expect(d).toMatchObject({ line: 2, severity: 'warning' })
    expect(d?.file).toMatch(/corrections\.yaml$/)
    expect(d?.message).toMatch(/No event matches .*update the target/)
    expect(timeline.corrections[0]?.result).toBe('no-target')
  })
})

describe('loadCorrections refuses malformed entries with file, line, field and fix', () => {
  const load = (text: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-corr-'))
    writeFileSync(path.join(dir, 'corrections.yaml'), text)
    return loadCorrections(path.join(dir, 'corrections.yaml'))
  }
  it.each([
    ['no reason', '- target: {event: x}\n  suppress: true\n', 'reason', /needs a `reason:`/],
    ['two actions', '- target: {event: x}\n  suppress: true\n  note: "n"\n  reason: r\n', 'action', /exactly one action/],
    ['a bad date', '- target: {event: x}\n  set: {date: 2023-02-30}\n  reason: r\n', 'set.date', /not a calendar date/],
    ['a count the wrong way round', '- target: {event: x}\n  set: {killed: {min: 3, max: 1}}\n  reason: r\n', 'set.killed', /min ≤ max/],
    ['an unknown field', '- target: {event: x}\n  suppress: true\n  reasn: r\n  reason: r\n', 'reasn', /Unknown field/],
    ['a quote without its article', '- target: {quote: "x"}\n  suppress: true\n  reason: r\n', 'target', /go together/],
  ])('%s', (_name, text, field, message) => {
    const { corrections, diagnostics } = load(text)
    expect(corrections).toEqual([])
    expect(diagnostics.find((d) => d.field === field)).toMatchObject({ line: 1, severity: 'error', message: expect.stringMatching(message) })
  })
  it('names the line of invalid YAML', () => {
    expect(load('- target: {event: x}\n  reason: "unclosed\n').diagnostics[0]).toMatchObject({ field: 'corrections', severity: 'error' })
  })
  it('accepts an absent or empty file', () => {
    expect(loadCorrections('/no/such/corrections.yaml')).toEqual({ corrections: [], diagnostics: [] })
    expect(load('')).toEqual({ corrections: [], diagnostics: [] })
  })
})

describe('the event page shows the audit trail', () => {
  it('says the event was corrected, by what and why', async () => {
    const { buildFixture } = await import('../helpers/build-fixture.js')
    const { load } = await import('cheerio')
    const dir = seedsWith(`
- target: {event: 2023-10-18-al-tanf-attack}
  set: {injured: {min: 20, max: 24}}
  reason: "CENTCOM later gave 24 wounded across al-Tanf and Ain al-Asad."
`)
    const site = await buildFixture(dir)
    const $ = load(await site.read('events/2023-10-18-al-tanf-attack/index.html'))
    expect($('.corrected').text()).toMatch(/Corrected/)
    expect($('#corrections-title').next('ol').text()).toMatch(/Fixed\..*CENTCOM later gave 24.*injured: \{"max":20,"min":20\} → \{"max":24,"min":20\}|Fixed\..*CENTCOM later gave 24.*injured/s)
    expect($('#corrections-title').next('ol').text()).toMatch(/corrections\.yaml, line 2/)
  })
})
