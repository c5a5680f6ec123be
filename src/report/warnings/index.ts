/** The warnings of spec §5 that need only the draft (W3–W6, W8–W10) or last year's (W7). */
import type { ReportDraft } from '../draft'
import type { Finding } from '../finding'
import type { CellValues } from '../totals'
import { checkW10 } from './deadline'
import { checkW3, checkW6, checkW8, checkW9 } from './narrativeWarnings'
import { checkW7 } from './similarity'
import { checkStalePreamble } from './stalePreamble'
import { checkW4, checkW5 } from './tableWarnings'

export * from './chineseNumerals'
export * from './deadline'
export * from './narrativeNumbers'
export * from './narrativeWarnings'
export * from './similarity'
export * from './stalePreamble'
export * from './tableWarnings'
export * from './textFields'

/** What the warnings need besides the draft: today's date and last year's draft, if known. */
export interface WarningContext {
  readonly today: Date
  readonly previous?: ReportDraft | null
}

/** Runs W3–W10 (W1/W2 come with last year's draft, in the drafts code). Never blocks anything. */
export function computeWarnings(
  draft: ReportDraft,
  values: CellValues,
  context: WarningContext,
): Finding[] {
  return [
    ...checkW3(draft, values),
    ...checkStalePreamble(draft),
    ...checkW4(draft, values),
    ...checkW5(draft, values),
    ...checkW6(draft),
    ...checkW7(draft, context.previous ?? null),
    ...checkW8(draft),
    ...checkW9(draft),
    ...checkW10(draft, context.today),
  ]
}
