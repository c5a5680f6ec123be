/**
 * Report → pages: breaks the blocks into a flow (flow.ts, in the styles of styles.ts), paginates
 * it, and emits drawing operations with the page decorations (decorations.ts). Pure.
 */
import type { ReportBlock } from '../reportDocument'
import type { FontMetrics } from './faces'
import { lineRuns } from './lineBreak'
import type { LineCache } from './lineCache'
import type { DrawOp, PageLayout, TextOp } from './ops'
import { paginate } from './paginate'
import { FOOTER_BASELINE, PAGE_NUMBER_BASELINE, SIZE, TEXT_BLOCK, baselineOffset } from './page'
import { placeTableRows } from './placeTable'
import { pageNumberText } from '@/report/document'
import { buildFlow, headerRowsBefore, type FlowPayload } from './flow'
import { centredText, watermarkOp } from './decorations'
import type { TableLayout } from './tableLayout'

export type { FlowPayload } from './flow'
export { buildFlow } from './flow'
export { blockFace } from './styles'
export { CJK_CENTRE_ABOVE_BASELINE, WATERMARK, WATERMARK_GRAY, watermarkOp } from './decorations'

/** Options of a layout: the footer's text and whether to watermark every page as a draft. */
export interface LayoutOptions {
  readonly isDraft: boolean
  /** Printed small at the bottom of every page, e.g. “文档指纹 0123456789abcdef”. */
  readonly footer: string
  /** Paragraphs broken by an earlier generation with the same metrics (see lineCache.ts). */
  readonly lineCache?: LineCache
}

export { pageNumberText }

function lineOps(payload: Extract<FlowPayload, { kind: 'line' }>, top: number): TextOp[] {
  const { line, size, pitch, align, gray } = payload
  const left = TEXT_BLOCK.left + (align === 'center' ? (TEXT_BLOCK.width - line.width) / 2 : 0)
  const baseline = top + baselineOffset(pitch, size)
  return lineRuns(line).map((run) => ({
    kind: 'text',
    x: left + run.x,
    y: baseline,
    text: run.text,
    face: run.face,
    size,
    charSpace: run.charSpace,
    ...(gray === undefined ? {} : { gray }),
  }))
}

/** Lays out the whole report as pages of drawing operations. */
export function layoutReport(
  blocks: readonly ReportBlock[],
  metrics: FontMetrics,
  options: LayoutOptions,
): PageLayout[] {
  const flow = buildFlow(blocks, metrics, options.lineCache)
  const pages = paginate(flow, TEXT_BLOCK.height, {
    repeatBefore: (item) => headerRowsBefore(item, flow),
  })
  return pages.map((placed, index) => {
    const ops: DrawOp[] = options.isDraft ? [watermarkOp(metrics)] : []
    const tables = new Map<TableLayout, { row: number; y: number }[]>()
    for (const { item, y } of placed) {
      const top = TEXT_BLOCK.top + y
      if (item.payload.kind === 'line') ops.push(...lineOps(item.payload, top))
      else {
        const rows = tables.get(item.payload.table) ?? []
        rows.push({ row: item.payload.row, y: top })
        tables.set(item.payload.table, rows)
      }
    }
    for (const [table, rows] of tables) ops.push(...placeTableRows(table, rows, TEXT_BLOCK.left))
    ops.push(
      centredText(
        pageNumberText(index + 1),
        SIZE.pageNumber,
        PAGE_NUMBER_BASELINE,
        'serif',
        metrics,
      ),
    )
    ops.push(centredText(options.footer, SIZE.footer, FOOTER_BASELINE, 'serif', metrics, 0.4))
    return { ops }
  })
}
