// Eleventy's configuration. Plain JavaScript on purpose: Eleventy loads it with its
// own import(), in the CLI, in `npm start` and under the test runner alike, and it
// needs no project code: the pipeline hands Eleventy one JSON file (STYLE.md: templates are dumb).
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** Reads the pipeline's data file on every build, so watch mode sees new data without a restart. */
function loadTimeline() {
  const file = process.env.SALVO_TIMELINE ?? path.resolve('build/timeline.json')
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false })
  eleventyConfig.addGlobalData('timeline', loadTimeline)
  eleventyConfig.addPassthroughCopy({ public: '/' })
  eleventyConfig.addWatchTarget(process.env.SALVO_TIMELINE ?? 'build/timeline.json')
  return {
    dir: { input: 'templates', includes: '_includes', data: '_data' },
    htmlTemplateEngine: 'njk',
    markdownTemplateEngine: false,
  }
}
