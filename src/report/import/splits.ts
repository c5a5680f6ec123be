/**
 * Collapsed digit runs: when a row's cells ran together (“640020470”), every way of cutting the
 * digits back into the row's cells is enumerated, and only cuts that satisfy a rule are kept.
 */
import { checkR2, checkR4 } from '../balance'
import { cellKey } from '../cells'
import { parseCell } from '../numbers'
import { TABLE3_COLUMNS } from '../table3'
import { TABLE4_COLUMNS } from '../table4'
import type { CellValues } from '../totals'

/** Longest number a cut may produce (9 digits: more than any count a report states). */
export const MAX_PIECE_DIGITS = 9

/** Most cuts tried before giving up on a row (the answer is then “uncertain”). */
export const MAX_SPLIT_STEPS = 200_000

/** The accepted cuts, or `overflow` when there were too many to try. */
export type SplitResult =
  | { readonly status: 'done'; readonly splits: readonly (readonly string[])[] }
  | { readonly status: 'overflow' }

/** Whether a piece can be one cell: “0”, or digits without a leading zero. */
function isPiece(piece: string): boolean {
  return piece.length <= MAX_PIECE_DIGITS && (piece === '0' || piece[0] !== '0')
}

/**
 * Cuts `runs` (each a number as read) into exactly `count` cells, each run into one or more pieces
 * in order, and keeps the cuts `accept` approves. Decimals and grouped numbers are never cut.
 * e.g. (['640020470'], 7, rowSums) → [['64','0','0','2','0','4','70']].
 */
export function enumerateSplits(
  runs: readonly string[],
  count: number,
  accept: (pieces: readonly string[]) => boolean,
  maxResults = 64,
): SplitResult {
  const splits: string[][] = []
  const pieces: string[] = []
  let steps = 0
  let overflow = false
  // Fewest and most pieces each remaining run can still give.
  const most = runs.map((run) => (/^\d+$/.test(run) ? run.length : 1))
  const mostAfter = most.map((_, i) => most.slice(i).reduce((a, b) => a + b, 0))

  const cutRun = (runIndex: number, offset: number): void => {
    if (overflow) return
    steps += 1
    if (steps > MAX_SPLIT_STEPS) {
      overflow = true
      return
    }
    const run = runs[runIndex]
    if (run === undefined) {
      if (pieces.length === count && accept(pieces)) {
        splits.push([...pieces])
        if (splits.length > maxResults) overflow = true
      }
      return
    }
    const cuttable = /^\d+$/.test(run)
    const restRuns = runs.length - runIndex - 1
    for (let end = offset + 1; end <= run.length; end += 1) {
      if (!cuttable && end < run.length) continue
      const piece = run.slice(offset, end)
      if (cuttable && !isPiece(piece)) {
        if (piece !== '0' && piece[0] === '0') break
        if (piece.length > MAX_PIECE_DIGITS) break
      }
      pieces.push(piece)
      const done = end === run.length
      const left = count - pieces.length
      // Prune: the remaining runs must be able to fill exactly the remaining cells.
      const minLeft = done ? restRuns : restRuns + 1
      const maxLeft = (done ? 0 : run.length - end) + (mostAfter[runIndex + 1] ?? 0)
      if (left >= minLeft && left <= maxLeft) {
        if (done) cutRun(runIndex + 1, 0)
        else cutRun(runIndex, end)
      }
      pieces.pop()
      if (overflow) return
    }
  }
  if (count > 0) cutRun(0, 0)
  return overflow ? { status: 'overflow' } : { status: 'done', splits }
}

/** Integer value of a cell's text (grouped digits allowed), or NaN. */
export function valueOf(text: string): number {
  return text === '' ? 0 : Number(text.replace(/,/g, ''))
}

function sumsUp(pieces: readonly string[]): boolean {
  const total = valueOf(pieces[pieces.length - 1] ?? '')
  let sum = 0
  for (let i = 0; i < pieces.length - 1; i += 1) sum += valueOf(pieces[i] ?? '')
  return sum === total
}

/** A row of 7 (table 3) or a group of 5 (table 4) as cell values, total last. */
function asCells(pieces: readonly string[]): CellValues | null {
  const keys =
    pieces.length === TABLE3_COLUMNS.length
      ? TABLE3_COLUMNS.map((column) => cellKey('table3', 'newReceived', column))
      : pieces.length === TABLE4_COLUMNS.length
        ? TABLE4_COLUMNS.map((column) => cellKey('table4', 'reconsideration', column))
        : null
  return keys ? new Map(keys.map((key, i) => [key, parseCell(pieces[i] ?? '', 'count')])) : null
}

/**
 * True when the last piece equals the sum of the others: R2 for a row of table 3, R4 for a group
 * of table 4, as balance.ts states them (plain arithmetic screens the many cuts first).
 */
export function lastIsSum(pieces: readonly string[]): boolean {
  if (!sumsUp(pieces)) return false
  const cells = asCells(pieces)
  if (!cells) return true
  return (pieces.length === TABLE3_COLUMNS.length ? checkR2(cells) : checkR4(cells)).length === 0
}
