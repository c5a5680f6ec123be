/**
 * The report as the PDF typesets it: the shared document model of `@/report/document` (one
 * description for the PDF, the Word file and the web page), minus what the PDF does not lay out
 * yet — the 落款 (issue 11 adds it to the PDF's layout).
 */
import type { ReportDraft } from '@/report'
import { buildDocumentBlocks, type DocumentBlock } from '@/report/document'

export { DRAFT_NOTICE, printedCells, splitParagraphs } from '@/report/document'

/** One block of the PDF, in reading order. */
export type ReportBlock = Exclude<DocumentBlock, { kind: 'signature' }>

/** Builds the PDF's blocks of a report; `isDraft` adds the notice line under the title. */
export function buildReportBlocks(draft: ReportDraft, isDraft: boolean): ReportBlock[] {
  return buildDocumentBlocks(draft, isDraft).filter(
    (block): block is ReportBlock => block.kind !== 'signature',
  )
}
