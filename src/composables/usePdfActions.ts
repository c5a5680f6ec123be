/** The state behind PdfActions: generation with progress, the preview URL, errors and retry. */
import { ref, shallowRef } from 'vue'
import type { PdfStep } from '@/pdf/steps'
import { useReportStore } from '@/stores/report'
import { downloadBytes } from './useDownload'
import { useGlyphCoverage } from './useGlyphCoverage'

/**
 * Font options from the page URL. `?pdf-fonts=full` is the naive baseline of `npm run bench`
 * (bench/sections/pdf.mjs): fonts from fonts/full/, handed to jsPDF uncut. Harmless elsewhere:
 * nothing links to it, and no build ships fonts/full/, so it only ends in “下载字体清单失败”.
 */
function fontOptions(): { fontBase?: string; cutFonts?: boolean } {
  // Only in a build for the bench (BENCH_HOOKS=1, see vite.config.ts): shipped builds drop it.
  if (!__BENCH_HOOKS__) return {}
  const full = new URLSearchParams(location.search).get('pdf-fonts') === 'full'
  return full ? { fontBase: new URL('fonts/full/', document.baseURI).href, cutFonts: false } : {}
}

/** Generation state and actions for the PDF buttons. */
export function usePdfActions() {
  const store = useReportStore()
  const coverage = useGlyphCoverage()
  const busy = ref(false)
  const step = ref<PdfStep | null>(null)
  const error = ref('')
  const result = shallowRef<{ isDraft: boolean; pageCount: number; fingerprint: string } | null>(
    null,
  )
  const previewUrl = ref('')

  async function build(): Promise<{
    bytes: Uint8Array
    isDraft: boolean
    fileName: string
  } | null> {
    if (busy.value) return null
    busy.value = true
    error.value = ''
    step.value = 'fonts'
    try {
      // The panel's G1 list: a failed load here is not fatal (the worker checks G1 itself).
      void coverage.load().catch(() => undefined)
      const { generatePdf } = await import('@/pdf/pdfClient')
      const built = await generatePdf(store.draft, {
        ...fontOptions(),
        onProgress: (next) => (step.value = next),
      })
      result.value = built
      return built
    } catch (caught) {
      const { describePdfError } = await import('@/pdf/pdfErrors').catch(() => ({
        describePdfError: () =>
          '您已离线：生成PDF所需的程序文件尚未保存在此浏览器中。请联网后重试；联网时点“准备离线使用”可预先保存。',
      }))
      error.value = describePdfError(caught)
      return null
    } finally {
      busy.value = false
    }
  }

  /** Builds the PDF and downloads it as {机关名称}{年度}年政府信息公开工作年度报告[（草稿）].pdf. */
  async function download(): Promise<void> {
    const built = await build()
    if (!built) return
    // The file name the output plan decided (report/document) and the one download helper.
    downloadBytes(built.fileName, built.bytes, 'application/pdf')
  }

  /** Builds the PDF and shows it in the preview dialog. */
  async function preview(): Promise<boolean> {
    const built = await build()
    if (!built) return false
    if (previewUrl.value) URL.revokeObjectURL(previewUrl.value)
    const blob = new Blob([built.bytes as BlobPart], { type: 'application/pdf' })
    previewUrl.value = URL.createObjectURL(blob)
    return true
  }

  /** Drops the preview's blob URL. */
  function closePreview(): void {
    if (previewUrl.value) URL.revokeObjectURL(previewUrl.value)
    previewUrl.value = ''
  }

  return { busy, step, error, result, previewUrl, download, preview, closePreview }
}
