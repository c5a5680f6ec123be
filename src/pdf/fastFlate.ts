/**
 * A faster `FlateEncode` for jsPDF. jsPDF's own turns the deflated bytes back into a string one
 * byte at a time (`reduce` with `data + String.fromCharCode(byte)`), which for the ~280 KB of page
 * content of a long report was as slow as the deflate itself. Here the same fflate `zlibSync` runs
 * at the same default level, and the bytes are turned into a string natively: the output is
 * byte for byte jsPDF's. Streams handed to `precompress` beforehand are deflated natively instead
 * (other bytes, same content).
 */
import type { jsPDF as JsPdf } from 'jspdf'
import { zlibSync } from 'fflate'
import { binaryStringToBytes, bytesToBinaryString } from './binaryString'

type Filtered = { data: string; reverseChain: string }
type ProcessData = (data: string, filters: string | string[]) => Filtered

/** Deflates a binary string as jsPDF's `FlateEncode` does, into the same binary string. */
export function flateEncode(data: string): string {
  return bytesToBinaryString(zlibSync(binaryStringToBytes(data)))
}

const installed = new WeakSet<object>()

/**
 * Streams already deflated (data → deflated data), consumed by the next `processDataByFilters`
 * that asks for them. Filled by `precompress` with the browser's native deflate.
 */
const ready = new Map<string, string>()

/** Deflates with the platform's `CompressionStream` (native zlib: no JavaScript to warm up). */
async function nativeDeflate(bytes: Uint8Array): Promise<Uint8Array> {
  // Written straight to the stream: a Blob would go through the browser's blob registry.
  const deflate = new CompressionStream('deflate')
  const writer = deflate.writable.getWriter()
  void writer.write(bytes as Uint8Array<ArrayBuffer>)
  void writer.close()
  const chunks: Uint8Array[] = []
  let length = 0
  const reader = deflate.readable.getReader()
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value)
    length += r.value.length
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array
  const out = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/**
 * Deflates these streams ahead of jsPDF's synchronous output, natively, so that
 * `processDataByFilters` finds them done. In a freshly started worker, fflate (JavaScript) took
 * most of the output stage: its code is not yet optimised in the first few generations. One
 * stream at a time: measured in Chromium's worker on the ×10 report (55 page streams, 235 KB),
 * all at once took 45–72 ms, one after another 8–15 ms (fflate, warm: 14–20 ms). Each entry is a
 * binary string, or its bytes with the binary string they stand for. Returns a function that
 * forgets whatever was not used. Without `CompressionStream`, does nothing (fflate then runs).
 */
export async function precompress(
  streams: readonly (string | { readonly bytes: Uint8Array; readonly data: string })[],
): Promise<() => void> {
  const keys: string[] = []
  if (typeof CompressionStream === 'function') {
    for (const stream of streams) {
      const data = typeof stream === 'string' ? stream : stream.data
      if (ready.has(data)) continue
      const bytes = typeof stream === 'string' ? binaryStringToBytes(stream) : stream.bytes
      ready.set(data, bytesToBinaryString(await nativeDeflate(bytes)))
      keys.push(data)
    }
  }
  return () => keys.forEach((key) => ready.delete(key))
}

/** Makes `jsPDF.API.processDataByFilters` use `flateEncode` for a lone FlateEncode filter (once). */
export function installFastFlate(jsPDF: typeof JsPdf): void {
  const api = jsPDF.API as unknown as { processDataByFilters?: ProcessData }
  const original = api.processDataByFilters
  if (!original || installed.has(api)) return
  installed.add(api)
  api.processDataByFilters = (data, filters) => {
    const only = Array.isArray(filters) ? (filters.length === 1 ? filters[0] : '') : filters
    if (only !== 'FlateEncode' && only !== '/FlateEncode') return original(data, filters)
    const done = ready.get(data)
    if (done !== undefined) ready.delete(data)
    return { data: done ?? flateEncode(data || ''), reverseChain: '/FlateDecode' }
  }
}
