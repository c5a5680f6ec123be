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

const shown = (element: HTMLElement | null | undefined): boolean =>
  Boolean(element?.checkVisibility({ visibilityProperty: true }))

/**
 * Gives focus back to the control that opened a panel; when that control sits in a closed menu
 * (a header menu, or the folded 菜单 on a phone), to the nearest visible opener of its menus.
 */
export function focusOpener(opener: HTMLElement | null | undefined): void {
  if (opener && shown(opener)) return opener.focus()
  const menus = opener?.closest('.header-menu')
  const menuOpener = menus?.querySelector<HTMLElement>(':scope > [data-menu]')
  if (menuOpener && shown(menuOpener)) return menuOpener.focus()
  document.querySelector<HTMLElement>('[data-action="header-menu"]')?.focus()
}
