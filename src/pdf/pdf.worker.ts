/** The Web Worker that builds PDFs off the main thread; fonts stay loaded between requests. */
import type { ReportDraft } from '@/report'
import { buildReportPdf, type BuiltPdf } from './buildReportPdf'
import type { PdfStep } from './steps'
import { createFetchFontSource, type FontSource } from './fonts/fontSource'

/** A request to the worker. */
export interface PdfRequest {
  readonly id: number
  readonly draft: ReportDraft
  readonly fontBase: string
  readonly cutFonts: boolean
  /** The page's clock (ms), so M2's year range is the same one the page checked. */
  readonly today?: number
}

/** A message from the worker. */
export type PdfResponse =
  | { readonly id: number; readonly type: 'progress'; readonly step: PdfStep }
  | ({ readonly id: number; readonly type: 'done' } & BuiltPdf)
  | { readonly id: number; readonly type: 'error'; readonly message: string }

const sources = new Map<string, FontSource>()
const post = (message: PdfResponse, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer)

self.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const { id, draft, fontBase, cutFonts, today } = event.data
  const key = `${fontBase}|${cutFonts}`
  let fonts = sources.get(key)
  if (!fonts) sources.set(key, (fonts = createFetchFontSource(fontBase, cutFonts)))
  try {
    const built = await buildReportPdf(draft, {
      fonts,
      today: today === undefined ? undefined : new Date(today),
      onProgress: (step) => post({ id, type: 'progress', step }),
    })
    post({ id, type: 'done', ...built }, [built.bytes.buffer as ArrayBuffer])
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}
