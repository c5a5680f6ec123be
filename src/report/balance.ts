/**
 * The arithmetic rules of spec §5. R1 applies to every report; R2–R4 check totals that a source
 * states (an imported report), since derived totals satisfy them by construction.
 */
import { cellKey, type CellKey } from './cells'
import type { Finding } from './finding'
import type { ParsedCell } from './numbers'
import { TABLE3_COLUMNS, TABLE3_COLUMN_LABELS, TABLE3_R1_TERMS } from './table3'
import { TABLE4_COLUMN_LABELS, TABLE4_GROUP_LABELS, TABLE4_INPUT_COLUMNS } from './table4'
import { R2_SUMS, R3_SUMS, R4_SUMS, type TableSum } from './sums'
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

/** The sums whose stated total differs from the sum of their parts (both comparable). */
function brokenSums<Of>(values: CellValues, sums: readonly TableSum<Of>[]) {
  return sums.flatMap((sum) => {
    const pair = comparable(
      valueOf(values, sum.total),
      sumCells(sum.parts.map((k) => valueOf(values, k))),
    )
    return pair && pair[0] !== pair[1]
      ? [{ sum, stated: pair[0], added: pair[1], diff: Math.abs(pair[0] - pair[1]) }]
      : []
  })
}

/** R2, per row of table 3: the stated 总计 equals the sum of the six applicant columns. */
export function checkR2(values: CellValues): Finding[] {
  return brokenSums(values, R2_SUMS).map(({ sum, stated, added, diff }) => ({
    rule: 'R2',
    severity: 'error',
    cells: [sum.total, ...sum.parts],
    fields: [],
    message: `“${sum.of.label}”行：总计为${stated}，各类申请人之和为${added}，相差${diff}`,
  }))
}

/** R3, per column of table 3: the stated （七）总计 equals the sum of the 21 result rows. */
export function checkR3(values: CellValues): Finding[] {
  return brokenSums(values, R3_SUMS).map(({ sum, stated, added, diff }) => ({
    rule: 'R3',
    severity: 'error',
    cells: [sum.total, ...sum.parts],
    fields: [],
    message: `${TABLE3_COLUMN_LABELS[sum.of]}列：（七）总计为${stated}，（一）至（六）各项之和为${added}，相差${diff}`,
  }))
}

/** R4, per group of table 4: the stated 总计 equals 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export function checkR4(values: CellValues): Finding[] {
  const terms = TABLE4_INPUT_COLUMNS.map((c) => TABLE4_COLUMN_LABELS[c]).join('＋')
  return brokenSums(values, R4_SUMS).map(({ sum, stated, added, diff }) => ({
    rule: 'R4',
    severity: 'error',
    cells: [sum.total, ...sum.parts],
    fields: [],
    message: `${TABLE4_GROUP_LABELS[sum.of]}：总计为${stated}，${terms}＝${added}，相差${diff}`,
  }))
}
