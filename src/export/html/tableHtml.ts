/**
 * A table of the document model as a real HTML table: `th` with `scope` for header and row-label
 * cells, `colspan`/`rowspan` exactly as the official grid, ruled borders that survive an editor.
 */
import type { CellKey, GridCell, TableGrid } from '@/report'
import { escapeHtml } from './escape'
import { CELL_STYLE, TABLE_STYLE } from './styles'

type Printed = Readonly<Record<CellKey, string>>

/** The text a grid cell prints. */
export function gridCellText(cell: GridCell, printed: Printed): string {
  return 'text' in cell ? cell.text : (printed[cell.cell] ?? '')
}

/** How a header or label cell relates to the cells it heads (HTML `scope`). */
function scopeOf(cell: GridCell): string | null {
  if (cell.kind === 'header') return cell.colspan > 1 ? 'colgroup' : 'col'
  if (cell.kind === 'label') return cell.rowspan > 1 ? 'rowgroup' : 'row'
  return null
}

/** As the PDF: a one-row label sits left, everything else centred. */
function alignOf(cell: GridCell): string {
  return cell.kind === 'label' && cell.rowspan === 1 ? 'left' : 'center'
}

function cellHtml(cell: GridCell, printed: Printed): string {
  const scope = scopeOf(cell)
  const tag = scope ? 'th' : 'td'
  const attrs = [
    scope ? ` scope="${scope}"` : '',
    cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '',
    cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '',
    ` style="${CELL_STYLE};text-align:${alignOf(cell)};font-weight:normal"`,
  ].join('')
  return `<${tag}${attrs}>${escapeHtml(gridCellText(cell, printed))}</${tag}>`
}

function rowsHtml(rows: TableGrid['rows'], printed: Printed): string {
  return rows
    .map((row) => `<tr>${row.cells.map((cell) => cellHtml(cell, printed)).join('')}</tr>`)
    .join('\n')
}

/** The table's HTML; its header rows form the `thead` (repeated by browsers when printing). */
export function tableHtml(grid: TableGrid, printed: Printed): string {
  const head = grid.rows.slice(0, grid.headerRows)
  const body = grid.rows.slice(grid.headerRows)
  return [
    `<table border="1" cellspacing="0" cellpadding="4" style="${TABLE_STYLE}">`,
    head.length ? `<thead>\n${rowsHtml(head, printed)}\n</thead>` : '',
    `<tbody>\n${rowsHtml(body, printed)}\n</tbody>`,
    '</table>',
  ]
    .filter(Boolean)
    .join('\n')
}

/** The table as plain text: one line per row, its cells (as HTML places them) separated by tabs. */
export function tableText(grid: TableGrid, printed: Printed): string {
  return grid.rows
    .map((row) => row.cells.map((c) => gridCellText(c, printed)).join('\t'))
    .join('\n')
}
