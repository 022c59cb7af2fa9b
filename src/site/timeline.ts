import type { TimelineData } from '../model/timeline-data.js'
import type { SiteViews } from '../render/site-views.js'

/** What Eleventy renders: the timeline data and the views derived from it. */
export interface Timeline extends TimelineData {
  /** Lists, figures, chart and maps derived from articles and events by the render stage, for templates to lay out as they are. */
  views: SiteViews
}

/** The timeline as the data file holds it: without its views, which only the templates need. */
export function timelineData(timeline: Timeline): TimelineData {
  return { schemaVersion: timeline.schemaVersion, articles: timeline.articles, events: timeline.events, corrections: timeline.corrections, diagnostics: timeline.diagnostics }
}
