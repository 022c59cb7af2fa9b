import { allMatches } from './all-matches.js'
import { lowerAscii, lowerCasePattern } from './lower-case-pattern.js'
import type { Count } from '../model/report.js'

/** Casualty figures stated in a sentence, killed and injured kept apart. `{min: 0, max: 0}` when the sentence says there were none. */
export interface Casualties {
  killed: Count | null
  injured: Count | null
  /** The sentence says people were hurt and gives no number ("several were treated for minor injuries"); `injured` is `null`. */
  hurtUncounted?: true
  /**
   * Some of those it counts as killed or hurt are American: "killing three U.S. soldiers", "four more Americans were
   * lightly hurt", "several U.S. personnel were treated for minor injuries". Only the U.S. military releases such figures.
   */
  americansHurt?: true
}

export type CasualtyKind = 'killed' | 'injured'

/** Why a figure in the sentence is not a figure for the attack the sentence reports. */
export type SetAsideReason = 'history' | 'tally' | 'retaliation' | 'other-cause'

/** One figure as the sentence states it, with where it stands. */
export interface CasualtyMention {
  /** Which figure it is: `killed` or `injured`. */
  kind: CasualtyKind
  /** `{min: 0, max: 0}` for "no one was hurt". */
  count: Count
  /** The words the figure was read from, e.g. `killing three U.S. service members`; exactly `sentence.slice(start, end)`. */
  text: string
  /** Offset of the first character in the sentence. */
  start: number
  /** Offset just past the last character in the sentence. */
  end: number
  /** Why the figure belongs to another event, or `null` when it is this attack's. */
  setAside: SetAsideReason | null
}

// ---------------------------------------------------------------------------
// Numbers

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

/** Words that bound a number. Each keeps the number the source gave: "more than 40" is 40, as written, not an invented 41. */
const QUALIFIERS = ['at least', 'more than', 'over', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'up to', 'as many as']

/** One number as news writes it: "20", "twenty-four", "two dozen", "a hundred", with a qualifier. "Dozens" and "several" are not numbers. */
export const NUMBER = String.raw`(?:(?:${QUALIFIERS.join('|')})\s+)?(?:a\s+(?:single|lone)|\d{1,3}(?:,\d{3})+|\d+|(?:a|one|two|three|four|five|six)\s+dozen|(?:a|one|two|three|four|five)\s+hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\w-])`

/** Words right before a number that make it a label or a day, "Tower 22", "Brigade 45", "Jan. 28", or none at all, "no one". */
const LABELS = String.raw`(?<!\d[,.](?=\d{3}\b))(?<!\b(?:no|not)[\s-]+)(?<!\b(?:none|neither|not one|not a single) of (?:the|its|their|our|them)\s+(?:(?:roughly|about|some|nearly|almost|more than|over|around|approximately|at least)\s+)?)(?<!\b(?:tower|brigade|camp|base|route|highway|unit|no\.|number|battalion|regiment|division|station|site|checkpoint|gate|building|sector|zone|outpost|post|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\.?\s+)`

/** Words right after a number that make it a count of something other than people: "3 miles", "40 times", "12 rockets". */
const NOT_PEOPLE = String.raw`(?!\s+(?:%|percent|years?|months?|weeks?|days?|hours?|minutes?|miles?|kilometers?|kilometres?|km|meters?|metres?|feet|times|rockets?|drones?|missiles?|mortars?|rounds?|shells?|strikes?|attacks?|targets?|sites?|facilities|bases?|vehicles?)\b)`

/** A count of people: one number or a range, "between 34 and 40", "two or three", "30 to 35". */
const COUNT = String.raw`\b(?=between\b|${NUMBER})${LABELS}(?:between\s+${NUMBER}\s+and\s+${NUMBER}|${NUMBER}(?:\s+(?:to|or)\s+${NUMBER})?)${NOT_PEOPLE}`

function parseNumber(phrase: string): Count | null {
  const text = phrase.toLowerCase().trim()
  const qualifier = QUALIFIERS.find((q) => text.startsWith(`${q} `)) ?? null
  const core = qualifier ? text.slice(qualifier.length).trim() : text
  let n: number | null = null
  const dozen = /^(a|one|two|three|four|five|six)?\s*dozen$/.exec(core)
  if (/^\d[\d,]*$/.test(core)) n = Number(core.replace(/,/g, ''))
  else if (/^a\s+(?:single|lone)$/.test(core)) n = 1
  else if (dozen) n = (UNITS[dozen[1] ?? 'a'] ?? 1) * 12
  else {
    const parts = core.split(/[-\s]+/)
    if (parts.every((p) => UNITS[p] !== undefined)) n = parts.reduce((sum, p) => (p === 'hundred' ? Math.max(sum, 1) * 100 : sum + (UNITS[p] ?? 0)), 0)
  }
  if (n === null || !Number.isFinite(n)) return null
  return { min: n, max: n }
}

/** Reads a number phrase into a count: "at least 34" → 34..34, "more than 40" → 40..40, "two dozen" → 24..24, "between 34 and 40" → 34..40. */
export function parseCount(phrase: string): Count | null {
  const text = phrase.toLowerCase().trim()
  const range = /^(?:between\s+(.+?)\s+and\s+(.+)|(.+?)\s+(?:to|or)\s+(.+))$/.exec(text)
  if (range) {
    const low = parseNumber(range[1] ?? range[3] ?? '')
    const high = parseNumber(range[2] ?? range[4] ?? '')
    if (low && high && low.min <= high.max) return { min: low.min, max: high.max }
  }
  return parseNumber(text)
}

// ---------------------------------------------------------------------------
// Who is counted

/** Words that may stand between a number and the people it counts: "three U.S. Army soldiers", "40 other service members". */
const MODIFIER = String.raw`(?:u\.s\.|u\.s|us|american|coalition|allied|partner|iraqi|syrian|kurdish|jordanian|iranian|sdf|isf|pmf|peshmerga|army|navy|naval|marine|air\s+force|special\s+(?:forces|operations)|elite|national\s+guard|reserve|active[-\s]duty|military|security|service|civilian|local|foreign|other|more|additional|militia|private|senior|junior|defense|young|commando|counter-?terrorism|combat|infantry|[a-z.]+-(?:backed|aligned|allied|affiliated|led|based))(?![\w-])`

/** The people a figure counts. */
const PEOPLE_NOUN = String.raw`(?:soldiers?|troops?|service\s*members?|servicem[ae]n|servicewom[ae]n|personnel|people|persons?|individuals|civilians?|fighters?|militants?|militiamen|gunmen|members?|contractors?|americans|iraqis|syrians|kurds|guards?|officers?|sailors?|airm[ae]n|marines?|commanders?|leaders?|advisers?|advisors?|others|staff(?:ers)?|workers?|employees?|children|women|men|man|woman|operatives?|recruits?|commandos?|police(?:m[ae]n)?|trainees?|cadets?|pilots?|partners|reservists?|guardsm[ae]n|engineers?|medics?)(?![\w-])`

/**
 * "… of the U.S.-backed Syrian Democratic Forces", "… at Tower 22", "… from the commando units of the Syrian Democratic
 * Forces (SDF)": up to two short phrases after the people, and an acronym in brackets, up to the verb.
 */
/** A word of the tail, never a verb's auxiliary or a conjunction: "from Georgia were killed and 40 others" ends the tail at "were". */
const TAIL_WORD = String.raw`(?!(?:were|was|are|is|be|been|being|had|has|have|and|or|who|which|that)\b)[\w'’-]+(?:\.[\w'’-]+)*`
/**
 * Where the people are from or posted, after the noun: "from the 718th Engineer Company at Fort Moore", "stationed at the
 * base"; a place's state or country set off by commas before the verb ("at Fort Moore, Georgia, were killed").
 */
const PEOPLE_TAIL = String.raw`(?:\s+(?:(?:of|from|with|in|at)|(?:guarding|protecting|stationed|based|serving|posted|deployed)(?:\s+(?:at|in|on|near))?)\s+(?:the\s+)?${TAIL_WORD}(?:\s+${TAIL_WORD}){0,3}?){0,2}(?:(?<=\s(?:in|at|from)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}[\w'’.-]+),\s+${TAIL_WORD}(?:\s+${TAIL_WORD})?\.?,(?=\s+(?:were|was|had|have)\s))?(?:\s+\(\w{2,8}\))?`

/**
 * An aside between the people and the verb: "three soldiers, all reservists, were killed", "eight people, including three
 * children, were", "seven Americans — five service members and two contractors — were hurt" (between dashes, only a
 * breakdown of the count: not "houses about 350 U.S. soldiers — Army and Air Force personnel — killed three").
 */
