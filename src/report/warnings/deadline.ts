/** W10: the publication deadline of 《条例》第四十九条 is near or past. */
import type { ReportDraft } from '../draft'
import type { Finding } from '../finding'

/** Days before the deadline from which W10 reminds. */
export const DEADLINE_REMINDER_DAYS = 15

/** A government's own report (an 人民政府's) is due 31 March; a department's, 31 January. */
export function isGovernmentReport(agencyName: string): boolean {
  return /人民政府$/.test(agencyName.trim())
}

/** The deadline for a report year: 31 January (or 31 March) of the following year. */
export function publicationDeadline(year: number, governmentReport: boolean): Date {
  return new Date(year + 1, governmentReport ? 2 : 0, 31)
}

function daysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())
  return Math.round((day(to) - day(from)) / 86_400_000)
}

/** W10 for `today`: e.g. “距发布期限（2022年1月31日）还有5天”, or that it has passed. */
export function checkW10(draft: ReportDraft, today: Date): Finding[] {
  const year = draft.meta.year
  if (year === null) return []
  const government = isGovernmentReport(draft.meta.agencyName)
  const deadline = publicationDeadline(year, government)
  const left = daysBetween(today, deadline)
  if (left > DEADLINE_REMINDER_DAYS) return []
  const date = `${deadline.getFullYear()}年${deadline.getMonth() + 1}月${deadline.getDate()}日`
  const who = government ? '政府年度报告' : '部门年度报告'
  const message =
    left < 0
      ? `${year}年度${who}的发布期限（${date}）已过${-left}天，请尽快发布`
      : left === 0
        ? `今天是${year}年度${who}的发布期限（${date}）`
        : `距${year}年度${who}的发布期限（${date}）还有${left}天`
  return [{ rule: 'W10', severity: 'warning', cells: [], fields: ['meta.year'], message }]
}
