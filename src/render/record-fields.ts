import type { DataField } from './site-views.js'

/**
 * What each top-level field of an event record means, for the Data page. The contract is
 * `src/model/event.schema.json`; a test checks this list names exactly its properties.
 */
export const RECORD_FIELDS: DataField[] = [
  { name: 'id', description: 'Stable id from the day(s), the place’s gazetteer id (or the speaker, for statements) and the type; no counters, no clock.' },
  { name: 'type', description: '"attack", "us-strike", "statement" or "other".' },
  { name: 'date', description: 'First day, YYYY-MM-DD.' },
  { name: 'dateEnd', description: 'Last day, YYYY-MM-DD.' },
  { name: 'datePrecision', description: '"day", "range" or "month".' },
  {
    name: 'location',
    description:
      'null when no place is given; otherwise id (gazetteer id or null), name, country, admin1, lat, lon (WGS 84) and precision ("site", "area" or "country").',
  },
  { name: 'weapons', description: 'Weapon ids, sorted.' },
  { name: 'actors', description: 'Group names, sorted.' },
  {
    name: 'claimedBy',
    description: 'Present only when an editor recorded who claimed it (a correction): group names, sorted. Otherwise each report names its own claimant.',
  },
  { name: 'killed', description: 'null when no report gives a number; otherwise the highest {min, max} any report gives (each report keeps its own).' },
  {
    name: 'injured',
    description: 'As killed, except that a report saying people were hurt without a number (hurtUncounted) outweighs another’s none: then null.',
  },
  {
    name: 'status',
    description:
      '"confirmed", "claimed", "denied" or "reported", derived from the reports. For a statement it records who reported the words, not that anything happened: the site shows statements with no status.',
  },
  {
    name: 'disputed',
    description:
      'true when the reports disagree on whether it happened: one denies it while another says it did. A report that denies only the casualties, responsibility or the target is no dispute.',
  },
  {
    name: 'grade',
    description:
      '"contested", "confirmed-by-officials", "several-outlets" or "single-source": the first of those rules that holds (the methods page states them), from disputed, status and independentSources.',
  },
  {
    name: 'independentSources',
    description:
      'How many outlets report it in their own words: the distinct origins of its reports, so a story that one outlet published and others republished or copied counts once.',
  },
  { name: 'summary', description: 'A short English description built from the fields.' },
  {
    name: 'reports',
    description:
      'One per source sentence: article (its id: seeds/ and its path inside the seeds folder), source (outlet), the exact quote with its start and end offsets in the article body, claimant and claimantKind, the report’s own status and figures (hurtUncounted: true when its sentence says people were hurt without a number), the date expression it used (dateText), the day the source said it (saidOn), apart from the day it happened, what the sentence denies (denies: "occurrence", "casualties", "responsibility", "target", or null when it denies nothing), and the outlet whose reporting it is (origin: the article’s own outlet, or, for a copy, the outlet that first published the story).',
  },
  {
    name: 'mergeReasons',
    description:
      'Why the reports are one event: a sentence for each way an article’s reports joined the first report, naming the article by outlet and title, never the same sentence twice; an editor’s merge adds its own.',
  },
  {
    name: 'corrections',
    description: 'Present when editors corrected the event: each correction’s kind, reason, line in the corrections file, changed fields and note.',
  },
]
