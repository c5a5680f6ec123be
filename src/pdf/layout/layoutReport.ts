/**
 * Report → pages: measures every block, breaks lines, paginates, and emits drawing operations,
 * page numbers, the fingerprint footer and, for a draft, the 草稿 watermark. Pure.
 */
import type { ReportBlock } from '../reportDocument'
import { ROLE_FACES, createMeasure, type FaceId, type FontMetrics, type MeasureChar } from './faces'
import { breakLines, lineRuns, type LineBox } from './lineBreak'
import type { LineCache } from './lineCache'
import type { DrawOp, PageLayout, TextOp } from './ops'
import { paginate, type FlowItem } from './paginate'
import {
  FOOTER_BASELINE,
  LINE_PITCH,
  MM_PER_PT,
  PAGE,
  PAGE_NUMBER_BASELINE,
  SIZE,
  TEXT_BLOCK,
  TITLE_PITCH,
  baselineOffset,
} from './page'
import { placeTableRows } from './placeTable'
import { signatureLines } from './signatureLayout'
import { rowsKeptWithNext } from './spanKeep'
import { pageNumberText } from '@/report/document'
import { layoutTable, type TableLayout } from './tableLayout'

/** What a flow item carries: a line of text, or one row of a table. */
export type FlowPayload =
  | {
      readonly kind: 'line'
      readonly line: LineBox
      readonly size: number
      /** The line's pitch; the title's last line is followed by extra space. */
      readonly pitch: number
      readonly align: 'left' | 'center'
      readonly gray?: number
    }
  | { readonly kind: 'row'; readonly table: TableLayout; readonly row: number }

/** Options of a layout: the footer's text and whether to watermark every page as a draft. */
export interface LayoutOptions {
  readonly isDraft: boolean
  /** Printed small at the bottom of every page, e.g. “文档指纹 0123456789abcdef”. */
  readonly footer: string
  /** Paragraphs broken by an earlier generation with the same metrics (see lineCache.ts). */
  readonly lineCache?: LineCache
}

export { pageNumberText }

/** The watermark text of a draft. */
export const WATERMARK = '草稿'
/** The watermark's grey (0 black … 1 white): clearly visible, light enough to read text over. */
export const WATERMARK_GRAY = 0.8

interface BlockStyle {
  face: FaceId
  size: number
  pitch: number
  indentChars: number
  justify: boolean
  align: 'left' | 'center'
  keepWithNext: boolean
  gray?: number
}

const BODY = SIZE.body
const STYLES: Record<'title' | 'notice' | 'heading1' | 'heading2' | 'paragraph', BlockStyle> = {
  title: {
    face: ROLE_FACES.title,
    size: SIZE.title,
    pitch: TITLE_PITCH,
    indentChars: 0,
    justify: false,
    align: 'center',
    keepWithNext: true,
  },
  notice: {
    face: ROLE_FACES.heading,
    size: SIZE.notice,
    pitch: LINE_PITCH,
    indentChars: 0,
    justify: false,
    align: 'center',
    keepWithNext: true,
    gray: 0.35,
  },
  heading1: {
    face: ROLE_FACES.heading,
    size: BODY,
    pitch: LINE_PITCH,
    indentChars: 2,
    justify: false,
    align: 'left',
    keepWithNext: true,
  },
  heading2: {
    face: ROLE_FACES.subheading,
    size: BODY,
    pitch: LINE_PITCH,
    indentChars: 2,
    justify: false,
    align: 'left',
    keepWithNext: true,
  },
  paragraph: {
    face: ROLE_FACES.body,
    size: BODY,
    pitch: LINE_PITCH,
    indentChars: 2,
    justify: true,
    align: 'left',
    keepWithNext: false,
  },
}

function styleOf(block: Exclude<ReportBlock, { kind: 'table' | 'signature' }>): BlockStyle {
  if (block.kind === 'heading') return block.level === 1 ? STYLES.heading1 : STYLES.heading2
  return STYLES[block.kind]
}

/** What of a style decides how a block's text breaks (the width is the page's, fixed). */
function styleKey(style: BlockStyle): string {
  return `${style.face}/${style.size}/${style.indentChars}/${style.justify}`
}

/** The face each block kind is set in, for collecting the characters each face must hold. */
export function blockFace(block: ReportBlock): FaceId {
  return block.kind === 'table' || block.kind === 'signature'
    ? ROLE_FACES.body
    : styleOf(block).face
}