const ASIDE = String.raw`(?:\s*,\s*(?:all|both|including|among\s+them|most|mostly|mainly|many|some|each|(?:all\s+)?(?:members?|part)\s+of)\b[^,;]{1,60},|\s*[—–]\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b[^—–.;]{1,60}?\s*[—–]|\s+-\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b[^-.;]{1,60}?\s+-)?`

/**
 * One counted group: "three U.S. soldiers", "more than 40 others", "34", "a contractor", "another"; "six of its fighters",
 * and as translations from Arabic write it, "three from the American military personnel".
 */
const GROUP = String.raw`(?:${COUNT}(?:\s+(?:of|from|among)\s+(?:its|their|the|our|his|her)(?=\s+(?:${MODIFIER}\s+){0,3}${PEOPLE_NOUN}))?(?:\s+${MODIFIER}){0,5}(?:\s+${PEOPLE_NOUN}${PEOPLE_TAIL})?|\b(?:a|an)(?:\s+${MODIFIER}){0,4}\s+${PEOPLE_NOUN}${PEOPLE_TAIL}|\banother(?:(?:\s+${MODIFIER}){0,4}\s+${PEOPLE_NOUN})?)`

/**
 * Groups counted together, added up: "two soldiers and a contractor". A later group needs its noun, so "three soldiers
 * and two were hurt" stays three. As a subject, a later plural group may come with no count of its own, counted in the
 * one before: "seven service members and civilians were injured" is seven.
 */
const groups = (subject: boolean): string =>
  String.raw`(?<list>${GROUP}(?:(?:\s*,\s*|\s*,?\s+and\s+)(?:(?:${COUNT}(?:\s+${MODIFIER}){0,5}|\b(?:a|an)(?:\s+${MODIFIER}){0,4})\s+${subject ? String.raw`|(?:${MODIFIER}\s+){0,3}(?=\w+s\b)` : ''})${PEOPLE_NOUN}${subject ? '' : String.raw`(?!\s+(?:were|was|have|has|had|are|is)\b)`})*)`
/** People a verb acts on ("killed three soldiers and a contractor"): a later group followed by "were" starts a clause of its own ("… and two civilians were hurt"). */
const GROUPS = groups(false)
/** People as the subject of "were wounded": the verb follows the whole list ("five soldiers and two contractors were wounded"). */
const SUBJECT_GROUPS = String.raw`\b(?=between\b|${NUMBER}|an?\b|another\b)(?<!\b(?:killed|killing|kills|wounded|wounding|injured|injuring|hurt|hurting)\s+(?:all\s+)?(?:the\s+)?)(?<!\bone\s+of\s+(?:the\s+)?)${groups(true)}`

/** Auxiliaries and hedges between the people and the verb: "were", "have been", "were reportedly", "a service member there suffered", "are now known to have been", "were moved to a separate location and (treated for)". */
const AUXILIARY = String.raw`(?:\s+(?:who|were|was|is|are|have|has|had|been|being|got|also|later|now|all|reportedly|reported|initially|confirmed|there|(?:known|believed|thought|said|understood|feared|estimated)\s+to\s+have|(?:moved|taken|evacuated|flown|transferred)(?:\s+[\w-]+){0,5}?\s+and))*`

/** How badly: "slightly wounded". "Fatally" and "mortally" are not here: those are deaths. */
const DEGREE = String.raw`(?:\s+(?:slightly|lightly|seriously|critically|badly|severely|gravely|moderately|mildly|superficially))?`

const INJURY_ADJECTIVE = String.raw`(?:minor|serious|light|slight|moderate|severe|critical|superficial|mild|non-life-threatening|life-threatening|non-serious|traumatic|brain|head|shrapnel|blast|burn|various|multiple)`
const INJURY_NOUN = String.raw`(?:injur(?:y|ies)|wounds?|concussions?|tbi|burns|trauma)`
/** "came away with minor injuries", "escaped with light wounds", "sustained minor injuries", "suffered what officials called minor injuries", "got minor injuries", "had minor injuries", "had reported injuries" (not "have reported", a running total), "were treated for traumatic brain injuries", "needed treatment for brain injury", "with brain injuries", "treated for smoke inhalation and possible brain injuries", "needing treatment for smoke inhalation". */
const INJURY_PHRASE = String.raw`(?:(?:(?:sustain|suffer|receiv|incurr)\w*|got|get|gets|(?<!\b(?:have|has)\s+)report(?:ed|ing)|had|have|has|(?:treated|hospitali[sz]ed|assessed|evaluated|screened|checked|examined)\s+for|(?:came|come|comes|walked|walk|walks|escaped|escape|escapes)\s+away\s+with|escaped\s+with|(?:need|requir|receiv|underw|sought|seek)\w*\s+(?:medical\s+)?(?:treatment|care)\s+for|diagnosed\s+with|evacuated\s+with|with)(?:\s+what\s+(?:[\w.'’-]+\s+){1,3}?(?:called|call|calls|described\s+as|termed))?\s+(?:an?\s+)?(?:(?:possible|suspected|potential)\s+)?(?:${INJURY_ADJECTIVE}\s+){0,3}${INJURY_NOUN}|(?:(?:treated|hospitali[sz]ed)\s+for|(?:need|requir|receiv|underw|sought|seek)\w*\s+(?:medical\s+)?(?:treatment|care)\s+for)\s+smoke\s+inhalation)`

/** The figure a count was revised to, later in its clause: "… at 25 before raising it to 34", "… and later revised the figure to 40". */
const REVISED = String.raw`[^.;]{0,80}?\b(?:rais\w*|revis\w*|increas\w*|updat\w*|bump\w*|push\w*|lift\w*)\s+(?:it|them|that|the\s+(?:figure|number|count|tally|toll|total))\s+(?:up\s+)?to\s+(?<list>${COUNT})`

/** "The number had risen to", "the death toll rose to", "has risen past 40", "it had raised that figure to": a bare number or toll revised upward. */
export const NUMBER_ROSE_TO = String.raw`(?:\b(?:the|that|this)\s+(?:(?:death|casualty|injury|injured|wounded)\s+)?(?:figure|number|count|tally|toll|total)\s+(?:had\s+|has\s+|have\s+)?(?:risen|rose|rises|climbed|climbs|increased|grown|grew|jumped|gone\s+up|went\s+up|(?:was|were|had\s+been|has\s+been)\s+(?:later\s+|since\s+|then\s+|soon\s+)?(?:raised|revised(?:\s+upward)?|increased))\s+(?:to|past|above|beyond)\b|\b(?:raised|revised|increased|lifted|upped)\s+(?:that|this|its|their)\s+(?:(?:death|casualty|injury|injured|wounded)\s+)?(?:figure|number|count|tally|toll)\s+(?:up\s+|upward\s+)?to\b)`

/** "The number had risen to at least 34": the figure a bare "the number" or "the toll" rose to (never a count of attacks). */
const RISEN_TO = String.raw`${NUMBER_ROSE_TO}\s+(?<list>${COUNT})(?!\s+(?:attacks?|strikes?|times|incidents?|drones?|rockets?|missiles?)\b)`

/** A bare "the figure had risen to more than 40", with no word in the sentence for what it counts. */
// `RISEN_TO`, not before a count of things or people a word or two on ("to 40 more drones", "to 40 troops"); the words for
// attacks and harm are `COUNTS_WHAT`'s, anywhere in the sentence.
const BARE_RISEN_TO = new RegExp(
  String.raw`${RISEN_TO}(?!\s+(?:[\w-]+\s+){0,2}?(?:times|drones?|rockets?|missiles?|people|troops|soldiers|personnel|service\s*members)\b)`,
  'i',
)
/** Words for what a figure counts: the dead, the wounded, attacks. */
const COUNTS_WHAT = /\b(?:kill\w*|dead|deaths?|died|fatal\w*|wound\w*|injur\w*|hurt|casualt\w*|attacks?|strikes?|incidents?)\b/i

/**
 * "Singh said the figure had risen to more than 40": the figure a sentence raises without saying what it counts (the
 * figure told before it, which the caller knows); `null` when the sentence says what it counts, or raises none.
 */
export function bareRevisedFigure(sentence: string): Count | null {
  const m = BARE_RISEN_TO.exec(sentence)
  if (m === null || COUNTS_WHAT.test(sentence)) return null
  return parseCount(m.groups?.list ?? '')
}

/** A figure phrase: the words that say what happened to the people counted. */
export interface FigureRule {
  kind: CasualtyKind
  /** Has a `list` group holding the counted people. Reads the sentence in lower case (`lowerAscii`). */
  pattern: RegExp
  /** Words every match of `pattern` holds, found far faster: a sentence without them is not searched. */
  gate?: RegExp
}

const rule = (kind: CasualtyKind, source: string): FigureRule => ({ kind, pattern: lowerCasePattern(source) })

