import type { Diagnostic } from '../model/diagnostic.js'
import type { Article } from '../ingest/article.js'
import { isCampaignMilitia, type Knowledge } from '../knowledge/knowledge.js'
import { UNCONFIRMED, type Attribution } from './attribute-claim.js'
import type { SentenceFacts } from './classify-sentence.js'
import { findCasualties, MILITIA_MEMBERS, type Casualties } from './find-casualties.js'
import { statementDays, type DateMention } from './find-dates.js'
import type { Carry, NoneThatDay } from './article-state.js'
import { AREA_NO_TARGET, noTargetRule, SITE_NO_TARGET, whyNoTarget } from './no-target.js'
import { correctionQuote, excerpt } from './excerpt.js'
import { hasFigure, type Story } from './follow-up.js'
import type { Count, EventStatus, EventType, Place, Report, UnplacedReport } from '../model/report.js'
import { insideQuotes } from './quoted.js'
import { AN_UNNAMED_BASE_IN, ATTACK, CAME_AFTER, FOLLOWED, LATER_UNDATED, NOT_A_NAME, SPEECH, UNKNOWN_BASE } from './sentence-cues.js'
import {
  afterTimeClause,
  againDaysApart,
  anotherOnTheNext,
  countedBack,
  countedFrom,
  dateFor,
  daysLater,
  onlyAnotherAttacksDay,
  ownClause,
  repeatedDays,
  tollSide,
} from './days-between.js'
import { summarize } from './summarize.js'
import { toPlace } from './to-place.js'
import { liesOutside } from '../knowledge/lies-outside.js'

/** Victims who are militia members: "one member of a pro-Iran faction was killed", "killing two Kataib Hezbollah fighters". */
const MILITIA_VICTIMS = new RegExp(
  String.raw`(?:${MILITIA_MEMBERS}|\b(?:militia|faction|PMF|Hashd)\s+(?:commanders?|leaders?|members?|fighters?))[^.;]{0,20}?\b(?:was|were|had been)\s+(?:killed|wounded|injured)\b|\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:[\w-]+\s+){0,3}?(?:militia|faction|PMF|Hashd|Kataib Hezbollah)\s+(?:commanders?|leaders?|members?|fighters?)\b`,
  'i',
)
/** Those on the base's side: a sentence naming them hurt is about the attack, whoever else it counts. */
const SIDE_OF_THE_BASE = /\b(?:U\.?S\.?|American|coalition)\s+(?:troops|personnel|soldiers|service ?members|forces|contractors)\b|\bAmericans\b/i
/**
 * A militia telling of its own dead ("Kataib Hezbollah announced that one of its members had been killed"): the
 * group's loss, not the toll of the attack on U.S. forces. A partner force's word for its own ("the SDF says six of
 * its commandos were killed") is a source's, not a militia's, and counts.
 */
const militiaOwnLoss = (facts: SentenceFacts): boolean => {
  // "saying one member of a pro-Iran faction was killed and 24 wounded": the militia's dead, and the figures beside them.
  // Only a sentence that tells no attack of its own: "… killing three soldiers, prompting U.S. strikes that killed dozens of
  // militia fighters" keeps the attack's toll, and the militia's dead are set aside as attackers (find-casualties.ts).
  if (MILITIA_VICTIMS.test(facts.text) && !SIDE_OF_THE_BASE.test(facts.text) && !ATTACK.test(facts.text)) return true
  const own = /\bof\s+(?:its|their)\s+(?:own\s+)?(?:members|fighters|militants|commanders|men|ranks)\b/i.exec(facts.text)
  if (own === null) return false
  const owner = facts.groups.filter((g) => g.end <= own.index && g.value.kind === 'militia').at(-1)
  // A group that is also a source of its own kind (the SDF, a security force) is a partner, not a militia.
  return owner?.value.kind === 'militia' && !facts.claimants.some((c) => c.start < owner.end && c.end > owner.start && c.value.kind !== 'militia')
}

/** Between a place struck and the base that locates it: "the Rukban refugee camp near", "the village close to". */
const AREA_BY_BASE = /^\s*(?:refugee\s+)?(?:camp|village|town|settlement)?\s*,?\s*(?:near|close to|next to|outside|not far from)\s+(?:the\s+)?$/i

/** A clause that opens as a time counted from another event: "a day after rockets were fired at …", "two weeks before". */
const A_TIME_AFTER = /\b(?:days?|nights?|weeks?|hours?)\s+(?:after|before)\b/i

/** What joins two places named together: "Iraq and Syria", "the Syria-Jordan border". */
const JOINED = /^\s*(?:and|or|,|[-–/])\s*$/

/** "again", "another drone attack", "a fresh strike": a new attack, told as one (not "a second rocket", which may be more of one). */
const NEW_ATTACK = /\bagain\b|\b(?:another|fresh|new|renewed|further)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|assault|drones?)\b/i
/** "Another drone attack", "a second strike", "again": a sentence that tells a new attack, not more of one told. */
const ANOTHER_ONE =
  /\b(?:another|second|third|new|fresh|renewed|further)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|drones?|rockets?|barrage|assault|salvo)\b|\bagain\b/i

