import type { Link, MonthGroup, Pager } from '../../render/site-views.js'
import type { PageType } from '../page-type.js'

/** One page of the home timeline in one order; the site has one set per order, so both work without JavaScript. */
export interface HomePage {
  url: string
  order: 'oldest' | 'newest'
  /** The `<title>`: `Timeline of attacks`, with the order and page number when needed. */
  title: string
  /** `true` on the first page of each order, which shows the figures and the chart. */
  first: boolean
  /** The link to the other order. */
  otherOrder: Link
  months: MonthGroup[]
  pager: Pager | null
}

const ORDERS = [
  { order: 'oldest', title: 'Timeline of attacks', other: { label: 'Newest first', url: '/newest-first/' } },
  { order: 'newest', title: 'Timeline of attacks, newest first', other: { label: 'Oldest first', url: '/' } },
] as const

/** The home page: the timeline of every event, with the figures and the chart on its first page, in pages, oldest first and newest first. */
export const indexPage: PageType<'home', HomePage[], HomePage> = {
  template: 'index',
  alias: 'home',
  view: 'home',
  source: 'views.home',
  build: (context) =>
    ORDERS.flatMap(({ order, title, other }) =>
      context.homeTimeline[order].map((p) => ({
        url: p.url,
        order,
        title: p.pager === null ? title : `${title}, ${p.label}`,
        first: p.number === 1,
        otherOrder: other,
        months: p.timeline,
        pager: p.pager,
      })),
    ),
  url: (home) => home.url,
  title: (home) => home.title,
  description: () => 'A sourced timeline of rocket and drone attacks on bases housing U.S. forces in Iraq, Syria and Jordan.',
  reads: ['views.summary', 'views.chart', 'events.length', 'views.siteFeed', 'views.dataAsOf'],
}
