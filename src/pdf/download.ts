/** Saving a built PDF: the file name of spec §1 and a browser download. */
import { formatReportTitle, outputFileName, type OutputStatus, type ReportMeta } from '@/report'

/**
 * `{机关名称}{年度}年政府信息公开工作年度报告.pdf`, `…（草稿）.pdf` for a draft; characters file
 * systems reject and control characters removed, the length capped (see `outputFileName`).
 */
export function pdfFileName(
  meta: Pick<ReportMeta, 'agencyName' | 'year'>,
  status: OutputStatus,
): string {
  return outputFileName(formatReportTitle(meta.agencyName.trim(), meta.year), 'pdf', status)
}

/** Offers `bytes` as a download named `fileName`. */
export function downloadPdf(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
