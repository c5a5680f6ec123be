/** Report blocks → flow items: lines broken per style, table rows with their keeping rules. */
import type { ReportBlock } from '../reportDocument'
import { ROLE_FACES, createMeasure, type FaceId, type FontMetrics, type MeasureChar } from './faces'
import { breakLines, type LineBox } from './lineBreak'
import type { LineCache } from './lineCache'
import type { FlowItem } from './paginate'
import { LINE_PITCH, MM_PER_PT, SIZE, TEXT_BLOCK } from './page'
import { signatureLines } from './signatureLayout'
import { rowsKeptWithNext } from './spanKeep'
import { STYLES, styleKey, styleOf } from './styles'
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
export function headerRowsBefore(
  item: FlowItem<FlowPayload>,
  flow: readonly FlowItem<FlowPayload>[],
) {
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
