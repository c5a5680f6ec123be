/**
 * Short notices that float over the page instead of growing the header: what just happened
 * (a copy opened, a draft restored, a PDF made). One list for the whole page.
 */
import { reactive } from 'vue'

/** One notice; `id` is stable for rendering and dismissing. */
export interface Toast {
  readonly id: number
  readonly text: string
  readonly kind: 'info' | 'error'
  /** A data-notice hook for tests and for replacing the notice of the same kind. */
  readonly notice: string
  /** The draft the notice names (“现在编辑的是…”): it closes once that no longer holds. */
  readonly names?: string
}

const toasts = reactive<Toast[]>([])
let nextId = 1

/**
 * Shows a notice (replacing one of the same `notice`); it stays until closed or replaced, or,
 * when it `names` the open draft, until the open draft is called something else.
 */
export function showToast(
  text: string,
  notice: string,
  kind: Toast['kind'] = 'info',
  names?: string,
): void {
  const index = toasts.findIndex((toast) => toast.notice === notice)
  const toast = { id: nextId++, text, kind, notice, names }
  if (index >= 0) toasts.splice(index, 1, toast)
  else toasts.push(toast)
  // Only the latest few matter; older ones would only push the page content out of view.
  while (toasts.length > 3) toasts.shift()
}

/** Closes a notice. */
export function dismissToast(id: number): void {
  const index = toasts.findIndex((toast) => toast.id === id)
  if (index >= 0) toasts.splice(index, 1)
}

/** Closes the notices that name another draft than `current` (the open one, as now labelled). */
export function dismissStale(current: string): void {
  for (let i = toasts.length - 1; i >= 0; i--) {
    const names = toasts[i]?.names
    if (names !== undefined && names !== current) toasts.splice(i, 1)
  }
}

/** The current notices, for the component that shows them. */
export function useToasts(): readonly Toast[] {
  return toasts
}
