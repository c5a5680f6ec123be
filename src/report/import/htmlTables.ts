/**
 * Which pasted HTML table is which: each innermost table is scored by the labels it contains and
 * given to table 2, 3 or 4; a table split across pages (two <table>s) keeps both halves in order.
 */
import type { HtmlTable } from './html'
import { labelKey } from './text'
import type { TableKey } from './types'

const MARKERS: Record<TableKey, readonly string[]> = {
  table2: ['第二十条', '信息内容', '规章', '行政许可', '行政处罚', '行政强制', '行政事业性收费'],
  table3: [
    '申请人情况',
    '本年新收',
    '上年结转',
    '予以公开',
    '不予公开',
    '无法提供',
    '不予处理',
    '其他处理',
    '结转下年度',
  ],
  table4: ['行政复议', '行政诉讼', '复议后起诉', '未经复议直接起诉', '结果维持', '尚未审结'],
}

function classify(table: HtmlTable): TableKey | null {
  const text = labelKey(table.rows.flatMap((row) => row.map((cell) => cell.text)).join(''))
  let best: TableKey | null = null
  let bestScore = 0
  for (const key of Object.keys(MARKERS) as TableKey[]) {
    const score = MARKERS[key].filter((marker) => text.includes(labelKey(marker))).length
    if (score > bestScore) {
      best = key
      bestScore = score
    }
  }
  return best
}

/** Groups the page's innermost tables by the report table they hold. */
export function pickHtmlTables(
  tables: readonly HtmlTable[],
): Partial<Record<TableKey, HtmlTable[]>> {
  const picked: Partial<Record<TableKey, HtmlTable[]>> = {}
  for (const table of tables) {
    if (table.nested) continue
    const key = classify(table)
    if (key) (picked[key] ??= []).push(table)
  }
  return picked
}
