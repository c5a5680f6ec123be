/**
 * A small map of id → text kept under its own key beside the drafts (origins, last-year links,
 * the ledger's remembered answers). Losing it loses only what it labels, never a draft: a broken
 * entry is dropped.
 */
import { isJsonObject } from '@/report'
import { readItem, writeItem } from './safeStorage'

/** Reads the map under `key`; an unreadable map or a non-text entry reads as absent. */
export function readStringMap(storage: Storage, key: string): Record<string, string> {
  try {
    const raw: unknown = JSON.parse(readItem(storage, key) ?? '{}')
    if (!isJsonObject(raw)) return {}
    return Object.fromEntries(
      Object.entries(raw).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
  } catch {
    return {}
  }
}

/** Sets one entry of the map under `key`; false when storage refused the write. */
export function writeStringMapEntry(
  storage: Storage,
  key: string,
  id: string,
  value: string,
): boolean {
  const next = { ...readStringMap(storage, key), [id]: value }
  return writeItem(storage, key, JSON.stringify(next)).ok
}
