import type { TimelineEvent } from '../model/event.js'
import type { ArticleRecord } from '../model/timeline-data.js'

/** A cell: text, a number, a yes/no, a list, or nothing (`null`: the sources give no value). */
export type CellValue = string | number | boolean | string[] | null

/** One column of the open data: its name, what it means (shown on the Data page), and how to read it off an event. */
export interface EventColumn {
  name: string
  description: string
  value: (event: TimelineEvent, articles: ReadonlyMap<string, ArticleRecord>) => CellValue
}

/** The articles an event's reports come from, each once, in report order. */
function sourceArticles(event: TimelineEvent, articles: ReadonlyMap<string, ArticleRecord>): string[] {
  return [...new Set(event.reports.map((r) => r.article))].filter((p) => articles.has(p))
}

/**
 * The columns of `events.csv`, in order; `events.geojson` uses the same names for its
 * properties (minus latitude and longitude, which are its geometry). One place defines
 * what a column means, so the files and the Data page cannot drift apart.
 */
export const EVENT_COLUMNS: EventColumn[] = [
  { name: 'event_id', description: 'Stable id of the event; its page is /events/<event_id>/.', value: (e) => e.id },
  { name: 'event_date', description: 'First day, YYYY-MM-DD.', value: (e) => e.date },
  { name: 'event_date_end', description: 'Last day, YYYY-MM-DD; the same as event_date for a single day.', value: (e) => e.dateEnd },
  {
    name: 'date_precision',
    description: '"day" when the sources name the day, "range" for a span such as "last week", "month" when only the month is known.',
    value: (e) => e.datePrecision,
  },
  { name: 'type', description: '"attack" (on a site housing U.S. or coalition forces), "us-strike", "statement" or "other".', value: (e) => e.type },
  { name: 'location', description: 'Name of the base, town or area; empty when no source names a place.', value: (e) => e.location?.name ?? null },
  {
    name: 'location_precision',
    description: '"site" (a named base), "area" (a town, province or a place not in the gazetteer) or "country"; empty without a place.',
    value: (e) => e.location?.precision ?? null,
  },
  { name: 'admin1', description: 'Province or governorate; empty when unknown.', value: (e) => e.location?.admin1 ?? null },
  { name: 'country', description: 'Country; empty when unknown.', value: (e) => e.location?.country ?? null },
  {
    name: 'latitude',
    description: 'WGS 84 latitude in decimal degrees, from the gazetteer; empty without coordinates.',
    value: (e) => e.location?.lat ?? null,
  },
  {
    name: 'longitude',
    description: 'WGS 84 longitude in decimal degrees, from the gazetteer; empty without coordinates.',
    value: (e) => e.location?.lon ?? null,
  },
  { name: 'actors', description: 'Groups the reports name, separated by "; " in the CSV.', value: (e) => e.actors },
  { name: 'weapons', description: 'Weapons: rocket, drone, missile, mortar, ied, small-arms; separated by "; " in the CSV.', value: (e) => e.weapons },
  {
    name: 'killed_min',
    description: 'Fewest people killed any report gives; empty when no report gives a figure (never 0 for "not stated").',
    value: (e) => e.killed?.min ?? null,
  },
  { name: 'killed_max', description: 'Most people killed any report gives; empty when no report gives a figure.', value: (e) => e.killed?.max ?? null },
  { name: 'injured_min', description: 'Fewest people injured any report gives; empty when no report gives a figure.', value: (e) => e.injured?.min ?? null },
  { name: 'injured_max', description: 'Most people injured any report gives; empty when no report gives a figure.', value: (e) => e.injured?.max ?? null },
  {
    name: 'status',
    description:
      '"confirmed" by U.S. or coalition officials, "denied" by them, "reported" by the media, local or security sources or the host government, or "claimed" only by the group that carried it out. For a statement it records who reported the words, not that anything happened: the site shows statements with no status.',
    value: (e) => e.status,
  },
  { name: 'disputed', description: '"true" when the reports disagree on whether it happened (one denies it).', value: (e) => e.disputed },
  {
    name: 'grade',
    description:
      'How well it is sourced, the first that holds: "contested" (disputed), "confirmed-by-officials" (status confirmed; never a statement), "several-outlets" (independent_sources of 2 or more) or "single-source". The methods page states each rule.',
    value: (e) => e.grade,
  },
  { name: 'summary', description: 'A short English description built from the fields, e.g. "Drone attack on Al-Tanf Garrison".', value: (e) => e.summary },
  { name: 'reports_count', description: 'How many sentences, across all articles, report the event.', value: (e) => e.reports.length },
  { name: 'sources_count', description: 'How many articles report the event.', value: (e, articles) => sourceArticles(e, articles).length },
  {
    name: 'independent_sources',
    description:
      'How many outlets report it in their own words: a story republished or copied by others (named as such in its front matter, or with a near-identical text) counts once, for the outlet that first published it.',
    value: (e) => e.independentSources,
  },
  {
    name: 'source_urls',
    description:
      'Web addresses of those articles, separated by a space in the CSV (an address never contains one); an article without an address is counted but not listed.',
    value: (e, articles) => sourceArticles(e, articles).flatMap((p) => articles.get(p)?.url ?? []),
  },
]

/** The separator of each list column in the CSV. */
export const CSV_LIST_SEPARATORS: Record<string, string> = { actors: '; ', weapons: '; ', source_urls: ' ' }
