import { describe, expect, it } from 'vitest'
import { resolveSiteSettings, SiteSettingsError } from '../../src/publish/site-settings.js'
import { makeSiteLinks, pageRelativeUrl } from '../../src/render/site-links.js'

describe('hosting settings from flags and the environment', () => {
  it.each([
    [{}, {}, { siteUrl: null, pathPrefix: '/', relative: false }],
    [{ pathPrefix: '/salvo/' }, {}, { siteUrl: null, pathPrefix: '/salvo/', relative: false }],
    [{ pathPrefix: 'salvo' }, {}, { siteUrl: null, pathPrefix: '/salvo/', relative: false }],
    [{ pathPrefix: '/a/b' }, {}, { siteUrl: null, pathPrefix: '/a/b/', relative: false }],
    [{ siteUrl: 'https://example.org' }, {}, { siteUrl: 'https://example.org/', pathPrefix: '/', relative: false }],
    // The site URL's folder is the path prefix unless one is given.
    [{ siteUrl: 'https://example.org/salvo' }, {}, { siteUrl: 'https://example.org/salvo/', pathPrefix: '/salvo/', relative: false }],
    [{ siteUrl: 'https://example.org/salvo/', pathPrefix: '/salvo/' }, {}, { siteUrl: 'https://example.org/salvo/', pathPrefix: '/salvo/', relative: false }],
    [{}, { SALVO_SITE_URL: 'https://env.example/x/' }, { siteUrl: 'https://env.example/x/', pathPrefix: '/x/', relative: false }],
    // The flag wins over the environment.
    [
      { siteUrl: 'https://flag.example/' },
      { SALVO_SITE_URL: 'https://env.example/x/' },
      { siteUrl: 'https://flag.example/', pathPrefix: '/', relative: false },
    ],
    [{ relative: true }, {}, { siteUrl: null, pathPrefix: '/', relative: true }],
    [{ relative: true, siteUrl: 'https://example.org/salvo/' }, {}, { siteUrl: 'https://example.org/salvo/', pathPrefix: '/', relative: true }],
  ])('%j with env %j → %j', (input, env, expected) => {
    expect(resolveSiteSettings(input, env)).toEqual(expected)
  })

  it.each([
    [{ siteUrl: 'example.org/salvo/' }, /not an absolute URL.*--site-url https:\/\/example\.org\/salvo\//],
    [{ siteUrl: 'ftp://example.org/' }, /must start with https:\/\/ or http:\/\//],
    [{ siteUrl: 'https://example.org/?x=1' }, /query, a fragment or credentials/],
    [{ siteUrl: 'https://example.org/', pathPrefix: '/salvo/' }, /served from \/ but the path prefix is \/salvo\//],
    [{ pathPrefix: '/../etc/' }, /not a plain folder path/],
    [{ relative: true, pathPrefix: '/salvo/' }, /drop --path-prefix \/salvo\//],
  ])('refuses %j in a sentence that says how to fix it', (input, message) => {
    expect(() => resolveSiteSettings(input, {})).toThrow(SiteSettingsError)
    expect(() => resolveSiteSettings(input, {})).toThrow(message)
  })
})

describe('page-relative URLs (relative mode)', () => {
  it.each([
    ['/style.css', '/', 'style.css'],
    ['/style.css', '/events/x/', '../../style.css'],
    ['/', '/events/x/', '../../index.html'],
    ['/#d-2023-10-22', '/events/x/', '../../index.html#d-2023-10-22'],
    ['/events/y/', '/events/x/', '../y/index.html'],
    ['/events/x/', '/events/x/', 'index.html'],
    ['/browse/?q=tanf', '/', 'browse/index.html?q=tanf'],
    ['/feeds/events.atom', '/404.html', 'feeds/events.atom'],
    ['/articles/a/#q-10', '/articles/b/', '../a/index.html#q-10'],
  ])('%s from %s → %s', (url, page, expected) => {
    expect(pageRelativeUrl(url, page)).toBe(expected)
  })

  it.each(['https://example.org/x/', '#top', 'mailto:a@example.org', '//cdn.example/x.js', 'already/relative.html', ''])('leaves %j as it is', (url) => {
    expect(pageRelativeUrl(url, '/events/x/')).toBe(url)
  })
})

describe('links written outside the HTML (feeds, sitemap)', () => {
  it('are absolute with a site URL, prefixed without one, and relative to the file in relative mode', () => {
    expect(makeSiteLinks({ siteUrl: 'https://example.org/salvo/', pathPrefix: '/salvo/', relative: false }).link('/events/x/', '/feeds/events.atom')).toBe(
      'https://example.org/salvo/events/x/',
    )
    expect(makeSiteLinks({ siteUrl: null, pathPrefix: '/salvo/', relative: false }).link('/events/x/', '/feeds/events.atom')).toBe('/salvo/events/x/')
    expect(makeSiteLinks({ siteUrl: null, pathPrefix: '/', relative: true }).link('/events/x/', '/feeds/sites/a.atom')).toBe('../../events/x/index.html')
    expect(makeSiteLinks({ siteUrl: null, pathPrefix: '/', relative: false }).absolute('/x/')).toBeNull()
  })
})
