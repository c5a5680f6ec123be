/**
 * The workspace's reports in IndexedDB (through `idb`): a few hundred reports outgrow
 * localStorage's ~5 MB. Kept across reloads until the user clears the workspace. Only what was
 * read is stored (the draft, or why the file could not be read); findings are always recomputed.
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb'
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
      // The plain store: idb would wrap each of thousands of requests in a promise. A request
      // that fails aborts the transaction, so `done` rejects for it.
      const store = unwrap(tx.store)
      try {
        for (const record of records) store.put(record)
      } catch (error) {
        // A record that cannot be stored (not cloneable, storage refused): none of the batch is.
        tx.done.catch(() => undefined)
        tx.abort()
        throw error
      }
      await tx.done
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

/** What the browser stores for this site and how much it allows, in bytes. */
export interface StorageEstimate {
  readonly usage: number
  readonly quota: number
}

/** The browser's own estimate of this site's storage; null where it does not say. */
export async function estimateStorage(): Promise<StorageEstimate | null> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.()
    if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null
    return { usage: estimate.usage, quota: estimate.quota }
  } catch {
    // A browser that refuses to say (some private modes) simply shows no figure.
    return null
  }
}
