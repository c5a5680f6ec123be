/**
 * Drafts in a Storage: the index, the envelopes, backups of unreadable data and the trash.
 * Reads never throw and never lose data: what cannot be read is kept aside under a backup key.
 */
import type { DraftExtra, ReportDraft } from '@/report'
import { indexEntryOf, parseIndex, serializeIndex, sortByRecent, upsertEntry } from './draftIndex'
import type { DraftIndexEntry } from './draftIndex'
import { loadedDraftCheck } from './draftCheck'
import { parseEnvelope, peekRevision, serializeEnvelope, type DraftEnvelope } from './envelope'
import { STORAGE_KEYS, backupKey, draftIdOfKey, draftKey } from './keys'
import { CURRENT_ENVELOPE_VERSION } from './migrations'
import { listKeys, readItem, removeItem, writeItem, type WriteFailure } from './safeStorage'

/** Stored data that could not be read, and where its text now is (still downloadable). */
export interface StorageProblem {
  readonly key: string
  /** The key holding the text now: a backup key, or the original key if the backup failed. */
  readonly keptAt: string
  readonly reason: string
}

/** What a save did; `unchecked`: nothing written, the stored text needs the draft check first. */
export type SaveResult =
  | { readonly status: 'saved'; readonly envelope: DraftEnvelope }
  | { readonly status: 'conflict'; readonly stored: DraftEnvelope }
  | { readonly status: 'unchecked' }
  | { readonly status: WriteFailure }

/** What start-up found; `unchecked`: drafts were stored but the draft check was not loaded. */
export interface RestoreResult {
  readonly entries: DraftIndexEntry[]
  readonly problems: StorageProblem[]
  readonly unchecked: boolean
}

/** A draft to save: its content and the revision this tab last saw (0 for a new draft). */
export interface DraftToSave {
  readonly id: string
  readonly name: string
  readonly draft: ReportDraft
  readonly extra?: DraftExtra
}

/** The drafts API over one Storage. */
export type DraftRepository = ReturnType<typeof createDraftRepository>