/**
 * A rule whose pattern is `head` then `ending`, gated on `ending` alone. Every match holds a match of `ending` in the
 * same sentence, so the gate never drops a match; a pattern that starts at every number ("three soldiers … were killed")
 * then runs only on sentences with its verb.
 */
const ruleEndingIn = (kind: CasualtyKind, head: string, ending: string): FigureRule => ({
  ...rule(kind, head + ending),
  gate: new RegExp(lowerCasePattern(ending).source),
})

/** "one of three Georgia soldiers killed": the count the one belongs to, people noun and tail, then `harm`. */
const oneOf = (kind: CasualtyKind, harm: string): FigureRule =>
  rule(kind, String.raw`\bone\s+of\s+(?:the\s+)?(?<list>${COUNT})\s+(?:[\w.'’-]+\s+){0,3}?${PEOPLE_NOUN}${PEOPLE_TAIL}\s+${harm}\b`)

/** The figure phrases, each a small pattern. Their order does not matter: every match is a mention. */
export const figureRules: FigureRule[] = [
  // "killed three U.S. soldiers", "killing all five", "the deaths of two contractors", "the martyrdom of six of our
  // fighters"; not the count of a headline's tally with no commas, "three troops killed 25 injured".
  rule(
    'killed',
    String.raw`\b(?:killed|killing|kills|claimed\s+the\s+lives\s+of|took\s+the\s+lives\s+of|deaths?\s+of|killing\s+of|martyrdom\s+of)\s+(?:all\s+)?(?:the\s+)?${GROUPS}(?!\s+(?:injured|wounded|hurt)\b)`,
  ),
  // "three U.S. service members were killed", "six dead", "four were mortally wounded", "three deaths"
  ruleEndingIn(
    'killed',
    String.raw`${SUBJECT_GROUPS}${ASIDE}${AUXILIARY}\s+`,
    String.raw`(?:killed|dead|died|deaths|fatalities|slain|perished|martyred|lost\s+their\s+lives|(?:fatally|mortally)\s+(?:wounded|injured|shot))\b`,
  ),
  // "was one of three Georgia soldiers killed", "one of the 34 service members injured": the whole count the one belongs to.
  oneOf('killed', String.raw`(?:(?:who\s+(?:were|was)\s+)?(?:killed|slain)|who\s+died)`),
  oneOf('injured', String.raw`(?:who\s+(?:were|was)\s+)?(?:wounded|injured|hurt)`),
  // "the death toll climbed to five", "the number of U.S. troops killed rose to three"
  rule(
    'killed',
    String.raw`\b(?:death\s+toll|number\s+of\s+(?:[\w.'’-]+\s+){0,3}?(?:dead|deaths|fatalities|killed))(?:\s+[\w.'’-]+){0,14}?\s+(?:to|at|reached|hit)\s+(?<list>${COUNT})`,
  ),
  // "put the number of dead at two before raising it to three": the revised figure, read like the first.
  rule('killed', String.raw`\b(?:death\s+toll|number\s+of\s+(?:[\w.'’-]+\s+){0,3}?(?:dead|deaths|fatalities|killed))\b${REVISED}`),
  // "wounded at least 34", "injuring eight U.S. personnel", "minor injuries to eight coalition troops"
  rule(
    'injured',
    String.raw`\b(?:wounded|wounding|wounds|injured|injuring|injures|hurt|hurting|(?:${INJURY_ADJECTIVE}\s+){0,3}(?:injuries|wounds)\s+to)\s+(?:all\s+)?(?:the\s+)?${GROUPS}`,
  ),
  // "the Pentagon reports eight injuries", "caused three minor injuries": injuries counted as a noun.
  ruleEndingIn('injured', String.raw`(?<list>${COUNT})\s+(?:${INJURY_ADJECTIVE}\s+){0,2}`, String.raw`(?:injuries|injured)\b(?!\s+(?:were|was|are|is)\b)`),
  // "20 of the injured were at the al-Tanf garrison": the share of a wider toll that one base took, where the
  // sentence puts it. Not "two of the wounded were flown to Germany" or "were in serious condition", a part of the toll.
  rule('injured', String.raw`(?<list>${COUNT})\s+of\s+(?:the|those)\s+(?:injured|wounded|injuries)\s+(?:were|was|came|occurred|happened)\s+at\b`),
  // "Twenty of them were hurt at Al Tanf garrison": the same share, of those the sentence before counted.
  rule('injured', String.raw`(?<list>${COUNT})\s+of\s+(?:them|those|these)\s+(?:were|was)\s+(?:hurt|injured|wounded)\s+at\b`),
  // "more than 40 others were injured", "20 personnel sustained minor injuries", "12 wounded"
  ruleEndingIn('injured', String.raw`${SUBJECT_GROUPS}${ASIDE}${AUXILIARY}`, String.raw`(?:${DEGREE}\s+(?:wounded|injured|hurt|harmed)|\s+${INJURY_PHRASE})\b`),
  // "officials first say five Americans are hurt, then put the figure at seven": the later figure for the same harm.
  rule(
    'injured',
    String.raw`\b(?:wounded|injured|hurt)\b[^.;]{0,60}?\b(?:then|later|before|and\s+later)\s+(?:put|set|raised|revised|updated|gave|raising|revising|putting)\s+(?:it|the\s+(?:figure|number|count|tally|toll|total))\s+(?:up\s+)?(?:at|to|as)\s+(?<list>${COUNT})`,
  ),
  rule(
    'killed',
    String.raw`\b(?:killed|dead|died)\b[^.;]{0,60}?\b(?:then|later|before|and\s+later)\s+(?:put|set|raised|revised|updated|gave|raising|revising|putting)\s+(?:it|the\s+(?:figure|number|count|tally|toll|total))\s+(?:up\s+)?(?:at|to|as)\s+(?<list>${COUNT})`,
  ),
  // "officials first said 25 troops had been wounded; by Sunday evening Central Command had raised the number to at least
  // 34": the figure a speaker raised the bare number of the hurt to, in the same sentence.
  rule(
    'injured',
    String.raw`\b(?:wounded|injured|hurt)\b[^.]{0,100}?\b(?:had\s+|has\s+|later\s+)?(?:raised|revised|updated|increased)\s+(?:the|that|its)\s+(?:figure|number|count)\s+(?:up\s+)?to\s+(?<list>${COUNT})(?!\s+(?:[\w.-]+\s+){0,3}?(?:killed|dead|deaths|fighters|militants|militiam[ae]n|attacks?|strikes?)\b)`,
  ),
  // "put the number of wounded at 25 on Sunday morning before raising it to 34 later in the day"
  rule('injured', String.raw`\b(?:number\s+of\s+(?:[\w.'’-]+\s+){0,3}?(?:wounded|injured|injuries|hurt)|(?:injury|wounded|injured)\s+toll)\b${REVISED}`),
  // "the number had risen to at least 34, as more troops were evaluated for brain injuries": a bare "the number" that
  // has risen, with the harm it counts named in its sentence, after it or before it.
  rule('injured', String.raw`${RISEN_TO}(?=[^.;]*?\b(?:injur|wound|hurt))`),
  rule('injured', String.raw`\b(?:injur\w*|wounded|hurt)\b[^.;]{0,80}?${RISEN_TO}`),
  // "the injured figure was later raised to more than 40": the harm named in the figure's own noun.
  rule('injured', String.raw`(?=\b(?:the|that|this)\s+(?:injured|wounded|injury)\s)${RISEN_TO}`),
  // "Central Command first reported 25 injured on Sunday, then at least 34": the later figure, its verb left out.
  rule(
    'injured',
    String.raw`\b(?:injured|wounded|hurt)\b[^.;,]{0,40},\s*(?:and\s+)?(?:then|later)\s+(?<list>${COUNT})(?=\s*(?:[.;]|$|,\s+(?:and|before|by)\b))`,
  ),
  rule('killed', String.raw`${RISEN_TO}(?=[^.;]*?\b(?:killed|dead|deaths|died))`),
  // "put the wounded at 18", "puts the number of injured at 40", "put the dead at three and the wounded at 34"
  rule('injured', String.raw`\b(?:put|puts|putting|placed|places)\s+the\s+(?:number\s+of\s+)?(?:wounded|injured)\s+at\s+(?<list>${COUNT})`),
  rule(
    'injured',
    String.raw`\b(?:put|puts|putting|placed|places)\s+the\s+(?:number\s+of\s+)?(?:dead|killed|deaths)\s+at\s+${COUNT},?\s+and\s+(?:the|those)\s+(?:number\s+of\s+)?(?:wounded|injured|hurt)\s+at\s+(?<list>${COUNT})`,
  ),
  rule('killed', String.raw`\b(?:put|puts|putting|placed|places)\s+the\s+(?:number\s+of\s+)?(?:dead|killed|deaths)\s+at\s+(?<list>${COUNT})`),
  // "put the wounded at 34 and the dead at three": the dead, told second.
  rule(
    'killed',
    String.raw`\b(?:put|puts|putting|placed|places)\s+the\s+(?:number\s+of\s+)?(?:wounded|injured)\s+at\s+${COUNT},?\s+and\s+(?:the|those)\s+(?:number\s+of\s+)?(?:dead|killed)\s+at\s+(?<list>${COUNT})`,
  ),
  // "the number of wounded rose to 47", "brought the number of injured in the attack to more than 40", "has risen past 40"
  rule(
    'injured',
    String.raw`\b(?:number\s+of\s+(?:[\w.'’-]+\s+){0,3}?(?:wounded|injured|injuries|hurt)|(?:injury|wounded|injured)\s+toll)(?:\s+[\w.'’-]+){0,14}?\s+(?:to|at|reached|hit|past|above|beyond|passed|topped|exceeded)\s+(?<list>${COUNT})`,
  ), // A tracker's shorthand: "0 KIA / 0 WIA", "3 KIA, 40+ WIA" (killed in action, wounded in action).
  rule('killed', String.raw`\b(?<list>\d{1,4})\+?\s*kia\b`),
  rule('injured', String.raw`\b(?<list>\d{1,4})\+?\s*wia\b`),
]

