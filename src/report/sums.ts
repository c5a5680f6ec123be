/**
 * The sum structure of tables 3 and 4, declared once as data: each stated 总计 and the cells it
 * adds up. The derived totals (totals.ts) compute these sums and the rules R2–R4 (balance.ts)
 * check a stated total against them, so the two can never describe different sums.
 */
import { cellKey, type CellKey } from './cells'
import {
  TABLE3_COLUMNS,
  TABLE3_INPUT_COLUMNS,
  TABLE3_RESULT_ROW_KEYS,
  TABLE3_ROWS,
  type Table3Column,
  type Table3Row,
} from './table3'
import { TABLE4_GROUPS, TABLE4_INPUT_COLUMNS, type Table4Group } from './table4'

/** One total: the cell that states it and the cells it is the sum of. */
export interface TableSum<Of> {
  readonly total: CellKey
  readonly parts: readonly CellKey[]
  /** What the sum runs along: a row of table 3 (R2), a column (R3), a group of table 4 (R4). */
  readonly of: Of
}

/** R2: per row of table 3, 总计 = the six applicant columns. */
export const R2_SUMS: readonly TableSum<Table3Row>[] = TABLE3_ROWS.map((row) => ({
  total: cellKey('table3', row.key, 'total'),
  parts: TABLE3_INPUT_COLUMNS.map((column) => cellKey('table3', row.key, column)),
  of: row,
}))

/** R3: per column of table 3 (总计 included), （七）总计 = the 21 result rows. */
export const R3_SUMS: readonly TableSum<Table3Column>[] = TABLE3_COLUMNS.map((column) => ({
  total: cellKey('table3', 'resultsTotal', column),
  parts: TABLE3_RESULT_ROW_KEYS.map((row) => cellKey('table3', row, column)),
  of: column,
}))

/** R4: per group of table 4, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const R4_SUMS: readonly TableSum<Table4Group>[] = TABLE4_GROUPS.map((group) => ({
  total: cellKey('table4', group, 'total'),
  parts: TABLE4_INPUT_COLUMNS.map((column) => cellKey('table4', group, column)),
  of: group,
}))

/**
 * The derived totals in the order they are computed: （七）总计 of each applicant column first
 * (R3), then every row's 总计 (R2, which also gives （七）总计's own 总计), then table 4 (R4).
 */
export const DERIVED_SUMS: readonly TableSum<unknown>[] = [
  ...R3_SUMS.filter((sum) => sum.of !== 'total'),
  ...R2_SUMS,
  ...R4_SUMS,
]

/** Cells in one printed row of table 3: the six applicant columns and 总计. */
export const TABLE3_ROW_CELLS = TABLE3_COLUMNS.length
