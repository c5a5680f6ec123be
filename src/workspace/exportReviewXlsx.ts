/**
 * The review as an .xlsx workbook (sheets 汇总 and 问题清单), written with SheetJS 0.20
 * (`@e965/xlsx`, not the npm `xlsx` 0.18.5 with open advisories), loaded on first use.
 */
import type { WorkspaceRow } from '@/report/workspace/records'
import { clipSheet } from './clipCell'
import { findingsSheet, summarySheet, type SheetValue } from './reviewSheets'

/** Names of the two sheets. */
export const REVIEW_SHEET_NAMES = { summary: '汇总', findings: '问题清单' } as const

/** The workbook's bytes. */
export async function buildReviewXlsx(rows: readonly WorkspaceRow[]): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx')
  const book = XLSX.utils.book_new()
  const add = (name: string, data: SheetValue[][], widths: number[]) => {
    const sheet = XLSX.utils.aoa_to_sheet(clipSheet(data))
    sheet['!cols'] = widths.map((wch) => ({ wch }))
    // A filter on the heading row, so a reviewer can sort and pick rows in Excel or WPS.
    if (sheet['!ref']) sheet['!autofilter'] = { ref: sheet['!ref'] }
    XLSX.utils.book_append_sheet(book, sheet, name)
  }
  add(
    REVIEW_SHEET_NAMES.summary,
    summarySheet(rows),
    [28, 10, 6, 6, 6, 16, 9, 9, 12, 10, 11, 11, 30, 18, 40],
  )
  add(REVIEW_SHEET_NAMES.findings, findingsSheet(rows), [28, 6, 6, 6, 70, 30, 30])
  return new Uint8Array(
    XLSX.write(book, {
      bookType: 'xlsx',
      type: 'array',
      compression: true,
      // Shared strings, as Excel writes them: some readers do not take inline strings.
      bookSST: true,
    }),
  )
}

/** The file name: “年报审核结果（2026-12-02）.xlsx”. */
export function reviewFileName(today = new Date()): string {
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
  return `年报审核结果（${day}）.xlsx`
}
