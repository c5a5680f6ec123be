/**
 * Table geometry: column widths, each cell's box and wrapped text, and row heights, from the
 * merged-cell grids of src/report/grid.ts. Rows are atomic for pagination; a cell spanning rows
 * is drawn piecewise when the table breaks (see placeTable.ts).
 */
import { placeGridCells, type GridCell, type TableGrid } from '@/report'
import type { CellKey } from '@/report'
import { COLUMN_WEIGHTS } from '@/report/document'
import { breakLines, type LineBox } from './lineBreak'
import type { MeasureChar } from './faces'
import { TABLE, TEXT_BLOCK } from './page'

export { COLUMN_WEIGHTS }

/** How a cell's text sits in its box. */
export type CellAlign = 'left' | 'center'

/** A cell with its box (x relative to the table's left edge) and wrapped lines. */
export interface TableCellBox {
  readonly row: number
  readonly column: number
  readonly rowspan: number
  readonly colspan: number
  readonly x: number
  readonly width: number
  readonly lines: readonly LineBox[]
  readonly align: CellAlign
}

/** A measured table: its cells, its rows' heights and its header rows (repeated on a break). */
export interface TableLayout {
  readonly table: TableGrid['table']
  readonly columnWidths: readonly number[]
  readonly rowHeights: readonly number[]
  readonly rowRoles: readonly TableGrid['rows'][number]['role'][]
  readonly headerRows: number
  readonly cells: readonly TableCellBox[]
}

/** Column widths in mm: the weights scaled to `width`. */
export function columnWidths(weights: readonly number[], width = TEXT_BLOCK.width): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0)
  return weights.map((w) => (w / total) * width)
}

function cellText(cell: GridCell, printed: Readonly<Record<CellKey, string>>): string {
  return 'text' in cell ? cell.text : (printed[cell.cell] ?? '')
}

function cellAlign(cell: GridCell): CellAlign {
  return cell.kind === 'label' && cell.rowspan === 1 ? 'left' : 'center'
}

/** The height a cell's text needs, padding included. */
export function cellHeight(lines: number): number {
  return Math.max(TABLE.minRowHeight, lines * TABLE.linePitch + 2 * TABLE.paddingY)
}

/**
 * Lays out a grid: every cell's text is broken to its box's width (avoiding 避头尾 and keeping
 * numbers whole), then each row is as tall as its tallest one-row cell, and the last row under
 * a taller spanning cell grows to fit it.
 */
export function layoutTable(
  grid: TableGrid,
  printed: Readonly<Record<CellKey, string>>,
  measure: MeasureChar,
  width = TEXT_BLOCK.width,
): TableLayout {
  const widths = columnWidths(COLUMN_WEIGHTS[grid.table], width)
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w, 0))
  const cells: TableCellBox[] = placeGridCells(grid).map(({ row, column, cell }) => {
    const boxWidth = widths.slice(column, column + cell.colspan).reduce((sum, w) => sum + w, 0)
    const text = cellText(cell, printed)
    const lines = text ? breakLines(text, measure, { width: boxWidth - 2 * TABLE.paddingX }) : []
    return {
      row,
      column,
      rowspan: cell.rowspan,
      colspan: cell.colspan,
      x: starts[column] ?? 0,
      width: boxWidth,
      lines,
      align: cellAlign(cell),
    }
  })
  const heights: number[] = grid.rows.map(() => TABLE.minRowHeight)
  for (const cell of cells) {
    if (cell.rowspan === 1) {
      heights[cell.row] = Math.max(heights[cell.row] ?? 0, cellHeight(cell.lines.length))
    }
  }
  for (const cell of cells) {
    if (cell.rowspan === 1) continue
    const spanned = heights.slice(cell.row, cell.row + cell.rowspan)
    const missing = cellHeight(cell.lines.length) - spanned.reduce((sum, h) => sum + h, 0)
    const last = cell.row + cell.rowspan - 1
    if (missing > 0) heights[last] = (heights[last] ?? 0) + missing
  }
  return {
    table: grid.table,
    columnWidths: widths,
    rowHeights: heights,
    rowRoles: grid.rows.map((row) => row.role),
    headerRows: grid.headerRows,
    cells,
  }
}
