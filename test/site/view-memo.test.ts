// Issue 21, edit to page: `npm start` keeps its last build's site views (src/rebuild-memo.ts) and page fingerprints
// (src/publish/page-fingerprint.ts, `pageFingerprints`) and makes again only those of changed records. Each edit
// below is made to the data a build hands the site step, one after another on one memo, as a resident process sees
// them; after each, every view and every fingerprint must be what a build of its own makes of the same data, byte for
// byte. A view that reads something it does not list as an input would keep a stale value here.
import { mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../scripts/bench/generate-corpus.js'
import type { Knowledge } from '../../src/knowledge/knowledge.js'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'
import type { TimelineEvent } from '../../src/model/event.js'
import type { ArticleRecord, TimelineData } from '../../src/model/timeline-data.js'
import { runPipeline } from '../../src/pipeline.js'
import { pageFingerprints } from '../../src/publish/page-fingerprint.js'
import { planPages } from '../../src/publish/page-plan.js'
import { siteData } from '../../src/site/site-data.js'
import type { Timeline } from '../../src/site/timeline.js'
import { deepFreeze } from '../../src/deep-freeze.js'
import { rebuildMemo, sameJson } from '../../src/rebuild-memo.js'
import { SCRATCH_ROOT } from '../helpers/scratch-root.js'

describe('sameJson', () => {
  it.each([
    [{ a: 1, b: [1, { c: null }] }, { a: 1, b: [1, { c: null }] }, true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, false], // the same fields in another order serialize to other bytes
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [[1, 2], [1, 2, 3], false],
    [{ a: '1' }, { a: 1 }, false],
    [[], {}, false],
    [null, {}, false],
  ])('%j and %j: %s', (a, b, same) => expect(sameJson(a, b)).toBe(same))
})

describe('rebuildMemo, as the site keeps its views', () => {
  it('gives the last view only for the same inputs, and forgets everything for a new version', () => {
    const memo = rebuildMemo()
    const input = { id: 'x' }
    let made = 0
    const make = (): object => ({ made: ++made })
    memo.begin('k1')
    const first = memo.kept('kind', 'x', [input, 'a'], make)
    memo.begin('k1')
    expect(memo.kept('kind', 'x', [input, 'a'], make)).toBe(first)
    memo.begin('k1')
    expect(memo.kept('kind', 'x', [{ id: 'x' }, 'a'], make)).not.toBe(first) // an equal input, but another object
    memo.begin('k2')
    const other = memo.kept('kind', 'x', [input, 'a'], make)
    memo.begin('k2')
    expect(memo.kept('kind', 'x', [input, 'b'], make)).not.toBe(other)
    expect(made).toBe(4)
  })

  it('freezes what it keeps under tests, so a stage that changes a shared view throws', () => {
    const memo = rebuildMemo()
    const view = memo.kept('kind', 'x', [], () => ({ list: [{ n: 1 }] }))
    expect(Object.isFrozen(view.list[0])).toBe(true)
    expect(() => {
      ;(view.list[0] as { n: number }).n = 2
    }).toThrow(TypeError)
    expect(deepFreeze(null)).toBe(null)
  })

  it('gives the last record for an equal one, and never hands a record it took by equality to a view', () => {
    const memo = rebuildMemo()
    memo.begin('k1')
    const first = memo.same('event', 'e1', { id: 'e1', title: 'A' })
    memo.begin('k1')
    expect(memo.same('event', 'e1', { id: 'e1', title: 'A' })).toBe(first)
    const changed = { id: 'e1', title: 'B' }
    expect(memo.same('event', 'e1', changed)).toBe(changed)
    memo.begin('k1')
    // The same kind and id asked as a view, with no inputs: the record kept by `same` has none to compare, so it is made.
    expect(memo.kept('event', 'e1', [], () => 'made')).toBe('made')
  })
})

describe('site views and fingerprints kept between builds', () => {
  let dir: string
  let knowledge: Knowledge
  let data: TimelineData

  beforeAll(async () => {
    dir = mkdtempSync(path.join(SCRATCH_ROOT, 'salvo-view-memo-'))
    await generateCorpus(path.join(dir, 'seeds'), 150)
    knowledge = loadKnowledge()
    data = (await runPipeline({ seedsDir: path.join(dir, 'seeds'), knowledge, cacheDir: null })).timeline
  }, 120_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** The data as a new build would hand it over: every record a new object, as the pipeline makes them. */
  const rebuilt = (d: TimelineData): TimelineData => structuredClone(d)

  it('equal a build of their own after each of a series of edits, and change the pages each edit reaches', () => {
    const memo = rebuildMemo()
    const fingerprints = pageFingerprints()
    const resident = (d: TimelineData): { timeline: Timeline; plan: Map<string, string> } => {
      const timeline = siteData(rebuilt(d), knowledge, undefined, memo)
      return { timeline, plan: planPages(timeline, 'v', null, dir, fingerprints).fingerprints }
    }
    const fresh = (d: TimelineData): { timeline: Timeline; plan: Map<string, string> } => {
      const timeline = siteData(rebuilt(d), knowledge)
      return { timeline, plan: planPages(timeline, 'v', null, dir).fingerprints }
    }
    const changed = (a: Map<string, string>, b: Map<string, string>): string[] =>
      [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort()

    const attacks = data.events.filter((e) => e.type === 'attack' && e.location !== null && e.actors.length > 0)
    const moved = attacks[0] as TimelineEvent
    const elsewhere = attacks.find((e) => e.location?.name !== moved.location?.name && e.date.slice(0, 7) !== moved.date.slice(0, 7)) as TimelineEvent
    expect(elsewhere).toBeDefined()
    // One no other article copies: its title then reaches the event pages only as the title of their reports' article.
    const retitled = data.articles.find((a) => a.events.length > 0 && !data.articles.some((other) => other.copy?.of === a.path))
    const removed = data.events.find((e) => e !== moved && e.type === 'attack') as TimelineEvent
    const copier = data.articles.find((a) => a.copy === null && a.events.length > 0 && a.path !== retitled?.path)
    // Of another outlet, and about other events: only the note on the copier's events' pages names it.
    const copied = data.articles.find((a) => a.source !== copier?.source && !a.events.some((id) => copier?.events.includes(id)))
    // A report that does not open its article, and an event that does not quote that article.
    const quoted = data.events.find((e) => e.reports.some((r) => r.start > 0)) as TimelineEvent
    const quote = quoted.reports.find((r) => r.start > 0) as TimelineEvent['reports'][number]
    // The last such event, far from the quoted one: not its neighbour, whose change would remake its page anyway.
    const quoting = data.events.findLast((e) => e.id !== quoted.id && e.id !== moved.id && !e.reports.some((r) => r.article === quote.article)) as TimelineEvent
    expect(quoting).toBeDefined()
    expect(retitled && removed && copier && copied).toBeTruthy()

    const edits: [string, (d: TimelineData) => TimelineData][] = [
      ['nothing changed', (d) => d],
      // An event's place and day: its page, the sites and months it leaves and joins, its groups, the home timeline.
      [
        'an event moved to another place and day',
        (d) => ({
          ...d,
          events: d.events.map((e) =>
            e.id === moved.id ? { ...e, location: elsewhere.location, date: elsewhere.date, dateEnd: elsewhere.dateEnd, datePrecision: 'day' } : e,
          ),
        }),
      ],
      ['an article retitled', (d) => ({ ...d, articles: d.articles.map((a) => (a.path === retitled?.path ? { ...a, title: `${a.title} (updated)` } : a)) })],
      ['an event gone', (d) => ({ ...d, events: d.events.filter((e) => e.id !== removed.id) })],
      [
        'an article found to copy another',
        (d) => ({
          ...d,
          articles: d.articles.map((a) =>
            a.path === copier?.path ? { ...a, copy: { outlet: copied?.source ?? '', of: copied?.path ?? null, by: 'text' as const, overlap: 0.9 } } : a,
          ),
        }),
      ],
      [
        'the article copied retitled',
        (d) => ({ ...d, articles: d.articles.map((a) => (a.path === copied?.path ? { ...a, title: `${a.title} (copied)` } : a)) }),
      ],
      // Another event quotes from just before that report, so the passage holding it starts earlier, and its link's anchor with it.
      [
        'a passage widened by another event',
        (d) => ({
          ...d,
          events: d.events.map((e) =>
            e.id === quoting.id ? { ...e, reports: [...e.reports, { ...quote, start: quote.start - 1, end: quote.start + 1 }] } : e,
          ),
        }),
      ],
      ['an event summarized anew', (d) => ({ ...d, events: d.events.map((e) => (e.id === elsewhere.id ? { ...e, summary: `${e.summary}, again` } : e)) })],
      // The home timeline's pages shift: later events' links back to their day move to another page.
      ['the first events gone', (d) => ({ ...d, events: d.events.filter((e) => !data.events.slice(0, 12).some((gone) => gone.id === e.id)) })],
      // Enough articles for several pages of the article index, and of one outlet's articles: a page's pager lists every page.
      [
        'many more articles, of one outlet',
        (d) => ({
          ...d,
          articles: [
            ...d.articles,
            ...Array.from({ length: 300 }, (_, i) => ({
              ...(d.articles[i % d.articles.length] as ArticleRecord),
              path: `seeds/zz-more-${String(i).padStart(3, '0')}.md`,
              slug: `zz-more-${String(i).padStart(3, '0')}`,
              source: 'Many Pages Wire',
              sourceSlug: 'many-pages-wire',
              copy: null,
              events: [],
            })),
          ],
        }),
      ],
      // The last one gone: the last page's label changes, so every page's pager does, though the other pages' articles do not.
      ['the last article gone', (d) => ({ ...d, articles: d.articles.slice(0, -1) })],
      ['back as it was', () => data],
    ]

    let current = data
    let last = resident(current)
    expect(JSON.stringify(last.timeline)).toBe(JSON.stringify(fresh(current).timeline))
    for (const [what, edit] of edits) {
      current = edit(current)
      const kept = resident(current)
      const made = fresh(current)
      expect(JSON.stringify(kept.timeline), what).toBe(JSON.stringify(made.timeline))
      expect(kept.plan, what).toEqual(made.plan)
      const reached = changed(last.plan, kept.plan)
      if (what === 'nothing changed') {
        expect(reached).toEqual([])
        // Reused, not made again: the same objects as the last build's.
        expect(kept.timeline.views.events[0]).toBe(last.timeline.views.events[0])
        expect(kept.timeline.articles[0]).toBe(last.timeline.articles[0])
      }
      if (what === 'an event moved to another place and day') {
        const places = [...last.timeline.views.places, ...kept.timeline.views.places]
        const site = (e: TimelineEvent): string => `sites/${places.find((p) => p.name === e.location?.name)?.slug}/`
        for (const page of [
          `events/${moved.id}/`,
          site(moved),
          site(elsewhere),
          `months/${moved.date.slice(0, 7)}/`,
          `months/${elsewhere.date.slice(0, 7)}/`,
          '',
        ])
          expect(reached.some((file) => file.startsWith(page)) || reached.includes(`${page}index.html`), `${what}: ${page}`).toBe(true)
        const group = kept.timeline.views.groups.find((g) => g.name === moved.actors[0])
        expect(reached.some((file) => file.startsWith(`groups/${group?.slug}/`))).toBe(true)
        // The other events of its old day and place are untouched, and kept.
        expect(reached.length).toBeLessThan(kept.plan.size / 2)
      }
      last = kept
    }
  }, 120_000)
})
