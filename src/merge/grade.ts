import type { EventGrade, TimelineEvent } from '../model/event.js'

/** What an event's grade is read from: its kind, status, whether its reports disagree, and how many outlets report it in their own words. */
export type GradeFacts = Pick<TimelineEvent, 'type' | 'status' | 'disputed' | 'independentSources'>

/** One grade: how the site names it, its rule in one plain sentence (for the methods page), and the test of that rule. */
export interface GradeRule {
  id: EventGrade
  /** The grade as the site prints it: `Several independent outlets`. */
  label: string
  /** The rule, in one sentence a reader understands, as the methods page prints it. */
  rule: string
  /** Whether an event meets the rule. The first rule in `GRADE_RULES` an event meets is its grade. */
  holds: (event: GradeFacts) => boolean
}

/**
 * The grades, strongest signal first: the order is the rule. A dispute outranks everything, since a reader must
 * know first that it may not have happened; then an official's confirmation; then how many outlets tell it in
 * their own words. The last rule always holds, so every event has a grade.
 */
export const GRADE_RULES: readonly GradeRule[] = [
  {
    id: 'contested',
    label: 'Contested',
    rule: 'The reports disagree on whether it happened: one denies that it took place while another says it did.',
    holds: (e) => e.disputed,
  },
  {
    id: 'confirmed-by-officials',
    label: 'Confirmed by officials',
    rule: 'A U.S. or coalition official confirmed it, and no report denies that it happened.',
    // A statement's status says who reported the words, not that anything happened: it is never "confirmed" in this sense.
    holds: (e) => e.type !== 'statement' && e.status === 'confirmed',
  },
  {
    id: 'several-outlets',
    label: 'Several independent outlets',
    rule: 'Two or more outlets reported it in their own words, without an official’s confirmation; a story that one outlet published and others republished or copied counts once.',
    holds: (e) => e.independentSources >= 2,
  },
  {
    id: 'single-source',
    label: 'Single source',
    rule: 'One outlet’s reporting alone tells of it, however many sites republished that story, without an official’s confirmation.',
    holds: () => true,
  },
]

/** The grade of an event: the first of `GRADE_RULES` it meets. */
export function gradeOf(event: GradeFacts): EventGrade {
  for (const rule of GRADE_RULES) if (rule.holds(event)) return rule.id
  return 'single-source'
}

/** A grade's label, `Single source`: what pages, feeds and the filter print. */
export function gradeLabel(grade: EventGrade): string {
  return GRADE_RULES.find((rule) => rule.id === grade)?.label ?? grade
}

/** Outlets as the same outlet whatever their case or spacing: `Associated Press` and `associated  press`. */
const outletKey = (outlet: string): string => outlet.trim().replace(/\s+/g, ' ').toLowerCase()

/** How many outlets tell an event in their own words: the distinct origins of its reports (`EventReport.origin`), at least 1. */
export function countIndependentSources(reports: readonly { origin: string }[]): number {
  return Math.max(1, new Set(reports.map((r) => outletKey(r.origin))).size)
}

/** What an event's reports and stance give it: the independent outlets that report it, and its grade. */
export function gradeEvent(
  event: Pick<TimelineEvent, 'type' | 'status' | 'disputed'> & { reports: readonly { origin: string }[] },
): Pick<TimelineEvent, 'grade' | 'independentSources'> {
  const independentSources = countIndependentSources(event.reports)
  return { independentSources, grade: gradeOf({ ...event, independentSources }) }
}
