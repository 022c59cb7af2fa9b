import type { Denial } from '../model/report.js'
import { KNOWS_NOTHING_OF, SEEN_NO_REPORTS_OF } from './sentence-cues.js'

/** A verb of denial: "denied", "rejects", "dismissed", "refuted". */
export const DENY = String.raw`(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)`
/** Words that call a report untrue: "are not true", "was false", "baseless claims". */
const UNTRUE = String.raw`(?:(?:is|are|was|were|as) (?:not true|untrue|false|baseless|unfounded|fabricated|inaccurate)|(?:false|baseless|unfounded|fabricated) (?:claims?|reports?|allegations?))`
/** The words of a toll. */
const TOLL = String.raw`(?:casualt(?:y|ies)|deaths?|killed|fatalit(?:y|ies)|fatal|injur(?:y|ies|ed)|wounded|dead|losses|hurt)`
/** U.S. or coalition forces, as news names them; "military forces" as an official says it of their own, right after the speech verb or "and" or "but". */
const US_FORCES = String.raw`(?:(?:U\.?S\.?|American|coalition) (?:forces|troops|personnel|soldiers|service ?members|military)|(?<=\b(?:said|that|saying|and|but)\s["“]?)military (?:forces|personnel))`
/** An attack said to be an aggregate rather than one event: "no attack … had been recorded since February". */
const NOT_SINCE = String.raw`(?![^;]{0,40}\bsince\b)`

/**
 * Words that look like a denial and are not one, blanked before the rules read the sentence: a denial
 * negated or withheld ("did not deny", "declined to confirm or deny", "neither confirmed nor denied"),
 * and "rejected" meaning condemned ("rejected any attack on the coalition's bases").
 */
