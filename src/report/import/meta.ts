/**
 * Metadata recovered from what a report states: agency and year from its title (or preamble), and
 * from the preamble the website name (“…”政府门户网站), its URL (in brackets), 地址 and 联系电话.
 */
import type { ReportMeta } from '../draft'

/** What the title and preamble give; fields not stated stay empty. */
export type RecoveredMeta = Pick<
  ReportMeta,
  'agencyName' | 'year' | 'websiteName' | 'websiteUrl' | 'address' | 'phone'
>

const WEBSITE_NAME = /[“"「『]([^”"」』\n]{1,40})[”"」』]\s*(?:政府)?(?:门户)?网站/
const WEBSITE_NAME_LOOSE = /(?:可在|可登录|登录|访问)\s*[“"「『]([^”"」』\n]{1,40})[”"」』]/
const URL_IN_BRACKETS = /网站?\s*[（(]\s*([^（）()\n]{1,200}?)\s*[）)]/
const URL_BARE = /(https?:\/\/[^\s（）()，,。；;“”"]+|www\.[^\s（）()，,。；;“”"]+)/i
const ADDRESS = /(?:联系|通讯|办公)?地址\s*[:：]\s*([^，,；;）)\n]{1,100})/
const PHONE = /(?:联系)?电话\s*[:：]\s*([0-9０-９()（）\-－—+＋、,，;；/ 转]*[0-9０-９])/
const AGENCY = /本(?:年度)?报告由\s*([^\s，,。]{2,60}?)\s*(?:按照|根据|依据|编制)/
const YEAR = /统计期限(?:为|自|是)?\s*([0-9０-９]{4})\s*年/

function first(pattern: RegExp, text: string): string {
  return (pattern.exec(text)?.[1] ?? '').trim()
}

/** Recovers metadata; the title's agency and year win over the preamble's. */
export function recoverMeta(
  title: { agencyName: string; year: number } | null,
  preamble: string,
): RecoveredMeta {
  const yearText = first(YEAR, preamble).normalize('NFKC')
  const websiteName = first(WEBSITE_NAME, preamble) || first(WEBSITE_NAME_LOOSE, preamble)
  const websiteUrl = first(URL_IN_BRACKETS, preamble) || first(URL_BARE, preamble)
  return {
    agencyName: title?.agencyName || first(AGENCY, preamble),
    year: title?.year ?? (yearText ? Number(yearText) : null),
    websiteName,
    websiteUrl,
    address: first(ADDRESS, preamble),
    phone: first(PHONE, preamble).replace(/[，,、;；]$/, ''),
  }
}