/** What `buildReports` turns into reports: one classified sentence, with what was found in it and around it. */
interface SentenceReading {
  type: EventType
  facts: SentenceFacts
  /** The dates the sentence names. */
  points: DateMention[]
  /** The day and place the paragraph so far lends a sentence that names none. */
  carry: Carry
  attribution: Attribution
  /** The group named as claiming, if any. */
  group: string | null
  article: Article
  sentence: { text: string; start: number; end: number }
  knowledge: Knowledge
  /** 1-based file line of the sentence, for diagnostics. */
  line: number
  /** Where problems found on the way are added. */
  diagnostics: Diagnostic[]
  /** Where an attack at a named base without a day is kept, for a correction to place. */
  unplaced: UnplacedReport[]
  /** Where an attack report is noted whose day is only the day its source spoke ("officials said Tuesday") or the story's. */
  toldLater: Set<Report>
  /** A table row whose casualty column says no one was hurt ("None"): the toll is none, as "no one was hurt" would give. */
  noneHurt?: boolean
  /** A table row's own killed and injured columns, where the row has them: its toll when its words give none. */
  columns?: { killed: Count | null; injured: Count | null }
}

export function buildReports(reading: SentenceReading): Report[] {
  const { type, facts, points, carry, group, article, sentence, knowledge, line, diagnostics, unplaced, toldLater } = reading
  let { attribution } = reading
  const quoteOf = (from: number) => ({ quote: article.body.slice(from, sentence.end), start: from, end: sentence.end })
  // A day named beside a span ("this week … on Sunday") is the more precise of the two.
  // "…, said today that rockets had hit the base, without saying when the strike took place", "… said on Monday that it
  // had attacked the base, but gave no date": the day it was said dates nothing when the sentence says the attack's day
  // is not known.
  const dating = type !== 'statement' && ATTACK_DAY_NOT_GIVEN.test(facts.text) ? points.filter((d) => d.role !== 'said') : points
  const days = (type === 'statement' ? statementDays(facts.dates) : dating).filter((d) => d.span.precision === 'day')
  const dayPoints = type === 'statement' || days.length > 0 ? days : dating
  // "… but it did not say when the rockets were fired": a sentence that says its day is unknown takes none from the story.
  // "… the second attack within a week, following a rocket strike on al-Asad air base": bases named only after words that
  // set their attack before the one in hand take no day from it.
  const earlier = FOLLOWED.exec(facts.text)
  const toldAsEarlier =
    earlier !== null &&
    facts.places.some((p) => p.value.precision === 'site') &&
    facts.places.every((p) => p.value.precision !== 'site' || p.start > earlier.index)
  // "Within days the attacks had spread to al-Tanf": some days after the day in hand, on none it names.
  const inherited =
    dayPoints.length === 0 &&
    carry.day !== null &&
    type !== 'statement' &&
    !DAY_NOT_GIVEN.test(facts.text) &&
    !ATTACK_DAY_NOT_GIVEN.test(facts.text) &&
    !LATER_UNDATED.test(facts.text) &&
    !toldAsEarlier &&
    // "Mourners gather on Wednesday as fighters killed in a drone attack on the base are buried": a sentence whose day is an
    // occasion's (a funeral, a picture) tells an attack of another day, which it does not give.
    !facts.dates.some((d) => d.role === 'occasion')
  const undated = dayPoints.length === 0 && !inherited
  if (undated) {
    if (type !== 'attack' || !facts.places.some((p) => p.value.precision === 'site')) return []
    diagnostics.push({
      file: article.path,
      line,
      field: 'date',
      code: 'date-unresolved',
      severity: 'warning',
      message: `An attack is reported without a day Salvo can resolve, so it is not on the timeline rather than given an invented day: "${excerpt(sentence.text)}". If the article or another source gives the day, place it with a correction in corrections.yaml (in the seeds folder): \`- target: {article: ${article.id}, quote: "${correctionQuote(sentence.text)}"}\` with \`set: {date: YYYY-MM-DD}\` and a reason; if it is no attack of this campaign, \`suppress: true\` instead.`,
    })
  }

  const tollOf = (text: string): Casualties => {
    const found =
      (type === 'attack' || type === 'us-strike') && !militiaOwnLoss(facts)
        ? findCasualties(text, { attackersAside: type === 'attack' })
        : { killed: null, injured: null }
    if (type === 'attack' && !hasFigure(found) && (reading.columns?.killed ?? reading.columns?.injured ?? null) !== null)
      return { ...found, killed: reading.columns?.killed ?? null, injured: reading.columns?.injured ?? null }
    return reading.noneHurt && type === 'attack' && !hasFigure(found) ? { killed: { min: 0, max: 0 }, injured: { min: 0, max: 0 } } : found
  }
  // "It came a week after a drone killed three American soldiers at Tower 22": when every base is in the clause of the
  // attack before, that clause is what the sentence tells, and its figures are that attack's.
  const casualties = toldAsEarlier && type === 'attack' && earlier !== null ? tollOf(facts.text.slice(earlier.index + earlier[0].length)) : tollOf(facts.text)
  // A clause of its own ("…, and a rocket hit Ain al-Asad, wounding two U.S. troops") gives its base its figures, and the
  // stance they bear.
  const ownToll = (toll: Casualties) => ({ killed: toll.killed, injured: toll.injured, status: stanceOf(attribution, toll, facts.text, article) })
  const weapons = type === 'attack' ? [...new Set(facts.weapons.map((w) => w.value.id))].sort() : []
  const actors =
    type === 'attack' || type === 'us-strike'
      ? [
          ...new Set([
            ...facts.groups.filter((g) => isCampaignMilitia(g.value)).map((g) => g.value.name),
            // "the group said it had struck …": the militia named in the sentence before.
            ...(type === 'attack' && group !== null ? [group] : []),
          ]),
        ].sort()
      : []
  // A U.S. strike told with a U.S. command as its author, and no other source, is that command's own account.
  const author = type === 'us-strike' && attribution.claimantKind === 'media' ? facts.claimants.find((c) => c.value.kind === 'us-official') : undefined
  if (author) attribution = { ...attribution, claimant: author.value.label, claimantKind: 'us-official', status: 'confirmed' }
  const base = { type, weapons, actors, ...toldBy(attribution, casualties, facts, article) }

  if (type === 'statement') {
    // The speaker and day nearest the speech verb, outside quotation marks: "'… earlier today …,' CENTCOM told the National on Sunday" is Sunday.
    const outside = (at: number): boolean => !insideQuotes(facts.text, at)
    const speech = [...facts.text.matchAll(new RegExp(SPEECH.source, 'gi'))].find((m) => outside(m.index ?? 0))?.index ?? 0
    const nearest = <T extends { start: number }>(items: T[]): T | undefined =>
      [...items].sort((a, b) => Math.abs(a.start - speech) - Math.abs(b.start - speech))[0]
    const official = facts.claimants.filter((c) => c.value.kind === 'us-official' || c.value.kind === 'host-government')
    const speaker = nearest(official.filter((c) => outside(c.start)))?.value.label ?? nearest(official)?.value.label ?? attribution.claimant
    const unquotedDays = dayPoints.filter((d) => outside(d.start))
    const date = nearest(unquotedDays.length > 0 ? unquotedDays : dayPoints)
    if (!date) return []
    return [
      {
        ...base,
        status: 'confirmed',
        claimant: speaker,
        claimantKind: official[0]?.value.kind ?? 'us-official',
        date: date.span,
        location: null,
        dateText: date.text,
        summary: summarize(type, null, [], speaker, knowledge, sentence.text),
        ...quoteOf(sentence.start),
      },
    ]
  }

  // Places: named sites for attacks; areas and countries for U.S. strikes (a site named there is the attack being answered).
  const sites = facts.places.filter((p) => p.value.precision === 'site')
  let targets: { place: Place | null; at: number }[]
  if (type === 'attack' && sites.length > 0) {
    const targeted = sites.filter((s) => whyNoTarget(SITE_NO_TARGET, { place: s, sites, text: facts.text }) === null)
    targets = targeted
      .filter((s, i) => targeted.findIndex((t) => t.value.id === s.value.id) === i)
      .map((s) => {
        // "drones attacked the Rukban refugee camp near al-Tanf": a place struck, located by the base after it, is the target.
        const located = facts.places.find(
          (a) =>
            a.value.precision === 'area' &&
            a.end <= s.start &&
            AREA_BY_BASE.test(facts.text.slice(a.end, s.start)) &&
            !/\b(?:in|of|at|from)\s+(?:the\s+)?$/i.test(facts.text.slice(Math.max(0, a.start - 12), a.start)),
        )
        return located ? { place: toPlace(located.value), at: located.start } : { place: toPlace(s.value), at: s.start }
      })
    // "… and rockets at two bases in northeastern Syria": an area named as where bases were hit, in a country no named site is in.
    // "… drones heading for Ain al-Asad, and a third drone aimed at a base in northern Iraq": in that country too, when an
    // indefinite base there is one of its own, not the named base described again ("Ain al-Asad, a base in western Iraq").
    const countries = new Set(sites.map((s) => s.value.country))
    // "… twice at Ain al-Asad air base, and once each at three separate bases in Syria": a country, too.
    for (const area of facts.places.filter((p) => p.value.precision === 'area' || (p.value.precision === 'country' && !countries.has(p.value.country)))) {
      const before = facts.text.slice(Math.max(0, area.start - 40), area.start)
      const another = AN_UNNAMED_BASE_IN.exec(before)
      const site = sites.filter((s) => s.end <= area.start).at(-1)
      const atAnother = area.start - before.length + (another?.index ?? 0)
      const described = another !== null && site !== undefined && /^[\s,(–—-]*$/.test(facts.text.slice(site.end, atAnother))
      // "… in what sources described as the third attack on a base in the Kurdistan Region this month": a count to compare, no target.
      const compared =
        another !== null && /\b(?:attacks?|strikes?|assaults?)\s+(?:on|against)\s+$/i.test(facts.text.slice(Math.max(0, atAnother - 30), atAnother))
      // "U.S. bases at al-Malikiyah, Rumailan and al-Shaddadi": an area that opens a list of the bases struck is one of them
      // ("bases in Deir ez-Zor, Conoco and al-Omar" only places the bases after it).
      const listed =
        /\bbases\s+at\s+$/i.test(before) && sites.some((s) => s.start > area.end && /^(?:\s*,\s*|\s+and\s+)$/.test(facts.text.slice(area.end, s.start)))
      // "Ain al-Asad, one of the sites in Iraq and Syria that host U.S. troops": bases in general, described, not struck;
      // "the Syria-Jordan border" is a border.
      const inGeneral =
        /\b(?:one|some|many|most|all|each|any)\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}$/i.test(before) ||
        facts.places.some(
          (o) =>
            o !== area &&
            o.value.precision === 'country' &&
            (JOINED.test(facts.text.slice(o.end, area.start)) || JOINED.test(facts.text.slice(area.end, o.start))),
        )
      // "drones hit two US bases in eastern Syria: one at the al-Omar oil field … and another at al-Shaddadi": the area
      // says where the bases listed after its colon are, not a third target.
      const itemized = /^\s*[:—–]/.test(facts.text.slice(area.end)) && sites.some((s) => s.start > area.end && !liesOutside(toPlace(s.value), area.value))
      const struckThere =
        listed ||
        (countries.has(area.value.country)
          ? another !== null && !described && !compared && !itemized
          : !inGeneral &&
            !/\bfrom\s+(?:the\s+)?$/i.test(before) &&
            // "On April 22, a day after rockets were fired at a coalition base in Syria, drones …": an attack named as a time.
            !A_TIME_AFTER.test(facts.text.slice(0, area.start).split(/[,;]/).at(-1) ?? '') &&
            /\b(?:bases?|outposts?|positions?|sites?|locations?|facilit(?:y|ies))\b[^,;]{0,25}$/i.test(before))
      if (struckThere) {
        targets.push({ place: toPlace(area.value), at: area.start })
      }
    }
    targets.sort((a, b) => a.at - b.at)
  } else {
    const named = facts.places.filter((p) => p.value.precision !== 'site')
    // Where rockets came from, or whose body spoke ("Iraq's Joint Operations Command said rockets were fired at a base
    // housing U.S. advisers"), is no target only beside another place (`besideAnother`). The other reasons hold alone too:
    // where the group is ("factions in Iraq fired on U.S. forces on Sunday") is no place of the attack, as such groups
    // strike across the border as often as at home.
    const ruled = named.map((p) => ({ p, rule: noTargetRule(AREA_NO_TARGET, { place: p, sites: named, text: facts.text }) }))
    const targetable = ruled.filter((r) => r.rule === undefined).map((r) => r.p)
    const areas = targetable.length > 0 ? targetable : ruled.filter((r) => r.rule?.besideAnother === true).map((r) => r.p)
    const best = [...areas].sort((a, b) => (a.value.precision === b.value.precision ? a.start - b.start : a.value.precision === 'area' ? -1 : 1))[0]
    targets = [{ place: best ? toPlace(best.value) : null, at: best?.start ?? 0 }]
    if (type === 'attack' && !best) {
      const unknown = UNKNOWN_BASE.exec(sentence.text)
      const name = unknown?.[1]
      if (unknown && name && !NOT_A_NAME.test(name.split(/\s+/)[0] ?? '')) {
        const full = `${name} ${unknown[2] ?? ''}`.trim()
        targets = [{ place: { id: null, name: full, country: null, admin1: null, lat: null, lon: null, precision: 'area' }, at: unknown.index }]
        diagnostics.push({
          file: article.path,
          line,
          field: 'location',
          code: 'place-unknown',
          severity: 'warning',
          message: `"${full}" is named as attacked but is not in the gazetteer, so it is kept without coordinates. Add it to src/data/gazetteer.yaml (id, name, country, admin1, lat, lon, aliases) if it is a base.`,
        })
      }
    }
  }

  // With several places in one sentence, each gets the weapons named between the place before it and itself ("a drone at X, and rockets at Y").
  const ends = targets.map((t) => facts.places.find((p) => p.start === t.at)?.end ?? t.at).sort((a, b) => a - b)
  const weaponsNear = (at: number): string[] => {
    if (targets.length < 2 || type !== 'attack') return weapons
    const index = ends.findIndex((end) => end > at)
    const from = index > 0 ? (ends[index - 1] ?? 0) : 0
    const to = index === ends.length - 1 ? facts.text.length : (ends[index] ?? facts.text.length)
    const inSegment = (a: number, b: number): string[] => [...new Set(facts.weapons.filter((w) => w.start >= a && w.start < b).map((w) => w.value.id))].sort()
    const near = inSegment(from, to)
    if (near.length > 0) return near
    // "one-way drones at X, another at Y": the weapons of the place before.
    const before = index > 0 ? inSegment(index > 1 ? (ends[index - 2] ?? 0) : 0, from) : []
    return before.length > 0 ? before : weapons
  }
  if (undated) {
    // Kept for a correction to place: the same report, without a day.
    for (const { place, at } of targets)
      unplaced.push({
        ...base,
        weapons: weaponsNear(at),
        location: place,
        dateText: null,
        summary: summarize(type, place, weapons, attribution.claimant, knowledge),
        ...quoteOf(sentence.start),
        line,
      })
    return []
  }
  // "shot down drones near al-Shaddadi on Friday and again on Saturday", "on Monday, two days after another group had fired
  // rockets at it": one attack on each day.
  const again = type === 'attack' && !inherited ? (repeatedDays(facts.text, dayPoints) ?? againDaysApart(facts, dayPoints)) : null
  // "one at 11:30pm on November 8 and another at 12:40am the following morning", at one base: one on each day, each with
  // only a toll of none (a figure is the pair's, not either's).
  const another =
    type === 'attack' && !inherited && again === null && new Set(targets.map((t) => t.place?.id ?? null)).size === 1
      ? anotherOnTheNext(facts.text, dayPoints)
      : null
  const eachDay = another ?? again
  if (eachDay !== null) {
    const toll = another !== null ? { killed: zeroOnly(base.killed), injured: zeroOnly(base.injured) } : {}
    return targets.flatMap(({ place, at }) =>
      eachDay.map((date) => ({
        ...base,
        ...toll,
        weapons: weaponsNear(at),
        date: date.span,
        location: place,
        dateText: date.text,
        summary: summarize(type, place, weapons, attribution.claimant, knowledge),
        ...quoteOf(sentence.start),
      })),
    )
  }
  // "Sunday's rockets were the first attack since early February, when … the drone strike that killed three soldiers at
  // Tower 22": a base told in a "when" clause that a month or season opens is of that time, not of the day before it.
  const ofCoarserTime = ({ at }: { at: number }): boolean =>
    points.some(
      (d) =>
        d.span.precision !== 'day' &&
        d.end <= at &&
        /^\s*,\s*when\b/i.test(facts.text.slice(d.end, d.end + 8)) &&
        // "… since early February, when … after a drone killed three soldiers at Tower 22 on January 28": the clause gives
        // the base its own day (not a day of a clause after it: "…, when militias last fired at Ain al-Asad, until a drone
        // hit Harir on March 12").
        !points.some(
          (day) =>
            day.span.precision === 'day' &&
            day.start >= d.end &&
            (day.end <= at || !/[;]|,\s*(?:until|and|but|while|before|after|then)\b/i.test(facts.text.slice(at, day.start))),
        ),
    )
  // "On October 27, drones were launched at al-Omar, and a rocket attack on Patrol Base Shaddadi in November prompted US
  // strikes": a base its own clause times by a month, right after it, is of that month, not of the day before it.
  const ofItsOwnMonth = ({ at }: { at: number }): boolean => {
    const end = facts.places.find((p) => p.start === at)?.end
    return (
      end !== undefined &&
      points.some(
        (d) =>
          d.span.precision !== 'day' &&
          d.start >= end &&
          /^\s+(?:(?:early|late|earlier|later)\s+)?(?:in|during)\s+$/i.test(facts.text.slice(end, d.start)) &&
          dayPoints.every((day) => day.end <= at && /,\s*(?:and|but|while|then)\b/i.test(facts.text.slice(day.end, at))),
      )
    )
  }
  // "clips of the 3 March 2021 rocket barrage on Ain al-Asad": an attack named by a day long past is history.
  const ofHistory = ({ at }: { at: number }): boolean =>
    facts.dates.some(
      (d) =>
        d.role === 'historical' &&
        d.end <= at &&
        /^\s*(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrages?|bombing|assault|salvos?)\s+(?:on|at|against)\s+(?:the\s+)?$/i.test(facts.text.slice(d.end, at)),
    )
  // "…, the first attack since three U.S. soldiers were killed at Tower 22": a base in the time since which, with no day of
  // its own, is an earlier attack's.
  const ofTheTimeSince = ({ at }: { at: number }): boolean => {
    const since = FIRST_SINCE_CLAUSE.exec(facts.text.slice(0, at))
    return since !== null && !points.some((d) => d.span.precision === 'day' && d.start >= since.index)
  }
  // "The attack on Kharab al-Jir also followed an explosion late on Friday at …": one event timed by another; a base told
  // before the verb, when every day the sentence gives comes after it, is told without one. (Not the other way round:
  // "the strike, carried out in the morning, came after rockets landed near the base" may well be that morning's.)
  const followed = type === 'attack' && !inherited ? CAME_AFTER.exec(facts.text) : null
  const acrossFromItsDays = ({ at }: { at: number }): boolean =>
    followed !== null && at < followed.index && dayPoints.length > 0 && dayPoints.every((d) => d.start > followed.index)
  return targets
    .filter(
      (t) =>
        type !== 'attack' ||
        !(
          ofCoarserTime(t) ||
          ofItsOwnMonth(t) ||
          ofHistory(t) ||
          ofTheTimeSince(t) ||
          acrossFromItsDays(t) ||
          (!inherited && onlyAnotherAttacksDay(t.at, dayPoints, facts))
        ),
    )
    .map(({ place, at }) => {
      const timed = type === 'attack' && !inherited ? afterTimeClause(facts, at, dayPoints, article.date) : null
      const date = inherited || timed?.span ? null : dateFor(at, dayPoints, facts)
      const span =
        (inherited ? null : (timed?.span ?? countedFrom(facts.text, at, dayPoints) ?? countedBack(facts, at, dayPoints) ?? daysLater(at, dayPoints, facts))) ??
        date?.span ??
        carry.day?.span
      if (!span) throw new Error('unreachable: a report without a date')
      // One sentence is one report: a day lent by the sentence before is said where it came from (dateText), not quoted twice.
      const quote = quoteOf(sentence.start)
      const side = type === 'attack' ? tollSide({ ...facts, text: ownClause(timed?.text ?? facts.text, at, targets) }, at) : facts.text
      const report: Report = {
        ...base,
        ...(side !== facts.text ? ownToll(tollOf(side)) : {}),
        weapons: weaponsNear(at),
        date: span,
        location: place,
        dateText: date?.text ?? (inherited && carry.day?.heading ? carry.day.text : null),
        summary: summarize(type, place, weapons, attribution.claimant, knowledge),
        ...quote,
      }
      // A day a timeline's entry heading gave ("**Thursday, Dec. 14 — al-Shaddadi (claims).**") is the day of what follows it.
      const lent =
        inherited &&
        carry.day !== null &&
        carry.day.runIn !== true &&
        !(carry.day.chronology === 'firm' || (carry.day.chronology === 'unlessToldBefore' && !POINTS_AT_TOLD.test(facts.text)))
      // "… and Ain al-Asad again", "another explosive drone struck Harir": one more attack, never the one told the day before
      // ("a second rocket landed outside the base" may be more of it).
      if (type === 'attack' && ((lent && !NEW_ATTACK.test(facts.text)) || (date?.role === 'said' && !ANOTHER_ONE.test(facts.text)))) toldLater.add(report)
      return report
    })
}

