/** Whether a draft is still as it was created: nothing typed anywhere yet. */
import type { ReportDraft } from './draft'

/**
 * True while no text, no metadata beyond the preset year, no cell and no edited preamble has
 * been entered. The editor shows no red on such a draft: a first visit is not a mistake.
 */
export function isPristineDraft(draft: ReportDraft): boolean {
  const { meta, narrative } = draft
  const texts = [
    meta.agencyName,
    meta.websiteName,
    meta.websiteUrl,
    meta.address,
    meta.phone,
    meta.issuedOn ?? '',
    narrative.problems,
    narrative.otherMatters,
    ...Object.values(narrative.overview),
    ...Object.values(draft.cells),
  ]
  return (
    draft.preamble === null &&
    meta.level === null &&
    draft.importReview === undefined &&
    texts.every((text) => text.trim() === '')
  )
}
