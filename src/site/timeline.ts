import type { TimelineData } from '../model/timeline-data.js'
import type { PageViews } from './page-types.js'
import type { SharedViews } from './site-context.js'

/** Everything the templates lay out, computed once by the site step (site-data.ts). Templates only loop and print (STYLE.md: templates are dumb). */
export type SiteViews = SharedViews & PageViews

/** What Eleventy renders: the data file's contents and the views derived from it. */
export interface Timeline extends TimelineData {
  /** Lists, figures, chart and maps derived from articles and events by the site step, for templates to lay out as they are. */
  views: SiteViews
}

/** The timeline as the data file holds it: without its views, which only the templates need. */
export function timelineData(timeline: Timeline): TimelineData {
  return {
    schemaVersion: timeline.schemaVersion,
    articles: timeline.articles,
    events: timeline.events,
    corrections: timeline.corrections,
    diagnostics: timeline.diagnostics,
  }
}
