/**
 * Reading table 3 (收到和处理政府信息公开申请情况): 25 rows by label, 7 values each (the stated
 * 总计 last), collapsed digit runs cut by R2 then chosen across rows by R1/R3; the 2019 layout's
 * single （六）其他处理 row goes to （六）3.其他.
 */
import { cellKey } from '../cells'
import { TABLE3_ROW_CELLS } from '../sums'
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_ROWS } from '../table3'
import { resolveCollapsedRows, type AmbiguousRow } from './resolve'
import { matchRows, rowLabels, readRow, type RowSpec } from './rows'
import { enumerateSplits, lastIsSum } from './splits'
import { labelKey } from './text'
import type { Segment } from './tokens'
import { pinShortRow } from './shortRows'
import {
  droppedValueFinding,
  misplacedValuesFinding,
  emptyTableRead,
  uncertainRowFinding,
  type TableRead,
} from './tableRead'

const OTHER_ROW_KEYS = ['otherNoCorrection', 'otherUnpaidFee', 'otherOther']
const OLD_OTHER_LABEL = labelKey(TABLE3_GROUPS.other)
/** The core of the 2021 layout's first （六） sub-row, 1.申请人无正当理由逾期不补正…. */
const NEW_OTHER_LABEL = labelKey('逾期不补正')

/** True when the rows use the 2019 layout: （六）其他处理 holds values itself. */
export function hasOldOtherRow(segments: readonly Segment[]): boolean {
  // A 2021 table in reading order may print the next row's numbers after （六）其他处理: the
  // 2021 sub-row's label printed anywhere means the 2021 layout.
  if (segments.some((segment) => segment.key.includes(NEW_OTHER_LABEL))) return false
  return segments.some(
    (segment) =>
      segment.key.endsWith(OLD_OTHER_LABEL) && segment.values.some((t) => t.kind === 'num'),
  )
}

function rowSpecs(format2019: boolean): RowSpec[] {
  const specs: RowSpec[] = []
  for (const row of TABLE3_ROWS) {
    if (format2019 && OTHER_ROW_KEYS.includes(row.key)) {
      if (row.key === 'otherOther')
        specs.push({ key: row.key, labels: [OLD_OTHER_LABEL], count: TABLE3_ROW_CELLS })
      continue
    }
    specs.push({ key: row.key, labels: rowLabels(row.key, row.label), count: TABLE3_ROW_CELLS })
  }
  return specs
}

function labelOf(rowKey: string): string {
  return TABLE3_ROWS.find((row) => row.key === rowKey)?.label ?? rowKey
}

/**
 * True when a row's label is printed but its row was not matched: it stands without numbers
 * inside another row's segment (“4.保护第三方合法权益5.属于三类内部事务信息 2 1 0 …”) or out of
 * the printed order (a converter floated it) — which numbers belong to which label is not certain.
 */
function lostLabels(
  segments: readonly Segment[],
  matched: ReadonlyMap<string, Segment>,
  format2019: boolean,
): boolean {
  const specs = rowSpecs(format2019)
  return specs.some((spec) => {
    if (matched.has(spec.key)) return false
    const label = spec.labels[0] ?? ''
    return segments.some((segment) => segment.key.includes(label))
  })
}

/**
 * The table when its numbers cannot be tied to their rows: every cell blank with one I2 — in
 * reading order a row's numbers may sit by another label, and a shifted row looks like a right one.
 */
function misplacedTable(read: TableRead): TableRead {
  const cells = TABLE3_ROWS.filter((row) => !row.derived).flatMap((row) =>
    TABLE3_COLUMNS.filter((column) => column !== 'total').map((column) =>
      cellKey('table3', row.key, column),
    ),
  )
  return {
    ...read,
    cells: Object.fromEntries(cells.map((key) => [key, ''])),
    stated: {},
    uncertain: [misplacedValuesFinding('表三', cells)],
    placeholders: [],
    empties: [],
  }
}

