import type { Count } from '../model/report.js'

/** Casualty figures stated in a sentence, killed and injured kept apart. */
export interface Casualties {
  killed: Count | null
  injured: Count | null
}

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
}

/** A number as news writes it: "20", "twenty", "twenty-four", "two dozen", "a dozen", with "at least" / "more than" qualifiers. */
const NUMBER = String.raw`(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as)\s+)?(?:\d[\d,]*|(?:a|one|two|three|four|five|six)\s+dozen|a dozen|dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`

/** Reads a number phrase into a count: "at least 34" → 34..34, "more than 40" → 41..41, "two dozen" → 24..24. */
export function parseCount(phrase: string): Count | null {
  const text = phrase.toLowerCase().trim()
  const qualifier = /^(at least|more than|over|nearly|almost|about|around|some|up to|as many as)\s+/.exec(text)?.[1] ?? null
  const core = qualifier ? text.slice(qualifier.length).trim() : text
  let n: number | null = null
  const dozen = /^(a|one|two|three|four|five|six)?\s*dozen$/.exec(core)
  if (/^\d[\d,]*$/.test(core)) n = Number(core.replace(/,/g, ''))
  else if (dozen) n = (UNITS[dozen[1] ?? 'a'] ?? 1) * 12
  else {
    const parts = core.split(/[-\s]+/)
    if (parts.every((p) => UNITS[p] !== undefined)) n = parts.reduce((sum, p) => sum + (UNITS[p] ?? 0), 0)
  }
  if (n === null || !Number.isFinite(n)) return null
  if (qualifier === 'more than' || qualifier === 'over') n += 1
  return { min: n, max: n }
}

/** Who may be counted between a number and its casualty word: "Twenty American personnel", "three U.S. service members". */
const PEOPLE = String.raw`(?:(?:american|sdf|isf|pmf|iraqi|syrian|kurdish|jordanian|security|forces|guards?|army|marines?|navy|air force|national guard|reservists?|sailors|airmen|workers?|u\.s\.|us|u\.s|coalition|military|service|members?|personnel|troops?|soldiers?|servicemen|servicemembers|people|civilians?|fighters?|militants?|contractors?|americans|iraqis?|syrians?|jordanians?|kurdish|of|the|them|other|others|more|were|was|have|had|been|who|slightly|seriously|critically|lightly|minor)\s+){0,6}`

const KILLED_AFTER = new RegExp(String.raw`\b(${NUMBER})\s+${PEOPLE}(?:killed|dead|died|deaths|fatalities|lost their lives)\b`, 'gi')
const KILLED_BEFORE = new RegExp(String.raw`\b(?:killed|killing|kills|death toll (?:rose |rises )?to)\s+(?:all\s+)?(${NUMBER})\b`, 'gi')
const INJURED_AFTER = new RegExp(
  String.raw`\b(${NUMBER})\s+${PEOPLE}(?:wounded|injured|hurt|injuries|sustained (?:minor |serious |non-life-threatening |traumatic brain )?injuries|suffered (?:minor |serious |non-life-threatening |traumatic brain )?injuries|casualties)\b`,
  'gi',
)
const INJURED_BEFORE = new RegExp(
  String.raw`\b(?:wounded|wounding|injured|injuring|injures|wounds|(?:minor |serious |non-life-threatening )?(?:injuries|wounds) to)\s+(?:all\s+)?(${NUMBER})\b`,
  'gi',
)

function first(patterns: RegExp[], text: string): Count | null {
  let best: { at: number; count: Count } | null = null
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const count = parseCount(m[1] ?? '')
      if (count && (best === null || (m.index ?? 0) < best.at)) best = { at: m.index ?? 0, count }
    }
  }
  return best?.count ?? null
}

/** Finds killed and injured figures in a sentence. Never turns "no one was hurt" into a number: absent stays `null`. */
export function findCasualties(sentence: string): Casualties {
  return { killed: first([KILLED_AFTER, KILLED_BEFORE], sentence), injured: first([INJURED_AFTER, INJURED_BEFORE], sentence) }
}