// ---------------------------------------------------------------------------
// Saying there were none

/** Who "no" may count in "no U.S. personnel were hurt", "nobody inside the base was hurt", "the embassy said no one inside was hurt" (a bare "inside" or "there" only after a base named in the sentence,
 * and not after a house, car or village: "a rocket hit a house; no one inside was hurt" says nothing of the base), "no one of the personnel was injured"; civilians and other bystanders are left out, their safety says nothing of the base. */
/** "no U.S. personnel", "no American troops": people of the base's side, counted as none. */
const NO_PEOPLE = String.raw`no(?:\s+(?:u\.s\.|us|american|coalition|friendly|military|allied|or|and))*\s+(?:personnel|troops?|soldiers?|service\s*members?|servicem[ae]n|americans?|forces|staff|contractors?|sailors?|airm[ae]n|marines?)`
const NONE_SUBJECT = String.raw`(?:(?:no\s*-?\s*one|nobody)(?:(?<=\b(?:base|compound|embassy|garrison|outpost|facility|complex|airbase|airfield)\b[^.]{0,120})(?<!\b(?:house|houses|home|homes|car|cars|vehicle|village|checkpoint|restaurant|shop|farm|truck|bus|mosque|school|market)\b[^.]{0,80})\s+(?:inside|there)(?=\s+(?:was|were|had|has)\b)|\s+(?:inside|at|on|in|of|among)\s+(?:the\s+)?(?:(?:u\.s\.|us|american|coalition)\s+)?(?:base|garrison|site|compound|facility|outpost|personnel|troops|soldiers|forces|staff))?|not\s+(?:one|a\s+single)(?:\s+${MODIFIER}){0,3}(?:\s+${PEOPLE_NOUN})?|none(?:\s+of\s+(?:the|them|our|their)(?:\s+[\w.,'’-]+){0,6}?)?|${NO_PEOPLE})`
const HARM_VERB = String.raw`(?:killed|died|dead|hurt|injured|wounded|harmed)`
const HARMING = String.raw`(?:killing|hurting|injuring|wounding|harming)`

/** Statements of no harm with a subject or object: "no one was hurt", "none of the soldiers were injured", "without injuring anyone", "no loss of life". */
const noneRules: RegExp[] = [
  new RegExp(
    String.raw`\b${NONE_SUBJECT}(?:\s+(?:was|were|is|are|has|have|had|been|got|reportedly|immediately|reported|now|(?:known|believed|thought|said|understood|feared|estimated)\s+to\s+have))*\s+(?<verbs>${HARM_VERB}(?:\s+(?:or|and)\s+${HARM_VERB})?)\b(?!\s+(?:have|has|had|were|was|are|is)\b)`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:without|did\s+not|didn't|not)\s+(?<verbs>${HARMING}|hitting|kill|hurt|injure|wound|harm)\s+(?:anyone|anybody|any\s+(?:u\.s\.\s+)?(?:personnel|troops|soldiers|one))\b`,
    'gi',
  ),
  // "injured no one", "a failed rocket attack that injured no US personnel"
  new RegExp(String.raw`\b(?<verbs>${HARMING}|killed|hurt|injured|wounded|harmed)\s+(?:no\s*-?\s*one|nobody|${NO_PEOPLE})\b`, 'gi'),
  new RegExp(String.raw`\b(?:no|without(?:\s+any)?)\s+(?<verbs>loss\s+of\s+(?:life|lives))\b`, 'gi'),
  // "shot down before it could do any harm", "the rockets caused no harm": harm done, a noun, to no one (not "meant no
  // harm to the people of Kurdistan", "no harm to civilians").
  new RegExp(
    String.raw`\b(?:(?:caus(?:ed|ing)|d(?:id|oing)|inflict(?:ed|ing))\s+no|without\s+(?:causing|doing|inflicting)(?:\s+any)?|before\s+(?:it|they)\s+(?:could|can)\s+(?:do|cause|inflict)\s+any)\s+(?<verbs>harm)\b(?!\s+to\s+(?!(?:the\s+)?(?:u\.?s\.?|american|coalition|troops|personnel|soldiers|forces|base|anyone)\b))`,
    'gi',
  ),
  // "causing no damage to the facility and no harm to anyone inside it"
  new RegExp(
    String.raw`\bno\s+(?<verbs>harm)\s+to\s+(?:anyone|anybody|(?:the\s+)?(?:(?:u\.s\.|us|american|coalition)\s+)?(?:troops|personnel|soldiers|forces|service\s*members))\b`,
    'gi',
  ),
  // "neither attack hurt anyone", "none of the strikes injured anybody"
  new RegExp(
    String.raw`\b(?:neither|none\s+of\s+(?:the|them|these|those))(?:\s+[\w-]+){0,3}?\s+(?<verbs>killed|hurt|injured|wounded|harmed)\s+(?:anyone|anybody)\b`,
    'gi',
  ),
]

