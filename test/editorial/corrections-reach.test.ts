// Issue 18, item 2 and 4: corrections reach every report. A sentence extraction could not date is no event,
// yet a correction naming it by article and quote places it; `set` covers who claimed an event and a report's
// own status and speaker; `accept: true` acknowledges a warning. The articles are written for this test.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorrections } from '../../src/editorial/load-corrections.js'
import { runPipeline } from '../../src/pipeline.js'
import { siteData } from '../../src/site/site-data.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

const ARTICLES: Record<string, string> = {
  '2024-02-05-harir.md': `---
title: "Drones over Erbil"
source: "Mountain Post"
url: "https://mountainpost.example/drones-over-erbil"
date: 2024-02-05
---
Kurdish security officials said drones targeted the Harir air base and Erbil air base, causing no casualties.
`,
  '2024-02-04-asad.md': `---
title: "Rockets at Ain al-Asad"
source: "River Times"
url: "https://rivertimes.example/rockets-at-ain-al-asad"
date: 2024-02-04
---
Rockets were fired at Ain al-Asad air base on Saturday, a U.S. official said.

Separately, drones struck the Harir air base on Sunday, Kurdish officials said.
`,
}

async function build(corrections: string, today?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvo-reach-'))
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(dir, name), text)
  writeFileSync(path.join(dir, 'corrections.yaml'), corrections)
  return runPipeline({ seedsDir: dir, knowledge: shippedKnowledge(), cacheDir: null, ...(today === undefined ? {} : { today }) })
}

const UNDATED = 'article: seeds/2024-02-05-harir.md, quote: "drones targeted the Harir air base"'

describe('a sentence extraction could not date', () => {
  it('is no event, but is named by its warning', async () => {
    const { timeline, diagnostics } = await build('')
    expect(timeline.events.filter((e) => e.reports.some((r) => r.article.endsWith('2024-02-05-harir.md')))).toEqual([])
    expect(diagnostics.filter((d) => d.code === 'date-unresolved')).toHaveLength(1)
  })

  it('`set: {date}` places it at each base it names, and the warning goes', async () => {
    const { timeline, diagnostics } = await build(`- target: {${UNDATED}}\n  set: {date: 2024-02-02}\n  reason: "The regional government dated it."\n`)
    const placed = timeline.events.filter((e) => e.date === '2024-02-02')
    expect(placed.map((e) => e.location?.id).sort()).toEqual(['erbil-air-base', 'harir-air-base'])
    expect(placed.every((e) => e.reports.length === 1 && e.weapons.includes('drone'))).toBe(true)
    expect(diagnostics.filter((d) => d.code === 'date-unresolved' || d.field === 'target')).toEqual([])
    expect(timeline.corrections).toMatchObject([{ result: 'applied', events: placed.map((e) => e.id).sort() }])
  })

  it('`site` picks the one base meant, and the other stays unplaced', async () => {
    const { timeline } = await build(`- target: {${UNDATED}}\n  set: {date: 2024-02-02, site: erbil-air-base}\n  reason: "Only Erbil was hit."\n`)
    expect(timeline.events.filter((e) => e.date === '2024-02-02').map((e) => e.location?.id)).toEqual(['erbil-air-base'])
  })

  it('joins the event already told on that day at that base, saying why', async () => {
    const { timeline } = await build(`- target: {${UNDATED}}\n  set: {date: 2024-02-04, site: harir-air-base}\n  reason: "The same Sunday attack."\n`)
    const harir = timeline.events.filter((e) => e.location?.id === 'harir-air-base')
    expect(harir).toHaveLength(1)
    expect(harir[0]?.reports.map((r) => r.source).sort()).toEqual(['Mountain Post', 'River Times'])
    expect(harir[0]?.mergeReasons.at(-1)).toMatch(/^Placed here by an editor \(corrections line 1\): The same Sunday attack\.$/)
  })

  it('refuses another action with the fix, and a day after the build', async () => {
    const note = await build(`- target: {${UNDATED}}\n  note: "Heard of it."\n  reason: "Context."\n`)
    expect(note.diagnostics.find((d) => d.code === 'correction-refused')?.message).toMatch(/no day for it\. Place it first with `set: \{date: YYYY-MM-DD\}`/)
    const future = await build(`- target: {${UNDATED}}\n  set: {date: 2024-12-02}\n  reason: "Typo in the year."\n`, '2024-06-01')
    expect(future.diagnostics.find((d) => d.code === 'correction-refused')).toMatchObject({
      field: 'set.date',
      message: expect.stringMatching(/after the day of this build/),
    })
    expect(future.diagnostics.filter((d) => d.code === 'date-unresolved')).toHaveLength(1)
    expect(future.timeline.events).toEqual((await build('')).timeline.events)
  })
})

