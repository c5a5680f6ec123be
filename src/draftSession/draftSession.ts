/**
 * The drafts session as plain TypeScript: the list, the draft open in the editor, opening,
 * creating and saving it through src/storage — with the revision counter so a tab never silently
 * overwrites what another tab saved. It knows nothing of Vue or Pinia: the store hands it a
 * state object (reactive there, plain in tests) and the editor and tab-sync hooks it needs.
 */
import {
  computeDraftValues,
  createEmptyDraft,
  createNextYearDraft,
  nextYearRefusal,
  defaultReportYear,
  flattenDraft,
  type DraftExtra,
  type FlatDraft,
  type ReportDraft,
} from '@/report'
import {
  MemoryStorage,
  createDraftRepository,
  loadDraftCheck,
  loadedDraftCheck,
  newDraftId,
  openLocalStorage,
  type DraftEnvelope,
  type DraftIndexEntry,
  type DraftRepository,
  type StorageProblem,
  type WriteFailure,
} from '@/storage'

/** What the status line shows. */
export type SaveStatus =
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly reason: WriteFailure }

/** Why the open draft's edits are not safely stored, or null when they are. */
export type UnsavedWork = 'failed' | 'conflict' | 'memory' | null

/** What the session keeps; the store makes it reactive, so every change here is seen. */
export interface DraftSessionState {
  repo: DraftRepository | null
  storageMode: 'local' | 'memory'
  entries: DraftIndexEntry[]
  problems: StorageProblem[]
  status: SaveStatus
  currentId: string
  currentName: string
  currentExtra: DraftExtra | undefined
  lastDeleted: string | null
  /** Edits made to the open draft (commits that need saving) since it was opened. */
  changeCount: number
  /** `changeCount` when the open draft was last saved or loaded: dirty while they differ. */
  savedChangeCount: number
  /** The revision this tab last saved or loaded, and the draft as it was then (tab sync's base). */
  revision: number
  base: FlatDraft
  /** False until start-up has reopened the last draft (it may wait for the draft check). */
  ready: boolean
  /** The draft check could not be loaded, so stored drafts cannot be opened (nothing changed). */
  checkUnavailable: boolean
}

/** True when the open draft has edits not yet saved: derived, never set by hand. */
export function isDirty(state: Pick<DraftSessionState, 'changeCount' | 'savedChangeCount'>) {
  return state.changeCount !== state.savedChangeCount
}

/** What the session needs from the editor and the tab sync. */
export interface DraftSessionHooks {
  /** Shows `draft` in the editor as a new load (no history, no dirty mark). */
  loadIntoEditor(draft: ReportDraft): void
  /** The draft in the editor, unwrapped (it is stored as is). */
  editorDraft(): ReportDraft
  /** True while a conflict with another tab waits for the user (nothing is saved meanwhile). */
  conflictPending(): boolean
  /** Another tab saved a newer revision than the one this save was based on. */
  receiveConflict(stored: DraftEnvelope): void
  /** Forgets any sync state of the previous draft. */
  resetSync(): void
}

/** A fresh session state: nothing open, storage not yet opened. */
export function emptyDraftSessionState(): DraftSessionState {
  return {
    repo: null,
    storageMode: 'local',
    entries: [],
    problems: [],
    status: { kind: 'unsaved' },
    currentId: '',
    currentName: '',
    currentExtra: undefined,
    lastDeleted: null,
    changeCount: 0,
    savedChangeCount: 0,
    revision: 0,
    base: new Map(),
    ready: false,
    checkUnavailable: false,
  }
}

/** The name a draft is listed under: its own name, else “机关名称 2021年”. */
export function draftLabel(entry: Pick<DraftIndexEntry, 'name' | 'agencyName' | 'year'>): string {
  if (entry.name.trim()) return entry.name.trim()
  const agency = entry.agencyName.trim() || '未命名机关'
  return entry.year === null ? agency : `${agency} ${entry.year}年`
}

