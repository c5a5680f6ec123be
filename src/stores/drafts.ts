/**
 * The drafts: the list, the draft open in the editor, and saving it through src/storage — with
 * the revision counter so a tab never silently overwrites what another tab saved.
 * `createDraft(draft)` is the one way to add a draft (new, duplicate, next year, imported).
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import {
  computeDraftValues,
  createEmptyDraft,
  createNextYearDraft,
  nextYearRefusal,
  defaultReportYear,
  diffFlat,
  flattenDraft,
  type DraftExtra,
  type FlatDraft,
  type ReportDraft,
} from '@/report'
import {
  MemoryStorage,
  createDraftRepository,
  newDraftId,
  openLocalStorage,
  type DraftEnvelope,
  type DraftIndexEntry,
  type DraftRepository,
  type StorageProblem,
  type WriteFailure,
} from '@/storage'
import { useDraftSync } from './draftSync'
import { usePreviousYearLink } from './previousYearLink'
import { useReportStore } from './report'

export type { DraftIndexEntry }

/** What the status line shows. */
export type SaveStatus =
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly reason: WriteFailure }

/** The name a draft is listed under: its own name, else “机关名称 2021年”. */
export function draftLabel(entry: Pick<DraftIndexEntry, 'name' | 'agencyName' | 'year'>): string {
  if (entry.name.trim()) return entry.name.trim()
  const agency = entry.agencyName.trim() || '未命名机关'
  return entry.year === null ? agency : `${agency} ${entry.year}年`
}

