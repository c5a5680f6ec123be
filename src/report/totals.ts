/**
 * Derived totals: table 3's 总计 column (R2) and （七）总计 row (R3), table 4's group totals (R4).
 * Computed from the parsed input cells on every change, never stored.
 */
import { INPUT_CELLS, type CellKey } from './cells'
import type { ReportDraft } from './draft'
import { parseCell, type ParsedCell } from './numbers'
import { DERIVED_SUMS } from './sums'

/** Parsed values of every input cell and every derived total, by cell key. */
export type CellValues = ReadonlyMap<CellKey, ParsedCell>

/** Parses every input cell of a draft (V1). */
export function parseDraftCells(draft: ReportDraft): Map<CellKey, ParsedCell> {
  const parsed = new Map<CellKey, ParsedCell>()
  for (const cell of INPUT_CELLS) {
    parsed.set(cell.key, parseCell(draft.cells[cell.key] ?? '', cell.kind))
  }
  return parsed
}

/**
 * Adds parsed values: any invalid part makes the sum invalid (never NaN, never a silent 0);
 * blank parts count as 0 unless every part is blank. [3, blank] → 3; [blank, blank] → blank.
 */
export function sumCells(parts: readonly ParsedCell[]): ParsedCell {
  let total = 0
  let seen = false
  for (const part of parts) {
    if (part.status === 'invalid') return { status: 'invalid', reason: '含无效数字，无法合计' }
    if (part.status === 'valid') {
      total += part.value
      seen = true
    }
  }
  return seen ? { status: 'valid', value: total, text: String(total) } : { status: 'blank' }
}

const BLANK: ParsedCell = { status: 'blank' }

/** Computes every derived total from parsed input cells; returns inputs and totals together. */
export function computeCellValues(inputs: ReadonlyMap<CellKey, ParsedCell>): CellValues {
  const values = new Map(inputs)
  const get = (key: CellKey): ParsedCell => values.get(key) ?? BLANK

  for (const { total, parts } of DERIVED_SUMS) values.set(total, sumCells(parts.map(get)))
  return values
}

/** Parses a draft's cells and computes all totals in one call. */
export function computeDraftValues(draft: ReportDraft): CellValues {
  return computeCellValues(parseDraftCells(draft))
}
