/** Table 3 — 三、收到和处理政府信息公开申请情况: 25 rows × 7 columns, R1–R3. */

/** Applicant columns that hold input; `total` is derived from them. */
export const TABLE3_INPUT_COLUMNS = [
  'natural',
  'commercial',
  'research',
  'publicInterest',
  'legal',
  'otherOrg',
] as const
/** One of {@link TABLE3_INPUT_COLUMNS}. */
export type Table3InputColumn = (typeof TABLE3_INPUT_COLUMNS)[number]
/** Any column of table 3, including the derived 总计. */
export type Table3Column = Table3InputColumn | 'total'

/** All seven columns in printed order. */
export const TABLE3_COLUMNS: readonly Table3Column[] = [...TABLE3_INPUT_COLUMNS, 'total']

/** Column labels, verbatim. */
export const TABLE3_COLUMN_LABELS: Record<Table3Column, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
}

/** Header texts of table 3, verbatim. */
export const TABLE3_HEADER = {
  note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  applicants: '申请人情况',
  organisations: '法人或其他组织',
  results: '三、本年度办理结果',
} as const

/** The sub-groups of 三、本年度办理结果 that span several rows. */
export const TABLE3_GROUPS = {
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  rejected: '（五）不予处理',
  other: '（六）其他处理',
} as const
/** A key of {@link TABLE3_GROUPS}. */
export type Table3Group = keyof typeof TABLE3_GROUPS

/** A row of table 3. `section` says where it sits: before, inside or after 三、本年度办理结果. */
export interface Table3Row<K extends string = string> {
  readonly key: K
  readonly label: string
  readonly section: 'intake' | 'results' | 'forward'
  readonly group?: Table3Group
  /** True only for （七）总计, which is the sum of the 21 result rows. */
  readonly derived?: boolean
}

// Declared `as const` so the row keys are a literal union (a misspelt cell key fails to compile).
const ROWS = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量', section: 'intake' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', section: 'intake' },
  { key: 'disclosed', label: '（一）予以公开', section: 'results' },
  {
    key: 'partiallyDisclosed',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    section: 'results',
  },
  { key: 'withheldStateSecret', label: '1.属于国家秘密', section: 'results', group: 'withheld' },
  {
    key: 'withheldByLaw',
    label: '2.其他法律行政法规禁止公开',
    section: 'results',
    group: 'withheld',
  },
  { key: 'withheldSecurity', label: '3.危及“三安全一稳定”', section: 'results', group: 'withheld' },
  {
    key: 'withheldThirdParty',
    label: '4.保护第三方合法权益',
    section: 'results',
    group: 'withheld',
  },
  {
    key: 'withheldInternal',
    label: '5.属于三类内部事务信息',
    section: 'results',
    group: 'withheld',
  },
  { key: 'withheldProcess', label: '6.属于四类过程性信息', section: 'results', group: 'withheld' },
  {
    key: 'withheldEnforcement',
    label: '7.属于行政执法案卷',
    section: 'results',
    group: 'withheld',
  },
  { key: 'withheldQuery', label: '8.属于行政查询事项', section: 'results', group: 'withheld' },
  {
    key: 'unavailableNotHeld',
    label: '1.本机关不掌握相关政府信息',
    section: 'results',
    group: 'unavailable',
  },
  {
    key: 'unavailableNeedsCreation',
    label: '2.没有现成信息需要另行制作',
    section: 'results',
    group: 'unavailable',
  },
  {
    key: 'unavailableUnclear',
    label: '3.补正后申请内容仍不明确',
    section: 'results',
    group: 'unavailable',
  },
  {
    key: 'rejectedComplaint',
    label: '1.信访举报投诉类申请',
    section: 'results',
    group: 'rejected',
  },
  { key: 'rejectedRepeated', label: '2.重复申请', section: 'results', group: 'rejected' },
  {
    key: 'rejectedPublication',
    label: '3.要求提供公开出版物',
    section: 'results',
    group: 'rejected',
  },
  {
    key: 'rejectedExcessive',
    label: '4.无正当理由大量反复申请',
    section: 'results',
    group: 'rejected',
  },
  {
    key: 'rejectedConfirmation',
    label: '5.要求行政机关确认或重新出具已获取信息',
    section: 'results',
    group: 'rejected',
  },
  {
    key: 'otherNoCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    section: 'results',
    group: 'other',
  },
  {
    key: 'otherUnpaidFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    section: 'results',
    group: 'other',
  },
  { key: 'otherOther', label: '3.其他', section: 'results', group: 'other' },
  { key: 'resultsTotal', label: '（七）总计', section: 'results', derived: true },
  { key: 'carriedForward', label: '四、结转下年度继续办理', section: 'forward' },
] as const satisfies readonly Table3Row[]

/** A row key of table 3, e.g. `newReceived`. */
export type Table3RowKey = (typeof ROWS)[number]['key']

/** The 25 rows of table 3 in printed order, labels verbatim. */
export const TABLE3_ROWS: readonly Table3Row<Table3RowKey>[] = ROWS

/** Keys of the 21 result rows (3–23) whose sum is （七）总计 (R3). */
export const TABLE3_RESULT_ROW_KEYS: readonly string[] = TABLE3_ROWS.filter(
  (row) => row.section === 'results' && !row.derived,
).map((row) => row.key)

/** Keys of the 24 rows that hold input. */
export const TABLE3_INPUT_ROW_KEYS: readonly Table3RowKey[] = TABLE3_ROWS.filter(
  (row) => !row.derived,
).map((row) => row.key)

/** Short names of the R1 terms, as reviewers say them. */
export const TABLE3_R1_TERMS = {
  newReceived: '一',
  carriedOver: '二',
  resultsTotal: '三（七）',
  carriedForward: '四',
} as const
