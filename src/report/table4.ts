/** Table 4 — 四、政府信息公开行政复议、行政诉讼情况: three groups of five, R4. */

/** Groups of table 4 in printed order. */
export const TABLE4_GROUPS = [
  'reconsideration',
  'litigationDirect',
  'litigationAfterReconsideration',
] as const
/** One of {@link TABLE4_GROUPS}. */
export type Table4Group = (typeof TABLE4_GROUPS)[number]

/** Group labels, verbatim. 行政诉讼 spans the two litigation groups. */
export const TABLE4_GROUP_LABELS: Record<Table4Group, string> = {
  reconsideration: '行政复议',
  litigationDirect: '未经复议直接起诉',
  litigationAfterReconsideration: '复议后起诉',
}

/** The header over both litigation groups. */
export const TABLE4_LITIGATION_LABEL = '行政诉讼'

/** Columns of each group that hold input; `total` is derived. */
export const TABLE4_INPUT_COLUMNS = ['upheld', 'corrected', 'other', 'pending'] as const
/** One of {@link TABLE4_INPUT_COLUMNS}. */
export type Table4InputColumn = (typeof TABLE4_INPUT_COLUMNS)[number]
/** Any column of a table-4 group. */
export type Table4Column = Table4InputColumn | 'total'

/** The five columns of a group in printed order. */
export const TABLE4_COLUMNS: readonly Table4Column[] = [...TABLE4_INPUT_COLUMNS, 'total']

/** Column labels, verbatim. */
export const TABLE4_COLUMN_LABELS: Record<Table4Column, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
}
