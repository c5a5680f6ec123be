/**
 * 准备离线使用: fetches every face's pack (its base and all its pieces in one file) into the font
 * cache ahead of time, so that offline every character of the fonts prints, not only those of
 * PDFs already made. Five downloads, not the five thousand pieces one by one. Then every program
 * file an action loads on first use (offlineAssets.ts), so every output and reader works offline.
 */
import { isFontCached, keepFontFile, latestFontJson } from '@/pdf/fonts/fontCache'
import { keepAssets, offlineAssets } from './offlineAssets'
import { unpack } from '@/pdf/fonts/glyphPieces.mjs'
import type { FontManifest } from '@/pdf/fonts/manifest'

/** Bytes received and in all (before any compression): fonts and program files together. */
export interface OfflineProgress {
  readonly done: number
  readonly total: number
  readonly bytes: number
  /** Of `total`, the program files' bytes. */
  readonly programBytes?: number
}

/** Downloads running at once. */
const PARALLEL = 2

/** Every pack of the manifest, with its size. */
function fontPacks(manifest: FontManifest): { file: string; bytes: number }[] {
  return Object.values(manifest.faces).map((entry) => entry.pack)
}

/**
 * Fetches what is not cached yet, reporting progress; resolves with the total. Rejects on the
 * first failure (what was kept stays cached: running it again goes on from there).
 */
export async function prepareOffline(
  fontBase: string,
  onProgress: (progress: OfflineProgress) => void,
  appBase = new URL('../', fontBase).href,
): Promise<OfflineProgress> {
  if (typeof caches === 'undefined') {
    throw new Error(
      '此页面不是通过 HTTPS（或本机地址）打开的，浏览器不允许离线保存。请改用 HTTPS 地址访问后再试。',
    )
  }
  const manifest = await latestFontJson<FontManifest>(new URL('manifest.json', fontBase).href)
  const packs = fontPacks(manifest)
  if (packs.some((pack) => !pack)) throw new Error('字体清单与本页面版本不符，请刷新页面后重试。')
  const assets = await offlineAssets(appBase)
  const programBytes = assets.reduce((sum, asset) => sum + asset.bytes, 0)
  const total = packs.reduce((sum, pack) => sum + pack.bytes, 0) + programBytes
  const received = new Map<string, number>()
  const report = () => {
    const done = [...received.values()].reduce((sum, n) => sum + n, 0)
    onProgress({ done: Math.min(done, total), total, bytes: total, programBytes })
  }
  report()
  let next = 0
  const run = async () => {
    while (next < packs.length) {
      const pack = packs[next++] as { file: string; bytes: number }
      const url = new URL(pack.file, fontBase).href
      if (!(await isFontCached(url))) {
        await keepFontFile(
          url,
          (bytes) => {
            received.set(url, bytes)
            report()
          },
          (bytes) => void unpack(bytes, 0),
        )
      }
      received.set(url, pack.bytes)
      report()
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, run))
  await keepAssets(appBase, assets, (asset) => {
    received.set(asset.file, asset.bytes)
    report()
  })
  return { done: total, total, bytes: total, programBytes }
}
