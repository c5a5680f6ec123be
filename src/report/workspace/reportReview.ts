/**
 * One report as the workspace shows it: every finding the editor would list for it (the same
 * rule functions, nothing re-implemented), its counts, its distinct rule ids and key figures.
 */
import { cellKey, type TableId } from '../cells'
import type { Level } from '../format'
import type { ReportDraft } from '../draft'
import type { Finding, RuleId } from '../finding'
import { computeFindings } from '../findings'
import { pendingImportFindings, readImportReview } from '../import/review'
import type { ParsedCell } from '../numbers'
import { computeDraftValues, sumCells, type CellValues } from '../totals'
import { checkPreviousYear } from '../previousYear'
import { computeWarnings } from '../warnings'

/** The figures a reviewer compares across reports (totals of table 3 and table 4). */
export interface KeyFigures {
  /** 一、本年新收 总计. */
  readonly newReceived: ParsedCell
  /** 二、上年结转 总计. */
  readonly carriedOver: ParsedCell
  /** 三（七）总计 总计 (办结). */
  readonly resultsTotal: ParsedCell
  /** 四、结转下年度继续办理 总计. */
  readonly carriedForward: ParsedCell
  /** 行政复议 总计. */
  readonly reconsideration: ParsedCell
  /** 行政诉讼 总计: 未经复议直接起诉 + 复议后起诉. */
  readonly litigation: ParsedCell
}

/** Column headings of the key figures, in order (the workspace table and the .xlsx use them). */
export const KEY_FIGURE_LABELS: Readonly<Record<keyof KeyFigures, string>> = {
  newReceived: '本年新收',
  carriedOver: '上年结转',
  resultsTotal: '办结（七）总计',
  carriedForward: '结转下年度',
  reconsideration: '行政复议总计',
  litigation: '行政诉讼总计',
}

/** What the workspace knows of one report, all derived from its draft. */
export interface ReportReview {
  readonly agencyName: string
  readonly year: number | null
  readonly level: Level | null
  readonly findings: readonly Finding[]
  readonly errorCount: number
  readonly warningCount: number
  /** Distinct rule ids of the findings, in the order they first appear. */
  readonly rules: readonly RuleId[]
  readonly figures: KeyFigures
}

/** The key figures of computed values. */
export function keyFigures(values: CellValues): KeyFigures {
  const get = (table: TableId, row: string) =>
    values.get(cellKey(table, row, 'total')) ?? { status: 'blank' as const }
  return {
    newReceived: get('table3', 'newReceived'),
    carriedOver: get('table3', 'carriedOver'),
    resultsTotal: get('table3', 'resultsTotal'),
    carriedForward: get('table3', 'carriedForward'),
    reconsideration: get('table4', 'reconsideration'),
    litigation: sumCells([
      get('table4', 'litigationDirect'),
      get('table4', 'litigationAfterReconsideration'),
    ]),
  }
}

/** A key figure as text: the number, '' when blank, '?' when a part is not a number. */
export function figureText(cell: ParsedCell): string {
  return cell.status === 'valid' ? String(cell.value) : cell.status === 'blank' ? '' : '?'
}

/**
 * Reviews a draft as the editor would on `today` (rules, warnings, a pending import review), in
 * the editor's order; with the same agency's previous-year report, W1, W2 and W7 as well.
 */
export function reviewReport(
  draft: ReportDraft,
  today: Date,
  previous: ReportDraft | null = null,
): ReportReview {
  const values = computeDraftValues(draft)
  const imported = readImportReview(draft.importReview)
  const findings = [
    ...computeFindings(draft, values),
    ...(previous ? checkPreviousYear(values, computeDraftValues(previous)) : []),
    ...computeWarnings(draft, values, { today, previous }),
    ...(imported ? pendingImportFindings(imported) : []),
  ]
  return {
    agencyName: draft.meta.agencyName.trim(),
    year: draft.meta.year,
    level: draft.meta.level,
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    rules: [...new Set(findings.map((f) => f.rule))],
    figures: keyFigures(values),
  }
}
