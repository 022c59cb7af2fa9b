// Eleventy's configuration. Plain JavaScript on purpose: Eleventy loads it with its
// own import(), in the CLI, in `npm start` and under the test runner alike, and it
// needs no project code: the pipeline hands Eleventy one JSON file (STYLE.md: templates are dumb).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { HtmlBasePlugin } from '@11ty/eleventy'

/**
 * The pipeline's data: handed over in memory when the build runs the pipeline and
 * Eleventy in one process (src/publish/build-site.ts), which saves parsing a large
 * JSON file and holding it twice; otherwise read from the data file on every build,
 * so watch mode sees new data without a restart.
 */
function loadTimeline() {
  const inMemory = globalThis[Symbol.for('salvo.timeline')]
  if (inMemory) return inMemory
  const file = process.env.SALVO_TIMELINE ?? path.resolve('build/timeline.json')
  return JSON.parse(readFileSync(file, 'utf8'))
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
  eleventyConfig.addWatchTarget(process.env.SALVO_TIMELINE ?? 'build/timeline.json')
  return {
    // No `input` here: every caller names the templates folder (`templates`), so a test can build from a broken copy.
    dir: { includes: '_includes', data: '_data' },
    htmlTemplateEngine: 'njk',
    markdownTemplateEngine: false,
  }
}
