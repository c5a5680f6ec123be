/**
 * The report as the PDF typesets it: the shared document model of `@/report/document` (one
 * description for the PDF, the Word file and the web page); the 落款 carries its text as one
 * string too, for the font's characters.
 */
import type { ReportDraft } from '@/report'
import { buildDocumentBlocks, type DocumentBlock } from '@/report/document'
import type { SignatureBlock } from './signature'

export { DRAFT_NOTICE, printedCells, splitParagraphs } from '@/report/document'

/** One block of the PDF, in reading order. */
export type ReportBlock = Exclude<DocumentBlock, { kind: 'signature' }> | SignatureBlock

/** Builds the PDF's blocks of a report; `isDraft` adds the notice line under the title. */
export function buildReportBlocks(draft: ReportDraft, isDraft: boolean): ReportBlock[] {
  return toReportBlocks(buildDocumentBlocks(draft, isDraft))
}

/** The PDF's blocks of a planned output (`planOutput`): the 落款 as one string too. */
export function toReportBlocks(blocks: readonly DocumentBlock[]): ReportBlock[] {
  return blocks.map((block) =>
    block.kind === 'signature' ? { ...block, text: `${block.agency}${block.date}` } : block,
  )
}
