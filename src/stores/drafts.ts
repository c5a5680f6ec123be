/**
 * The drafts store: a thin Pinia face over the plain session (`draftSession.ts`), which owns the
 * list, opening, creating and saving. The store only makes its state reactive, links it to the
 * report store's commits, tab sync (`draftSync.ts`) and last year's draft (`previousYearLink.ts`).
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowReactive, toRaw, toRef } from 'vue'
import { diffFlat, flattenDraft, type ReportDraft } from '@/report'
import type { DraftIndexEntry } from '@/storage'
import { createDraftSession, emptyDraftSessionState, isDirty } from '@/draftSession/draftSession'
import { useDraftSync } from '@/draftSession/draftSync'
import { usePreviousYearLink } from '@/draftSession/previousYearLink'
import { useReportStore } from './report'

export type { DraftIndexEntry }
export { draftLabel, type SaveStatus } from '@/draftSession/draftSession'

export const useDraftsStore = defineStore('drafts', () => {
  const report = useReportStore()
  // Shallow: every field is replaced whole, and the repository must stay a plain object.
  const state = shallowReactive(emptyDraftSessionState())
  const session = createDraftSession(state, {
    loadIntoEditor: (draft) => report.loadDraft(draft),
    editorDraft: () => toRaw(report.draft),
    conflictPending: () => sync.conflict.value !== null,
    receiveConflict: (stored) => sync.receive(stored),
    resetSync: () => sync.reset(),
  })

  const sync = useDraftSync({
    current: session.position,
    editorDraft: () => toRaw(report.draft),
    accept: session.acceptStored,
    apply: (next) => report.applyChanges(diffOf(report.draft, next), 'sync'),
  })

  // What needs saving: every commit but another tab's (already stored) and a load.
  report.onCommit((commit) => {
    if (commit.origin !== 'sync' && commit.origin !== 'load') session.markDirty()
  })

  const diffOf = (from: ReportDraft, to: ReportDraft) =>
    diffFlat(flattenDraft(from), flattenDraft(to))

  /** Handles a `storage` event: another tab saved a draft or the index. */
  function receiveStorageEvent(key: string | null, newValue: string | null): void {
    session.refreshEntries()
    sync.receiveText(key, newValue)
  }

  const entries = toRef(state, 'entries')
  const currentId = toRef(state, 'currentId')
  const lastDeleted = toRef(state, 'lastDeleted')
  const previousYearEntry = usePreviousYearLink({
    report,
    entries,
    currentId,
    repo: toRef(state, 'repo'),
  })

  return {
    storageMode: toRef(state, 'storageMode'),
    entries,
    problems: toRef(state, 'problems'),
    ready: toRef(state, 'ready'),
    checkUnavailable: toRef(state, 'checkUnavailable'),
    status: toRef(state, 'status'),
    currentId,
    currentName: toRef(state, 'currentName'),
    currentExtra: toRef(state, 'currentExtra'),
    lastDeleted,
    // Derived from the commit counter against the one saved, never set by hand.
    dirty: computed(() => isDirty(state)),
    changeCount: toRef(state, 'changeCount'),
    savedChangeCount: toRef(state, 'savedChangeCount'),
    revision: toRef(state, 'revision'),
    base: toRef(state, 'base'),
    conflict: sync.conflict,
    mergedNotice: sync.mergedNotice,
    previousYearEntry,
    readBackup: session.readBackup,
    discardBackup: session.discardBackup,
    loadDraft: session.loadDraft,
    unsavedWork: computed(session.unsavedWork),
    canLeaveSafely: session.canLeaveSafely,
    init: session.init,
    markDirty: session.markDirty,
    saveNow: session.saveNow,
    createDraft: session.createDraft,
    openDraft: session.openDraft,
    renameDraft: session.renameDraft,
    duplicateDraft: session.duplicateDraft,
    createFromPreviousYear: session.createFromPreviousYear,
    deleteDraft: session.deleteDraft,
    undoDelete: session.undoDelete,
    receiveStorageEvent,
    resolveConflict: sync.resolve,
    dismissDeleted: () => (lastDeleted.value = null),
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDraftsStore, import.meta.hot))
