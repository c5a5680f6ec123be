/**
 * Counting table 3 (or 4) from a ledger for the report's year (spec §6c). Every row either
 * counts, or is listed with its row number and the reason; a wording nobody placed is asked.
 */
import { cellKey, type CellKey } from '../cells'
import { TABLE3_INPUT_COLUMNS, TABLE3_INPUT_ROW_KEYS } from '../table3'
import { TABLE4_GROUPS, TABLE4_INPUT_COLUMNS } from '../table4'
import { compareDates, parseLedgerDate, type LedgerDate } from './dates'
import type { ColumnChoice, LedgerSheet } from './header'
import type { ColumnRole, LedgerKind } from './roles'
import { isBlankCell, wordingKey } from './text'
import { placeValue, type LedgerAnswers, type ValueDimension } from './values'
import { OPEN } from './wordings'

/** What the count needs: the sheet, where its header is, its columns, the year and the answers. */
export interface LedgerCountInput {
  readonly kind: LedgerKind
  readonly sheet: LedgerSheet
  readonly headerRow: number
  readonly columns: ColumnChoice
  readonly year: number
  readonly answers: LedgerAnswers
}

/** A ledger row that was not counted, by its row number in the sheet (1-based, as Excel shows). */
export interface SkippedRow {
  readonly row: number
  readonly reason: string
}

/** A wording that could not be placed, with the rows that say it. */
export interface UnplacedValue {
  readonly dimension: ValueDimension
  readonly wording: string
  readonly rows: readonly number[]
}

/** A distinct wording and where it went (or null while unplaced). */
export interface PlacedValue {
  readonly dimension: ValueDimension
  readonly wording: string
  readonly target: string | null
  readonly source: 'known' | 'answer' | null
  readonly count: number
}

/** The table a ledger gives: every input cell of the table, and the rows each cell counts. */
export interface LedgerCount {
  readonly cells: ReadonlyMap<CellKey, number>
  readonly rowsByCell: ReadonlyMap<CellKey, readonly number[]>
  readonly skipped: readonly SkippedRow[]
  readonly unplaced: readonly UnplacedValue[]
  readonly values: readonly PlacedValue[]
  /** Ledger rows that were read as applications or cases (counted or not). */
  readonly rowsRead: number
}

/** A row whose wording is being asked about: not counted yet, and not listed as skipped. */
const PENDING = 'pending'

/** A 合计 row: “合计”, “总计：10件”, “小计 3” (not a cell that merely begins so, like 总计划). */
const TOTAL_ROW = /^(?:合计|总计|小计|共计)(?:\d+件?)?$/

/** The input cells a kind of ledger fills, all of them (a cell no row reaches is 0). */
export function ledgerCellKeys(kind: LedgerKind): CellKey[] {
  return kind === 'applications'
    ? TABLE3_INPUT_ROW_KEYS.flatMap((row) =>
        TABLE3_INPUT_COLUMNS.map((column) => cellKey('table3', row, column)),
      )
    : TABLE4_GROUPS.flatMap((group) =>
        TABLE4_INPUT_COLUMNS.map((column) => cellKey('table4', group, column)),
      )
}

function cell(row: readonly unknown[], columns: ColumnChoice, role: ColumnRole): unknown {
  const column = columns[role]
  return column === null || column === undefined ? null : row[column]
}

function text(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKC')
    .trim()
}

