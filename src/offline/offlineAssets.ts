/**
 * The program files 准备离线使用 keeps besides the fonts: every part loaded on first use (the
 * Word and .xlsx writers, the .pdf/.docx readers and pdf.js's worker and CMaps, the workspace's
 * readers, jsPDF), listed at build time in offline-assets.json next to index.html. They go into
 * the cache the service worker serves those files from, so after a reload every action works
 * with no network at all.
 */

/** The Cache Storage cache the service worker serves on-demand program files from. */
export const ASSET_CACHE = 'app-assets-on-demand'

/** The build's list, written by vite.config.ts. */
export const OFFLINE_ASSETS_FILE = 'offline-assets.json'

/** One file of the list: its path below the app's folder and its size. */
export interface OfflineAsset {
  readonly file: string
  readonly bytes: number
}

/** The build's list of on-demand program files; throws (in plain words) when unreachable. */
export async function offlineAssets(appBase: string): Promise<OfflineAsset[]> {
  const response = await fetch(new URL(OFFLINE_ASSETS_FILE, appBase), { cache: 'no-cache' })
  if (!response.ok)
    throw new Error(`程序文件清单无法下载（${response.status}），请刷新页面后重试。`)
  const list = (await response.json()) as unknown
  if (!Array.isArray(list)) throw new Error('程序文件清单与本页面版本不符，请刷新页面后重试。')
  return list as OfflineAsset[]
}

/**
 * Keeps each file not kept yet in the service worker's cache, `parallel` at a time, calling
 * `onFile` with each file's size as it is done (kept before or now).
 */
export async function keepAssets(
  appBase: string,
  assets: readonly OfflineAsset[],
  onFile: (asset: OfflineAsset) => void,
  parallel = 4,
): Promise<void> {
  const cache = await caches.open(ASSET_CACHE)
  let next = 0
  const run = async () => {
    while (next < assets.length) {
      const asset = assets[next++] as OfflineAsset
      const url = new URL(asset.file, appBase).href
      if (!(await cache.match(url))) {
        const response = await fetch(url)
        if (!response.ok)
          throw new Error(`程序文件下载失败（${response.status}），请刷新页面后重试。`)
        await cache.put(url, response)
      }
      onFile(asset)
    }
  }
  await Promise.all(Array.from({ length: parallel }, run))
}
