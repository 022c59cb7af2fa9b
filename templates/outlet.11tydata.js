// Permalink and title as functions, not Nunjucks strings: Eleventy compiles a template string anew for every page.
export default {
  permalink: (data) => data.outlet.url,
  eleventyComputed: {
    title: (data) => data.outlet.pageTitle,
    description: (data) => data.outlet.description,
  },
}
