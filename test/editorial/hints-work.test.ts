// Issue 18: "Every hint Salvo prints names a fix that works, and a test applies each hint's fix." Each case
// here makes an input that draws one warning, reads the fix from the warning's own words (the correction it
// spells out, or the file it says to edit), applies it as an editor would, and builds again: the warning is
// gone and the fix did what the hint promised. The articles are written for this test.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectFindings, type Finding } from '../../src/editorial/check-findings.js'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import type { DiagnosticCode } from '../../src/model/diagnostic.js'
import type { TimelineData } from '../../src/model/timeline-data.js'
import { runPipeline } from '../../src/pipeline.js'
import { runBuild } from '../helpers/run-build.js'

/** An article file: front matter, then one paragraph per string. */
function article(title: string, source: string, date: string, paragraphs: string[], extra = ''): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return `---\ntitle: "${title}"\nsource: "${source}"\nurl: "https://${source.toLowerCase().replace(/\W+/g, '')}.example/${slug}"\ndate: ${date}\n${extra}---\n${paragraphs.join('\n\n')}\n`
}

/** A project in a temporary folder: `seeds/` with these articles, and `data/`, a copy of the shipped knowledge files an editor may edit. */
function project(articles: Record<string, string>): { root: string; seeds: string; data: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'salvo-hints-'))
  const seeds = path.join(root, 'seeds')
  mkdirSync(seeds)
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(seeds, name), text)
  const data = path.join(root, 'data')
  cpSync('src/data', data, { recursive: true })
  return { root, seeds, data }
}

/** What `npm run check` lists for the project: the pipeline's diagnostics and the whole-timeline findings. */
async function check(p: { seeds: string; data: string }): Promise<{ timeline: TimelineData; findings: Finding[] }> {
  const { timeline } = await runPipeline({ seedsDir: p.seeds, knowledge: loadKnowledge(p.data), cacheDir: null })
  return { timeline, findings: collectFindings(timeline) }
}

const only = (findings: Finding[], code: DiagnosticCode): Finding => {
  const found = findings.filter((f) => f.code === code)
  expect(found, `exactly one ${code}`).toHaveLength(1)
  return found[0] as Finding
}

