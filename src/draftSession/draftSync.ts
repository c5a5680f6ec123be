/**
 * Tab sync for the open draft: when another tab saved a newer revision, edits to different
 * paths are merged; edits to the same path are a conflict the user decides.
 */
import { ref, shallowRef } from 'vue'
import {
  applyDraftChanges,
  diffFlat,
  flattenDraft,
  mergeDrafts,
  valuesAt,
  type FlatDraft,
  type ReportDraft,
} from '@/report'
import {
  draftIdOfKey,
  loadDraftCheck,
  loadedDraftCheck,
  parseEnvelope,
  type DraftEnvelope,
} from '@/storage'

/** A newer stored revision whose edits collide with this tab's unsaved ones. */
export interface DraftConflict {
  readonly stored: DraftEnvelope
  readonly paths: readonly string[]
}

/** What the sync needs from the drafts store. */
export interface DraftSyncHooks {
  current(): { id: string; revision: number; base: FlatDraft }
  /** The draft in the editor as it is now, with this tab's unsaved edits (a plain object). */
  editorDraft(): ReportDraft
  /** The stored revision is now the base; save if this tab still has edits of its own. */
  accept(stored: DraftEnvelope, hasLocalEdits: boolean): void
  /** Shows `next` in the editor (not an edit: no history, no dirty mark). */
  apply(next: ReportDraft): void
}

/** Conflict state and the handlers for another tab's saves. */
export function useDraftSync(hooks: DraftSyncHooks) {
  const conflict = shallowRef<DraftConflict | null>(null)
  const mergedNotice = ref<string | null>(null)

  function receive(stored: DraftEnvelope): void {
    const current = hooks.current()
    if (stored.id !== current.id || stored.revision <= current.revision) return
    const mine = hooks.editorDraft()
    const hasLocalEdits = diffFlat(current.base, flattenDraft(mine)).length > 0
    const { merged, conflicts } = mergeDrafts(current.base, mine, stored.draft)
    if (conflicts.length > 0) {
      conflict.value = { stored, paths: conflicts }
      return
    }
    conflict.value = null
    hooks.apply(merged)
    if (hasLocalEdits) mergedNotice.value = '另一个标签页保存了本草稿，已与本页的修改合并。'
    hooks.accept(stored, hasLocalEdits)
  }

  // Saves still waiting for the draft check (loaded on demand), handled strictly in the order
  // the storage events came: a newer revision must never be applied before an older one.
  let waiting = Promise.resolve()
  let waitingCount = 0

  function receiveChecked(text: string): void {
    const parsed = parseEnvelope(text)
    if (parsed.ok) receive(parsed.envelope)
  }

  function receiveText(key: string | null, newValue: string | null): void {
    if (newValue === null || draftIdOfKey(key) !== hooks.current().id) return
    if (waitingCount === 0 && loadedDraftCheck()) return receiveChecked(newValue)
    waitingCount += 1
    waiting = waiting
      .then(() => loadDraftCheck())
      .then(
        () => receiveChecked(newValue),
        // No check (offline): this save cannot be judged; the next reload or event reads it.
        () => undefined,
      )
      .finally(() => (waitingCount -= 1))
  }

  /** Settles a conflict: keep this tab's values on the disputed paths, or the other tab's. */
  function resolve(choice: 'mine' | 'theirs'): void {
    const pending = conflict.value
    if (!pending) return
    const mine = hooks.editorDraft()
    const { merged, conflicts } = mergeDrafts(hooks.current().base, mine, pending.stored.draft)
    const disputed = conflicts.map((path) => ({ path, value: null }))
    const result =
      choice === 'mine' ? applyDraftChanges(merged, valuesAt(flattenDraft(mine), disputed)) : merged
    conflict.value = null
    hooks.apply(result)
    hooks.accept(pending.stored, true)
  }

  function reset(): void {
    conflict.value = null
    mergedNotice.value = null
  }

  return { conflict, mergedNotice, receive, receiveText, resolve, reset }
}
