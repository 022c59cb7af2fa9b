/**
 * An attack on U.S. forces told as an incident when no base is named. Each row is one way of telling it, with an
 * example; a sentence tells such an attack when any row matches it. The rows are read only after the traps (threats,
 * counts, strikes on armed groups, U.S. strikes) have passed on the sentence: see `classify-sentence.ts`.
 */
export interface SitelessAttackRow {
  /** What the row reads, as an example sentence. */
  example: string
  pattern: RegExp
}

/** A month's name written whole or with a dot ("separate" and "Marine" are not months). */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)`

/** Who stands on the U.S. side of an attack, as the rows write it. */
const US = String.raw`(?:\bU\.?S\.?(?![a-z])|\bAmerican|\bcoalition)`

export const SITELESS_ATTACKS: SitelessAttackRow[] = [
  {
    example: 'launched drones at bases housing U.S. troops; a militia launches a drone at an air base where American troops sleep (a chronology’s present)',
    pattern: new RegExp(
      String.raw`\b(?:attacked|struck|hit|targeted|(?:fired|launched)\b[^.;]{0,60}?\btargeting|fire[sd] (?:at|on|upon|toward|towards)|launch(?:ed|es)\b[^.;]{0,60}?\b(?:at|on|against|toward|towards)|shelled|rained down on)\b[^.;]{0,60}?` +
        String.raw`(?:${US}|"?occupation bases?|bases? (?:housing|hosting|where))`,
      'i',
    ),
  },
  {
    // Not what the U.S. or another state flies ("a U.S. Army helicopter crashed into", "a U.S. MQ-9 Reaper drone crashed
    // into", "a Turkish drone crashed into"), a crash told as an accident ("after losing its link", "during a training
    // flight"), or what may come ("only a matter of time before a drone slammed into").
    example:
      'a one-way attack drone slammed into a U.S. military site in northeastern Jordan; three mortar rounds slammed into a U.S. base; a drone packed with explosives smashed into a remote US desert outpost',
    pattern: new RegExp(
      String.raw`(?<!\b(?:U\.S\.|US|American|coalition|friendly|Turkish|Israeli|Russian|Syrian|Iraqi|Jordanian)\s+(?:[\w-]+\s+){0,3})(?<!\b(?:before|if|could|would|might|may|will)\s+(?:[\w-]+\s+){0,4})\b(?:slamm(?:ed|ing)|crash(?:ed|ing)|smash(?:ed|ing)) into (?:a|an|the) (?:[\w-]+ ){0,2}?${US} (?:[\w-]+ )?(?:base|outpost|site|facility|garrison|position|installation)\b(?![^.;]*\b(?:losing (?:its|the) (?:link|signal)|lost (?:its|the) (?:link|signal)|mechanical|malfunction\w*|training (?:flight|mission|exercise)|accident\w*)\b)`,
      'i',
    ),
  },
  {
    example: 'A United States diplomatic facility in Baghdad came under attack; U.S. forces in Iraq are targeted in two drone attacks (a chronology’s present)',
    pattern: new RegExp(
      String.raw`\b(?:U\.?S\.?|United States|American|coalition) (?:and (?:international|other|allied|partner|coalition|Iraqi|Syrian|Kurdish) )?(?:[\w-]+ )?(?:forces|troops|personnel|bases?|positions|outposts?|garrisons?|installations?|facilit(?:y|ies))\b[^.;]{0,60}?\b(?:(?:came|comes) under (?:[\w-]+\s+){0,2}?(?:fire|attack)|(?:were|was|are|is) (?:attacked|targeted|hit))\b`,
      'i',
    ),
  },
  {
    example: 'A base in southern Syria where American soldiers train local fighters came under drone attack',
    pattern: new RegExp(
      String.raw`\b(?:base|outpost|garrison|facility|airfield)\b[^.;]{0,30}?\b(?:housing|hosting|where|used by)\b[^.;]{0,40}?${US}[^.;]{0,100}?\b(?:came|comes|has come) under (?:[\w-]+ ){0,2}?(?:attack|fire)\b`,
      'i',
    ),
  },
  {
    example: 'At least five U.S. personnel were wounded in an attack on a military base in Iraq',
    pattern: new RegExp(
      String.raw`\b${US} (?:[\w-]+ ){0,2}?(?:troops|soldiers|personnel|service ?members|forces)\b[^.;]{0,40}?\b(?:were|was) (?:killed|wounded|injured|hurt)\b[^.;]{0,50}?\b(?:in|by) (?:an?|the) (?:[\w-]+ ){0,3}?(?:attack|strike)\b`,
      'i',
    ),
  },
  {
    example:
      'an attack on an American base; a drone attack by Iran-backed militias on a U.S. base in Syria; a drone attack on a base housing US troops; a drone strike late on Sunday on a base in eastern Syria that houses American troops; an attack with a drone on the base of the American occupation in al-Malikiyah',
    pattern: new RegExp(
      String.raw`\b(?:attack|strike|assault)(?: by [^,.;]{2,40}?)?(?: with (?:an? |two |three |several |(?:[\w-]+ )?)(?:drones?|rockets?|missiles?|UAVs?))?(?: (?:(?:late|early) )?(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?)? (?:on|against|targeting) (?:the |a |an )` +
        String.raw`(?:(?:[\w-]+ ){0,2}?${US}(?:-(?:led|run))? (?:military )?(?:base|outpost|garrison|facility|position)\b|(?:base|outpost|garrison) of (?:the )?${US} (?:occupation|forces|troops|army)\b|(?:[\w-]+ )?(?:base|outpost|garrison|facility) (?:in (?:[\w-]+ ){1,2})?(?:housing|hosting|used by|that (?:hosts|houses)|where) (?:[\w-]+ ){0,2}?${US})`,
      'i',
    ),
  },
  {
    example:
      'U.S. forces engaged two one-way attack drones; coalition forces shot down a drone (CENTCOM’s own words); U.S. forces bring down two drones (a chronology’s present)',
    pattern: new RegExp(
      String.raw`\b${US} (?:and coalition )?(?:forces|troops|military)\b[^.;]{0,30}?\b(?:engaged?|shot down|shoots? down|brings? down|intercept(?:ed|s)?|downed)\s+(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|rockets?|missiles?)\b`,
      'i',
    ),
  },
  {
    example: 'rockets and drones target two bases housing U.S. troops (a chronology’s present)',
    pattern: new RegExp(
      // A plural subject with the plain verb, or a singular one with its -s ("a rocket hits"); "drone strike" is a noun.
      String.raw`(?:\b(?:drones|rockets|missiles|mortars|UAVs)(?: and (?:drones|rockets|missiles|mortars|UAVs))? (?:target|hit|strike)|\b(?:drone|rocket|missile|mortar|UAV) (?:targets|hits))\b[^.;]{0,60}?(?:${US}|bases? (?:housing|hosting|where))`,
      'i',
    ),
  },
  {
    example:
      'the drone attack that killed three U.S. service members; a one-way drone attack in Iraq leaves one U.S. service member in critical condition; a drone attack in Syria slightly injured one service member (a U.S. word)',
    pattern: new RegExp(
      // Not an earlier attack the sentence dates by ("after a drone killed three U.S. soldiers", "the January drone strike that killed").
      String.raw`\b(?=attack|strike|drone|rocket|missile)(?<!\b(?:after|since|following|before|than|like)\s+(?:[\w-]+\s+){0,3}|\b${MONTH}\s+(?:[\w-]+\s+){0,2})` +
        String.raw`(?:attack|strike|drone|rocket|missile)s?\b(?:(?!\b${MONTH}\b|\b(?:following|after|since|before|when)\b)[^.;]){0,80}?\b(?:killed|kills|wounded|wounds|injured|injures|leaves|left)\s+(?:[\w-]+\s+){0,3}?(?:${US}\s+(?:[\w-]+\s+){0,2}?(?:troops?|soldiers?|personnel|service ?members?|contractors?|forces)|(?:[\w-]+\s+){0,2}?service ?members?)\b`,
      'i',
    ),
  },
  {
    example: 'two U.S. service members suffered minor injuries from a one-way drone attack in Syria',
    pattern: new RegExp(
      String.raw`\b${US} (?:[\w-]+ ){0,2}?(?:troops|soldiers|personnel|service ?members|forces)\b[^.;]{0,40}?\b(?:suffered|sustained|received) (?:[\w-]+ ){0,3}?(?:injuries|wounds) (?:from|in) (?:an?|the) (?:[\w-]+ ){0,3}?(?:attack|strike)\b`,
      'i',
    ),
  },
  {
    example: 'rockets were fired at U.S. and coalition forces',
    pattern: new RegExp(String.raw`\b(?:were|was) (?:fired|launched) (?:at|on|toward|towards)\b[^.;]{0,30}?${US}\b`, 'i'),
  },
  {
    example: 'a drone attack on American forces',
    pattern: new RegExp(
      String.raw`\b(?:drone|rocket|missile|mortar) (?:attack|strike)s? (?:on|against|targeting) (?:the |a |an )?(?:small |remote |large |major )?${US}\b`,
      'i',
    ),
  },
  {
    example: 'the attacks on Sunday; Monday’s attack (a specific attack the text already named)',
    pattern: new RegExp(
      String.raw`\b(?:the|this|that|these|those) (?:[\w-]+ )?(?:attacks?|strikes?|assaults?) (?:on|of|late|early) (?:(?:late|early) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})\b` +
        String.raw`|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s (?:[\w-]+ )?(?:attacks?|assaults?)\b`,
      'i',
    ),
  },
  {
    // "Sunday's strikes" alone are as often the U.S. strikes of a day: a strike only when it was on a base.
    example: "Sunday's strike on a base",
    pattern: new RegExp(
      String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s (?:[\w-]+ )?strikes? (?:on|against|targeting) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:base|outpost|garrison|U\.?S\.?|American|coalition)\b`,
      'i',
    ),
  },
  {
    example:
      'drones were flown at two bases in Iraq that host American troops; crashed into a base used by U.S. forces; a drone "impacted at a base in northeast Jordan"',
    pattern: new RegExp(
      String.raw`\b(?:drones?|rockets?|missiles?|mortars?|projectiles?|UAVs?|Katyushas?)\b[^.;]{0,50}?\b(?:flown at|flew at|aimed at|sent (?:[\w-]+\s+){0,4}?(?:against|at)|crashed into|slammed into|went (?:after|for)|headed for|heading for|impacted (?:at|on|near|inside))\b[^.;]{0,60}?(?:bases?|outposts?|garrisons?|facilit(?:y|ies)|positions)\b`,
      'i',
    ),
  },
  {
    example: 'a base used by the U.S.-led coalition came under rocket fire',
    pattern: new RegExp(
      String.raw`\b(?:bases?|outposts?|garrisons?|facilit(?:y|ies)) (?:in [\w-]+ )?(?:used by|belonging to|that (?:host|house)s?|hosting|housing|where) (?:[\w-]+ ){0,3}?(?:U\.S\.-led|U\.?S\.?|American|coalition|international)\b[^.;]{0,60}?\b(?:(?:were|was) (?:struck|hit|targeted|attacked)|came under (?:[\w-]+[\s-]){0,2}?(?:fire|attack))\b`,
      'i',
    ),
  },
  {
    example: 'a third drone was destroyed over a base in northern Iraq; a rocket was intercepted near a base in Syria',
    pattern:
      /\b(?:drones?|rockets?|missiles?|projectiles?|UAVs?)\b[^.;]{0,30}?\b(?:was|were) (?:destroyed|shot down|downed|intercepted|brought down) (?:over|near|above|approaching|close to) (?:a|an|two|three) (?:[\w-]+ ){0,2}?(?:bases?|outposts?|garrisons?|facilit(?:y|ies))\b/i,
  },
  {
    // The dot of an abbreviated month before its day ("on Jan. 28") is no sentence's end.
    example: 'the outpost was struck by drones; the outpost was hit before dawn on Jan. 28 by a one-way attack drone',
    pattern: /\b(?:were|was) (?:struck|hit|targeted|attacked)\b(?:[^.;]|\.(?= \d)){0,50}?\b(?:drones?|rockets?|missiles?)/i,
  },
  {
    // "Service members" are the U.S. military's own word for its people, so the attack was on U.S. forces.
    example: 'three service members were killed and 25 injured when a one-way attack drone hit a base in northeast Jordan',
    pattern: /\bservice ?members\b[^.;]{0,40}?\b(?:were|was|are|is) (?:killed|wounded|injured|hurt)\b[^.;]{0,100}?\b(?:drones?|rockets?|missiles?|attack)\b/i,
  },
]

/** The row that reads the sentence as an attack on U.S. forces with no base named, if any. */
export const sitelessAttack = (text: string): SitelessAttackRow | undefined => SITELESS_ATTACKS.find((row) => row.pattern.test(text))