export const useDraftsStore = defineStore('drafts', () => {
  const report = useReportStore()
  const repo = shallowRef<DraftRepository | null>(null)
  const storageMode = ref<'local' | 'memory'>('local')
  const entries = ref<DraftIndexEntry[]>([])
  const problems = ref<StorageProblem[]>([])
  const status = ref<SaveStatus>({ kind: 'unsaved' })
  const currentId = ref('')
  const currentName = ref('')
  const currentExtra = shallowRef<DraftExtra | undefined>(undefined)
  const lastDeleted = ref<string | null>(null)
  const dirty = ref(false)
  /** The revision this tab last saved or loaded, and the draft as it was then. */
  let revision = 0
  let base: FlatDraft = new Map()

  const sync = useDraftSync({
    current: () => ({ id: currentId.value, revision, base }),
    accept(stored, hasLocalEdits) {
      revision = stored.revision
      base = flattenDraft(stored.draft)
      currentName.value = stored.name
      currentExtra.value = stored.extra
      if (hasLocalEdits) {
        dirty.value = true
        saveNow()
      } else status.value = { kind: 'saved', at: stored.savedAt }
    },
    apply: (next) => report.applyChanges(diffOf(report.draft, next), 'sync'),
  })

  // What needs saving: every commit but another tab's (already stored) and a load.
  report.onCommit((commit) => {
    if (commit.origin !== 'sync' && commit.origin !== 'load') markDirty()
  })

  const diffOf = (from: ReportDraft, to: ReportDraft) =>
    diffFlat(flattenDraft(from), flattenDraft(to))

  function adopt(envelope: DraftEnvelope | null, draft: ReportDraft, id: string): void {
    report.loadDraft(draft)
    currentId.value = id
    currentName.value = envelope?.name ?? ''
    currentExtra.value = envelope?.extra
    revision = envelope?.revision ?? 0
    base = envelope ? flattenDraft(envelope.draft) : new Map()
    dirty.value = false
    status.value = envelope ? { kind: 'saved', at: envelope.savedAt } : { kind: 'unsaved' }
    sync.reset()
  }

  function refreshEntries(): void {
    if (repo.value) entries.value = repo.value.entries()
  }

  /** Opens storage (or memory when it is unavailable) and reopens the last edited draft. */
  function init(storage: Storage | null = openLocalStorage()): void {
    performance.mark('drafts-restore-start')
    try {
      restoreFrom(storage)
    } finally {
      performance.measure('drafts-restore', 'drafts-restore-start')
    }
  }

  function restoreFrom(storage: Storage | null): void {
    storageMode.value = storage ? 'local' : 'memory'
    const repository = createDraftRepository(storage ?? new MemoryStorage())
    repo.value = repository
    const restored = repository.restore()
    problems.value = restored.problems
    entries.value = restored.entries
    for (const entry of restored.entries) {
      const loaded = repository.load(entry.id)
      if (loaded && 'draft' in loaded) return adopt(loaded, loaded.draft, loaded.id)
      if (loaded) problems.value = [...problems.value, loaded]
    }
    adopt(null, createEmptyDraft(defaultReportYear(new Date())), newDraftId())
  }

  /** Notes that the draft changed (the autosave calls it on every edit, undo and redo). */
  function markDirty(): void {
    dirty.value = true
    if (status.value.kind !== 'failed') status.value = { kind: 'saving' }
  }

  /** Saves the open draft now if it has unsaved changes (and no conflict is pending). */
  function saveNow(): void {
    if (!repo.value || !dirty.value || sync.conflict.value) return
    const draft = toRaw(report.draft)
    const result = repo.value.save(
      { id: currentId.value, name: currentName.value, draft, extra: currentExtra.value },
      revision,
    )
    if (result.status === 'saved') {
      revision = result.envelope.revision
      base = flattenDraft(draft)
      dirty.value = false
      status.value = { kind: 'saved', at: result.envelope.savedAt }
      refreshEntries()
    } else if (result.status === 'conflict') sync.receive(result.stored)
    else status.value = { kind: 'failed', reason: result.status }
  }

  /**
   * Why the open draft's edits are not safely stored, or null when they are: its last save
   * failed, a conflict with another tab is pending (nothing is saved meanwhile), or storage is
   * unusable and everything lives in this page's memory.
   */
  const unsavedWork = computed<'failed' | 'conflict' | 'memory' | null>(() => {
    if (sync.conflict.value) return 'conflict'
    if (dirty.value && status.value.kind === 'failed') return 'failed'
    if (storageMode.value === 'memory' && (dirty.value || entries.value.length > 0)) return 'memory'
    return null
  })

  /**
   * Tries to save, then says whether switching to another draft would drop edits (a failed save
   * or a pending conflict). In memory mode switching is safe: the other drafts are in memory too.
   */
  function canLeaveSafely(): boolean {
    saveNow()
    return unsavedWork.value === null || unsavedWork.value === 'memory'
  }

  /** Adds a draft and opens it; returns its id. Used by new, duplicate, next year and import. */
  function createDraft(draft: ReportDraft, options: { name?: string; extra?: DraftExtra } = {}) {
    saveNow()
    const id = newDraftId()
    adopt(null, draft, id)
    currentName.value = options.name ?? ''
    currentExtra.value = options.extra
    dirty.value = true
    saveNow()
    return id
  }

  /** Opens a stored draft (after saving the open one); false if it cannot be read. */
  function openDraft(id: string): boolean {
    if (!repo.value) return false
    saveNow()
    const loaded = repo.value.load(id)
    refreshEntries()
    if (!loaded) return false
    if (!('draft' in loaded)) {
      problems.value = [...problems.value, loaded]
      return false
    }
    adopt(loaded, loaded.draft, loaded.id)
    return true
  }

  /** Renames a draft in the list (the report's own 机关名称 is not changed). */
  function renameDraft(id: string, name: string): void {
    if (id === currentId.value) {
      currentName.value = name
      dirty.value = true
      return saveNow()
    }
    const loaded = repo.value?.load(id)
    if (loaded && 'draft' in loaded) {
      repo.value?.save({ ...loaded, name }, loaded.revision)
      refreshEntries()
    }
  }

  function loadEnvelope(id: string): DraftEnvelope | null {
    if (id === currentId.value) saveNow()
    const loaded = repo.value?.load(id)
    return loaded && 'draft' in loaded ? loaded : null
  }

  /** The stored draft `id` as last saved, or null when it cannot be read. */
  function loadDraft(id: string): ReportDraft | null {
    return loadEnvelope(id)?.draft ?? null
  }

  /** Copies a draft into a new one (“…（副本）”) and opens it. */
  function duplicateDraft(id: string): string | null {
    const source = loadEnvelope(id)
    if (!source) return null
    const name = `${draftLabel(indexEntryLike(source))}（副本）`
    return createDraft(structuredClone(source.draft), { name, extra: source.extra })
  }

  /**
   * “以上年报告为基础新建”: a year N+1 draft from draft `id` (year N), opened; or why not (the
   * year would be outside the range M2 allows, or the draft cannot be read).
   */
  function createFromPreviousYear(
    id: string,
    today = new Date(),
  ): { ok: true; id: string } | { ok: false; reason: string } {
    const source = loadEnvelope(id)
    if (!source) return { ok: false, reason: '无法读取该草稿，未能新建。' }
    const refusal = nextYearRefusal(source.draft, today)
    if (refusal) return { ok: false, reason: refusal }
    return {
      ok: true,
      id: createDraft(createNextYearDraft(source.draft, computeDraftValues(source.draft))),
    }
  }

  /** Deletes a draft (undoable until the next deletion); opens another if it was open. */
  function deleteDraft(id: string): boolean {
    if (!repo.value) return false
    const entry = entries.value.find((e) => e.id === id)
    if (!repo.value.remove(id)) return false
    lastDeleted.value = entry ? draftLabel(entry) : '草稿'
    refreshEntries()
    if (id === currentId.value) {
      const next = entries.value[0]
      if (!next || !openDraft(next.id)) {
        adopt(null, createEmptyDraft(defaultReportYear(new Date())), newDraftId())
      }
    }
    return true
  }

  /** Puts the last deleted draft back and opens it. */
  function undoDelete(): boolean {
    const restored = repo.value?.undoRemove()
    lastDeleted.value = null
    if (!restored) return false
    refreshEntries()
    return openDraft(restored.id)
  }

  /** Handles a `storage` event: another tab saved a draft or the index. */
  function receiveStorageEvent(key: string | null, newValue: string | null): void {
    refreshEntries()
    sync.receiveText(key, newValue)
  }

  /** The raw text of data kept aside because it could not be read (for downloading it). */
  function readBackup(key: string): string | null {
    return repo.value?.readRaw(key) ?? null
  }

  /** Drops data kept aside, once the user no longer needs it. */
  function discardBackup(key: string): void {
    repo.value?.removeBackup(key)
    problems.value = problems.value.filter((p) => p.keptAt !== key)
  }

  const previousYearEntry = usePreviousYearLink({ report, entries, currentId, repo })

  return {
    storageMode,
    entries,
    problems,
    status,
    currentId,
    currentName,
    currentExtra,
    lastDeleted,
    dirty,
    conflict: sync.conflict,
    mergedNotice: sync.mergedNotice,
    previousYearEntry,
    readBackup,
    discardBackup,
    loadDraft,
    unsavedWork,
    canLeaveSafely,
    init,
    markDirty,
    saveNow,
    createDraft,
    openDraft,
    renameDraft,
    duplicateDraft,
    createFromPreviousYear,
    deleteDraft,
    undoDelete,
    receiveStorageEvent,
    resolveConflict: sync.resolve,
    dismissDeleted: () => (lastDeleted.value = null),
  }
})

function indexEntryLike(envelope: DraftEnvelope) {
  return {
    name: envelope.name,
    agencyName: envelope.draft.meta.agencyName,
    year: envelope.draft.meta.year,
  }
}

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDraftsStore, import.meta.hot))
