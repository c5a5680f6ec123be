/**
 * One output plan: the draft/final decision, the title, the file name and the blocks, decided
 * once here for the PDF, the Word file and the web page (each only renders the plan).
 */
import type { ReportDraft } from '../draft'
import { draftOutputStatus, type GateContext } from '../gate'
import { buildDocumentBlocks, documentTitle, type DocumentBlock } from './blocks'
import { DRAFT_FILE_SUFFIX, reportFileName } from './fileName'

/** What every output of a draft is made from. */
export interface OutputPlan {
  /** True while the gate of spec §5 keeps the report a 草稿. */
  readonly isDraft: boolean
  /** `{机关名称}{年度}年政府信息公开工作年度报告`, as printed at the top. */
  readonly title: string
  /** The title as the file's own metadata/page title: with （草稿） for a draft. */
  readonly fileTitle: string
  /** The download's file name, `[（草稿）].{ext}` included. */
  readonly fileName: string
  /** The blocks to render, the draft notice included for a draft. */
  readonly blocks: readonly DocumentBlock[]
}

/** Plans an output of `draft` with extension `ext`; the gate asks `context` (today, fonts). */
export function planOutput(
  draft: ReportDraft,
  ext: string,
  context: GateContext = { today: new Date() },
): OutputPlan {
  const isDraft = draftOutputStatus(draft, context) === 'draft'
  const title = documentTitle(draft)
  return {
    isDraft,
    title,
    fileTitle: isDraft ? `${title}${DRAFT_FILE_SUFFIX}` : title,
    fileName: reportFileName(draft.meta, isDraft, ext),
    blocks: buildDocumentBlocks(draft, isDraft),
  }
}