/** Breaks every block into flow items (lines and table rows). */
export function buildFlow(
  blocks: readonly ReportBlock[],
  metrics: FontMetrics,
  lineCache?: LineCache,
): FlowItem<FlowPayload>[] {
  const measures = new Map<string, MeasureChar>()
  const measureFor = (face: FaceId, size: number) => {
    const key = `${face}/${size}`
    let measure = measures.get(key)
    if (!measure) measures.set(key, (measure = createMeasure(metrics, face, size * MM_PER_PT)))
    return measure
  }
  const items: FlowItem<FlowPayload>[] = []
  let afterTable = false
  for (const block of blocks) {
    if (block.kind === 'table') {
      const table = layoutTable(block.grid, block.cells, measureFor(ROLE_FACES.body, SIZE.table))
      const spanned = rowsKeptWithNext(table)
      table.rowHeights.forEach((height, row) => {
        const role = table.rowRoles[row]
        const isLast = row === table.rowHeights.length - 1
        items.push({
          height,
          spaceBefore: row === 0 ? LINE_PITCH / 2 : 0,
          // Header and band rows stay with the row below; the last row with the space after.
          // So does a row whose split would leave a spanning label too little room (spanKeep.ts).
          keepWithNext: (role !== 'body' || spanned.has(row)) && !isLast,
          payload: { kind: 'row', table, row },
        })
      })
      afterTable = true
      continue
    }
    if (block.kind === 'signature') {
      // One blank line above the 落款; its lines stay together on one page.
      const style = STYLES.paragraph
      const lines = signatureLines(
        block,
        measureFor(style.face, style.size),
        style.size * MM_PER_PT,
      )
      lines.forEach((line, i) =>
        items.push({
          height: style.pitch,
          spaceBefore: i === 0 ? LINE_PITCH : 0,
          keepWithNext: i < lines.length - 1,
          payload: { kind: 'line', line, size: style.size, pitch: style.pitch, align: 'left' },
        }),
      )
      afterTable = false
      continue
    }
    const style = styleOf(block)
    const measure = measureFor(style.face, style.size)
    const em = style.size * MM_PER_PT
    const options = {
      width: TEXT_BLOCK.width,
      firstIndent: style.indentChars * em,
      justify: style.justify,
      // A quarter em between characters at most: a line cut short by an unbreakable run (a
      // phone number) stays ragged rather than being stretched letter by letter.
      maxGap: em / 4,
    }
    const breakBlock = () => {
      const lines = breakLines(block.text, measure, options)
      if (block.kind !== 'title' || lines.length < 2) return lines
      return block.parts.flatMap((part) => breakLines(part, measure, options))
    }
    const lines = lineCache
      ? lineCache.lines(`${block.kind}/${styleKey(style)}/${block.text}`, breakBlock)
      : breakBlock()
    lines.forEach((line, i) => {
      const isLast = i === lines.length - 1
      items.push({
        height: style.pitch,
        spaceBefore: i === 0 && afterTable ? LINE_PITCH / 2 : 0,
        keepWithNext: style.keepWithNext || (block.kind === 'title' && !isLast),
        payload: {
          kind: 'line',
          line,
          size: style.size,
          pitch: style.pitch,
          align: style.align,
          gray: style.gray,
        },
      })
    })
    afterTable = false
    if (block.kind === 'title') {
      const last = items[items.length - 1]
      if (last) items[items.length - 1] = { ...last, height: last.height + LINE_PITCH / 2 }
    }
  }
  return items
}

/** Repeats a table's header rows above a body row that opens a page. */
function headerRowsBefore(item: FlowItem<FlowPayload>, flow: readonly FlowItem<FlowPayload>[]) {
  const { payload } = item
  if (payload.kind !== 'row' || payload.row < payload.table.headerRows) return []
  return flow
    .filter(
      (other) =>
        other.payload.kind === 'row' &&
        other.payload.table === payload.table &&
        other.payload.row < payload.table.headerRows,
    )
    .map((header) => ({ ...header, spaceBefore: 0 }))
}

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

function centredText(text: string, size: number, y: number, face: FaceId, gray?: number): TextOp {
  // Digits and the dash are half and full width; close enough for centring a short label.
  const width = Array.from(text).reduce((sum, ch) => sum + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0)
  return {
    kind: 'text',
    x: PAGE.width / 2 - (width * size * MM_PER_PT) / 2,
    y,
    text,
    face,
    size,
    charSpace: 0,
    ...(gray === undefined ? {} : { gray }),
  }
}

/** How far above the baseline a CJK glyph's visual centre lies, in em (ideographic em box). */
export const CJK_CENTRE_ABOVE_BASELINE = 0.38

/** The draft watermark: 草稿, light grey, large, at 45°, centred; drawn first, under the text. */
export function watermarkOp(): TextOp {
  const em = SIZE.watermark * MM_PER_PT
  const c = Math.SQRT1_2
  const halfLength = (em * [...WATERMARK].length) / 2 // full-width characters: 1 em each
  const lift = em * CJK_CENTRE_ABOVE_BASELINE
  // Along the baseline the text runs (c, −c) in page coordinates (y down); “up” is (−c, −c).
  // The baseline starts half the text's length back from the centre and `lift` below it.
  return {
    kind: 'text',
    x: PAGE.width / 2 - halfLength * c + lift * c,
    y: PAGE.height / 2 + halfLength * c + lift * c,
    text: WATERMARK,
    face: ROLE_FACES.title,
    size: SIZE.watermark,
    charSpace: 0,
    gray: WATERMARK_GRAY,
    angle: 45,
  }
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
    const ops: DrawOp[] = options.isDraft ? [watermarkOp()] : []
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
    ops.push(centredText(pageNumberText(index + 1), SIZE.pageNumber, PAGE_NUMBER_BASELINE, 'serif'))
    ops.push(centredText(options.footer, SIZE.footer, FOOTER_BASELINE, 'serif', 0.4))
    return { ops }
  })
}
