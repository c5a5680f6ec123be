/**
 * Autosave: every change to the draft is saved `delay` ms after the last one, and at once when
 * the page is hidden or closed (pagehide, visibilitychange). Inputs write to the store on every
 * `input` event, so a flush includes a field still being typed in. Also relays other tabs' saves.
 */
import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useDraftsStore } from '@/stores/drafts'
import { useReportStore } from '@/stores/report'

/** Delay after the last change before saving (the issue asks for ≤ 500 ms). */
export const AUTOSAVE_DELAY_MS = 400

/** Starts autosaving the open draft for the lifetime of the calling component. */
export function useAutosave(delay = AUTOSAVE_DELAY_MS): { flush: () => void } {
  const report = useReportStore()
  const drafts = useDraftsStore()
  let timer: ReturnType<typeof setTimeout> | undefined

  function flush(): void {
    clearTimeout(timer)
    timer = undefined
    drafts.saveNow()
  }

  watch(
    () => report.draft,
    () => {
      drafts.markDirty()
      if (!drafts.dirty) return
      clearTimeout(timer)
      timer = setTimeout(flush, delay)
    },
    { deep: true, flush: 'sync' },
  )

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  const onStorage = (event: StorageEvent) => drafts.receiveStorageEvent(event.key, event.newValue)

  onMounted(() => {
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('storage', onStorage)
  })
  onBeforeUnmount(() => {
    flush()
    window.removeEventListener('pagehide', flush)
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('storage', onStorage)
  })
  return { flush }
}
