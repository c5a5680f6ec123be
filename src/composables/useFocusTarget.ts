/** Moves keyboard focus to the cell or field a finding concerns. */
import type { CellKey, Finding } from '@/report'

/** A finding that may point at a phrase inside its text field (W3, W8, W9). */
type MaybeRanged = Finding & { readonly range?: { readonly start: number; readonly end: number } }

function findField(finding: Finding): HTMLElement | null {
  for (const path of finding.fields) {
    const element = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`)
    if (element) return element
  }
  return null
}

// A finding that names a phrase (W3: the narrative's number) goes to the text first; others go to
// the cell first, since that is usually what needs fixing.
function findTarget(finding: MaybeRanged, preferred?: CellKey): HTMLElement | null {
  const chosen = preferred
    ? document.querySelector<HTMLElement>(`input[data-cell="${CSS.escape(preferred)}"]`)
    : null
  if (chosen) return chosen
  if (finding.range) {
    const field = findField(finding)
    if (field) return field
  }
  for (const key of finding.cells) {
    const element = document.querySelector<HTMLElement>(`input[data-cell="${CSS.escape(key)}"]`)
    if (element) return element
  }
  for (const key of finding.cells) {
    const element = document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(key)}"]`)
    if (element) return element
  }
  return findField(finding)
}

/**
 * Focuses (and scrolls to) `preferred` (R1: the cell last changed) or else the first element a
 * finding points at, selecting the phrase when the finding names one in a text field; false if
 * nothing it points at is on the page.
 */
export function focusFinding(finding: MaybeRanged, preferred?: CellKey): boolean {
  const target = findTarget(finding, preferred)
  if (!target) return false
  target.scrollIntoView({ block: 'center', behavior: 'instant' })
  target.focus({ preventScroll: true })
  if (target instanceof HTMLTextAreaElement && finding.range) {
    target.setSelectionRange(finding.range.start, finding.range.end)
  } else if (target instanceof HTMLInputElement) {
    target.select()
  }
  return true
}
