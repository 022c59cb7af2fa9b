import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runPipeline, type PipelineResult } from '../../src/pipeline.js'
import { applyCorrections } from '../../src/editorial/apply-corrections.js'
import { loadCorrections } from '../../src/editorial/load-corrections.js'
import type { DiagnosticCode } from '../../src/model/diagnostic.js'
import type { TimelineEvent } from '../../src/model/event.js'
import { siteData } from '../../src/site/site-data.js'
import { deepFreeze } from '../../src/deep-freeze.js'
import { fifoWithLateWriter, RUNNING_AS_ROOT, runWithoutPermissionOverride, sharedTempDir } from '../helpers/data-file-cases.js'
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
    expect(event).toMatchObject({
      id: '2023-10-29-ain-al-asad-attack',
      date: '2023-10-29',
      weapons: ['rocket'],
      injured: { min: 0, max: 0 },
      status: 'confirmed',
    })
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
    expect(diagnostics.find((d) => d.line === 5)).toMatchObject({ field: 'set.site', message: expect.stringMatching(/no-such-base.*gazetteer/) })
    expect(timeline.corrections.map((c) => c.result)).toEqual(['applied', 'refused'])
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

  it("adds an editor's note", async () => {
    const { timeline } = await build(`
- target: {event: 2023-10-18-al-tanf-attack}
  note: "The Pentagon later put the injured at 24 across both bases."
  reason: "Context from later reporting."
`)
    expect(timeline.events.find((e) => e.id === '2023-10-18-al-tanf-attack')?.corrections?.[0]).toMatchObject({
      kind: 'note',
      note: expect.stringMatching(/24 across/),
    })
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
    writeFileSync(
      path.join(dir, '2023-10-28-strikes-abu-kamal.md'),
      [
        '---',
        'title: "U.S. jets strike IRGC depots"',
        'source: "Gulf Wire (synthetic)"',
        'url: "https://example.org/abu-kamal"',
        'date: 2023-10-28',
        '---',
        'U.S. fighter jets struck two facilities near Abu Kamal used by the IRGC on Oct. 27, the Pentagon said.',
        '',
      ].join('\n'),
    )
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
    expect(d).toMatchObject({ line: 2, code: 'correction-no-target', severity: 'warning' })
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
    expect(diagnostics.find((d) => d.field === field)).toMatchObject({
      line: 1,
      code: 'correction-invalid',
      severity: 'error',
      message: expect.stringMatching(message),
    })
  })
  it('names the line of invalid YAML', () => {
    expect(load('- target: {event: x}\n  reason: "unclosed\n').diagnostics[0]).toMatchObject({
      field: 'corrections',
      code: 'corrections-invalid',
      severity: 'error',
    })
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
    expect($('#corrections-title').next('ol').text()).toMatch(
      /Fixed\..*CENTCOM later gave 24.*injured: \{"max":20,"min":20\} → \{"max":24,"min":20\}|Fixed\..*CENTCOM later gave 24.*injured/s,
    )
    expect($('#corrections-title').next('ol').text()).toMatch(/corrections\.yaml, line 2/)
  })
})

const TODAY = '2025-01-01'
const DATA_FILES = 'test/fixtures/bad-input/data-files'
const IRI = 'seeds/2023-10-23-iran-backed-iraqi-militias-target-us-troops.md'

/** The seeds built with no corrections on the day TODAY: what every refused correction must leave exactly as it was. */
let baseline: PipelineResult
beforeAll(async () => {
  baseline = await runPipeline({ seedsDir: seedsWith(''), knowledge: shippedKnowledge(), today: TODAY })
})

/** Events as they compare across builds of different copies of seeds/: articles named without their temporary folder. */
const comparable = (events: TimelineEvent[]): unknown => JSON.parse(JSON.stringify(events).replace(/(?:\.\.\/)*[\w/.-]*?salvo-corrections-\w+\//g, ''))

/** Loads `yaml` as a corrections file (it must load clean) and applies it to the baseline's events on `today`. */
function correct(yaml: string, today: string | null = TODAY) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'salvo-corr-')), 'corrections.yaml')
  writeFileSync(file, yaml)
  const loaded = loadCorrections(file)
  expect(loaded.diagnostics).toEqual([])
  return applyCorrections(baseline.timeline.events, loaded.corrections, shippedKnowledge(), 'seeds/corrections.yaml', today)
}

