import type { PlaceEntry } from '../knowledge/knowledge.js'
import type { TermMatch } from '../knowledge/term-matcher.js'
import { ATTACK, DESCRIBING, KNOWS_NOTHING_OF, LANDMARK, SEEN_NO_REPORTS_OF } from './sentence-cues.js'
import { MONTH_NAME } from './find-dates.js'

/** A place an attack's sentence names, with the bases the sentence names and its text, as the rules below read it. */
export interface NamedPlace {
  place: TermMatch<PlaceEntry>
  /** Every base the sentence names (the place among them, when it is one); for the area rules, every town, region and country. */
  sites: readonly TermMatch<PlaceEntry>[]
  text: string
}

/** Why a place a sentence names is no target of the attack it tells, and the words around it that show so. */
export interface NoTargetRule {
  why: string
  applies: (named: NamedPlace) => boolean
  /** The place is no target only beside another one: a sentence that names no other place was struck there. */
  besideAnother?: boolean
}

/** "the Kharab al-Jir base in the Rmelan area", "in Kharab al-Jir in Rmelan countryside", "Tower 22, a small logistics base in Jordan's far northeast, in the Rukban area": a second site named as the area a named base is in. */
const IN_THE_AREA =
  /^\s*(?:(?:air\s*)?base|airbase|airfield|airstrip|garrison|outpost)?(?:\s*,\s*an?\s+(?:[\w-]+\s+){0,3}?(?:post|outpost|base|site|garrison|installation|facility|position|airfield|airstrip)\b[^,;]{0,60}(?=,))?\s*,?\s*in (?:the\s+)?[\w' -]{2,30}?\s(?:area|region|district|countryside)\b/i

/** A subject that refers back to attacks told before, then the verb that sets another event beside them: "The attacks on Harir followed", "The strike on the base came two days after", "The Rumalyn strike came days after" (not "came four days after", which dates it). */
const SEQUEL =
  /^\W*(?:the|these|those|both|that|this)\s+(?:(?:[\w-]+\s+)?(?:attacks?|strikes?|assaults?)\s+on\s+[^,;]{1,60}?(?:,(?![^,;]*\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|overnight|night|morning|evening|afternoon|dawn|wound\w*|kill\w*|injur\w*|hurt|dead|casualt\w*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)\b)[^,;]{1,80},)?\s+(?:followed|(?:came|come|comes)\s+(?:[\w-]+\s+){0,3}?(?:after|before)|preceded)|(?:[\w'’.-]+\s+){1,4}?(?:attacks?|strikes?|assaults?)\s+(?:followed|(?:came|come|comes)\s+(?:(?:just|only|mere|some|days|hours|weeks)\s+){0,3}?(?:after|before)|preceded))\b/i

/** Between such words and the base, the attack named by it, if any: "the drone strike on", "the rocket attack at", "a rocket attack on U.S. personnel at". */
const AN_ATTACK_ON = String.raw`(?:(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?)\s+(?:on|at|against)\s+(?:the\s+)?(?:(?:U\.S\.|US|American|coalition)\s+(?:personnel|forces|troops|service\s+members)\s+(?:at|in)\s+(?:the\s+)?)?)?`

/** "Four days before Rumalyn", "hours after Tower 22", "weeks after the rocket attack on": the words that make the base after them a time, not a target. */
const AS_A_TIME = new RegExp(
  String.raw`\b(?:days?|nights?|hours?|weeks?|months?|a day|a night|a week|a month|shortly|soon)\s+(?:before|after)\s+(?:the\s+)?${AN_ATTACK_ON}$`,
  'i',
)

/** A meeting, a visit or a landing right before a place, with no attack between: "met faction leaders at", "flew unannounced to", "a cargo plane had landed at". */
const MET_AT =
  /\b(?:plane|aircraft|helicopter|flight|jet|airlifter|C-17|C-130)\b[^.;]{0,60}?\b(?:had\s+)?landed\s+(?:at|in)\s+(?:the\s+)?$|\b(?:met|meets|meeting|visited|visits|visiting|toured|tours|(?:flew|travell?ed|arrived)(?:\s+unannounced)?)\b(?![^.;]*\b(?:attack|strike|struck|hit|fired|launched|targeted|drones?|rockets?|missiles?)\b)[^.;]{0,60}?\b(?:at|in|to)\s+(?:the\s+)?$/i

/** The attack named right before a base: "a rocket attack on", "the drone strike against". */
const AN_ATTACK_BEFORE = /\b(?:attacks?|strikes?)\s+(?:on|at|against)\s+(?:the\s+)?$/i
/** A calendar day: "August 5", "Aug. 5", "5 August". */
const CALENDAR_DAY = new RegExp(String.raw`\b${MONTH_NAME}\s+\d{1,2}\b|\b\d{1,2}\s+${MONTH_NAME}`)

/** "alongside the one on", "besides the attack at", "like the one against": a base named to set another attack beside this one. */
const BESIDE_THE_ONE =
  /\b(?:alongside|besides|beside|in addition to|as well as|like|unlike)\s+the\s+(?:one|attack|strike)s?\s+(?:on|at|against|targeting)\s+(?:the\s+)?$/i

/** Right before the base whose attack a reply answered: "reply to", "in retaliation for the drone attack on". */
const ANSWERED = new RegExp(
  String.raw`\b(?:reply|replies|response|responses|retaliation|answer|revenge)\s+(?:to|for)\s+(?:the\s+)?(?:${AN_ATTACK_ON}|(?:[\w-]+\s+){0,2}?(?:drones?|attacks?|strikes?|missiles?|rockets?)\s+(?:that|which)\s+(?:struck|hit|killed|targeted)\s+(?:(?:[\w.-]+\s+){0,4}?(?:at|on|in)\s+)?(?:the\s+)?)$`,
  'i',
)

/**
 * What tells the attack itself after the base a reply names: "a response to the drone attack on Tower 22 that killed three
 * soldiers on Sunday", "…, where a drone killed three". Then the base is the attack's, not only the reply's.
 */
const toldAfter = (after: string): boolean =>
  ATTACK.test(after) || /\b(?:kill|wound|injur|hurt|dead|died)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}\b/i.test(after)

/** A weekday right after a site that speaks, before its verb: "The U.S. Embassy on Friday accused". */
const ON_A_WEEKDAY = String.raw`^\s*(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?`
/** Right after a site that speaks: "said on Wednesday that", "announced", "called it an attack". */
export const SITE_SPEAKS = new RegExp(
  String.raw`${ON_A_WEEKDAY}(?:(?:also|later|then)\s+)?(?:said|says|announced|stated|confirmed|added|reported|reports|called|calls|described|describes|told|denied|denies)\b`,
  'i',
)
/** A speaker telling of its own compound struck: "two volleys were fired at its compound", "inside the embassy compound". */
export const ITS_COMPOUND = /\b(?:its|the embassy(?:['’]s)?)\s+(?:compound|premises|grounds|perimeter|gates?)\b/i
/** A site that blames: "The U.S. Embassy in Baghdad on Friday accused militias of Tuesday night's attack on a facility at the airport". */
const SITE_BLAMES = new RegExp(String.raw`${ON_A_WEEKDAY}(?:accused|accuses|blamed|blames|condemned|condemns)\b`, 'i')

/** A place right after an armed group's noun locates the group, not its target: "a group in Iraq", "militias based in Syria". */
const GROUP_IN =
  /\b(?:group|groups|militia|militias|faction|factions|fighters|paramilitar(?:y|ies)|proxies)\s+(?:(?:based|operating|active)\s+)?in\s+(?:the\s+)?$/i

/** The place is the area the phrase right after a base names: "the Kharab al-Jir base in the Rmelan area", not a base told later in the sentence. */
function inTheAreaOf(text: string, from: number, place: TermMatch<PlaceEntry>): boolean {
  const area = IN_THE_AREA.exec(text.slice(from, place.start + 60))
  return (area !== null && from + area[0].length >= place.end) || THE_AREA_OF.test(text.slice(from, place.start))
}

/** "the base at Kharab al-Jir airport in the countryside of Rmeilan": the same, with the area's word before its name. */
const THE_AREA_OF =
  /^\s*(?:(?:air\s*)?base|airbase|airfield|airport|airstrip|garrison|outpost)?\s*,?\s*(?:in|near) (?:the\s+)?(?:area|region|district|countryside|outskirts|vicinity|environs)\s+of\s+(?:the\s+)?$/i

const SEQUEL_WHY = 'it names attacks told before, which this one followed or preceded'
/** The place is named in a subject that refers back to attacks told before, and another place is named after the verb of sequence. */
function namedBeforeSequel({ place, sites, text }: NamedPlace): boolean {
  const sequel = SEQUEL.exec(text)
  if (sequel === null) return false
  const after = sequel.index + sequel[0].length
  // The event it followed named as another attack, by a base or as "another attack in the Kurdistan Region".
  return place.end <= after && (sites.some((t) => t.start >= after) || ANOTHER_EVENT_NEXT.test(text.slice(after)))
}
/** Right after the sequel's verb, another event, indefinite: "another attack", "a drone strike", "a second barrage". */
const ANOTHER_EVENT_NEXT = /^\s*(?:the\s+)?(?:another|an?|a second|a separate)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|barrage|salvo)\b/i

const before = ({ place, text }: NamedPlace, chars: number): string => text.slice(Math.max(0, place.start - chars), place.start)

/**
 * "the Harir base near Erbil airport", "the outpost, which supports the al-Tanf garrison", "the Kharab al-Jir base in the
 * Rmelan area", "the al-Tanf base, which lies where the Syrian, Iraqi and Jordanian borders meet about 20 kilometres from Tower 22".
 */
export const LOCATES_A_BASE: NoTargetRule = {
  why: 'it locates a base named before it',
  applies: ({ place, sites, text }) =>
    sites.some(
      (t) =>
        t.end <= place.start &&
        t.value.id !== place.value.id &&
        (LANDMARK.test(text.slice(t.end, place.start)) ||
          DESCRIBING.test(text.slice(t.end, place.start)) ||
          inTheAreaOf(text, t.end, place) ||
          // "the Kharab al-Jir airstrip used by U.S. forces in the Rmeilan countryside": a place named as an area.
          // Not "…, and rockets were fired at a base in the al-Shaddadi area": an area that places another base.
          (AS_AN_AREA.test(text.slice(place.end, place.end + 15)) &&
            (AREA_OF_THE_BASE.test(text.slice(t.end, place.start)) || AREA_AFTER_A_COMMA.test(text.slice(t.end, place.start)))) ||
          // Not "…, and a drone was downed a few kilometres from the Green Village base": where a weapon fell short of it.
          (DISTANCE_FROM.test(text.slice(Math.max(t.end, place.start - 40), place.start)) &&
            !(FELL_SHORT.test(text.slice(t.end, place.start)) && NEAR.test(text.slice(Math.max(t.end, place.start - 40), place.start))))),
    ),
}

/** Right after a place named as an area: "Rmeilan countryside", "the al-Omar area". */
const AS_AN_AREA = /^\s+(?:countryside|area|region|district|outskirts|vicinity|environs)\b/i

/** Between a base and the area it lies in, in one phrase: "airstrip used by U.S. forces in the", not "…, and a base in the". */
const AREA_OF_THE_BASE =
  /^(?![^,;]*\b(?:a|an|another|one)\s+(?:[\w-]+\s+)?(?:base|outpost|site|facility|position)\b)(?![^,;]*\band\b)[^,;]{0,60}?\b(?:in|near|of)\s+(?:the\s+)?$/i

/** Between a base and its area in a log's heading: "Kharab al-Jir airstrip, Rmeilan countryside, Hasakah". */
const AREA_AFTER_A_COMMA = /^\s*(?:(?:air\s*)?base|airbase|airfield|airstrip|garrison|outpost)?\s*,\s*$/i

/** Right before a place that is named as not named: "without naming Tower 22", "did not identify the base as". */
const NOT_NAMING = /\b(?:without|not|never|n't)\s+(?:naming|identifying|specifying|mentioning|name|identify|specify|mention)\s+(?:the\s+)?$/i

/**
 * An account its own sentence says was later set right: "the spokesman initially said the strike had targeted al-Tanf",
 * "officials had at first insisted that the attack took place in Syria, at al-Tanf".
 */
const FIRST_ACCOUNT =
  /\b(?:initially|at first|originally)\s+(?:[\w-]+\s+){0,2}?(?:said|says|insisted|claimed|reported|stated|suggested|thought|believed|identified)\b[^;]*$/i

/** The attack told before, placed: "the strike had targeted", "the attack took place in Syria, at". */
const PLACED_THE_ATTACK =
  /\bthe (?:[\w-]+\s+)?(?:strike|attack|drone|blast|explosion)\s+(?:had\s+)?(?:targeted|hit|struck|took place|happened|occurred|was|landed)\b[^;]{0,60}$/i

/** A weapon stopped or fallen some way from a base: "a drone was downed", "shot down", "the rockets landed". */
const FELL_SHORT = /\b(?:downed|shot down|intercepted|crashed|fell|landed|exploded|detonated|impacted)\b/i

/** A short way off, right before the base: "a few kilometres from", "2 km from" (not "50 kilometres from"). */
const NEAR = /\b(?:a few|several|a couple of|[1-5](?:\.\d)?)\s*-?\s*(?:km|kilometres?|kilometers?|miles?)\s+(?:(?:[\w-]+)\s+)?(?:of|from)\s+(?:the\s+)?$/i

/** Right before a place a distance is measured from: "about 20 kilometres from", "70 km northeast of", "a few kilometres from". */
export const DISTANCE_FROM =
  /\b(?:\d[\d,.]*|a few|several|some|a couple of)\s*-?\s*(?:km|kilometres?|kilometers?|miles?)\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?$/i

/** "The group claimed attacks near the border that night, without naming Tower 22." */
const NAMED_AS_NOT_NAMED: NoTargetRule = {
  why: 'it is named as a place the source did not name',
  applies: (named) => NOT_NAMING.test(before(named, 30)),
}

/** "sirens then sounded at the", "alarms went off at": an alarm, right before the base it was heard at. */
const ALARM_AT =
  /\b(?:sirens?|alarms?)\s+(?:(?:then|also|later|briefly)\s+)?(?:sounded|sounding|went off|wailed|blared|rang out|were heard|(?:were|was) sounded)\s+(?:(?:shortly|soon|moments|minutes|briefly|a short time|a little)\s+)?(?:(?:afterwards?|after|later|then)\s+)?(?:at|in|across|over)\s+(?:the\s+)?(?:(?!and\b|or\b)[\w.'’-]+\s+){0,6}?$/i

/** Right after the base an alarm sounded at, its strike: "… as a second drone struck its perimeter", "… when three rockets struck inside it". */
const AS_IT_STRUCK =
  /^[^.;]{0,40}?\b(?:(?:as|when|while)\s+(?:[\w-]+\s+){0,5}?(?:struck|hit|landed|exploded|slammed|crashed|fell|impacted)\s+(?:into\s+|on\s+|in\s+)?(?:it\b|its\b|inside\b|there\b|the (?:base|compound|garrison|outpost|embassy|facility)\b)|where\s+(?:an?|the|one|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:rockets?|drones?|missiles?|shells?|mortars?|projectiles?)\s+(?:struck|hit|landed|exploded|slammed|crashed|fell|impacted)\b)/i

/** A strike or a weapon named: "rockets hit", "a drone attack", "were shot down", "two drones approached". */
const STRUCK =
  /\b(?:struck|hit|hitting|targeted|targeting|attack\w*|landed|fell|slammed|crashed|impacted|shelled|came under|shot down|intercept\w*|downed|drones?|rockets?|missiles?|mortars?|projectiles?|UAVs?)\b/i

/** Bases an attack's sentence names that it did not attack. */
/** Right before a place that people came out of: "who had left the", "that had come out of the", "since they left the". */
const LEFT_IT = /\b(?:who|that|which|they|he|she)\s+(?:had\s+)?(?:left|fled|come out of|came out of|withdrawn from|withdrew from)\s+(?:the\s+)?$/i
/** U.S. fire from its own base, right before the base: "U.S. forces fired heavy artillery from their base at", "American guns at". */
const US_FIRE_FROM =
  /\b(?:U\.?S\.?|American|coalition)\s+(?:forces|troops|guns|artillery|gunners)\b[^.;]{0,60}?\b(?:fired|firing|shelled|shelling|launched)\b[^.;]{0,40}?\bfrom\s+(?:their|its|the)\s+(?:own\s+)?(?:base|bases|position|positions)\s+(?:at|in|near)\s+(?:the\s+)?$|\b(?:U\.?S\.?|American|coalition)\s+(?:guns|artillery|howitzers|gunners)\s+at\s+(?:the\s+)?$/i
/** Right before a place that aircraft came from: "came in from the direction of the". */
const FROM_ITS_DIRECTION = /\bfrom\s+the\s+direction\s+of\s+(?:the\s+)?$/i

/** The ones who came out of a base in a raid: "militants", "terrorists", "gunmen", "the attackers". */
const RAIDERS = /\b(?:militants?|terrorists?|gunmen|insurgents?|smugglers?|raiders?|attackers?|ISIS|Daesh|Islamic State|jihadists?|rebels?)\b/i
/** The U.S. side, or a vehicle, struck after leaving a base: "a U.S. patrol that had left", "SDF fighters", "a fuel truck". */
const STRUCK_NEAR_IT = /\b(?:U\.?S\.?|American|coalition|SDF|patrols?|convoys?|trucks?|vehicles?|troops|soldiers|personnel)\b/i

/** Right before a base no attack on which is known: "not aware of any attack on", "no information on an attack at", "not tracking any strikes against", "had seen no reports of an attack on". */
const UNKNOWN_ATTACK_ON = new RegExp(
  String.raw`(?:${KNOWS_NOTHING_OF}|${SEEN_NO_REPORTS_OF}|\b(?:could|can)\s*not\s+confirm|\bcouldn['’]t\s+confirm)\s+(?:any|an|a)\s+(?:(?:other|such|[\w-]+)\s+)?(?:attacks?|strikes?|incidents?)\s+(?:on|at|against|targeting)\s+(?:the\s+)?$`,
  'i',
)

export const SITE_NO_TARGET: readonly NoTargetRule[] = [
  LOCATES_A_BASE,
  NAMED_AS_NOT_NAMED,
  {
    // "confirmed that drones had attacked Ain al-Asad, but said it was not aware of any attack on Harir air base": an
    // attack the speaker knows nothing of, beside the one told.
    // Only beside another base: alone ("not aware of any attack on the Conoco base on Monday") it tells what was reported.
    why: 'it names an attack the speaker knows nothing of',
    applies: (named) => named.sites.some((s) => s.value.id !== named.place.value.id) && UNKNOWN_ATTACK_ON.test(before(named, 80)),
  },
  {
    // "U.S. forces fired heavy artillery from their base at the Conoco gas field toward areas west of the Euphrates",
    // "American guns at the Koniko gas field base then shelled …": the base U.S. fire came from.
    why: 'it is where U.S. fire came from',
    applies: (named) => US_FIRE_FROM.test(before(named, 120)),
  },
  {
    // "Russian aircraft struck two hideouts of militants who had left the al-Tanf area", "warplanes came in from the
    // direction of the al-Tanf area and struck buildings in the city": where the ones struck, or the strikers, came from.
    why: 'it is where they came from',
    // Only of raiders, not of troops, a patrol or a vehicle that had left the base and was struck near it.
    applies: (named) =>
      FROM_ITS_DIRECTION.test(before(named, 40)) ||
      (LEFT_IT.test(before(named, 50)) && RAIDERS.test(before(named, 120)) && !STRUCK_NEAR_IT.test(before(named, 120))),
  },
  {
    why: 'it is an account later set right',
    // Only an account of where the attack told before took place ("the strike had targeted al-Tanf"), not of its toll
    // ("initially said 34 troops were injured in the attack on Tower 22") nor a first report of the attack itself.
    applies: (named) => FIRST_ACCOUNT.test(named.text.slice(0, named.place.start)) && PLACED_THE_ATTACK.test(named.text.slice(0, named.place.start)),
  },
  {
    // "The attacks on Harir followed an attempt on Tuesday against the base at Erbil airport": the attacks the subject
    // refers back to are not dated by the one they followed or preceded.
    why: SEQUEL_WHY,
    applies: namedBeforeSequel,
  },
  {
    // "Four days before Rumalyn, two rockets landed at Al-Asad", "A month before Tower 22, on Christmas Day, a drone hit Erbil".
    why: 'it is named as a time',
    // Not when the attack named there gets its own calendar day right after: "four days after a rocket attack on Ain
    // al-Asad air base in Anbar, western Iraq, on Monday, August 5" tells that attack too.
    applies: (named) =>
      named.sites.some((t) => t.value.id !== named.place.value.id) &&
      AS_A_TIME.test(before(named, 40)) &&
      !(AN_ATTACK_BEFORE.test(before(named, 40)) && CALENDAR_DAY.test(named.text.slice(named.place.end, named.place.end + 60))),
  },
  {
    // "two days after the United States launched its long-promised reply to Tower 22", "in retaliation for the attack on
    // Tower 22", "its retaliation for the drone that struck Tower 22": the attack a reply answered, told before.
    why: 'it names the attack a reply answered',
    applies: (named) => ANSWERED.test(before(named, 60)) && !toldAfter(named.text.slice(named.place.end)),
  },
  {
    // "U.S. officials acknowledged a second attack in Syria alongside the one on Ain al-Asad": another attack, named to compare.
    why: 'it names another attack the sentence sets this one beside',
    applies: (named) => BESIDE_THE_ONE.test(before(named, 40)),
  },
  {
    // "shortly after sirens warned of a possible attack at the U.S. embassy in Baghdad": an attack feared, not told.
    why: 'it names an attack that might come',
    applies: (named) =>
      /\b(?:possible|potential|imminent|impending|expected|threatened|planned)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?)\s+(?:at|on|against|targeting)\s+(?:the\s+)?$/i.test(
        before(named, 60),
      ),
  },
  {
    // "rockets targeted the outpost at the al-Omar field; witnesses reported explosions, and sirens then sounded at the
    // Conoco gas field base": an alarm heard at a base beside the one struck is no attack on it.
    why: 'it is where an alarm sounded',
    // Only after the base struck, named before it in the sentence, or in a sentence that names no strike and no weapon at all
    // ("Witnesses reported explosions, and sirens then sounded at the Conoco base"): "Sirens sounded at the Conoco base as
    // rockets hit", "Sirens went off at al-Tanf as two drones approached" tell that base's attack.
    // Not when the strike on it is told right after: "sirens sounded at Harir air base as a second drone struck its perimeter".
    applies: (named) =>
      ALARM_AT.test(before(named, 60)) &&
      !AS_IT_STRUCK.test(named.text.slice(named.place.end, named.place.end + 90)) &&
      (named.sites.some((t) => t.value.id !== named.place.value.id && t.end <= named.place.start) || !STRUCK.test(named.text)),
  },
  {
    // "After Quds Force commander Esmail Qaani met faction leaders at Baghdad airport on 29 January, …", "Austin flew
    // unannounced to Ain al-Asad air base on Friday": where people met or came, not where anything struck.
    why: 'it is where people met or came',
    // Not "two one-way attack drones flew at al-Asad": a weapon before the place is what came.
    applies: (named) =>
      MET_AT.test(before(named, 80)) && !/\b(?:drones?|rockets?|missiles?|projectiles?|munitions?|mortars?)\b/i.test(named.text.slice(0, named.place.start)),
  },
  {
    // "The U.S. Embassy in Baghdad said on Wednesday that an explosion at Baghdad International Airport …".
    why: 'it speaks',
    // One that blames speaks only beside another target; alone ("The Embassy blamed militias for a rocket attack on the
    // embassy compound") it is the one struck.
    // One that tells of its own compound struck ("The U.S. Embassy said its compound was hit") is the one struck too.
    applies: ({ place, sites, text }) =>
      (SITE_SPEAKS.test(text.slice(place.end, place.end + 40)) && !ITS_COMPOUND.test(text)) ||
      (SITE_BLAMES.test(text.slice(place.end, place.end + 40)) && sites.some((s) => s.value.id !== place.value.id)),
  },
]

/** "Rockets launched from northern Iraq targeted a base in north-eastern Syria": where the attack came from. */
export const CAME_FROM: NoTargetRule = {
  why: 'the attack came from there',
  besideAnother: true,
  // "fired from a converted tanker truck in Iraq": where the launcher stood, too.
  applies: (named) =>
    /\bfrom\s+(?:the\s+)?$/i.test(before(named, 10)) ||
    /\b(?:fired|launched)\s+from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:truck|vehicle|launcher|pickup|site|position|area|village|town)\s+(?:in|near)\s+(?:the\s+)?$/i.test(
      before(named, 70),
    ),
}

/** Right after a country that owns the body that speaks: "Iraq's security forces condemned", "Jordan's government spokesman". */
const WHOSE_BODY =
  /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:forces|government|ministry|army|military|officials?|spokes(?:man|woman|person)|prime minister|president|premier|channel|media|agency|command|authorities|parliament)\b/i

/** A running count of attacks right before the place: "more than 150 drone, rocket and missile attacks on U.S. forces in". */
const COUNTED_IN =
  /\b(?:\d{2,}|dozens|scores|hundreds)\s+(?:(?:[\w-]+,?|and|or)\s+){0,6}?(?:attacks|strikes|incidents)\b[^;:]{0,40}?\b(?:in|across)\s+(?:the\s+)?$/i

/** What makes a count a running one: "since mid-October", "so far", "to date" (not "11 attacks … on Sunday alone"). */
const RUNNING = /\b(?:since|so far|to date|in all|in total|over the (?:past|last)|altogether|cumulative)\b/i

/** Towns, regions and countries an attack's sentence names that are not where it struck. */
export const AREA_NO_TARGET: readonly NoTargetRule[] = [
  {
    // "The attacks on US bases in Syria came a day after drones were launched at US bases in Iraq" (`sites` here are the
    // sentence's other areas).
    why: SEQUEL_WHY,
    applies: namedBeforeSequel,
  },
  CAME_FROM,
  NAMED_AS_NOT_NAMED,
  {
    // "An Iran-affiliated group in Iraq claimed it targeted a US base in Syria".
    why: 'it locates the group',
    applies: (named) => GROUP_IN.test(before(named, 40)),
  },
  {
    // "Iraq's security forces condemned the launch, saying gunmen had targeted a base inside Syria".
    why: 'it names whose body spoke',
    // "Iraq's Joint Operations Command said rockets were fired at a base housing U.S. advisers": alone, it is where.
    besideAnother: true,
    applies: ({ place, text }) => WHOSE_BODY.test(text.slice(place.end, place.end + 40)),
  },
  {
    // "Sunday's attack came after more than 150 attacks on U.S. forces in Iraq and Syria since mid-October": where a
    // running count of attacks happened, not this attack's place. A country joined to it ("Iraq and Syria") too.
    why: 'it is where a running count of attacks happened',
    applies: ({ place, sites, text }) =>
      RUNNING.test(text) &&
      (COUNTED_IN.test(before({ place, sites, text }, 90)) ||
        sites.some(
          (o) => o.end <= place.start && /^\s*(?:and|or|,)\s*$/.test(text.slice(o.end, place.start)) && COUNTED_IN.test(before({ place: o, sites, text }, 90)),
        )),
  },
]

/** The first rule of a table that sets the place aside as no target, if any. */
export const noTargetRule = (rules: readonly NoTargetRule[], named: NamedPlace): NoTargetRule | undefined => rules.find((rule) => rule.applies(named))

/** Why the first rule of a table sets the place aside as no target, or null when it may be one. */
export function whyNoTarget(rules: readonly NoTargetRule[], named: NamedPlace): string | null {
  return noTargetRule(rules, named)?.why ?? null
}
