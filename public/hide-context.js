// Remembers the reader's "Hide context" choice from page to page, as progressive enhancement.
// Without this script, or where the browser keeps no storage for the site, the checkbox works
// as it always has: by CSS alone (style.css), unchecked on each page.
// The hide-context checkbox loads this file right after itself, without `defer`, so the
// remembered choice is set before the timeline below it is parsed, let alone drawn.
// No inline script and no inline style: it runs under the site's Content-Security-Policy.
(() => {
  'use strict'
  const KEY = 'salvo:hide-context'
  const box = document.getElementById('hide-context')
  if (!(box instanceof HTMLInputElement)) return

  /** The remembered choice: `true` to hide, `false` to show; `null` when there is none, or storage cannot be read. */
  const remembered = () => {
    try {
      const value = localStorage.getItem(KEY)
      return value === 'hide' ? true : value === 'show' ? false : null
    } catch {
      // Storage turned off, a sandboxed frame, a browser's private mode: nothing is remembered.
      return null
    }
  }
  const restore = () => {
    const hide = remembered()
    if (hide !== null) box.checked = hide
  }

  restore()
  box.addEventListener('change', () => {
    try {
      localStorage.setItem(KEY, box.checked ? 'hide' : 'show')
    } catch {
      // Refused or full: the choice holds on this page only, as without this script.
    }
  })
  // Back and Forward can show a page as it was left: take the choice made since, on another page or in another tab.
  addEventListener('pageshow', (event) => {
    if (event.persisted) restore()
  })
  addEventListener('storage', (event) => {
    if (event.key === KEY) restore()
  })
})()
