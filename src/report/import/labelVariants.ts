/**
 * Wording variants of the tables' row labels that published reports use, by row key. The printed
 * labels (src/report/table*.ts) always match; these are the other shapes seen in real reports.
 * Numbering, bracket and quote widths and spaces need no entry: matching ignores them.
 */
export const ROW_LABEL_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  normativeDocuments: ['规范性文件', '行政规范性文件（件）'],
  regulations: ['部门规章', '政府规章'],
  fees: ['行政事业性收费（万元）'],
  newReceived: ['本年新收政府信息公开申请', '本年新收申请数量', '本年度新收政府信息公开申请数量'],
  carriedOver: ['上年结转政府信息公开申请', '上年结转申请数量', '上年度结转政府信息公开申请数量'],
  partiallyDisclosed: ['部分公开'],
  withheldSecurity: ['危及三安全一稳定', '危及“三安全一稳定”的'],
  withheldInternal: ['属于三类内部事务', '三类内部事务信息'],
  withheldProcess: ['属于四类过程性', '四类过程性信息'],
  withheldEnforcement: ['行政执法案卷'],
  withheldQuery: ['行政查询事项'],
  unavailableNotHeld: ['本机关不掌握相关信息', '不掌握相关政府信息'],
  unavailableNeedsCreation: ['没有现成信息需另行制作', '没有现成信息需要另行制作的'],
  unavailableUnclear: ['补正后申请内容仍然不明确'],
  rejectedComplaint: ['信访举报投诉类'],
  rejectedConfirmation: ['要求行政机关确认或重新出具已获取的信息'],
  otherNoCorrection: ['申请人无正当理由逾期不补正'],
  otherUnpaidFee: ['申请人逾期未按收费通知要求缴纳费用'],
  carriedForward: ['结转下年度继续办理的', '结转下一年度继续办理'],
}
