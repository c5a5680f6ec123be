/** Saving a built PDF: the file name of spec §1 and a browser download. */
import { formatReportTitle, type ReportMeta } from '@/report'

/** `{机关名称}{年度}年政府信息公开工作年度报告.pdf`, with characters file systems reject removed. */
export function pdfFileName(meta: Pick<ReportMeta, 'agencyName' | 'year'>): string {
  const title = formatReportTitle(meta.agencyName.trim(), meta.year)
  return `${title.replace(/[\\/:*?"<>|\r\n]+/g, '')}.pdf`
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
