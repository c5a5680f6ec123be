/** Ledger dates: Excel serial numbers, and text such as `2026/1/5`, `2026年1月5日`, `2026.01.05`. */

/** A calendar date read from a ledger cell. */
export interface LedgerDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

// Excel's 1900 date system counts 1900-02-29, which did not exist: from serial 61 on, day 0 is
// 1899-12-30. Serials before 61 (January–February 1900) are not dates a ledger holds.
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000
/** Serials from 1990-01-01 to 2099-12-31: anything else is not a ledger date. */
const SERIAL_RANGE = [32874, 73415] as const

function valid(year: number, month: number, day: number): LedgerDate | null {
  if (year < 1990 || year > 2099 || month < 1 || month > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 ? { year, month, day } : null
}

function fromSerial(serial: number): LedgerDate | null {
  if (serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return null
  const date = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

const SEPARATED =
  /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*[日号]?(?:[\sT].*)?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/

/** Reads a ledger date cell, or null when it is not a date (never a guess between day orders). */
export function parseLedgerDate(value: unknown): LedgerDate | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value >= 19900101 && value <= 20991231 && Number.isInteger(value)) {
      return parseLedgerDate(String(value))
    }
    return fromSerial(value)
  }
  if (typeof value !== 'string') return null
  const text = value.normalize('NFKC').trim()
  const separated = SEPARATED.exec(text) ?? COMPACT.exec(text)
  if (separated) return valid(Number(separated[1]), Number(separated[2]), Number(separated[3]))
  if (SERIAL_TEXT.test(text)) return fromSerial(Number(text))
  return null
}

/** Orders two dates: negative when `a` is earlier. */
export function compareDates(a: LedgerDate, b: LedgerDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/** A date as printed in the dialog, e.g. “2026-01-05”. */
export function formatLedgerDate(date: LedgerDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}
