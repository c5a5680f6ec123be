/**
 * Recognises a pasted block that is a whole table as the official format prints it (table 3 as
 * 25 × 7 with the 总计 column and the （七）总计 row, 25 × 6, 24 × 7, 24 × 6; table 4 as one row
 * of 15 or 12, or three rows of 5 or 4), wherever the user pasted it. Input positions are
 * filled; derived positions (totals) are only compared with what the editor computes.
 * Pure functions over the slot matrix of tableGridModel.ts, tested without a browser.
 */
import type { CellKey } from '../cells'
import { parseCell } from '../numbers'
import type { CellValues } from '../totals'
import type { InputMatrix, Slot } from './tableGridModel'

type NumberSlot = Extract<Slot, { key: CellKey }>

/** One official layout of a whole table: which slot each pasted value lands on. */
export interface WholeTableShape {
  readonly height: number
  readonly width: number
  /** `slots[i][j]` is where the value at pasted row i, column j goes. */
  readonly slots: readonly (readonly NumberSlot[])[]
}

/** A pasted block recognised as a whole table. */
export interface WholeTablePaste {
  readonly shape: WholeTableShape
  /** Input cells to write, with the text as pasted. */
  readonly inputs: readonly (readonly [CellKey, string])[]
  /** Derived cells the paste states a value for, with the text as pasted. */
  readonly totals: readonly (readonly [CellKey, string])[]
  /** Leading label columns and header rows that were left out before matching. */
  readonly skippedColumns: number
  readonly skippedRows: number
}

const isNumberSlot = (slot: Slot | undefined): slot is NumberSlot =>
  slot !== undefined && slot.kind !== 'label'

/**
 * The whole-table shapes of a matrix: every combination of keeping or dropping the derived
 * rows and the derived columns, and for a one-row table made of groups that each end in a
 * total (table 4), the groups stacked as rows. Tables without totals (table 2) have none.
 */
export function wholeTableShapes(matrix: InputMatrix): WholeTableShape[] {
  const rows = matrix.slots.map((line, index) => ({ line, index }))
  const width = Math.max(0, ...matrix.slots.map((line) => line.length))
  const numberColumns = Array.from({ length: width }, (_, c) => c).filter((c) =>
    matrix.slots.some((line) => isNumberSlot(line[c])),
  )
  const numberRows = rows.filter(({ line }) => numberColumns.some((c) => isNumberSlot(line[c])))
  const isDerivedColumn = (c: number) => numberRows.every(({ line }) => line[c]?.kind === 'derived')
  const isDerivedRow = (line: readonly Slot[]) =>
    numberColumns.every((c) => line[c]?.kind === 'derived')
  const derivedColumns = numberColumns.filter(isDerivedColumn)
  const derivedRows = numberRows.filter(({ line }) => isDerivedRow(line))
  if (derivedColumns.length === 0 && derivedRows.length === 0) return []

  const shapes: WholeTableShape[] = []
  const add = (slots: NumberSlot[][]) => {
    const shape = { height: slots.length, width: slots[0]?.length ?? 0, slots }
    const ragged = slots.some((line) => line.length !== shape.width)
    const known = shapes.some((s) => s.height === shape.height && s.width === shape.width)
    if (!ragged && !known && shape.width > 0) shapes.push(shape)
  }
  for (const keepRows of [true, false]) {
    for (const keepColumns of [true, false]) {
      const useRows = keepRows ? numberRows : numberRows.filter(({ line }) => !isDerivedRow(line))
      const useColumns = keepColumns
        ? numberColumns
        : numberColumns.filter((c) => !isDerivedColumn(c))
      add(useRows.map(({ line }) => useColumns.map((c) => line[c]).filter(isNumberSlot)))
    }
  }
  // Table 4: groups that end in a total column, printed side by side, may be pasted stacked.
  const [only] = numberRows
  if (numberRows.length === 1 && only && derivedColumns.length > 1) {
    const groups: number[][] = []
    let current: number[] = []
    for (const c of numberColumns) {
      current.push(c)
      if (isDerivedColumn(c)) {
        groups.push(current)
        current = []
      }
    }
    if (current.length === 0) {
      for (const keepTotals of [true, false]) {
        add(
          groups.map((group) =>
            group
              .filter((c) => keepTotals || !isDerivedColumn(c))
              .map((c) => only.line[c])
              .filter(isNumberSlot),
          ),
        )
      }
    }
  }
  return shapes
}

