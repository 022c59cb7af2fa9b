// Search, as progressive enhancement. Without this script the search box on every page
// submits to /browse/ (the filter pages). With it, the box leads to /search/, where this
// script runs the query with Pagefind's index, loaded only when a search is made.
// Everything is found relative to this file's own address, so the same file works at a
// domain's root, under a path prefix, or in a relative build served from any folder.
// No inline script and no inline style: it runs under the site's Content-Security-Policy.
(() => {
  'use strict'
  const script = document.currentScript
  // From disk (file://) browsers refuse to fetch the index: keep the links to /browse/.
  if (!(script instanceof HTMLScriptElement) || location.protocol === 'file:') return

  const root = new URL('./', script.src)
  const searchPage = new URL('search/', root).href
  for (const form of document.querySelectorAll('form[data-search]')) form.action = searchPage

  const form = document.querySelector('form[data-search-page]')
  const status = document.getElementById('search-status-line')
  const list = document.getElementById('search-results')
  if (!(form instanceof HTMLFormElement) || status === null || !(list instanceof HTMLOListElement)) return

  const FILTERS = ['status', 'site', 'group']
  const MAX_RESULTS = 50
  const query = form.elements.namedItem('q')
  if (!(query instanceof HTMLInputElement)) return

  /**
   * Pagefind's API, imported on first use, with the index's shards merged in: a large site's
   * index is split by period (pagefind/shards.json lists them), so a rebuild re-indexes only
   * the periods that changed. Results from all shards come back as one list, by score.
   */
  let pagefind = null
  const loadPagefind = () => {
    if (pagefind !== null) return pagefind
    pagefind = import(new URL('pagefind/pagefind.js', root).href).then(async (api) => {
      await api.init()
      const listed = await fetch(new URL('pagefind/shards.json', root)).then((r) => (r.ok ? r.json() : { shards: [] }))
      // A path, not a full URL: Pagefind makes result links from it, and the main bundle's are paths too.
      for (const key of listed.shards) await api.mergeIndex(new URL(`pagefind/shards/${key}/`, root).pathname)
      return api
    })
    // A failed load (the network, say) is not kept: the next search tries again.
    pagefind.catch(() => { pagefind = null })
    return pagefind
  }

  /** Puts the text of Pagefind's excerpt into `target`, keeping only its <mark> highlights. */
  const appendExcerpt = (target, excerpt) => {
    const parsed = new DOMParser().parseFromString(excerpt, 'text/html')
    for (const node of parsed.body.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark')
        mark.textContent = node.textContent
        target.append(mark)
      } else {
        target.append(node.textContent ?? '')
      }
    }
  }

  const resultItem = (data) => {
    const item = document.createElement('li')
    item.className = 'result'
    const kind = [data.meta.kind, data.meta.date].filter(Boolean).join(' · ')
    if (kind) {
      const line = document.createElement('p')
      line.className = 'result__kind'
      line.textContent = kind
      item.append(line)
    }
    const heading = document.createElement('h2')
    heading.className = 'result__title'
    const link = document.createElement('a')
    link.href = data.url
    link.textContent = data.meta.title || data.url
    heading.append(link)
    const excerpt = document.createElement('p')
    excerpt.className = 'result__excerpt'
    appendExcerpt(excerpt, data.excerpt)
    item.append(heading, excerpt)
    return item
  }

  const say = (text) => {
    status.textContent = text
  }

  const chosenFilters = () => {
    const filters = {}
    for (const name of FILTERS) {
      const control = form.elements.namedItem(name)
      if (control instanceof HTMLSelectElement && control.value !== '') filters[name] = control.value
    }
    return filters
  }

  // A later search overtakes an earlier one still loading.
  let latest = 0
  const run = async () => {
    const run = ++latest
    const words = query.value.trim()
    const filters = chosenFilters()
    const params = new URLSearchParams()
    if (words) params.set('q', words)
    for (const [name, value] of Object.entries(filters)) params.set(name, value)
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname)
    if (!words && Object.keys(filters).length === 0) {
      list.replaceChildren()
      list.hidden = true
      say('Type words to find, or choose a filter.')
      return
    }
    say('Searching…')
    try {
      const api = await loadPagefind()
      const search = await api.search(words || null, { filters })
      const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()))
      if (run !== latest) return
      list.replaceChildren(...found.map(resultItem))
      list.hidden = found.length === 0
      const count = search.results.length
      const shown = count > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown` : ''
      const what = [words ? `“${words}”` : '', ...Object.values(filters)].filter(Boolean).join(', ')
      say(count === 0 ? `No results for ${what}.` : `${count} result${count === 1 ? '' : 's'} for ${what}${shown}.`)
    } catch (error) {
      if (run !== latest) return
      list.replaceChildren()
      list.hidden = true
      say(`Search could not run here (${error instanceof Error ? error.message : String(error)}). The filter pages work without it.`)
    }
  }

  let timer = 0
  const runSoon = () => {
    clearTimeout(timer)
    timer = setTimeout(run, 200)
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    void run()
  })
  query.addEventListener('input', runSoon)
  form.addEventListener('change', (event) => {
    if (event.target !== query) runSoon()
  })
  // Start the index loading as soon as the reader shows an intent to search.
  query.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true })

  // Restore a search from the address (a shared link, or the box on another page).
  const params = new URLSearchParams(location.search)
  query.value = params.get('q') ?? ''
  for (const name of FILTERS) {
    const control = form.elements.namedItem(name)
    const value = params.get(name)
    if (control instanceof HTMLSelectElement && value !== null && [...control.options].some((o) => o.value === value)) control.value = value
  }
  void run()
})()
