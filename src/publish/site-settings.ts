import type { SiteSettings } from '../render/site-links.js'

export type { SiteSettings }

/** What a reader of the command line or the environment gives; every field optional. */
export interface SiteSettingsInput {
  siteUrl?: string | null
  pathPrefix?: string | null
  relative?: boolean
}

/** A setting that cannot work, in a sentence that says which and how to fix it. */
export class SiteSettingsError extends Error {
  override name = 'SiteSettingsError'
}

export const defaultSiteSettings: SiteSettings = { siteUrl: null, pathPrefix: '/', relative: false }

/** `salvo` → `/salvo/`, `/salvo` → `/salvo/`, `` → `/`. */
function normalizePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, '')
  if (/[?#\s\\]/.test(trimmed) || trimmed.split('/').some((part) => part === '.' || part === '..')) {
    throw new SiteSettingsError(
      `The path prefix "${prefix}" is not a plain folder path. Give the folder the site is served from, for example --path-prefix /salvo/.`,
    )
  }
  return trimmed === '' ? '/' : `/${trimmed}/`
}

function normalizeSiteUrl(siteUrl: string): URL {
  let url: URL
  try {
    url = new URL(siteUrl.trim())
  } catch {
    throw new SiteSettingsError(
      `The site URL "${siteUrl}" is not an absolute URL. Give the address readers will use, with its scheme, for example --site-url https://example.org/salvo/.`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteSettingsError(`The site URL "${siteUrl}" must start with https:// or http://, as readers and feed readers will fetch it over the web.`)
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new SiteSettingsError(
      `The site URL "${siteUrl}" has a query, a fragment or credentials; give only the scheme, host and folder, for example https://example.org/salvo/.`,
    )
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

/**
 * Turns the flags and environment into settings, or explains why they cannot work.
 * `--site-url https://example.org/salvo/` alone implies the path prefix `/salvo/`;
 * given both, they must agree. `--relative` needs no prefix: every link is relative.
 * The flag wins over the environment variable `SALVO_SITE_URL`.
 */
export function resolveSiteSettings(input: SiteSettingsInput, env: Record<string, string | undefined> = {}): SiteSettings {
  const rawUrl = input.siteUrl ?? (env.SALVO_SITE_URL?.trim() ? env.SALVO_SITE_URL : null)
  const url = rawUrl === null || rawUrl === undefined ? null : normalizeSiteUrl(rawUrl)
  const relative = input.relative ?? false
  const givenPrefix = input.pathPrefix === null || input.pathPrefix === undefined ? null : normalizePrefix(input.pathPrefix)
  if (relative && givenPrefix !== null && givenPrefix !== '/') {
    throw new SiteSettingsError(`--relative writes every link relative to its page, so the site works in any folder; drop --path-prefix ${givenPrefix}.`)
  }
  if (url !== null && givenPrefix !== null && url.pathname !== givenPrefix) {
    throw new SiteSettingsError(
      `The site URL ${url.href} is served from ${url.pathname} but the path prefix is ${givenPrefix}. Make them agree (the site URL should end with the path prefix), or give only --site-url.`,
    )
  }
  const pathPrefix = relative ? '/' : (givenPrefix ?? url?.pathname ?? '/')
  return { siteUrl: url?.href ?? null, pathPrefix, relative }
}
