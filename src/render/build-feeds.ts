import type { AppliedCorrection, CorrectionOutcome } from '../model/correction.js'
import type { Timeline } from '../site/timeline.js'
import { escapeHtml } from './escape-html.js'
import { dataAsOf } from './data-as-of.js'
import { changeText, CORRECTION_LABELS, showsStatus } from './event-entry.js'
import { nameUuid } from './name-uuid.js'
import type { EventPage } from '../site/pages/event.js'
import { FEED_ENTRIES, type FeedView } from './site-views.js'

/** One entry of a feed, in neither format yet. Dates are calendar days, `YYYY-MM-DD`, from the data. */
export interface FeedEntry {
  /** `urn:uuid:…`, from the event id (or the correction's content): never changes. */
  id: string
  title: string
  /** The page the entry links to, root-relative, e.g. `/events/x/`. */
  page: string
  /** When the first article reporting it was published. */
  published: string
  /** When the latest article reporting it was published (or the event's last day, if later). */
  updated: string
  /** One plain-text sentence. */
  summary: string
  /** The entry's content as an HTML fragment, escaped here. */
  html: string
  /** Category terms, e.g. `attack`, `confirmed`. */
  tags: string[]
}

/** A feed ready to be written as Atom or JSON Feed. */
export interface FeedDocument {
  view: FeedView
  /** `urn:uuid:…` from the feed's key. */
  id: string
  /** The latest `updated` of its entries; for an empty feed, the day of the latest article in the data. Never the clock. */
  updated: string
  /** The data's latest article day (`dataAsOf`), the same in every feed; `null` without articles. */
  dataAsOf: string | null
  entries: FeedEntry[]
}

const latest = (days: string[], fallback: string): string => days.reduce((a, b) => (b > a ? b : a), fallback)
const earliest = (days: string[], fallback: string): string => days.reduce((a, b) => (b < a ? b : a), fallback)

/** The days an event's entry is dated by: the publication days of the articles reporting it, and its last day. */
interface EntryDays {
  articleDays: string[]
  dateEnd: string
}

/** When an entry was last updated: the latest article reporting its event (or the event's last day, if later). */
const updatedOf = ({ articleDays, dateEnd }: EntryDays): string => latest(articleDays, dateEnd)

/** An event's entry: its status, day, place, figures and every quoted report. */
function eventEntry(page: EventPage, { articleDays, dateEnd }: EntryDays, updated: string): FeedEntry {
  const facts = [
    page.place === null ? null : `Where: ${page.place.name}${page.place.country === null ? '' : `, ${page.place.country.label}`}`,
    page.weapons.length === 0 ? null : `Weapons: ${page.weapons.map((w) => w.label).join(', ')}`,
    page.groups.length === 0 ? null : `Groups: ${page.groups.map((g) => g.label).join(', ')}`,
    page.casualties === null ? null : `Casualties: ${page.casualties}`,
  ].filter((f) => f !== null)
  const status = `${page.status.label}${page.status.disputed ? ' (reports disagree)' : ''}`
  // A statement's badge already names its kind: `Statement · 22 October 2023`, not `Statement · Statement · …`.
  const kind = showsStatus(page.type) ? ` · ${escapeHtml(page.typeLabel)}` : ''
  const html = [
    `<p><strong>${escapeHtml(status)}</strong>${kind} · ${escapeHtml(page.date.text)}${page.date.note === null ? '' : ` (${escapeHtml(page.date.note)})`}</p>`,
    facts.length === 0 ? '' : `<ul>${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`,
    ...page.reports.map(
      (r) =>
        `<blockquote><p>${escapeHtml(r.quote)}</p></blockquote><p>${escapeHtml(r.outlet.label)}, “${escapeHtml(r.article.label)}”, ${escapeHtml(r.published.text)}; ${escapeHtml(r.status.label.toLowerCase())} according to ${escapeHtml(r.claimant)}.</p>`,
    ),
  ].join('')
  return {
    id: nameUuid(`event:${page.id}`),
    title: `${page.summary}, ${page.date.text}`,
    page: page.url,
    published: earliest(articleDays, articleDays[0] ?? dateEnd),
    updated,
    summary: page.description,
    html,
    tags: [...new Set([page.type, page.status.id])],
  }
}

