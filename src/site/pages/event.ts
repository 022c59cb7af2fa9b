import type { TimelineEvent } from '../../model/event.js'
import type { ArticleRecord } from '../../model/timeline-data.js'
import { GRADE_RULES } from '../../merge/grade.js'
import type { EventType } from '../../model/report.js'
import { changeText, CORRECTION_LABELS, denialText, formatCasualties, formatCount, showsStatus, statusBadge, tollDispute } from '../../render/event-entry.js'
import { groupBy } from '../../render/group-by.js'
import { anchorFor } from '../../render/quote-anchors.js'
import { quoteText } from '../../render/quote-text.js'
import { shortTitle } from '../../render/short-title.js'
import type { EventEntry, Link, StatusBadge } from '../../render/site-views.js'
import type { PageType } from '../page-type.js'
import { PRECISION } from '../site-context.js'

/** One report on an event page. */
export interface ReportView {
  outlet: Link
  /** The article, linked to the highlighted passage on its page. */
  article: Link
  /** The article where its outlet published it (front matter `url`), labelled by its host (`reuters.com`); `null` when not recorded. */
  original: Link | null
  /** An archived copy of it (front matter `archived`), labelled by the archive's host (`web.archive.org`); `null` when none was saved. */
  archived: Link | null
  published: { text: string; datetime: string }
  claimant: string
  /** E.g. `U.S. official`, `militia`. */
  claimantKind: string
  status: StatusBadge
  /** This report's own casualty figures, e.g. `20 injured`; `null` when it gives none. */
  figures: string | null
  /** What the report denies, in words after "denies": `that it happened`, `the casualties`; `null` when it denies nothing. */
  denies: string | null
  /** The day the source said it, where the sentence gives one apart from the day it happened and the article's day; `null` otherwise. */
  saidOn: { text: string; datetime: string } | null
  quote: string
}

/** One applied correction as the event page shows it. */
export interface CorrectionView {
  /** `Fixed`, `Editor’s note`, `Suppressed`, `Merged`, `Split`. */
  label: string
  reason: string
  /** `field: before → after` (values as JSON), one per changed field. */
  changes: string[]
  note: string | null
  /** Where the correction is: `seeds/corrections.yaml, line 4`. */
  where: string
}

/** A link to the event before or after this one among events of its kind. */
export interface NeighbourLink extends Link {
  /** Where it leads, by kind: `Previous attack`, `Next U.S. strike`. */
  direction: string
}

export interface EventPage extends EventEntry {
  /** The `<title>`: summary and date, cut to fit. */
  pageTitle: string
  /** The page's meta description: what, when, where, status and sources, in one sentence. */
  description: string
  /** The status search narrows by (`Confirmed`); `null` for a statement, which shows none. */
  searchStatus: string | null
  /** The rule of the event's grade, one sentence (src/merge/grade.ts), printed beside it. */
  gradeRule: string
  /** For each article here that copies another outlet's story, a sentence saying which and how it was found (`copyNote`). */
  copies: string[]
  /** Said when the reports disagree on the toll (`tollDispute`), e.g. `Reports disagree on the casualties: U.S. Central Command denies them.`; `null` otherwise. */
  tollNote: string | null
  /** `Sunday 22 October 2023 (some day in this span)` written out for the facts list. */
  killed: string
  injured: string
  /** E.g. `Anbar, Iraq · a named site`; `null` without a place. */
  placeDetail: string | null
  reports: ReportView[]
  /** Why the reports are one event, one sentence each, the outlets and titles in them isolated (`isolateNames`). */
  mergeReasons: string[]
  /** The editors' corrections of this event, for its audit trail; empty when uncorrected. */
  corrections: CorrectionView[]
  outlets: Link[]
  /** The event before this one of the same kind, in timeline order: attack to attack, statement to statement. */
  previous: NeighbourLink | null
  /** The event after this one of the same kind, in timeline order. */
  next: NeighbourLink | null
  /** The landmark of those two links: `Previous and next attack`. */
  neighboursLabel: string
  /** The event's day on the home timeline: the page that holds it, with the day's fragment. */
  back: string
  /** Where the place falls on the locator map, or `null` without coordinates. */
  locator: { x: number; y: number } | null
}

const CLAIMANT_KINDS: Record<string, string> = {
  militia: 'militia',
  'us-official': 'U.S. official',
  'host-government': 'host government',
  'local-security': 'local security source',
  media: 'the outlet itself',
}

