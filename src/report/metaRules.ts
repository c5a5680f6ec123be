/**
 * M2 of spec §5: what is filled in the metadata is well formed. One set of checks, used by the
 * review panel (findings), the metadata form (messages under the fields) and the output gate.
 */
import type { ReportDraft, ReportMeta } from './draft'
import type { Finding } from './finding'
import { FIRST_FORMAT_YEAR } from './format'

/** Longest 机关名称 (spec M2). */
export const MAX_AGENCY_NAME_LENGTH = 60

/** The last year a report can be about: the current one (a report is about a year that has begun). */
export function lastReportYear(today: Date): number {
  return today.getFullYear()
}

/** Why a year is out of range, in Chinese with the fix; null when it is in range. */
export function reportYearProblem(year: number, today: Date): string | null {
  if (!Number.isInteger(year)) return `报告年度“${year}”不是整数年份，请重新选择`
  if (year < FIRST_FORMAT_YEAR) {
    return `报告年度为${year}年；本格式适用于${FIRST_FORMAT_YEAR}年及以后的年度报告，请重新选择`
  }
  if (year > lastReportYear(today)) {
    return `报告年度为${year}年，该年度尚未开始；报告年度须在${FIRST_FORMAT_YEAR}—${lastReportYear(today)}年之间，请重新选择`
  }
  return null
}

// An http(s) address, or a bare host name as reports print it (“www.example.gov.cn/…”), which a
// browser reads as http. Any other scheme (javascript:, ftp:, file:) is not a website address.
const URL_PATTERN =
  /^(?:https?:\/\/[^\s/?#]+\.[^\s/?#]+|https?:\/\/localhost|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?:[/?#:][^\s]*)?$/i

/** Why a 网址 is not an http(s) address; null when it is one (or is blank). */
export function websiteUrlProblem(url: string): string | null {
  const text = url.trim()
  if (text === '') return null
  if (text.length > 200) return `网址有${text.length}个字符，超过200个字符，请核对`
  if (!URL_PATTERN.test(text))
    return `网址“${clip(text)}”不是网站地址，请填写如 https://www.example.gov.cn 的地址`
  return null
}

// Spec M2: digits, “-”, brackets, spaces and “转” only (full-width forms of the same characters
// are the same characters as typed with a Chinese input method).
const PHONE_PATTERN = /^[0-9０-９()（）\-－—\s\u3000转]*$/

/** Why a 联系电话 is not a phone number; null when it is one (or is blank). */
export function phoneProblem(phone: string): string | null {
  const text = phone.trim()
  if (text === '') return null
  if (!PHONE_PATTERN.test(text)) {
    return `联系电话“${clip(text)}”含有数字、-、括号、空格和“转”以外的字符，请只填写电话号码，如 0537-2272086`
  }
  if (!/[0-9０-９]/.test(text)) return `联系电话“${clip(text)}”中没有数字，请填写电话号码`
  if (text.length > 60) return `联系电话有${text.length}个字符，超过60个字符，请核对`
  return null
}

/** Why a 机关名称 is malformed; null when it is fine (blank is M1's business). */
export function agencyNameProblem(name: string): string | null {
  const length = [...name.trim()].length
  if (length > MAX_AGENCY_NAME_LENGTH) {
    return `机关名称有${length}个字，超过${MAX_AGENCY_NAME_LENGTH}个字，请核对后删减`
  }
  return null
}

function clip(text: string): string {
  const chars = [...text]
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : text
}

const m2 = (field: keyof ReportMeta, message: string): Finding => ({
  rule: 'M2',
  severity: 'error',
  cells: [],
  fields: [`meta.${field}`],
  message,
})

/** M2: one finding per metadata field that is filled in but malformed. */
export function checkM2(draft: ReportDraft, today: Date): Finding[] {
  const { meta } = draft
  const problems: [keyof ReportMeta, string | null][] = [
    ['agencyName', agencyNameProblem(meta.agencyName)],
    ['year', meta.year === null ? null : reportYearProblem(meta.year, today)],
    ['websiteUrl', websiteUrlProblem(meta.websiteUrl)],
    ['phone', phoneProblem(meta.phone)],
  ]
  return problems.flatMap(([field, message]) => (message ? [m2(field, message)] : []))
}

/**
 * The years the 报告年度 select offers: 2021 to the current year, plus `current` when a draft
 * holds a year outside that range, so the select shows what the draft says (M2 then explains).
 */
export function selectableYears(today: Date, current: number | null = null): number[] {
  const years: number[] = []
  for (let y = FIRST_FORMAT_YEAR; y <= lastReportYear(today); y += 1) years.push(y)
  if (current !== null && !years.includes(current)) years.push(current)
  return years.sort((a, b) => a - b)
}
