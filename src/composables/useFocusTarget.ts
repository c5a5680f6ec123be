/** Moves keyboard focus to the cell or field a finding concerns. */
import type { Finding } from '@/report'

function findTarget(finding: Finding): HTMLElement | null {
  for (const key of finding.cells) {
    const element = document.querySelector<HTMLElement>(`input[data-cell="${CSS.escape(key)}"]`)
    if (element) return element
  }
  for (const key of finding.cells) {
    const element = document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(key)}"]`)
    if (element) return element
  }
  for (const path of finding.fields) {
    const element = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`)
    if (element) return element
  }
  return null
}

/** Focuses (and scrolls to) the first element a finding points at; false if none is on the page. */
export function focusFinding(finding: Finding): boolean {
  const target = findTarget(finding)
  if (!target) return false
  target.scrollIntoView({ block: 'center', behavior: 'instant' })
  target.focus({ preventScroll: true })
  if (target instanceof HTMLInputElement) target.select()
  return true
}