/** Statements of no harm as a noun phrase, "caused no casualties", "without causing damage or casualties" (or, in translated copy, "without to cause any casualties"): where each is read from. */
const NONE_HEAD =
  /\b(?:no|zero|without(?:\s+(?:causing|inflicting|making|resulting\s+in|to\s+cause))?|(?:did\s+not|didn't|does\s+not|not|failed\s+to)\s+(?:cause|inflict|result\s+in|lead\s+to|make|leave)(?:\s+any)?|before\s+(?:it\s+|they\s+)?(?:(?:could|can)\s+(?:do|cause|inflict)|caus(?:ed|ing)|inflict(?:ed|ing))\s+any|(?:none|neither)(?:\s+of\s+(?:the|them|these|those))?(?:\s+[\w-]+){0,3}?\s+(?:caused|causing|inflicted|inflicting|resulted\s+in|resulting\s+in|led\s+to|reported)|neither\s+(?:[\w.-]+\s+){1,3}nor\s+(?:[\w.-]+\s+){1,3}?(?:reported|gave|mentioned)|(?:caus(?:ed|ing)|inflict(?:ed|ing)|result(?:ed|ing)\s+in|left)\s+neither)\s+/gi

/** What each word names among harms: "casualties" covers both figures, "injuries" the injured, "deaths" the killed. */
const HARM_WORDS: Record<string, CasualtyKind[]> = {
  casualties: ['killed', 'injured'],
  casualty: ['killed', 'injured'],
  // "without resulting in any causalities": a misspelling common in regional outlets' English copy.
  causalities: ['killed', 'injured'],
  // "without making victims", "no victims": translated agency copy.
  victims: ['killed', 'injured'],
  injuries: ['injured'],
  injury: ['injured'],
  injured: ['injured'],
  wounded: ['injured'],
  wounds: ['injured'],
  deaths: ['killed'],
  death: ['killed'],
  fatalities: ['killed'],
  dead: ['killed'],
  killed: ['killed'],
}
/** Words that let the phrase go on: "no U.S. casualties", "no reports of casualties", "damage or casualties". */
const HARM_PHRASE_WORDS = new Set([
  ',',
  'or',
  'and',
  'nor',
  'any',
  'a',
  'single',
  'u.s.',
  'us',
  'american',
  'coalition',
  'friendly',
  'military',
  'immediate',
  'reported',
  'known',
  'reports',
  'report',
  'of',
  'material',
  'human',
  'structural',
  'physical',
])
/** Words that make "losses" things, not people: "material losses". */
const MATERIAL = new Set(['material', 'financial', 'economic', 'property'])
/** Harms that are not casualties; a limit before one was its own: "without causing significant damage or casualties" is none. */
const OTHER_HARMS = new Set(['damage', 'damages', 'destruction', 'losses'])
/** Words that make the next harm not "none": "no serious injuries", "no civilian casualties", "no further injuries". */
const HARM_LIMITS = new Set([
  'serious',
  'major',
  'significant',
  'severe',
  'life-threatening',
  'critical',
  'grave',
  'civilian',
  'further',
  'additional',
  'other',
  'new',
  'more',
])

function* readNoneHeads(sentence: string): Generator<CasualtyMention> {
  for (const head of allMatches(NONE_HEAD, sentence)) {
    const from = (head.index ?? 0) + head[0].length
    const kinds = new Set<CasualtyKind>()
    let limited = false
    let end = from
    let previous = ''
    let human = false
    for (const word of sentence.slice(from, from + 90).matchAll(/[\w.'’-]+|,/g)) {
      const w = word[0].toLowerCase().replace(/(?<!\.\w)\.$/, '')
      // "without causing any losses", "no human losses" are no casualties; "material losses" are damage, but "human or
      // material losses" are both.
      human ||= w === 'human'
      const harms = w === 'losses' && (!MATERIAL.has(previous) || human) ? HARM_WORDS.casualties : HARM_WORDS[w]
      previous = w
      if (harms) {
        if (!limited) harms.forEach((k) => kinds.add(k))
        limited = false
        end = from + (word.index ?? 0) + w.length
      } else if (HARM_LIMITS.has(w)) limited = true
      else if (OTHER_HARMS.has(w)) limited = false
      else if (!HARM_PHRASE_WORDS.has(w)) break
    }
    const start = head.index ?? 0
    for (const kind of kinds) yield { kind, count: { min: 0, max: 0 }, text: sentence.slice(start, end), start, end, setAside: null }
  }
}

function* readNoneStatements(sentence: string): Generator<CasualtyMention> {
  for (const pattern of noneRules) {
    for (const m of allMatches(pattern, sentence)) {
      const verbs = m.groups?.verbs?.toLowerCase() ?? ''
      const kinds: CasualtyKind[] = []
      if (/kill|died|dead|loss/.test(verbs)) kinds.push('killed')
      // "without hitting anyone": nobody was hurt.
      if (/hurt|injur|wound|harm|hitting/.test(verbs)) kinds.push('injured')
      const start = m.index ?? 0
      for (const kind of kinds) yield { kind, count: { min: 0, max: 0 }, text: m[0], start, end: start + m[0].length, setAside: null }
    }
  }
}

// ---------------------------------------------------------------------------
// Figures for another event

export interface SetAsideCue {
  reason: SetAsideReason
  pattern: RegExp
  /** How far the cue reaches in its own clause: `clause`, all of it; `after`, the words after it; `own`, only the figure it follows. */
  reach: 'clause' | 'after' | 'own'
  /**
   * Whether it also reaches the clauses after it, up to one that brings its own time (", when a drone killed three"):
   * `fronted` when the cue opens its clause ("In January 2020, … and no one died"), `always`, or `never`.
   */
  carries: 'fronted' | 'always' | 'never'
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?`
const cue = (reason: SetAsideReason, reach: SetAsideCue['reach'], carries: SetAsideCue['carries'], source: string): SetAsideCue => ({
  reason,
  reach,
  carries,
  pattern: new RegExp(source, 'i'),
})

/** A country or force other than the United States: "Iraqi", "Jordanian", "Royal", "coalition", "partner". */
const OTHER_FORCES =
  /\b(?:Iraqi|Iraq's|Syrian|Jordanian|Jordan's|Kurdish|Kurdistan|Peshmerga|SDF|Turkish|British|U\.K\.|French|Italian|German|Spanish|Australian|Canadian|Danish|Dutch|Norwegian|Polish|Royal|coalition|partner|allied|local|Israeli|Iranian)\b/i
/** Cues that a figure belongs to another event; the first that reaches a figure names the reason. */
export const setAsideCues: SetAsideCue[] = [
  // "the 2020 strike", "in January 2020", "years ago": a year without a day is not the day of the attack reported.
  // "On 28 January 2024" has its day.
  cue(
    'history',
    'clause',
    'fronted',
    String.raw`\b(?:(?:in|of|the|since|by|during|until|early|late|mid-?|spring|summer|autumn|fall|winter|(?<!\b\d{1,2}(?:st|nd|rd|th)?\s+)${MONTH})\s+(?:19|20)\d\d\b|years?\s+ago\b|anniversary\b)`,
  ),
  // "a total of", "by the Pentagon's tally", "150 attacks", "between mid-October and the eve of Saturday's attack" (two
  // bounds of a span, not "between March 3 and dawn"): a running total, whatever comes after it in the sentence.
  cue(
    'tally',
    'clause',
    'always',
    String.raw`\b(?:a\s+total\s+of|in\s+total|tally|cumulative|(?:(?:more\s+than|over|at\s+least|some|about|nearly|around)\s+)?\d{2,}[\d,]*\s+(?:separate\s+)?(?:attacks|strikes|incidents|times)|between\s+(?:(?:mid|early|late)-?\s*)?(?:${MONTH}|\d{1,2}\s+${MONTH}|the\s+(?:start|beginning))\b[^.;]{0,40}?\band\s+(?:(?:mid|early|late)-?\s*)?(?:${MONTH}|\d{1,2}\s+${MONTH}|the\s+(?:eve|end|start)\b))`,
  ),
  // "About 70 U.S. personnel had been wounded before Sunday", "were wounded up until January 28": a count of the attacks
  // before the day told, not of its attack ("before the Tower 22 attack" is the cue below).
  cue(
    'tally',
    'clause',
    'never',
    String.raw`\b(?:had\s+(?:already\s+)?been|were)\s+(?:wounded|injured|hurt|killed)\s+(?:(?:in|by)\s+(?:earlier|previous|other)\s+attacks\s+)?(?:before|until|up\s+until|up\s+to|prior\s+to)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|${MONTH})`,
  ),
  // "since Oct. 17", "over the past weeks": a span, not a day; it reaches on only when it opens its clause. Not "in the
  // deadliest attack on a base in Syria since October": the attack told, compared with those before it.
  cue(
    'tally',
    'clause',
    'fronted',
    String.raw`\b(?:since(?<!\b(?:deadliest|worst|most\s+serious|heaviest|largest|biggest|bloodiest)\s+(?:[\w-]+\s+)?(?:attack|strike|assault|barrage|incident)\b[^,;]{0,80}since)\s+(?:(?:mid|early|late)-?\s*)?(?:${MONTH}|\d{1,2}\s+${MONTH}|the\s+(?:start|beginning|outbreak|war|campaign)|the\s+attacks\s+began)|in\s+all|altogether|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months))`,
  ),
  // "which came hours after U.S. strikes killed 40": an event just before, told as the time of this one. "Shortly after
  // noon" is a time of day.
  cue(
    'history',
    'after',
    'never',
    String.raw`\b(?:came\s+(?:\w+\s+)?after|(?:hours|days|weeks|a\s+day|a\s+week|minutes|shortly|soon|just)\s+(?:after|before))\b(?!\s+(?:noon|midday|midnight|dawn|daybreak|sunrise|sunset|dusk|nightfall|\d))`,
  ),
  // "the first attack since three U.S. soldiers were killed at Tower 22", "since a drone killed three soldiers in Jordan
  // last month": the event before, told as the time since which.
  cue(
    'history',
    'after',
    'never',
    String.raw`(?<!\b(?:have|has|had|ever|long|not)\s+)\bsince\s+(?:$|(?:a|an|the)\s|[\w-]+\s+(?:U\.S\.|US|American|drones?|rockets?|missiles?)(?!\w))`,
  ),
  // "until Sunday, none had killed an American service member", "no attack has ever wounded U.S. troops there": the
  // figure right after is what the attacks before had not done, not a figure of this one (not "No attack had killed U.S.
  // troops until a drone hit Tower 22 and killed three", whose "killed three" comes later in the clause).
  cue(
    'history',
    'after',
    'never',
    String.raw`\b(?:none(?:\s+of\s+(?:the|these|those|them)(?:\s+[\w-]+){0,4}?)?|no\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|drones?|rockets?|missiles?))\s+(?:had|has|have)\s+(?:(?:ever|yet|previously|before|so\s+far)\s+)?(?:(?:killed|wounded|injured|hurt)\s+or\s+(?:even\s+)?(?:seriously\s+|badly\s+)?)?$`,
  ),
  // "About 62 personnel had been injured before Monday's attack": the toll of the attacks before it.
  // "Before Sunday's attack, about 70 U.S. troops had been injured": likewise, fronted. Not "before the strike killed three
  // soldiers": the figure after the words is the attack's own; nor "Three nights before the Tower 22 strike, … no
  // casualties": a time counted from it, which dates the attack told; nor "before the attack ended", inside it.
  cue(
    'history',
    'own',
    'fronted',
    String.raw`(?<!\b(?:nights?|days?|hours?|weeks?|minutes?|months?)\s+)\bbefore\s+(?:the|this|that|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|(?:last|this)\s+\w+['’]s)\s+(?:[\w.-]+\s+){0,3}?(?:attacks?|strikes?|assault|incident|barrage)\b(?!\s+(?:ended|stopped|finished|was\s+over)\b)`,
  ),
  // "in response to the attack that killed three": the event a strike answered.
  cue('retaliation', 'after', 'never', String.raw`\b(?:in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)|to\s+avenge|retaliat\w*\s+for)\b`),
  // "An Israeli strike there earlier on Saturday killed five members of the Guards, hours before the missile attack on
  // al-Asad": the dead of another state's strike, told in the same clause before the figure.
  cue(
    'other-cause',
    'after',
    'never',
    String.raw`\b(?:Israeli|Jordanian|Turkish|Russian)\s+(?:drone\s+|air\s*)?(?:strikes?|airstrikes?|raids?|shelling|bombing)\b`,
  ),
  // "Jordanian officials said none of their own troops were hurt": the toll of the speaker's own forces, not the base's.
  cue(
    'other-cause',
    'clause',
    'never',
    String.raw`${OTHER_FORCES.source}[^.;]{0,80}?\b(?:their|its)\s+own\s+(?:[\w-]+\s+)?(?:troops|forces|soldiers|personnel|service ?members|men|staff|guards|army)\b`,
  ),
  // "died of a cardiac episode while sheltering": a death the attack did not cause.
  cue(
    'other-cause',
    'own',
    'never',
    String.raw`\b(?:cardiac|heart\s+attack|natural\s+causes|medical\s+(?:emergency|episode|condition|event)|illness|non-?combat|non-?hostile|accident(?:al|ally)?|(?:vehicle|helicopter|aircraft|car|road|traffic|training)\s+(?:crash|rollover|collision)|rollover|false\s+alarm|while\s+sheltering|unrelated)\b`,
  ),
]

/** Clause breaks: commas and colons (not in "1,200" or "4:15"), semicolons, dashes, brackets. */
const CLAUSE_BREAK = /[,:](?!\d)|[;()—–]|\s-\s/g
/** A clause that brings its own time, which an earlier "Since Oct. 17," does not reach: ", when a drone killed three". */
const OWN_TIME = /^\s*(?:when|where|which|who|after|before|while|until|as)\b/i
/** At most three words before a cue that opens its clause: "Back in January 2020", "By the Pentagon's tally". */
const FRONTED = /^\s*(?:\S+\s+){0,3}$/

interface Clause {
  start: number
  end: number
}

function clausesOf(sentence: string): Clause[] {
  const clauses: Clause[] = []
  let start = 0
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start, end: m.index ?? 0 })
    start = (m.index ?? 0) + m[0].length
  }
  clauses.push({ start, end: sentence.length })
  return clauses
}

