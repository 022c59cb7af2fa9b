import type { TimelineEvent } from '../../model/event.js'
import type { ArticleRecord } from '../../model/timeline-data.js'
import { agreesWithRecord, statusBadge } from '../../render/event-entry.js'
import { groupTimeline } from '../../render/group-timeline.js'
import { chunk, makePagers, OUTLET_PAGE_ARTICLES, pageUrl } from '../../render/paginate.js'
import type { Link, OutletPage, StatusBadge, TimelinePart } from '../../render/site-views.js'
import type { PageType } from '../page-type.js'
import type { ReportRow, SiteContext } from '../site-context.js'

export interface ComparisonRow {
  event: Link
  date: string
  said: StatusBadge
  record: StatusBadge
  agrees: boolean
}

/** One page of an outlet: a run of its articles, the reports they made and the events those fed. */
export interface OutletPageView extends OutletPage, TimelinePart {
  articles: { title: string; url: string; date: string; datetime: string; original: string | null }[]
  comparison: ComparisonRow[]
}

/** The reports some articles made (`rows`, in timeline order), as rows against each event's record, and those events, in timeline order. */
function compare(context: SiteContext, rows: ReportRow[]): { reported: TimelineEvent[]; comparison: ComparisonRow[] } {
  const reported = [...new Set(rows.map((row) => row.event))]
  const comparison = rows.map(({ event: e, status }) => {
    const entry = context.entryFor(e)
    return {
      event: { label: e.summary, url: `/events/${e.id}/` },
      date: entry.date.text,
      said: statusBadge(e.type, status),
      record: entry.status,
      agrees: agreesWithRecord(e, status),
    }
  })
  return { reported, comparison }
}

/** One or more pages per outlet: its articles in runs, each page with the reports and events of its own articles. */
export const outletPage: PageType<'outletPages', OutletPageView[], OutletPageView> = {
  template: 'outlet',
  alias: 'outlet',
  view: 'outletPages',
  source: 'views.outletPages',
  build: (context) =>
    context.views.outlets.flatMap((outlet) => {
      const runs = chunk(context.articlesOf.get(outlet.slug) ?? [], OUTLET_PAGE_ARTICLES)
      const labels = runs.map((run, i) => `Articles ${i * OUTLET_PAGE_ARTICLES + 1}–${i * OUTLET_PAGE_ARTICLES + run.length}`)
      const pagers = makePagers(outlet.url, labels, `${outlet.name}’s articles`)
      // The outlet's own figures, as one object build after build while they are the same (src/rebuild-memo.ts).
      const kept = context.memo.same('outlet', outlet.slug, outlet)
      return runs.map((run, i) => {
        const rows = context.reportRowsOf(run).sort((x, y) => x.order - y.order)
        // A page is made from its outlet, its articles, the labels of every page (its pager), and its articles' reports with their events.
        const inputs = [kept, i, ...labels, ...run, ...rows.map((row) => row.event), ...rows.map((row) => row.status)]
        return context.memo.kept('outlet-page', `${outlet.slug}\0${i}`, inputs, () => outletPageView(kept, run, rows, i))
      })
      function outletPageView(outlet: OutletPage, run: ArticleRecord[], rows: ReportRow[], i: number): OutletPageView {
        const { reported, comparison } = compare(context, rows)
        const pager = pagers[i] ?? null
        return {
          ...outlet,
          url: pageUrl(outlet.url, i + 1),
          ...(pager === null ? {} : { pageTitle: `${outlet.pageTitle} (${labels[i]})`, description: `${outlet.description} ${pager.summary}: ${labels[i]}.` }),
          articles: run.map((a) => ({
            title: a.title,
            url: `/articles/${a.slug}/`,
            date: context.day(a.date),
            datetime: a.date,
            original: a.original?.source ?? null,
          })),
          comparison,
          timeline: groupTimeline(context.entriesFor(reported)),
          pager,
        }
      }
    }),
  url: (outlet) => outlet.url,
  title: (outlet) => outlet.pageTitle,
  description: (outlet) => outlet.description,
  reads: ['views.siteFeed', 'views.dataAsOf'],
  /** The first page of an outlet is the one its layout marks for the search index (`{% if not outlet.pager.previous %}`). */
  searchable: (outlet) => !outlet.pager?.previous,
}
