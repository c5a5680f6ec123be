/**
 * Font files kept in Cache Storage, so a later PDF — after a reload, on another day, offline —
 * fetches no font bytes. The worker and the page (准备离线使用) both go through here; the
 * service worker serves the same cache. Where Cache Storage is missing (plain-http intranet
 * pages are not a secure context) the files are fetched, and the HTTP cache does what it can.
 */

import { FONT_CACHE } from './fontCacheName'

let opened: Promise<Cache | undefined> | undefined

/** The font cache, opened once per worker or page. */
function fontCache(): Promise<Cache | undefined> {
  if (typeof caches === 'undefined') return Promise.resolve(undefined)
  // A browser may refuse storage (private mode, quota): then the network alone.
  opened ??= caches.open(FONT_CACHE).catch(() => undefined)
  return opened
}

/**
 * A font file the network could not deliver (offline, or the server unreachable). Its message is
 * for the user as it stands: no URL, no file name, nothing that suggests a damaged file.
 */
export class FontOffline extends Error {
  constructor() {
    super(
      '您已离线：需要的字体尚未保存在此浏览器中。请联网后重试；联网时点“准备离线使用”可预先保存全部字体。',
    )
  }
}

async function fetchOk(url: string): Promise<Response> {
  let response: Response
  try {
    response = await fetch(url)
  } catch {
    throw new FontOffline()
  }
  if (!response.ok)
    throw new Error(`下载字体失败：${url}（${response.status}），请刷新页面后重试。`)
  return response
}

/** The bytes of a font file when the cache holds it; never fetches. */
export async function keptFontBytes(url: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const cache = await fontCache()
  const hit = await cache?.match(url).catch(() => undefined)
  return hit ? new Uint8Array(await hit.arrayBuffer()) : undefined
}

/**
 * The bytes of an immutable (hash-named) font file: from the cache when it is there, else
 * fetched and kept (in the background: the PDF being made need not wait for the write).
 */
export async function cachedFontBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const kept = await keptFontBytes(url)
  if (kept) return kept
  const cache = await fontCache()
  const response = await fetchOk(url)
  const bytes = new Uint8Array(await response.arrayBuffer())
  void cache?.put(url, new Response(bytes, { headers: response.headers })).catch(() => {})
  return bytes
}

/**
 * Downloads a large font file into the cache (准备离线使用), reporting the bytes received as they
 * come; `check` throws on bytes that are not the file (then nothing is kept). Needs the cache.
 */
export async function keepFontFile(
  url: string,
  onBytes: (received: number) => void,
  check: (bytes: Uint8Array) => void,
): Promise<void> {
  const cache = await fontCache()
  if (!cache) throw new Error('浏览器不允许此页面保存离线文件（可能是隐私模式或存储空间已满）。')
  const response = await fetchOk(url)
  const chunks: Uint8Array[] = []
  let received = 0
  const reader = response.body?.getReader()
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    chunks.push(part.value)
    received += part.value.length
    onBytes(received)
  }
  const bytes = new Uint8Array(received)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  check(bytes)
  try {
    await cache.put(url, new Response(bytes, { headers: response.headers }))
  } catch {
    throw new Error('离线文件保存失败：浏览器存储空间不足。请清理浏览器存储后重试。')
  }
}

/** The manifest: fetched (a new deployment may have new pieces), the kept copy when offline. */
export async function latestFontJson<T>(url: string): Promise<T> {
  const cache = await fontCache()
  try {
    const response = await fetchOk(url)
    const text = await response.text()
    await cache?.put(url, new Response(text, { headers: response.headers })).catch(() => undefined)
    return JSON.parse(text) as T
  } catch (error) {
    const kept = await cache?.match(url).catch(() => undefined)
    if (kept) return (await kept.json()) as T
    throw error
  }
}

/** True when the cache already holds `url` (准备离线使用 skips those). */
export async function isFontCached(url: string): Promise<boolean> {
  const cache = await fontCache()
  return Boolean(await cache?.match(url).catch(() => undefined))
}
