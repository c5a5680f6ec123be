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

async function fetchOk(url: string): Promise<Response> {
  let response: Response
  try {
    response = await fetch(url)
  } catch {
    throw new Error(
      `下载字体失败：网络不可用（${url}）。请联网后重试；联网时点“准备离线使用”可预先下载全部字体。`,
    )
  }
  if (!response.ok)
    throw new Error(`下载字体失败：${url}（${response.status}），请刷新页面后重试。`)
  return response
}

/**
 * The bytes of an immutable (content-hashed) font file: from the cache when it is there, else
 * fetched and kept (`waitForCache`: resolves only once it is kept).
 */
export async function cachedFontBytes(
  url: string,
  waitForCache = false,
): Promise<Uint8Array<ArrayBuffer>> {
  const cache = await fontCache()
  const hit = await cache?.match(url).catch(() => undefined)
  if (hit) return new Uint8Array(await hit.arrayBuffer())
  const response = await fetchOk(url)
  const bytes = new Uint8Array(await response.arrayBuffer())
  // Kept in the background: the PDF being made need not wait for the write (准备离线使用 does).
  const kept = cache?.put(url, new Response(bytes, { headers: response.headers })).catch(() => {})
  if (waitForCache) await kept
  return bytes
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
