/** The standard three-paragraph preamble (spec §1.1), generated from the metadata. */
import type { ReportDraft, ReportMeta } from './draft'

const FORMAT_CITATION = '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）'

/**
 * Fills the seed's preamble from the metadata, dropping a clause whose field is empty: no website
 * name drops the 电子版 sentence; no URL drops its brackets; no address or phone drops that part.
 */
export function generatePreamble(meta: ReportMeta): string {
  const agency = meta.agencyName.trim() || '本机关'
  const year = meta.year ?? '本'
  const first =
    `本报告由${agency}按照《中华人民共和国政府信息公开条例》（以下简称《条例》）和` +
    `${FORMAT_CITATION}要求编制。`
  const second =
    '本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、' +
    '政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分内容。'

  const period =
    meta.year === null
      ? '本报告所列数据的统计期限为本年度1月1日起至12月31日止。'
      : `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`
  const websiteName = meta.websiteName.trim()
  const url = meta.websiteUrl.trim()
  const online = websiteName
    ? `本报告电子版可在“${websiteName}”政府门户网站${url ? `（${url}）` : ''}查阅或下载。`
    : url
      ? `本报告电子版可在政府门户网站（${url}）查阅或下载。`
      : ''
  const contacts = [
    meta.address.trim() ? `地址：${meta.address.trim()}` : '',
    meta.phone.trim() ? `联系电话：${meta.phone.trim()}` : '',
  ].filter(Boolean)
  const contact = `如对本报告有疑问，请与${agency}联系${contacts.length ? `（${contacts.join('，')}）` : ''}。`
  return [first, second, period + online + contact].join('\n')
}

/** The preamble a draft shows: the user's text once edited, otherwise the generated one. */
export function effectivePreamble(draft: ReportDraft): string {
  return draft.preamble ?? generatePreamble(draft.meta)
}
