/**
 * The review as two tables of plain values (the .xlsx export writes them): a summary with one
 * row per report, and the findings with one row per finding. Built apart from the file format so
 * tests can read them directly.
 */
import { findCell, type ParsedCell } from '@/report'
import { KEY_FIGURE_LABELS, type KeyFigures } from '@/report/workspace/reportReview'
import type { WorkspaceRow } from '@/report/workspace/records'

/** A cell of a sheet. */
export type SheetValue = string | number

const SEVERITY_LABELS = { error: '错误', warning: '提示', info: '说明' } as const
const FIGURE_KEYS = Object.keys(KEY_FIGURE_LABELS) as (keyof KeyFigures)[]

/** Headings of the summary sheet. */
export const SUMMARY_HEADINGS = [
  '机关名称',
  '行政层级',
  '年度',
  '错误数',
  '提示数',
  '规则',
  ...FIGURE_KEYS.map((key) => KEY_FIGURE_LABELS[key]),
  '文件',
  '版本',
  '指纹',
  '无法读取的原因',
]

/** Headings of the findings sheet. */
export const FINDING_HEADINGS = ['机关名称', '年度', '规则', '类别', '内容', '单元格', '文件']

const figure = (cell: ParsedCell): SheetValue =>
  cell.status === 'valid' ? cell.value : cell.status === 'blank' ? '' : '?'

/** “第2版（最新）”, or '' for the only version of a report. */
const versionText = (version: WorkspaceRow['version']): string =>
  version.count > 1 ? `第${version.version}版（${version.superseded ? '已被替代' : '最新'}）` : ''

/** The summary sheet: headings, then one row per report (unreadable files say why). */
export function summarySheet(rows: readonly WorkspaceRow[]): SheetValue[][] {
  return [
    SUMMARY_HEADINGS,
    ...rows.map(({ record, review, version }): SheetValue[] =>
      review
        ? [
            review.agencyName,
            review.level ?? '',
            review.year ?? '',
            review.errorCount,
            review.warningCount,
            review.rules.join(' '),
            ...FIGURE_KEYS.map((key) => figure(review.figures[key])),
            record.fileName,
            versionText(version),
            record.fingerprint ?? '',
            '',
          ]
        : [
            '',
            '',
            '',
            '',
            '',
            '',
            ...FIGURE_KEYS.map(() => ''),
            record.fileName,
            '',
            '',
            record.problem ?? '',
          ],
    ),
  ]
}

/** The findings sheet: headings, then one row per finding of every readable report. */
export function findingsSheet(rows: readonly WorkspaceRow[]): SheetValue[][] {
  return [
    FINDING_HEADINGS,
    ...rows.flatMap(({ record, review }) =>
      (review?.findings ?? []).map((finding): SheetValue[] => [
        review?.agencyName ?? '',
        review?.year ?? '',
        finding.rule,
        SEVERITY_LABELS[finding.severity],
        finding.message,
        finding.cells.map((key) => findCell(key)?.name ?? key).join('；'),
        record.fileName,
      ]),
    ),
  ]
}
