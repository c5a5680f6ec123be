/**
 * The report's Word file and web page from a draft: the draft/final decision, the file name and
 * the document model, then the renderer. What the buttons (and the bench) call.
 */
import type { ReportDraft } from '@/report'
import { planOutput } from '@/report/document'
import { renderReportHtml, type ReportHtml } from './html/renderHtml'

/** A made file: its name, and whether it is a draft. */
export interface MadeExport {
  readonly fileName: string
  readonly isDraft: boolean
}

/** The web page of a draft: the page, its body and its plain-text twin. */
export function makeReportHtml(draft: ReportDraft): MadeExport & { readonly html: ReportHtml } {
  const { isDraft, blocks, fileTitle, fileName } = planOutput(draft, 'html')
  return { isDraft, fileName, html: renderReportHtml(blocks, fileTitle) }
}

/** The Word file of a draft (loads the docx package on first use). */
export async function makeReportDocx(
  draft: ReportDraft,
): Promise<MadeExport & { readonly bytes: Uint8Array }> {
  const { isDraft, blocks, title, fileName } = planOutput(draft, 'docx')
  const { buildReportDocx } = await import('./docx/buildDocx')
  const author = draft.meta.agencyName.trim()
  return { isDraft, fileName, bytes: await buildReportDocx(blocks, { title, author, isDraft }) }
}