/**
 * "the attack on Tower 22", "the drone", "the rockets": words that point at an attack told before. Under a chronology's
 * day they make the sentence a later word on that attack, as under a live blog's day ("## Monday 29 January / The
 * Pentagon said the number wounded in the attack on Tower 22 had risen"), not an attack of that day.
 */
const POINTS_AT_TOLD = /\bthe\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|drones?|rockets?|missiles?|assault|barrage|salvo)\b/i

/**
 * A report's stance: its speaker's, except that "A drone wounded three U.S. service members at Erbil Air Base", in the
 * outlet's own words, is confirmed: only the U.S. military releases the count of its own dead and wounded, so an outlet
 * that states it as fact relays the U.S. account. Not when another outlet or voice tells it ("Press TV reported …", "according to Al Mayadeen"), when
 * the outlet hedges it ("reportedly", "early reports said", "could not be confirmed", "the Pentagon had no immediate
 * comment"), when a denial is the sentence's, nor in the fighters' own words ("the US occupation base").
 */
function stanceOf(attribution: Attribution, casualties: Casualties, text: string, article: Article): EventStatus {
  const told = casualties.americansHurt === true && attribution.denies === null && !UNCONFIRMED.test(text) && !HEDGED.test(text) && !FIGHTERS_WORDS.test(text)
  const relaysAmericanToll = told && attribution.claimantKind === 'media' && attribution.claimant === article.source && attribution.status === 'reported'
  // "rockets struck Ain al-Asad, injuring four US service members, in an attack later claimed by al-Thawriyoun", "The
  // group claimed the Aug. 5 attack that injured four U.S. service members": the claim is of an attack the outlet tells,
  // toll and all, in its own words; no one's speech gives the toll.
  const claimOfTold = told && attribution.status === 'claimed' && !SPOKEN.test(text) && claimOfToldAttack(text)
  return relaysAmericanToll || claimOfTold ? 'confirmed' : attribution.status
}

