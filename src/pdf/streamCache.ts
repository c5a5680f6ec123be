/**
 * Remembers jsPDF's compressed form of large streams. The fonts, cut to the same characters,
 * are the same bytes every time a report is regenerated; deflating them again (fflate, in JS)
 * was a third of a repeated generation. Small streams (page contents) are not kept.
 */
import type { jsPDF as JsPdf } from 'jspdf'

type Filtered = { data: string; reverseChain: string }
type ProcessData = (data: string, filters: string | string[]) => Filtered

/** Streams shorter than this are compressed every time. */
export const MIN_CACHED_LENGTH = 16_384
/** Compressed streams kept (most recent first out last): four faces and the fallback, twice. */
export const MAX_CACHED = 10

const installed = new WeakSet<object>()

/** Wraps `jsPDF.API.processDataByFilters` of this jsPDF build with the cache (once). */
export function installStreamCache(jsPDF: typeof JsPdf): void {
  const api = jsPDF.API as unknown as { processDataByFilters?: ProcessData }
  const original = api.processDataByFilters
  if (!original || installed.has(api)) return
  installed.add(api)
  const cache = new Map<string, Filtered>()
  api.processDataByFilters = (data, filters) => {
    if (data.length < MIN_CACHED_LENGTH) return original(data, filters)
    const key = `${String(filters)}\n${data}`
    const hit = cache.get(key)
    if (hit) {
      cache.delete(key)
      cache.set(key, hit)
      return hit
    }
    const result = original(data, filters)
    cache.set(key, result)
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string)
    return result
  }
}
