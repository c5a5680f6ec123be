/**
 * Where each draft came from (“副本：…”, “导入：file.json”, “以2021年草稿为基础”), kept beside the
 * drafts under its own key so the draft envelope and its schema stay as they are. Losing this
 * map loses only the label, never a draft: a broken entry is dropped, not reported.
 */
import { isJsonObject } from '@/report'
import { KEY_PREFIX } from './keys'
import { readItem, writeItem } from './safeStorage'

/** The key of the origins map. */
export const ORIGINS_KEY = `${KEY_PREFIX}origins`

/** Reads the map of draft id → origin label. */
export function readOrigins(storage: Storage): Record<string, string> {
  try {
    const raw: unknown = JSON.parse(readItem(storage, ORIGINS_KEY) ?? '{}')
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

/** Records a draft's origin; false when storage refused (the label is then only in memory). */
export function writeOrigin(storage: Storage, id: string, origin: string): boolean {
  const next = { ...readOrigins(storage), [id]: origin }
  return writeItem(storage, ORIGINS_KEY, JSON.stringify(next)).ok
}
