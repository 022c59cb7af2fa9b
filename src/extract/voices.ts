import type { Attribution } from './attribute-claim.js'
import type { SentenceFacts } from './classify-sentence.js'
import type { PlaceEntry } from '../knowledge/knowledge.js'

/** An official's account of one day's attack, for the sentences in the outlet's own words that go on with it. */
export interface OfficialAccount {
  attribution: Attribution
  day: string
}

/** An official's count of one day's attacks: where it counted them, and the paragraph it was given in. */
export interface DayCount extends OfficialAccount {
  /** The areas the count named ("attacked three times in Syria"); empty when it named none. */
  areas: readonly PlaceEntry[]
  paragraph: number
  /** For a count of the 24 hours up to the day it was given ("four times within 24 hours, an official said on Monday"): the day before `day`, which it also spans. */
  from?: string
}

/** An official's sentence that begins a list of incidents told after it: "The official listed further incidents from the weekend." */
/** The verbs of one who lists what happened: "listed", "detailed", "went through". */
const LIST_VERB = String.raw`(?:listed|described|detailed|outlined|recounted|went through)`
/** "… listed the most recent incidents", "here is what US officials have said about the attacks earlier this week". */
const LISTS_INCIDENTS = new RegExp(
  String.raw`\b(?:${LIST_VERB}|gave details of|here(?:['’]s| is| are) what\b(?:[^.;]|(?<=\b[A-Z])\.){0,60}?\b(?:said|say|says|disclosed|released|told us)\b)\b[^.;]{0,40}?\b(?:incidents|attacks|strikes)\b`,
  'i',
)

/**
 * A sentence in the outlet's words that says a statement already told lists what follows: "As examples, the statement
 * listed:", "The release cited these attacks:". The list after it speaks in that statement's voice.
 */
const STATEMENT_LISTS =
  /\b(?:the|its|their|his|her|that)\s+(?:statement|release|press release|document|designation|notice|letter|filing|indictment|announcement|readout|fact sheet|department|command|ministry)\b[^:]{0,60}?\b(?:listed|lists|cited|cites|named|names|included|includes|gave|gives|detailed|details|set out|sets out|recounted|recounts)\b[^:]{0,60}:\s*$/i

/** Right after an official who lists: "[A Pentagon official] listed", "[CENTCOM] on Monday detailed", "[A Pentagon official] gave the channel a detailed list". */
const LISTS_AFTER = new RegExp(
  String.raw`^\s*(?:(?:official|officials|spokes(?:man|woman|person)|press secretary)\s+)?(?:(?:also|then|on \w+day)\s+)?(?:${LIST_VERB}|gave (?:details of|(?:[\w-]+\s+){0,6}?(?:a|an)\s+(?:detailed\s+|full\s+)?(?:list|account|rundown|breakdown)))\b`,
  'i',
)