const NOT_A_DENIAL = [
  /\b(?:confirm(?:s|ed|ing)?|verif(?:y|ies|ied|ying)) (?:or|nor) (?:den(?:y|ies|ied|ying)|refute)\b/gi,
  /\b(?:did|does|do|would|could|has|have|had|will)(?: not|n't) (?:yet |immediately |publicly )?(?:deny|denied|reject(?:ed)?|dismiss(?:ed)?|refute(?:d)?|disputed?)\b/gi,
  /\b(?:declined|refused|failed|unwilling) to (?:deny|reject|refute)\b/gi,
  /\b(?:without|not|never) (?:deny|denying|denied|dispute|disputing|disputed)\b/gi,
  /\b(?:no one|nobody|none)\b[^;]{0,20}\bden(?:y|ies|ied)\b/gi,
  // "had seen no reports of an attack on Harir air base, but that a drone hit Ain al-Asad": an attack on another base the
  // speaker knows nothing of, beside the strike told (the base it names is no place of the attack: `no-target.ts`).
  new RegExp(
    String.raw`(?:${KNOWS_NOTHING_OF}|${SEEN_NO_REPORTS_OF}) (?:any|an|a) (?:[\w-]+ )?(?:attacks?|strikes?|incidents?) (?:on|at|against|targeting) [^,;.]{1,60}?(?=,?\s+but (?:that |said )?(?:[\w-]+ ){0,3}?(?:drones?|rockets?|missiles?)\b[^.;]{0,40}?\b(?:hit|struck|landed|targeted|attacked)\b)`,
    'gi',
  ),
  /\breject(?:s|ed|ing)? (?:(?:any|all|every|the|such|these|those) )?(?:[\w-]+ )?(?:acts?|actions?|attacks?|aggression|violations?|interference|presence|escalation|targeting)\b(?! (?:claims?|reports?|accounts?))/gi,
]

/**
 * What a denial denies, in order: the first rule that matches names it. Explicit non-occurrence comes
 * first ("no attack took place" denies the attack whatever else the sentence says), then the denials
 * that take the attack as having happened, and last any other denial, which denies that it happened.
 */
const DENIALS: { denies: Denial; pattern: RegExp }[] = [
  // "did not take place", "no attack on the base had been recorded", "there had been no attack", "denied that an attack occurred"
  {
    denies: 'occurrence',
    pattern: new RegExp(
      // Not "that death did not occur during any of the attacks": something else did not happen in an attack that did.
      String.raw`\b(?:did not|didn't|never) (?:happen|occur|take place)\b(?!\s+(?:during|in|as part of|as a result of|because of)\s+(?:any of\s+)?(?:the|those|these|either of the)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|incidents?))` +
        String.raw`|\bno (?:such )?(?:[\w-]+ )?(?:attacks?|strikes?|incidents?|explosions?|blasts?)\b[^;]{0,60}?\b(?:took place|taken place|had occurred|occurred|happened|been (?:recorded|detected|registered)|(?:was|were) (?:recorded|detected))\b${NOT_SINCE}` +
        String.raw`|\bthere (?:had been|has been|have been|was|were) no (?:such )?(?:[\w-]+ )?(?:attacks?|strikes?|incidents?)\b${NOT_SINCE}` +
        String.raw`|\b${DENY}\b[^;,]{0,40}?\b(?:took place|taken place|had occurred|occurred|happened)\b` +
        // "had no record of an attack on al-Tanf", "no operational or intelligence reports confirming that any attack …"
        String.raw`|\bno (?:[\w-]+ ){0,3}?(?:records?|reports?|information|indications?|evidence)\b (?:of|that|confirming(?: that)?|showing(?: that)?) (?:an?|any|the|such an?) (?:[\w-]+ ){0,2}?(?:attacks?|strikes?)\b${NOT_SINCE}` +
        // "a claim the Department of Defense said it could find nothing to support"
        String.raw`|\b(?:could|can|did) (?:find|see) (?:nothing|no (?:evidence|sign|indication))\b|\bfound no (?:evidence|sign|indication)\b` +
        // "had received no operational or intelligence reports that would support the claim"
        String.raw`|\bno (?:[\w-]+ ){0,3}?(?:records?|reports?|information|indications?|evidence)\b (?:(?:that|which) )?(?:(?:would|could|might) |to )?(?:support|back|corroborate|confirm|substantiate)s?\b`,
      'i',
    ),
  },
  // "denied any involvement", "rejected accusations that Tehran had any role", "said it had no role in the attack"
  {
    denies: 'responsibility',
    pattern: new RegExp(
      String.raw`\b${DENY}\b[^;]{0,80}?\b(?:involvement|involved|role|responsibility|responsible|behind|links? (?:to|with)|complicity|part in)\b` +
        String.raw`|\b${DENY} (?:having |that (?:[\w-]+ ){1,3}?(?:had )?)?(?:carr(?:ying|ied) out|conduct(?:ing|ed)|order(?:ing|ed))\b` +
        String.raw`|\b(?:had|has|have|played) no (?:role|part|involvement|hand)\b|\bnot (?:involved|responsible) (?:in|for|with)\b`,
      'i',
    ),
  },
  // "American troops were not the target", "denied that U.S. forces were targeted", "was not aimed at coalition forces"
  {
    denies: 'target',
    pattern: new RegExp(
      String.raw`\b${US_FORCES}\b[^;]{0,30}?\b(?:(?:were|was|are|is|had been) not|(?:had|have|has) not been) (?:the )?(?:intended )?(?:targets?|targeted|aimed at|what (?:[\w-]+ ){1,4}?(?:aimed|aiming|targeted|targeting)\b)\b` +
        String.raw`|\bnot (?:targeting|aimed at|directed at|an attack on) (?:the )?(?:U\.?S\.?|American|coalition)\b` +
        String.raw`|\b(?:${DENY}|disput(?:e|es|ed|ing))\b[^;]{0,40}?\b${US_FORCES}\b[^;]{0,20}?\b(?:were|was|had been) (?:the )?(?:targets?|targeted)\b`,
      'i',
    ),
  },
  // "denied claims that they inflicted fatal casualties", "reports of deaths are not true", "no one was killed, contrary to the claim"
  {
    denies: 'casualties',
    pattern: new RegExp(
      String.raw`\b${DENY}\b[^;]{0,90}?\b${TOLL}\b` +
        String.raw`|\b(?:reports?|claims?|accounts?|allegations?|rumou?rs?) of\b[^;]{0,60}?\b${TOLL}\b[^;]{0,40}?\b${UNTRUE}` +
        String.raw`|\b${TOLL}\b[^;]{0,60}?\bcontrary to\b|\bcontrary to\b[^;]{0,80}?\b${TOLL}\b`,
      'i',
    ),
  },
  // "CENTCOM denied it", "rejected reports that drones had struck the base", "the claims were false"
  { denies: 'occurrence', pattern: new RegExp(String.raw`\b${DENY}\b|\b${UNTRUE}\b`, 'i') },
]

/**
 * A word every rule of `DENIALS` has in its match: a verb of denial, "no", "not" or "nothing", "happen", "occur", "take
 * place", a word calling a report untrue, or "contrary". A sentence without one denies nothing, so neither the blanking nor
 * the rules are run on it. The blanking cannot make one appear: it turns words into spaces between word boundaries that
 * stay non-word on both sides. `test/extract/find-denial.test.ts` compares the answers with and without it on the corpora.
 */
const MAY_DENY =
  /\b(?:no|not|nothing)\b|den(?:y|ies|ied|ying)|refut|reject|dismiss|disput|happen|occur|take place|untrue|false|baseless|unfounded|fabricated|inaccurate|contrary/i

/** `findDenial` without the word test: every sentence read by the rules. */
export function findDenialByRules(text: string): Denial | null {
  const blanked = NOT_A_DENIAL.reduce((t, pattern) => t.replace(pattern, (m) => ' '.repeat(m.length)), text)
  return DENIALS.find((rule) => rule.pattern.test(blanked))?.denies ?? null
}

/**
 * What a sentence denies: that the attack happened, its casualties, who carried it out, or that U.S.
 * forces were its target; `null` when it denies nothing. Reads the sentence's words only: who says
 * it, and whether it was confirmed instead, is `attributeClaim`'s to decide.
 */
export function findDenial(text: string): Denial | null {
  return MAY_DENY.test(text) ? findDenialByRules(text) : null
}
