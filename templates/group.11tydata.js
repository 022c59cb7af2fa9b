// Permalink and title as functions, not Nunjucks strings: Eleventy compiles a template string anew for every page.
export default {
  permalink: (data) => data.group.url,
  eleventyComputed: {
    title: (data) => data.group.pageTitle,
    description: (data) => data.group.description,
  },
}
