/** The state behind PdfActions: generation with progress, the preview URL and G1 findings. */
import { computed, onBeforeUnmount, ref, shallowRef } from 'vue'
import type { Finding } from '@/report'
import type { PdfStep } from '@/pdf/steps'
import type { Coverage } from '@/pdf/fonts/manifest'
import { useReportStore } from '@/stores/report'

/**
 * Font options from the page URL. `?pdf-fonts=full` is the naive baseline of `npm run bench`
 * (bench/sections/pdf.mjs): fonts from fonts/full/, handed to jsPDF uncut. Harmless elsewhere:
 * nothing links to it, and no build ships fonts/full/, so it only ends in “下载字体清单失败”.
 */
function fontOptions(): { fontBase?: string; cutFonts?: boolean } {
  const full = new URLSearchParams(location.search).get('pdf-fonts') === 'full'
  return full ? { fontBase: new URL('fonts/full/', document.baseURI).href, cutFonts: false } : {}
}

/** Generation state and actions for the PDF buttons. */
export function usePdfActions() {
  const store = useReportStore()
  const busy = ref(false)
  const step = ref<PdfStep | null>(null)
  const error = ref('')
  const result = shallowRef<{ isDraft: boolean; pageCount: number; fingerprint: string } | null>(
    null,
  )
  const previewUrl = ref('')
  const coverage = shallowRef<Coverage | null>(null)
  let checkG1: ((draft: typeof store.draft, coverage: Coverage) => Finding[]) | null = null

  const glyphFindings = computed(() =>
    coverage.value && checkG1 ? checkG1(store.draft, coverage.value) : [],
  )

  async function loadCoverage(): Promise<void> {
    if (coverage.value) return
    const [{ manifestCoverage }, glyphs] = await Promise.all([
      import('@/pdf/fonts/manifest'),
      import('@/pdf/glyphCoverage'),
    ])
    const response = await fetch(new URL('fonts/manifest.json', document.baseURI))
    if (!response.ok) throw new Error(`下载字体清单失败（${response.status}）`)
    checkG1 = glyphs.checkG1
    coverage.value = manifestCoverage(await response.json())
  }

  async function build(): Promise<Uint8Array | null> {
    if (busy.value) return null
    busy.value = true
    error.value = ''
    step.value = 'fonts'
    try {
      const [{ generatePdf }] = await Promise.all([import('@/pdf/pdfClient'), loadCoverage()])
      const built = await generatePdf(store.draft, {
        ...fontOptions(),
        onProgress: (next) => (step.value = next),
      })
      result.value = built
      return built.bytes
    } catch (caught) {
      error.value = `生成PDF失败：${caught instanceof Error ? caught.message : String(caught)}`
      return null
    } finally {
      busy.value = false
    }
  }

  /** Builds the PDF and downloads it as {机关名称}{年度}年政府信息公开工作年度报告.pdf. */
  async function download(): Promise<void> {
    const bytes = await build()
    if (!bytes) return
    const { downloadPdf, pdfFileName } = await import('@/pdf/download')
    downloadPdf(bytes, pdfFileName(store.draft.meta))
  }

  /** Builds the PDF and shows it in the preview dialog. */
  async function preview(): Promise<boolean> {
    const bytes = await build()
    if (!bytes) return false
    if (previewUrl.value) URL.revokeObjectURL(previewUrl.value)
    const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' })
    previewUrl.value = URL.createObjectURL(blob)
    return true
  }

  /** Drops the preview's blob URL. */
  function closePreview(): void {
    if (previewUrl.value) URL.revokeObjectURL(previewUrl.value)
    previewUrl.value = ''
  }

  onBeforeUnmount(closePreview)

  return { busy, step, error, result, previewUrl, glyphFindings, download, preview, closePreview }
}
