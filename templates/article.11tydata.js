// Permalink and title as functions, not Nunjucks strings: Eleventy compiles a template string anew for every page.
export default {
  permalink: (data) => `/articles/${data.article.slug}/`,
  eleventyComputed: {
    title: (data) => data.timeline.views.articles[data.article.slug].pageTitle,
    description: (data) => data.timeline.views.articles[data.article.slug].description,
  },
}
