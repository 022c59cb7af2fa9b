// Permalink and title as functions, not Nunjucks strings: Eleventy compiles a template string anew for every page.
export default {
  permalink: (data) => data.place.url,
  eleventyComputed: {
    title: (data) => data.place.pageTitle,
    description: (data) => data.place.description,
  },
}
