/** What kind of event a report describes. `attack` is the timeline's subject; the rest are context. */
export type EventType = 'attack' | 'us-strike' | 'statement' | 'other'

/** How sure the record is: confirmed by U.S. or coalition officials, denied by them, reported by others (media, local or security sources, the host government), or only claimed by the perpetrator. */
export type EventStatus = 'confirmed' | 'claimed' | 'denied' | 'reported'

/**
 * What a report's sentence denies, when it denies something:
 * - `occurrence`: that the attack happened at all ("no attack on the base took place", "denied the reports");
 * - `casualties`: the toll, not the attack ("denied claims of fatal casualties", "reports of deaths are not true");
 * - `responsibility`: who carried it out ("denied any involvement", "rejected accusations that it had a role");
 * - `target`: that U.S. or coalition forces were what it was aimed at ("American troops were not the target").
 * Only `occurrence` makes a report `denied`; the others take the attack as having happened.
 */
export type Denial = 'occurrence' | 'casualties' | 'responsibility' | 'target'

/** Who asserts a report. */
export type ClaimantKind = 'militia' | 'us-official' | 'host-government' | 'local-security' | 'media'

/** A day or a span of days, as precise as the text allows. Never a JS Date at rest. */
export interface DateSpan {
  /** First day, `YYYY-MM-DD`. */
  start: string
  /** Last day, `YYYY-MM-DD`; equal to `start` for a single day. */
  end: string
  /** `day` when the text names the day, `range` for "last week", `month` for "in October". */
  precision: 'day' | 'range' | 'month'
}

/** A place, resolved against the gazetteer where possible. */
export interface Place {
  /** Gazetteer id (e.g. `ain-al-asad`), or `null` for a place not in the gazetteer. */
  id: string | null
  /** Display name, e.g. `Ain al-Asad Air Base`. */
  name: string
  country: string | null
  /** First-level administrative division (province, governorate), or `null`. */
  admin1: string | null
  /** WGS 84 latitude in decimal degrees, or `null` when unknown. */
  lat: number | null
  /** WGS 84 longitude in decimal degrees, or `null` when unknown. */
  lon: number | null
  /** `site` for a named base, `area` for a town or province, `country` for a whole country. */
  precision: 'site' | 'area' | 'country'
}

/** An inclusive count range; `min === max` when the sources give one number. */
export interface Count {
  min: number
  max: number
}

/** One article's account of one event, with the exact words it came from. */
export interface Report {
  type: EventType
  date: DateSpan
  location: Place | null
  /** Weapon vocabulary ids, sorted, e.g. `['drone', 'rocket']`. */
  weapons: string[]
  /** Group names as in the groups data file, sorted. */
  actors: string[]
  killed: Count | null
  injured: Count | null
  /**
   * `true` when the sentence says people were hurt and gives no number ("several personnel were treated for minor
   * injuries"): its `injured` is `null`, and the event shows no figure rather than another report's none.
   */
  hurtUncounted?: true
  /** The report's own stance: confirmed, claimed, denied or reported. */
  status: EventStatus
  /** Who asserts it, in the article's words where possible, e.g. `U.S. Central Command`. */
  claimant: string
  claimantKind: ClaimantKind
  /** The article's id (`Article.id`): `seeds/` and its path inside the seeds folder, e.g. `seeds/2023-10-24-intelligence-shows.md`. */
  article: string
  /** Outlet that published the article. */
  source: string
  /** What the sentence denies (`occurrence`, `casualties`, `responsibility`, `target`), or `null` when it denies nothing. A `denied` report denies `occurrence`, or `target` when the only U.S. voice in its sentence says U.S. forces were not the target. */
  denies: Denial | null
  /** The exact text quoted, from `start` to `end` of the article body. */
  quote: string
  /** Offset of the quote's first character in the article body. */
  start: number
  /** Offset one past the quote's last character. */
  end: number
  /** The date expression the day came from, as written, e.g. `on Sunday`; `null` when taken from context. */
  dateText: string | null
  /** The day the claimant said it (claimed, confirmed, reported): the day the sentence gives for the telling ("an official said Monday"), else the article's publication day. Kept apart from `date`, the day it happened. */
  saidOn: string
  /** A short English summary built from the fields, e.g. `Drone attack on Al-Tanf Garrison`. */
  summary: string
}

/**
 * An attack report extraction could not date: the sentence names a base but no day Salvo can resolve.
 * It is no event (Salvo never invents a day), but it is kept, so that an editor's correction can place
 * it (`set: {date}`; `site` too when it names none) or set it aside, and the warning goes away.
 */
export interface UnplacedReport extends Omit<Report, 'date'> {
  /** 1-based line of the sentence in the article file. */
  line: number
}
