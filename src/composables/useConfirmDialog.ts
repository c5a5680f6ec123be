/**
 * An in-app question in place of window.confirm(): plain words, a list when there is one, and
 * two buttons named for what they do. `askConfirm` resolves true only for the confirm button.
 */
import { shallowRef } from 'vue'
import { focusOpener } from './useHeaderMenu'

/** What the dialog asks. */
export interface ConfirmRequest {
  readonly title: string
  readonly message: string
  /** Items the question is about (e.g. cells), shown as a list. */
  readonly items?: readonly string[]
  readonly confirmLabel: string
  readonly cancelLabel?: string
  /** True when confirming destroys something: the button is styled as such. */
  readonly danger?: boolean
}

interface Pending extends ConfirmRequest {
  readonly resolve: (answer: boolean) => void
  /** The element that had focus, which gets it back when the dialog closes. */
  readonly opener: HTMLElement | null
}

const pending = shallowRef<Pending | null>(null)

/** Asks a question in the page's dialog; a second question while one is open cancels the first. */
export function askConfirm(request: ConfirmRequest): Promise<boolean> {
  pending.value?.resolve(false)
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
  return new Promise((resolve) => {
    pending.value = { ...request, resolve, opener }
  })
}

/** Answers the open question and closes it. */
export function answerConfirm(answer: boolean): void {
  const current = pending.value
  if (!current) return
  pending.value = null
  current.resolve(answer)
  // The opener may sit in a header menu that closed meanwhile: then its menu's opener.
  focusOpener(current.opener)
}

/** The open question, for the dialog component. */
export function useConfirmRequest() {
  return pending
}