/** A claim of an attack named as a thing: "claimed the attack", "claimed responsibility for an attack", "claimed by". */
const CLAIM_OF_TOLD = /\bclaimed\s+(?:(?:responsibility|credit)\s+for\s+)?(?:the|an?)\s|\bclaimed\s+by\b/i
/** Someone's words, or the group's account of the toll: "said", "a statement", "it alleged", "described as", "in its account", "supposedly". */
const SPOKEN =
  /\b(?:said|says|saying|say|announc\w*|stat(?:ed|ing|es|ement)|declar\w*|according\s+to|told|boast\w*|post(?:ed)?|video|alleg\w*|describ\w*|account|supposed\w*|purport\w*|insist\w*|claims|claiming|asserted)\b/i
/** Right after the claim: the attack, then "that (had) killed / wounded …" of it, with no other attack named between. */
const ATTACK_THAT_HURT =
  /^[^,;]{0,60}?\b(?:attack|strike|barrage|assault)\b(?:(?!\b(?:attack|strike|barrage|assault)\b)[^;]){0,80}?\b(?:that|which)\s+(?:had\s+)?(?:killed|wounded|injured|hurt|left)\b/i

/**
 * "rockets struck Ain al-Asad, injuring four US service members, in an attack later claimed by …" (the toll told before the
 * claim), "claimed the Aug. 5 rocket attack on Ain al-Asad that injured four U.S. service members" (told of the attack it
 * claims). Not "in an attack claimed by the group behind the Tower 22 strike that killed three": that toll is another's.
 */