/** Reads table 3 from its segments; `format2019` maps the old single （六） row. */
export function readTable3(segments: readonly Segment[], format2019: boolean): TableRead {
  const read = emptyTableRead()
  const matched = matchRows(segments, rowSpecs(format2019))
  const fixed = new Map<string, readonly string[]>()
  const ambiguous: (AmbiguousRow & { runs: readonly string[] })[] = []
  const unknown = new Set<string>()
  const short: { key: string; numbers: readonly string[] }[] = []
  const misplaced = lostLabels(segments, matched, format2019)

  for (const row of TABLE3_ROWS) {
    if (format2019 && (row.key === 'otherNoCorrection' || row.key === 'otherUnpaidFee')) continue
    const got = readRow(matched.get(row.key), TABLE3_ROW_CELLS)
    if (got.status === 'missing') {
      read.missingRows.push(row.key)
      unknown.add(row.key)
      continue
    }
    read.found = true
    if (got.status === 'cells') {
      fixed.set(row.key, got.cells)
      for (const c of got.placeholders ?? []) {
        read.placeholders.push(cellKey('table3', row.key, TABLE3_COLUMNS[c] ?? ('' as string)))
      }
      for (const c of got.empties ?? []) {
        read.empties.push(cellKey('table3', row.key, TABLE3_COLUMNS[c] ?? ('' as string)))
      }
      continue
    }
    if (got.status === 'extra') {
      // Another row's numbers ran in: none of them is placed (a row label with no numbers of
      // its own, which would shift the rows, makes the whole table doubtful: lostLabels).
      unknown.add(row.key)
      const cells = TABLE3_COLUMNS.map((column) => cellKey('table3', row.key, column))
      read.uncertain.push(misplacedValuesFinding(`表三“${labelOf(row.key)}”行`, cells))
      continue
    }
    if (got.status === 'short') {
      short.push({ key: row.key, numbers: got.numbers })
      unknown.add(row.key)
      continue
    }
    const result = enumerateSplits(got.runs, TABLE3_ROW_CELLS, lastIsSum)
    const candidates = result.status === 'done' ? result.splits : []
    if (result.status === 'done' && candidates.length === 1 && candidates[0]) {
      fixed.set(row.key, candidates[0])
    } else if (candidates.length > 1) {
      ambiguous.push({ key: row.key, candidates, runs: got.runs })
    } else {
      unknown.add(row.key)
      const cells = TABLE3_COLUMNS.map((column) => cellKey('table3', row.key, column))
      read.uncertain.push(uncertainRowFinding(`表三“${labelOf(row.key)}”行`, got.runs, cells, 0))
    }
  }

  const resolution = resolveCollapsedRows(fixed, ambiguous, unknown)
  for (const row of ambiguous) {
    const resolved = resolution.get(row.key)
    if (!resolved) continue
    fixed.set(row.key, resolved.cells)
    if (resolved.unresolved.length > 0) {
      const cells = resolved.unresolved.map((c) =>
        cellKey('table3', row.key, TABLE3_COLUMNS[c] ?? ('' as string)),
      )
      read.uncertain.push(
        uncertainRowFinding(`表三“${labelOf(row.key)}”行`, row.runs, cells, resolved.options),
      )
    }
  }

  for (const { key, numbers } of short) {
    const pinned = pinShortRow(key, numbers, fixed, unknown)
    if (pinned) {
      fixed.set(key, pinned)
      unknown.delete(key)
      continue
    }
    const totalKept = lastIsSum(numbers)
    const columns = totalKept ? TABLE3_COLUMNS.slice(0, -1) : TABLE3_COLUMNS
    const cells = columns.map((column) => cellKey('table3', key, column))
    if (totalKept)
      fixed.set(key, [...new Array<string>(6).fill(''), numbers[numbers.length - 1] ?? ''])
    read.uncertain.push(droppedValueFinding(`表三“${labelOf(key)}”行`, numbers, cells, totalKept))
  }

  if (misplaced) return misplacedTable(read)

  for (const [rowKey, cells] of fixed) {
    const derivedRow = rowKey === 'resultsTotal'
    TABLE3_COLUMNS.forEach((column, c) => {
      const text = cells[c] ?? ''
      const key = cellKey('table3', rowKey, column)
      if (derivedRow || column === 'total') {
        if (text !== '') read.stated[key] = text
      } else {
        read.cells[key] = text
      }
    })
  }
  return read
}
