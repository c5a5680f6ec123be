/**
 * 准备离线使用: fetches every glyph piece of every face into the font cache ahead of time, so
 * that offline every character of the fonts prints, not only those of PDFs already made.
 */
import { cachedFontBytes, isFontCached, latestFontJson } from '@/pdf/fonts/fontCache'
import type { FontManifest } from '@/pdf/fonts/manifest'

/** Bytes done and in all, as the manifest counts them (before any compression). */
export interface OfflineProgress {
  readonly done: number
  readonly total: number
}

/** Downloads running at once: a browser opens six connections to a host. */
const PARALLEL = 6

/** Every font file a PDF may need: each face's base and pieces. */
export function fontFiles(manifest: FontManifest): { file: string; bytes: number }[] {
  const seen = new Set<string>()
  return Object.values(manifest.faces)
    .flatMap((face) => [face.base, ...face.pieces])
    .filter((entry): entry is { file: string; bytes: number } => {
      if (!entry || seen.has(entry.file)) return false
      seen.add(entry.file)
      return true
    })
}

/**
 * Fetches what is not cached yet, reporting progress; resolves with the total. Rejects on the
 * first failure (what was fetched stays cached: running it again goes on from there).
 */
export async function prepareOffline(
  fontBase: string,
  onProgress: (progress: OfflineProgress) => void,
): Promise<OfflineProgress> {
  if (typeof caches === 'undefined') {
    throw new Error(
      '此页面不是通过 HTTPS（或本机地址）打开的，浏览器不允许离线保存。请改用 HTTPS 地址访问后再试。',
    )
  }
  const manifest = await latestFontJson<FontManifest>(new URL('manifest.json', fontBase).href)
  const files = fontFiles(manifest)
  const total = files.reduce((sum, entry) => sum + entry.bytes, 0)
  let done = 0
  onProgress({ done, total })
  let next = 0
  const run = async () => {
    while (next < files.length) {
      const entry = files[next++] as { file: string; bytes: number }
      const url = new URL(entry.file, fontBase).href
      if (!(await isFontCached(url))) await cachedFontBytes(url)
      done += entry.bytes
      onProgress({ done, total })
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, run))
  return { done, total }
}
