/** Finding a ledger's sheet, its header row and which column holds what (spec §6c). */
import { LEDGER_ROLES, roleScore, type ColumnRole, type LedgerKind } from './roles'

/** One sheet of a workbook as rows of cell values (numbers for Excel dates, strings, null). */
export interface LedgerSheet {
  readonly name: string
  readonly rows: readonly (readonly unknown[])[]
}

/** Which column (0-based) holds each role; null where the ledger has no such column. */
export type ColumnChoice = Partial<Record<ColumnRole, number | null>>

/** Where the ledger's table is, and whether the app is sure of it (otherwise the user is asked). */
export interface LedgerLayout {
  readonly sheet: number
  readonly headerRow: number
  readonly columns: ColumnChoice
  /** True when every role was found by one column alone (and 答复日期 was found). */
  readonly sure: boolean
  /** How well the header names the required roles, 0–1 (1: each by an outright name). */
  readonly quality: number
}

/** How many rows from the top of a sheet may hold titles before the header. */
const HEADER_SEARCH_ROWS = 30

function assign(
  kind: LedgerKind,
  header: readonly unknown[],
): { columns: ColumnChoice; sure: boolean; found: number; quality: number } {
  const columns: ColumnChoice = {}
  const taken = new Set<number>()
  let sure = true
  let found = 0
  let quality = 0
  // Outright names are placed before names by their words, so 申请人类型 is not taken by 申请人.
  const specs = LEDGER_ROLES[kind]
  const scored = specs.map((spec) => ({
    spec,
    scores: header.map((cell) => roleScore(spec, cell)),
  }))
  scored.sort((a, b) => Math.max(0, ...b.scores) - Math.max(0, ...a.scores))
  for (const { spec, scores } of scored) {
    const free = scores.map((score, column) => (taken.has(column) ? 0 : score))
    const best = Math.max(0, ...free)
    if (best === 0) {
      columns[spec.role] = null
      sure = false
      continue
    }
    const candidates = free.flatMap((score, column) => (score === best ? [column] : []))
    const [column] = candidates as [number]
    if (candidates.length > 1) sure = false
    columns[spec.role] = column
    taken.add(column)
    found += spec.required ? 2 : 1
    if (spec.required) quality += best
  }
  const required = specs.filter((spec) => spec.required).length
  return { columns, sure, found, quality: quality / (2 * required) }
}

/** Finds the sheet and header row naming the most roles, and the column of each role. */
export function findLedgerLayout(
  kind: LedgerKind,
  sheets: readonly LedgerSheet[],
): LedgerLayout | null {
  let best: (LedgerLayout & { found: number }) | null = null
  sheets.forEach((sheet, sheetIndex) => {
    const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS)
    for (let row = 0; row < limit; row++) {
      const result = assign(kind, sheet.rows[row] ?? [])
      if (result.found < 3) continue
      if (!best || result.found > best.found) {
        best = {
          sheet: sheetIndex,
          headerRow: row,
          columns: result.columns,
          sure: result.sure,
          found: result.found,
          quality: result.quality,
        }
      }
    }
  })
  if (!best) return null
  const { found: _found, ...layout } = best as LedgerLayout & { found: number }
  return layout
}

/** The header texts of a sheet's row, for the column-choice form (“第3列 收到日期”). */
export function headerLabels(sheet: LedgerSheet, headerRow: number): string[] {
  const row = sheet.rows[headerRow] ?? []
  const width = Math.max(
    row.length,
    ...sheet.rows.slice(headerRow, headerRow + 50).map((r) => r.length),
  )
  return Array.from({ length: width }, (_, column) => {
    const text = String(row[column] ?? '').trim()
    return `第${column + 1}列${text ? ` ${text}` : ''}`
  })
}

/**
 * The ledger's kind and layout: the kind it was opened for, unless the file plainly is the other
 * kind (a 复议/诉讼 case ledger opened beside table 3 names its roles better as cases).
 */
export function detectLedger(
  kind: LedgerKind,
  sheets: readonly LedgerSheet[],
): { kind: LedgerKind; layout: LedgerLayout | null } {
  const wanted = findLedgerLayout(kind, sheets)
  const otherKind: LedgerKind = kind === 'applications' ? 'cases' : 'applications'
  const other = findLedgerLayout(otherKind, sheets)
  if (other && (!wanted || other.quality > wanted.quality))
    return { kind: otherKind, layout: other }
  return { kind, layout: wanted }
}