describe('applying corrections', () => {
  it('never writes to the events it is given: each change is made on a copy, so the events no correction names can be shared', () => {
    // A correction of every kind (test/fixtures/site-tree/corrections.yaml), on events frozen through and through:
    // writing into one throws. applyCorrections does not clone them all (a fifth of a second at 10,000 articles).
    const events = deepFreeze(structuredClone(baseline.timeline.events))
    const loaded = loadCorrections('test/fixtures/site-tree/corrections.yaml')
    const frozen = applyCorrections(events, loaded.corrections, shippedKnowledge(), 'seeds/corrections.yaml', TODAY)
    const free = applyCorrections(structuredClone(baseline.timeline.events), loaded.corrections, shippedKnowledge(), 'seeds/corrections.yaml', TODAY)
    expect(frozen.outcomes.filter((o) => o.result === 'applied').length).toBeGreaterThanOrEqual(5)
    expect(frozen).toEqual(free)
  })
})

describe('a correction applies whole or not at all', () => {
  const entry = (target: string, action: string): string => `- target: ${target}\n${action}\n  reason: "Testing."\n`
  const TANF = '{event: 2023-10-18-al-tanf-attack}'
  const split = (set: string): string => `  split:\n    reports: [{article: ${IRI}, quote: "IRI claimed it attacked at least three"}]\n    set: ${set}`
  it.each([
    [
      'set: dates that end before they start, with a type change',
      entry(TANF, '  set: {type: other, date: 2023-10-20, dateEnd: 2023-10-19}'),
      'set.dateEnd',
      /end \(2023-10-19\) before they start \(2023-10-20\)/,
      'refused',
    ],
    [
      'set: a site not in the gazetteer, with a status and a figure',
      entry(TANF, '  set: {status: denied, injured: {min: 9, max: 9}, site: no-such-base}'),
      'set.site',
      /`site: no-such-base` is not an id in src\/data\/gazetteer\.yaml/,
      'refused',
    ],
    [
      'set: a weapon not in the vocabulary, with a type change',
      entry(TANF, '  set: {type: other, weapons: [rocket, laser]}'),
      'set.weapons',
      /laser, not in src\/data\/weapons\.yaml/,
      'refused',
    ],
    [
      'set: an actor not in groups.yaml, with a status',
      entry(TANF, '  set: {status: confirmed, actors: [kataib-hezbolah]}'),
      'set.actors',
      /`kataib-hezbolah` is not a group in src\/data\/groups\.yaml.*Did you mean `kataib-hezbollah` \(Kataib Hezbollah\)\?/,
      'refused',
    ],
    [
      "set: a day after the build's, with a figure",
      entry(TANF, '  set: {injured: {min: 1, max: 1}, date: 2025-01-02}'),
      'set.date',
      /day \(2025-01-02\) is after the day of this build \(2025-01-01\)/,
      'refused',
    ],
    [
      "set: a last day after the build's, with a precision",
      entry(TANF, '  set: {datePrecision: range, dateEnd: 2026-01-01}'),
      'set.dateEnd',
      /last day \(2026-01-01\) is after the day of this build/,
      'refused',
    ],
    [
      "split: its set has a day after the build's",
      entry('{event: 2023-10-22-ain-al-asad-attack}', split('{location: null, date: 2030-01-01}')),
      'split.set.date',
      /after the day of this build/,
      'refused',
    ],
    [
      'split: its set has an unknown actor',
      entry('{event: 2023-10-22-ain-al-asad-attack}', split('{actors: [Wagner Group]}')),
      'split.set.actors',
      /`Wagner Group` is not a group/,
      'refused',
    ],
    [
      'split: it names no report of the event',
      entry(TANF, `  split:\n    reports: [{article: ${IRI}, quote: "IRI claimed it attacked"}]`),
      'split',
      /The split names no report of 2023-10-18-al-tanf-attack, so nothing was split/,
      'no-target',
    ],
    [
      'split: it names every report of the event',
      entry(
        TANF,
        '  split:\n    reports: [{article: seeds/2023-10-24-intelligence-shows-militias-ready-to-ramp-up-attacks.md, quote: "Twenty American personnel"}]',
      ),
      'split',
      /The split names every report of 2023-10-18-al-tanf-attack, so nothing was split.*leaving at least one behind/,
      'refused',
    ],
    [
      'mergeInto: no event to merge into',
      entry('{event: 2023-10-22-us-central-command-statement}', '  mergeInto: {event: 2023-09-01-nowhere-attack}'),
      'mergeInto',
      /matches no event, so nothing was merged/,
      'no-target',
    ],
    ['note: a target matching several events', entry('{date: 2023-10-22}', '  note: "Several."'), 'target', /matches \d+ events/, 'ambiguous'],
    ['suppress: a target matching no event', entry('{event: 2023-09-01-nowhere-attack}', '  suppress: true'), 'target', /No event matches/, 'no-target'],
  ])('%s: nothing changes, and the warning names the line and field', (_name, yaml, field, message, result) => {
    const corrected = correct(yaml)
    expect(corrected.events).toEqual(baseline.timeline.events)
    expect(corrected.outcomes).toMatchObject([{ line: 1, result, events: [] }])
    expect(corrected.diagnostics).toHaveLength(1)
    expect(corrected.diagnostics[0]).toMatchObject({
      file: 'seeds/corrections.yaml',
      line: 1,
      field,
      code: `correction-${result}`,
      severity: 'warning',
      message: expect.stringMatching(message),
    })
    expect(corrected.diagnostics[0]?.message).toMatch(/\.$/)
  })

  it('in a real build, the refused correction leaves the event, its audit trail and its page as they were', async () => {
    const { timeline, diagnostics } = await runPipeline({
      seedsDir: seedsWith(`- target: {event: 2023-10-18-al-tanf-attack}\n  set: {type: other, date: 2023-10-20, dateEnd: 2023-10-19}\n  reason: "Testing."\n`),
      knowledge: shippedKnowledge(),
      today: TODAY,
    })
    const event = timeline.events.find((e) => e.id === '2023-10-18-al-tanf-attack')
    expect(comparable(event ? [event] : [])).toEqual(comparable(baseline.timeline.events.filter((e) => e.id === '2023-10-18-al-tanf-attack')))
    expect(event).toMatchObject({ type: 'attack', corrections: [] })
    expect(siteData(timeline, shippedKnowledge()).views.events.find((e) => e.id === '2023-10-18-al-tanf-attack')?.corrections).toEqual([])
    expect(diagnostics.find((d) => d.file.endsWith('corrections.yaml'))).toMatchObject({
      line: 1,
      field: 'set.dateEnd',
      message: expect.stringMatching(/^This correction was not applied, and its event is unchanged/),
    })
    expect(timeline.corrections).toMatchObject([{ result: 'refused' }])
  })
})

