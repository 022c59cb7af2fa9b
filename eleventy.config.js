// Eleventy's configuration. Plain JavaScript on purpose: Eleventy loads it with its
// own import(), in `npm run build`, in `npm start` and under the test runner alike, and
// it needs no project code: the build hands Eleventy the timeline (STYLE.md: templates are dumb).
import { HtmlBasePlugin } from '@11ty/eleventy'

/**
 * The pipeline's timeline, views included, handed over in memory by the process that runs
 * the pipeline and Eleventy together (handTimelineToEleventy in src/publish/configure-eleventy.ts):
 * a build, which is also what each rebuild of `npm start` is. The data file
 * (build/timeline.json) leaves the views out, so Eleventy alone cannot render the site.
 */
function loadTimeline() {
  const timeline = globalThis[Symbol.for('salvo.timeline')]
  if (timeline) return timeline
  throw new Error(
    'Salvo: Eleventy has no timeline to render. The pages are built by `npm run build` (or served by `npm start`), which run the pipeline and hand Eleventy its data; run one of those instead of Eleventy alone.',
  )
}

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false })
  eleventyConfig.addGlobalData('timeline', loadTimeline)
  // Adds the path prefix (`npm run build -- --path-prefix /salvo/`) to every root-relative URL in the HTML; a no-op at `/`.
  // Templates write plain root-relative URLs and never the `url` filter, which would add the prefix twice.
  eleventyConfig.addPlugin(HtmlBasePlugin)
  // When a prefix (or relative links) makes Eleventy re-serialize the HTML, keep `defer` and `hidden` bare as written, not `defer=""`.
  eleventyConfig.addPlugin((config) => config.htmlTransformer.setPosthtmlProcessOptions({ recognizeNoValueAttribute: true }))
  eleventyConfig.addPassthroughCopy({ public: '/' })
  return {
    // No `input` here: every caller names the templates folder (`templates`), so a test can build from a broken copy.
    dir: { includes: '_includes', data: '_data' },
    htmlTemplateEngine: 'njk',
    markdownTemplateEngine: false,
  }
}
