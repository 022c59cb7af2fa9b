// Permalink and title as functions, not Nunjucks strings: Eleventy compiles a template string anew for every page.
export default {
  permalink: (data) => data.index.url,
  eleventyComputed: {
    title: (data) => data.index.title,
    description: (data) => (data.index.pager === null ? 'Every article the timeline was built from, with its outlet and publication day.' : `Every article the timeline was built from, with its outlet and publication day. ${data.index.pager.summary}: ${data.index.title.replace(/^Articles, /, '')}.`),
  },
}
