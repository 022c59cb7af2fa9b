/**
 * The wording that tells what a sentence reports. Each cue is one small pattern
 * with a name; the classifier reads them in a fixed order (classify-sentence.ts).
 * Sentences are matched after `normalizeForMatching` (straight quotes, plain spaces).
 *
 * A look-behind that opens an alternative runs at every position of every sentence, before any letter is compared, so
 * the patterns here write the word first and the look-behind after it, over the word too: `attack(?<!heart\sattack)`,
 * not `(?<!heart\s)attack`. The two match the same text; a long look-behind written first ("a drone … within 80
 * characters") cost the extraction about a quarter of its time on real-shaped articles (BENCHMARKS.md).
 */
import { MONTH_WORD } from '../calendar.js'

/**
 * A verb or noun of attack: "struck", "drone attack", "rained down", "rained rockets and drones on", "came under fire", and the
 * ways real coverage words a drone or rocket sent at a base: "was aimed at", "flew at", "went
 * after", "sent two drones against", "heading for", "smashed into", "fell near", "a salvo of"; and an attack counted in
 * order, told where and when: "The first, at Tower 22 in Jordan on Jan. 28, killed three soldiers". Not the kind of
 * aircraft: "used A-10 attack aircraft against a hostile target".
 */
export const ATTACK =
  /\b(attack(?<!\b(?:heart|panic|asthma|anxiety)\sattack)(?:ed|s|ing)?(?!\s+(?:aircraft|helicopters?|jets?|planes?|submarines?|squadrons?)\b)|(?:first|second|third|fourth|fifth|latest|deadliest)(?<=^\W*The (?:first|second|third|fourth|fifth|latest|deadliest))(?=,\s+(?:at|on|against|in)\s)|struck|strikes?(?!\s+groups?\b)|hit|hits|targeted|targeting|targets(?<!\b(?:the|its|their|our|his|her|these|those|other|legitimate|potential|possible|military|many|several|\d+)\stargets)|fired|firing|launched|launching|rained down|rain(?:ed|ing|s)\s+(?:[\w-]+\s+){1,4}?(?:on|upon)|landed|shelled|shelling|bombard\w*|slam(?:med|s)|crash(?:ed|es)|detonat(?:ed|es)|explod(?:ed|es)|smashes|pounds(?<!\d\s?pounds)(?!\s+of\b)|hammers|explosions?|blasts?|came under|had come under(?![^.;]*\b(?:before|previously|in the past|repeatedly|many times|several times|often)\b)|assault(?:ed|s)?|intercepted|intercepting|shot down|shooting down|brought down|bringing down|downing|engaged|downed|impacted|aimed at|aimed (?:the same|that|this|on|early|late) (?:day|night|morning|evening|afternoon|[A-Z][a-z]+day) at(?<=\b(?:drones?|rockets?|missiles?|projectiles?|UAVs?|shells?|mortars?)\b[^.;]{0,40}?aimed [\w ]+ at)|directed (?:at|toward|towards|against)|flew at|flown at|fl[eo]wn? (?:toward|towards|into)|flying (?:toward|towards|at|into)|hitting|striking|went (?:after|for|at)|go(?:es|ing)? (?:after|for)|sent (?:[\w-]+\s+){0,4}?(?:against|at|toward|towards)|heading (?:for|toward|towards)|headed (?:for|toward|towards)|smashed|fell (?:on|near|inside|in|at|short of|close to)|landed (?:near|close to)|came down (?:on|near|inside|in|at)|(?:came down|fell)(?<=\b(?:drones?|rockets?|missiles?|projectiles?|shells?|mortars?|UAVs?|rounds?|munitions?|Grads?|Katyushas?|Shahed[\w-]*|quadcopters?|explosives?(?:-laden)?)\b[^.;]{0,80}?(?:came down|fell)) (?:outside|short of|close to)|(?:was|were) the targets? of|lobbed|hurled|pounded|hammered|set (?:ablaze|alight|on fire)|salvos?|volleys?|barrages?|loitering|approaching|(?:was|were) used to (?:target|attack|strike|hit)|used(?<!\b(?:have|has)\s+(?:[\w-]+\s+)?used) (?:[\w-]+\s+){0,3}?(?:drones?|rockets?|missiles?|UAVs?|projectiles)(?:\s+on(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|[^.;:]{0,40}?\sagainst)\b(?!\s+(?:the\s+)?(?:militia|militant|insurgent|Iranian|Islamic State|ISIS)\b)|(?:drones?|rockets?|missiles?|projectiles|militants|militias|fighters|groups?)\s+(?:target|fire|launch)(?:\s+at)?|(?:drones?|rockets?|missiles?|projectiles?|UAVs?)\s+(?:was|were)\s+destroyed|operations?(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s+(?:against|targeting)(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:bases?|airbase|garrison|outpost)\b))\b/i

/** A weapon that wounded or killed: "a drone killed three soldiers" reports an attack even without an attack verb. */
export const CASUALTY_VERB = /\b(killed|killing|wounded|wounding|injured|injuring|hurt)\b/i

/**
 * Aircraft only the U.S. flies here: "an AC-130 gunship struck", "F-15E jets struck", "an MQ-9 Reaper fired"; and "the
 * command" that strikes, as wires call Central Command ("On Nov. 13, the command struck weapons storage … after a rocket
 * attack on U.S. personnel at Shaddadi").
 */
export const US_AIRCRAFT_AGENT =
  /\b[Tt]he command\s+(?:also\s+|then\s+|had\s+)?(?:struck|hit|bombed|destroyed|carried out|conducted)\b|\b(?:AC-130\w*|MQ-9\w*|Reaper drones?|F-15\w*|F-16\w*|F-35\w*|B-1\w*|B-52\w*|A-10\w*|gunships?)\b(?:\s+[\w-]+){0,8}?\s+(?:struck|strikes?|fired|hit|killed|destroyed|bombed|targeted|engaged|attacked)\b|\b(?:U\.?S\.?|American)\s+(?:[\w-]+\s+)?(?:bombers|warplanes|jets|aircraft|fighters|gunships|helicopters)(?:\s+and\s+(?:[\w-]+\s+)?(?:bombers|warplanes|jets|aircraft|fighters|gunships|helicopters|drones))?\s+(?:struck|hit|bombed|pounded|targeted|attacked|(?:carried out|conducted|launched)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:air ?strikes|strikes|raids))\b/i