/** The correction a hint spells out: its backticked `- target: {…}` and the action after "with", as YAML lines. */
function correctionIn(message: string): { target: string; action: string } {
  const target = /`(- target: \{[^`]*\})`/.exec(message)?.[1]
  const action = /with `([a-zA-Z]+: [^`]*)`/.exec(message)?.[1]
  expect(target, `a target in: ${message}`).toBeDefined()
  expect(action, `an action in: ${message}`).toBeDefined()
  return { target: target as string, action: action as string }
}

const HARIR = article('Drone targets Harir base', 'Mountain Post', '2024-01-10', [
  'Kurdish security officials said a drone targeted the Harir air base north of Erbil, causing no casualties.',
])

describe('each hint names a fix that works', () => {
  it('date-unresolved: the correction the warning spells out, with the day filled in, puts the attack on the timeline', async () => {
    const p = project({ '2024-01-10-harir.md': HARIR })
    const warning = only((await check(p)).findings, 'date-unresolved')
    expect(warning.severity).toBe('warning')
    const { target, action } = correctionIn(warning.message)
    expect(action).toBe('set: {date: YYYY-MM-DD}')
    writeFileSync(
      path.join(p.seeds, 'corrections.yaml'),
      `${target}\n  ${action.replace('YYYY-MM-DD', '2024-01-09')}\n  reason: "The regional government dated it."\n`,
    )
    const { timeline, findings } = await check(p)
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
    const event = timeline.events.find((e) => e.location?.name.includes('Harir'))
    expect(event).toMatchObject({ date: '2024-01-09', type: 'attack', weapons: ['drone'] })
    expect(event?.reports[0]?.quote).toMatch(/^Kurdish security officials said a drone targeted/)
    expect(event?.corrections?.[0]?.changes[0]).toEqual({ field: 'date', from: 'null', to: '"2024-01-09"' })
  })

  it('date-unresolved: for a sentence that opens with a quotation, the quote it names is a part of the sentence, not empty', async () => {
    const p = project({
      '2024-01-10-statement.md': article('Statement on Harir', 'Mountain Post', '2024-01-10', [
        '"In the name of God," the statement began, saying the resistance targeted the Harir air base with a drone.',
      ]),
    })
    const { target } = correctionIn(only((await check(p)).findings, 'date-unresolved').message)
    expect(target).not.toContain('quote: ""')
    writeFileSync(path.join(p.seeds, 'corrections.yaml'), `${target}\n  set: {date: 2024-01-09}\n  reason: "Dated by the regional government."\n`)
    const { timeline, findings } = await check(p)
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(timeline.events.map((e) => [e.date, e.location?.id])).toEqual([['2024-01-09', 'harir-air-base']])
  })

  it('date-unresolved: its other fix, `suppress: true`, answers the warning and adds no event', async () => {
    const p = project({ '2024-01-10-harir.md': HARIR })
    const { target } = correctionIn(only((await check(p)).findings, 'date-unresolved').message)
    writeFileSync(path.join(p.seeds, 'corrections.yaml'), `${target}\n  suppress: true\n  reason: "A training flight, not an attack."\n`)
    const { timeline, findings } = await check(p)
    expect(findings.filter((f) => f.code === 'date-unresolved' || f.code === 'correction-no-target')).toEqual([])
    expect(timeline.events).toEqual([])
    expect(timeline.corrections).toMatchObject([{ kind: 'suppress', result: 'applied' }])
  })

  it('place-unknown: adding the place to gazetteer.yaml, with the fields the hint lists, gives the event its coordinates', async () => {
    const p = project({
      '2024-01-08-jabal.md': article('Rockets at a remote base', 'Valley News', '2024-01-08', [
        'On Sunday, militants attacked U.S. forces at the Jabal Nur base with rockets.',
      ]),
    })
    const warning = only((await check(p)).findings, 'place-unknown')
    const fields = /\(([a-z0-9, ]+)\)/.exec(warning.message)?.[1]?.split(', ')
    expect(fields).toEqual(['id', 'name', 'country', 'admin1', 'lat', 'lon', 'aliases'])
    expect(warning.message).toContain('src/data/gazetteer.yaml')
    appendFileSync(
      path.join(p.data, 'gazetteer.yaml'),
      '\n- id: jabal-nur\n  name: Jabal Nur Base\n  precision: site\n  country: Syria\n  admin1: Deir ez-Zor\n  lat: 35.1\n  lon: 40.2\n  aliases: [Jabal Nur base]\n',
    )
    const { timeline, findings } = await check(p)
    expect(findings.filter((f) => f.code === 'place-unknown')).toEqual([])
    expect(timeline.events.map((e) => e.location)).toEqual([expect.objectContaining({ id: 'jabal-nur', lat: 35.1, lon: 40.2, precision: 'site' })])
  })

  it('outside-campaign: widening campaign.yaml, as the note says, brings the report back', async () => {
    const p = project({
      '2023-10-11-early.md': article('Rockets fired at Ain al-Asad', 'River Times', '2023-10-11', [
        'Rockets were fired at Ain al-Asad air base in western Iraq on Tuesday, Iraqi security sources said.',
      ]),
    })
    const note = only((await check(p)).findings, 'outside-campaign')
    expect(note.message).toContain('widen src/data/campaign.yaml')
    const campaign = path.join(p.data, 'campaign.yaml')
    writeFileSync(campaign, readFileSync(campaign, 'utf8').replace(/^start: .*$/m, 'start: 2023-10-01'))
    const { timeline, findings } = await check(p)
    expect(findings.filter((f) => f.code === 'outside-campaign')).toEqual([])
    expect(timeline.events.map((e) => e.id)).toEqual(['2023-10-10-ain-al-asad-attack'])
  })

  it('attack-without-site: the correction it spells out, with a gazetteer id, places the attack', async () => {
    const p = project({
      '2024-01-08-east.md': article('Drones over eastern Syria', 'Valley News', '2024-01-08', [
        'Drones attacked U.S. forces in eastern Syria on Saturday, a spokesman for the coalition said.',
      ]),
    })
    const { target, action } = correctionIn(only((await check(p)).findings, 'attack-without-site').message)
    expect(action).toBe('set: {site: <gazetteer id>}')
    writeFileSync(
      path.join(p.seeds, 'corrections.yaml'),
      `${target}\n  ${action.replace('<gazetteer id>', 'green-village')}\n  reason: "A later report names the base."\n`,
    )
    const { timeline, findings } = await check(p)
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(timeline.events.map((e) => e.location?.id)).toEqual(['green-village'])
  })

  it('duplicate-day-apart: the merge it spells out makes one event of both reports', async () => {
    const p = project({
      '2024-01-09-asad-a.md': article('Rockets fired at Ain al-Asad', 'River Times', '2024-01-09', [
        'Several rockets were fired at Ain al-Asad air base in western Iraq on Monday, Iraqi security sources said.',
      ]),
      '2024-01-09-asad-b.md': article('Base in Anbar attacked', 'Gulf Daily', '2024-01-09', [
        'Militants launched rockets at Ain al-Asad air base in Anbar on Tuesday, according to a statement from the group.',
      ]),
    })
    const { target, action } = correctionIn(only((await check(p)).findings, 'duplicate-day-apart').message)
    expect(action).toMatch(/^mergeInto: \{event: [\w-]+\}$/)
    writeFileSync(path.join(p.seeds, 'corrections.yaml'), `${target}\n  ${action}\n  reason: "One night, two time zones."\n`)
    const { timeline, findings } = await check(p)
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(timeline.events).toHaveLength(1)
    expect(timeline.events[0]?.reports.map((r) => r.source).sort()).toEqual(['Gulf Daily', 'River Times'])
  })

  it('duplicate-title: naming the first in `original:` marks a republication, and the warning goes', async () => {
    const first = article('Rockets fired at Ain al-Asad', 'River Times', '2024-01-09', [
      'Several rockets were fired at Ain al-Asad air base in western Iraq on Monday, Iraqi security sources said.',
    ])
    const copy = (extra: string): string =>
      article(
        'Rockets fired at Ain al-Asad',
        'Lakeside Herald',
        '2024-01-10',
        ['Rockets were fired at Ain al-Asad air base on Monday, security sources said.'],
        extra,
      )
    const p = project({ '2024-01-09-first.md': first, '2024-01-10-copy.md': copy('') })
    const warning = only((await check(p)).findings, 'duplicate-title')
    expect(warning.message).toContain('name the first in `original:`')
    writeFileSync(path.join(p.seeds, '2024-01-10-copy.md'), copy('original:\n  source: "River Times"\n  url: "https://rivertimes.example/x"\n'))
    const { findings } = await check(p)
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
  })

  it('correction-no-target: updating the target to `article:` with `quote:`, as it says, applies the correction', async () => {
    const p = project({ '2024-01-10-harir.md': HARIR })
    writeFileSync(
      path.join(p.seeds, 'corrections.yaml'),
      '- target: {event: 2024-01-09-harir-attack}\n  note: "Flights were grounded."\n  reason: "Context."\n',
    )
    const warning = only((await check(p)).findings, 'correction-no-target')
    expect(warning.message).toContain('`article:` with `quote:`')
    writeFileSync(
      path.join(p.seeds, 'corrections.yaml'),
      '- target: {article: seeds/2024-01-10-harir.md, quote: "a drone targeted the Harir air base"}\n  set: {date: 2024-01-09}\n  reason: "Dated by the regional government."\n',
    )
    const { timeline, findings } = await check(p)
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(timeline.corrections.map((c) => c.result)).toEqual(['applied'])
  })

  it('--strict: the acknowledgments it prints, given a reason, let the build pass, and the audit trail keeps them', async () => {
    const p = project({
      '2024-01-10-harir.md': HARIR,
      '2024-01-08-jabal.md': article('Rockets at a remote base', 'Valley News', '2024-01-08', [
        'On Sunday, militants attacked U.S. forces at the Jabal Nur base with rockets.',
      ]),
    })
    const args = [
      '--seeds',
      p.seeds,
      '--out',
      path.join(p.root, '_site'),
      '--data',
      path.join(p.root, 'timeline.json'),
      '--cache',
      path.join(p.root, 'cache'),
      '--strict',
    ]
    const refused = await runBuild(args)
    expect(refused.code).toBe(1)
    const entries = refused.stderr.split('\n').filter((l) => /^ {2}- target|^ {4}(accept|reason)/.test(l))
    expect(entries.filter((l) => l.includes('- target'))).toHaveLength(2)
    writeFileSync(
      path.join(p.seeds, 'corrections.yaml'),
      entries
        .join('\n')
        .replace(/^ {2}/gm, '')
        .replace(/…why it can stay as it is…/g, 'Checked; no other source yet.') + '\n',
    )
    const passed = await runBuild(args)
    expect(passed.stderr).toContain('0 warnings')
    expect(passed.code).toBe(0)
    const data = JSON.parse(readFileSync(path.join(p.root, 'timeline.json'), 'utf8')) as TimelineData
    expect(data.corrections.map((c) => [c.kind, c.result, c.accepted?.length])).toEqual([
      ['accept', 'applied', 1],
      ['accept', 'applied', 1],
    ])
    const accepted = data.diagnostics.filter((d) => d.message.startsWith('Accepted by an editor'))
    expect(accepted.map((d) => [d.code, d.severity]).sort()).toEqual([
      ['date-unresolved', 'info'],
      ['place-unknown', 'info'],
    ])
    // The corrections feed says what was accepted and why.
    const feed = readFileSync(path.join(p.root, '_site', 'feeds', 'corrections.atom'), 'utf8')
    expect(feed).toContain('Warning accepted')
    expect(feed).toContain('Checked; no other source yet.')
  }, 120_000)
})
