/**
 * Never leave a draft that is not saved without asking: before 新建草稿, opening another draft or
 * importing a file, `confirmLeave()` tries to save; if the edits still cannot be stored (a failed
 * save, a pending tab conflict) it opens UnsavedLeaveDialog, which offers the file export.
 */
import { shallowRef } from 'vue'
import { useDraftsStore } from '@/stores/drafts'

/** The question being asked, and how to answer it. */
export interface LeaveRequest {
  readonly reason: 'failed' | 'conflict'
  answer(leave: boolean): void
}

const request = shallowRef<LeaveRequest | null>(null)

/** The leave question and the guard that asks it. */
export function useLeaveGuard() {
  const drafts = useDraftsStore()

  /** True when the open draft may be left: it is saved, or the user chose to leave it anyway. */
  function confirmLeave(): Promise<boolean> {
    if (drafts.canLeaveSafely()) return Promise.resolve(true)
    request.value?.answer(false)
    const reason = drafts.unsavedWork === 'conflict' ? 'conflict' : 'failed'
    return new Promise((resolve) => {
      request.value = {
        reason,
        answer(leave) {
          request.value = null
          resolve(leave)
        },
      }
    })
  }

  /** Runs `action` once the open draft may be left. */
  async function guarded(action: () => void): Promise<void> {
    if (await confirmLeave()) action()
  }

  return { request, confirmLeave, guarded }
}