/** What makes a listing no list of attacks: a negation, claims called false, injuries or demands listed. */
const NOT_A_LISTING = /\b(?:not|never|no|none|false|exaggerat\w*|untrue|baseless|claims?|claimed|injur\w*|casualt\w*|wounds?|demands?|exercises?)\b|n['’]t\b/i
/** A listing that introduces what follows: "… as follows.", "the following incidents", a closing colon. */
const INTRODUCES_LIST = /\bas follows\b|\bthe following\b|\bhere(?:['’]s| is| are) what\b|:\s*$/i
/** A sentence with a source of its own: "Iraqi state media reported", "according to", "reportedly"; not the passive "no casualties were reported". */
const OWN_SOURCE =
  /\b(?:reportedly|according to|citing)\b|\b(?:said|says|reported|reports|claimed|claims|announced|told)\b(?<!\b(?:was|were|been|being|is|are)\s+(?:[\w-]+\s+)?(?:said|reported|claimed|announced|told))/i

/** An official referred back to as the one who lists: "The official listed", "the same officials detailed". */
const THE_OFFICIAL_LISTED = new RegExp(
  String.raw`\b(?:the|that|this) (?:same )?(?:(?:U\.S\.|US|American|defen[cs]e|Pentagon|military) )?officials?\s+(?:also\s+)?(?:${LIST_VERB}|gave details of)\b`,
  'i',
)

/** An official referred back to as a speaker: "the official added", "the same U.S. official said", "one of the officials told" (not "the official Iraqi News Agency"). */
const AN_OFFICIAL =
  /\b(?:the (?:same )?(?:U\.S\. |US |defen[cs]e |American |military )?officials?|one of (?:the|those) (?:U\.S\. |US |defen[cs]e |American )?officials)\s+(?:also\s+)?(?:said|says|added|adds|told|noted|stated|explained|confirmed)\b/i

/** A source that speaks for itself: an official, a host government or security source, not the outlet and not the militia. */
const isSource = (a: Attribution): boolean => a.claimantKind !== 'media' && a.claimantKind !== 'militia'

/** The U.S. or host-government official a sentence names, as the one who would speak for it. */
export function namedOfficial(facts: Pick<SentenceFacts, 'claimants'>): Attribution | null {
  const named = facts.claimants.find((c) => c.value.kind === 'us-official' || c.value.kind === 'host-government')
  if (!named) return null
  return { claimant: named.value.label, claimantKind: named.value.kind, status: named.value.kind === 'us-official' ? 'confirmed' : 'reported', denies: null }
}

/**
 * Who has spoken so far in an article, as `extractReports` reads it sentence by sentence: what a sentence that names
 * no speaker of its own goes on with. One object, so that each of its questions is answered from one story of who
 * spoke, not from five variables kept in step by hand:
 * - `previous()`: who "the official said", "these sources said" means: the speaker this paragraph last named, else the
 *   last source that spoke anywhere before ("Ryder said …" paragraphs earlier).
 * - `account()`: the official account the sentence just before told a dated attack in, for the sentences in the
 *   outlet's own words that go on with it ("U.S. forces were attacked four times on Thursday, a U.S. official said.
 *   Multiple drones were launched at Al-Asad …").
 * - `listVoice()`: who speaks in a list that a paragraph ending in a colon introduced in an official's voice ("the
 *   official provided the following account:").
 */
export class Voices {
  /** The speaker the current paragraph last named (or, when it named an official without a verb of speech, that official). */
  private paragraph: Attribution | null = null
  /** The last source, not the outlet or the militia, that spoke anywhere before. */
  private lastSource: Attribution | null = null
  /** What the last sentence read was attributed to. */
  private lastSentence: Attribution | null = null
  private lastAccount: OfficialAccount | null = null
  /** A U.S. official's count of one day's attacks ("attacked four times on Thursday, an official said"), for the paragraphs after it. */
  private dayCount: DayCount | null = null
  private list: Attribution | null = null
  /** An official who began to list incidents in this paragraph ("The official listed further incidents."). */
  private listing: Attribution | null = null
  /** Whether the sentence that began the listing introduces what follows it ("… as follows.", "…:"). */
  private introducesList = false

  /** A new paragraph: its sentences lean on no speaker it has not named yet. A paragraph that is no list item ends any introduced list. */
  startParagraph(listItem: boolean): void {
    this.paragraph = null
    this.lastAccount = null
    this.listing = null
    if (!listItem) this.list = null
  }

  /**
   * Who "the official said", "these sources said" means: the speaker this paragraph last named, else the last source that
   * spoke anywhere before. An official named so ("the official added") is never the militia the paragraph named since:
   * "A U.S. official said … The group said it had launched a drone. The official added that rockets had been fired …".
   */
  previous(text = ''): Attribution | null {
    if (this.paragraph?.claimantKind === 'militia' && AN_OFFICIAL.test(text) && this.lastSource !== null) return this.lastSource
    return this.paragraph ?? this.lastSource
  }

  /** What the sentence just before was attributed to, whoever spoke it: for "…, it said". */
  justBefore(): Attribution | null {
    return this.lastSentence
  }

  account(): OfficialAccount | null {
    return this.lastAccount
  }

  /**
   * The count of one day's attacks a U.S. official gave, while no other source has spoken since: "Iran-backed militants
   * launched four separate attacks on U.S. bases on Thursday, a U.S. defense official said. … In the morning, drones were
   * launched at Al-Asad": the attacks of that day told after it in the outlet's own words, in the paragraphs after it too,
   * are the official's list.
   */
  countedDay(): DayCount | null {
    return this.dayCount
  }

  /** An official counted one day's attacks (see `countedDay`). */
  counted(account: DayCount): void {
    this.dayCount = account
  }

  /** A heading, or another source speaking: a count before it no longer speaks for what follows. */
  endCount(): void {
    this.dayCount = null
  }

  /** The list's voice for an item `text`; an item that names a source of its own ("…, local media reported", "reportedly", "according to Kurdistan24") keeps that source. */
  listVoice(text = ''): Attribution | null {
    return OWN_SOURCE.test(text) ? null : this.list
  }

  /** Who speaks in the rest of a paragraph where a U.S. official began to list incidents, each on its own day. */
  listingVoice(): Attribution | null {
    return this.listing
  }

  /**
   * A sentence was read: `attribution` is who it was attributed to, `toldDay` the day of the last report it made (when
   * it made one), `toldEvent` whether one of them was an event (not only a statement). "Deputy press secretary Sabrina Singh opened with the attack. She said …": an official the sentence
   * named without a verb of speech is who "she said" means in the next one.
   */
  heard(
    attribution: Attribution,
    facts: Pick<SentenceFacts, 'claimants' | 'text'> & Partial<Pick<SentenceFacts, 'groups'>>,
    toldDay: { start: string; end: string } | undefined,
    toldEvent = toldDay !== undefined,
  ): void {
    if (!toldEvent && LISTS_INCIDENTS.test(facts.text)) {
      // "A Pentagon official listed the most recent incidents as follows", "The official listed …": an official who lists
      // speaks, named or referred back to, without a verb of speech.
      // Not one who did not list, called the claims false, or listed injuries or demands.
      const listsAttacks = !NOT_A_LISTING.test(facts.text)
      const named = facts.claimants.find((c) => c.value.kind === 'us-official' && LISTS_AFTER.test(facts.text.slice(c.end, c.end + 80)))
      const before = this.previous(facts.text)
      const voice =
        attribution.claimantKind === 'us-official' && attribution.status === 'confirmed'
          ? attribution
          : named !== undefined && listsAttacks
            ? namedOfficial({ claimants: [named] })
            : listsAttacks && THE_OFFICIAL_LISTED.test(facts.text) && before?.claimantKind === 'us-official' && before.status === 'confirmed'
              ? before
              : null
      if (voice !== null) {
        this.listing = voice
        // Only a sentence that introduces what follows ("… as follows.", "…:") and lists attacks hands the list after it to the official.
        this.introducesList = listsAttacks && INTRODUCES_LIST.test(facts.text)
        return this.heardRest(attribution, facts, toldDay)
      }
    }
    // Another sentence after the official began to list: another voice ends the official's list there.
    if (this.listing !== null) {
      if (facts.claimants.length > 0 || (facts.groups?.length ?? 0) > 0 || attribution.claimantKind === 'militia' || OWN_SOURCE.test(facts.text))
        this.listing = null
    }
    this.heardRest(attribution, facts, toldDay)
  }

  /** What every sentence read updates: the paragraph's and the last source's voice, and the official account just told. */
  private heardRest(attribution: Attribution, facts: Pick<SentenceFacts, 'claimants' | 'text'>, toldDay: { start: string; end: string } | undefined): void {
    if (facts.claimants.length > 0 || attribution.claimantKind === 'militia')
      this.paragraph = attribution.claimantKind === 'media' ? (namedOfficial(facts) ?? attribution) : attribution
    if (isSource(attribution)) this.lastSource = attribution
    else if (this.paragraph !== null && isSource(this.paragraph)) this.lastSource = this.paragraph
    this.lastSentence = attribution
    this.lastAccount =
      attribution.claimantKind === 'us-official' && attribution.status === 'confirmed' && toldDay !== undefined && toldDay.start === toldDay.end
        ? { attribution, day: toldDay.start }
        : null
  }

  /**
   * A paragraph that is no list item ended; `lastText` is its last sentence read. One ending in a colon in an official's
   * voice introduces the list after it; so does one in the outlet's words that says the official's statement lists what
   * follows ("the statement listed:"), in the voice of the source that last spoke (a militia's claim in between is
   * not the statement's voice).
   */
  endParagraph(listItem: boolean, lastText: string | undefined): void {
    // "- Local media also reported other attacks that the official did not mention:": an item that hands the list to another source ends it.
    if (listItem) {
      if (lastText !== undefined && /:\s*$/.test(lastText) && OWN_SOURCE.test(lastText)) this.list = null
      return
    }
    // "The official listed the most recent incidents as follows." ends a paragraph: the list items after it are in the official's voice.
    if (this.listing !== null && this.introducesList) {
      this.list = this.listing
      return
    }
    const official = (a: Attribution | null): boolean => a !== null && (a.claimantKind === 'us-official' || a.claimantKind === 'host-government')
    const said = this.lastSentence
    const voice = this.paragraph !== null && isSource(this.paragraph) ? this.paragraph : this.lastSource
    if (lastText === undefined || !/:\s*$/.test(lastText)) this.list = null
    else if (official(said)) this.list = said
    else this.list = said?.claimantKind === 'media' && STATEMENT_LISTS.test(lastText) && official(voice) ? voice : null
  }
}
