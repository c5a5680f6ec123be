import { describe, expect, it } from 'vitest'
import { placeValue, type ValueDimension } from '@/report/ledger'

describe('placeValue: known wordings, the format labels in their printed forms', () => {
  it.each<[ValueDimension, string, string]>([
    ['applicant', '自然人', 'natural'],
    ['applicant', '个人', 'natural'],
    ['applicant', '公民', 'natural'],
    ['applicant', '企业', 'commercial'],
    ['applicant', '法人或其他组织-商业企业', 'commercial'],
    ['applicant', '法人或其他组织（科研机构）', 'research'],
    ['applicant', '社会公益组织', 'publicInterest'],
    ['applicant', '律师事务所', 'legal'],
    ['applicant', '某某律师事务所', 'legal'],
    ['applicant', '某某科技有限公司', 'commercial'],
    ['applicant', '其他', 'otherOrg'],
    ['outcome', '同意公开', 'disclosed'],
    ['outcome', '（一）予以公开', 'disclosed'],
    ['outcome', '部分公开', 'partiallyDisclosed'],
    ['outcome', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partiallyDisclosed'],
    ['outcome', '（三）不予公开 3.危及“三安全一稳定”', 'withheldSecurity'],
    ['outcome', '不予公开-属于国家秘密', 'withheldStateSecret'],
    ['outcome', '8.属于行政查询事项', 'withheldQuery'],
    ['outcome', '信息不存在', 'unavailableNotHeld'],
    ['outcome', '非本机关职责', 'unavailableNotHeld'],
    ['outcome', '（四）无法提供 3．补正后申请内容仍不明确', 'unavailableUnclear'],
    ['outcome', '5.要求行政机关确认或重新出具已获取信息', 'rejectedConfirmation'],
    ['outcome', '已撤回', 'otherOther'],
    ['outcome', '（六）其他处理3.其他', 'otherOther'],
    ['outcome', '办理中', 'open'],
    ['outcome', '不予公开（属于国家秘密）', 'withheldStateSecret'],
    ['outcome', '无法提供(本机关不掌握相关政府信息)', 'unavailableNotHeld'],
    ['caseKind', '复议后起诉', 'litigationAfterReconsideration'],
    ['caseKind', '行政复议', 'reconsideration'],
    ['caseOutcome', '结果纠正', 'corrected'],
    ['caseOutcome', '尚未审结', 'pending'],
  ])('%s “%s” → %s', (dimension, wording, target) => {
    expect(placeValue(dimension, wording, {})).toEqual({ target, source: 'known' })
  })

  it.each<[ValueDimension, string]>([
    ['outcome', '不予公开'], // a group, not a row: which of the eight?
    ['outcome', '无法提供'],
    ['outcome', '驳回'],
    ['outcome', '告知'],
    ['applicant', '张三'],
    ['applicant', '某某大学'],
    ['applicant', '律师'],
    ['caseKind', '行政诉讼'], // direct or after reconsideration?
    ['caseOutcome', '驳回诉讼请求'],
  ])('%s “%s” is asked, not placed', (dimension, wording) => {
    expect(placeValue(dimension, wording, {})).toEqual({ target: null, source: null })
  })

  it('an answer places a wording and may correct a known one; an answer naming no target is ignored', () => {
    expect(placeValue('outcome', ' 驳回 ', { 'outcome:驳回': 'rejectedRepeated' })).toEqual({
      target: 'rejectedRepeated',
      source: 'answer',
    })
    expect(placeValue('outcome', '公开', { 'outcome:公开': 'partiallyDisclosed' }).target).toBe(
      'partiallyDisclosed',
    )
    expect(placeValue('outcome', '驳回', { 'outcome:驳回': 'natural' })).toEqual({
      target: null,
      source: null,
    })
  })
})
