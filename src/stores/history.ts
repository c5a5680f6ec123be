/**
 * Undo and redo of edits to fields and cells. It subscribes to the report store's commits and
 * records the user's edits (origin `edit`); loading a draft clears it. Undo, redo and another
 * tab's changes are commits of their own origin and are never recorded.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { DraftChange } from '@/report'
import { useReportStore } from './report'

/** One undoable step: the values before and after. */
export interface HistoryEntry {
  before: readonly DraftChange[]
  after: readonly DraftChange[]
  at: number
  action: string
}

const TYPING_ACTIONS = new Set(['setCell', 'setMeta', 'setNarrative', 'setPreamble'])
/** Keystrokes in the same field closer than this form one undo step. */
export const COALESCE_MS = 1000
/** Most steps kept. */
export const HISTORY_LIMIT = 200

const samePaths = (a: readonly DraftChange[], b: readonly DraftChange[]) =>
  a.length === b.length && a.every((change, i) => change.path === b[i]?.path)

/** The last undo or redo: what it changed, for showing it (scroll, mark, announce). */
export interface AppliedStep {
  readonly direction: 'undo' | 'redo'
  readonly paths: readonly string[]
  /** Increases with every step, so the same paths twice still count as a new step. */
  readonly serial: number
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return i
  return -1
}

export const useHistoryStore = defineStore('history', () => {
  const report = useReportStore()
  const past = shallowRef<HistoryEntry[]>([])
  const future = shallowRef<HistoryEntry[]>([])
  const lastApplied = ref<AppliedStep | null>(null)

  function applied(direction: AppliedStep['direction'], entry: HistoryEntry): void {
    // The serial counts on from the last step's, so no counter is kept outside the state.
    const serial = (lastApplied.value?.serial ?? 0) + 1
    lastApplied.value = { direction, paths: entry.after.map((c) => c.path), serial }
  }

  function record(
    action: string,
    before: readonly DraftChange[],
    after: readonly DraftChange[],
  ): void {
    const at = Date.now()
    const last = past.value[past.value.length - 1]
    if (
      last &&
      TYPING_ACTIONS.has(action) &&
      last.action === action &&
      at - last.at < COALESCE_MS &&
      samePaths(last.after, after)
    ) {
      past.value = [...past.value.slice(0, -1), { ...last, after, at }]
    } else {
      past.value = [...past.value, { before, after, at, action }].slice(-HISTORY_LIMIT)
    }
    future.value = []
  }

  report.onCommit((commit) => {
    if (commit.origin === 'load') clear()
    else if (commit.origin === 'edit' && commit.changes.length > 0) {
      record(commit.kind, commit.before, commit.changes)
    }
  })

  /** Reverts the last edit; false when there is none. */
  function undo(): boolean {
    const entry = past.value[past.value.length - 1]
    if (!entry) return false
    past.value = past.value.slice(0, -1)
    future.value = [...future.value, entry]
    report.applyChanges(entry.before, 'undo')
    applied('undo', entry)
    return true
  }

  /**
   * Undoes the last edit that changed one field (Ctrl+Z inside it), even if other fields were
   * edited since — unless one of those later edits changed a field this step also changed (a
   * pasted block), which would then be lost; false when nothing is undone.
   */
  function undoPath(path: string): boolean {
    const index = lastIndexWhere(past.value, (entry) => entry.after.some((c) => c.path === path))
    const entry = past.value[index]
    if (!entry) return false
    const touched = new Set(entry.after.map((change) => change.path))
    const later = past.value.slice(index + 1)
    if (later.some((step) => step.after.some((change) => touched.has(change.path)))) return false
    past.value = past.value.filter((_, i) => i !== index)
    future.value = [...future.value, entry]
    report.applyChanges(entry.before, 'undo')
    applied('undo', entry)
    return true
  }

  /** Re-applies the last undone edit of one field (Ctrl+Shift+Z inside it), on the same terms. */
  function redoPath(path: string): boolean {
    const index = lastIndexWhere(future.value, (entry) => entry.after.some((c) => c.path === path))
    const entry = future.value[index]
    if (!entry) return false
    const touched = new Set(entry.after.map((change) => change.path))
    const later = future.value.slice(index + 1)
    if (later.some((step) => step.after.some((change) => touched.has(change.path)))) return false
    future.value = future.value.filter((_, i) => i !== index)
    past.value = [...past.value, { ...entry, at: 0 }]
    report.applyChanges(entry.after, 'redo')
    applied('redo', entry)
    return true
  }

  /** Re-applies the last undone edit; false when there is none. */
  function redo(): boolean {
    const entry = future.value[future.value.length - 1]
    if (!entry) return false
    future.value = future.value.slice(0, -1)
    past.value = [...past.value, { ...entry, at: 0 }]
    report.applyChanges(entry.after, 'redo')
    applied('redo', entry)
    return true
  }

  /** Forgets every step (a different draft was loaded). */
  function clear(): void {
    past.value = []
    future.value = []
    lastApplied.value = null
  }

  return {
    past,
    future,
    canUndo: computed(() => past.value.length > 0),
    canRedo: computed(() => future.value.length > 0),
    lastApplied,
    undo,
    redo,
    undoPath,
    redoPath,
    clear,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useHistoryStore, import.meta.hot))
