import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { load } from 'cheerio'

/** Every built HTML file under `root`, as paths relative to it with `/` separators, sorted. */
export async function listPages(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

/** The URL path a page is served at: `events/x/index.html` → `/events/x/`. */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`
}

export interface BrokenLink {
  page: string
  href: string
  problem: string
}

/**
 * Checks every internal `href` and `src` of every page under `root`: the target file must
 * exist (a folder must have an `index.html`) and a `#fragment` must be an `id` on the target.
 * External links (with a scheme) are not followed: the check runs offline.
 */
export async function checkLinks(root: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const pages = await listPages(root)
  const ids = new Map<string, Set<string>>()
  const html = new Map<string, string>()
  for (const file of pages) {
    const text = await readFile(path.join(root, file), 'utf8')
    html.set(file, text)
    const $ = load(text)
    ids.set(
      file,
      new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id') ?? '')
          .get(),
      ),
    )
  }
  const exists = async (file: string): Promise<boolean> =>
    readFile(path.join(root, file)).then(
      () => true,
      () => false,
    )
  const broken: BrokenLink[] = []
  let checked = 0
  for (const file of pages) {
    const $ = load(html.get(file) ?? '')
    const refs = $('[href], [src]')
      .map((_, el) => $(el).attr('href') ?? $(el).attr('src') ?? '')
      .get()
    for (const href of refs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue
      checked++
      const url = new URL(href, `http://site${urlOf(file)}`)
      let target = decodeURIComponent(url.pathname).replace(/^\//, '')
      if (target === '' || target.endsWith('/')) target += 'index.html'
      if (!(await exists(target))) {
        broken.push({ page: file, href, problem: `no file ${target}` })
        continue
      }
      const fragment = decodeURIComponent(url.hash.slice(1))
      if (fragment !== '' && target.endsWith('.html') && !(ids.get(target)?.has(fragment) ?? false)) {
        broken.push({ page: file, href, problem: `no element with id "${fragment}" on ${target}` })
      }
    }
  }
  return { checked, broken }
}
