/**
 * Metadata recovered from what a report states: agency and year from its title (or preamble), and
 * from the preamble the website name (“…”政府门户网站), its URL (in brackets), 地址 and 联系电话.
 */
import type { ReportMeta } from '../draft'
import { isAgencyName } from './title'

/** What the title and preamble give; fields not stated stay empty. */
export type RecoveredMeta = Pick<
  ReportMeta,
  'agencyName' | 'year' | 'websiteName' | 'websiteUrl' | 'address' | 'phone'
>

const WEBSITE_NAME = /[“"「『]([^”"」』\n]{1,40})[”"」』]\s*(?:政府)?(?:门户)?网站/
const WEBSITE_NAME_LOOSE = /(?:可在|可登录|登录|访问)\s*[“"「『]([^”"」』\n]{1,40})[”"」』]/
const URL_IN_BRACKETS = /网站?\s*[（(]\s*(?:网址\s*[:：为]?\s*)?([^（）()\n]{1,200}?)\s*[）)]/
const URL_LABELLED = /网址\s*(?:[:：]|为|是)\s*([^\s（）()，,。；;“”"]+)/
const URL_BARE = /(https?:\/\/[^\s（）()，,。；;“”"]+|www\.[^\s（）()，,。；;“”"]+)/i
const ADDRESS = /(?:联系|通讯|办公)?地址\s*[:：]\s*([^，,；;。）)\n]{1,100})/
const PHONE =
  /(?:联系|咨询)?电话\s*(?:[:：]|为|是)\s*([0-9０-９()（）\-－—+＋、,，;；/ 转]*[0-9０-９])/
const AGENCY = /本(?:年度)?报告由\s*([^\s，,。]{2,60}?)\s*(?:按照|根据|依据|编制)/
const COMPILED_BY = /[，,。]\s*由\s*([^\s，,。]{2,40}?)\s*(?:负责)?(?:编制|编写|起草)/
/** “现将沭阳县人民政府2023年…年度报告…公布”: the name the preamble gives the report. */
const NAMED_REPORT =
  /(?:现将|现予|现向社会公布|特发布|发布)\s*([^\s，,。；;、《》“”]{2,40}?)\s*[0-9０-９]{4}\s*年度?\s*(?:政府)?信息公开/
const YEAR = /统计期限(?:为|自|是)?\s*([0-9０-９]{4})\s*年/

function first(pattern: RegExp, text: string): string {
  return (pattern.exec(text)?.[1] ?? '').trim()
}

/** Where a report names its agency: the title, the preamble, the 落款. */
export type NameSource = 'title' | 'preamble' | 'signature'

/** One way the source names the agency, as printed. */
export interface AgencyNameSeen {
  readonly name: string
  readonly source: NameSource
}

/**
 * The names the source gives its agency, distinct, title first. More than one means they
 * disagree (a typo, the office that compiled the report): the user picks.
 */
export function agencyNamesSeen(
  title: { agencyName: string } | null,
  preamble: string,
  signer: string | null,
): AgencyNameSeen[] {
  const preambleName =
    first(NAMED_REPORT, preamble) || first(AGENCY, preamble) || first(COMPILED_BY, preamble)
  const seen: AgencyNameSeen[] = []
  const add = (name: string, source: NameSource) => {
    const clean = name.replace(/\s+/g, '')
    if (isAgencyName(clean) && !seen.some((s) => s.name === clean))
      seen.push({ name: clean, source })
  }
  add(title?.agencyName ?? '', 'title')
  add(preambleName.replace(/^本机关$|^本单位$/, ''), 'preamble')
  add(signer ?? '', 'signature')
  return seen
}

/** Recovers metadata; the title's agency and year win over the preamble's. */
export function recoverMeta(
  title: { agencyName: string; year: number } | null,
  preamble: string,
): RecoveredMeta {
  const yearText = first(YEAR, preamble).normalize('NFKC')
  const websiteName = first(WEBSITE_NAME, preamble) || first(WEBSITE_NAME_LOOSE, preamble)
  const bracketed = first(URL_IN_BRACKETS, preamble)
  const websiteUrl = bracketed || first(URL_LABELLED, preamble) || first(URL_BARE, preamble)
  return {
    agencyName: title?.agencyName || first(AGENCY, preamble),
    year: title?.year ?? (yearText ? Number(yearText) : null),
    websiteName,
    websiteUrl,
    address: first(ADDRESS, preamble),
    phone: first(PHONE, preamble).replace(/[，,、;；]$/, ''),
  }
}
