/**
 * The printed layout of tables 2–4 with their merged cells, as plain data. The editor renders it
 * as an HTML table and the PDF lays it out, so both show exactly the official structure.
 */
import { cellKey, type CellKey } from './cells'
import { placeSpans } from './spans'
import { TABLE2_BANDS, TABLE2_CONTENT_LABEL } from './table2'
import {
  TABLE3_COLUMNS,
  TABLE3_COLUMN_LABELS,
  TABLE3_GROUPS,
  TABLE3_HEADER,
  TABLE3_INPUT_COLUMNS,
  TABLE3_ROWS,
  type Table3Group,
} from './table3'
import {
  TABLE4_COLUMNS,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUPS,
  TABLE4_GROUP_LABELS,
  TABLE4_LITIGATION_LABEL,
} from './table4'

/** One cell of a table grid, spanning `colspan` × `rowspan` slots (HTML semantics). */
export type GridCell =
  | {
      readonly kind: 'header' | 'label'
      readonly text: string
      readonly colspan: number
      readonly rowspan: number
    }
  | {
      readonly kind: 'input' | 'derived'
      readonly cell: CellKey
      readonly colspan: number
      readonly rowspan: number
    }

/** A row of a grid; cells covered by a rowspan from above are omitted, as in HTML. */
export interface GridRow {
  readonly role: 'band' | 'header' | 'body'
  readonly cells: readonly GridCell[]
}

/** A whole table: its column count, its rows, and how many leading rows form the header. */
export interface TableGrid {
  readonly table: 'table2' | 'table3' | 'table4'
  readonly columns: number
  /** Leading header rows, repeated when the table breaks across pages. */
  readonly headerRows: number
  readonly rows: readonly GridRow[]
}

function text(kind: 'header' | 'label', value: string, colspan = 1, rowspan = 1): GridCell {
  return { kind, text: value, colspan, rowspan }
}

function numberCell(key: CellKey, derived: boolean, colspan = 1): GridCell {
  return { kind: derived ? 'derived' : 'input', cell: key, colspan, rowspan: 1 }
}

/** Table 2: per band, a full-width band row, a header row, then data rows (4 columns). */
export function buildTable2Grid(): TableGrid {
  const rows: GridRow[] = []
  for (const band of TABLE2_BANDS) {
    rows.push({ role: 'band', cells: [text('header', band.label, 4)] })
    const span = band.columns.length === 1 ? 3 : 1
    rows.push({
      role: 'header',
      cells: [
        text('header', TABLE2_CONTENT_LABEL),
        ...band.columns.map((column) => text('header', column.label, span)),
      ],
    })
    for (const row of band.rows) {
      rows.push({
        role: 'body',
        cells: [
          text('label', row.label),
          ...band.columns.map((column) =>
            numberCell(cellKey('table2', row.key, column.key), false, span),
          ),
        ],
      })
    }
  }
  return { table: 'table2', columns: 4, headerRows: 0, rows }
}

const GROUP_SIZES: Record<Table3Group, number> = Object.fromEntries(
  (Object.keys(TABLE3_GROUPS) as Table3Group[]).map((group) => [
    group,
    TABLE3_ROWS.filter((row) => row.group === group).length,
  ]),
) as Record<Table3Group, number>

/** Table 3: three header rows, 25 body rows; three label columns and seven number columns. */
export function buildTable3Grid(): TableGrid {
  const organisations = TABLE3_INPUT_COLUMNS.filter((c) => c !== 'natural')
  const header: GridRow[] = [
    {
      role: 'header',
      cells: [
        text('header', TABLE3_HEADER.note, 3, 3),
        text('header', TABLE3_HEADER.applicants, 7),
      ],
    },
    {
      role: 'header',
      cells: [
        text('header', TABLE3_COLUMN_LABELS.natural, 1, 2),
        text('header', TABLE3_HEADER.organisations, organisations.length),
        text('header', TABLE3_COLUMN_LABELS.total, 1, 2),
      ],
    },
    { role: 'header', cells: organisations.map((c) => text('header', TABLE3_COLUMN_LABELS[c])) },
  ]
  const resultsSpan = TABLE3_ROWS.filter((row) => row.section === 'results').length
  const body: GridRow[] = []
  let resultsStarted = false
  let previousGroup: Table3Group | undefined
  for (const row of TABLE3_ROWS) {
    const labels: GridCell[] = []
    if (row.section !== 'results') {
      labels.push(text('label', row.label, 3))
    } else {
      if (!resultsStarted) labels.push(text('label', TABLE3_HEADER.results, 1, resultsSpan))
      resultsStarted = true
      if (!row.group) {
        labels.push(text('label', row.label, 2))
      } else {
        if (row.group !== previousGroup) {
          labels.push(text('label', TABLE3_GROUPS[row.group], 1, GROUP_SIZES[row.group]))
        }
        labels.push(text('label', row.label))
      }
    }
    previousGroup = row.group
    const numbers = TABLE3_COLUMNS.map((column) =>
      numberCell(cellKey('table3', row.key, column), column === 'total' || row.derived === true),
    )
    body.push({ role: 'body', cells: [...labels, ...numbers] })
  }
  return { table: 'table3', columns: 10, headerRows: header.length, rows: [...header, ...body] }
}

/** Table 4: 行政复议 (5 columns) and 行政诉讼 (two groups of 5), three header rows, one body row. */
export function buildTable4Grid(): TableGrid {
  const [reconsideration, ...litigation] = TABLE4_GROUPS
  const columnLabels = (rowspan: number) =>
    TABLE4_COLUMNS.map((column) => text('header', TABLE4_COLUMN_LABELS[column], 1, rowspan))
  const rows: GridRow[] = [
    {
      role: 'header',
      cells: [
        text('header', TABLE4_GROUP_LABELS[reconsideration], 5),
        text('header', TABLE4_LITIGATION_LABEL, 10),
      ],
    },
    {
      role: 'header',
      cells: [
        ...columnLabels(2),
        ...litigation.map((group) => text('header', TABLE4_GROUP_LABELS[group], 5)),
      ],
    },
    { role: 'header', cells: litigation.flatMap(() => columnLabels(1)) },
    {
      role: 'body',
      cells: TABLE4_GROUPS.flatMap((group) =>
        TABLE4_COLUMNS.map((column) =>
          numberCell(cellKey('table4', group, column), column === 'total'),
        ),
      ),
    },
  ]
  return { table: 'table4', columns: 15, headerRows: 3, rows }
}

/** A placed cell: the grid cell with the slot (row, column) its top-left corner occupies. */
export interface PlacedCell {
  readonly row: number
  readonly column: number
  readonly cell: GridCell
}

/**
 * Places every cell of a grid on its slot, resolving spans as HTML does. Throws if the grid is
 * ragged (a slot covered twice or left empty), so a wrong span is caught where it is written.
 */
export function placeGridCells(grid: TableGrid): PlacedCell[] {
  const rows = grid.rows.map((row) => row.cells)
  const { placed, covered } = placeSpans(rows, (slot, at, taken) => {
    if (taken || slot.row >= rows.length || slot.column >= grid.columns) {
      throw new Error(
        `${grid.table}: cell at row ${at.row}, column ${at.column} overlaps or overflows`,
      )
    }
  })
  rows.forEach((_, r) => {
    for (let c = 0; c < grid.columns; c += 1) {
      if (!covered.has(`${r},${c}`)) throw new Error(`${grid.table}: row ${r} has an empty slot`)
    }
  })
  return placed
}
