/** All findings of a draft, in the order the review panel lists them. */
import { checkR1 } from './balance'
import type { ReportDraft } from './draft'
import { checkM1, checkV1, checkV2 } from './entry'
import type { Finding } from './finding'
import type { CellValues } from './totals'

/** Runs M1, V1, R1 and V2 over a draft and its computed values (warnings come from later rules). */
export function computeFindings(draft: ReportDraft, values: CellValues): Finding[] {
  return [...checkM1(draft), ...checkV1(draft, values), ...checkR1(values), ...checkV2(values)]
}
