/**
 * Loads which characters the PDF fonts have (fonts/manifest.json, on first use) and hands the
 * report store a G1 predicate, so the review panel lists characters the fonts lack before any
 * PDF is made. A failed load is not remembered: the next call fetches again.
 */
import type { CanPrint } from '@/report'
import { useReportStore } from '@/stores/report'

let pending: Promise<CanPrint> | null = null

async function fetchCanPrint(): Promise<CanPrint> {
  const [{ manifestCoverage }, { canPrintWith }] = await Promise.all([
    import('@/pdf/fonts/manifest'),
    import('@/pdf/glyphCoverage'),
  ])
  const response = await fetch(new URL('fonts/manifest.json', document.baseURI))
  if (!response.ok) throw new Error(`下载字体清单失败（${response.status}）`)
  return canPrintWith(manifestCoverage(await response.json()))
}

/** The font coverage loader; `load()` resolves once the store checks G1 against the fonts. */
export function useGlyphCoverage() {
  const report = useReportStore()
  async function load(): Promise<void> {
    pending ??= fetchCanPrint()
    try {
      report.setCanPrint(await pending)
    } catch (error) {
      pending = null
      throw error
    }
  }
  /** Loads when the browser is idle (never on the first paint's path); failures stay quiet. */
  function loadWhenIdle(): void {
    const start = () => void load().catch(() => undefined)
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 3000 })
    else setTimeout(start, 1000)
  }
  return { load, loadWhenIdle }
}