describe('corrected days and the day of the build', () => {
  const fix = (set: string): string => `- target: {event: 2023-10-18-al-tanf-attack}\n  set: ${set}\n  reason: "Testing."\n`
  it.each([
    ['the day of the build itself', '{date: 2025-01-01}', TODAY, 'applied'],
    ['the day after it', '{date: 2025-01-02}', TODAY, 'refused'],
    ['a last day after it', '{datePrecision: range, dateEnd: 2025-01-02}', TODAY, 'refused'],
    ['a last day on it', '{datePrecision: range, dateEnd: 2025-01-01}', TODAY, 'applied'],
    ['a day long past', '{date: 2023-10-17}', TODAY, 'applied'],
    ['any day, when the caller gives no build day', '{date: 2030-01-01}', null, 'applied'],
  ])('%s → %s', (_name, set, today, result) => {
    expect(correct(fix(set), today).outcomes[0]?.result).toBe(result)
  })
})

describe('actors are groups from groups.yaml', () => {
  const actors = (list: string): ReturnType<typeof correct> =>
    correct(`- target: {event: 2023-10-18-al-tanf-attack}\n  set: {actors: ${list}}\n  reason: "Testing."\n`)
  const eventOf = (r: ReturnType<typeof correct>): TimelineEvent | undefined =>
    r.events.find((e) => e.reports.some((p) => p.quote.includes('al-Tanf')) && e.date === '2023-10-18')
  it.each([
    ['an id', '[kataib-hezbollah]', ['Kataib Hezbollah']],
    ['a name, in any case', '["kataib hezbollah"]', ['Kataib Hezbollah']],
    ['two ids, sorted by name', '[islamic-resistance-in-iraq, harakat-al-nujaba]', ['Harakat al-Nujaba', 'Islamic Resistance in Iraq']],
    ['none', '[]', []],
  ])('accepts %s', (_name, list, expected) => {
    const result = actors(list)
    expect(result.outcomes[0]?.result).toBe('applied')
    expect(eventOf(result)?.actors).toEqual(expected)
  })
  it.each([
    ['a misspelt id', '[kataib-hezbolah]', /Did you mean `kataib-hezbollah` \(Kataib Hezbollah\)\?/],
    ['an acronym', '[KH]', /`KH` is not a group.*Did you mean `kataib-hezbollah`/],
    ['an alias', '[Hezbollah Brigades]', /Did you mean `kataib-hezbollah`/],
    ['a group nowhere close', '[Wagner Group]', /^(?!.*Did you mean).*`Wagner Group` is not a group in src\/data\/groups\.yaml.*Write a group's id/],
  ])('refuses %s, with a suggestion when one is close', (_name, list, message) => {
    const result = actors(list)
    expect(result.outcomes[0]?.result).toBe('refused')
    expect(result.diagnostics[0]).toMatchObject({ line: 1, field: 'set.actors', severity: 'warning', message: expect.stringMatching(message) })
    expect(result.events).toEqual(baseline.timeline.events)
  })

  it('an actor not in groups.yaml gets no group page and no link, and a known one does', () => {
    const events = structuredClone(baseline.timeline.events)
    const tanf = events.find((e) => e.id === '2023-10-18-al-tanf-attack') as TimelineEvent
    tanf.actors = ['Kataib Hezbollah', 'Nonexistent Militia']
    const { views } = siteData({ ...baseline.timeline, events }, shippedKnowledge())
    expect(views.groups.map((g) => g.name)).toContain('Kataib Hezbollah')
    expect(views.groups.map((g) => g.name)).not.toContain('Nonexistent Militia')
    expect(views.groupPages.some((p) => p.url.includes('nonexistent'))).toBe(false)
    const pages = new Set(views.groupPages.map((p) => p.url))
    const links = views.events.flatMap((e) => e.groups.map((g) => g.url))
    expect(views.events.find((e) => e.id === tanf.id)?.groups).toEqual([{ label: 'Kataib Hezbollah', url: '/groups/kataib-hezbollah/' }])
    for (const url of links) expect(pages, url).toContain(url)
  })
})

describe('a corrections file that cannot be read is one diagnostic, and the rest of the site builds', () => {
  /** A copy of seeds/ whose corrections.yaml `make` puts in place, built on TODAY; asserts the one diagnostic and an unchanged timeline. */
  async function buildWith(make: (file: string) => void, message: RegExp, line: number | null | undefined, code: DiagnosticCode = 'corrections-unreadable') {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-corrections-'))
    cpSync('seeds', dir, { recursive: true })
    make(path.join(dir, 'corrections.yaml'))
    const started = Date.now()
    const result = await runPipeline({ seedsDir: dir, knowledge: shippedKnowledge(), today: TODAY })
    const took = Date.now() - started
    const found = result.diagnostics.filter((d) => d.file.endsWith('corrections.yaml') && d.field === 'corrections')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ field: 'corrections', code, severity: 'error', message: expect.stringMatching(message) })
    if (line !== undefined) expect(found[0]?.line).toBe(line)
    expect(found[0]?.message).toMatch(/No correction was applied; the rest of the site was built\.$/)
    expect(found[0]?.message).not.toMatch(/\n\s+at /)
    expect(comparable(result.timeline.events)).toEqual(comparable(baseline.timeline.events))
    return took
  }
  const MB = 1024 * 1024

  it.each([
    ['a folder', (f: string) => mkdirSync(f), /^The corrections file is a folder, not a file\./, null],
    [
      'Latin-1 bytes',
      (f: string) => cpSync(path.join(DATA_FILES, 'corrections-latin1.yaml'), f),
      /not valid UTF-8 text \(the first bad byte is on line 3\).*Latin-1.*Save it as UTF-8/,
      3,
    ],
    ['NUL bytes', (f: string) => writeFileSync(f, Buffer.from([0x2d, 0x20, 0x00, 0x01, 0x0a])), /contains NUL bytes: it is binary/, null],
    ['over the size limit', (f: string) => writeFileSync(f, `${'# padding\n'.repeat((2 * MB) / 10 + 1)}`), /is 2\.0 MB, over the 2 MB limit/, null],
    ['a link to nothing', (f: string) => symlinkSync(path.join(path.dirname(f), 'gone.yaml'), f), /symbolic link to a file that does not exist/, null],
    [
      'anchors and aliases',
      (f: string) => cpSync(path.join(DATA_FILES, 'corrections-anchor-alias.yaml'), f),
      /uses the anchor `&tanf`\. Salvo does not expand YAML anchors \(&name\), aliases \(\*name\) or merge keys \(<<\)/,
      2,
      'corrections-invalid',
    ],
    ['a merge key', (f: string) => cpSync(path.join(DATA_FILES, 'corrections-merge-key.yaml'), f), /uses a merge key `<<`\./, 3, 'corrections-invalid'],
    ['an alias bomb', (f: string) => cpSync(path.join(DATA_FILES, 'corrections-alias-bomb.yaml'), f), /uses the anchor `&a0`/, 5, 'corrections-invalid'],
    [
      'invalid YAML',
      (f: string) => writeFileSync(f, '- target: {event: x}\n  reason: "unclosed\n'),
      /is not valid YAML \(Missing closing "quote\)\. Fix the indentation or quoting/,
      undefined,
      'corrections-invalid',
    ],
  ] as [string, (f: string) => void, RegExp, number | null | undefined, DiagnosticCode?][])('%s', async (_name, make, message, line, code) => {
    await buildWith(make, message, line, code)
  })

  it('a named pipe (FIFO) is refused at once, without waiting for a writer', async () => {
    let writer: { stop: () => void } | null = null
    try {
      const took = await buildWith(
        (f) => {
          writer = fifoWithLateWriter(f)
        },
        /is a named pipe \(FIFO\), not a regular file/,
        null,
      )
      expect(took).toBeLessThan(5_000)
    } finally {
      ;(writer as { stop: () => void } | null)?.stop()
    }
  })

  it(`an unreadable file (EACCES) is refused${RUNNING_AS_ROOT ? ', checked by root without its permission override, since root reads a chmod 000 file' : ''}`, async (ctx) => {
    const dir = sharedTempDir('salvo-eacces-')
    const file = path.join(dir, 'corrections.yaml')
    writeFileSync(file, '- target: {event: 2023-10-18-al-tanf-attack}\n  note: "n"\n  reason: "r"\n')
    chmodSync(file, 0o000)
    let loaded: ReturnType<typeof loadCorrections>
    if (RUNNING_AS_ROOT) {
      const run = runWithoutPermissionOverride(
        `import { loadCorrections } from ${JSON.stringify(path.resolve('src/editorial/load-corrections.ts'))}\nconsole.log(JSON.stringify(loadCorrections(${JSON.stringify(file)})))\n`,
      )
      if ('skipped' in run) return ctx.skip(`Skipped: ${run.skipped}.`)
      loaded = JSON.parse(run.stdout) as ReturnType<typeof loadCorrections>
    } else {
      loaded = loadCorrections(file)
    }
    expect(loaded.corrections).toEqual([])
    expect(loaded.diagnostics).toMatchObject([
      {
        field: 'corrections',
        code: 'corrections-unreadable',
        severity: 'error',
        message: expect.stringMatching(
          /^The corrections file cannot be read: the user running the build has no permission to read it.*\(EACCES\)\. Give that user read permission.*No correction was applied/,
        ),
      },
    ])
  })
})
