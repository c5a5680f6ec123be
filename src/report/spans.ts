/**
 * Cells with rowspans and colspans placed on a grid the way HTML does: the one span-placing
 * routine of the table grids (strict, grid.ts) and of imported web pages (lenient, import/html.ts).
 */

/** A cell that may span rows and columns. */
export interface SpanningCell {
  readonly rowspan: number
  readonly colspan: number
}

/** A cell with the slot (row, column) its top-left corner occupies. */
export interface SpanPlacement<T> {
  readonly row: number
  readonly column: number
  readonly cell: T
}

/**
 * Places each row's cells in order, each on the first column its row has not covered yet.
 * `onCover` sees every slot a cell covers (with whether it was covered already) before it is
 * taken, so a strict caller can reject overlaps; returns the placements and the covered slots.
 */
export function placeSpans<T extends SpanningCell>(
  rows: readonly (readonly T[])[],
  onCover?: (slot: { row: number; column: number }, at: SpanPlacement<T>, covered: boolean) => void,
): { placed: SpanPlacement<T>[]; covered: ReadonlySet<string> } {
  const covered = new Set<string>()
  const placed: SpanPlacement<T>[] = []
  rows.forEach((cells, row) => {
    let column = 0
    for (const cell of cells) {
      while (covered.has(`${row},${column}`)) column += 1
      const at = { row, column, cell }
      for (let dr = 0; dr < cell.rowspan; dr += 1) {
        for (let dc = 0; dc < cell.colspan; dc += 1) {
          const key = `${row + dr},${column + dc}`
          onCover?.({ row: row + dr, column: column + dc }, at, covered.has(key))
          covered.add(key)
        }
      }
      placed.push(at)
      column += cell.colspan
    }
  })
  return { placed, covered }
}
