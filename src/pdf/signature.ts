/**
 * The 落款 of the printed report: the agency's name and the 成文日期 under the last part, when
 * the draft has a 成文日期 (`meta.issuedOn`). A block of its own, so the PDF, and any other
 * printed form that takes it up, print it the same way.
 */
import type { ReportMeta } from '@/report'

/** The 落款 block: agency and date as printed; `text` is both, for the font's characters. */
export interface SignatureBlock {
  readonly kind: 'signature'
  readonly agency: string
  readonly date: string
  readonly text: string
}

/**
 * 成文日期 as printed, with Arabic numerals (GB/T 9704-2012 7.3.5.1): “2022-01-20” → 2022年1月20日.
 * Text that is not an ISO date (an importer may keep “2022年1月20日” as read) is printed as is.
 */
export function formatIssuedOn(issuedOn: string): string {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(issuedOn.trim())
  if (!iso) return issuedOn.trim()
  const [, year, month, day] = iso
  return `${year}年${Number(month)}月${Number(day)}日`
}

/** The 落款 of a report, or null when no 成文日期 is set (nothing is printed then). */
export function signatureBlock(meta: ReportMeta): SignatureBlock | null {
  const date = meta.issuedOn ? formatIssuedOn(meta.issuedOn) : ''
  if (!date) return null
  const agency = meta.agencyName.trim()
  return { kind: 'signature', agency, date, text: `${agency}${date}` }
}
