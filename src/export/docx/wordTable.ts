/**
 * A table of the document model as a Word table: the official merged cells (gridSpan, vMerge),
 * whole-twip column widths, ruled borders, header rows repeated on a page break, rows never split.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import { placeGridCells, type CellKey, type GridCell, type TableGrid } from '@/report'
import { COLUMN_WEIGHTS, SIZE, splitWhole } from '@/report/document'
import { WORD_FONTS, runFonts } from './fonts'
import { ptToHalfPoints } from './units'

// Borders, cell margins and the cells' type are set once, on the table and in a paragraph style,
// not on each of its ~330 cells: the file stays small and quick to write.
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const CELL_MARGINS = { top: 40, bottom: 40, left: 60, right: 60 }

/** The paragraph style of table cells: 仿宋 in 五号, single-spaced, no indent. */
export const TABLE_TEXT_STYLE = {
  id: 'TableText',
  name: 'Table Text',
  basedOn: 'Normal',
  run: { font: runFonts(WORD_FONTS.body), size: ptToHalfPoints(SIZE.table) },
  paragraph: {
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    indent: { firstLine: 0 },
  },
}

function cellText(cell: GridCell, printed: Readonly<Record<CellKey, string>>): string {
  return 'text' in cell ? cell.text : (printed[cell.cell] ?? '')
}

/** As the PDF: a one-row label sits left, everything else centred. */
function alignment(cell: GridCell) {
  return cell.kind === 'label' && cell.rowspan === 1 ? AlignmentType.LEFT : AlignmentType.CENTER
}

/** Builds the Word table of `grid`, `width` twips wide. */
export function wordTable(
  grid: TableGrid,
  printed: Readonly<Record<CellKey, string>>,
  width: number,
): Table {
  const widths = splitWhole(COLUMN_WEIGHTS[grid.table], width)
  const columnOf = new Map(placeGridCells(grid).map(({ cell, column }) => [cell, column]))
  const rows = grid.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        tableHeader: r < grid.headerRows ? true : undefined,
        // A band or header row stays on the page of the row below it.
        keepNext: row.role !== 'body' ? true : undefined,
        children: row.cells.map((cell) => {
          const column = columnOf.get(cell) ?? 0
          const span = widths.slice(column, column + cell.colspan).reduce((a, w) => a + w, 0)
          return new TableCell({
            columnSpan: cell.colspan > 1 ? cell.colspan : undefined,
            rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
            width: { size: span, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                style: TABLE_TEXT_STYLE.id,
                alignment: alignment(cell),
                children: [new TextRun(cellText(cell, printed))],
              }),
            ],
          })
        }),
      }),
  )
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
  })
}
