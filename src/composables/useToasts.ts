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
}

const toasts = reactive<Toast[]>([])
let nextId = 1

/** Shows a notice (replacing one of the same `notice`); it stays until closed or replaced. */
export function showToast(text: string, notice: string, kind: Toast['kind'] = 'info'): void {
  const index = toasts.findIndex((toast) => toast.notice === notice)
  const toast = { id: nextId++, text, kind, notice }
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

/** The current notices, for the component that shows them. */
export function useToasts(): readonly Toast[] {
  return toasts
}
