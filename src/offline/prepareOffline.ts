/**
 * 准备离线使用: fetches every glyph piece of every face into the font cache ahead of time, so
 * that offline every character of the fonts prints, not only those of PDFs already made.
 */
import { cachedFontBytes, isFontCached, latestFontJson } from '@/pdf/fonts/fontCache'
import { pieceFiles, type FontManifest } from '@/pdf/fonts/manifest'
import type { FaceId } from '@/pdf/layout/faces'

/** Files done and in all, and the bytes of all (before any compression). */
export interface OfflineProgress {
  readonly done: number
  readonly total: number
  readonly bytes: number
}

/** Downloads running at once: a browser opens six connections to a host. */
const PARALLEL = 6

/** Every font file a PDF may need: each face's base and pieces. */
export function fontFiles(manifest: FontManifest): string[] {
  return (Object.entries(manifest.faces) as [FaceId, FontManifest['faces'][FaceId]][]).flatMap(
    ([face, entry]) => [entry.base.file, ...pieceFiles(face, entry)],
  )
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
  const total = files.length
  const bytes = Object.values(manifest.faces).reduce((s, f) => s + f.base.bytes + f.piecesBytes, 0)
  let done = 0
  onProgress({ done, total, bytes })
  let next = 0
  const run = async () => {
    while (next < files.length) {
      const url = new URL(files[next++] as string, fontBase).href
      if (!(await isFontCached(url))) await cachedFontBytes(url, true)
      done += 1
      onProgress({ done, total, bytes })
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, run))
  return { done, total, bytes }
}
