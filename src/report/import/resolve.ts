/**
 * Choosing among the possible cuts of several collapsed table-3 rows at once: only combinations
 * under which every column satisfies R1 and R3 survive. Cells on which the survivors disagree are
 * left for the user (I2) — never guessed. The rules themselves are the domain's (balance.ts).
 */
import { checkR1, checkR3 } from '../balance'
import { cellKey, type CellKey } from '../cells'
import { parseCell, type ParsedCell } from '../numbers'
import { TABLE3_COLUMNS, TABLE3_RESULT_ROW_KEYS } from '../table3'
import { TABLE3_ROW_CELLS } from '../sums'
import { computeCellValues } from '../totals'

/** Most combinations of candidate cuts tried across rows. */
export const MAX_COMBINATIONS = 100_000

/** A row with several possible cuts, each a full row of 7 cells (total last). */
export interface AmbiguousRow {
  readonly key: string
  readonly candidates: readonly (readonly string[])[]
}

/** Per ambiguous row: its 7 cells, '' where the surviving combinations disagree. */
export type Resolution = Map<string, { cells: string[]; unresolved: number[]; options: number }>

const COLUMNS = TABLE3_ROW_CELLS

const R1_ROWS = ['newReceived', 'carriedOver', 'resultsTotal', 'carriedForward']

/**
 * R1 and R3 (balance.ts) over rows of 7 cells as read: stated totals as stated, （七）总计
 * computed when the source did not state it. A rule with a term that could not be read
 * (`unknown`) is not checked.
 */
export function rowsBalance(
  rows: ReadonlyMap<string, readonly string[]>,
  unknown: ReadonlySet<string>,
): boolean {
  const inputs = new Map<CellKey, ParsedCell>()
  const stated = new Map<CellKey, ParsedCell>()
  for (const [row, cells] of rows) {
    TABLE3_COLUMNS.forEach((column, c) => {
      const parsed = parseCell(cells[c] ?? '', 'count')
      if (row === 'resultsTotal' || column === 'total') {
        if (parsed.status !== 'blank') stated.set(cellKey('table3', row, column), parsed)
      } else inputs.set(cellKey('table3', row, column), parsed)
    })
  }
  const values = new Map(computeCellValues(inputs))
  for (const [key, value] of stated) values.set(key, value)
  const checkR3Now =
    rows.has('resultsTotal') && TABLE3_RESULT_ROW_KEYS.every((key) => !unknown.has(key))
  const checkR1Now = R1_ROWS.every((key) => !unknown.has(key))
  return (
    (!checkR3Now || checkR3(values).length === 0) && (!checkR1Now || checkR1(values).length === 0)
  )
}

function agree(options: readonly (readonly string[])[]): { cells: string[]; unresolved: number[] } {
  const cells: string[] = []
  const unresolved: number[] = []
  for (let c = 0; c < COLUMNS; c += 1) {
    const first = options[0]?.[c] ?? ''
    if (options.every((option) => option[c] === first)) cells.push(first)
    else {
      cells.push('')
      unresolved.push(c)
    }
  }
  return { cells, unresolved }
}

/**
 * Tries every combination of the ambiguous rows' cuts with the fixed rows; keeps those that
 * balance (R1, R3; rules with an `unknown` row — missing or unreadable — are not checked). With no surviving combination, each row falls back to what its own cuts agree on.
 */
export function resolveCollapsedRows(
  fixed: ReadonlyMap<string, readonly string[]>,
  ambiguous: readonly AmbiguousRow[],
  unknown: ReadonlySet<string> = new Set(),
): Resolution {
  const resolution: Resolution = new Map()
  if (ambiguous.length === 0) return resolution
  const combinations = ambiguous.reduce((n, row) => n * Math.max(row.candidates.length, 1), 1)
  const survivors: (readonly string[])[][] = []
  if (combinations <= MAX_COMBINATIONS && ambiguous.every((row) => row.candidates.length > 0)) {
    const rows = new Map(fixed)
    const chosen: (readonly string[])[] = []
    const walk = (i: number): void => {
      const row = ambiguous[i]
      if (!row) {
        if (rowsBalance(rows, unknown)) survivors.push([...chosen])
        return
      }
      for (const candidate of row.candidates) {
        rows.set(row.key, candidate)
        chosen.push(candidate)
        walk(i + 1)
        chosen.pop()
      }
      rows.delete(row.key)
    }
    walk(0)
  }
  ambiguous.forEach((row, i) => {
    const options =
      survivors.length > 0 ? survivors.map((combination) => combination[i] ?? []) : row.candidates
    const distinct = new Set(options.map((option) => option.join(','))).size
    resolution.set(row.key, { ...agree(options), options: distinct })
  })
  return resolution
}
