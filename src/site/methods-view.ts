import { GRADE_RULES } from '../merge/grade.js'
import type { TimelineEvent } from '../model/event.js'
import type { EventStatus } from '../model/report.js'
import type { TimelineData } from '../model/timeline-data.js'
import { plural, statusBadge } from '../render/event-entry.js'
import type { StatusBadge } from '../render/site-views.js'

/** What each status means, in the order the site lists them: the rule `deriveStatus` (src/merge/derive-event.ts) applies, for a reader. */
const STATUS_MEANINGS: Record<EventStatus, string> = {
  confirmed:
    'A U.S. or coalition official or command (Central Command, the Pentagon, an official speaking anonymously) says it happened, or an outlet states U.S. dead or wounded as fact: only the U.S. military releases that count, so the outlet relays its account.',
  claimed: 'Only the armed group that carried it out says it happened: no official, no independent source and no outlet in its own words.',
  denied: 'U.S. or coalition officials deny that it took place, or that U.S. forces were its target.',
  reported:
    'Local or security sources, a monitor, witnesses, the host government or an outlet in its own words say it happened, without an official confirmation, whether or not a group claims it. A host government or source that denies it makes it reported, not denied.',
}
const STATUS_ORDER: EventStatus[] = ['confirmed', 'claimed', 'denied', 'reported']

/** One grade an event can get, and the rule that gives it. */
export interface GradeRule {
  /** What the event page shows, e.g. `Several independent outlets`. */
  label: string
  /** The rule in one sentence, for a reader. */
  rule: string
}

/** A figure of this build, as the methods page lists it. */
export interface BuildFigure {
  /** E.g. `Warnings`. */
  label: string
  count: number
  /** More about it, or `null`. */
  note: string | null
}

/** The methods page ("How this timeline is made"): what it explains that depends on the data, computed at build. */
export interface MethodsView {
  /** Each status as its badge shows it, with what it means. */
  statuses: { badge: StatusBadge; meaning: string }[]
  /**
   * The grades an event can get, strongest first, with their rules, for the page's `#grades` section
   * (`GRADE_RULES`, src/merge/grade.ts); `null` prints no section.
   */
  grades: GradeRule[] | null
  /** Events in this build. */
  events: number
  /** How precisely the events are dated: `12 to the day`, `2 to a span of days`, `1 to a month`. */
  dates: string[]
  /** How precisely the events are placed: `10 at a named site`, `3 in a town or area`, … */
  places: string[]
  /** The build's own counts: articles, events, errors, warnings, corrections. */
  figures: BuildFigure[]
}

/** `n` with a word, as a figure. */
function figure(label: string, count: number, note: string | null = null): BuildFigure {
  return { label, count, note: count === 0 ? null : note }
}

/** The counts of events by `key`, as `n <words>` for each value that has any, in `order`. */
function tally(events: TimelineEvent[], key: (e: TimelineEvent) => string, words: [string, string][]): string[] {
  const counts = new Map<string, number>()
  for (const e of events) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1)
  return words.flatMap(([value, text]) => {
    const n = counts.get(value) ?? 0
    return n === 0 ? [] : [`${n} ${text}`]
  })
}

/**
 * The methods page's view: status meanings from the same rule the merge applies, how precise the events' days and
 * places are, and this build's counts of articles, diagnostics and corrections, all read from the data file, so
 * nothing on the page goes stale.
 */
export function methodsView(data: Pick<TimelineData, 'articles' | 'events'> & Partial<Pick<TimelineData, 'diagnostics' | 'corrections'>>): MethodsView {
  const diagnostics = data.diagnostics ?? []
  const corrections = data.corrections ?? []
  const count = (test: (d: (typeof diagnostics)[number]) => boolean): number => diagnostics.filter(test).length
  const edits = corrections.filter((c) => c.kind !== 'accept')
  const applied = edits.filter((c) => c.result === 'applied').length
  const accepted = corrections.filter((c) => c.kind === 'accept' && c.result === 'applied').reduce((n, c) => n + (c.accepted?.length ?? 0), 0)
  const warnings = count((d) => d.severity === 'warning')
  return {
    statuses: STATUS_ORDER.map((s) => ({ badge: statusBadge('attack', s), meaning: STATUS_MEANINGS[s] })),
    grades: GRADE_RULES.map(({ label, rule }) => ({ label, rule })),
    events: data.events.length,
    dates: tally(data.events, (e) => e.datePrecision, [
      ['day', 'to the day'],
      ['range', 'to a span of days'],
      ['month', 'to a month'],
    ]),
    places: tally(
      data.events,
      (e) => (e.location === null ? 'none' : e.location.lat === null || e.location.lon === null ? `${e.location.precision}-unmapped` : e.location.precision),
      [
        ['site', 'at a named site'],
        ['area', 'in a town, province or region'],
        ['area-unmapped', 'at a place the gazetteer does not know yet (not on the map)'],
        ['country', 'in a country, no more'],
        ['none', 'with no place given'],
      ],
    ),
    figures: [
      figure('Articles read', data.articles.length),
      figure('Events published', data.events.length),
      figure(
        'Errors',
        count((d) => d.severity === 'error'),
        'Each one kept a file out of the timeline until an editor fixes it.',
      ),
      figure(
        'Warnings',
        warnings,
        warnings === 0
          ? null
          : `Among them: ${[
              plural(
                count((d) => d.severity === 'warning' && d.code === 'date-unresolved'),
                'attack',
              ) + ' left out for want of a day',
              plural(
                count((d) => d.severity === 'warning' && d.code === 'place-unknown'),
                'place',
              ) + ' not in the gazetteer',
            ].join('; ')}.`,
      ),
      figure(
        'Reports outside the campaign',
        count((d) => d.code === 'outside-campaign'),
        'Set aside, never published.',
      ),
      figure('Corrections applied', applied, edits.length === applied ? null : `${edits.length - applied} more in the file applied to no event.`),
      figure('Warnings accepted by an editor', accepted),
    ],
  }
}