/** Creates the drafts API over `storage`; `now` is injectable for tests. */
export function createDraftRepository(storage: Storage, now: () => Date = () => new Date()) {
  function keepAside(key: string, text: string, reason: string): StorageProblem {
    const aside = backupKey(key, now())
    if (writeItem(storage, aside, text).ok) {
      removeItem(storage, key)
      return { key, keptAt: aside, reason }
    }
    return { key, keptAt: key, reason }
  }

  function readIndex(): DraftIndexEntry[] {
    const text = readItem(storage, STORAGE_KEYS.index)
    return (text === null ? null : parseIndex(text)) ?? []
  }

  function writeIndex(entries: readonly DraftIndexEntry[]): void {
    writeItem(storage, STORAGE_KEYS.index, serializeIndex(entries))
  }

  /**
   * Start-up: reads every draft, keeps aside what cannot be read, and rebuilds the index from
   * what can. Returns the entries newest first and the problems found. Without the draft check
   * loaded nothing is judged: no draft is kept aside and the index is left as it is.
   */
  function restore(): RestoreResult {
    const problems: StorageProblem[] = []
    const indexText = readItem(storage, STORAGE_KEYS.index)
    if (indexText !== null && parseIndex(indexText) === null) {
      problems.push(keepAside(STORAGE_KEYS.index, indexText, '草稿目录无法读取，已重建'))
    }
    const keys = listKeys(storage, STORAGE_KEYS.draftPrefix)
    // A listing that failed part-way must not rewrite the index from what it happened to see.
    if (keys === null) return { entries: sortByRecent(readIndex()), problems, unchecked: false }
    if (keys.length > 0 && !loadedDraftCheck()) {
      return { entries: sortByRecent(readIndex()), problems, unchecked: true }
    }
    const entries: DraftIndexEntry[] = []
    for (const key of keys) {
      const text = readItem(storage, key)
      if (text === null) continue
      const parsed = parseEnvelope(text)
      if (parsed.ok && parsed.envelope.id === draftIdOfKey(key)) {
        entries.push(indexEntryOf(parsed.envelope))
      } else {
        problems.push(keepAside(key, text, parsed.ok ? '草稿编号不符' : parsed.reason))
      }
    }
    const sorted = sortByRecent(entries)
    if (serializeIndex(sorted) !== serializeIndex(sortByRecent(readIndex()))) writeIndex(sorted)
    return { entries: sorted, problems, unchecked: false }
  }

  /** True when drafts are stored (start-up must then wait for the draft check). */
  function hasStoredDrafts(): boolean {
    return (listKeys(storage, STORAGE_KEYS.draftPrefix) ?? []).length > 0
  }

  /**
   * Reads one draft; a draft that cannot be read is kept aside and reported. Null when there is
   * none, or when the draft check is not loaded (then the text stays where it is).
   */
  function load(id: string): DraftEnvelope | StorageProblem | null {
    const key = draftKey(id)
    const text = readItem(storage, key)
    if (text === null) return null
    const parsed = parseEnvelope(text)
    if (parsed.ok) return parsed.envelope
    return parsed.unchecked ? null : keepAside(key, text, parsed.reason)
  }

  /** Saves unless the stored revision is newer than `baseRevision` (then: conflict). */
  function save(input: DraftToSave, baseRevision: number): SaveResult {
    const key = draftKey(input.id)
    const storedText = readItem(storage, key)
    let storedRevision = storedText === null ? 0 : peekRevision(storedText)
    if (storedText !== null && storedRevision === null) {
      if (!loadedDraftCheck()) return { status: 'unchecked' }
      keepAside(key, storedText, '保存时发现已损坏的数据')
      storedRevision = 0
    }
    if ((storedRevision ?? 0) > baseRevision && storedText !== null) {
      const parsed = parseEnvelope(storedText)
      if (parsed.ok) return { status: 'conflict', stored: parsed.envelope }
      if (parsed.unchecked) return { status: 'unchecked' }
    }
    const envelope: DraftEnvelope = {
      schemaVersion: CURRENT_ENVELOPE_VERSION,
      id: input.id,
      revision: Math.max(storedRevision ?? 0, baseRevision) + 1,
      savedAt: now().toISOString(),
      name: input.name,
      draft: input.draft,
      ...(input.extra ? { extra: input.extra } : {}),
    }
    const written = writeItem(storage, key, serializeEnvelope(envelope))
    if (!written.ok) return { status: written.reason }
    writeIndex(upsertEntry(readIndex(), indexEntryOf(envelope)))
    return { status: 'saved', envelope }
  }

  /** Deletes a draft, keeping it in the trash until the next deletion. */
  function remove(id: string): boolean {
    const key = draftKey(id)
    const text = readItem(storage, key)
    if (text !== null && !writeItem(storage, STORAGE_KEYS.trash, text).ok) return false
    removeItem(storage, key)
    writeIndex(readIndex().filter((entry) => entry.id !== id))
    return true
  }

  /** Puts the last deleted draft back; its envelope, or null when the trash is empty. */
  function undoRemove(): DraftEnvelope | null {
    const text = readItem(storage, STORAGE_KEYS.trash)
    const parsed = text === null ? null : parseEnvelope(text)
    if (!parsed?.ok || text === null) return null
    const key = draftKey(parsed.envelope.id)
    if (!writeItem(storage, key, text).ok) return null
    removeItem(storage, STORAGE_KEYS.trash)
    writeIndex(upsertEntry(readIndex(), indexEntryOf(parsed.envelope)))
    return parsed.envelope
  }

  return {
    restore,
    hasStoredDrafts,
    load,
    save,
    remove,
    undoRemove,
    entries: () => sortByRecent(readIndex()),
    /** Keys of data kept aside because it could not be read. */
    backups: () => listKeys(storage, STORAGE_KEYS.backupPrefix) ?? [],
    /** The raw text under a key (for downloading a backup). */
    readRaw: (key: string) => readItem(storage, key),
    /** Drops a backup the user no longer needs. */
    removeBackup: (key: string) => removeItem(storage, key),
  }
}
