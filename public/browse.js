// The filter on /browse/, as progressive enhancement. Without this script the page is the
// filter index: a page for each country, weapon, status, grade, month, kind, site and group, each in
// date order. With it, a form above the index combines a date range with any of those facets,
// lists the events that match all of them in date order, and downloads them as CSV or GeoJSON.
// The downloads are cut, in the browser, from the site's own open data (data/events.csv and
// data/events.geojson): the rows and features of the events listed, under the published header,
// so they have the published columns, whatever those are, and need no server.
// The form's controls are the page's (templates/browse.njk, from the facet table in
// src/site/site-context.ts): a new facet there is a new control here, read as it is.
// Everything is found relative to this file's own address, so it works under a path prefix.
// No inline script and no inline style: it runs under the site's Content-Security-Policy.
(() => {
  'use strict'
  const script = document.currentScript
  // From disk (file://) browsers refuse to fetch the data: the page stays the filter index.
  if (!(script instanceof HTMLScriptElement) || location.protocol === 'file:') return
  const root = new URL('./', script.src)
  const params = new URLSearchParams(location.search)

  // Words the search box sent here without JavaScript (a link made that way, opened with it): search them.
  const words = params.get('q')
  if (words !== null) {
    location.replace(new URL(`search/?${new URLSearchParams({ q: words })}`, root).href)
    return
  }

  const section = document.getElementById('filter')
  const form = document.getElementById('filter-form')
  const status = document.getElementById('filter-status-line')
  const saved = document.getElementById('filter-download-status')
  const list = document.getElementById('filter-results')
  if (!(section instanceof HTMLElement) || !(form instanceof HTMLFormElement) || status === null || saved === null || !(list instanceof HTMLOListElement)) return
  const from = form.elements.namedItem('from')
  const to = form.elements.namedItem('to')
  if (!(from instanceof HTMLInputElement) || !(to instanceof HTMLInputElement)) return
  const facets = [...form.querySelectorAll('select[data-facet]')].filter((control) => control instanceof HTMLSelectElement)
  const buttons = [...section.querySelectorAll('button[data-download]')]
  const DAY = /^\d{4}-\d{2}-\d{2}$/

  /** `2023-10-20` → `20 October 2023`, as the site writes days; read as a UTC day, so no zone shifts it. */
  const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  const formatDay = (day) => dayFormat.format(new Date(`${day}T00:00:00Z`))

  /** What the form asks for: the range (`''` for an open end) and each chosen facet's value, with its label and its option's. */
  const chosen = () => ({
    from: DAY.test(from.value) ? from.value : '',
    to: DAY.test(to.value) ? to.value : '',
    facets: facets
      .filter((control) => control.value !== '')
      .map((control) => ({
        param: control.name,
        value: control.value,
        label: control.labels?.[0]?.textContent ?? control.name,
        option: control.selectedOptions[0]?.textContent ?? control.value,
      })),
  })

  /** An event matches when its span meets the range and it has the chosen value of every chosen facet. */
  const matches = (event, choice) =>
    (choice.from === '' || event.dateEnd >= choice.from) &&
    (choice.to === '' || event.date <= choice.to) &&
    choice.facets.every((facet) => (event.values[facet.param] ?? []).includes(facet.value))

  /** `from 20 October 2023 to 30 October 2023, Site or place: Al-Tanf Garrison, Weapon: Drone`. */
  const describe = (choice) =>
    [
      choice.from === '' ? '' : `from ${formatDay(choice.from)}`,
      choice.to === '' ? '' : `${choice.from === '' ? 'until' : 'to'} ${formatDay(choice.to)}`,
    ]
      .filter(Boolean)
      .join(' ')
      .concat(choice.facets.length > 0 && (choice.from !== '' || choice.to !== '') ? ', ' : '')
      .concat(choice.facets.map((facet) => `${facet.label}: ${facet.option}`).join(', '))

  const element = (tag, className, text) => {
    const node = document.createElement(tag)
    if (className) node.className = className
    if (text !== undefined) node.textContent = text
    return node
  }

  /** A status as templates/_includes/macros.njk's `badge` draws it: a word and a shape; colour only repeats them. */
  const badges = (badge) => {
    const shown = element('span', `badge badge--${badge.id}`)
    const icon = element('span', 'badge__icon', badge.icon)
    icon.setAttribute('aria-hidden', 'true')
    shown.append(icon, ` ${badge.label}`)
    if (!badge.disputed) return [shown]
    const disputed = element('span', 'badge badge--disputed')
    const warning = element('span', 'badge__icon', '⚠')
    warning.setAttribute('aria-hidden', 'true')
    disputed.append(warning, ' Reports disagree')
    return [shown, ' ', disputed]
  }

  /** One event of the list: its day, its name linking to its page, its kind, status and place. */
  const item = (event) => {
    const li = element('li', 'result')
    const when = element('p', 'result__kind')
    const time = element('time', '', event.when.text)
    time.dateTime = event.when.datetime
    when.append(time)
    if (event.when.note) when.append(` (${event.when.note})`)
    const title = element('p', 'result__title')
    title.dir = 'auto'
    const link = element('a', '', event.summary)
    link.href = new URL(event.url.replace(/^\//, ''), root).pathname
    title.append(link)
    const facts = element('p', 'result__facts')
    if (event.kind) facts.append(element('span', 'kind', event.kind), ' ')
    facts.append(...badges(event.status))
    if (event.place) facts.append(' · ', element('bdi', '', event.place))
    li.append(when, title, facts)
    return li
  }

  let events = null
  /** The events the list shows, in date order: what the downloads hold. */
  let listed = []

  const update = () => {
    const choice = chosen()
    const query = new URLSearchParams()
    if (choice.from) query.set('from', choice.from)
    if (choice.to) query.set('to', choice.to)
    for (const facet of choice.facets) query.set(facet.param, facet.value)
    history.replaceState(null, '', query.size > 0 ? `?${query}` : location.pathname)
    saved.textContent = ''
    if (events === null) return
    const backwards = choice.from !== '' && choice.to !== '' && choice.from > choice.to
    listed = backwards ? [] : events.filter((event) => matches(event, choice))
    const narrowed = choice.from !== '' || choice.to !== '' || choice.facets.length > 0
    const total = `${events.length} event${events.length === 1 ? '' : 's'}`
    if (!narrowed) {
      status.textContent = `${total}. Choose dates or filters to narrow them; the downloads hold the events listed, all of them until then.`
    } else if (backwards) {
      status.textContent = `The first day, ${formatDay(choice.from)}, is after the last, ${formatDay(choice.to)}: no event can match.`
    } else if (listed.length === 0) {
      status.textContent = `No event matches: ${describe(choice)}.`
    } else {
      status.textContent = `${listed.length} of ${total} match${listed.length === 1 ? 'es' : ''}, in date order: ${describe(choice)}.`
    }
    list.replaceChildren(...(narrowed ? listed.map(item) : []))
    list.hidden = !narrowed || listed.length === 0
    for (const button of buttons) button.disabled = listed.length === 0
  }

  /** The records of a CSV file (RFC 4180), each as its text with its line end: a quoted field may hold a line break. */
  const csvRecords = (text) => {
    const records = []
    let start = 0
    let quoted = false
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if (c === '"') quoted = !quoted
      else if (c === '\n' && !quoted) {
        records.push(text.slice(start, i + 1))
        start = i + 1
      }
    }
    if (start < text.length) records.push(text.slice(start))
    return records
  }

  /** A CSV record's first field, unquoted: the event's id. */
  const firstField = (record) => {
    if (!record.startsWith('"')) return record.split(/[,\r\n]/, 1)[0] ?? ''
    const closing = /"(?!")/g
    closing.lastIndex = 1
    const end = closing.exec(record)?.index ?? record.length
    return record.slice(1, end).replace(/""/g, '"')
  }

  const fetchData = async (file) => {
    const response = await fetch(new URL(file, root))
    if (!response.ok) throw new Error(`${file} answered ${response.status}`)
    return response.text()
  }

  /** The listed events' rows of data/events.csv, under its header, in the list's order. */
  const csvOf = async (wanted) => {
    const [header = '', ...rows] = csvRecords(await fetchData('data/events.csv'))
    // A text cell that begins like a formula is written with a `'` in front (src/render/events-csv.ts).
    const byId = new Map(rows.map((row) => [firstField(row).replace(/^'(?=[=+\-@\t\r])/, ''), row]))
    const kept = wanted.flatMap((event) => byId.get(event.id) ?? [])
    return { text: header + kept.join(''), count: kept.length }
  }

  /** data/events.geojson with only the listed events' features, in the list's order, written as the site writes it. */
  const geoJsonOf = async (wanted) => {
    const collection = JSON.parse(await fetchData('data/events.geojson'))
    const byId = new Map(collection.features.map((feature) => [feature.id, feature]))
    const features = wanted.flatMap((event) => byId.get(event.id) ?? [])
    return { text: `${JSON.stringify({ ...collection, features }, null, 2)}\n`, count: features.length }
  }

  const FORMATS = {
    csv: { make: csvOf, type: 'text/csv;charset=utf-8', unplaced: 'the site lacks their rows' },
    geojson: { make: geoJsonOf, type: 'application/geo+json', unplaced: 'they have no coordinates, so only the CSV holds them' },
  }

  /** `salvo-events-from-2023-10-20-site-al-tanf.csv`: what was chosen, in the name. */
  const fileName = (choice, extension) =>
    [
      'salvo-events',
      choice.from && `from-${choice.from}`,
      choice.to && `to-${choice.to}`,
      ...choice.facets.map((facet) => `${facet.param}-${facet.value}`.replace(/[^a-z0-9-]+/gi, '-')),
    ]
      .filter(Boolean)
      .join('-') + `.${extension}`

  const save = (name, type, text) => {
    const url = URL.createObjectURL(new Blob([text], { type }))
    const link = element('a')
    link.href = url
    link.download = name
    link.hidden = true
    document.body.append(link)
    link.click()
    link.remove()
    // Long enough for the browser to have read it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }

  const download = async (extension) => {
    const format = FORMATS[extension]
    if (format === undefined) return
    const wanted = listed
    const name = fileName(chosen(), extension)
    saved.textContent = `Making ${name}…`
    try {
      const made = await format.make(wanted)
      save(name, format.type, made.text)
      const left = wanted.length - made.count
      saved.textContent = `Saved ${name}: ${made.count} event${made.count === 1 ? '' : 's'}${left > 0 ? `; ${left} more ${left === 1 ? 'is' : 'are'} listed, but ${format.unplaced}` : ''}.`
    } catch (error) {
      saved.textContent = `${name} could not be made (${error instanceof Error ? error.message : String(error)}). The whole files are on the data page.`
    }
  }

  // The choice in the address (a shared link) is restored, then kept there as it changes.
  if (DAY.test(params.get('from') ?? '')) from.value = params.get('from') ?? ''
  if (DAY.test(params.get('to') ?? '')) to.value = params.get('to') ?? ''
  for (const control of facets) {
    const value = params.get(control.name)
    if (value !== null && [...control.options].some((o) => o.value === value)) control.value = value
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    update()
  })
  // Every control fires `input` as its value changes: a select as it is chosen, a date field as it is typed or picked.
  form.addEventListener('input', update)
  // Controls are reset after the event, not during it.
  form.addEventListener('reset', () => setTimeout(update, 0))
  for (const button of buttons) {
    button.disabled = true
    button.addEventListener('click', () => void download(button.dataset.download ?? ''))
  }
  section.hidden = false

  fetch(new URL('browse/events.json', root))
    .then((response) => {
      if (!response.ok) throw new Error(`browse/events.json answered ${response.status}`)
      return response.json()
    })
    .then((data) => {
      events = data.events
      update()
    })
    .catch((error) => {
      status.textContent = `The events could not be loaded (${error instanceof Error ? error.message : String(error)}). The pages below filter the timeline without them.`
    })
})()