/** A correction's entry: what it did, why, and to which events. */
function correctionEntry(outcome: CorrectionOutcome, applied: AppliedCorrection | undefined, events: EventPage[], updated: string): FeedEntry {
  const label = CORRECTION_LABELS[outcome.kind]
  const about = events.map((e) => e.summary)
  const html = [
    `<p><strong>${escapeHtml(label)}.</strong> ${escapeHtml(outcome.reason)}</p>`,
    applied?.note ? `<p>${escapeHtml(applied.note)}</p>` : '',
    applied && applied.changes.length > 0 ? `<ul>${applied.changes.map((c) => `<li><code>${escapeHtml(changeText(c))}</code></li>`).join('')}</ul>` : '',
    about.length === 0 ? '' : `<p>Applies to: ${about.map(escapeHtml).join('; ')}.</p>`,
    outcome.accepted && outcome.accepted.length > 0 ? `<p>Accepted: ${outcome.accepted.map((w) => `<code>${escapeHtml(w)}</code>`).join(', ')}.</p>` : '',
    `<p>Target: ${escapeHtml(outcome.target)} (seeds/corrections.yaml, line ${outcome.line}).</p>`,
  ].join('')
  return {
    id: nameUuid(`correction:${outcome.kind}:${outcome.target}:${outcome.reason}`),
    title: `${label}: ${about[0] ?? outcome.target}`,
    page: events[0]?.url ?? '/',
    published: updated,
    updated,
    summary: `${label}: ${outcome.reason}`,
    html,
    tags: ['correction', outcome.kind],
  }
}

/**
 * Every feed of the site as format-independent documents: all events, one per place,
 * one per group (the lists the site step made, src/site/site-context.ts), and the applied corrections. Dates come
 * from the articles: an entry is as new as the latest article reporting it. Corrections
 * carry no date of their own, so each takes the latest article day of the events it
 * names (or of the whole data, for one whose event is gone).
 */
export function buildFeeds(timeline: Timeline): FeedDocument[] {
  const asOfData = dataAsOf(timeline.articles)
  const asOf = asOfData ?? '1970-01-01'
  const articleDay = new Map(timeline.articles.map((a) => [a.path, a.date]))
  const pages = new Map(timeline.views.events.map((p) => [p.id, p]))
  // Each event's days up front, its entry only once a feed keeps it: the feeds keep their newest FEED_ENTRIES.
  const entryDays = new Map(
    timeline.events.flatMap((event) =>
      pages.has(event.id) ? [[event.id, { articleDays: event.reports.flatMap((r) => articleDay.get(r.article) ?? []), dateEnd: event.dateEnd }] as const] : [],
    ),
  )
  const updated = new Map([...entryDays].map(([id, days]) => [id, updatedOf(days)]))
  const entries = new Map<string, FeedEntry>()
  // Only ids kept by `eventFeed`, which are in `updated`, so in `pages` and `entryDays` too.
  const entryOf = (id: string): FeedEntry => {
    let entry = entries.get(id)
    if (entry !== undefined) return entry
    const page = pages.get(id)
    const days = entryDays.get(id)
    if (page === undefined || days === undefined)
      throw new Error(`Event ${id} has no page: a feed's events come from the event pages (src/site/pages/event.ts).`)
    entries.set(id, (entry = eventEntry(page, days, updatedOf(days))))
    return entry
  }

  /** The latest of `days`; the latest article day of the data when there are none. */
  const latestOrAsOf = (days: string[]): string => latest(days, days.length === 0 ? asOf : '0000-00-00')
  const feedDocument = (view: FeedView, kept: FeedEntry[]): FeedDocument => ({
    view,
    id: nameUuid(`feed:${view.key}`),
    updated: latestOrAsOf(kept.map((e) => e.updated)),
    dataAsOf: asOfData,
    entries: kept,
  })
  // Sorted by `updated`, newest first; among equals the view's order (newest event first) stays.
  const eventFeed = (view: FeedView): FeedDocument => {
    const kept = view.events
      .filter((id) => updated.has(id))
      .sort((a, b) => (updated.get(b) ?? '').localeCompare(updated.get(a) ?? ''))
      .slice(0, FEED_ENTRIES)
    return feedDocument(view, kept.map(entryOf))
  }

  const { feeds } = timeline.views
  const appliedByLine = new Map(timeline.events.flatMap((e) => (e.corrections ?? []).map((c) => [c.line, c] as const)))
  const corrections = timeline.corrections
    .filter((o) => o.result === 'applied')
    .reverse() // newest first: editors append to the file
    .map((outcome) => {
      const events = outcome.events.flatMap((id) => pages.get(id) ?? [])
      return correctionEntry(outcome, appliedByLine.get(outcome.line), events, latestOrAsOf(events.map((e) => updated.get(e.id) ?? asOf)))
    })
  // Two identical corrections (same kind, target and reason) would share an id: number the repeats.
  const seen = new Map<string, number>()
  for (const entry of corrections) {
    const n = (seen.get(entry.id) ?? 0) + 1
    seen.set(entry.id, n)
    if (n > 1) entry.id = nameUuid(`${entry.id}:${n}`)
  }
  return [eventFeed(feeds.all), feedDocument(feeds.corrections, corrections), ...feeds.sites.map(eventFeed), ...feeds.groups.map(eventFeed)]
}
