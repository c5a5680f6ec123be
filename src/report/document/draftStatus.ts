/** Whether a report prints as a draft (草稿): the one decision every output asks. */
import type { ReportDraft } from '../draft'
import { draftOutputStatus, type GateContext } from '../gate'

/**
 * True while any hard rule fails or G1 lists a character (spec §5): the gate of `gate.ts`, which
 * the PDF asks too (with its fonts' coverage for G1). The Word file and the web page ask here.
 */
export function isDraftReport(
  draft: ReportDraft,
  context: GateContext = { today: new Date() },
): boolean {
  return draftOutputStatus(draft, context) === 'draft'
}
