import type { TimelineEvent } from '../model/event.js'
import type { DateLabel } from '../render/format-date.js'
import type { EventEntry, StatusBadge } from '../render/site-views.js'

/** A facet as the filter form on /browse/ offers it: one `<select>`, named `param`. */
export interface FilterFacet {
  /** The control's name and the query parameter: `site`, `group`, `weapon`, `status`, `type`, `country`. */
  param: string
  /** The control's label: `Site or place`. */
  label: string
  /** The option that narrows nothing: `any site or place`. */
  any: string
  /** The facet's values, in the filter index's order; `value` is the last segment of the value's page (`al-tanf` for `/sites/al-tanf/`). */
  options: { value: string; label: string; count: number }[]
}

/** One event as the filter lists it, with the values it has of each facet. */
export interface FilterEvent {
  id: string
  /** `/events/<id>/`. */
  url: string
  /** First day, `YYYY-MM-DD`. */
  date: string
  /** Last day, `YYYY-MM-DD`; equal to `date` for a single day. */
  dateEnd: string
  /** As the timeline prints it: `Sunday 22 October 2023`, `16–22 October 2023`, `October 2023`. */
  when: Pick<DateLabel, 'text' | 'datetime' | 'note'>
  summary: string
  /** `Al-Tanf Garrison, Syria`; `null` when no source names a place. */
  place: string | null
  /** The kind printed before the badge (`U.S. strike`), or `null` (an attack, a statement). */
  kind: string | null
  status: Pick<StatusBadge, 'id' | 'label' | 'icon' | 'disputed'>
  /** Each facet's values of the event, by `param`, as option values: `{ site: ['al-tanf'], weapon: ['drone', 'rocket'] }`. A facet it has no value of is left out. */
  values: Record<string, string[]>
}

/** What the filter on /browse/ works from: the form's facets (laid out by templates/browse.njk) and the events, which public/browse.js loads from `browse/events.json`. */
export interface BrowseFilter {
  facets: FilterFacet[]
  /** The first and last day of any event, `YYYY-MM-DD`: the bounds of the date fields; `null` without events. */
  first: string | null
  last: string | null
  /** Every event, in timeline order (`compareEvents`: by first day, then last day), which is the order the filter lists them in. */
  events: FilterEvent[]
}

/** A facet of the filter index that the filter form offers: its form settings, and how to read its values off an event. */
export interface FilterFacetSource {
  filter: { param: string; label: string; any: string }
  /** The facet's values of an event. */
  keys: (event: TimelineEvent) => string[]
  /** A value's page, e.g. `/sites/al-tanf/`. */
  url: (key: string) => string
  label: (key: string) => string
  /** Every value with its events, in the filter index's order. */
  values: { key: string; events: TimelineEvent[] }[]
}

/** `/sites/al-tanf/` → `al-tanf`: an option's value names the same thing as its page, so `?site=al-tanf` and `/sites/al-tanf/` agree. */
function lastSegment(url: string): string {
  return url.split('/').filter(Boolean).at(-1) ?? url
}

/** The filter's view: each facet the index marks for the form, and every event with its values of each. Pure and deterministic. */
export function browseFilter(sources: FilterFacetSource[], events: TimelineEvent[], entryFor: (event: TimelineEvent) => EventEntry): BrowseFilter {
  const facets = sources.map((source): FilterFacet => ({
    ...source.filter,
    options: source.values.map((v) => ({ value: lastSegment(source.url(v.key)), label: source.label(v.key), count: v.events.length })),
  }))
  const rows = events.map((event): FilterEvent => {
    const entry = entryFor(event)
    const values: Record<string, string[]> = {}
    for (const source of sources) {
      const keys = source.keys(event)
      if (keys.length > 0) values[source.filter.param] = keys.map((k) => lastSegment(source.url(k)))
    }
    return {
      id: event.id,
      url: entry.url,
      date: event.date,
      dateEnd: event.dateEnd,
      when: { text: entry.date.text, datetime: entry.date.datetime, note: entry.date.note },
      summary: entry.summary,
      place: entry.place === null ? null : entry.place.country === null ? entry.place.name : `${entry.place.name}, ${entry.place.country.label}`,
      kind: entry.kind,
      status: { id: entry.status.id, label: entry.status.label, icon: entry.status.icon, disputed: entry.status.disputed },
      values,
    }
  })
  const first = events.map((e) => e.date).sort()[0] ?? null
  const last =
    events
      .map((e) => e.dateEnd)
      .sort()
      .at(-1) ?? null
  return { facets, first, last, events: rows }
}
