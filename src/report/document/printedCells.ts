/** The text each number cell prints in every output (PDF, Word, web page). */
import { findCell, type CellKey } from '../cells'
import type { ReportDraft } from '../draft'
import { computeDraftValues } from '../totals'

/**
 * The printed text of every number cell: a valid count as plain digits (“1,234” → “1234”), the
 * fee exactly as typed, derived totals as computed; an invalid entry as typed, a blank as ''.
 */
export function printedCells(draft: ReportDraft): Record<CellKey, string> {
  const values = computeDraftValues(draft)
  // Filled below for every cell of the catalogue (computeDraftValues holds them all).
  const printed = {} as Record<CellKey, string>
  for (const [key, value] of values) {
    const raw = (draft.cells[key] ?? '').trim()
    const kind = findCell(key)?.kind ?? 'count'
    if (kind === 'amount') printed[key] = raw
    else if (value.status === 'valid') printed[key] = String(value.value)
    else if (value.status === 'invalid') printed[key] = raw || '?'
    else printed[key] = ''
  }
  return printed
}
