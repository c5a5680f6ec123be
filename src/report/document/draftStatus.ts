/** Whether a report prints as a draft (草稿): the one decision every output asks. */
import type { ReportDraft } from '../draft'
import { hasErrors } from '../finding'
import { computeFindings } from '../findings'
import { computeDraftValues } from '../totals'

/**
 * True while any hard rule fails (spec §5) — the same test the PDF makes. The single place the
 * Word file and the web page ask, so a wider rule (e.g. adding G1) is changed here once.
 */
export function isDraftReport(draft: ReportDraft): boolean {
  return hasErrors(computeFindings(draft, computeDraftValues(draft)))
}
