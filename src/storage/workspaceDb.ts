/**
 * The workspace's reports in IndexedDB (through `idb`): a few hundred reports outgrow
 * localStorage's ~5 MB. Kept across reloads until the user clears the workspace. Only what was
 * read is stored (the draft, or why the file could not be read); findings are always recomputed.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { WorkspaceRecord, WorkspaceSourceKind } from '@/report/workspace/records'

/** Name of the workspace's database. */
export const WORKSPACE_DB_NAME = 'zfxxgk-workspace'
const STORE = 'reports'

// The record types are the domain's (src/report/workspace/records.ts); re-exported for callers.
export type { WorkspaceRecord, WorkspaceSourceKind }

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
