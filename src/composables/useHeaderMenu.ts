/**
 * The header's actions fold into a menu on narrow screens (a phone): open or closed, shared by
 * the menu button and the header. On wide screens the actions are always shown.
 */
import { ref } from 'vue'

const open = ref(false)

/** Whether the folded menu is open (only matters on narrow screens). */
export function useHeaderMenu() {
  return {
    open,
    toggle: () => (open.value = !open.value),
    close: () => (open.value = false),
  }
}

/**
 * Gives focus back to the control that opened a panel; on a phone, where that control sits in
 * the folded menu and is hidden, to the menu button instead.
 */
export function focusOpener(opener: HTMLElement | null | undefined): void {
  if (opener && opener.checkVisibility({ visibilityProperty: true })) opener.focus()
  else document.querySelector<HTMLElement>('[data-action="header-menu"]')?.focus()
}
