/**
 * The report's Word file and web page from a draft: the draft/final decision, the file name and
 * the document model, then the renderer. What the buttons (and the bench) call.
 */
import type { ReportDraft } from '@/report'
import {
  buildDocumentBlocks,
  documentTitle,
  isDraftReport,
  reportFileName,
} from '@/report/document'
import { renderReportHtml, type ReportHtml } from './html/renderHtml'

/** A made file: its name, and whether it is a draft. */
export interface MadeExport {
  readonly fileName: string
  readonly isDraft: boolean
}

function plan(draft: ReportDraft, ext: string) {
  const isDraft = isDraftReport(draft)
  return {
    isDraft,
    blocks: buildDocumentBlocks(draft, isDraft),
    title: documentTitle(draft),
    fileName: reportFileName(draft.meta, isDraft, ext),
  }
}

/** The web page of a draft: the page, its body and its plain-text twin. */
export function makeReportHtml(draft: ReportDraft): MadeExport & { readonly html: ReportHtml } {
  const { isDraft, blocks, title, fileName } = plan(draft, 'html')
  return { isDraft, fileName, html: renderReportHtml(blocks, isDraft ? `${title}（草稿）` : title) }
}

/** The Word file of a draft (loads the docx package on first use). */
export async function makeReportDocx(
  draft: ReportDraft,
): Promise<MadeExport & { readonly bytes: Uint8Array }> {
  const { isDraft, blocks, title, fileName } = plan(draft, 'docx')
  const { buildReportDocx } = await import('./docx/buildDocx')
  const author = draft.meta.agencyName.trim()
  return { isDraft, fileName, bytes: await buildReportDocx(blocks, { title, author, isDraft }) }
}
