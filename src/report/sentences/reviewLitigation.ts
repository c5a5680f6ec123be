/** The 复议/诉讼 figures of table 4 in the wording reports use (一（五）监督保障情况). */
import { cellKey } from '../cells'
import { TABLE4_COLUMN_LABELS, TABLE4_INPUT_COLUMNS, type Table4Group } from '../table4'
import type { CellValues } from '../totals'
import { figure, listParts } from './figures'
import type { DataSentence } from './types'

function results(values: CellValues, group: Table4Group): string {
  const parts = TABLE4_INPUT_COLUMNS.map(
    (column) =>
      [TABLE4_COLUMN_LABELS[column], figure(values, cellKey('table4', group, column))] as const,
  ).filter(([, count]) => count > 0)
  if (parts.length === 1) return `均${parts[0]![0]}`
  return `其中${listParts(parts)}`
}

/** The sentences about table 4; `period` is “2026年” or “本年度”. */
export function reviewLitigationSentences(values: CellValues, period: string): DataSentence[] {
  const reconsideration = figure(values, 'table4.reconsideration.total')
  const direct = figure(values, 'table4.litigationDirect.total')
  const after = figure(values, 'table4.litigationAfterReconsideration.total')
  const litigation = direct + after
  if (reconsideration === 0 && litigation === 0) {
    return [
      {
        text: `${period}，本机关未发生因政府信息公开引起的行政复议、行政诉讼案件。`,
        claims: ['reconsideration', 'litigation'],
      },
    ]
  }
  const first =
    reconsideration > 0
      ? `${period}，本机关因政府信息公开被申请行政复议${reconsideration}件，${results(values, 'reconsideration')}`
      : `${period}，本机关未发生因政府信息公开引起的行政复议案件`
  let second: string
  if (litigation === 0) {
    second = '未发生因政府信息公开引起的行政诉讼案件'
  } else {
    const groups = [
      direct > 0 ? `未经复议直接起诉${direct}件（${results(values, 'litigationDirect')}）` : '',
      after > 0
        ? `复议后起诉${after}件（${results(values, 'litigationAfterReconsideration')}）`
        : '',
    ].filter(Boolean)
    second = `被提起行政诉讼${litigation}件，${groups.length === 1 ? `均为${groups[0]}` : `其中${groups.join('、')}`}`
  }
  return [{ text: `${first}；${second}。`, claims: ['reconsideration', 'litigation'] }]
}
