// Synthetic articles for the benchmark: deterministic from a seed, shaped like
// the real ones (several outlets per event, varied phrasing and date expressions,
// captions, teasers, comment prompts and tag lists). Not used by the site.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { addDays, format, parseISO } from 'date-fns'
import { stringify } from 'yaml'
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js'

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const OUTLETS = [
  'Gulf Wire',
  'Levant Daily',
  'Euphrates Monitor',
  'Atlantic Desk',
  'Meridian Wire',
  'Northern Ledger',
  'Hasakah Observer',
  'Tigris Times',
  'Desert Dispatch',
  'Capital Brief',
  'Frontier Post',
  'Harbor Herald',
  'Crescent Review',
  'Signal & Noise',
  'The Outpost',
  'Ridge Report',
  'Delta Chronicle',
  'Steppe News',
  'Basin Courier',
  'Plains Gazette',
].map((o) => `${o} (synthetic)`)
const WEAPONS = [
  ['drone', 'one-way attack drone', 'two drones'],
  ['rocket', 'Katyusha rockets', 'several rockets'],
  ['mortar', 'mortar rounds', 'mortar shells'],
  ['missile', 'a close-range ballistic missile', 'ballistic missiles'],
] as const
const CLAIMANTS = [
  'U.S. officials said',
  'a U.S. defense official said',
  'U.S. Central Command said',
  'Iraqi security sources said',
  'local sources said',
  'the Pentagon said',
  'according to a U.S. military official',
] as const
const GROUPS = ['the Islamic Resistance in Iraq', 'Kataib Hezbollah', 'Harakat al-Nujaba'] as const
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

interface SyntheticEvent {
  day: string
  site: string
  weapon: (typeof WEAPONS)[number]
  injured: number
  group: string
}

/** What else a corpus may hold; without options, every corpus is the one the benchmark has always measured. */
export interface CorpusOptions {
  /** Days from 17 October 2023 over which the events fall (130 by default): 730 spans two years. */
  days?: number
  /** `true` to put about one event in eight in a region the gazetteer draws as an area ("U.S. forces in eastern Syria"). */
  areas?: boolean
  /** `true` to give one article in four an archived copy (front matter `archived`); drawn from no random number, so the rest of the corpus is the same. */
  archived?: boolean
}

/** Writes `count` articles into `dir` (emptied first) and returns how many distinct events they report. */
export async function generateCorpus(dir: string, count: number, seed = 20231017, options: CorpusOptions = {}): Promise<{ articles: number; events: number }> {
  const random = prng(seed + count)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const knowledge = loadKnowledge()
  const sites = knowledge.places.filter((p) => p.precision === 'site')
  const regions = knowledge.places.filter((p) => p.radiusKm !== undefined)
  const start = parseISO('2023-10-17')
  const days = options.days ?? 130
  const events: SyntheticEvent[] = Array.from({ length: Math.max(1, Math.round(count / 3)) }, () => {
    const site = pick(sites)
    // Drawn only when asked for, so that a corpus without areas is the same as before they existed.
    const region = options.areas === true && random() < 0.125 ? pick(regions) : null
    return {
      day: format(addDays(start, Math.floor(random() * days)), 'yyyy-MM-dd'),
      site: region === null ? pick([site.name, ...site.aliases]) : `U.S. forces in ${pick(region.aliases)}`,
      weapon: pick(WEAPONS),
      injured: random() < 0.2 ? 1 + Math.floor(random() * 20) : 0,
      group: pick(GROUPS),
    }
  })
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  for (let i = 0; i < count; i++) {
    const event = pick(events)
    const published = addDays(parseISO(event.day), Math.floor(random() * 3))
    const gap = Math.round((published.getTime() - parseISO(event.day).getTime()) / 86_400_000)
    const when =
      gap === 0
        ? pick(['today', 'on ' + WEEKDAYS[published.getDay()], 'earlier today'])
        : gap === 1
          ? pick(['yesterday', 'late ' + WEEKDAYS[parseISO(event.day).getDay()], 'on ' + WEEKDAYS[parseISO(event.day).getDay()]])
          : pick([
              'on ' + format(parseISO(event.day), 'MMM. d'),
              'on ' + format(parseISO(event.day), 'd MMMM'),
              'last ' + WEEKDAYS[parseISO(event.day).getDay()],
            ])
    const claimant = pick(CLAIMANTS)
    const lede = pick([
      `${event.weapon[2][0]?.toUpperCase()}${event.weapon[2].slice(1)} targeted ${event.site} ${when}, ${claimant}.`,
      `${event.site} came under ${event.weapon[0]} attack ${when}, ${claimant}, adding that the damage was minor.`,
      `Militants fired ${event.weapon[1]} at ${event.site} ${when}, ${claimant}.`,
      `${event.group.charAt(0).toUpperCase()}${event.group.slice(1)} said in a statement that its fighters attacked ${event.site} with ${event.weapon[1]} ${when}.`,
    ])
    const body = [
      lede,
      event.injured > 0
        ? `${event.injured} U.S. personnel suffered minor injuries in the attack, ${pick(CLAIMANTS)}.`
        : 'There were no injuries and no damage, officials said.',
      `In this ${2020 + Math.floor(random() * 3)} photo, soldiers stand guard at a base in western Iraq. (AP Photo/Staff)`,
      `The militias have launched more than ${20 + Math.floor(random() * 140)} attacks on U.S. forces in Iraq and Syria since Oct. 17, according to the Pentagon.`,
      pick([
        `${pick(GROUPS)} vowed to continue its operations until U.S. forces leave the region.`,
        'Houthi forces fired missiles at commercial ships in the Red Sea last week.',
        'The Pentagon said it would respond at a time and place of its choosing.',
      ]),
      `Read more: ${pick(['Who are the militias attacking U.S. bases?', 'Inside the tower on the border', 'What the strikes hit'])}`,
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
    ].join('\n\n')
    const front = {
      title: `${event.weapon[0]} attack reported at ${event.site} (${i})`,
      source: pick(OUTLETS),
      url: `https://example.org/${i}`,
      ...(options.archived === true && i % 4 === 0
        ? { archived: `https://web.archive.org/web/${format(published, 'yyyyMMdd')}000000/https://example.org/${i}` }
        : {}),
      date: format(published, 'yyyy-MM-dd'),
    }
    await writeFile(path.join(dir, `${front.date}-bench-${String(i).padStart(5, '0')}.md`), `---\n${stringify(front)}---\n${body}\n`)
  }
  return { articles: count, events: events.length }
}
