import type { UserConfig } from '@11ty/eleventy'
import type { PageType } from '../site/page-type.js'
import { PAGE_TYPES, viewOf } from '../site/page-types.js'
import type { Timeline } from '../site/timeline.js'

/** What Eleventy hands a page's permalink and computed data: the page's item under the type's alias, and the timeline. */
type PageData = Record<string, unknown> & { timeline: Timeline }

/** Eleventy's front matter for a page type: one page per item of its list, laid out by its layout, with its URL and title. */
function frontMatter(type: PageType): Record<string, unknown> {
  const item = (data: PageData): unknown => data[type.alias]
  return {
    layout: `pages/${type.template}.njk`,
    pagination: { data: `timeline.${type.source}`, size: 1, alias: type.alias },
    // Functions, not Nunjucks strings: Eleventy compiles a template string anew for every page.
    permalink: (data: PageData) => type.url(item(data)),
    eleventyComputed: {
      title: (data: PageData) => type.title(item(data), viewOf(type, data.timeline)),
      description: (data: PageData) => type.description(item(data), viewOf(type, data.timeline)),
    },
  }
}

/**
 * Adds one template per page type of the registry (src/site/page-types.ts), as `<template>.njk` in the
 * templates folder, with no text of its own: the page is its layout, `_includes/pages/<template>.njk`,
 * which Eleventy compiles once, where it would compile a paginated template's own text for every page.
 */
export function addPageTemplates(config: UserConfig): void {
  for (const type of PAGE_TYPES) config.addTemplate(`${type.template}.njk`, '', frontMatter(type))
}