/** Counts a ledger into its table for `year`. */
export function countLedger(input: LedgerCountInput): LedgerCount {
  const { kind, sheet, headerRow, columns, year, answers } = input
  const cells = new Map<CellKey, number>(ledgerCellKeys(kind).map((key) => [key, 0]))
  const rowsByCell = new Map<CellKey, number[]>()
  const skipped: SkippedRow[] = []
  const seen = new Map<
    string,
    {
      dimension: ValueDimension
      wording: string
      rows: number[]
      target: string | null
      source: 'known' | 'answer' | null
    }
  >()
  let rowsRead = 0

  const place = (dimension: ValueDimension, wording: string, row: number): string | null => {
    const id = `${dimension}:${wordingKey(wording)}`
    let entry = seen.get(id)
    if (!entry) {
      entry = { dimension, wording, rows: [], ...placeValue(dimension, wording, answers) }
      seen.set(id, entry)
    }
    entry.rows.push(row)
    return entry.target
  }
  const add = (key: CellKey, row: number) => {
    cells.set(key, (cells.get(key) ?? 0) + 1)
    const rows = rowsByCell.get(key)
    if (rows) rows.push(row)
    else rowsByCell.set(key, [row])
  }

  for (let index = headerRow + 1; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? []
    const rowNumber = index + 1
    if (row.every(isBlankCell)) continue
    if (row.some((value) => typeof value === 'string' && TOTAL_ROW.test(wordingKey(value)))) {
      skipped.push({ row: rowNumber, reason: '合计行，不计入' })
      continue
    }
    rowsRead++
    const reason =
      kind === 'applications' ? countApplication(row, rowNumber) : countCase(row, rowNumber)
    // A row waiting for an answer is listed with its wording (the question), not as skipped.
    if (reason && reason !== PENDING) skipped.push({ row: rowNumber, reason })
  }

  function readDate(row: readonly unknown[], role: ColumnRole): LedgerDate | null | 'invalid' {
    const value = cell(row, columns, role)
    if (isBlankCell(value)) return null
    return parseLedgerDate(value) ?? 'invalid'
  }

  function countApplication(row: readonly unknown[], rowNumber: number): string | null {
    const received = readDate(row, 'received')
    if (received === null) return '收到日期为空'
    if (received === 'invalid') return `收到日期“${text(cell(row, columns, 'received'))}”无法识别`
    if (received.year > year) return `收到于${received.year}年，不属本年度`
    const hasAnswerColumn = columns.answered !== null && columns.answered !== undefined
    const answered = hasAnswerColumn ? readDate(row, 'answered') : null
    if (answered === 'invalid') return `答复日期“${text(cell(row, columns, 'answered'))}”无法识别`
    if (answered && answered.year < year) return `答复于${answered.year}年，不属本年度`
    if (answered && compareDates(answered, received) < 0) return '答复日期早于收到日期'
    const applicantText = text(cell(row, columns, 'applicant'))
    if (applicantText === '') return '申请人类型为空'
    const outcomeText = text(cell(row, columns, 'outcome'))
    const column = place('applicant', applicantText, rowNumber)
    const outcome = outcomeText === '' ? OPEN : place('outcome', outcomeText, rowNumber)
    if (column === null || outcome === null) return PENDING
    // Without a 答复日期 column (the user said so), a final outcome is taken as answered in the
    // year of receipt; an earlier year's application then cannot be placed.
    const closed = outcome !== OPEN
    if (hasAnswerColumn && closed && !answered) return `有办理结果“${outcomeText}”但无答复日期`
    if (hasAnswerColumn && !closed && answered) return '有答复日期但无办理结果'
    if (!hasAnswerColumn && closed && received.year < year)
      return '上年收到且无答复日期，无法判断何年办结'
    const answeredThisYear = closed && (answered ? answered.year === year : true)
    add(
      cellKey('table3', received.year === year ? 'newReceived' : 'carriedOver', column),
      rowNumber,
    )
    add(cellKey('table3', answeredThisYear ? outcome : 'carriedForward', column), rowNumber)
    return null
  }

  function countCase(row: readonly unknown[], rowNumber: number): string | null {
    const received = readDate(row, 'received')
    if (received === null) return '日期为空'
    if (received === 'invalid') return `日期“${text(cell(row, columns, 'received'))}”无法识别`
    if (received.year !== year) return `发生于${received.year}年，不属本年度`
    const kindText = text(cell(row, columns, 'caseKind'))
    if (kindText === '') return '案件类型为空'
    const outcomeText = text(cell(row, columns, 'outcome'))
    const group = place('caseKind', kindText, rowNumber)
    const column = outcomeText === '' ? 'pending' : place('caseOutcome', outcomeText, rowNumber)
    if (group === null || column === null) return PENDING
    add(cellKey('table4', group, column), rowNumber)
    return null
  }

  const entries = [...seen.values()]
  return {
    cells,
    rowsByCell,
    skipped,
    unplaced: entries
      .filter((e) => e.target === null)
      .map(({ dimension, wording, rows }) => ({ dimension, wording, rows })),
    values: entries.map(({ dimension, wording, target, source, rows }) => ({
      dimension,
      wording,
      target,
      source,
      count: rows.length,
    })),
    rowsRead,
  }
}