function claimOfToldAttack(text: string): boolean {
  const claim = CLAIM_OF_TOLD.exec(text)
  if (claim === null) return false
  if (/\b(?:killing|wounding|injuring|killed|wounded|injured)\b/i.test(text.slice(0, claim.index))) return true
  return !/^claimed\s+by/i.test(claim[0]) && ATTACK_THAT_HURT.test(text.slice(claim.index + claim[0].length))
}

/** The outlet passing on what others say, or saying it is not yet known: "reportedly", "local media reported", "still assessing". */
const HEDGED =
  /\b(?:reportedly|allegedly|purportedly|possibly|probably|apparently|according\s+to|unverified|(?:is|are|was|were)\s+(?:said|believed|thought|reported|understood)\s+to|may\s+have|might\s+have|(?:early|initial|first|unconfirmed|local|some)\s+reports?|(?:media|outlets?|channels?|television|TV|agenc(?:y|ies)|websites?|reports?|posts?|accounts?|sources?|footage|videos?)\s+(?:[\w-]+\s+)?(?:said|say|says|reported|report|reports|claimed|claim|suggested|suggest|showed|show)|no\s+immediate\s+comment|(?:still\s+)?assessing|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:confirm|verif)\w*)\b/i

/** Words only the armed groups and their outlets use of U.S. forces: "the US occupation base", "American occupiers". */
const FIGHTERS_WORDS = /\boccup(?:ation|ying|iers?)\b|\bmartyr\w*|\bZionist\b|\baggressors?\b/i