/** The drafts' operations over `state`; `createDraft` is the one way to add a draft. */
export function createDraftSession(state: DraftSessionState, hooks: DraftSessionHooks) {
  const markSaved = () => (state.savedChangeCount = state.changeCount)
  const markChanged = () => (state.changeCount += 1)

  function adopt(envelope: DraftEnvelope | null, draft: ReportDraft, id: string): void {
    hooks.loadIntoEditor(draft)
    state.currentId = id
    state.currentName = envelope?.name ?? ''
    state.currentExtra = envelope?.extra
    state.revision = envelope?.revision ?? 0
    state.base = envelope ? flattenDraft(envelope.draft) : new Map()
    markSaved()
    state.status = envelope ? { kind: 'saved', at: envelope.savedAt } : { kind: 'unsaved' }
    hooks.resetSync()
  }

  function refreshEntries(): void {
    if (state.repo) state.entries = state.repo.entries()
  }

  /** Where the open draft stands for tab sync: its id, revision and the draft as stored. */
  function position(): { id: string; revision: number; base: FlatDraft } {
    return { id: state.currentId, revision: state.revision, base: state.base }
  }

  /** Another tab's revision is now the base; saves at once if this tab has edits of its own. */
  function acceptStored(stored: DraftEnvelope, hasLocalEdits: boolean): void {
    state.revision = stored.revision
    state.base = flattenDraft(stored.draft)
    state.currentName = stored.name
    state.currentExtra = stored.extra
    if (hasLocalEdits) {
      markChanged()
      saveNow()
    } else state.status = { kind: 'saved', at: stored.savedAt }
  }

  /**
   * Loads the draft check; true once it is there. A failure is shown (checkUnavailable) and
   * the next read of a stored draft tries again.
   */
  async function ensureDraftCheck(): Promise<boolean> {
    try {
      await loadDraftCheck()
      state.checkUnavailable = false
      return true
    } catch {
      state.checkUnavailable = true
      return false
    }
  }

  /** After a read found no draft: if the draft check was missing, fetch it (again). */
  function fetchCheckIfMissing(): void {
    if (!loadedDraftCheck()) void ensureDraftCheck()
  }

  /**
   * Opens storage (or memory when it is unavailable) and reopens the last edited draft. With
   * drafts stored it first waits for the draft check (loaded on demand, issue 21); with none, or
   * the check already loaded, it is done before returning (and fetches the check for later reads).
   */
  async function init(storage: Storage | null = openLocalStorage()): Promise<void> {
    performance.mark('drafts-restore-start')
    try {
      state.storageMode = storage ? 'local' : 'memory'
      const repository = createDraftRepository(storage ?? new MemoryStorage())
      state.repo = repository
      if (loadedDraftCheck() === null) {
        if (repository.hasStoredDrafts()) await ensureDraftCheck()
        // Nothing to judge yet: fetched for later reads once the editor is up (a timer: the
        // import's preload work measured 5–15 ms inside the restore); a failure waits for a
        // read that needs it.
        else setTimeout(() => void loadDraftCheck().catch(() => undefined), 0)
      }
      restoreFrom(repository)
    } finally {
      state.ready = true
      performance.measure('drafts-restore', 'drafts-restore-start')
    }
  }

  function restoreFrom(repository: DraftRepository): void {
    const restored = repository.restore()
    state.checkUnavailable = restored.unchecked
    state.problems = restored.problems
    state.entries = restored.entries
    for (const entry of restored.entries) {
      const loaded = repository.load(entry.id)
      if (loaded && 'draft' in loaded) return adopt(loaded, loaded.draft, loaded.id)
      if (loaded) state.problems = [...state.problems, loaded]
    }
    adopt(null, createEmptyDraft(defaultReportYear(new Date())), newDraftId())
  }

  /** Notes that the draft changed (every commit but a load or another tab's). */
  function markDirty(): void {
    markChanged()
    if (state.status.kind !== 'failed') state.status = { kind: 'saving' }
  }

  /** Saves the open draft now if it has unsaved changes (and no conflict is pending). */
  function saveNow(): void {
    if (!state.repo || !isDirty(state) || hooks.conflictPending()) return
    const draft = hooks.editorDraft()
    const result = state.repo.save(
      { id: state.currentId, name: state.currentName, draft, extra: state.currentExtra },
      state.revision,
    )
    if (result.status === 'saved') {
      state.revision = result.envelope.revision
      state.base = flattenDraft(draft)
      markSaved()
      state.status = { kind: 'saved', at: result.envelope.savedAt }
      refreshEntries()
    } else if (result.status === 'conflict') hooks.receiveConflict(result.stored)
    // Another tab's text must be checked before this save may replace it: save once it can be;
    // if the check cannot be fetched the save failed (said, guarded, retried by autosave).
    else if (result.status === 'unchecked')
      void ensureDraftCheck().then((ok) =>
        ok ? saveNow() : (state.status = { kind: 'failed', reason: 'error' }),
      )
    else state.status = { kind: 'failed', reason: result.status }
  }

  /**
   * Why the open draft's edits are not safely stored, or null when they are: its last save
   * failed, a conflict with another tab is pending (nothing is saved meanwhile), or storage is
   * unusable and everything lives in this page's memory.
   */
  function unsavedWork(): UnsavedWork {
    if (hooks.conflictPending()) return 'conflict'
    if (isDirty(state) && state.status.kind === 'failed') return 'failed'
    if (state.storageMode === 'memory' && (isDirty(state) || state.entries.length > 0))
      return 'memory'
    return null
  }

  /**
   * Tries to save, then says whether switching to another draft would drop edits (a failed save
   * or a pending conflict). In memory mode switching is safe: the other drafts are in memory too.
   */
  function canLeaveSafely(): boolean {
    saveNow()
    const work = unsavedWork()
    return work === null || work === 'memory'
  }

  /** Adds a draft and opens it; returns its id. Used by new, duplicate, next year and import. */
  function createDraft(draft: ReportDraft, options: { name?: string; extra?: DraftExtra } = {}) {
    saveNow()
    const id = newDraftId()
    adopt(null, draft, id)
    state.currentName = options.name ?? ''
    state.currentExtra = options.extra
    markChanged()
    saveNow()
    return id
  }

  /** Opens a stored draft (after saving the open one); false if it cannot be read. */
  function openDraft(id: string): boolean {
    if (!state.repo) return false
    saveNow()
    const loaded = state.repo.load(id)
    refreshEntries()
    if (!loaded) {
      fetchCheckIfMissing()
      return false
    }
    if (!('draft' in loaded)) {
      state.problems = [...state.problems, loaded]
      return false
    }
    adopt(loaded, loaded.draft, loaded.id)
    return true
  }

  /** Renames a draft in the list (the report's own 机关名称 is not changed). */
  function renameDraft(id: string, name: string): void {
    if (id === state.currentId) {
      state.currentName = name
      markChanged()
      return saveNow()
    }
    const loaded = state.repo?.load(id)
    if (loaded && 'draft' in loaded) {
      state.repo?.save({ ...loaded, name }, loaded.revision)
      refreshEntries()
    }
  }

  function loadEnvelope(id: string): DraftEnvelope | null {
    if (id === state.currentId) saveNow()
    const loaded = state.repo?.load(id)
    if (!loaded) fetchCheckIfMissing()
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
  /** Whether the last deleted draft was the one open: only then does its undo reopen it. */
  let deletedWasOpen = false

  function deleteDraft(id: string): boolean {
    if (!state.repo) return false
    const entry = state.entries.find((e) => e.id === id)
    if (!state.repo.remove(id)) return false
    state.lastDeleted = entry ? draftLabel(entry) : '草稿'
    deletedWasOpen = id === state.currentId
    refreshEntries()
    if (id === state.currentId) {
      const next = state.entries[0]
      if (!next || !openDraft(next.id)) {
        adopt(null, createEmptyDraft(defaultReportYear(new Date())), newDraftId())
      }
    }
    return true
  }

  /**
   * Puts the last deleted draft back; reopens it only if it was the one open when deleted (undo
   * of a delete never switches away from the draft being edited, issue 24).
   */
  function undoDelete(): boolean {
    const restored = state.repo?.undoRemove()
    state.lastDeleted = null
    if (!restored) return false
    refreshEntries()
    return deletedWasOpen ? openDraft(restored.id) : true
  }

  /** The raw text of data kept aside because it could not be read (for downloading it). */
  function readBackup(key: string): string | null {
    return state.repo?.readRaw(key) ?? null
  }

  /** Drops data kept aside, once the user no longer needs it. */
  function discardBackup(key: string): void {
    state.repo?.removeBackup(key)
    state.problems = state.problems.filter((p) => p.keptAt !== key)
  }

  return {
    position,
    acceptStored,
    refreshEntries,
    init,
    markDirty,
    saveNow,
    unsavedWork,
    canLeaveSafely,
    createDraft,
    openDraft,
    renameDraft,
    loadDraft,
    duplicateDraft,
    createFromPreviousYear,
    deleteDraft,
    undoDelete,
    readBackup,
    discardBackup,
  }
}

/** The session's operations (what `createDraftSession` returns). */
export type DraftSession = ReturnType<typeof createDraftSession>

function indexEntryLike(envelope: DraftEnvelope) {
  return {
    name: envelope.name,
    agencyName: envelope.draft.meta.agencyName,
    year: envelope.draft.meta.year,
  }
}
