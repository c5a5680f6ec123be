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

/** After a failed save, try again this often (space may come back: another tab deleted a draft). */
export const SAVE_RETRY_MS = 3000

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

  // The drafts store marks what a commit left unsaved; this schedules the save.
  const stopCommits = report.onCommit(() => {
    if (!drafts.dirty) return
    clearTimeout(timer)
    timer = setTimeout(flush, delay)
  })

  // A failed save is retried on a timer, not only on the next edit.
  let retry: ReturnType<typeof setInterval> | undefined
  watch(
    () => drafts.status.kind === 'failed',
    (failed) => {
      clearInterval(retry)
      retry = failed ? setInterval(flush, SAVE_RETRY_MS) : undefined
    },
    { immediate: true },
  )

  // Ask before the page is left while anything exists only in this page's memory.
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    flush()
    if (!drafts.unsavedWork) return
    event.preventDefault()
    event.returnValue = ''
  }

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  const onStorage = (event: StorageEvent) => {
    drafts.receiveStorageEvent(event.key, event.newValue)
    if (drafts.status.kind === 'failed') flush()
  }

  onMounted(() => {
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', onBeforeUnload)
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('storage', onStorage)
  })
  onBeforeUnmount(() => {
    stopCommits()
    flush()
    clearInterval(retry)
    window.removeEventListener('pagehide', flush)
    window.removeEventListener('beforeunload', onBeforeUnload)
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('storage', onStorage)
  })
  return { flush }
}
