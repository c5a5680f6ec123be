/**
 * The catalogue of every number cell of tables 2–4: its key (`table3.newReceived.natural`, the
 * `data-cell` hook of spec §7), whether it holds input or a derived total, and its accessible name.
 */
import { TABLE2_BANDS, type Table2CellKey, type Table2ColumnKey, type Table2Row } from './table2'

type Table2RowKey = Table2Row['key']
import {
  TABLE3_COLUMNS,
  TABLE3_COLUMN_LABELS,
  TABLE3_GROUPS,
  TABLE3_HEADER,
  TABLE3_INPUT_COLUMNS,
  TABLE3_ROWS,
  type Table3Column,
  type Table3RowKey,
} from './table3'
import {
  TABLE4_COLUMNS,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUPS,
  TABLE4_GROUP_LABELS,
  TABLE4_LITIGATION_LABEL,
  type Table4Column,
  type Table4Group,
} from './table4'

/** The three number tables. */
export type TableId = 'table2' | 'table3' | 'table4'

// A literal (`'newRecieved'`) must be one of the catalogue's keys; a wide `string` passes.
type Checked<S extends string, Known extends string> = string extends S ? unknown : Known

/** A key of table 3: `table3.<row>.<column>`. */
export type Table3CellKey = `table3.${Table3RowKey}.${Table3Column}`

/** A key of table 4: `table4.<group>.<column>`. */
export type Table4CellKey = `table4.${Table4Group}.${Table4Column}`

/**
 * A cell key of the form `<table>.<row>.<column>`, built from the catalogue's own row and column
 * keys: a misspelt key fails to compile. Text from outside (a file, the DOM) becomes one through
 * {@link isCellKey}.
 */
export type CellKey = Table2CellKey | Table3CellKey | Table4CellKey

/** What a number cell accepts: a whole number ≥ 0, or the fee in 万元 (a decimal ≥ 0). */
export type CellKind = 'count' | 'amount'

/** One number cell of the report. */
export interface CellDef {
  readonly key: CellKey
  readonly table: TableId
  readonly row: string
  readonly column: string
  readonly kind: CellKind
  /** Derived totals are computed from other cells and never stored. */
  readonly derived: boolean
  /** Row label (with its group labels) then column label, e.g. “一、本年新收政府信息公开申请数量 自然人”. */
  readonly name: string
  /** The label a person calls the column by, e.g. “自然人” or “行政复议 结果维持”. */
  readonly columnName: string
}

/** Builds `table.row.column` from the catalogue's keys. */
export function cellKey(table: 'table2', row: Table2RowKey, column: Table2ColumnKey): Table2CellKey
export function cellKey(table: 'table3', row: Table3RowKey, column: Table3Column): Table3CellKey
export function cellKey(table: 'table4', row: Table4Group, column: Table4Column): Table4CellKey
/** Row or column known only at run time (a `string` from data, not a literal): unchecked. */
export function cellKey<R extends string, C extends string>(
  table: TableId,
  row: R & Checked<R, Table2RowKey | Table3RowKey | Table4Group>,
  column: C & Checked<C, Table2ColumnKey | Table3Column | Table4Column>,
): CellKey
export function cellKey(table: string, row: string, column: string): CellKey {
  // Table 2 pairs each band's rows with that band's columns only; callers iterate the bands.
  return `${table}.${row}.${column}` as CellKey
}

function table2Cells(): CellDef[] {
  return TABLE2_BANDS.flatMap((band) =>
    band.rows.flatMap((row) =>
      band.columns.map((column) => ({
        key: cellKey('table2', row.key, column.key),
        table: 'table2' as const,
        row: row.key,
        column: column.key,
        kind: band.kind,
        derived: false,
        name: `${row.label} ${column.label}`,
        columnName: column.label,
      })),
    ),
  )
}

function table3ColumnName(column: Table3Column): string {
  const label = TABLE3_COLUMN_LABELS[column]
  const isOrganisation =
    (TABLE3_INPUT_COLUMNS as readonly string[]).includes(column) && column !== 'natural'
  return isOrganisation ? `${TABLE3_HEADER.organisations} ${label}` : label
}

function table3Cells(): CellDef[] {
  return TABLE3_ROWS.flatMap((row) => {
    const rowPath = [
      row.section === 'results' ? TABLE3_HEADER.results : null,
      row.group ? TABLE3_GROUPS[row.group] : null,
      row.label,
    ].filter((part): part is string => part !== null)
    return TABLE3_COLUMNS.map((column) => ({
      key: cellKey('table3', row.key, column),
      table: 'table3' as const,
      row: row.key,
      column,
      kind: 'count' as const,
      derived: column === 'total' || row.derived === true,
      name: `${rowPath.join(' ')} ${table3ColumnName(column)}`,
      columnName: TABLE3_COLUMN_LABELS[column],
    }))
  })
}

function table4Cells(): CellDef[] {
  return TABLE4_GROUPS.flatMap((group) =>
    TABLE4_COLUMNS.map((column) => {
      const groupPath =
        group === 'reconsideration'
          ? TABLE4_GROUP_LABELS[group]
          : `${TABLE4_LITIGATION_LABEL} ${TABLE4_GROUP_LABELS[group]}`
      return {
        key: cellKey('table4', group, column),
        table: 'table4' as const,
        row: group,
        column,
        kind: 'count' as const,
        derived: column === 'total',
        name: `${groupPath} ${TABLE4_COLUMN_LABELS[column]}`,
        columnName: `${groupPath} ${TABLE4_COLUMN_LABELS[column]}`,
      }
    }),
  )
}

/** Every number cell, input and derived, in reading order (table 2, 3, 4). */
export const ALL_CELLS: readonly CellDef[] = [...table2Cells(), ...table3Cells(), ...table4Cells()]

/** Every cell that holds input (166 in the 2021 format). */
export const INPUT_CELLS: readonly CellDef[] = ALL_CELLS.filter((cell) => !cell.derived)

const CELLS_BY_KEY: ReadonlyMap<CellKey, CellDef> = new Map(ALL_CELLS.map((c) => [c.key, c]))

/** True when `key` (text from a file or the page) names a cell of the format. */
export function isCellKey(key: string): key is CellKey {
  return CELLS_BY_KEY.has(key as CellKey)
}

/** Looks a cell up by key; undefined for a key the format does not have. */
export function findCell(key: string): CellDef | undefined {
  return CELLS_BY_KEY.get(key as CellKey)
}
