import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { AddressInfo } from 'node:net'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
}

export interface ServedSite {
  /** E.g. `http://127.0.0.1:41234`, without a trailing slash. */
  origin: string
  close: () => Promise<void>
}

/**
 * Serves a built `_site/` folder over HTTP on a free local port, as a static host would:
 * `/x/` → `/x/index.html`, 404 page otherwise. With `prefix` (e.g. `/salvo/`) the folder is
 * served only under that path, as on GitHub Pages for a project site; anything outside it is a 404.
 */
export async function serveSite(root: string, options: { prefix?: string } = {}): Promise<ServedSite> {
  const prefix = options.prefix ?? '/'
  const server: Server = createServer((request, response) => {
    void (async () => {
      const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      const inside = requested.startsWith(prefix) || `${requested}/` === prefix
      const pathname = inside ? `/${requested.slice(prefix.length)}` : '/-outside-the-prefix-'
      let file = path.join(root, pathname)
      if (!file.startsWith(root)) file = path.join(root, '404.html')
      const info = await stat(file).catch(() => null)
      if (info?.isDirectory()) file = path.join(file, 'index.html')
      const body = await readFile(file).catch(() => null)
      if (body === null) {
        response.writeHead(404, { 'content-type': TYPES['.html'] })
        response.end(await readFile(path.join(root, '404.html')).catch(() => 'Not found'))
        return
      }
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
