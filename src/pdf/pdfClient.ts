/**
 * The main thread's side: sends the draft to the PDF worker and resolves with the bytes. Falls
 * back to building on the main thread where workers are unavailable.
 */
import { toRaw } from 'vue'
import type { ReportDraft } from '@/report'
import type { BuiltPdf } from './buildReportPdf'
import type { PdfStep } from './steps'
import type { PdfRequest, PdfResponse } from './pdf.worker'

/** Options of one generation. */
export interface GenerateOptions {
  readonly onProgress?: (step: PdfStep) => void
  /** Folder of manifest.json; defaults to the app's fonts/ folder. */
  readonly fontBase?: string
  /** Cut fonts to the characters used (false only for the baseline benchmark). */
  readonly cutFonts?: boolean
}

let worker: Worker | undefined
let nextId = 1

function getWorker(): Worker {
  worker ??= new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

/** The default font folder: public/fonts/ next to the app's index.html. */
export function defaultFontBase(): string {
  return new URL('fonts/', document.baseURI).href
}

/** Builds the PDF of `draft` in the worker. */
export function generatePdf(draft: ReportDraft, options: GenerateOptions = {}): Promise<BuiltPdf> {
  const request: PdfRequest = {
    id: nextId++,
    draft: JSON.parse(JSON.stringify(toRaw(draft))) as ReportDraft,
    fontBase: options.fontBase ?? defaultFontBase(),
    cutFonts: options.cutFonts ?? true,
  }
  if (typeof Worker === 'undefined') return generateInline(request, options)
  const target = getWorker()
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<PdfResponse>) => {
      const message = event.data
      if (message.id !== request.id) return
      if (message.type === 'progress') return options.onProgress?.(message.step)
      target.removeEventListener('message', onMessage)
      if (message.type === 'error') reject(new Error(message.message))
      else resolve(message)
    }
    target.addEventListener('message', onMessage)
    target.postMessage(request)
  })
}

async function generateInline(request: PdfRequest, options: GenerateOptions): Promise<BuiltPdf> {
  const [{ buildReportPdf }, { createFetchFontSource }] = await Promise.all([
    import('./buildReportPdf'),
    import('./fonts/fontSource'),
  ])
  return buildReportPdf(request.draft, {
    fonts: createFetchFontSource(request.fontBase, request.cutFonts),
    onProgress: options.onProgress,
  })
}
