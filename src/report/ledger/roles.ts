/**
 * The columns a ledger has (spec §6c), each under the many wordings offices use. A header is
 * matched exactly first, then by the words it contains; a role matched by two columns, or a
 * required role matched by none, is asked.
 */
import { wordingKey } from './text'

/** The two kinds of ledger: applications (table 3) and 复议/诉讼 cases (table 4). */
export type LedgerKind = 'applications' | 'cases'

/** What a column of a ledger holds. */
export type ColumnRole = 'applicant' | 'received' | 'answered' | 'outcome' | 'caseKind'

/** A column role: its label in the dialog, whether the count needs it, and how headers say it. */
export interface RoleSpec {
  readonly role: ColumnRole
  readonly label: string
  readonly required: boolean
  /** Headers that name the role outright (compared by {@link wordingKey}). */
  readonly exact: readonly string[]
  /** A header naming the role contains one of each inner list, e.g. [收到, 受理] and [日期, 时间]. */
  readonly contains: readonly (readonly string[])[]
  /** A header containing one of these is never this role (申请人 is not 申请时间). */
  readonly excludes?: readonly string[]
  /** Headers that may name the role but name something else more often (申请人: a name). */
  readonly weak?: readonly string[]
}

const DATE = ['日期', '时间', '日']

const APPLICANT: RoleSpec = {
  role: 'applicant',
  label: '申请人类型',
  required: true,
  exact: ['申请人类型', '申请人性质', '申请主体', '申请人类别', '申请人身份', '申请主体类型'],
  weak: ['申请人', '申请人名称', '申请人姓名', '申请人姓名或名称'],
  contains: [
    ['申请人', '申请主体', '申请者'],
    ['类型', '性质', '类别', '身份', '主体'],
  ],
  excludes: ['日期', '时间', '地址', '电话', '证件', '联系'],
}

const RECEIVED: RoleSpec = {
  role: 'received',
  label: '收到日期',
  required: true,
  exact: [
    '收到日期',
    '受理日期',
    '申请时间',
    '登记日期',
    '申请日期',
    '收到时间',
    '受理时间',
    '登记时间',
    '收件日期',
    '接收日期',
    '立案日期',
    '立案时间',
    '收案日期',
  ],
  contains: [
    ['收到', '受理', '申请', '登记', '收件', '接收', '立案', '收案', '起诉', '来件', '收文'],
    DATE,
  ],
  excludes: ['答复', '办结', '回复', '审结', '结案'],
}

const ANSWERED: RoleSpec = {
  role: 'answered',
  label: '答复日期',
  required: false,
  exact: [
    '答复日期',
    '办结日期',
    '答复时间',
    '办结时间',
    '回复日期',
    '回复时间',
    '告知日期',
    '审结日期',
    '结案日期',
  ],
  contains: [['答复', '办结', '回复', '告知', '审结', '结案', '出具'], DATE],
}

const OUTCOME: RoleSpec = {
  role: 'outcome',
  label: '办理结果',
  required: true,
  exact: [
    '办理结果',
    '答复结果',
    '处理结果',
    '答复类型',
    '答复情况',
    '办理情况',
    '处理情况',
    '结果',
    '审理结果',
    '复议结果',
    '判决结果',
    '案件结果',
    '答复方式',
    '办理结果类型',
  ],
  contains: [
    [
      '结果',
      '答复类型',
      '答复情况',
      '办理情况',
      '处理情况',
      '答复内容',
      '处理方式',
      '答复意见',
      '处理意见',
    ],
  ],
  excludes: DATE,
}

const CASE_KIND: RoleSpec = {
  role: 'caseKind',
  label: '案件类型',
  required: true,
  exact: ['案件类型', '类型', '案件类别', '复议诉讼类型', '救济方式', '案件性质', '类别'],
  contains: [['案件类型', '案件类别', '救济', '复议诉讼', '复议或诉讼', '类型']],
  excludes: ['申请人', ...DATE, '结果'],
}

/** The column roles of each kind of ledger, in the order the dialog lists them. */
export const LEDGER_ROLES: Record<LedgerKind, readonly RoleSpec[]> = {
  applications: [APPLICANT, RECEIVED, ANSWERED, OUTCOME],
  cases: [CASE_KIND, RECEIVED, OUTCOME],
}

/** How well a header names a role: 2 outright, 1 by its words, 0 not at all. */
export function roleScore(spec: RoleSpec, header: unknown): number {
  const key = wordingKey(header)
  if (key === '') return 0
  if (spec.exact.some((wording) => wordingKey(wording) === key)) return 2
  if (spec.weak?.some((wording) => wordingKey(wording) === key)) return 1
  if (spec.excludes?.some((word) => key.includes(word))) return 0
  return spec.contains.every((words) => words.some((word) => key.includes(word))) ? 1 : 0
}
