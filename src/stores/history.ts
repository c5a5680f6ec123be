/**
 * Undo and redo of edits to fields and cells. It listens to the report store's edit actions and
 * records what they changed; loading a draft clears it. Changes applied by undo, redo, autosave
 * or another tab go through `applyChanges`, which is not an edit and is never recorded.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { diffFlat, flattenDraft, valuesAt, type DraftChange } from '@/report'
import { useReportStore } from './report'

/** One undoable step: the values before and after. */
interface HistoryEntry {
  before: DraftChange[]
  after: DraftChange[]
  at: number
  action: string
}

const EDIT_ACTIONS = new Set([
  'setCell',
  'setCells',
  'setMeta',
  'setNarrative',
  'setPreamble',
  'resetPreamble',
  'fillBlanksWithZero',
])
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

  function record(action: string, before: DraftChange[], after: DraftChange[]): void {
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

  report.$onAction(({ name, after }) => {
    if (name === 'loadDraft') {
      after(() => clear())
      return
    }
    if (!EDIT_ACTIONS.has(name)) return
    const beforeFlat = flattenDraft(report.draft)
    after(() => {
      const changes = diffFlat(beforeFlat, flattenDraft(report.draft))
      if (changes.length > 0) record(name, valuesAt(beforeFlat, changes), changes)
    })
  }, true)

  /** Reverts the last edit; false when there is none. */
  function undo(): boolean {
    const entry = past.value[past.value.length - 1]
    if (!entry) return false
    past.value = past.value.slice(0, -1)
    future.value = [...future.value, entry]
    report.applyChanges(entry.before)
    return true
  }

  /** Re-applies the last undone edit; false when there is none. */
  function redo(): boolean {
    const entry = future.value[future.value.length - 1]
    if (!entry) return false
    future.value = future.value.slice(0, -1)
    past.value = [...past.value, { ...entry, at: 0 }]
    report.applyChanges(entry.after)
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
