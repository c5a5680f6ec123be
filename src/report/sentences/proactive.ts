/** 一（一）主动公开: the counts of table 2 in the wording reports use. */
import { cellKey } from '../cells'
import type { CellValues } from '../totals'
import { amountText, figure } from './figures'
import type { DataSentence } from './types'

const t2 = (row: string, column: string) => cellKey('table2', row, column)

function documents(values: CellValues, row: string, label: string): string | null {
  const issued = figure(values, t2(row, 'issued'))
  const repealed = figure(values, t2(row, 'repealed'))
  const inForce = figure(values, t2(row, 'inForce'))
  if (issued + repealed + inForce === 0) return null
  const parts = [
    issued > 0 ? `制发${label}${issued}件` : `未制发${label}`,
    repealed > 0 ? `废止${repealed}件` : '',
    inForce > 0 ? `现行有效${inForce}件` : '',
  ]
  return parts.filter(Boolean).join('，')
}

/** The sentences of 一（一） from table 2; `period` is “2026年” or “本年度”. */
export function proactiveSentences(values: CellValues, period: string): DataSentence[] {
  const sentences: DataSentence[] = []
  const rules = [
    documents(values, 'regulations', '规章'),
    documents(values, 'normativeDocuments', '行政规范性文件'),
  ].filter((part): part is string => part !== null)
  const normative = figure(values, t2('normativeDocuments', 'issued')) > 0
  sentences.push({
    text:
      rules.length > 0
        ? `${period}，本机关${rules.join('；')}。`
        : `${period}，本机关未制发规章和行政规范性文件。`,
    claims: normative ? ['normativeDocuments'] : [],
  })
  const decisions = (
    [
      ['行政许可', figure(values, t2('licensing', 'decisions'))],
      ['行政处罚', figure(values, t2('punishment', 'decisions'))],
      ['行政强制', figure(values, t2('coercion', 'decisions'))],
    ] as const
  ).filter(([, count]) => count > 0)
  if (decisions.length > 0) {
    sentences.push({
      text: `作出${decisions.map(([label, count]) => `${label}决定${count}件`).join('、')}。`,
      claims: [],
    })
  }
  const fee = amountText(values, t2('fees', 'amountWan'))
  if (fee !== null) sentences.push({ text: `收取行政事业性收费${fee}万元。`, claims: [] })
  return sentences
}
