/**
 * Undo and redo of edits to fields and cells. It subscribes to the report store's commits and
 * records the user's edits (origin `edit`); loading a draft clears it. Undo, redo and another
 * tab's changes are commits of their own origin and are never recorded.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
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

export const useHistoryStore = defineStore('history', () => {
  const report = useReportStore()
  const past = shallowRef<HistoryEntry[]>([])
  const future = shallowRef<HistoryEntry[]>([])

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
    return true
  }

  /** Re-applies the last undone edit; false when there is none. */
  function redo(): boolean {
    const entry = future.value[future.value.length - 1]
    if (!entry) return false
    future.value = future.value.slice(0, -1)
    past.value = [...past.value, { ...entry, at: 0 }]
    report.applyChanges(entry.after, 'redo')
    return true
  }

  /** Forgets every step (a different draft was loaded). */
  function clear(): void {
    past.value = []
    future.value = []
  }

  return {
    canUndo: computed(() => past.value.length > 0),
    canRedo: computed(() => future.value.length > 0),
    undo,
    redo,
    clear,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useHistoryStore, import.meta.hot))