/** Each kind of event as the links between its pages name it. */
const KIND_NOUNS: Record<EventType, string> = { attack: 'attack', 'us-strike': 'U.S. strike', statement: 'statement', other: 'other event' }

/** An outside address as a link labelled by its host, `www.` dropped: `https://www.reuters.com/world/x` → `reuters.com`. */
function webLink(url: string | null | undefined): Link | null {
  if (url === null || url === undefined) return null
  try {
    return { label: new URL(url).hostname.replace(/^www\./, ''), url }
  } catch {
    // Ingest lets only http(s) addresses through (isSafeHttpUrl), so this is a data file written by hand: show no link rather than a broken one.
    return null
  }
}

const byLabel = <T extends { label: string }>(a: T, b: T): number => a.label.localeCompare(b.label, 'en')

/**
 * `reason` with each of `names` (outlets and titles, as merge reasons quote them) isolated between FSI and PDI,
 * as `<bdi>` isolates them elsewhere on the page: a right-to-left override in a title cannot reverse the
 * sentence around it. At each place, the longest name found there is isolated whole (so a title holding an
 * outlet's name stays one), and the search goes on after it, as a regular expression of the names, longest
 * first, would replace them. Scanned by hand: a regular expression made per reason took about a fifth of the
 * site's views on a large site, as every reason names other articles.
 */
function isolateNames(reason: string, names: readonly string[]): string {
  const found = [...new Set(names)].filter((name) => name !== '' && reason.includes(name)).sort((a, b) => b.length - a.length)
  if (found.length === 0) return reason
  let isolated = ''
  let copied = 0
  for (let at = 0; at < reason.length;) {
    const name = found.find((n) => reason.startsWith(n, at))
    if (name === undefined) {
      at++
      continue
    }
    isolated += `${reason.slice(copied, at)}\u2068${name}\u2069`
    at += name.length
    copied = at
  }
  return isolated + reason.slice(copied)
}

/**
 * Why an article counts toward another outlet's reporting, as the event page says it: `Lakeside Courier republished
 * Gulf Wire’s story “Drone hits Harir” (100% of the wording the same): counted as Gulf Wire.` Outlets and titles are
 * isolated between FSI and PDI, as `isolateNames` isolates them. `null` for an original.
 */
function copyNote(article: ArticleRecord, articleByPath: ReadonlyMap<string, ArticleRecord>): string | null {
  const copy = article.copy
  if (copy === null) return null
  const iso = (name: string): string => `\u2068${name}\u2069`
  const of = copy.of === null ? undefined : articleByPath.get(copy.of)
  const story = of === undefined ? `a story by ${iso(copy.outlet)}` : `${iso(of.source)}’s story “${iso(of.title)}”`
  const counted = `counted as ${iso(copy.outlet)}.`
  switch (copy.by) {
    case 'original-source':
    case 'original-url':
      return `${iso(article.source)} republished ${story}, as its front matter says: ${counted}`
    case 'text':
      return `${iso(article.source)} republished ${story} (${Math.round((copy.overlap ?? 0) * 100)}% of the wording the same): ${counted}`
  }
}

