/**
 * Known wordings of ledger values, as data: the format's own labels in any printed form (added
 * from the tables in `values.ts`) and the words offices write. Anything else is asked.
 */
import type { Table3InputColumn } from '../table3'
import type { Table4Group, Table4InputColumn } from '../table4'

/** An applicant kind's column of table 3, from what the 申请人类型 column says. */
export const APPLICANT_WORDINGS: Record<Table3InputColumn, readonly string[]> = {
  natural: ['自然人', '个人', '公民', '个人申请', '自然人申请', '群众', '公民个人'],
  commercial: [
    '商业企业',
    '企业',
    '公司',
    '企业法人',
    '商业机构',
    '企业单位',
    '私营企业',
    '民营企业',
    '国有企业',
  ],
  research: ['科研机构', '科研单位', '科研院所', '研究机构'],
  publicInterest: ['社会公益组织', '公益组织', '公益机构', '社会公益机构'],
  legal: ['法律服务机构', '律师事务所', '律所', '基层法律服务所', '法律服务所'],
  otherOrg: ['其他', '其他组织', '其他机构', '其他法人或其他组织', '其他单位'],
}

/** The organisation a name ends in, for ledgers that list the applicant's name (§6c). */
export const APPLICANT_NAME_SUFFIXES: readonly (readonly [Table3InputColumn, RegExp])[] = [
  ['legal', /(?:律师事务所|法律服务所)$/],
  ['commercial', /(?:有限责任公司|股份有限公司|有限公司|公司|集团|企业|厂|商行)$/],
  ['research', /(?:研究院|研究所|研究中心|科学院)$/],
  ['publicInterest', /(?:基金会|慈善会|公益服务中心)$/],
]

/** An outcome that is no result yet: the application is still open. */
export const OPEN = 'open'

/** A result row of table 3, or {@link OPEN}, from what the 办理结果 column says. */
export const OUTCOME_WORDINGS: Record<string, readonly string[]> = {
  disclosed: [
    '予以公开',
    '同意公开',
    '公开',
    '全部公开',
    '已公开',
    '予以提供',
    '同意提供',
    '已提供',
    '提供',
    '全部提供',
  ],
  partiallyDisclosed: ['部分公开', '部分提供', '部分予以公开', '部分同意公开', '区分处理'],
  withheldStateSecret: ['属于国家秘密', '国家秘密', '涉及国家秘密'],
  withheldByLaw: ['其他法律行政法规禁止公开', '法律法规禁止公开', '法律行政法规禁止公开'],
  withheldSecurity: ['危及三安全一稳定', '危及国家安全公共安全经济安全社会稳定'],
  withheldThirdParty: ['保护第三方合法权益', '涉及第三方合法权益', '涉及商业秘密', '涉及个人隐私'],
  withheldInternal: ['属于三类内部事务信息', '三类内部事务信息', '内部事务信息'],
  withheldProcess: ['属于四类过程性信息', '四类过程性信息', '过程性信息'],
  withheldEnforcement: ['属于行政执法案卷', '行政执法案卷', '执法案卷'],
  withheldQuery: ['属于行政查询事项', '行政查询事项'],
  unavailableNotHeld: [
    '本机关不掌握相关政府信息',
    '信息不存在',
    '政府信息不存在',
    '不掌握',
    '本机关不掌握',
    '非本机关职责',
    '非本机关政府信息',
    '不属于本机关职责',
    '不属于本机关公开职责',
  ],
  unavailableNeedsCreation: [
    '没有现成信息需要另行制作',
    '需另行制作',
    '需要另行制作',
    '没有现成信息',
  ],
  unavailableUnclear: ['补正后申请内容仍不明确', '申请内容不明确'],
  rejectedComplaint: ['信访举报投诉类申请', '信访举报投诉', '信访类申请', '信访举报投诉类'],
  rejectedRepeated: ['重复申请'],
  rejectedPublication: ['要求提供公开出版物', '公开出版物'],
  rejectedExcessive: ['无正当理由大量反复申请', '大量反复申请'],
  rejectedConfirmation: ['要求行政机关确认或重新出具已获取信息', '要求确认或重新出具已获取信息'],
  otherNoCorrection: ['逾期不补正', '逾期未补正', '申请人逾期不补正', '逾期不补正不再处理'],
  otherUnpaidFee: ['逾期未缴费', '逾期未缴纳费用', '逾期未按收费通知要求缴纳费用'],
  otherOther: ['已撤回', '撤回', '撤回申请', '申请人撤回', '主动撤回', '其他处理'],
  [OPEN]: ['办理中', '正在办理', '未办结', '待答复', '处理中', '尚未答复', '延期答复', '未答复'],
}

/** A 复议/诉讼 group of table 4 from what the 案件类型 column says. */
export const CASE_KIND_WORDINGS: Record<Table4Group, readonly string[]> = {
  reconsideration: ['行政复议', '复议', '申请行政复议', '行政复议案件'],
  litigationDirect: [
    '未经复议直接起诉',
    '直接起诉',
    '行政诉讼直接起诉',
    '未经复议直接提起行政诉讼',
    '直接提起行政诉讼',
  ],
  litigationAfterReconsideration: [
    '复议后起诉',
    '经复议后起诉',
    '复议后提起行政诉讼',
    '行政诉讼复议后起诉',
  ],
}

/** A result column of table 4 from what the case's outcome says; blank is 尚未审结. */
export const CASE_OUTCOME_WORDINGS: Record<Table4InputColumn, readonly string[]> = {
  upheld: ['结果维持', '维持', '维持原行政行为', '确认合法'],
  corrected: ['结果纠正', '纠正', '撤销', '责令履行', '确认违法', '变更'],
  other: ['其他结果', '其他', '终止', '撤回', '和解', '调解'],
  pending: ['尚未审结', '审理中', '未审结', '未结案', '在审', '正在审理'],
}
