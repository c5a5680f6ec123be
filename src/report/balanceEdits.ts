/**
 * R1's changed cells (issue 24): which table-3 cells were changed since the table last balanced,
 * in the order they were changed, so the editor can mark them and an R1 finding can take the user
 * to the last one instead of to the column's first row.
 */
import { checkR1 } from './balance'
import type { CellKey } from './cells'
import type { Finding } from './finding'
import type { CellValues } from './totals'

const isTable3 = (key: CellKey) => key.startsWith('table3.')
const columnOf = (key: CellKey) => key.slice(key.lastIndexOf('.') + 1)

/** Table 3 balances: it holds figures (a blank table proves nothing) and R1 holds. */
export function table3Balances(values: CellValues): boolean {
  const total = values.get('table3.resultsTotal.total')
  return total?.status === 'valid' && checkR1(values).length === 0
}

/**
 * The cells changed since table 3 last balanced, oldest first, after `changed` were edited and
 * the table now has `values`: empty while it balances; null while it never has (nothing to mark);
 * a cell changed twice moves to the end.
 */
export function followBalanceEdits(
  since: readonly CellKey[] | null,
  changed: readonly CellKey[],
  values: CellValues,
): CellKey[] | null {
  if (table3Balances(values)) return []
  if (since === null) return null
  const edited = changed.filter(isTable3)
  return [...since.filter((key) => !edited.includes(key)), ...edited]
}

/** Whether a cell lies in a column an R1 finding names (the 总计 column's finding names all). */
function inFindingColumn(key: CellKey, finding: Finding): boolean {
  const column = columnOf(finding.cells[0] ?? key)
  return column === 'total' || columnOf(key) === column
}

/** Of the cells changed since table 3 balanced, those in a column R1 now finds off. */
export function unbalancingEdits(
  since: readonly CellKey[] | null,
  r1Findings: readonly Finding[],
): Set<CellKey> {
  const edits = since ?? []
  return new Set(edits.filter((key) => r1Findings.some((f) => inFindingColumn(key, f))))
}

/** Where an R1 finding should take the user: the last cell changed in its column, if any. */
export function lastEditIn(
  since: readonly CellKey[] | null,
  finding: Finding,
): CellKey | undefined {
  return [...(since ?? [])].reverse().find((key) => inFindingColumn(key, finding))
}
