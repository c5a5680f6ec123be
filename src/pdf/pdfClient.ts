/**
 * The main thread's side: sends the draft to the PDF worker and resolves with the bytes. Falls
 * back to building on the main thread where workers are unavailable. A worker that fails to
 * load, throws or goes silent is ended and the generation rejected, so the next try starts a
 * fresh worker.
 */
import type { ReportDraft } from '@/report'
import type { BuiltPdf } from './buildReportPdf'
import type { PdfStep } from './steps'
import type { PdfRequest, PdfResponse } from './pdf.worker'
import { PDF_SILENCE_TIMEOUT_MS, PdfFailure } from './pdfErrors'

/** Options of one generation. */
export interface GenerateOptions {
  readonly onProgress?: (step: PdfStep) => void
  /** Folder of manifest.json; defaults to the app's fonts/ folder. */
  readonly fontBase?: string
  /** Cut fonts to the characters used (false only for the baseline benchmark). */
  readonly cutFonts?: boolean
  /** How long the worker may stay silent before the generation is given up. */
  readonly timeoutMs?: number
}

let worker: Worker | undefined
let nextId = 1

function getWorker(): Worker {
  worker ??= new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

/** Ends the worker (stuck or broken): the next generation starts a new one. */
function dropWorker(target: Worker): void {
  target.terminate()
  if (worker === target) worker = undefined
}

/** The default font folder: public/fonts/ next to the app's index.html. */
export function defaultFontBase(): string {
  return new URL('fonts/', document.baseURI).href
}

/** Builds the PDF of `draft` in the worker. */
export function generatePdf(draft: ReportDraft, options: GenerateOptions = {}): Promise<BuiltPdf> {
  const request: PdfRequest = {
    id: nextId++,
    draft: JSON.parse(JSON.stringify(draft)) as ReportDraft,
    fontBase: options.fontBase ?? defaultFontBase(),
    cutFonts: options.cutFonts ?? true,
    today: Date.now(),
  }
  if (typeof Worker === 'undefined') return generateInline(request, options)
  let target: Worker
  try {
    target = getWorker()
  } catch {
    return Promise.reject(
      new PdfFailure('生成PDF失败：浏览器无法启动后台生成程序。请刷新页面后重试。'),
    )
  }
  const timeoutMs = options.timeoutMs ?? PDF_SILENCE_TIMEOUT_MS
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = () => {
      clearTimeout(timer)
      target.removeEventListener('message', onMessage)
      target.removeEventListener('error', onError)
      target.removeEventListener('messageerror', onError)
    }
    const fail = (message: string) => {
      finish()
      dropWorker(target)
      reject(new PdfFailure(message))
    }
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(
        () =>
          fail(
            `生成PDF超时：${Math.round(timeoutMs / 1000)}秒内没有进展，已停止。请点击“下载PDF”重试；如仍失败，请刷新页面（已填写的内容已保存）。`,
          ),
        timeoutMs,
      )
    }
    const onMessage = (event: MessageEvent<PdfResponse>) => {
      const message = event.data
      if (message.id !== request.id) return
      arm()
      if (message.type === 'progress') return options.onProgress?.(message.step)
      finish()
      if (message.type === 'error') reject(new Error(message.message))
      else resolve(message)
    }
    const onError = (event: Event) => {
      event.preventDefault()
      fail(
        '生成PDF失败：后台生成程序无法加载或意外出错。请点击“下载PDF”重试；如仍失败，请刷新页面（已填写的内容已保存）。',
      )
    }
    target.addEventListener('message', onMessage)
    target.addEventListener('error', onError)
    target.addEventListener('messageerror', onError)
    arm()
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
    today: request.today === undefined ? undefined : new Date(request.today),
    onProgress: options.onProgress,
  })
}
