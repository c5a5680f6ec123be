/** All hard-rule findings of a draft, in the order the review panel lists them. */
import type { ReportDraft } from './draft'
import type { Finding } from './finding'
import { hardRuleFindings, type GateContext } from './gate'
import type { CellValues } from './totals'

/**
 * M1, M2, V1, R1, V2 and G1 over a draft and its computed values (warnings come from later
 * rules): the same list the output gate decides on.
 */
export function computeFindings(
  draft: ReportDraft,
  values: CellValues,
  context: Partial<GateContext> = {},
): Finding[] {
  return hardRuleFindings(draft, { today: new Date(), ...context, values })
}
