/**
 * Reading a ledger file (`.xlsx`, `.xls`, `.csv`) into plain rows with SheetJS, loaded on first
 * use. Cells keep their raw values: Excel dates stay serial numbers, CSV cells stay text, so the
 * domain reads every date the same way. Row and column indexes match the sheet's (A1 is [0][0]).
 */
import type { LedgerSheet } from '@/report/ledger'

/** The extensions a ledger may have. */
export const LEDGER_EXTENSIONS = ['.xlsx', '.xls', '.csv'] as const

/** Largest ledger file read (a register of a few thousand rows is far below it). */
export const MAX_LEDGER_BYTES = 20 * 1024 * 1024

/** Why a ledger could not be read, in words for the user. */
export class LedgerReadError extends Error {}

function decodeCsv(bytes: Uint8Array): string {
  // Excel and WPS save CSV as GBK on Chinese Windows, or as UTF-8 (with a BOM).
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gbk').decode(bytes)
  }
}

/** Reads every sheet of a ledger file; throws {@link LedgerReadError} with the reason. */
export async function readLedgerWorkbook(name: string, bytes: Uint8Array): Promise<LedgerSheet[]> {
  const lower = name.toLowerCase()
  if (!LEDGER_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    throw new LedgerReadError('台账须为 .xlsx、.xls 或 .csv 文件')
  }
  if (bytes.length === 0) throw new LedgerReadError('文件是空的')
  if (bytes.length > MAX_LEDGER_BYTES) throw new LedgerReadError('文件超过 20 MB，无法作为台账读取')
  const XLSX = await import('@e965/xlsx')
  let workbook: import('@e965/xlsx').WorkBook
  try {
    workbook = lower.endsWith('.csv')
      ? XLSX.read(decodeCsv(bytes), { type: 'string', raw: true, dense: true })
      : XLSX.read(bytes, { type: 'array', dense: true, cellDates: false })
  } catch {
    throw new LedgerReadError('无法读取这个文件：它可能已损坏、加密，或不是表格文件')
  }
  return workbook.SheetNames.map((sheetName) => {
    const sheet = workbook.Sheets[sheetName]
    if (!sheet?.['!ref']) return { name: sheetName, rows: [] }
    const range = XLSX.utils.decode_range(sheet['!ref'])
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
      header: 1,
      raw: true,
      defval: null,
      blankrows: true,
    })
    const lead = Array.from({ length: range.s.c }, () => null)
    const padded = rows.map((row) => (range.s.c > 0 ? [...lead, ...row] : row))
    return { name: sheetName, rows: [...Array.from({ length: range.s.r }, () => []), ...padded] }
  })
}