/** Whether a cue in an earlier clause reaches a figure in clause `to`. */
function carriedTo(sentence: string, clauses: Clause[], to: number, c: SetAsideCue): boolean {
  if (c.carries === 'never') return false
  for (let k = to - 1; k >= 0; k--) {
    const clause = clauses[k]
    if (clause === undefined) break
    const text = sentence.slice(clause.start, clause.end)
    const at = c.pattern.exec(text)?.index
    if (at !== undefined && (c.carries === 'always' || FRONTED.test(text.slice(0, at)))) return true
    if (OWN_TIME.test(text)) break
  }
  return false
}

function setAsideReason(sentence: string, clauses: Clause[], mention: CasualtyMention, nextMention: number): SetAsideReason | null {
  const first = clauses.findIndex((c) => c.end >= mention.start)
  const last = clauses.findIndex((c) => c.end >= mention.end)
  const from = clauses[first]?.start ?? 0
  const to = clauses[last]?.end ?? sentence.length
  const ownTime = OWN_TIME.test(sentence.slice(from, to))
  for (const c of setAsideCues) {
    const own =
      c.reach === 'clause'
        ? sentence.slice(from, to)
        : c.reach === 'after'
          ? sentence.slice(from, mention.start)
          : sentence.slice(mention.start, Math.min(to, nextMention))
    if (c.pattern.test(own) || (!ownTime && carriedTo(sentence, clauses, first, c))) return c.reason
  }
  return null
}

// ---------------------------------------------------------------------------
// Reading a sentence

/** A service member named with rank: "Sgt. William Rivers", "Spc. Kennedy Sanders", "Staff Sgt. Ana Ruiz". */
const RANKED_NAME = String.raw`(?:(?:Staff|Master|First|1st|Sgt\.\s+1st|Lance|Petty|Chief|Senior|Command)\s+)?(?:Sgt|Spc|Pfc|Pvt|Cpl|Lt|Capt|Maj|Col|Sgt\.\s+Maj|Airman|Officer|Class|Seaman)\.?(?:\s+[A-Z][\w'’-]+){1,3}`
/** "killing Sgt. William Rivers, Spc. Kennedy Sanders and Spc. Breonna Moffett": the dead counted by name. */
const KILLED_BY_NAME = new RegExp(
  String.raw`\b(?:killed|killing|kills|[Tt]he\s+deaths\s+of)\s+(?<named>${RANKED_NAME}(?:,\s+${RANKED_NAME})*,?\s+and\s+${RANKED_NAME})`,
  'g',
)

/** A ranked name with the age after it, as obituaries and releases give it: "Spc. Breonna Moffett, 23". */
const RANKED_NAME_AGED = String.raw`${RANKED_NAME}(?:,\s+\d{1,3}(?=,))?`
/**
 * "Sgt. William Rivers, 46, Spc. Kennedy Sanders, 24, and Spc. Breonna Moffett, 23, all of the 718th, were killed": the
 * dead named before the verb. The first may be a surname named before, opening the sentence ("Rivers, Sgt. Kennedy
 * Sanders and Sgt. Breonna Moffett were killed"), not a word that opens a sentence so ("Meanwhile,", "Separately,").
 */
