// The seed fixture as a ReportDraft, for unit tests.
import { INPUT_CELLS, createEmptyDraft, type ReportDraft } from '@/report'
import { SEED_TEXT } from './fixtures/seed'

/** The seed report with every cell filled with `fill` (blank cells when null). */
export function seedDraft(fill: string | null = '0'): ReportDraft {
  const draft: ReportDraft = {
    ...createEmptyDraft(2021),
    ...structuredClone(SEED_TEXT),
  } as ReportDraft
  if (fill !== null) for (const cell of INPUT_CELLS) draft.cells[cell.key] = fill
  return draft
}