/** "the first attack since three soldiers were killed at" (up to a base): a clause that tells the time since which. */
const FIRST_SINCE_CLAUSE =
  /\bthe\s+first\s+(?:[\w.-]+\s+){0,4}?since\s+(?:a|an|the|one|two|three|four|five|six|\d+)\s+(?=[^,;]*\b(?:killed|wounded|injured|struck|hit|attacked|targeted)\b)(?:(?!\bthat\b)[^,;]){0,80}$/i

/** A figure only if it is none: what a figure that is not one report's alone comes down to. */
const zeroOnly = (c: Count | null): Count | null => (c !== null && c.max === 0 ? c : null)

/**
 * What a report takes from its sentence and article, whatever event it is about: its figures, who says it and
 * with what stance, and the day they said it ("an official said Monday"; else the day the article was published).
 */
function toldBy(attribution: Attribution, casualties: Casualties, facts: SentenceFacts, article: Article) {
  return {
    killed: casualties.killed,
    injured: casualties.injured,
    ...(casualties.hurtUncounted === true ? { hurtUncounted: true as const } : {}),
    status: stanceOf(attribution, casualties, facts.text, article),
    claimant: attribution.claimant,
    claimantKind: attribution.claimantKind,
    denies: attribution.denies,
    article: article.id,
    source: article.source,
    saidOn: facts.dates.find((d) => d.role === 'said' && d.span.precision === 'day')?.span.start ?? article.date,
  }
}

