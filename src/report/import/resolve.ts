/**
 * Choosing among the possible cuts of several collapsed table-3 rows at once: only combinations
 * under which every column satisfies R1 and R3 survive. Cells on which the survivors disagree are
 * left for the user (I2) — never guessed.
 */
import { r1Holds, totalHolds } from '../balance'
import { TABLE3_RESULT_ROW_KEYS } from '../table3'
import { valueOf } from './splits'

/** Most combinations of candidate cuts tried across rows. */
export const MAX_COMBINATIONS = 100_000

/** A row with several possible cuts, each a full row of 7 cells (total last). */
export interface AmbiguousRow {
  readonly key: string
  readonly candidates: readonly (readonly string[])[]
}

/** Per ambiguous row: its 7 cells, '' where the surviving combinations disagree. */
export type Resolution = Map<string, { cells: string[]; unresolved: number[]; options: number }>

const COLUMNS = 7

const R1_ROWS = ['newReceived', 'carriedOver', 'resultsTotal', 'carriedForward']

/** R1 and R3 per column; a rule with a term that could not be read (`unknown`) is not checked. */
function balances(
  rows: ReadonlyMap<string, readonly string[]>,
  unknown: ReadonlySet<string>,
): boolean {
  const at = (key: string, c: number) => valueOf(rows.get(key)?.[c] ?? '')
  const stated = rows.get('resultsTotal')
  const checkR3 = stated !== undefined && TABLE3_RESULT_ROW_KEYS.every((key) => !unknown.has(key))
  const checkR1 = R1_ROWS.every((key) => !unknown.has(key))
  const results: number[] = new Array<number>(TABLE3_RESULT_ROW_KEYS.length).fill(0)
  for (let c = 0; c < COLUMNS; c += 1) {
    // The buffer is reused for the 7 columns: this runs for up to MAX_COMBINATIONS combinations.
    let sum = 0
    TABLE3_RESULT_ROW_KEYS.forEach((key, i) => (sum += results[i] = at(key, c)))
    const resultsTotal = stated ? at('resultsTotal', c) : sum
    if (checkR3 && !totalHolds(resultsTotal, results)) return false
    const r1 = r1Holds(
      at('newReceived', c),
      at('carriedOver', c),
      resultsTotal,
      at('carriedForward', c),
    )
    if (checkR1 && !r1) return false
  }
  return true
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
        if (balances(rows, unknown)) survivors.push([...chosen])
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
