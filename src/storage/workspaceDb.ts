/**
 * The workspace's reports in IndexedDB (through `idb`): a few hundred reports outgrow
 * localStorage's ~5 MB. Kept across reloads until the user clears the workspace. Only what was
 * read is stored (the draft, or why the file could not be read); findings are always recomputed.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { DraftExtra, ReportDraft } from '@/report'
import type { OwnNote } from '@/report/workspace/reviewNotesFile'

/** Name of the workspace's database. */
export const WORKSPACE_DB_NAME = 'zfxxgk-workspace'
const STORE = 'reports'

/** Where a workspace report came from. */
export type WorkspaceSourceKind = 'draft-file' | 'published' | 'browser-draft'

/** One stored report: a readable draft, or a file that could not be read and why. */
export interface WorkspaceRecord {
  /** `fp:<fingerprint>:<name>` for a readable report (adding it again replaces it), else `bad:<name>`. */
  readonly id: string
  readonly fileName: string
  /** Insertion order, so the list keeps the order files were added in. */
  readonly order: number
  readonly addedAt: string
  /** UTF-8 bytes of the stored record, to say how much the workspace holds. */
  readonly size: number
  readonly source?: WorkspaceSourceKind
  readonly draft?: ReportDraft
  readonly extra?: DraftExtra
  /** 16 hex digits of the draft's fingerprint (the PDF footer's). */
  readonly fingerprint?: string
  /** Why the file could not be read, in Chinese. */
  readonly problem?: string
  /** The reviewer's own 审核意见 on this report (beside its findings). */
  readonly reviewerNotes?: readonly OwnNote[]
}

interface WorkspaceSchema extends DBSchema {
  reports: { key: string; value: WorkspaceRecord }
}

/** The workspace's storage. */
export interface WorkspaceDb {
  list(): Promise<WorkspaceRecord[]>
  putMany(records: readonly WorkspaceRecord[]): Promise<void>
  remove(ids: readonly string[]): Promise<void>
  clear(): Promise<void>
  close(): void
}

/** Opens (creating on first use) the workspace database. Rejects when IndexedDB is unavailable. */
export async function openWorkspaceDb(name = WORKSPACE_DB_NAME): Promise<WorkspaceDb> {
  const db: IDBPDatabase<WorkspaceSchema> = await openDB<WorkspaceSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'id' })
    },
  })
  return {
    async list() {
      const all = await db.getAll(STORE)
      return all.sort((a, b) => a.order - b.order)
    },
    async putMany(records) {
      const tx = db.transaction(STORE, 'readwrite')
      await Promise.all([...records.map((record) => tx.store.put(record)), tx.done])
    },
    async remove(ids) {
      const tx = db.transaction(STORE, 'readwrite')
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done])
    },
    async clear() {
      await db.clear(STORE)
    },
    close: () => db.close(),
  }
}