/**
 * "…, without saying when the strike took place", "without giving the date of the attack", "… but gave no date or
 * detail for the operation", "did not say when the attack took place": its source gave no day for the attack itself (not
 * "without saying when" alone, nor the hour; not "did not say when its operations would stop", "an undated video").
 */
export const ATTACK_DAY_NOT_GIVEN =
  /\bwithout (?:saying|specifying|giving|disclosing|stating)\s+(?:when\s+(?:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:strike|attack|rockets?|drones?|missiles?)|it|they)\s+(?:had\s+)?(?:took place|taken place|happened|occurred|was carried out|were (?:fired|launched)|was (?:fired|launched))|the (?:date|day) of (?:the|this|that) (?:[\w-]+\s+)?(?:strike|attack))\b|\b(?:gave|giving)\s+no\s+(?:date|day)\b(?:\s+or\s+[\w-]+)?\s+(?:for|of)\s+(?:the|its|this|that)\s+(?:[\w-]+\s+)?(?:attacks?|operations?|strikes?)\b|\b(?:did not|didn't|would not|wouldn't|declined to)\s+(?:say|specify|give|disclose|state|reveal)\s+(?:when\s+(?:the|its|this|that)\s+(?:[\w-]+\s+)?(?:attacks?|operations?|strikes?)\s+(?:took place|happened|occurred|was carried out)|the\s+(?:date|day)\s+of\s+(?:the|its|this|that)\s+(?:[\w-]+\s+)?(?:attacks?|operations?|strikes?))\b/i

