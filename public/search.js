// Search, as progressive enhancement. Without this script the search box on every page
// submits to /browse/ (the filter pages), which says the words were not searched. With it,
// the box leads to /search/, where this script runs the query with Pagefind's index, loaded
// only when a search is made. Filters without words list events in date order instead, from
// the filter page's own list of events (browse/events.json, see public/browse.js).
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

  /** A result: Pagefind's (its `excerpt` is HTML) or an event of the filter's list (its `text` is plain). */
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
    if (data.text === undefined) appendExcerpt(excerpt, data.excerpt)
    else excerpt.textContent = data.text
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

  /** The filter page's events, in date order, and its facets' options (value and label), loaded on first use. */
  let filterData = null
  const loadFilterData = () => {
    if (filterData !== null) return filterData
    filterData = fetch(new URL('browse/events.json', root)).then((r) => {
      if (!r.ok) throw new Error(`browse/events.json answered ${r.status}`)
      return r.json()
    })
    filterData.catch(() => {
      filterData = null
    })
    return filterData
  }

  /**
   * Filters without words: the events that have each chosen value, in date order, from the filter
   * page's list. This page's filters name values by label, as Pagefind does (`Confirmed`, a site's
   * name); the filter page's facets say which of their values have that label.
   */
  const eventsMatching = async (filters) => {
    const data = await loadFilterData()
    const wanted = Object.entries(filters).map(([name, label]) => {
      const facet = data.facets.find((f) => f.param === name)
      return { name, values: new Set((facet?.options ?? []).filter((o) => o.label === label).map((o) => o.value)) }
    })
    const found = data.events.filter((event) => wanted.every(({ name, values }) => (event.values[name] ?? []).some((v) => values.has(v))))
    // The same choice on the filter page, which lists them all and downloads them.
    const query = new URLSearchParams()
    for (const { name, values } of wanted) if (values.size === 1) query.set(name, [...values][0])
    return { found, more: `${new URL('browse/', root).pathname}${query.size > 0 ? `?${query}` : ''}` }
  }

  const eventResult = (event) => ({
    url: new URL(event.url.replace(/^\//, ''), root).pathname,
    meta: { kind: 'Event', date: event.when.text, title: event.summary },
    text: [event.kind, event.status.label, event.place].filter(Boolean).join(' · '),
  })

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
      if (!words) {
        const { found, more } = await eventsMatching(filters)
        if (run !== latest) return
        list.replaceChildren(...found.slice(0, MAX_RESULTS).map(eventResult).map(resultItem))
        list.hidden = found.length === 0
        const what = Object.values(filters).join(', ')
        if (found.length === 0) {
          say(`No events for ${what}.`)
        } else {
          const link = document.createElement('a')
          link.href = more
          link.textContent = found.length > MAX_RESULTS ? `the filter page lists them all` : 'the filter page'
          status.replaceChildren(
            `${found.length} event${found.length === 1 ? '' : 's'} for ${what}, in date order${found.length > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown, and ` : '. Add dates, or download them, on '}`,
            link,
            '.',
          )
        }
        return
      }
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
