/** How wide each column of tables 2–4 is printed, relative to the others (PDF and Word). */
import type { TableGrid } from '../grid'

/** Relative column widths of each table; a renderer scales them to its text block's width. */
export const COLUMN_WEIGHTS: Record<TableGrid['table'], readonly number[]> = {
  table2: [2, 1, 1, 1],
  table3: [1.15, 1.8, 4.6, 1, 1, 1, 1, 1, 1, 1],
  table4: Array.from({ length: 15 }, () => 1),
}

/** Splits `total` in proportion to `weights` into whole units that add up to `total` exactly. */
export function splitWhole(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, w) => a + w, 0)
  let given = 0
  let acc = 0
  return weights.map((w) => {
    acc += w
    const edge = Math.round((acc / sum) * total)
    const width = edge - given
    given = edge
    return width
  })
}
