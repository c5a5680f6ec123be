/**
 * Report → PDF bytes, separate from downloading. Runs in a Web Worker (see pdf.worker.ts) or on
 * the main thread; needs no DOM.
 */
import { formatReportTitle, stripControlChars, type ReportDraft } from '@/report'
import { canPrintWith } from './glyphCoverage'
import { collectCharUsage } from './charUsage'
import { fingerprintDraft } from '@/report/fingerprint'
import { manifestCoverage } from './fonts/manifest'
import type { FontSource } from './fonts/fontSource'
import type { FaceId } from './layout/faces'
import { layoutReport } from './layout/layoutReport'
import { createLineCache, type LineCache } from './layout/lineCache'
import { PAGE } from './layout/page'
import { planOutput } from '@/report/document'
import { toReportBlocks } from './reportDocument'
import type { PdfStep } from './steps'
import { drawPages, registerFonts, type PdfMetadata } from './render'
import { cachedBinaryString } from './binaryString'
import { createStageTimer, type StageTimings } from './stageTimer'
import { installStreamCache, MIN_CACHED_LENGTH } from './streamCache'
import { installFastFlate, precompress } from './fastFlate'

/** What a generation returns: the bytes and facts the page shows. */
export interface BuiltPdf {
  readonly bytes: Uint8Array
  readonly isDraft: boolean
  /** The download's name, from the output plan (`[（草稿）].pdf`). */
  readonly fileName: string
  readonly fingerprint: string
  readonly pageCount: number
  /** Characters no font has (printed as 〓); the page reports them as G1 before generating. */
  readonly missing: readonly string[]
  /** Milliseconds per stage (fetch, cut, addFont, layout, draw, output, …), for the bench. */
  readonly timings: StageTimings
}

/** Dependencies: where fonts come from, and progress reporting. */
export interface BuildOptions {
  readonly fonts: FontSource
  readonly onProgress?: (step: PdfStep) => void
}

/** The PDF's metadata for a draft; control characters never reach it. */
export function pdfMetadata(
  draft: ReportDraft,
  fingerprint: string,
  isDraft: boolean,
): PdfMetadata {
  const agency = stripControlChars(draft.meta.agencyName).trim()
  const title = formatReportTitle(agency, draft.meta.year)
  return {
    title: isDraft ? `${title}（草稿）` : title,
    author: agency,
    subject: `政府信息公开工作年度报告 文档指纹 ${fingerprint}`,
    keywords: `政府信息公开, 年度报告, ${draft.meta.year ?? ''}, fingerprint:${fingerprint}${isDraft ? ', 草稿' : ''}`,
    creator: `政府信息公开工作年度报告编辑器 ${__APP_VERSION__}`,
  }
}

/** The footer line: fingerprint, and 草稿 for a draft. */
export function footerText(fingerprint: string, isDraft: boolean): string {
  return `文档指纹 ${fingerprint}${isDraft ? ' · 草稿' : ''}`
}

/** Paragraphs broken with each font source's metrics, kept for the next generation. */
const lineCaches = new WeakMap<FontSource, LineCache>()

/** Font bytes already deflated natively once (then kept by the stream cache). */
const precompressedFonts = new WeakSet<Uint8Array>()

/**
 * Builds the report's PDF. The gate of spec §5 (`draftOutputStatus`: any hard rule broken, or a
 * character the fonts lack) makes it a draft, with the watermark and notice.
 */
export async function buildReportPdf(
  draft: ReportDraft,
  options: BuildOptions & { readonly today?: Date },
): Promise<BuiltPdf> {
  const { fonts, onProgress } = options
  const timer = createStageTimer()
  onProgress?.('fonts')
  timer.stage('fetch')
  const [{ jsPDF }, manifest] = await Promise.all([import('jspdf'), fonts.manifest()])
  timer.stage('check')
  const plan = planOutput(draft, 'pdf', {
    today: options.today ?? new Date(),
    canPrint: canPrintWith(manifestCoverage(manifest)),
  })
  const { isDraft, fileName } = plan
  const fingerprint = await fingerprintDraft(draft)
  const footer = footerText(fingerprint, isDraft)
  const blocks = toReportBlocks(plan.blocks)
  if (fonts.cuts) {
    // Not for the uncut baseline: it is stock jsPDF. The cache wraps the faster deflate.
    installFastFlate(jsPDF)
    installStreamCache(jsPDF)
  }
  const usage = collectCharUsage(blocks, manifestCoverage(manifest), footer)
  const faces = [...usage.faces.entries()] as [FaceId, ReadonlySet<number>][]
  await Promise.all(faces.map(([face, codePoints]) => fonts.fetch(face, codePoints)))
  timer.stage('cut')
  const bytes = await Promise.all(faces.map(([face, codePoints]) => fonts.font(face, codePoints)))

  onProgress?.('layout')
  timer.stage('addFont')
  const doc = new jsPDF({
    unit: 'mm',
    format: [PAGE.width, PAGE.height],
    compress: true,
    putOnlyUsedFonts: true,
    // Coordinates to 0.001 pt, not jsPDF's default 16 digits: content streams half as long.
    floatPrecision: 3,
  })
  const metrics = registerFonts(
    doc,
    new Map(faces.map(([face], i) => [face, bytes[i] as Uint8Array])),
    { embedAsIs: fonts.cuts },
  )
  timer.stage('layout')
  let lineCache = lineCaches.get(fonts)
  if (!lineCache) lineCaches.set(fonts, (lineCache = createLineCache()))
  lineCache.nextGeneration()
  const pages = layoutReport(blocks, metrics, { isDraft, footer, lineCache })

  onProgress?.('render')
  timer.stage('draw')
  // The uncut baseline stays stock jsPDF throughout, its text drawn by `doc.text`.
  drawPages(doc, pages, { directText: fonts.cuts })
  doc.setProperties(pdfMetadata(draft, fingerprint, isDraft))
  doc.setLanguage('zh-CN')
  timer.stage('output')
  let out: Uint8Array
  if (fonts.cuts) {
    // Page contents as jsPDF's putPage joins them; fonts as embedded (embedAsIs: these bytes).
    const internal = doc.internal as unknown as { pages: (string[] | undefined)[] }
    const contents = internal.pages.flatMap((page, n) => (n > 0 && page ? [page.join('\n')] : []))
    // A font the stream cache keeps only the first time: later, the cache has it.
    const fontStreams = bytes
      .filter((b) => b.length < MIN_CACHED_LENGTH || !precompressedFonts.has(b))
      .map((b) => {
        precompressedFonts.add(b)
        return { bytes: b, data: cachedBinaryString(b) }
      })
    const forget = await precompress([...contents, ...fontStreams])
    try {
      out = new Uint8Array(doc.output('arraybuffer'))
    } finally {
      forget()
    }
  } else {
    out = new Uint8Array(doc.output('arraybuffer'))
  }
  onProgress?.('done')
  return {
    bytes: out,
    isDraft,
    fileName,
    fingerprint,
    pageCount: pages.length,
    missing: [...usage.missing].map((cp) => String.fromCodePoint(cp)),
    timings: timer.finish(),
  }
}
