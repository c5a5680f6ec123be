// The report's cell keys (spec §2–§4) and helpers to fill the editor's number cells.
import type { Page } from 'playwright-core'
import { TABLE3_COLUMNS, TABLE3_INPUT_ROWS, TABLE3_RESULT_ROWS } from './cellKeys.mjs'

export { TABLE3_COLUMNS, TABLE3_INPUT_ROWS, TABLE3_RESULT_ROWS }

export type Table3Column = (typeof TABLE3_COLUMNS)[number]

export const COLUMN_LABELS: Record<Table3Column | 'total', string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
}

const TABLE2_CELLS = [
  ...['regulations', 'normativeDocuments'].flatMap((row) =>
    ['issued', 'repealed', 'inForce'].map((col) => `table2.${row}.${col}`),
  ),
  'table2.licensing.decisions',
  'table2.punishment.decisions',
  'table2.coercion.decisions',
  'table2.fees.amountWan',
]
const TABLE3_CELLS = TABLE3_INPUT_ROWS.flatMap((row) =>
  TABLE3_COLUMNS.map((col) => `table3.${row}.${col}`),
)
const TABLE4_CELLS = [
  'reconsideration',
  'litigationDirect',
  'litigationAfterReconsideration',
].flatMap((group) =>
  ['upheld', 'corrected', 'other', 'pending'].map((col) => `table4.${group}.${col}`),
)

/** Every number input of the editor: 10 + 144 + 12 = 166 cells. */
export const INPUT_CELLS: readonly string[] = [...TABLE2_CELLS, ...TABLE3_CELLS, ...TABLE4_CELLS]

/** A small deterministic pseudo-random generator (mulberry32). */
export function generator(seed: number): (max: number) => number {
  let state = seed >>> 0
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (((t ^ (t >>> 14)) >>> 0) % max) + 1
  }
}

/**
 * A fully filled, balanced, non-zero report: for every table 3 column,
 * newReceived + carriedOver = (sum of the result rows 3–23) + carriedForward.
 * Each column has its own numbers. Values are keyed by data-cell.
 */
export function balancedReport(seed = 2021): Map<string, string> {
  const values = new Map<string, string>()
  const next = generator(seed)
  for (const cell of [...TABLE2_CELLS, ...TABLE4_CELLS]) values.set(cell, String(next(40)))
  values.set('table2.fees.amountWan', '4068.208')
  TABLE3_COLUMNS.forEach((col, index) => {
    const nextInColumn = generator(seed * 31 + index + 1)
    let results = 0
    for (const row of TABLE3_RESULT_ROWS) {
      const value = nextInColumn(9 + index * 3)
      results += value
      values.set(`table3.${row}.${col}`, String(value))
    }
    const carriedForward = nextInColumn(7)
    const carriedOver = nextInColumn(5)
    values.set(`table3.carriedForward.${col}`, String(carriedForward))
    values.set(`table3.carriedOver.${col}`, String(carriedOver))
    values.set(`table3.newReceived.${col}`, String(results + carriedForward - carriedOver))
  })
  return values
}

export const cell = (key: string) => `[data-cell="${key}"]`
export const field = (key: string) => `[data-field="${key}"]`

/** Type every value into its cell with page.fill (one input event per cell). */
export async function fillCells(page: Page, values: Map<string, string>): Promise<void> {
  for (const [key, value] of values) await page.fill(cell(key), value)
}

/** The sum of a table 3 row's six columns in a report made by balancedReport(). */
export function rowSum(values: Map<string, string>, row: string): number {
  return TABLE3_COLUMNS.reduce((sum, col) => sum + Number(values.get(`table3.${row}.${col}`)), 0)
}
