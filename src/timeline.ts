// Moved to src/site/timeline.ts (the data file's types to src/model/timeline-data.ts). Kept only for
// src/publish/build-site.ts, scripts/start.ts and src/editorial/check-findings.ts, which other work is
// changing now: delete this file once they import src/site/timeline.ts.
export { timelineData, type Timeline } from './site/timeline.js'
