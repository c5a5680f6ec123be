/**
 * A table-3 row printed with one number fewer than its seven columns (a value the publisher
 * dropped). It is never shifted into place: when the last number is the sum of the others it is
 * the row's 总计, and the six applicant cells are filled only when the column rules pin each of
 * them down — R1 or R3 solved from the other rows, then confirmed by balance.ts.
 */
import { TABLE3_RESULT_ROW_KEYS } from '../table3'
import { rowsBalance } from './resolve'
import { valueOf } from './splits'

const R1_SIDES: Readonly<Record<string, { plus: string[]; minus: string[] }>> = {
  // 一 + 二 = 三（七） + 四, solved for each term.
  newReceived: { plus: ['resultsTotal', 'carriedForward'], minus: ['carriedOver'] },
  carriedOver: { plus: ['resultsTotal', 'carriedForward'], minus: ['newReceived'] },
  resultsTotal: { plus: ['newReceived', 'carriedOver'], minus: ['carriedForward'] },
  carriedForward: { plus: ['newReceived', 'carriedOver'], minus: ['resultsTotal'] },
}

/** The six applicant values the other rows imply for `row`, or null when they do not. */
function implied(
  row: string,
  rows: ReadonlyMap<string, readonly string[]>,
  unknown: ReadonlySet<string>,
): number[] | null {
  const known = (key: string) => rows.has(key) && !unknown.has(key)
  const at = (key: string, c: number) => valueOf(rows.get(key)?.[c] ?? '')
  const sides = R1_SIDES[row]
  if (sides && [...sides.plus, ...sides.minus].every(known)) {
    return [0, 1, 2, 3, 4, 5].map(
      (c) =>
        sides.plus.reduce((sum, key) => sum + at(key, c), 0) -
        sides.minus.reduce((sum, key) => sum + at(key, c), 0),
    )
  }
  if (row === 'resultsTotal' && TABLE3_RESULT_ROW_KEYS.every(known)) {
    return [0, 1, 2, 3, 4, 5].map((c) =>
      TABLE3_RESULT_ROW_KEYS.reduce((sum, key) => sum + at(key, c), 0),
    )
  }
  const others = TABLE3_RESULT_ROW_KEYS.filter((key) => key !== row)
  if (TABLE3_RESULT_ROW_KEYS.includes(row) && known('resultsTotal') && others.every(known)) {
    return [0, 1, 2, 3, 4, 5].map(
      (c) => at('resultsTotal', c) - others.reduce((sum, key) => sum + at(key, c), 0),
    )
  }
  return null
}

/** True when `read` is `full` with exactly one element left out, in order. */
function oneLeftOut(read: readonly number[], full: readonly number[]): boolean {
  if (full.length !== read.length + 1) return false
  for (let skip = 0; skip < full.length; skip += 1) {
    if (full.filter((_, i) => i !== skip).every((value, i) => value === read[i])) return true
  }
  return false
}

/**
 * The row's seven cells when the rules pin the six applicant values down (they sum to the stated
 * total, leave out exactly one of the printed numbers, and the table then balances); else null.
 * e.g. printed 5 3 0 1 0 9 with R1 implying 5 3 0 0 1 0 → ['5','3','0','0','1','0','9'].
 */
export function pinShortRow(
  row: string,
  numbers: readonly string[],
  rows: ReadonlyMap<string, readonly string[]>,
  unknown: ReadonlySet<string>,
): string[] | null {
  const values = implied(row, rows, unknown)
  const total = valueOf(numbers[numbers.length - 1] ?? '')
  if (!values || values.some((v) => !Number.isInteger(v) || v < 0)) return null
  if (values.reduce((a, b) => a + b, 0) !== total) return null
  if (!oneLeftOut(numbers.slice(0, -1).map(valueOf), values)) return null
  const cells = [...values.map(String), String(total)]
  const withRow = new Map(rows)
  withRow.set(row, cells)
  const stillUnknown = new Set(unknown)
  stillUnknown.delete(row)
  return rowsBalance(withRow, stillUnknown) ? cells : null
}
