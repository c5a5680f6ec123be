/**
 * Keeps `--header-height` on the root element equal to the header's real height, so the sticky
 * review panel, the drafts list and scrolled-to fields sit under the header at every width.
 */
import { onBeforeUnmount, watch, type Ref } from 'vue'

/** Measures `header` whenever it is shown or changes size. */
export function useHeaderHeight(header: Ref<HTMLElement | null>): void {
  const root = document.documentElement
  const observer = new ResizeObserver(() => {
    const height = header.value?.getBoundingClientRect().height ?? 0
    root.style.setProperty('--header-height', `${Math.ceil(height)}px`)
  })
  watch(header, (now, before) => {
    if (before) observer.unobserve(before)
    if (now) observer.observe(now)
  })
  onBeforeUnmount(() => observer.disconnect())
}
