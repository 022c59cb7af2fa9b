import { describe, expect, it } from 'vitest'
import { countIndependentSources, GRADE_RULES, gradeEvent, gradeLabel, gradeOf, type GradeFacts } from '../../src/merge/grade.js'
import type { EventGrade } from '../../src/model/event.js'

const facts = (changes: Partial<GradeFacts>): GradeFacts => ({ type: 'attack', status: 'reported', disputed: false, independentSources: 1, ...changes })

describe('the grade of an event: the first rule that holds', () => {
  const cases: [string, Partial<GradeFacts>, EventGrade][] = [
    ['one outlet reports it', {}, 'single-source'],
    ['one outlet, however its copies are counted, only claimed by a militia', { status: 'claimed' }, 'single-source'],
    ['one outlet tells of an official denial, with no report that it happened', { status: 'denied' }, 'single-source'],
    ['two independent outlets', { independentSources: 2 }, 'several-outlets'],
    ['five independent outlets, only a militia claims it', { independentSources: 5, status: 'claimed' }, 'several-outlets'],
    ['an official confirms it, in one outlet', { status: 'confirmed' }, 'confirmed-by-officials'],
    ['an official confirms it, in several outlets', { status: 'confirmed', independentSources: 4 }, 'confirmed-by-officials'],
    ['one report denies it happened, another says it did', { status: 'denied', disputed: true }, 'contested'],
    ['disputed outranks an official confirmation', { status: 'confirmed', disputed: true, independentSources: 3 }, 'contested'],
    ['a U.S. strike confirmed by officials', { type: 'us-strike', status: 'confirmed' }, 'confirmed-by-officials'],
    ['a statement is never "confirmed by officials": its status says who reported the words', { type: 'statement', status: 'confirmed' }, 'single-source'],
    ['a statement several outlets report', { type: 'statement', status: 'confirmed', independentSources: 2 }, 'several-outlets'],
  ]
  it.each(cases)('%s', (_name, changes, grade) => {
    expect(gradeOf(facts(changes))).toBe(grade)
  })
})

describe('the rule table, as the methods page prints it', () => {
  it('has each grade once, strongest first, each with a label and one plain sentence', () => {
    expect(GRADE_RULES.map((r) => r.id)).toEqual(['contested', 'confirmed-by-officials', 'several-outlets', 'single-source'])
    expect(GRADE_RULES.map((r) => r.label)).toEqual(['Contested', 'Confirmed by officials', 'Several independent outlets', 'Single source'])
    for (const rule of GRADE_RULES) {
      expect(rule.rule, rule.id).toMatch(/^[A-Z].*\.$/)
      expect(rule.rule.match(/[.!?] +[A-Z]/g), `${rule.id}: one sentence`).toBeNull()
      expect(gradeLabel(rule.id)).toBe(rule.label)
    }
  })

  it('the last rule always holds, so every event has a grade', () => {
    const last = GRADE_RULES.at(-1)
    expect(last?.holds(facts({ type: 'other', status: 'claimed' }))).toBe(true)
  })
})

describe('independent sources', () => {
  it('counts each origin once, whatever its case or spacing, and at least one', () => {
    expect(countIndependentSources([{ origin: 'Gulf Wire' }, { origin: 'gulf  wire ' }, { origin: 'Levant Daily' }])).toBe(2)
    expect(countIndependentSources([])).toBe(1)
  })

  it('a wire story and its republications are one source; an event told only by them is single-source', () => {
    const reports = ['Gulf Wire', 'Gulf Wire', 'Gulf Wire'].map((origin) => ({ origin }))
    expect(gradeEvent({ type: 'attack', status: 'reported', disputed: false, reports })).toEqual({ independentSources: 1, grade: 'single-source' })
    expect(gradeEvent({ type: 'attack', status: 'reported', disputed: false, reports: [...reports, { origin: 'Levant Daily' }] })).toEqual({
      independentSources: 2,
      grade: 'several-outlets',
    })
  })
})
