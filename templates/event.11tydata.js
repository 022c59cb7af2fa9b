// Permalink and title as functions, not Nunjucks strings: Eleventy compiles a template string anew for every page.
export default {
  permalink: (data) => `/events/${data.event.id}/`,
  eleventyComputed: {
    title: (data) => data.event.pageTitle,
    description: (data) => data.event.description,
  },
}
