/**
 * Autosave: every change to the draft is saved as soon as the page is idle after it (a crash or
 * a killed tab loses at most the keystroke in flight), and at once when the page is hidden or
 * closed (pagehide, visibilitychange). Commits that arrive before the idle moment — a burst such
 * as a pasted block — share one save. Inputs write to the store on every `input` event, so a
 * save includes a field still being typed in. Also relays other tabs' saves.
 */
import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useDraftsStore } from '@/stores/drafts'
import { useReportStore } from '@/stores/report'

/**
 * Longest wait for an idle moment before saving anyway (a busy page still saves within it).
 * A tab killed 200 ms after a keystroke lost it when saves waited for a 500 ms debounce.
 */
export const AUTOSAVE_DELAY_MS = 100

/** After a failed save, try again this often (space may come back: another tab deleted a draft). */
export const SAVE_RETRY_MS = 3000

/** Starts autosaving the open draft for the lifetime of the calling component. */
export function useAutosave(delay = AUTOSAVE_DELAY_MS): { flush: () => void } {
  const report = useReportStore()
  const drafts = useDraftsStore()
  let pending: (() => void) | undefined

  function flush(): void {
    pending?.()
    pending = undefined
    drafts.saveNow()
  }

  /** Saves once the page is idle (or after `delay` at the latest); returns how to cancel it. */
  function whenIdle(): () => void {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(flush, { timeout: delay })
      return () => cancelIdleCallback(handle)
    }
    const handle = setTimeout(flush, 0)
    return () => clearTimeout(handle)
  }

  // The drafts store marks what a commit left unsaved; this schedules the save. A save already
  // scheduled takes the later commits too: a burst is merged, never postponed.
  const stopCommits = report.onCommit(() => {
    if (!drafts.dirty || pending) return
    pending = whenIdle()
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
