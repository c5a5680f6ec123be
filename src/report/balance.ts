/**
 * The arithmetic rules of spec §5. R1 applies to every report; R2–R4 check totals that a source
 * states (an imported report), since derived totals satisfy them by construction.
 */
import { cellKey, type CellKey } from './cells'
import type { Finding } from './finding'
import type { ParsedCell } from './numbers'
import {
  TABLE3_COLUMNS,
  TABLE3_COLUMN_LABELS,
  TABLE3_INPUT_COLUMNS,
  TABLE3_R1_TERMS,
  TABLE3_RESULT_ROW_KEYS,
  TABLE3_ROWS,
} from './table3'
import {
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUPS,
  TABLE4_GROUP_LABELS,
  TABLE4_INPUT_COLUMNS,
} from './table4'
import { sumCells, type CellValues } from './totals'

const BLANK: ParsedCell = { status: 'blank' }

function valueOf(values: CellValues, key: CellKey): ParsedCell {
  return values.get(key) ?? BLANK
}

/** Both sides as numbers, or null when the comparison cannot be made (invalid or all blank). */
function comparable(left: ParsedCell, right: ParsedCell): [number, number] | null {
  if (left.status === 'invalid' || right.status === 'invalid') return null
  if (left.status === 'blank' && right.status === 'blank') return null
  return [left.status === 'valid' ? left.value : 0, right.status === 'valid' ? right.value : 0]
}

/**
 * R1, per column of table 3: 一 + 二 = 三（七）总计 + 四. The 总计 column is reported only when no
 * applicant column is (it cannot be off on its own, since it is their sum).
 * e.g. 自然人 with 一=10, 二=2, （七）=9, 四=2 → “自然人列：一＋二＝12，三（七）＋四＝11，相差1”.
 */
export function checkR1(values: CellValues): Finding[] {
  const findings: Finding[] = []
  for (const column of TABLE3_COLUMNS) {
    const key = (row: keyof typeof TABLE3_R1_TERMS) => cellKey('table3', row, column)
    const left = sumCells([
      valueOf(values, key('newReceived')),
      valueOf(values, key('carriedOver')),
    ])
    const right = sumCells([
      valueOf(values, key('resultsTotal')),
      valueOf(values, key('carriedForward')),
    ])
    const pair = comparable(left, right)
    if (!pair || pair[0] === pair[1]) continue
    const [l, r] = pair
    const t = TABLE3_R1_TERMS
    // The 总计 column is the sum of the others: when one of them is off, saying so again for
    // 总计 adds nothing, so its finding is folded into theirs.
    if (column === 'total' && findings.length > 0) continue
    findings.push({
      rule: 'R1',
      severity: 'error',
      cells: [key('newReceived'), key('carriedOver'), key('resultsTotal'), key('carriedForward')],
      fields: [],
      message:
        `${TABLE3_COLUMN_LABELS[column]}列：${t.newReceived}＋${t.carriedOver}＝${l}，` +
        `${t.resultsTotal}＋${t.carriedForward}＝${r}，相差${Math.abs(l - r)}`,
    })
  }
  return findings
}

/** R2, per row of table 3: the stated 总计 equals the sum of the six applicant columns. */
export function checkR2(values: CellValues): Finding[] {
  const findings: Finding[] = []
  for (const row of TABLE3_ROWS) {
    const parts = TABLE3_INPUT_COLUMNS.map((column) => cellKey('table3', row.key, column))
    const totalKey = cellKey('table3', row.key, 'total')
    const pair = comparable(
      valueOf(values, totalKey),
      sumCells(parts.map((k) => valueOf(values, k))),
    )
    if (!pair || pair[0] === pair[1]) continue
    findings.push({
      rule: 'R2',
      severity: 'error',
      cells: [totalKey, ...parts],
      fields: [],
      message: `“${row.label}”行：总计为${pair[0]}，各类申请人之和为${pair[1]}，相差${Math.abs(pair[0] - pair[1])}`,
    })
  }
  return findings
}

/** R3, per column of table 3: the stated （七）总计 equals the sum of the 21 result rows. */
export function checkR3(values: CellValues): Finding[] {
  const findings: Finding[] = []
  for (const column of TABLE3_COLUMNS) {
    const parts = TABLE3_RESULT_ROW_KEYS.map((row) => cellKey('table3', row, column))
    const totalKey = cellKey('table3', 'resultsTotal', column)
    const pair = comparable(
      valueOf(values, totalKey),
      sumCells(parts.map((k) => valueOf(values, k))),
    )
    if (!pair || pair[0] === pair[1]) continue
    findings.push({
      rule: 'R3',
      severity: 'error',
      cells: [totalKey, ...parts],
      fields: [],
      message: `${TABLE3_COLUMN_LABELS[column]}列：（七）总计为${pair[0]}，（一）至（六）各项之和为${pair[1]}，相差${Math.abs(pair[0] - pair[1])}`,
    })
  }
  return findings
}

/** R4, per group of table 4: the stated 总计 equals 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export function checkR4(values: CellValues): Finding[] {
  const findings: Finding[] = []
  for (const group of TABLE4_GROUPS) {
    const parts = TABLE4_INPUT_COLUMNS.map((column) => cellKey('table4', group, column))
    const totalKey = cellKey('table4', group, 'total')
    const pair = comparable(
      valueOf(values, totalKey),
      sumCells(parts.map((k) => valueOf(values, k))),
    )
    if (!pair || pair[0] === pair[1]) continue
    const terms = TABLE4_INPUT_COLUMNS.map((c) => TABLE4_COLUMN_LABELS[c]).join('＋')
    findings.push({
      rule: 'R4',
      severity: 'error',
      cells: [totalKey, ...parts],
      fields: [],
      message: `${TABLE4_GROUP_LABELS[group]}：总计为${pair[0]}，${terms}＝${pair[1]}，相差${Math.abs(pair[0] - pair[1])}`,
    })
  }
  return findings
}