// A label or header text: words, not a number and not a one-character placeholder like 无.
const isLabel = (text: string) =>
  /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(text) && parseCell(text, 'count').status !== 'valid'
const isNumber = (text: string) => parseCell(text, 'amount').status === 'valid'

/** Pads ragged rows with blanks and drops blank trailing rows, as spreadsheets copy them. */
function tidy(rows: readonly (readonly string[])[]): string[][] {
  const kept = [...rows]
  while (kept.length > 1 && (kept.at(-1) ?? []).every((value) => value.trim() === '')) {
    kept.pop()
  }
  const width = Math.max(0, ...kept.map((row) => row.length))
  return kept.map((row) => [...row, ...Array<string>(width - row.length).fill('')])
}

/**
 * Matches a pasted block against the whole-table shapes. Leading header rows and leading label
 * columns (words and no number, as a copy of the printed table brings 自然人 … and the row
 * labels along) are left out first. Null when no shape fits.
 */
export function recogniseWholeTable(
  shapes: readonly WholeTableShape[],
  pasted: readonly (readonly string[])[],
): WholeTablePaste | null {
  if (shapes.length === 0) return null
  let rows = tidy(pasted)
  let skippedRows = 0
  let skippedColumns = 0
  while (rows.length > 1 && rows[0]?.some(isLabel) && !rows[0].some(isNumber)) {
    rows = rows.slice(1)
    skippedRows += 1
  }
  // A label spanning several columns (三、本年度办理结果) copies as the label and blank cells.
  const isLabelColumn = (column: string[]) =>
    !column.some(isNumber) &&
    (column.some(isLabel) || (skippedColumns > 0 && column.every((v) => v.trim() === '')))
  while ((rows[0]?.length ?? 0) > 1 && isLabelColumn(rows.map((row) => row[0] ?? ''))) {
    rows = rows.map((row) => row.slice(1))
    skippedColumns += 1
  }
  const shape = shapes.find((s) => s.height === rows.length && s.width === (rows[0]?.length ?? 0))
  if (!shape) return null
  const inputs: (readonly [CellKey, string])[] = []
  const totals: (readonly [CellKey, string])[] = []
  shape.slots.forEach((line, i) =>
    line.forEach((slot, j) => {
      const text = rows[i]?.[j] ?? ''
      if (slot.kind === 'input') inputs.push([slot.key, text])
      else totals.push([slot.key, text])
    }),
  )
  return { shape, inputs, totals, skippedColumns, skippedRows }
}

/** A stated total that differs from the one computed from the pasted parts. */
export interface TotalMismatch {
  readonly key: CellKey
  readonly pasted: string
  readonly computed: string
}

/**
 * Compares the totals a paste states with the computed ones. A blank or unreadable stated
 * total is not compared (there is nothing to compare); a computed total that is blank reads 0.
 */
export function compareTotals(
  stated: readonly (readonly [CellKey, string])[],
  values: CellValues,
): TotalMismatch[] {
  const mismatches: TotalMismatch[] = []
  for (const [key, text] of stated) {
    const pasted = parseCell(text, 'count')
    if (pasted.status !== 'valid') continue
    const value = values.get(key)
    if (value?.status === 'invalid') continue
    const computed = value?.status === 'valid' ? value.value : 0
    if (computed !== pasted.value)
      mismatches.push({ key, pasted: pasted.text, computed: String(computed) })
  }
  return mismatches
}
