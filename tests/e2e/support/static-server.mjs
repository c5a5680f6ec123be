// Tiny static file server for the built app (dist/), shared by the e2e tests and the bench.
// It listens on 127.0.0.1 only, on an ephemeral port, and serves the app under a sub-path so
// that tests prove the relative-base build works from any path of any web server.
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

/** @type {Record<string, string>} */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

export const DEFAULT_BASE_PATH = '/some/sub/path/'

/**
 * The Content-Security-Policy of the README's nginx example: nothing but this origin, plus
 * `wasm-unsafe-eval` for the PDF fonts' HarfBuzz, `blob:` for the worker and the PDF preview.
 */
export const DEPLOY_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  // No other site may frame the editor (clickjacking); the page's own blob: preview is a child.
  "frame-ancestors 'none'",
].join('; ')

/**
 * The README's nginx cache headers for a path under the app: hashed scripts and content-hashed
 * font pieces kept for a year, everything else (index.html, sw.js, the font manifest) revalidated.
 * @param {string} relative path below the app's folder
 */
export function cacheControlFor(relative) {
  return /^(assets|fonts\/pieces)\//.test(relative)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache'
}

/**
 * Serve `root` under `basePath` on 127.0.0.1 with an ephemeral port.
 * `headers` are added to every response (the bench uses it for cross-origin isolation).
 * `caching` sends the README's cache headers with ETags and answers 304, as nginx does
 * (otherwise every response is `no-store`). `setOffline(true)` drops every request (the socket
 * is destroyed, as when the network is gone); `requests` lists the paths asked for, in order.
 * `gzip` compresses every body the client accepts gzip for (as nginx with `gzip_types` for
 * scripts, wasm, JSON and fonts); `sent` lists each response's path and body bytes as sent.
 * `throttle` emulates an office link at the server, for engines without network emulation
 * (Firefox over BiDi): every response waits `latencyMs`, and all bodies share one link of
 * `bitsPerSecond`, sent in 16 KB slices.
 * @param {{ root: string, basePath?: string, headers?: Record<string, string>, caching?: boolean, gzip?: boolean, throttle?: { bitsPerSecond: number, latencyMs: number } }} options
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void>, setOffline: (offline: boolean) => void, requests: string[], sent: { path: string, bytes: number }[] }>}
 */
export async function startStaticServer({
  root,
  basePath = DEFAULT_BASE_PATH,
  headers = {},
  caching = false,
  gzip = false,
  throttle,
}) {
  const send = throttle ? throttledSender(throttle) : plainSend
  const rootDir = resolve(root)
  let offline = false
  /** @type {string[]} */
  const requests = []
  /** @type {{ path: string, bytes: number }[]} */
  const sent = []
  const server = createServer((req, res) => {
    if (offline) return void req.socket.destroy()
    requests.push(new URL(req.url ?? '/', 'http://localhost').pathname)
    serve(rootDir, basePath, req.url ?? '/', req.method ?? 'GET').then(
      (reply) => {
        /** @type {Record<string, string>} */
        const cacheHeaders = { 'Cache-Control': 'no-store' }
        if (caching && reply.status === 200 && reply.body) {
          const etag = `"${createHash('sha1').update(reply.body).digest('base64url')}"`
          const relative = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
          Object.assign(cacheHeaders, {
            'Cache-Control': cacheControlFor(relative.slice(basePath.length)),
            ETag: etag,
          })
          if (req.headers['if-none-match'] === etag) {
            res.writeHead(304, { ...cacheHeaders, ...headers })
            return void res.end()
          }
        }
        let body = reply.body
        /** @type {Record<string, string>} */
        const encoding = {}
        if (gzip && Buffer.isBuffer(body) && /gzip/.test(String(req.headers['accept-encoding']))) {
          body = gzipSync(body, { level: 6 })
          Object.assign(encoding, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' })
        }
        const path = new URL(req.url ?? '/', 'http://localhost').pathname
        sent.push({ path, bytes: body ? Buffer.byteLength(body) : 0 })
        res.writeHead(reply.status, { ...cacheHeaders, ...headers, ...reply.headers, ...encoding })
        send(res, req.method === 'HEAD' ? undefined : body)
      },
      (error) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' })
        res.end(String(error))
      },
    )
  })
  await new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => done(undefined))
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('server has no TCP address')
  const origin = `http://127.0.0.1:${address.port}`
  return {
    origin,
    url: origin + basePath,
    requests,
    sent,
    setOffline: (value) => {
      offline = value
      if (value) server.closeAllConnections() // kept-alive sockets too
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

/** @param {import('node:http').ServerResponse} res @param {Buffer | string | undefined} body */
function plainSend(res, body) {
  res.end(body)
}

/**
 * A sender over one emulated link: latency per response, then 16 KB slices, each leaving when
 * the link has carried the slices before it (of every response) at `bitsPerSecond`.
 * @param {{ bitsPerSecond: number, latencyMs: number }} link
 */
function throttledSender({ bitsPerSecond, latencyMs }) {
  const slice = 16 * 1024
  let linkFreeAt = 0
  /** @param {import('node:http').ServerResponse} res @param {Buffer | string | undefined} body */
  return (res, body) => {
    const bytes = body === undefined ? Buffer.alloc(0) : Buffer.from(body)
    const start = Date.now() + latencyMs
    const write = (/** @type {number} */ offset) => {
      if (res.destroyed) return
      if (offset >= bytes.length) return void res.end()
      const part = bytes.subarray(offset, offset + slice)
      const leaves = Math.max(Date.now(), linkFreeAt) + (part.length * 8 * 1000) / bitsPerSecond
      linkFreeAt = leaves
      setTimeout(() => {
        if (res.destroyed) return
        res.write(part)
        write(offset + slice)
      }, leaves - Date.now())
    }
    setTimeout(() => write(0), start - Date.now())
  }
}

/**
 * @param {string} rootDir
 * @param {string} basePath
 * @param {string} rawUrl
 * @param {string} method
 * @returns {Promise<{ status: number, headers: Record<string, string>, body?: Buffer | string }>}
 */
async function serve(rootDir, basePath, rawUrl, method) {
  const text = { 'Content-Type': 'text/plain; charset=utf-8' }
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: text, body: 'GET only' }
  const pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname)
  if (pathname === basePath.replace(/\/$/, '')) {
    return { status: 301, headers: { Location: basePath }, body: '' }
  }
  if (!pathname.startsWith(basePath)) return { status: 404, headers: text, body: 'not found' }
  const relative = normalize(pathname.slice(basePath.length) || 'index.html')
  let file = join(rootDir, relative)
  if (file !== rootDir && !file.startsWith(rootDir + sep)) {
    return { status: 403, headers: text, body: 'forbidden' }
  }
  const info = await stat(file).catch(() => null)
  if (info?.isDirectory()) file = join(file, 'index.html')
  const body = await readFile(file).catch(() => null)
  if (!body) return { status: 404, headers: text, body: 'not found' }
  const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
  return { status: 200, headers: { 'Content-Type': type }, body }
}