describe('`set` covers who claimed it and a report’s own fields', () => {
  it('`claimedBy` names the group that claimed it, adds it to the groups, and the page says so', async () => {
    const { timeline } = await build(
      `- target: {event: 2024-02-03-ain-al-asad-attack}\n  set: {claimedBy: [islamic-resistance-in-iraq]}\n  reason: "The group claimed it on Telegram."\n`,
    )
    const event = timeline.events.find((e) => e.id === '2024-02-03-ain-al-asad-attack')
    expect(event?.claimedBy).toEqual(['Islamic Resistance in Iraq'])
    expect(event?.actors).toContain('Islamic Resistance in Iraq')
    const page = siteData(timeline, shippedKnowledge()).views.events.find((p) => p.id === event?.id)
    expect(page?.claimedBy).toEqual(['Islamic Resistance in Iraq'])
  })

  it('`report` sets the named report’s status and speaker, and the event’s status follows', async () => {
    const { timeline } = await build(
      `- target: {article: seeds/2024-02-04-asad.md, quote: "Rockets were fired at Ain al-Asad"}\n  set: {report: {status: claimed, claimant: kataib-hezbollah}}\n  reason: "The official was quoting the group's claim."\n`,
    )
    const event = timeline.events.find((e) => e.id === '2024-02-03-ain-al-asad-attack')
    expect(event?.reports[0]).toMatchObject({ status: 'claimed', claimant: 'Kataib Hezbollah', claimantKind: 'militia' })
    expect(event?.status).toBe('claimed')
    expect(event?.corrections?.[0]?.changes.map((c) => c.field)).toEqual(['report (River Times) status', 'report (River Times) claimant'])
  })

  it('`report` without a quote, or with a speaker who is neither a group nor given a kind, is refused and changes nothing', async () => {
    const before = await build('')
    const { timeline, diagnostics } = await build(
      `- target: {event: 2024-02-03-ain-al-asad-attack}\n  set: {report: {status: denied}}\n  reason: "x"\n- target: {article: seeds/2024-02-04-asad.md, quote: "Rockets were fired"}\n  set: {report: {claimant: "a passer-by"}}\n  reason: "y"\n`,
    )
    expect(diagnostics.filter((d) => d.code === 'correction-refused').map((d) => [d.line, d.field])).toEqual([
      [1, 'set.report'],
      [4, 'set.report.claimant'],
    ])
    expect(timeline.events).toEqual(before.timeline.events)
  })
})

describe('accept: true', () => {
  it('acknowledges the warnings it names, as notes that say who accepted them and why', async () => {
    const { diagnostics, timeline } = await build(
      `- target: {article: seeds/2024-02-05-harir.md, quote: "Kurdish security officials said drones"}\n  accept: true\n  reason: "No day yet; waiting for a second source."\n`,
    )
    const accepted = diagnostics.find((d) => d.code === 'date-unresolved')
    expect(accepted).toMatchObject({ severity: 'info', message: expect.stringMatching(/^Accepted by an editor \(.*corrections\.yaml, line 1: No day yet/) })
    expect(diagnostics.filter((d) => d.severity === 'warning')).toEqual([])
    expect(timeline.corrections).toMatchObject([
      { kind: 'accept', result: 'applied', accepted: [expect.stringMatching(/2024-02-05-harir\.md:7 \[date-unresolved\]$/)] },
    ])
  })

  it('that names no warning is itself a warning, so a stale entry is found', async () => {
    const { diagnostics } = await build(`- target: {article: seeds/2024-02-04-asad.md, code: place-unknown}\n  accept: true\n  reason: "x"\n`)
    expect(diagnostics.find((d) => d.code === 'correction-no-target')).toMatchObject({
      line: 1,
      severity: 'warning',
      message: expect.stringMatching(/No warning matches/),
    })
  })

  it('needs an article and its words or code; `code` is for accept only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvo-reach-'))
    const file = path.join(dir, 'corrections.yaml')
    writeFileSync(
      file,
      `- target: {code: place-unknown}\n  accept: true\n  reason: "x"\n- target: {event: e, code: place-unknown}\n  note: "n"\n  reason: "x"\n- target: {article: a.md, code: not-a-code}\n  accept: true\n  reason: "x"\n- target: {article: a.md}\n  accept: yes\n  reason: "x"\n`,
    )
    const { corrections, diagnostics } = loadCorrections(file)
    expect(corrections).toEqual([])
    expect(diagnostics.map((d) => [d.line, d.field])).toEqual([
      [1, 'target'],
      [4, 'target.code'],
      [7, 'target.code'],
      [7, 'target'],
      [10, 'accept'],
    ])
  })
})
