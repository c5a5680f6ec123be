/**
 * Where a table may not break: a label spanning several rows (（三）不予公开, 三、本年度办理结果) is
 * printed again on the page the table continues on, in the box of the rows that are there. If
 * those rows are lower than the label's text, the label runs over the next row's border. So a
 * break inside a spanning cell is allowed only where the rows on each side can hold its text.
 */
import { cellHeight, type TableLayout } from './tableLayout'

/** Rows that must stay on the page of the row after them, for the spanning cells' labels. */
export function rowsKeptWithNext(table: TableLayout): Set<number> {
  const kept = new Set<number>()
  for (const cell of table.cells) {
    if (cell.rowspan < 2 || cell.lines.length === 0) continue
    const need = cellHeight(cell.lines.length)
    const first = cell.row
    const last = cell.row + cell.rowspan - 1
    const height = (row: number) => table.rowHeights[row] ?? 0
    // The head: rows from the top until they are tall enough stay together…
    let sum = 0
    for (let row = first; row < last && sum + height(row) < need; row += 1) {
      sum += height(row)
      kept.add(row)
    }
    // …and so do rows from the bottom up: each joins the row below while the tail is too low.
    sum = height(last)
    for (let row = last - 1; row >= first && sum < need; row -= 1) {
      sum += height(row)
      kept.add(row)
    }
  }
  return kept
}
