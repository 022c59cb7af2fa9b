// Permalink and title as functions, not Nunjucks strings: Eleventy compiles a template string anew for every page.
export default {
  permalink: (data) => data.facet.url,
  eleventyComputed: {
    title: (data) => data.facet.pageTitle,
    description: (data) => data.facet.description,
  },
}