/**
 * A sentence saying its source gave no day: "did not say when", "did not specify the date", "gave no date", "a report
 * that it did not time", and "without
 * giving a date." where it ends the sentence (not "without giving a date for the withdrawal", "without saying when it
 * would respond", "without specifying the time").
 */
export const DAY_NOT_GIVEN =
  /\b(?:did not|didn't|does not|doesn't|would not|wouldn't|declined to)\s+(?:say|specify|give|disclose|state|reveal)\s+(?:when|(?:the|a)\s+(?:date|day|time))\b|\bwithout\s+(?:saying|specifying|giving|stating|disclosing|revealing)\s+(?:when|(?:the|a|any)\s+(?:date|day))\s*(?:[.;]|$)|\b(?:gave|giving|with)\s+no\s+(?:date|day)\b|\bundated\b|\b(?:did not|didn't|does not|doesn't)\s+(?:time|date)\b(?!\s+back\b)|\b(?:was|were)\s+not\s+(?:timed|dated)\b/i

/**
 * Whether a follow-up's reports are reports of their own: when they give a toll, or else when the sentence has a source,
 * a claim or a denial beyond the outlet's own words ("Militias are suspected of launching the drones" has none) and does
 * not only say the claim is unconfirmed ("The claim could not be independently confirmed").
 */
export function addsToReports(made: Report[], attribution: Attribution, text: string): boolean {
  const ownWords = attribution.claimantKind === 'media' && attribution.status === 'reported' && attribution.denies === null
  return made.some(hasFigure) || (!ownWords && !UNCONFIRMED.test(text))
}

/** The mark of a list item right before a paragraph: "- ", "* ", "1. ". */
export const LIST_MARK = /(?:^|\n)[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+$/

/**
 * "U.S. forces were attacked four times on Thursday, but there were no casualties. … several drones were launched at Ain
 * al-Asad, and one at a base near Erbil airport": the count's toll of none, as a report from the count's sentence, for
 * each attack of that day a later sentence made with no figure of its own.
 */
export function noneOfThatDay(none: NoneThatDay, made: readonly Report[], article: Article, knowledge: Knowledge): Report[] {
  return made
    .filter(
      (r) =>
        r.type === 'attack' &&
        r.date.start === r.date.end &&
        r.date.start >= (none.from ?? none.day) &&
        r.date.end <= none.day &&
        r.killed === null &&
        r.injured === null,
    )
    .flatMap((r) =>
      followUpReports({ ...none, story: { type: 'attack', date: r.date, places: [r.location] }, group: null, article, knowledge, zerosOnly: true }),
    )
    .filter(hasFigure)
}

/** What `followUpReports` needs: the story so far and the sentence that adds to it. */

interface FollowUp {
  story: Story
  facts: SentenceFacts
  attribution: Attribution
  /** The militia a "the group said …" refers back to. */
  group: string | null
  article: Article
  sentence: { text: string; start: number; end: number }
  knowledge: Knowledge
  /** For a sentence about several events ("none of the attacks"): keep a figure only when it is zero. */
  zerosOnly?: boolean
}

/**
 * A sentence about "the attack" as a report of the story's event: on its day and at its place(s),
 * with this sentence's own stance, claimant and figures ("The Pentagon confirmed the attack",
 * "The Islamic Resistance in Iraq claimed responsibility", "No one was hurt"). A figure is kept
 * only when the story names one place, so a toll is never given to the wrong base; a toll of none
 * ("Nobody was hurt" after rockets at two bases) is true of every place the story named.
 */
export function followUpReports({ story, facts, attribution, group, article, sentence, knowledge, zerosOnly = false }: FollowUp): Report[] {
  const found = !militiaOwnLoss(facts) ? findCasualties(facts.text, { attackersAside: story.type === 'attack' }) : { killed: null, injured: null }
  // Of a story told at several places, or where only a none may be taken, the uncounted hurt are no place's in particular.
  const casualties: Casualties = zerosOnly || story.places.length !== 1 ? { killed: zeroOnly(found.killed), injured: zeroOnly(found.injured) } : found
  const militias = facts.groups.filter((g) => isCampaignMilitia(g.value)).map((g) => g.value.name)
  const actors = [...new Set([...militias, ...(attribution.claimantKind === 'militia' && group !== null ? [group] : [])])].sort()
  const weapons = story.type === 'attack' ? [...new Set(facts.weapons.map((w) => w.value.id))].sort() : []
  return story.places.map((place) => ({
    type: story.type,
    date: story.date,
    location: place,
    weapons,
    actors,
    ...toldBy(attribution, casualties, facts, article),
    dateText: null,
    summary: summarize(story.type, place, weapons, attribution.claimant, knowledge),
    quote: article.body.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
  }))
}