/** A reference to an anniversary or a long-past event: history, not news. */
export const ANNIVERSARY = /\b(anniversary|years? ago|years? earlier|decades? ago)\b/i

/** "The airfield was shelled before the current war too", "long before this conflict": a time before the campaign. */
const BEFORE_THIS_WAR =
  /\b(?:long |well |even |years )?before (?:the|this) (?:current |present |latest |recent |ongoing )?(?:war|conflict|campaign|escalation|crisis)\b/i

/**
 * A sentence about a time before the campaign: "The airfield was shelled before the current war too". Only when the
 * clause that names that time is the one that tells the attack and the sentence tells no toll: not "A second salvo hit
 * Kharab al-Jir, a base that had rarely been targeted before the current war", nor "The garrison, which had rarely been
 * hit before the current conflict, suffered no casualties".
 */
export function beforeThisWar(text: string): boolean {
  if (!BEFORE_THIS_WAR.test(text) || /\b(?:killed|wounded|injur\w*|casualt\w*|hurt|dead|damage)\b/i.test(text)) return false
  const clauses = text.split(/[,;:]/)
  return clauses.every((c) => BEFORE_THIS_WAR.test(c) || !ATTACK.test(c))
}

/** The U.S. as the one who strikes: "the U.S. military attacked", "U.S. fighter jets struck", "American airstrikes". */
export const US_AGENT =
  /\b(?=U\.?S\.?|United States|American|CENTCOM|Central Command|Pentagon|Washington)(?<!\b(?:at|on|against|targeting|targeted|housing|near|hosting|by|toward|towards)\s+(?:the\s+)?)(?:U\.?S\.?|United States|American|CENTCOM|Central Command|Pentagon|Washington)(?:\s*\([A-Z]{2,10}\))?(?:\s+(?!(?:were|was|is|are|been|being|and|or|to|that|which|who|in|at|on)\b)[\w-]+){0,3}?(?:\s+(?:said it|said they|said its [\w-]+|said their [\w-]+|said (?:on \w+|(?:early|late)(?: on)? (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) (?:it|they)|has|have|had|also|then|on \w+))*\s+(?:struck|attacked|bombed|answered|carried out|conducted|launched|hit|killed|targeted|retaliated|(?:air)?strikes?|air strikes?|precision strikes?|self-defense strikes?)\b/i

/** A strike with the U.S. named as its author later in the sentence: "strikes by U.S. forces", "in retaliatory U.S. strikes", "killed by a U.S. drone". */
export const US_STRIKE_NOUN =
  /\b(?:retaliatory\s+|self-defense\s+|precision\s+)?(?:U\.?S\.?|American|U\.S\.-led|coalition)\s+(?:retaliatory\s+|military\s+|self-defense\s+|precision\s+|drone\s+|unilateral\s+|airborne\s+|helicopter\s+)?(?:air ?strikes?|strikes?|raids?|bombing)\b|\b(?:air ?strikes?|strikes?) (?:carried out |conducted )?by (?:the )?(?:U\.?S\.?|American|United States)\b|\b(?:killed|slain|assassinated)\s+(?:in|by)\s+(?:a|an|the)\s+(?:U\.?S\.?|American)\s+(?:drone|air ?strike|missile|strike|raid|helicopter)\b/i

/** What a U.S. strike hits: militia assets, not a base housing U.S. forces. */
export const STRIKE_TARGET =
  /\b(facilit(?:y|ies)|sites?|targets?|depots?|positions?|headquarters|storage|militants|fighters|commander|leaders?|vehicle|weapons|members|operatives|command and control|munitions|compound|warehouse|individuals|people|men|crews?|(?:rocket|launch) rails?|launch(?:er|ers| sites?| positions?))\b/i

/** Another state as the one who strikes: these are not this timeline's attacks or U.S. strikes. */
export const OTHER_STATE_AGENT =
  /\b(Israel(?:i)?|IDF|Jordan(?:ian)?|Turk(?:ey|ish)|Russia(?:n)?|Syrian (?:army|government|forces|air force)|Iran(?:ian)? (?:fired|launched|struck|(?:ballistic |cruise )?missiles?)|the IRGC (?:fired|launched|struck))\b[^.;]{0,60}\b(strikes?|struck|air ?strikes?|bombed|attacked|raids?|shelled|fired|launched)\b|\b(?:Israeli|Jordanian|Turkish|Russian) (?:air ?strikes?|strikes?|raids?|jets|warplanes|shelling|bombing)\b/i

/**
 * Another state's strikes, named by its adjective or its force: "Turkish air strikes", "Israeli raids", "Iranian missile
 * strikes", "Iran's Revolutionary Guards fired ballistic missiles". Iran's own are its missiles only: "Iranian drone
 * attacks" and "Iranian rocket fire" are what writers call the militias' attacks too. Global, to blank every one.
 */
export const OTHER_STATES_STRIKES =
  /\b(?:Israeli|Jordanian|Turkish|Russian)\s+(?:drone\s+|air\s*)?(?:strikes?|airstrikes?|raids?|shelling|bombing)\b|\b(?:Iranian|Iran['’]s|IRGC)\s+(?:ballistic\s+)?missiles?(?:\s+(?:strikes?|attacks?|barrage))?\b|\b(?:Iran's\s+)?(?:Islamic\s+)?(?:Revolutionary\s+Guards?(?:\s+Corps)?|IRGC)\s+(?:fired|launched)\s+(?:[\w-]+\s+){0,2}?missiles\b/gi

/** Ships and the sea: missiles at ships are not attacks on bases. */
export const MARITIME = /\b(ships?|vessels?|warships?|destroyers?|tankers?|shipping|merchant|maritime|Red Sea|Gulf of Aden|Bab el-Mandeb|USS|naval)\b/i

/**
 * Threats, warnings, plans and conditions: no attack has happened yet. Not a modal of the past ("the drone that killed
 * three soldiers may have been let through", "could have been worse"): a guess about what happened.
 */
export const THREAT =
  /\b(threaten\w*|vow\w*|warn\w*|pledg\w*|promis\w*|(?:will|would|could|may|might)(?!\s+(?:not\s+)?have\s+\w+(?:ed|en|wn|ne|ck|ught)\b)|plans?|planned|planning|intend\w*|prepar\w*|ready to|seeks? to|seeking to|if|unless|capable of)\b/i

/**
 * A threat that governs the sentence: a word of threat, and no attack told as done in the main
 * clause. In "Rockets struck an air base on Monday, at a moment when Washington braces for a
 * threatened strike", the attack happened and the threat is about something else; in "Drones
 * could hit the base" nothing has happened yet.
 */
export function threatens(sentence: string): boolean {
  // "the drone was brought down before it could reach its target": what was prevented, told after the fact. "the number
  // could grow": a toll that may rise (not of civilians, whose toll may be another strike's).
  const prevented = sentence.replace(PREVENTED, ' ')
  const text = CIVILIANS.test(prevented) ? prevented : prevented.replace(MAY_RISE, ' ')
  if (!THREAT.test(text)) return false
  const done = DONE_ATTACK.exec(text)
  // The main clause ends at the first "which", "who", "that", semicolon or colon.
  return done === null || MAIN_CLAUSE_END.test(text.slice(0, done.index))
}

/** "that figure could keep climbing", "the toll may rise": the toll just given may grow, which makes it no forecast of attacks. */
export const MAY_RISE =
  /\b(?:(?:that|the|this|a)\s+(?:(?:casualty|death|injury|wounded)\s+)?(?:figure|number|toll|count|tally|total)(?:\s+of\s+(?:injured|wounded|dead|casualties))?\s+(?:that\s+|which\s+)?)(?:could|may|might|would|will|is expected to|was expected to)\s+(?:(?:keep|still|yet|further)\s+)?(?:climb|rise|grow|go up|increase)\w*/gi
/** A toll of civilians, or of those in a city: another strike's dead, told beside the attack. */
export const CIVILIANS = /\bcivilians?\b|\bin the city\b/i

/** An attack told as done: "Rockets struck", "a drone hit", "came under", "the drone was brought down". */
const DONE_ATTACK =
  /\b(?:struck|attacked|targeted|slammed into|crashed into|exploded|came under|(?:rockets?|drones?|missiles?|mortars?) hit|(?:was|were) (?:brought down|shot down|intercepted|downed))\b/i
/** "before it could reach its target", "before they could do any harm": what was prevented, not what may come. */
const PREVENTED = /\bbefore (?:it|they|the [\w-]+|either|any) (?:could|was able to|were able to)\b/gi
const MAIN_CLAUSE_END = /\b(?:which|who|that)\b|[;:]/i

/**
 * One character inside a clause, for rules that must stay in it: anything but a full stop or a semicolon, or the dot of
 * an abbreviation that ends no clause ("Jan.", "Sept.", "U.S.", "p.m."). `ANSWERS` and the time-zone clause use it.
 */
export const IN_CLAUSE = String.raw`(?:[^.;]|(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U|U\.S|[ap]|[ap]\.m))\.)`

/** Counts of attacks: "at least 24 strikes", "almost a dozen times", "a series of drone attacks", a tracker's "Qasrak base: 1 attack". */
export const AGGREGATE =
  /\b(?<!\b(?:none|neither|each|all|any|both) of the\s)(?:(?:at least|more than|over|nearly|almost|some|about|roughly|around)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|several|multiple|numerous|a series|a string|a wave|a spate|(?:a\s+)?(?:steady\s+|constant\s+)?drumbeat|a number|scores|hundreds|repeated(?:ly)?)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:attacks|strikes|assaults|times|incidents|occasions)\b|\b(?:almost|nearly) a dozen times\b|\bseveral times\b|\brepeatedly\b|\b(?:days|weeks|months) of\s+(?:[\w-]+\s+){0,4}?(?:attacks|strikes|assaults)\b|:\s*\d{1,4}\s+(?:attacks?|strikes?|incidents?)\s*$/i

/** An official's reaction to strikes: "condemned the U.S. strikes", "called the strikes a hostile act". */
export const REACTION =
  /\b(?:condemn\w*|denounc\w*|criticiz\w*|called|described|protest\w*|rejected)\b[^;]{0,40}?\b(?:air ?strikes?|strikes?|attacks?|raids?|bombing)\b/i

/** A past-tense verb of attack, or an attack on it told as a noun ("reported a rocket attack on the base", "a rocket barrage on the base"): what lets "the base" in a sentence point back at a named base. */
export const PAST_ATTACK =
  /\b(?:(?<!\b(?:no|any) )(?:drone |rocket |missile )?(?<!\b(?:no|any) )(?:attack|strike|barrage|salvo|volley) (?:on|at|against) (?=the )|(?:carried out|launched|conducted) (?:on|against) (?=the )|struck|hit|targeted|attacked|fired|launched|landed|came under|shelled|exploded|crashed|fell(?<=\b(?:drones?|rockets?|missiles?|projectiles?|UAVs?|shells?|mortars?|rounds?|munitions?|Katyushas?|Grads?)\b[^.;]{0,60}?fell)|downed|intercepted|shot down|brought down|engaged(?= (?:(?:a|an|the|two|three|four|five|six|several|multiple|\d+)\s+)?(?:(?:one-way|attack|explosive(?:-laden)?|armed|hostile|enemy|suicide|incoming|kamikaze|small|unmanned|aerial|Iranian-made|additional|more|other)\s+){0,3}(?:drones?|rockets?|missiles?|UAVs?|UAS|projectiles?)\b(?! (?:launch|launcher|team|crew|cell|site|position|unit)s?\b))|slammed|rained down|destroyed|sent (?:against|toward|towards|at)|aimed at|went (?:for|after|at)|flew (?:at|into|toward|towards)|flown (?:at|against)|head(?:ing|ed) (?:for|toward|towards))\b/i

/** "the base", "the airfield", "struck there": a reference back to the base the text last named. */
export const ANAPHORIC_BASE =
  /\b(?:the|that) (?:same )?(?:(?:U\.S\.|US|American|coalition|U\.S\.-led coalition|US-led coalition|military|[A-Z][a-z]+) )?(?:base|air ?base|airbase|airfield|airstrip|garrison|outpost|compound|installation|facility|landing zone|gas plant|gas field|oil field)\b|(?<=\b(?:attacks?|strikes?|hit|struck|killed|wounded|landed|exploded)\s+)there\b/i

/**
 * "there" up to three words after an attack verb ("A drone struck living quarters there"), when no name before it in the
 * sentence may be a nearer place (a day or a month may be there; not "Israeli missiles struck near Damascus
 * airport, and one hit a warehouse there"). Case-sensitive: a capital is what marks a name. "there" is matched first, so
 * the look back to the sentence's start runs only where it stands, not at every position.
 */
export const THERE_AFTER_OBJECT = new RegExp(
  String.raw`\bthere\b(?!\s+(?:was|were|is|are|had|have|has|will|would|could|might|may)\b)(?<=^(?:[^A-Z]|\b(?:[A-Z][a-z]+day|${MONTH_WORD}|On|In|At|A|An|The|Late|Early|Earlier|Later|Then|Hours|Minutes)(?!\w))*?\b(?:attacks?|strikes?|hit|struck|targeted|killed|wounded|landed|exploded)\s+(?:(?!(?:and|but|or|when|after|before|while)\b)[\w.-]+\s+){1,3}?there)`,
)

/** "was not at", "did not take place at": the words before a place where an attack did not happen. */
export const NOT_AT = String.raw`\b(?:(?:was|were|had been)\s+not|did not (?:happen|take place|occur))\s+(?:at|on|against|in)\s+(?:the\s+)?`

/**
 * "two drones were sent at it", "rockets were fired at it": "it" as what the weapons, the sentence's subject, were fired
 * at, which points back at the base named last, as "the base" does. Not "struck it" or "hit it" (a U.S. gunship strikes a
 * launch team's vehicle, a missile hits a tanker), nor "Houthi forces fired a missile at it" or "troops fired at it".
 */
export const IT_ATTACKED = /\b(?:was|were|had been|have been)\s+(?:[\w-]+\s+)?(?:sent|fired|launched|flown|directed|aimed)\s+at\s+it\b/

/** A word for a base, to recognize a place named as attacked that the gazetteer lacks. */
export const UNKNOWN_BASE =
  /\b(?:at|on|targeting|targeted|near|against|struck|hit|attacked)\s+(?:the\s+)?((?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+)\s+(air ?base|airbase|base|garrison|airport|airfield|camp|oil field|gas field|outpost|military base)\b/

/** Adjectives that are not names ("an Iraqi base", "the U.S. base", "the Army outpost", "the French base"). */
export const NOT_A_NAME =
  /^(?:U\.?S\.?|US|American|Iraqi|Syrian|Jordanian|Kurdish|Coalition|Military|Iranian|Israeli|Another|The|A|An|One|This|That|Its|Their|Army|Marine|Marines|Navy|Naval|Air|Allied|Western|French|British|Italian|German|Spanish|Australian|Canadian|Danish|Dutch|Norwegian)$/

/** Speech and decision verbs that make a dated official sentence a statement. */
export const SPEECH =
  /\b(said|says|told|tells|stated|announced|ordered|pledged|confirmed|denied|warned|urged|condemned|denounced|called for|called|described|vowed|declared|echoed|briefed|acknowledged|insisted|stressed)\b/i

/** A paragraph that introduces an excerpt of another outlet: "CNN reports:", "NBC News reported:". */
export const EXCERPT_INTRO = /^\s*(.{2,40}?)\s+(?:reports|reported|writes|wrote|says|said|notes)\s*:\s*$/

/** Wording that puts an attack before the story's day: "earlier", "previously", "last month", "had already been". */
/** Words that set an attack named after them before the one in hand: "following a rocket strike on", "comes days after", a fronted "After the drone that killed three soldiers at Tower 22, …". */
export const FOLLOWED =
  /\bfollow(?:s|ed|ing) (?:a|an) (?:[\w-]+ ){0,2}?(?:strike|attack|explosion|blast|barrage)|\b(?:comes?|came|coming) (?:just |only )?(?:days|hours|weeks|a (?:day|week)) after\b|^\W{0,4}after (?:the|a|an) (?:[\w-]+ ){0,3}?(?:drones?|attacks?|strikes?|rockets?|missiles?)(?: (?:that|which)\b|,)/i

export const EARLIER = new RegExp(
  String.raw`\b(?:earlier|previously|before that|prior to|last (?:week|month|year)|in the past|ago|already|in (?:response|retaliation|reply) to|retaliat\w* for|answer(?:ed|ing)? (?:the )?attacks?|to avenge|including the (?:[\w-]+ )?(?:attack|assault|strike)|(?:a|one|two|three|several|a few|a couple of) (?:days?|weeks?|months?) (?:before|earlier)|follow(?:s|ed|ing)? (?:by |on )?(?:a|one|two|three|several|a few|a couple of) (?:days?|weeks?)|since|first attack|had been (?:hit|struck|targeted|attacked))\b|${FOLLOWED.source}`,
  'i',
)

/**
 * Wording that puts an attack some days after (or apart from) the story's, on no day it names: "within days", "weeks
 * later", "in the days that followed", "the first week's attacks on al-Tanf and al-Asad".
 */
export const LATER_UNDATED =
  /\b(?:the (?:first|second|third|last|final|opening) (?:week|month|fortnight)['’]s\s+(?:[\w-]+\s+)?(?:attacks|strikes)|within (?:days|weeks|months)|(?:days|weeks|months) later|in the (?:days|weeks|months) (?:that followed|after|since)|in the following (?:days|weeks|months)|over the (?:next|following|ensuing) (?:days|weeks|months))\b/i

/**
 * Attacks told as a bare plural after a preposition: "21 personnel were hurt in drone attacks on al-Asad and al-Tanf",
 * "killed in attacks on U.S. troops". A set of attacks summed up, not one attack of a day.
 */
export const IN_ATTACKS_ON = /\b(?:in|by|from)\s+(?:(?:drone|rocket|missile|militia)\s+)?attacks\s+(?:on|against)\b/i

/** A sentence that names the base the story's attack hit, without a verb of attack: "The target was Ayn al-Asad Airbase". */
export const TARGET_NAMED =
  /\b(?:the (?:intended )?target(?:ed base| of the (?:attack|strike|drones?|rockets?))? (?:was|is)|(?:was|were) the (?:intended )?targets?\b|the base (?:targeted|attacked|hit|struck) (?:was|is)|identif(?:y|ies|ied) (?:the (?:base|target|outpost|site) )?as|the (?:base|installation|outpost|garrison|site|facility|target) in question (?:was|is))\b/i

/** U.S. troops as the ones hurt: "Three U.S. Army soldiers killed and dozens wounded": victims, not the U.S. striking. */
export const US_VICTIMS =
  /\b(?:U\.?S\.?|American|coalition)\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|service ?members|personnel|servicemen|sailors|airmen|marines|contractors?|reservists)\s+(?:were\s+|was\s+|had been\s+)?(?:killed|wounded|injured|hurt|died)\b/i

/** An indefinite base and the word that sets it in an area: "a base in", "another outpost near". */
const AN_UNNAMED_BASE = String.raw`\b(?:an?|another|one|two|three|other)\s+(?:[\w.-]+\s+){0,2}?(?:bases?|outposts?|positions?|facilit(?:y|ies))\s+(?:in|near|at)`

/** An indefinite base in an area, one of its own, right before the area: "a base in northern Iraq", "another outpost near Hasakah", "a U.S. position at al-Malikiyah". */
export const AN_UNNAMED_BASE_IN = new RegExp(String.raw`${AN_UNNAMED_BASE}\s+(?:the\s+)?$`, 'i')

/** A sentence that tells of an indefinite base in an area: "A third drone was destroyed over a base in northern Iraq". */
export const TELLS_AN_UNNAMED_BASE = new RegExp(String.raw`${AN_UNNAMED_BASE}\s`, 'i')

/** A report that says its source kept the base back: "without naming the base", "did not identify the site". */
export const UNNAMED_BASE =
  /\b(?:without (?:naming|identifying|specifying|saying which)|did not (?:name|identify|specify|say which)|declined to (?:name|identify|specify)|would not (?:name|identify|say which))\b[^.;]{0,20}?\b(?:bases?|sites?|locations?|installations?|facilit(?:y|ies))\b/i

/**
 * "Bashar al-Asad", "President al-Asad", "the al-Asad regime": a family name that is also a base's short name, here a
 * person's or a government's.
 */
export const namesAPerson = (text: string, p: { start: number; end: number }): boolean =>
  /\b(?:Bashar|Hafez|Hafiz|Maher|Asma|Basil|Rifaat|Bushra|President|Mr\.?|Mrs\.?|Dr\.?)\s+$/.test(text.slice(Math.max(0, p.start - 20), p.start)) ||
  /^['’]?s?\s+(?:regime|government|family|dynasty|era|rule|loyalists|clan|administration)\b/i.test(text.slice(p.end, p.end + 25))

/**
 * "an advanced position near the Kingdom's border with Syria", "a base in Syria near the border with Iraq": the country
 * across a border is where the border runs to, not where the attack happened.
 */
export const namesABorder = (text: string, p: { start: number; end: number; value: { precision: string } }): boolean =>
  p.value.precision === 'country' && /\b(?:border|frontier)s?\s+with\s+(?:neighbou?ring\s+)?$/i.test(text.slice(Math.max(0, p.start - 30), p.start))

/** "since the war in Gaza began", "the Gaza war": a place named for a war, a time, not where an attack happened. */
export const namesAWar = (text: string, p: { start: number; end: number }): boolean =>
  /\b(?:war|conflict|crisis)\s+(?:in|on|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 30), p.start)) ||
  /^\s*(?:war|conflict|crisis|ceasefire|truce)\b/i.test(text.slice(p.end, p.end + 20))

/**
 * A clause that describes the base before it by another place: "the outpost, which supports the al-Tanf garrison",
 * "Tower 22, home to about 350 personnel who support the al-Tanf garrison".
 */
export const DESCRIBING =
  /^[^.;]*?,\s*(?:(?!(?:and|or|but|while|as|when|after|before)\b)(?:(?!(?:attacks?|strikes?|drones?|rockets?|missiles?|UAVs?|hours?|days?|weeks?|after|before|since|when)\b)[\w'’-]+\s+){1,12})?(?:which|that|who)\s+(?:supports?|serves?|supplies|neighbou?rs?|borders?|lies|sits|is|was|houses?|hosts?|overlooks?)\b[^,;]*$/i

/** Words that place a landmark relative to a base: "near", "close to", "next to", "north of"; also after an apposition ("Tower 22, a small logistics post on the frontier near the Rukban area") and after "area" or "camp" ("the al-Rukban area near al-Tanf"). */
export const LANDMARK =
  /^\s*(?:(?:air\s*)?base|airbase|airfield|airstrip|garrison|outpost|area|camp)?\s*(?:,\s*an?\s+(?:[\w-]+\s+){0,3}?(?:post|outpost|base|site|garrison|installation|facility|position|airfield|airstrip)(?:\s+(?:used|run|manned|operated|on|in|along|housing|hosting)\b[^,;]{0,60}?)?\s+|,?\s*)(?:(?:belonging to|used by|housing|hosting|run by|operated by)\s+(?:the\s+|a\s+)?(?:[\w.-]+\s+){1,3}?)?(?:(?:(?:in|of)\s+[\w-]+(?:\s+province)?,?|in\s+[\w-]+\s+[\w-]+,)\s+(?:just\s+)?)?(?:near|nearby|close to|next to|adjacent to|outside|beside|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of|not far from|across the (?:border|frontier) from|(?:(?:about|some|roughly|around|only|just|nearly|less than)\s+)?(?:\d[\d,.]*|a few|several|a couple of)\s*-?\s*(?:km|kilometres?|kilometers?|miles?)\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+(?:of|from)|from|away from)|on the (?:grounds|outskirts) of|(?:out\s+)?in the (?:countryside|outskirts|area|vicinity|desert|suburbs) of)\s+(?:the\s+)?(?:city of\s+|town of\s+|(?:(?:U\.S\.|US|American|coalition)\s+)?(?:garrison|base|outpost)\s+(?:at|in|of)\s+(?:the\s+)?)?$/i

/**
 * One event timed by another, with no count between: "also followed an explosion", "came after drones targeted", "came on the
 * heels of". Not a time of day ("came shortly after midnight on Tuesday") nor "followed on Thursday".
 */
export const CAME_AFTER =
  /\b(?:(?:also\s+)?follow(?:s|ed)\s+(?=(?:a|an|the|two|three|several|some)\s)|(?:comes?|came)\s+(?:just\s+|only\s+|shortly\s+|soon\s+)?(?:(?:(?:a few|several|some)\s+)?(?:days|hours|weeks)\s+)?(?:after|on the heels of|in the wake of)\s+(?!(?:midnight|dark|dawn|daybreak|sunrise|sunset|dusk|nightfall|noon|midday|sundown|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:the\s+)?(?:early\s+)?(?:evening|morning|night|afternoon|hours?)\b)))/i

/** A speaker who knows nothing of what follows: "not aware of", "not tracking", "haven't seen reports of", "no information on". */
export const KNOWS_NOTHING_OF = String.raw`(?:(?:not|[a-z]+n't) (?:aware of|tracking|(?:seen|heard) (?:any )?reports of)|\bunaware of|\b(?:no|(?:do|does|did) not have any|(?:don't|doesn't|didn't) have any) (?:information|knowledge) (?:of|about|on))`
/** The same, as "had seen no reports of": `KNOWS_NOTHING_OF` or this, before the attack the speaker knows nothing of. */
export const SEEN_NO_REPORTS_OF = String.raw`\b(?:seen|heard|had|have|has)\s+no\s+reports?\s+of`
