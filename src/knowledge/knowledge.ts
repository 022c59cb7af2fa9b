import type { ClaimantKind } from '../model/report.js'
import type { TermMatch } from './term-matcher.js'
import type { Campaign } from './campaign.js'

/** A place from `src/data/gazetteer.yaml`. */
export interface PlaceEntry {
  /** Stable kebab-case id, e.g. `ain-al-asad`. */
  id: string
  name: string
  /** `site` for a base or facility, `area` for a town or province, `country` for a whole country. */
  precision: 'site' | 'area' | 'country'
  country: string
  admin1: string | null
  /** WGS 84 decimal degrees. */
  lat: number
  lon: number
  aliases: string[]
  /** What the map writes beside it where the name is long: `MSS Conoco`. Absent: the name without its bracket. */
  shortName?: string
  /** How far an area reaches from `lat`, `lon`, in kilometres, roughly: the map draws it as an area, not a point. Absent for a point. */
  radiusKm?: number
  /** For a region that spans provinces and has no `admin1` of its own: the provinces (`admin1` values) it covers. */
  provinces?: string[]
}

/** An armed group or state actor from `src/data/groups.yaml`. */
export interface GroupEntry {
  id: string
  name: string
  kind: 'militia' | 'state' | 'state-military'
  /**
   * `false` for a group that is no party to the campaign's attacks (`campaign: false` in groups.yaml: the Islamic
   * State, the SDF, Hamas): named in the same story, it claims none of them, takes part in none, and is never
   * whom "the group said it had struck …" means. `true` otherwise.
   */
  campaign: boolean
  /** Ids of umbrella groups this one belongs to. */
  partOf: string[]
  aliases: string[]
  acronyms: string[]
}

/** A weapon class from `src/data/weapons.yaml`, with the words that name it. */
export interface WeaponEntry {
  /** Vocabulary id, e.g. `drone`. */
  id: string
  label: string
  terms: string[]
}

/** A kind of speaker or source from `src/data/claimants.yaml`. */
export interface ClaimantEntry {
  label: string
  kind: ClaimantKind
  terms: string[]
  acronyms: string[]
}

/** Everything extraction knows about the world, validated at load, with its matchers compiled once. */
export interface Knowledge {
  places: PlaceEntry[]
  /** The gazetteer's entries by id. */
  placeById: ReadonlyMap<string, PlaceEntry>
  groups: GroupEntry[]
  weapons: WeaponEntry[]
  claimants: ClaimantEntry[]
  /** The campaign the timeline covers, from `src/data/campaign.yaml`. */
  campaign: Campaign
  findPlaces: (text: string) => TermMatch<PlaceEntry>[]
  findGroups: (text: string) => TermMatch<GroupEntry>[]
  findWeapons: (text: string) => TermMatch<WeaponEntry>[]
  findClaimants: (text: string) => TermMatch<ClaimantEntry>[]
  /** SHA-256 of the data files' bytes: part of the extractor's version, for caches. */
  hash: string
  /** The folder the files were loaded from, so worker threads can load them too; `null` for knowledge built in memory. */
  dir: string | null
}

/** A militia that can carry out and claim the campaign's attacks: the militias of groups.yaml not marked `campaign: false`. */
export const isCampaignMilitia = (group: GroupEntry): boolean => group.kind === 'militia' && group.campaign
