/**
 * Where each input cell sits in its table, for spreadsheet-style keys: arrows skip labels and
 * derived totals, a range is a rectangle of slots, and a pasted block maps onto input cells.
 * Pure functions over the grids of src/report, so they are tested without a browser.
 */
import type { CellKey } from '../cells'
import { placeGridCells, type TableGrid } from '../grid'

/** What occupies one slot of a table body. */
export type Slot = { kind: 'input' | 'derived'; key: CellKey } | { kind: 'label' }

/** A table body as slots (rows × columns) and each input cell's top-left slot. */
export interface InputMatrix {
  readonly slots: readonly (readonly Slot[])[]
  readonly positions: ReadonlyMap<CellKey, { row: number; column: number }>
}

/** A direction of movement. */
export type Direction = 'up' | 'down' | 'left' | 'right'

/** Builds the slot matrix of a grid's body rows; band and header rows are left out. */
export function buildInputMatrix(grid: TableGrid): InputMatrix {
  const bodyIndexes = grid.rows.flatMap((row, i) => (row.role === 'body' ? [i] : []))
  const full: Slot[][] = grid.rows.map(() =>
    Array.from({ length: grid.columns }, () => ({ kind: 'label' }) as Slot),
  )
  for (const { row, column, cell } of placeGridCells(grid)) {
    const slot: Slot =
      cell.kind === 'input' || cell.kind === 'derived'
        ? { kind: cell.kind, key: cell.cell }
        : { kind: 'label' }
    for (let r = row; r < row + cell.rowspan; r += 1) {
      for (let c = column; c < column + cell.colspan; c += 1) {
        const line = full[r]
        if (line) line[c] = slot
      }
    }
  }
  const slots = bodyIndexes.map((i) => full[i] ?? [])
  const positions = new Map<CellKey, { row: number; column: number }>()
  slots.forEach((line, row) =>
    line.forEach((slot, column) => {
      if (slot.kind === 'input' && !positions.has(slot.key))
        positions.set(slot.key, { row, column })
    }),
  )
  return { slots, positions }
}

function inputAt(matrix: InputMatrix, row: number, column: number): CellKey | null {
  const slot = matrix.slots[row]?.[column]
  return slot?.kind === 'input' ? slot.key : null
}

/** The next input cell from `key` in a direction, skipping labels and totals; null at the edge. */
export function moveFrom(matrix: InputMatrix, key: CellKey, direction: Direction): CellKey | null {
  const start = matrix.positions.get(key)
  if (!start) return null
  const [dr, dc] = { up: [-1, 0], down: [1, 0], left: [0, -1], right: [0, 1] }[direction] as [
    number,
    number,
  ]
  let { row, column } = start
  for (;;) {
    row += dr
    column += dc
    if (
      row < 0 ||
      row >= matrix.slots.length ||
      column < 0 ||
      column >= (matrix.slots[row]?.length ?? 0)
    ) {
      return null
    }
    const found = inputAt(matrix, row, column)
    if (found && found !== key) return found
  }
}

/** The first or last input cell of the row `key` is in (Home/End). */
export function rowEdge(matrix: InputMatrix, key: CellKey, edge: 'start' | 'end'): CellKey {
  const position = matrix.positions.get(key)
  const line = position ? (matrix.slots[position.row] ?? []) : []
  const inputs = line.flatMap((slot) => (slot.kind === 'input' ? [slot.key] : []))
  return (edge === 'start' ? inputs[0] : inputs[inputs.length - 1]) ?? key
}

/** The input cells of the rectangle between two cells, row by row (each cell once). */
export function cellsInRange(matrix: InputMatrix, a: CellKey, b: CellKey): CellKey[][] {
  const pa = matrix.positions.get(a)
  const pb = matrix.positions.get(b)
  if (!pa || !pb) return []
  const rows: CellKey[][] = []
  for (let r = Math.min(pa.row, pb.row); r <= Math.max(pa.row, pb.row); r += 1) {
    const keys: CellKey[] = []
    for (let c = Math.min(pa.column, pb.column); c <= Math.max(pa.column, pb.column); c += 1) {
      const key = inputAt(matrix, r, c)
      if (key && !keys.includes(key)) keys.push(key)
    }
    if (keys.length > 0) rows.push(keys)
  }
  return rows
}

/** Where a pasted block of `height` × `width` values lands, from `start` on; or why it cannot. */
export type BlockTargets = { ok: true; cells: CellKey[][] } | { ok: false; reason: string }

/**
 * Maps a block onto input cells: row i goes to the i-th body row below `start`; its values fill
 * the distinct input cells to the right. A derived total, a label or the table's edge in the way
 * refuses the block rather than silently dropping or shifting values.
 */
export function blockTargets(
  matrix: InputMatrix,
  start: CellKey,
  height: number,
  width: number,
): BlockTargets {
  const origin = matrix.positions.get(start)
  if (!origin) return { ok: false, reason: '起始单元格不在表格中' }
  const cells: CellKey[][] = []
  for (let i = 0; i < height; i += 1) {
    const line = matrix.slots[origin.row + i]
    if (!line) return { ok: false, reason: `表格只剩${i}行可填，粘贴内容有${height}行` }
    const keys: CellKey[] = []
    for (let c = origin.column; c < line.length && keys.length < width; c += 1) {
      const slot = line[c]
      if (!slot || slot.kind !== 'input') {
        return { ok: false, reason: `第${i + 1}行第${keys.length + 1}列会落在自动合计或标题上` }
      }
      if (!keys.includes(slot.key)) keys.push(slot.key)
    }
    if (keys.length < width) return { ok: false, reason: `第${i + 1}行超出了表格右边界` }
    cells.push(keys)
  }
  return { ok: true, cells }
}

/** Splits text copied from Excel/WPS into rows of values; one trailing line break is dropped. */
export function parseTsv(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')
  return lines.map((line) => line.split('\t'))
}

/** True when pasted text is a block (holds a tab or a line break), not a single value. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/\r?\n$/, ''))
}

/** Formats rows of values as tab-separated text, as spreadsheets copy them. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join('\t')).join('\n')
}
