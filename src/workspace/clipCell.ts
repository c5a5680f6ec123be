/**
 * Excel and WPS hold at most 32,767 characters in a cell (SheetJS refuses to write more): a
 * longer text is clipped and says so in its own cell, so the workbook is still written.
 */
import type { SheetValue } from './reviewSheets'

/** Most characters (UTF-16 code units) a cell holds. */
export const EXCEL_CELL_CHARS = 32_767

/** What a clipped cell ends with. */
export const CLIPPED_NOTE = '……【超出Excel单元格上限，此处已截断，全文见草稿】'

/** The value as a cell can hold it: clipped with the note when too long, else unchanged. */
export function clipCell(value: SheetValue): SheetValue {
  if (typeof value !== 'string' || value.length <= EXCEL_CELL_CHARS) return value
  let end = EXCEL_CELL_CHARS - CLIPPED_NOTE.length
  // Never split a character outside the BMP (a surrogate pair).
  const code = value.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return value.slice(0, end) + CLIPPED_NOTE
}

/** Every cell of a sheet as a cell can hold it. */
export function clipSheet(rows: readonly SheetValue[][]): SheetValue[][] {
  return rows.map((row) => row.map(clipCell))
}
