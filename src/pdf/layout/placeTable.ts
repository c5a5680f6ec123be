/**
 * Draws the rows of one table that landed on one page: each cell's box clipped to the rows on
 * the page (a cell spanning rows across a break is drawn on both pages, its label repeated).
 */
import type { TextOp, DrawOp } from './ops'
import { lineRuns, type LineBox } from './lineBreak'
import { SIZE, TABLE, baselineOffset } from './page'
import type { TableCellBox, TableLayout } from './tableLayout'

/** A row of a table on a page: its index in the grid and its top edge (page coordinates). */
export interface RowOnPage {
  readonly row: number
  readonly y: number
}

/** Text operations of a cell's lines, centred vertically in a box of height `height`. */
export function cellTextOps(
  cell: TableCellBox,
  left: number,
  top: number,
  height: number,
): TextOp[] {
  const pitch = TABLE.linePitch
  const textTop = top + Math.max(TABLE.paddingY, (height - cell.lines.length * pitch) / 2)
  return cell.lines.flatMap((line: LineBox, i) => {
    const inner = cell.width - 2 * TABLE.paddingX
    const offset = cell.align === 'center' ? Math.max(0, (inner - line.width) / 2) : 0
    const baseline = textTop + i * pitch + baselineOffset(pitch, SIZE.table)
    return lineRuns(line).map((run) => ({
      kind: 'text' as const,
      x: left + TABLE.paddingX + offset + run.x,
      y: baseline,
      text: run.text,
      face: run.face,
      size: SIZE.table,
      charSpace: run.charSpace,
    }))
  })
}

/** Drawing operations for `rows` of `table` placed at `left` on one page. */
export function placeTableRows(
  table: TableLayout,
  rows: readonly RowOnPage[],
  left: number,
): DrawOp[] {
  const byIndex = new Map(rows.map((row) => [row.row, row]))
  const ops: DrawOp[] = []
  for (const cell of table.cells) {
    const present: RowOnPage[] = []
    for (let r = cell.row; r < cell.row + cell.rowspan; r += 1) {
      const row = byIndex.get(r)
      if (row) present.push(row)
    }
    const first = present[0]
    const last = present[present.length - 1]
    if (!first || !last) continue
    const bottom = last.y + (table.rowHeights[last.row] ?? 0)
    const height = bottom - first.y
    ops.push({
      kind: 'rect',
      x: left + cell.x,
      y: first.y,
      width: cell.width,
      height,
      lineWidth: TABLE.ruleWidth,
    })
    const text = cellTextOps(cell, left + cell.x, first.y, height)
    if (cell.lines.length > 1) {
      const whole = text.map((op) => op.text).join('')
      ops.push({ kind: 'actualText', text: whole }, ...text, { kind: 'actualText', text: null })
    } else ops.push(...text)
  }
  return ops
}
