/** 一（二）依申请公开: received, carried over, by applicant kind, by outcome, carried forward (table 3). */
import { cellKey } from '../cells'
import { TABLE3_COLUMN_LABELS, TABLE3_INPUT_COLUMNS } from '../table3'
import type { CellValues } from '../totals'
import { figure, listParts } from './figures'
import type { DataSentence } from './types'

const t3 = (row: string, column = 'total') => cellKey('table3', row, column)

/** How reports name each result row in running text (the printed labels are too long). */
const OUTCOME_GROUPS: readonly { label: string; rows: readonly (readonly [string, string])[] }[] = [
  { label: '予以公开', rows: [['disclosed', '予以公开']] },
  { label: '部分公开', rows: [['partiallyDisclosed', '部分公开']] },
  {
    label: '不予公开',
    rows: [
      ['withheldStateSecret', '属于国家秘密'],
      ['withheldByLaw', '其他法律行政法规禁止公开'],
      ['withheldSecurity', '危及“三安全一稳定”'],
      ['withheldThirdParty', '保护第三方合法权益'],
      ['withheldInternal', '属于三类内部事务信息'],
      ['withheldProcess', '属于四类过程性信息'],
      ['withheldEnforcement', '属于行政执法案卷'],
      ['withheldQuery', '属于行政查询事项'],
    ],
  },
  {
    label: '无法提供',
    rows: [
      ['unavailableNotHeld', '本机关不掌握相关政府信息'],
      ['unavailableNeedsCreation', '没有现成信息需要另行制作'],
      ['unavailableUnclear', '补正后申请内容仍不明确'],
    ],
  },
  {
    label: '不予处理',
    rows: [
      ['rejectedComplaint', '信访举报投诉类申请'],
      ['rejectedRepeated', '重复申请'],
      ['rejectedPublication', '要求提供公开出版物'],
      ['rejectedExcessive', '无正当理由大量反复申请'],
      ['rejectedConfirmation', '要求行政机关确认或重新出具已获取信息'],
    ],
  },
  {
    label: '其他处理',
    rows: [
      ['otherNoCorrection', '申请人逾期不补正'],
      ['otherUnpaidFee', '申请人逾期未缴纳费用'],
      ['otherOther', '其他情形'],
    ],
  },
]

function intake(values: CellValues, period: string): DataSentence {
  const received = figure(values, t3('newReceived'))
  const carried = figure(values, t3('carriedOver'))
  const carriedText = carried > 0 ? `，上年结转政府信息公开申请${carried}件` : ''
  if (received === 0) {
    return {
      text: `${period}，本机关未收到新的政府信息公开申请${carriedText}。`,
      claims: carried > 0 ? ['carriedOver'] : [],
    }
  }
  const kinds = TABLE3_INPUT_COLUMNS.map(
    (column) => [TABLE3_COLUMN_LABELS[column], figure(values, t3('newReceived', column))] as const,
  ).filter(([, count]) => count > 0)
  const byKind =
    kinds.length === 1
      ? `，均为${kinds[0]![0] === '其他' ? '其他法人或组织' : kinds[0]![0]}申请`
      : kinds.length > 1
        ? `，其中${listParts(kinds.map(([label, count]) => [label === '其他' ? '其他法人或组织' : label, count]))}`
        : ''
  return {
    text: `${period}，本机关共收到政府信息公开申请${received}件${byKind}${carriedText}。`,
    claims: carried > 0 ? ['newReceived', 'carriedOver'] : ['newReceived'],
  }
}

function results(values: CellValues): DataSentence | null {
  const done = figure(values, t3('resultsTotal'))
  const forward = figure(values, t3('carriedForward'))
  const forwardText = `结转下年度继续办理${forward}件`
  if (done === 0) {
    return forward > 0 ? { text: `本年度${forwardText}。`, claims: ['carriedForward'] } : null
  }
  const groups = OUTCOME_GROUPS.map((group) => {
    const rows = group.rows.map(([row, label]) => [label, figure(values, t3(row))] as const)
    const sum = rows.reduce((total, [, count]) => total + count, 0)
    return { label: group.label, rows: rows.filter(([, count]) => count > 0), sum }
  }).filter((group) => group.sum > 0)
  const describe = (group: (typeof groups)[number]) =>
    group.rows.length === 1 && group.rows[0]![0] === group.label
      ? group.label
      : `${group.label}（${group.rows.length === 1 ? group.rows[0]![0] : listParts(group.rows)}）`
  const byOutcome =
    groups.length === 1
      ? `，均${describe(groups[0]!)}`
      : `，其中${groups
          .map((group) => {
            const text = describe(group)
            return text === group.label
              ? `${text}${group.sum}件`
              : text.replace('（', `${group.sum}件（`)
          })
          .join('、')}`
  const tail = forward > 0 ? `；${forwardText}` : '，无结转下年度继续办理的申请'
  return {
    text: `本年度办结政府信息公开申请${done}件${byOutcome}${tail}。`,
    claims: forward > 0 ? ['results', 'carriedForward'] : ['results'],
  }
}

/** The sentences of 一（二） from table 3; `period` is “2026年” or “本年度”. */
export function onRequestSentences(values: CellValues, period: string): DataSentence[] {
  const closing = results(values)
  return closing ? [intake(values, period), closing] : [intake(values, period)]
}
