/** The report's text fields in reading order, with the names a person knows them by. */
import type { FieldPath, ReportDraft } from '../draft'
import { OVERVIEW_SECTION_HEADINGS, OVERVIEW_SECTION_KEYS, PART_HEADINGS } from '../format'
import { effectivePreamble } from '../preamble'

/** One text field: its `data-field` path, a label for messages, and its text. */
export interface TextField {
  readonly path: FieldPath
  readonly label: string
  readonly text: string
}

/** Every text field of a draft, preamble first (the effective one, generated or edited). */
export function listTextFields(draft: ReportDraft): TextField[] {
  const { overview } = draft.narrative
  return [
    { path: 'preamble', label: '开头说明', text: effectivePreamble(draft) },
    {
      path: 'narrative.overview.intro',
      label: `${PART_HEADINGS.overview}概述`,
      text: overview.intro,
    },
    ...OVERVIEW_SECTION_KEYS.map((key) => ({
      path: `narrative.overview.${key}` as const,
      label: `${PART_HEADINGS.overview}${OVERVIEW_SECTION_HEADINGS[key]}`,
      text: overview[key],
    })),
    { path: 'narrative.problems', label: PART_HEADINGS.problems, text: draft.narrative.problems },
    {
      path: 'narrative.otherMatters',
      label: PART_HEADINGS.otherMatters,
      text: draft.narrative.otherMatters,
    },
  ]
}