const NAMED_WERE_KILLED = new RegExp(
  String.raw`(?<named>(?:${RANKED_NAME_AGED}|^\s*(?!(?:Meanwhile|However|Separately|Today|Yesterday|Overnight|Earlier|Later|Still|Instead|Now|Then|Also|Again|Elsewhere|Nonetheless|Nevertheless|Finally|First|Second|Third|Indeed)\b)(?![A-Za-z]+ly\b)[A-Z][\w'’-]+(?=,))(?:,\s+${RANKED_NAME_AGED})*,?\s+and\s+${RANKED_NAME_AGED})${ASIDE}\s+(?:were|had been)\s+killed\b`,
  'g',
)
/** A number right after a name and a comma, and before another comma, is an age: "Spc. Breonna Moffett, 23, all of …". */
const IS_AN_AGE = (sentence: string, start: number, text: string): boolean =>
  /^\d{1,3}\s*,/.test(text) && /\b[A-Z][\w'’.-]+,\s*$/.test(sentence.slice(Math.max(0, start - 40), start))

/** "was killed with two other Georgia reservists", "was killed, along with two fellow soldiers": the one and the others. */
const KILLED_WITH_OTHERS = lowerCasePattern(
  String.raw`\b(?:was|had\s+been)\s+killed\s*,?\s+(?:along\s+|together\s+)?with\s+(?<list>${COUNT})\s+(?:other|fellow)\b`,
)

function* readFigures(sentence: string): Generator<CasualtyMention> {
  const lower = lowerAscii(sentence)
  for (const m of allMatches(KILLED_WITH_OTHERS, lower)) {
    const others = sumOfCounts(m.groups?.list ?? '')
    if (others === null) continue
    const start = m.index ?? 0
    const count = { min: others.min + 1, max: others.max + 1 }
    yield { kind: 'killed', count, text: sentence.slice(start, start + m[0].length), start, end: start + m[0].length, setAside: null }
  }
  for (const m of allMatches(KILLED_BY_NAME, sentence)) {
    const named = m.groups?.named ?? ''
    const n = named.split(/,\s+(?:and\s+)?|,?\s+and\s+/).length
    const start = m.index ?? 0
    yield { kind: 'killed', count: { min: n, max: n }, text: m[0], start, end: start + m[0].length, setAside: null }
  }
  for (const m of allMatches(NAMED_WERE_KILLED, sentence)) {
    const n = (m.groups?.named ?? '').replace(/,\s+\d{1,3}(?=,|$)/g, '').split(/,\s+(?:and\s+)?|,?\s+and\s+/).length
    const start = m.index ?? 0
    yield { kind: 'killed', count: { min: n, max: n }, text: m[0], start, end: start + m[0].length, setAside: null }
  }
  for (const { kind, pattern, gate } of figureRules) {
    if (gate !== undefined && !gate.test(lower)) continue
    for (const m of allMatches(pattern, lower)) {
      const start = m.index ?? 0
      if (IS_AN_AGE(sentence, start, m[0])) continue
      const count = sumOfCounts(m.groups?.list ?? '')
      if (count === null) continue
      // The words as the sentence writes them: the match is of the lower-cased copy.
      yield { kind, count, text: sentence.slice(start, start + m[0].length), start, end: start + m[0].length, setAside: null }
    }
  }
}

/** Where each counted group of a list starts. */
const GROUP_START = lowerCasePattern(String.raw`(?:^|\s*,\s*|\s*,?\s+and\s+)(?<count>${COUNT}|\b(?:a|an|another)\b)`)

/** People counted in general, as a total a breakdown may follow: "seven Americans", "nine U.S. personnel", "40 people" (in lower case, as `list` is). */
const GENERAL_PEOPLE = /\b(?:americans|people|persons|personnel|individuals|troops)\b/

/** Adds up "two soldiers and a contractor" (a figure pattern's `list`, in lower case); `null` when no part is a number. */
function sumOfCounts(list: string): Count | null {
  const counts: Count[] = []
  for (const m of allMatches(GROUP_START, list)) {
    const words = m.groups?.count ?? ''
    const count = /^(?:an?|another)$/i.test(words) ? { min: 1, max: 1 } : parseCount(words)
    if (count) counts.push(count)
  }
  const [first, ...rest] = counts
  if (first === undefined) return null
  const sum = (cs: Count[]): Count => cs.reduce((t, c) => ({ min: t.min + c.min, max: t.max + c.max }), { min: 0, max: 0 })
  // "seven Americans, five service members and two contractors": a total of people in general, then its parts, is the
  // total ("two Marines, a soldier and a sailor" adds up).
  const parts = sum(rest)
  if (rest.length >= 2 && parts.min === first.min && parts.max === first.max && GENERAL_PEOPLE.test(list.split(',')[0] ?? '')) return first
  return sum(counts)
}

/** A word every figure phrase and every "none" statement has; a sentence without one is not read further. */
export const HARM_WORD =
  /\b(?:loss\s+of\s+li|kill|dead|died|death|fatal|slain|perish|martyr|losses|lives|wound|injur|hurt|harm|casualt|causalit|victim|concussion|tbi|trauma|burns|hitting\s+any|(?<=\d\+?\s?)[kw]ia\b)/i

/** A figure not given: "no casualty figure", "no official death toll", "no word on casualties", "no details of injuries". */
const NO_FIGURE_GIVEN =
  /\bno\s+(?:(?:official|immediate|precise|exact|firm|overall|independent)\s+)?(?:(?:U\.S\.|US|American)\s+)?(?:casualty|death|injury|injured|wounded)(?:\s+(?:or|and)\s+(?:casualty|death|injury|damage))?\s+(?:figures?|counts?|tolls?|tall(?:y|ies)|numbers?|details|information|estimates?|breakdown)\b|\bno\s+(?:(?:official|immediate|precise|further)\s+)?(?:figures?|word|information|details|numbers?|estimates?)\s+(?:on|about|of|for|regarding)\s+(?:any\s+|possible\s+)?(?:casualties|injuries|deaths|the (?:wounded|dead|injured))\b/gi

/** Every casualty figure the sentence states, in order, each with its words, offsets and whether it is set aside as another event's. */
/** ", five service members and two contractors," right after a figure and before its verb: the figure's breakdown. */
const BREAKDOWN_ASIDE = new RegExp(
  String.raw`(?<=\b${NUMBER}\s+[\w-]+),\s+${NUMBER}\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:,\s+${NUMBER}\s+(?:[\w-]+\s+){0,2}?[\w-]+)*,?\s+and\s+${NUMBER}\s+(?:[\w-]+\s+){0,2}?[\w-]+,(?=\s+(?:were|was|had|have|are)\b)`,
  'gi',
)

export function findCasualtyMentions(quoted: string): CasualtyMention[] {
  if (!HARM_WORD.test(quoted)) return []
  // "seven SDF special forces "commandos" were killed", "20 troops received "minor injuries"": quotation marks inside a
  // phrase are read as spaces, same length, so offsets hold.
  // "no casualty figure has been given", "no word on casualties": a figure not given is no "none" (blanked, same length).
  // "Seven Americans, five service members and two contractors, were wounded": the breakdown between the figure and its
  // verb is read as spaces too, so the figure meets its verb.
  const sentence = quoted
    .replace(/["“”]/g, ' ')
    .replace(NO_FIGURE_GIVEN, (m) => ' '.repeat(m.length))
    .replace(BREAKDOWN_ASIDE, (m) => ' '.repeat(m.length))
  const found = [...readFigures(sentence), ...readNoneHeads(sentence), ...readNoneStatements(sentence)]
  // A phrase read by two rules, or inside a longer one of the same kind, is one mention.
  const mentions = found
    .filter(
      (m, i) => !found.some((o, j) => j !== i && o.kind === m.kind && o.start <= m.start && o.end >= m.end && (o.end - o.start > m.end - m.start || j < i)),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const clauses = clausesOf(sentence)
  return mentions.map((m, i) => {
    const nextMention = mentions.slice(i + 1).find((o) => o.start >= m.end)?.start ?? sentence.length
    return { ...m, setAside: setAsideReason(sentence, clauses, m, nextMention) }
  })
}

/**
 * The figure for one kind: the highest stated number, else "none" if the sentence says so, else `null`. In a sentence
 * that tells a first count and then a revised one ("It first reported five dead and about 20 wounded, then … put the
 * wounded at 18"), the last stated number, even if lower.
 */
function figureOf(mentions: CasualtyMention[], kind: CasualtyKind, revisedAt: number | null = null): Count | null {
  const ofKind = mentions.filter((m) => m.kind === kind)
  const given = ofKind.filter((m) => m.count.max > 0)
  // The figures given as the revision, where the first count was also of this kind: "the coalition now says three troops
  // were injured and two guards were wounded" weighs its two figures as any sentence would.
  const revision = revisedAt === null || !given.some((m) => m.start < revisedAt) ? [] : given.filter((m) => m.start >= revisedAt)
  // "… and then two more died": a figure added on, not a revision.
  const stated = revision.length > 0 && !revision.some((m) => /\bmore\b/i.test(m.text)) ? revision : given
  const pool = stated.length > 0 ? stated : ofKind
  return pool.reduce<Count | null>(
    (best, m) => (best === null || m.count.min > best.min || (m.count.min === best.min && m.count.max > best.max) ? m.count : best),
    null,
  )
}

/**
 * People hurt, with no number: "several American personnel were treated for minor injuries", "did hurt several
 * coalition personnel", "coalition troops suffered minor injuries", "The injuries were minor". Not "no troops suffered
 * injuries".
 */
const SOME_HURT =
  /\b(?:several|some|a number of|a few|a handful of|dozens of|scores of|multiple|(?<!\bhow\s)many)\s+(?:(?!(?:but|no|nobody|none|not|never|feared|fearing|worried|thought|believed|claimed)\b)[\w.'’-]+\s+){0,5}?(?:(?:were|was|had been|have been|are)\s+(?:(?!not\b|never\b)\w+\s+)?(?:hurt|injured|wounded|treated for)|(?:suffered|sustained|received)\s+(?:minor\s+|light\s+|non-life-threatening\s+)?injuries)\b|\b(?:did|had|has)\s+(?:in fact\s+)?(?:hurt|injure|wound)\s+(?:several|some|a number of|a few|multiple)\b|(?<!\bno\s+(?:[\w.-]+\s+){0,2})\b(?:troops|personnel|soldiers|service members|servicemembers|contractors)\s+(?:suffered|sustained)\s+(?:minor|light|non-life-threatening)\s+injuries\b|\bthe injuries were (?:minor|light|not life-threatening)\b/i

/** A partner force or a local guard, who may be called a militia: "Kurdish militia fighters", "a local Arab militia". */
const PARTNER_FORCE = String.raw`(?:Kurdish|Kurdish-led|SDF|partner|allied|Peshmerga|local|tribal|Arab)`
/** Members of an armed faction, not of a partner force: "one member of a pro-Iran faction" (not "members of the Kurdish-led militia"). */
export const MILITIA_MEMBERS = String.raw`\bmembers?\s+of\s+(?:a|an|the)\s+(?!(?:[\w-]+\s+){0,2}?${PARTNER_FORCE}\b)(?:[\w-]+\s+){0,2}?(?:faction|militia)\b`
/** The ones who fire: "five militants were killed", "the killing of a senior militia commander", "one member of a pro-Iran faction" by the strike that answered an attack is not the attack's toll. */
const ATTACKERS = new RegExp(
  String.raw`\b(?:militants?|militiam[ae]n|gunm[ae]n|attackers?|insurgents?|assailants?)\b|(?<!\b${PARTNER_FORCE}\s+)\b(?:militia|faction|PMF|Hashd)\s+(?:commanders?|leaders?|members?|fighters?)\b|${MILITIA_MEMBERS}`,
  'i',
)

/**
 * A first count, then a revised one, told by who counted: "first reported five dead …, then raised …", "initially said 25
 * were hurt, but later put the number at 34", "first said seven were hurt; the Pentagon now says five" (not "the first
 * drone killed three, then a second wounded two").
 */
const FIRST_THEN =
  /\b(?:first|initially|originally)\s+(?:reported|said|put|gave|counted|announced|estimated|listed|placed|told|gave)\b(?:[^.;]*?,?\s+(?:and\s+|but\s+)?(?<then>then|later|subsequently)\b|[^.;]*?[;,]\s+(?:but\s+)?(?:[\w.-]+\s+){0,3}?(?<now>now)\s+(?:says|puts|gives|counts|reports|lists)\b)/di

/**
 * Finds killed and injured figures in a sentence. With `attackersAside`, as for an attack on a base, the attackers'
 * own dead are not counted. "No one was hurt" is a zero for the figure it names, and for the
 * killed too when no death is stated (no one hurt means no one killed); a sentence
 * with no number ("dozens", "minor injuries") stays `null`. Figures of another event — an earlier year, a running
 * total, the attack a strike answered, a death from illness — are set aside.
 */
export function findCasualties(sentence: string, { attackersAside = false }: { attackersAside?: boolean } = {}): Casualties {
  const all = findCasualtyMentions(sentence)
  const mentions = all.filter((m) => m.setAside === null && !(attackersAside && ATTACKERS.test(m.text)))
  const aside = all.filter((m) => m.setAside !== null)
  // Where the revision starts: its "then" or "now".
  const turn = FIRST_THEN.exec(sentence)
  const revised = turn?.indices?.groups?.['then']?.[0] ?? turn?.indices?.groups?.['now']?.[0] ?? null
  const stated = figureOf(mentions, 'injured', revised)
  // "did hurt several personnel after all, correcting the first assessment that nobody had been injured": some were
  // hurt, and the sentence gives no number, so its "none" is not the figure.
  const someHurt = (stated === null || stated.max === 0) && HARM_WORD.test(sentence) ? SOME_HURT.exec(sentence) : null
  const injured = someHurt !== null ? null : stated
  // "No one was hurt", "there were no injuries": nobody was killed either, as every reader takes it.
  const killed = figureOf(mentions, 'killed', revised) ?? (injured !== null && injured.max === 0 ? { min: 0, max: 0 } : null)
  const americans =
    mentions.some((m) => m.count.max > 0 && (AMERICANS.test(m.text) || americansByName(sentence, m))) ||
    (someHurt !== null && areAmericans(someHurt[0])) ||
    (HARM_WORD.test(sentence) && americansHurtUncounted(sentence, aside))
  return { killed, injured, ...(someHurt !== null ? { hurtUncounted: true as const } : {}), ...(americans ? { americansHurt: true as const } : {}) }
}

/** The words that make people American: "U.S. soldiers", "US personnel", "American troops", "four Americans". */
const AMERICANS = /\b(?:U\.S\.|US|American|Americans)(?![\w.-])/
/**
 * Words only U.S. reporting uses of its own forces, unless another country is named with them: "three Army reservists",
 * "five service members", "two Airmen", "Guardsmen" (not "Iraqi service members", "Royal Marines", "coalition personnel").
 */
const AMERICANS_BY_NAME =
  /\b(?:service ?(?:members?|m[ae]n|wom[ae]n)|(?:Army|Navy|Air Force|Marine Corps) reservists?|(?:National Guard|Army Reserve|Air National Guard) (?:soldiers?|troops|personnel|members?|airm[ae]n)|Airm[ae]n|Guardsm[ae]n|Marines)\b/
/** Another country's forces named anywhere in the sentence: "which hosts Iraqi and U.S. forces", "Jordanian troops". */
const OTHER_FORCES_NAMED = new RegExp(
  String.raw`${OTHER_FORCES.source}\s+(?:(?:and|or)\s+(?:U\.S\.|US|American)\s+)?(?:[\w-]+\s+)?(?:forces|troops|soldiers|personnel|service ?members|army|guards?|fighters)\b`,
  'i',
)
const areAmericans = (text: string): boolean => AMERICANS.test(text) || (AMERICANS_BY_NAME.test(text) && !OTHER_FORCES.test(text))
/**
 * Americans named by their service in a figure, told as this attack's: not in a clause of another time ("where two Airmen
 * were hurt in January"), nor in a sentence that names another force ("a base which hosts Iraqi and U.S. forces").
 */
const americansByName = (sentence: string, m: CasualtyMention): boolean =>
  !AMERICANS.test(m.text) &&
  AMERICANS_BY_NAME.test(m.text) &&
  !OTHER_FORCES.test(m.text) &&
  !OTHER_FORCES_NAMED.test(sentence) &&
  thisOne(sentence, m.start, m.end)

/** U.S. forces as people: "U.S. troops", "American personnel", "US service members". */
const US_PEOPLE = String.raw`(?:U\.S\.|US|American)\s+(?:troops|personnel|soldiers|service ?members|servicemembers|forces|contractors|sailors|airmen|Marines)`
/**
 * Americans hurt with no number, stated as fact: "militias wounded U.S. troops at two bases", "wounding American
 * personnel", "U.S. troops were injured". Not "no U.S. troops were injured", "whether U.S. personnel were hurt",
 * "without wounding U.S. forces", "could have killed U.S. troops".
 */
const AMERICANS_HURT = new RegExp(
  String.raw`\b(?:killed|killing|wounded|wounding|injured|injuring|hurt|hurting)\s+(?:several\s+|some\s+|a number of\s+|a few\s+|dozens of\s+|scores of\s+)?${US_PEOPLE}\b|\b${US_PEOPLE}\s+(?:were|was|had been|have been)\s+(?:(?:slightly|lightly|seriously|critically|badly)\s+)?(?:wounded|injured|hurt|killed)\b`,
  'gi',
)
/**
 * Words in the clause before it that make it no fact of this attack: a negation, a question or a condition ("no
 * indication that", "whether", "how many", "could"), a habit or another time ("attacks that have injured", "a month after",
 * "since", "where … in January 2020", "a similar attack"), or another voice's claim ("falsely asserted", "rumours").
 */
const NOT_THIS_ONE =
  /\b(?:no|not|never|none|nothing|nobody|neither|nor|whether|if|unclear|how many|without|avoid\w*|could|would|might|may|have|has|had|previous(?:ly)?|earlier|before|after|since|following|similar|recalled|rumou?rs?|claim\w*|assert\w*|alleg\w*|false\w*|reportedly|threat\w*|aim\w*|intend\w*|tried|trying|attempt\w*|indications?|suggest\w*|feared|fears?)\b/i
/**
 * After it in its clause, another time: "… were wounded by Iranian missiles in January 2020", "in a similar attack". Not
 * a day with no year, nor one of the campaign's years: "three Army Reserve soldiers killed on Jan. 28 when a drone struck
 * Tower 22" is this attack's day.
 */
const ANOTHER_TIME_AFTER = new RegExp(
  String.raw`^[^,;.]*?(?:\b(?:in|on|since|during)\s+(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?(?:19\d\d|20[01]\d|202[0-2])\b)|\b(?:similar|previous|earlier|last year|last month)\b)`,
  'i',
)
/** Whether the words at `start`–`end` tell a fact of this attack, by what their clause says before and after them. */
const thisOne = (sentence: string, start: number, end: number): boolean =>
  !NOT_THIS_ONE.test(clauseBefore(sentence, start) + sentence.slice(start, end)) && !ANOTHER_TIME_AFTER.test(sentence.slice(end))
/** The clause a phrase stands in, up to it: from the last comma, semicolon, colon or dash before it. */
const clauseBefore = (sentence: string, at: number): string =>
  sentence
    .slice(0, at)
    .split(/[,;:—–]/)
    .at(-1) ?? ''
/** Whether the sentence says so outside any figure set aside as another event's ("the first since three U.S. soldiers were killed"). */
const americansHurtUncounted = (sentence: string, aside: readonly CasualtyMention[]): boolean => {
  AMERICANS_HURT.lastIndex = 0
  for (let m = AMERICANS_HURT.exec(sentence); m !== null; m = AMERICANS_HURT.exec(sentence)) {
    const end = m.index + m[0].length
    if (aside.some((a) => a.start < end && m.index < a.end)) continue
    if (thisOne(sentence, m.index, end)) return true
  }
  return false
}