/** One page per event: its facts, every report with its quote, why the reports were merged, its corrections, and its neighbours of its kind on the timeline. */
export const eventPage: PageType<'events', EventPage[], EventPage> = {
  template: 'event',
  alias: 'event',
  view: 'events',
  source: 'views.events',
  build: (context) => {
    const { day, entryFor, events, articleByPath, outletLink } = context
    // Each event's neighbours among its own kind, so "Next" on an attack leads to the next attack, not to a statement made that day.
    const neighbours = new Map<string, { previous: TimelineEvent | undefined; next: TimelineEvent | undefined }>()
    for (const ofKind of groupBy(events, (e) => [e.type]).values())
      ofKind.forEach((e, i) => neighbours.set(e.id, { previous: ofKind[i - 1], next: ofKind[i + 1] }))
    return events.map((event) => {
      const around = neighbours.get(event.id)
      const articles = event.reports.map((r) => articleByPath.get(r.article))
      // Everything the page is made from besides the knowledge: its event, its neighbours, where it is on the home timeline,
      // and for each report its article, that article's passages and the article it copies (copyNote).
      const inputs = [
        event,
        around?.previous,
        around?.next,
        context.backOf.get(event.id),
        ...articles,
        ...event.reports.map((r) => context.passagesOf.get(r.article)),
        ...articles.map((a) => (a?.copy?.of == null ? undefined : articleByPath.get(a.copy.of))),
      ]
      return context.memo.kept('event-page', event.id, inputs, () => eventView(event))
    })
    function eventView(event: TimelineEvent): EventPage {
      const entry = entryFor(event)
      const noun = KIND_NOUNS[event.type]
      const neighbour = (e: TimelineEvent | undefined, direction: string): NeighbourLink | null =>
        e === undefined ? null : { label: `${e.summary} (${entryFor(e).date.text})`, url: `/events/${e.id}/`, direction: `${direction} ${noun}` }
      const location = event.location
      const casualties = formatCasualties(event.killed, event.injured)
      // What the merge reasons may quote: every report's outlet and title.
      const names = event.reports.flatMap((r) => [r.source, articleByPath.get(r.article)?.title ?? ''])
      return {
        ...entry,
        pageTitle: shortTitle(`${event.summary}, ${day(event.date)}`),
        description: `${event.summary}, ${entry.date.text}${location?.country ? `, ${location.country}` : ''}. ${entry.status.label}${entry.status.disputed ? ' (reports disagree)' : ''}${casualties === null ? '' : `; ${casualties}`}. ${entry.sources[0]?.toUpperCase()}${entry.sources.slice(1)}, each quoted.`,
        searchStatus: showsStatus(event.type) ? entry.status.label : null,
        gradeRule: GRADE_RULES.find((rule) => rule.id === event.grade)?.rule ?? '',
        copies: [...new Set(event.reports.map((r) => r.article))].flatMap((path) => {
          const article = articleByPath.get(path)
          const note = article === undefined ? null : copyNote(article, articleByPath)
          return note === null ? [] : [note]
        }),
        tollNote: tollDispute(event.reports),
        killed: event.killed === null ? 'not stated' : event.killed.max === 0 ? 'none' : formatCount(event.killed),
        injured: event.injured === null ? 'not stated' : event.injured.max === 0 ? 'none' : formatCount(event.injured),
        placeDetail:
          location === null
            ? null
            : [[location.admin1, location.country].filter((x) => x !== null).join(', '), PRECISION[location.precision]].filter((x) => x).join(' · '),
        reports: event.reports.map((r) => {
          const article = articleByPath.get(r.article)
          const anchor = anchorFor(context.passagesOf.get(r.article) ?? [], r.start, r.end)
          return {
            outlet: outletLink(article, r.source),
            article: { label: article?.title ?? r.article, url: `/articles/${article?.slug ?? ''}/${anchor === null ? '' : `#${anchor}`}` },
            original: webLink(article?.url),
            archived: webLink(article?.archived),
            published: article === undefined ? { text: 'unknown', datetime: '' } : { text: day(article.date), datetime: article.date },
            claimant: r.claimant,
            claimantKind: CLAIMANT_KINDS[r.claimantKind] ?? r.claimantKind,
            status: statusBadge(event.type, r.status),
            figures: formatCasualties(r.killed, r.injured),
            denies: denialText(r.denies),
            // The day it was said, where the sentence gives one that is neither the day it happened nor the day the article
            // appeared ("the Pentagon said Monday" of a Sunday attack, in a Tuesday article): the article's day is shown above.
            saidOn: (r.saidOn === event.date && r.saidOn === event.dateEnd) || r.saidOn === article?.date ? null : { text: day(r.saidOn), datetime: r.saidOn },
            quote: quoteText(r.quote),
          }
        }),
        mergeReasons: event.mergeReasons.map((reason) => isolateNames(reason, names)),
        corrections: (event.corrections ?? []).map((c) => ({
          label: CORRECTION_LABELS[c.kind],
          reason: c.reason,
          changes: c.changes.map(changeText),
          note: c.note,
          where: `seeds/corrections.yaml, line ${c.line}`,
        })),
        outlets: [
          ...new Map(
            event.reports.map((r) => {
              const l = outletLink(articleByPath.get(r.article), r.source)
              return [l.url, l] as const
            }),
          ).values(),
        ].sort(byLabel),
        previous: neighbour(neighbours.get(event.id)?.previous, 'Previous'),
        next: neighbour(neighbours.get(event.id)?.next, 'Next'),
        neighboursLabel: `Previous and next ${noun}`,
        back: context.backOf.get(event.id) ?? '/#timeline-title',
        locator: context.locate(location),
      }
    }
  },
  url: (event) => `/events/${event.id}/`,
  title: (event) => event.pageTitle,
  description: (event) => event.description,
  reads: ['views.locator', 'views.siteFeed', 'views.dataAsOf'],
  searchable: () => true,
  day: (event) => event.date.datetime,
}
