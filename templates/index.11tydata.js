// Permalink and title as functions, not Nunjucks strings: Eleventy compiles a template string anew for every page.
export default {
  permalink: (data) => data.home.url,
  eleventyComputed: {
    title: (data) => data.home.title,
  },
}
